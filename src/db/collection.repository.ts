/** SQL for data collection: submissions, the history of their values, approval events. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { InstitutionYearStatistics } from '../domain/statistics/statistics.types.ts';
import type { Db } from './database.ts';
import { totalEnrolment } from './registry.repository.ts';
import { institutionStatistics, submission, submissionEvent, submissionValueChange } from './schema.ts';

export type SubmissionRow = typeof submission.$inferSelect;

export async function findSubmission(
  db: Db,
  periodId: string,
  institutionCode: string,
): Promise<SubmissionRow | null> {
  const rows = await db
    .select()
    .from(submission)
    .where(and(eq(submission.periodId, periodId), eq(submission.institutionCode, institutionCode)));
  return rows[0] ?? null;
}

export async function listSubmissions(
  db: Db,
  periodId: string,
  institutionCodes?: string[],
): Promise<SubmissionRow[]> {
  const where = institutionCodes
    ? and(eq(submission.periodId, periodId), inArray(submission.institutionCode, institutionCodes))
    : eq(submission.periodId, periodId);
  return db.select().from(submission).where(where).orderBy(asc(submission.institutionCode));
}

/** Creates a draft at version 1; null when one exists already (someone was quicker). */
export async function insertSubmission(
  db: Db,
  row: Pick<
    SubmissionRow,
    'periodId' | 'formId' | 'formVersion' | 'institutionCode' | 'values' | 'explanations'
  >,
): Promise<SubmissionRow | null> {
  const rows = await db
    .insert(submission)
    .values({ ...row, state: 'draft', version: 1 })
    .onConflictDoNothing()
    .returning();
  return rows[0] ?? null;
}

/**
 * Writes a submission's new state/values if its version is still `expectedVersion` (optimistic
 * lock); returns false when someone else changed it meanwhile.
 */
export async function updateSubmission(
  db: Db,
  id: number,
  expectedVersion: number,
  patch: Partial<Pick<SubmissionRow, 'state' | 'values' | 'explanations' | 'returnedAt' | 'submittedAt'>>,
): Promise<boolean> {
  const rows = await db
    .update(submission)
    .set({ ...patch, version: expectedVersion + 1, updatedAt: sql`now()` })
    .where(and(eq(submission.id, id), eq(submission.version, expectedVersion)))
    .returning({ id: submission.id });
  return rows.length === 1;
}

export async function insertValueChanges(
  db: Db,
  rows: Array<{
    submissionId: number;
    fieldKey: string;
    oldValue: unknown;
    newValue: unknown;
    changedBy: string;
  }>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(submissionValueChange).values(rows.slice(i, i + 500));
  }
}

export async function insertSubmissionEvent(db: Db, row: typeof submissionEvent.$inferInsert): Promise<void> {
  await db.insert(submissionEvent).values(row);
}

export async function listSubmissionEvents(db: Db, submissionId: number) {
  return db
    .select()
    .from(submissionEvent)
    .where(eq(submissionEvent.submissionId, submissionId))
    .orderBy(asc(submissionEvent.id));
}

export async function listValueChanges(db: Db, submissionId: number, fieldKey?: string) {
  return db
    .select()
    .from(submissionValueChange)
    .where(
      fieldKey === undefined
        ? eq(submissionValueChange.submissionId, submissionId)
        : and(
            eq(submissionValueChange.submissionId, submissionId),
            eq(submissionValueChange.fieldKey, fieldKey),
          ),
    )
    .orderBy(asc(submissionValueChange.id));
}

/** Replaces one institution's statistics of a school year (an approved submission becomes the figures). */
export async function upsertStatistics(db: Db, s: InstitutionYearStatistics): Promise<void> {
  await db
    .insert(institutionStatistics)
    .values({
      institutionCode: s.institutionCode,
      schoolYear: s.schoolYear,
      enrolment: totalEnrolment(s),
      data: { grades: s.grades, stages: s.stages },
    })
    .onConflictDoUpdate({
      target: [institutionStatistics.institutionCode, institutionStatistics.schoolYear],
      set: { enrolment: totalEnrolment(s), data: { grades: s.grades, stages: s.stages } },
    });
}

/**
 * Creates many drafts at version 1 (an Excel import); returns the new rows' ids by institution.
 * A submission someone created meanwhile is skipped (not returned): the caller then refuses.
 */
export async function insertSubmissions(
  db: Db,
  rows: ReadonlyArray<
    Pick<SubmissionRow, 'periodId' | 'formId' | 'formVersion' | 'institutionCode' | 'values' | 'explanations'>
  >,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < rows.length; i += 500) {
    const created = await db
      .insert(submission)
      .values(rows.slice(i, i + 500).map((r) => ({ ...r, state: 'draft', version: 1 })))
      .onConflictDoNothing()
      .returning({ id: submission.id, institutionCode: submission.institutionCode });
    for (const c of created) out.set(c.institutionCode, c.id);
  }
  return out;
}

/**
 * Writes new values into many submissions, each only if its version is still the expected one
 * (optimistic lock); returns how many were written (fewer: someone changed one meanwhile).
 */
export async function updateSubmissionValues(
  db: Db,
  rows: ReadonlyArray<{ id: number; expectedVersion: number; values: unknown }>,
): Promise<number> {
  let written = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const r = await db.execute(sql`
      UPDATE submission AS s
      SET values = t.values, version = t.version + 1, updated_at = now()
      FROM unnest(
        ${sql.param(chunk.map((x) => x.id))}::int[],
        ${sql.param(chunk.map((x) => x.expectedVersion))}::int[],
        ${sql.param(chunk.map((x) => JSON.stringify(x.values)))}::jsonb[]
      ) AS t(id, version, values)
      WHERE s.id = t.id AND s.version = t.version
      RETURNING s.id`);
    written += (r as unknown as { rows: unknown[] }).rows.length;
  }
  return written;
}

/** Appends many value changes at once (unnest; an import may change hundreds of thousands). */
export async function insertValueChangesBulk(
  db: Db,
  rows: ReadonlyArray<{
    submissionId: number;
    fieldKey: string;
    oldValue: unknown;
    newValue: unknown;
    changedBy: string;
  }>,
): Promise<void> {
  // Array parameters: one statement per 20,000 rows (the parameter count does not grow).
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  for (let i = 0; i < rows.length; i += 20_000) {
    const chunk = rows.slice(i, i + 20_000);
    await db.execute(sql`
      INSERT INTO submission_value_change (submission_id, field_key, old_value, new_value, changed_by)
      SELECT * FROM unnest(
        ${sql.param(chunk.map((r) => r.submissionId))}::int[],
        ${sql.param(chunk.map((r) => r.fieldKey))}::text[],
        ${sql.param(chunk.map((r) => json(r.oldValue)))}::jsonb[],
        ${sql.param(chunk.map((r) => json(r.newValue)))}::jsonb[],
        ${sql.param(chunk.map((r) => r.changedBy))}::text[])`);
  }
}
