/** SQL of the stocktake area: recorded stocktakes (append-only). */
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { stocktakeRecord } from './stocktake.schema.ts';

export interface StocktakeRecordRow {
  id: number;
  label: string;
  asOf: string;
  snapshot: unknown;
  recordedBy: string;
  recordedAt: string;
}

/** Changes whenever a stocktake is recorded. */
export const stocktakeRecordMarker = sql`SELECT coalesce((SELECT max(id) FROM stocktake_record), 0)`;

const columns = {
  id: stocktakeRecord.id,
  label: stocktakeRecord.label,
  asOf: stocktakeRecord.asOf,
  snapshot: stocktakeRecord.snapshot,
  recordedBy: stocktakeRecord.recordedBy,
  recordedAt: stocktakeRecord.recordedAt,
};

export async function insertStocktakeRecord(
  db: Db,
  row: { label: string; asOf: string; snapshot: unknown; recordedBy: string; recordedAt?: string },
): Promise<StocktakeRecordRow> {
  const [r] = await db.insert(stocktakeRecord).values(row).returning(columns);
  return r!;
}

/** The record with this label, if any. */
export async function findStocktakeRecordByLabel(db: Db, label: string): Promise<StocktakeRecordRow | null> {
  const [r] = await db.select(columns).from(stocktakeRecord).where(eq(stocktakeRecord.label, label)).limit(1);
  return r ?? null;
}

/** The latest recorded stocktake (with its snapshot), or null. */
export async function latestStocktakeRecord(db: Db): Promise<StocktakeRecordRow | null> {
  const [r] = await db.select(columns).from(stocktakeRecord).orderBy(desc(stocktakeRecord.id)).limit(1);
  return r ?? null;
}

/** Every recorded stocktake without its snapshot, newest first. */
export async function listStocktakeRecords(db: Db): Promise<Array<Omit<StocktakeRecordRow, 'snapshot'>>> {
  const { snapshot: _omit, ...rest } = columns;
  return db.select(rest).from(stocktakeRecord).orderBy(desc(stocktakeRecord.id));
}
