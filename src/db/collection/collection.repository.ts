/** SQL for data collection: submissions, the history of their values, approval events. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { insertByUnnest, insertByUnnestReturning } from '../bulk.ts';
import type { Db } from '../database.ts';
import {
  submission,
  submissionChangeSet,
  submissionEvent,
  submissionValueChange,
} from './collection.schema.ts';

export type SubmissionRow = typeof submission.$inferSelect;
/** One value change as the history shows it (a row of either history table). */
export type ValueChangeRow = typeof submissionValueChange.$inferSelect;

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

/**
 * The period's submissions of these institutions, locked for the rest of the transaction (SELECT …
 * FOR UPDATE, in id order so that two writers never wait for each other crosswise): a parallel
 * save or approval of one of them waits until the transaction ends, then finds a new version.
 */
export async function lockSubmissions(
  db: Db,
  periodId: string,
  institutionCodes: readonly string[],
): Promise<SubmissionRow[]> {
  if (institutionCodes.length === 0) return [];
  return db
    .select()
    .from(submission)
    .where(and(eq(submission.periodId, periodId), inArray(submission.institutionCode, [...institutionCodes])))
    .orderBy(asc(submission.id))
    .for('update');
}

/**
 * Who last changed each submission, and when (epoch ms): the latest value change (online save or
 * import, one sequence) if it was written with the submission's last write (the same transaction
 * time), else the latest state change. For naming schools in a refusal: a few rows at a time.
 */
export async function lastChangesOf(
  db: Db,
  submissionIds: readonly number[],
): Promise<Map<number, { by: string; at: number }>> {
  if (submissionIds.length === 0) return new Map();
  const r = await db.execute(sql`
    SELECT s.id,
      CASE WHEN v.changed_at = s.updated_at OR e.actor_username IS NULL THEN v.changed_by
        ELSE e.actor_username END AS by,
      (extract(epoch FROM CASE WHEN v.changed_at = s.updated_at OR e.actor_username IS NULL
        THEN v.changed_at ELSE e.at END) * 1000)::float8 AS at
    FROM submission AS s
    LEFT JOIN LATERAL (
      SELECT c.changed_by, c.changed_at FROM (
        SELECT id, changed_by, changed_at FROM submission_value_change WHERE submission_id = s.id
        UNION ALL
        SELECT id, changed_by, changed_at FROM submission_change_set WHERE submission_id = s.id
      ) AS c ORDER BY c.id DESC LIMIT 1
    ) AS v ON true
    LEFT JOIN LATERAL (
      SELECT actor_username, at FROM submission_event WHERE submission_id = s.id ORDER BY id DESC LIMIT 1
    ) AS e ON true
    WHERE s.id = ANY(${sql.param([...submissionIds])}::int[])`);
  const out = new Map<number, { by: string; at: number }>();
  for (const row of (r as unknown as { rows: Array<Record<string, unknown>> }).rows) {
    if (row.by !== null && row.at !== null) {
      out.set(Number(row.id), { by: String(row.by), at: Number(row.at) });
    }
  }
  return out;
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

/**
 * The value changes of a submission (optionally of one field), oldest first: the per-field rows of
 * online saves and the expanded change sets of Excel imports, merged by id (one sequence). The
 * fields of one change set share its id and keep their order.
 */
export async function listValueChanges(
  db: Db,
  submissionId: number,
  fieldKey?: string,
): Promise<ValueChangeRow[]> {
  const single = await db
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
  const sets = await db
    .select()
    .from(submissionChangeSet)
    .where(
      fieldKey === undefined
        ? eq(submissionChangeSet.submissionId, submissionId)
        : and(
            eq(submissionChangeSet.submissionId, submissionId),
            // [[key, old, new], …] contains [[key]]: the set has a change of that field.
            sql`${submissionChangeSet.changes} @> ${JSON.stringify([[fieldKey]])}::jsonb`,
          ),
    )
    .orderBy(asc(submissionChangeSet.id));
  const expanded: ValueChangeRow[] = sets.flatMap((set) =>
    (set.changes as ChangeSetEntry[])
      .filter(([key]) => fieldKey === undefined || key === fieldKey)
      .map(([key, oldValue, newValue]) => ({
        id: set.id,
        submissionId: set.submissionId,
        fieldKey: key,
        oldValue,
        newValue,
        changedBy: set.changedBy,
        changedAt: set.changedAt,
      })),
  );
  // Both lists are sorted by id; a stable sort keeps each set's field order.
  return [...single, ...expanded].sort((a, b) => a.id - b.id);
}

/** A submission as a bulk insert writes it (an Excel import's new drafts, the demo's seeded forms). */
export type NewSubmission = Pick<
  SubmissionRow,
  'periodId' | 'formId' | 'formVersion' | 'institutionCode' | 'values' | 'explanations'
> &
  Partial<Pick<SubmissionRow, 'state' | 'version' | 'returnedAt' | 'submittedAt' | 'updatedAt'>>;

/**
 * Creates many submissions in one statement per 1,000 (unnest; state 'draft' and version 1 unless
 * given); returns the new rows' ids by institution. A submission someone created meanwhile is
 * skipped (not returned): the caller then refuses.
 */
export async function insertSubmissions(
  db: Db,
  rows: ReadonlyArray<NewSubmission>,
): Promise<Map<string, number>> {
  const created = await insertByUnnestReturning<NewSubmission, { id: number; institution_code: string }>(
    db,
    'submission',
    [
      { name: 'period_id', type: 'text[]', get: (r) => r.periodId },
      { name: 'form_id', type: 'text[]', get: (r) => r.formId },
      { name: 'form_version', type: 'int[]', get: (r) => r.formVersion },
      { name: 'institution_code', type: 'text[]', get: (r) => r.institutionCode },
      { name: 'state', type: 'text[]', get: (r) => r.state ?? 'draft' },
      { name: 'values', type: 'jsonb[]', get: (r) => r.values },
      { name: 'explanations', type: 'jsonb[]', get: (r) => r.explanations },
      { name: 'returned_at', type: 'timestamptz[]', get: (r) => r.returnedAt ?? null },
      { name: 'submitted_at', type: 'timestamptz[]', get: (r) => r.submittedAt ?? null },
      { name: 'version', type: 'int[]', get: (r) => r.version ?? 1 },
      { name: 'updated_at', type: 'timestamptz[]', get: (r) => r.updatedAt ?? new Date().toISOString() },
    ],
    rows,
    'ON CONFLICT DO NOTHING RETURNING id, institution_code',
    1_000,
  );
  return new Map(created.map((c) => [c.institution_code, Number(c.id)]));
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
    // JSON as text[] cast per row: see bulk.ts.
    const r = await db.execute(sql`
      UPDATE submission AS s
      SET values = t.values::jsonb, version = t.version + 1, updated_at = now()
      FROM unnest(
        ${sql.param(chunk.map((x) => x.id))}::int[],
        ${sql.param(chunk.map((x) => x.expectedVersion))}::int[],
        ${sql.param(chunk.map((x) => JSON.stringify(x.values)))}::text[]
      ) AS t(id, version, values)
      WHERE s.id = t.id AND s.version = t.version
      RETURNING s.id`);
    written += (r as unknown as { rows: unknown[] }).rows.length;
  }
  return written;
}

