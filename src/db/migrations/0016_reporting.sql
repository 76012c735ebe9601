-- The reporting area's tables (hand-written while the areas are built in parallel; regenerated with drizzle-kit at integration).
SELECT 1;
