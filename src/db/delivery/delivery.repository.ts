/**
 * SQL of the counties' work plans: versions (with optimistic `revision`), measure identities, the
 * measures of each version and the append-only history of saves and decisions.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { deliveryMeasure, workPlanEvent, workPlanMeasure, workPlanVersion } from './delivery.schema.ts';

export type VersionRow = typeof workPlanVersion.$inferSelect;
export type NewVersionRow = typeof workPlanVersion.$inferInsert;
export type EventRow = typeof workPlanEvent.$inferSelect;
export type NewEventRow = typeof workPlanEvent.$inferInsert;

/** A measure of a version as stored, with its identity's county and first version. */
export interface StoredMeasure {
  planVersionId: number;
  id: string;
  countyCode: string;
  sinceVersion: number;
  position: number;
  taskNumber: number;
  title: string;
  output: string;
  outputTarget: number | null;
  outputUnit: string | null;
  ownerName: string;
  ownerUnitCode: string;
  ownerUnit: string;
  dueDate: string;
}

export type MeasureRowInput = Omit<StoredMeasure, 'countyCode' | 'sinceVersion' | 'planVersionId'>;

/** Every version of every county (or of one), by county and version. */
export async function listVersions(db: Db, countyCode?: string): Promise<VersionRow[]> {
  return db
    .select()
    .from(workPlanVersion)
    .where(countyCode === undefined ? undefined : eq(workPlanVersion.countyCode, countyCode))
    .orderBy(asc(workPlanVersion.countyCode), asc(workPlanVersion.version));
}

/** The latest approved version of each county. */
export async function latestApprovedVersions(db: Db): Promise<VersionRow[]> {
  return db
    .selectDistinctOn([workPlanVersion.countyCode])
    .from(workPlanVersion)
    .where(eq(workPlanVersion.state, 'approved'))
    .orderBy(asc(workPlanVersion.countyCode), desc(workPlanVersion.version));
}

/** The measures of the given versions, in each version's order. */
export async function measuresOf(db: Db, versionIds: readonly number[]): Promise<StoredMeasure[]> {
  if (versionIds.length === 0) return [];
  return db
    .select({
      planVersionId: workPlanMeasure.planVersionId,
      id: workPlanMeasure.measureId,
      countyCode: deliveryMeasure.countyCode,
      sinceVersion: deliveryMeasure.firstVersion,
      position: workPlanMeasure.position,
      taskNumber: workPlanMeasure.taskNumber,
      title: workPlanMeasure.title,
      output: workPlanMeasure.output,
      outputTarget: workPlanMeasure.outputTarget,
      outputUnit: workPlanMeasure.outputUnit,
      ownerName: workPlanMeasure.ownerName,
      ownerUnitCode: workPlanMeasure.ownerUnitCode,
      ownerUnit: workPlanMeasure.ownerUnit,
      dueDate: workPlanMeasure.dueDate,
    })
    .from(workPlanMeasure)
    .innerJoin(deliveryMeasure, eq(deliveryMeasure.id, workPlanMeasure.measureId))
    .where(inArray(workPlanMeasure.planVersionId, [...versionIds]))
    .orderBy(asc(workPlanMeasure.planVersionId), asc(workPlanMeasure.position));
}

/** The ids of a county's measures (any version) with the highest sequence number used. */
export async function measureIdentities(db: Db, countyCode: string) {
  const rows = await db
    .select({ id: deliveryMeasure.id, seq: deliveryMeasure.seq })
    .from(deliveryMeasure)
    .where(eq(deliveryMeasure.countyCode, countyCode));
  return { ids: new Set(rows.map((r) => r.id)), maxSeq: rows.reduce((m, r) => Math.max(m, r.seq), 0) };
}

export async function insertVersion(db: Db, row: NewVersionRow): Promise<VersionRow> {
  const [created] = await db.insert(workPlanVersion).values(row).returning();
  return created!;
}

/**
 * Updates a version if its revision is still `revision` (and moves the revision on); false when
 * someone else changed it in between.
 */
export async function updateVersion(
  db: Db,
  id: number,
  revision: number,
  patch: Partial<
    Pick<VersionRow, 'state' | 'submittedAt' | 'decidedAt' | 'decidedBy' | 'decisionComment'>
  > & {
    updatedAt: string;
  },
): Promise<boolean> {
  const rows = await db
    .update(workPlanVersion)
    .set({ ...patch, revision: sql`${workPlanVersion.revision} + 1` })
    .where(and(eq(workPlanVersion.id, id), eq(workPlanVersion.revision, revision)))
    .returning({ id: workPlanVersion.id });
  return rows.length === 1;
}

export async function insertMeasureIdentities(
  db: Db,
  rows: ReadonlyArray<typeof deliveryMeasure.$inferInsert>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insert(deliveryMeasure).values(rows.slice(i, i + 500));
}

/** Replaces a draft version's measures (a submitted or approved version's are refused by a trigger). */
export async function replaceMeasures(
  db: Db,
  planVersionId: number,
  rows: ReadonlyArray<MeasureRowInput>,
): Promise<void> {
  await db.delete(workPlanMeasure).where(eq(workPlanMeasure.planVersionId, planVersionId));
  await insertMeasures(db, planVersionId, rows);
}

export async function insertMeasures(
  db: Db,
  planVersionId: number,
  rows: ReadonlyArray<MeasureRowInput>,
): Promise<void> {
  const values = rows.map(({ id, ...r }) => ({ ...r, planVersionId, measureId: id }));
  for (let i = 0; i < values.length; i += 500)
    await db.insert(workPlanMeasure).values(values.slice(i, i + 500));
}

export async function insertEvents(db: Db, rows: ReadonlyArray<NewEventRow>): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insert(workPlanEvent).values(rows.slice(i, i + 500));
}

/** A county's history, oldest first. */
export async function listEvents(db: Db, countyCode: string): Promise<EventRow[]> {
  return db
    .select()
    .from(workPlanEvent)
    .where(eq(workPlanEvent.countyCode, countyCode))
    .orderBy(asc(workPlanEvent.id));
}

/** Grows with every save and decision (each writes an event; the table is append-only). */
export const deliveryMarker = sql`SELECT coalesce(max(id), 0) FROM work_plan_event`;
