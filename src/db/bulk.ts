/**
 * Bulk writes through `INSERT … SELECT FROM unnest(array params)`: one code path for PGlite and
 * node-postgres, ~10× faster than row-object inserts (shared/docs/STACK.md §2).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './database.ts';

export interface BulkColumn<Row> {
  name: string;
  /** PostgreSQL array type of the parameter, e.g. `text[]`, `int[]`, `jsonb[]`. */
  type: string;
  get(row: Row): unknown;
}

const CHUNK_ROWS = 2_000;

/** Inserts rows in chunks; run it inside a transaction for all-or-nothing loads. */
export async function insertByUnnest<Row>(
  db: Db,
  table: string,
  columns: ReadonlyArray<BulkColumn<Row>>,
  rows: ReadonlyArray<Row>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS);
    const params: SQL[] = columns.map((c) => {
      const values = chunk.map((r) => {
        const v = c.get(r);
        return c.type === 'jsonb[]' && v !== null ? JSON.stringify(v) : v;
      });
      return sql`${sql.param(values)}::${sql.raw(c.type)}`;
    });
    const names = sql.raw(columns.map((c) => `"${c.name}"`).join(', '));
    await db.execute(
      sql`INSERT INTO ${sql.identifier(table)} (${names}) SELECT * FROM unnest(${sql.join(params, sql`, `)})`,
    );
  }
}
