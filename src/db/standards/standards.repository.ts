/**
 * SQL for the county standards: the county-level figures and the evaluators' verdicts
 * (append-only; the latest recording of a key counts).
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { countyStandardInput, countyStandardJudgement } from './standards.schema.ts';

export interface CountyInputRecord {
  countyCode: string;
  schoolYear: number;
  item: string;
  value: number;
  evidence: string;
  recordedBy: string;
  recordedAt?: string;
}

export interface JudgementRecord {
  countyCode: string;
  schoolYear: number;
  itemId: string;
  met: boolean;
  score: number | null;
  evidence: string;
  evaluator: string;
  recordedAt?: string;
}

export async function insertCountyInputs(db: Db, rows: ReadonlyArray<CountyInputRecord>): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(countyStandardInput).values(rows.slice(i, i + 500).map((r) => ({ ...r })));
  }
}

export async function insertJudgements(db: Db, rows: ReadonlyArray<JudgementRecord>): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(countyStandardJudgement).values(rows.slice(i, i + 500).map((r) => ({ ...r })));
  }
}

const inputColumns = {
  countyCode: countyStandardInput.countyCode,
  schoolYear: countyStandardInput.schoolYear,
  item: countyStandardInput.item,
  value: countyStandardInput.value,
  evidence: countyStandardInput.evidence,
  recordedBy: countyStandardInput.recordedBy,
  recordedAt: countyStandardInput.recordedAt,
};

const judgementColumns = {
  countyCode: countyStandardJudgement.countyCode,
  schoolYear: countyStandardJudgement.schoolYear,
  itemId: countyStandardJudgement.itemId,
  met: countyStandardJudgement.met,
  score: countyStandardJudgement.score,
  evidence: countyStandardJudgement.evidence,
  evaluator: countyStandardJudgement.evaluator,
  recordedAt: countyStandardJudgement.recordedAt,
};

/** The current county figures (latest recording of each county, year and item). */
export async function listCurrentCountyInputs(db: Db): Promise<Required<CountyInputRecord>[]> {
  return db
    .selectDistinctOn(
      [countyStandardInput.countyCode, countyStandardInput.schoolYear, countyStandardInput.item],
      inputColumns,
    )
    .from(countyStandardInput)
    .orderBy(
      asc(countyStandardInput.countyCode),
      asc(countyStandardInput.schoolYear),
      asc(countyStandardInput.item),
      desc(countyStandardInput.id),
    );
}

/** The current verdicts (latest recording of each county, year and item). */
export async function listCurrentJudgements(db: Db): Promise<Required<JudgementRecord>[]> {
  return db
    .selectDistinctOn(
      [
        countyStandardJudgement.countyCode,
        countyStandardJudgement.schoolYear,
        countyStandardJudgement.itemId,
      ],
      judgementColumns,
    )
    .from(countyStandardJudgement)
    .orderBy(
      asc(countyStandardJudgement.countyCode),
      asc(countyStandardJudgement.schoolYear),
      asc(countyStandardJudgement.itemId),
      desc(countyStandardJudgement.id),
    );
}

/** Every recording of one county's figures and verdicts in one year, newest first (their history). */
export async function countyStandardHistory(db: Db, countyCode: string, schoolYear: number) {
  const inputs = await db
    .select(inputColumns)
    .from(countyStandardInput)
    .where(
      and(eq(countyStandardInput.countyCode, countyCode), eq(countyStandardInput.schoolYear, schoolYear)),
    )
    .orderBy(desc(countyStandardInput.id));
  const judgements = await db
    .select(judgementColumns)
    .from(countyStandardJudgement)
    .where(
      and(
        eq(countyStandardJudgement.countyCode, countyCode),
        eq(countyStandardJudgement.schoolYear, schoolYear),
      ),
    )
    .orderBy(desc(countyStandardJudgement.id));
  return { inputs, judgements };
}

/**
 * A change marker for caches: the sum of the two tables' highest ids. The tables are append-only
 * with increasing ids, so it grows with every recording; reading it uses the primary-key indexes
 * (cheap, unlike counting rows).
 */
export const standardsRecordMarker = sql`SELECT coalesce((SELECT max(id) FROM county_standard_input), 0) + coalesce((SELECT max(id) FROM county_standard_judgement), 0)`;