/** One change of a change set: field key, old value, new value (null: empty). */
export type ChangeSetEntry = readonly [fieldKey: string, oldValue: unknown, newValue: unknown];

export interface NewChangeSet {
  submissionId: number;
  changes: ReadonlyArray<ChangeSetEntry>;
  changedBy: string;
  /** Default: the transaction's time (now()). */
  changedAt?: string;
}

/**
 * Appends the value changes of many submissions, one row per submission (an Excel import, the
 * demo's seeded forms): what a first city-wide import costs is 2,000 rows, not 296,000.
 */
export async function insertChangeSets(db: Db, rows: ReadonlyArray<NewChangeSet>): Promise<void> {
  const columns = [
    { name: 'submission_id', type: 'int[]', get: (r: NewChangeSet) => r.submissionId },
    { name: 'changes', type: 'jsonb[]', get: (r: NewChangeSet) => r.changes },
    { name: 'changed_by', type: 'text[]', get: (r: NewChangeSet) => r.changedBy },
  ];
  const timed = rows.filter((r) => r.changedAt !== undefined);
  const now = rows.filter((r) => r.changedAt === undefined);
  await insertByUnnest(db, 'submission_change_set', columns, now);
  await insertByUnnest(
    db,
    'submission_change_set',
    [...columns, { name: 'changed_at', type: 'timestamptz[]', get: (r: NewChangeSet) => r.changedAt }],
    timed,
  );
}

/** Appends many approval events at once (the demo's seeded reviews). */
export async function insertSubmissionEvents(
  db: Db,
  rows: ReadonlyArray<typeof submissionEvent.$inferInsert>,
): Promise<void> {
  type E = typeof submissionEvent.$inferInsert;
  await insertByUnnest<E>(
    db,
    'submission_event',
    [
      { name: 'submission_id', type: 'int[]', get: (r) => r.submissionId },
      { name: 'action', type: 'text[]', get: (r) => r.action },
      { name: 'from_state', type: 'text[]', get: (r) => r.fromState },
      { name: 'to_state', type: 'text[]', get: (r) => r.toState },
      { name: 'actor_username', type: 'text[]', get: (r) => r.actorUsername },
      { name: 'actor_level', type: 'text[]', get: (r) => r.actorLevel },
      { name: 'comment', type: 'text[]', get: (r) => r.comment ?? null },
      { name: 'at', type: 'timestamptz[]', get: (r) => r.at },
    ],
    rows,
  );
}

/**
 * Live figures with pending submissions: a marker that changes whenever any submission is
 * created or written. A statement trigger moves it with every write (migration 0009), so reading
 * it is one primary-key lookup, not a count of the table.
 */
export const submissionsMarker = sql`SELECT coalesce((SELECT value #>> '{}' FROM dataset_info WHERE key = 'submissions'), '0')`;

/** Submissions in the given states (the pending ones: a short list, waiting for approval). */
export async function listSubmissionsInStates(db: Db, states: readonly string[]) {
  if (states.length === 0) return [];
  return db
    .select({
      periodId: submission.periodId,
      formId: submission.formId,
      formVersion: submission.formVersion,
      institutionCode: submission.institutionCode,
      state: submission.state,
      values: submission.values,
    })
    .from(submission)
    .where(inArray(submission.state, [...states]))
    .orderBy(asc(submission.institutionCode));
}
