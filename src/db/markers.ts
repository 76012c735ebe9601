/**
 * "Has anything changed?" in one statement: each area owns a marker — a scalar subquery whose text
 * changes whenever its data does (the dataset revision, the submissions, the standards recordings)
 * — and a request reads all of them at once (app/shared/data.snapshot.ts).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './database.ts';

/** A scalar subquery returning one value (any type; read as text). */
export type MarkerQuery = SQL;

/** Every marker's current value as text, in one SELECT. */
export async function readMarkers(
  db: Db,
  queries: ReadonlyMap<string, MarkerQuery>,
): Promise<Record<string, string>> {
  const names = [...queries.keys()];
  if (names.length === 0) return {};
  const columns = sql.join(
    names.map((name, i) => sql`(${queries.get(name)!})::text AS ${sql.identifier(`m${i}`)}`),
    sql`, `,
  );
  const r = await db.execute(sql`SELECT ${columns}`);
  const row = (r as unknown as { rows: Array<Record<string, string | null>> }).rows[0] ?? {};
  return Object.fromEntries(names.map((name, i) => [name, row[`m${i}`] ?? '']));
}
