/** The stocktake area's table: the recorded monthly stocktakes (月度调度), append-only. */
import { bigserial, date, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * One recorded stocktake: its label (e.g. 2026年11月), the day it was taken as of, and the snapshot
 * of the computed figures (domain/stocktake/stocktake-diff.ts StocktakeSnapshot), so the next
 * stocktake shows what changed since. Append-only (migration 0017): never updated or deleted.
 */
export const stocktakeRecord = pgTable(
  'stocktake_record',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    label: text('label').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    snapshot: jsonb('snapshot').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('stocktake_record_label_idx').on(t.label)],
);
