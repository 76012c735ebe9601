/**
 * Bulk writes through `INSERT … SELECT FROM unnest(array params)`: one code path for PGlite and
 * node-postgres, ~10× faster than row-object inserts (shared/docs/STACK.md §2).
 *
 * JSON columns travel as `text[]` and are cast to jsonb per row (`t.c::jsonb`): a `jsonb[]`
 * parameter makes both drivers escape every quote of every document into an array literal and the
 * server parse it twice, which measured about twice as slow for large documents (2,000 forms of
 * 148 values: 1.0 s → 0.5–0.6 s on PGlite and PostgreSQL).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './database.ts';

export interface BulkColumn<Row> {
  name: string;
  /** PostgreSQL array type of the parameter, e.g. `text[]`, `int[]`, `jsonb[]`, `timestamptz[]`. */
  type: string;
  get(row: Row): unknown;
}

const CHUNK_ROWS = 2_000;

/** The parameter and the select expression of one column (jsonb sent as text and cast). */
function columnSql<Row>(c: BulkColumn<Row>, i: number, chunk: ReadonlyArray<Row>) {
  const json = c.type === 'jsonb[]' || c.type === 'json[]';
  const values = chunk.map((r) => {
    const v = c.get(r);
    return json && v !== null && v !== undefined ? JSON.stringify(v) : (v ?? null);
  });
  return {
    param: sql`${sql.param(values)}::${sql.raw(json ? 'text[]' : c.type)}`,
    select: sql.raw(json ? `t.c${i}::${c.type.slice(0, -2)}` : `t.c${i}`),
  };
}

function insertSql<Row>(
  table: string,
  columns: ReadonlyArray<BulkColumn<Row>>,
  chunk: ReadonlyArray<Row>,
  tail: SQL,
): SQL {
  const cols = columns.map((c, i) => columnSql(c, i, chunk));
  const names = sql.raw(columns.map((c) => `"${c.name}"`).join(', '));
  const aliases = sql.raw(columns.map((_, i) => `c${i}`).join(', '));
  return sql`INSERT INTO ${sql.identifier(table)} (${names})
    SELECT ${sql.join(
      cols.map((c) => c.select),
      sql`, `,
    )}
    FROM unnest(${sql.join(
      cols.map((c) => c.param),
      sql`, `,
    )}) AS t(${aliases})${tail}`;
}

/** Inserts rows in chunks; run it inside a transaction for all-or-nothing loads. */
export async function insertByUnnest<Row>(
  db: Db,
  table: string,
  columns: ReadonlyArray<BulkColumn<Row>>,
  rows: ReadonlyArray<Row>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    await db.execute(insertSql(table, columns, rows.slice(start, start + CHUNK_ROWS), sql``));
  }
}

/**
 * Inserts rows in chunks and returns what `returning` (raw SQL, e.g. `ON CONFLICT DO NOTHING
 * RETURNING id, institution_code`) gives, in the driver's row shape (column names as in SQL).
 */
export async function insertByUnnestReturning<Row, Out>(
  db: Db,
  table: string,
  columns: ReadonlyArray<BulkColumn<Row>>,
  rows: ReadonlyArray<Row>,
  returning: string,
  chunkRows = CHUNK_ROWS,
): Promise<Out[]> {
  const out: Out[] = [];
  for (let start = 0; start < rows.length; start += chunkRows) {
    const r = await db.execute(
      insertSql(table, columns, rows.slice(start, start + chunkRows), sql.raw(` ${returning}`)),
    );
    out.push(...(r as unknown as { rows: Out[] }).rows);
  }
  return out;
}
