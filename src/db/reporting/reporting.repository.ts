/**
 * SQL for progress reports: one report per measure and round (optimistic `version`), and the
 * append-only history of their events.
 */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { progressReport, progressReportEvent } from './reporting.schema.ts';

type ReportRecord = typeof progressReport.$inferSelect;
type EventRecord = typeof progressReportEvent.$inferSelect;

/** A report as stored; instants as ISO 8601 (UTC). */
export type ReportRow = ReportRecord;
export type ReportEventRow = EventRecord;

/** PostgreSQL's text form of a timestamptz ("2026-11-03 02:00:00+00") as ISO 8601. */
const iso = (v: string | null): string | null => (v === null ? null : new Date(v).toISOString());

const reportOut = (r: ReportRecord): ReportRow => ({
  ...r,
  firstSubmittedAt: iso(r.firstSubmittedAt),
  submittedAt: iso(r.submittedAt),
  reviewedAt: iso(r.reviewedAt),
  updatedAt: iso(r.updatedAt)!,
});
const eventOut = (e: EventRecord): ReportEventRow => ({ ...e, at: iso(e.at)! });

export async function findReport(db: Db, roundId: string, measureId: string): Promise<ReportRow | null> {
  const rows = await db
    .select()
    .from(progressReport)
    .where(and(eq(progressReport.roundId, roundId), eq(progressReport.measureId, measureId)));
  return rows[0] ? reportOut(rows[0]) : null;
}

export interface ReportFilter {
  countyCodes?: readonly string[];
  roundIds?: readonly string[];
  measureIds?: readonly string[];
  states?: readonly string[];
}

/** Reports matching every filter given (an empty list matches nothing), by round, county and measure. */
export async function listReports(db: Db, filter: ReportFilter): Promise<ReportRow[]> {
  const where: SQL[] = [];
  const lists = [
    [filter.countyCodes, (v: string[]) => inArray(progressReport.countyCode, v)],
    [filter.roundIds, (v: string[]) => inArray(progressReport.roundId, v)],
    [filter.measureIds, (v: string[]) => inArray(progressReport.measureId, v)],
    [filter.states, (v: string[]) => inArray(progressReport.state, v)],
  ] as const;
  for (const [values, condition] of lists) {
    if (values === undefined) continue;
    if (values.length === 0) return [];
    where.push(condition([...values]));
  }
  const rows = await db
    .select()
    .from(progressReport)
    .where(where.length > 0 ? and(...where) : undefined)
    .orderBy(asc(progressReport.roundId), asc(progressReport.countyCode), asc(progressReport.measureId));
  return rows.map(reportOut);
}

export type NewReport = Omit<typeof progressReport.$inferInsert, 'id'>;

/** Inserts a new report; null when one exists for the round and measure already (a parallel first save). */
export async function insertReport(db: Db, row: NewReport): Promise<ReportRow | null> {
  const rows = await db
    .insert(progressReport)
    .values(row)
    .onConflictDoNothing({ target: [progressReport.roundId, progressReport.measureId] })
    .returning();
  return rows[0] ? reportOut(rows[0]) : null;
}

export type ReportPatch = Partial<
  Pick<
    ReportRecord,
    | 'state'
    | 'progress'
    | 'text'
    | 'blockedReason'
    | 'figure'
    | 'evidence'
    | 'returnComment'
    | 'firstSubmittedAt'
    | 'submittedAt'
    | 'reviewedBy'
    | 'reviewedAt'
  >
> & { updatedAt: string };

/** Writes a change if the report is still at `version`; the row as written, or null when it was not. */
export async function updateReport(
  db: Db,
  id: number,
  version: number,
  patch: ReportPatch,
): Promise<ReportRow | null> {
  const rows = await db
    .update(progressReport)
    .set({ ...patch, version: sql`${progressReport.version} + 1` })
    .where(and(eq(progressReport.id, id), eq(progressReport.version, version)))
    .returning();
  return rows[0] ? reportOut(rows[0]) : null;
}

export type NewReportEvent = Omit<typeof progressReportEvent.$inferInsert, 'id'>;

export async function insertReportEvent(db: Db, event: NewReportEvent): Promise<void> {
  await db.insert(progressReportEvent).values(event);
}

/** Many events at once (the demo). */
export async function insertReportEvents(db: Db, events: readonly NewReportEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += 500) {
    await db.insert(progressReportEvent).values(events.slice(i, i + 500) as NewReportEvent[]);
  }
}

/** Many reports at once (the demo): their ids in the order given. */
export async function insertReports(db: Db, rows: readonly NewReport[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const out = await db
      .insert(progressReport)
      .values(rows.slice(i, i + 500) as NewReport[])
      .returning({ id: progressReport.id });
    ids.push(...out.map((r) => r.id));
  }
  return ids;
}

/** The history of one measure's reports (every round), oldest first. */
export async function listMeasureEvents(db: Db, measureId: string): Promise<ReportEventRow[]> {
  const rows = await db
    .select()
    .from(progressReportEvent)
    .where(eq(progressReportEvent.measureId, measureId))
    .orderBy(asc(progressReportEvent.id));
  return rows.map(eventOut);
}

/** The history of one report, newest first. */
export async function listReportEvents(db: Db, reportId: number): Promise<ReportEventRow[]> {
  const rows = await db
    .select()
    .from(progressReportEvent)
    .where(eq(progressReportEvent.reportId, reportId))
    .orderBy(desc(progressReportEvent.id));
  return rows.map(eventOut);
}

/**
 * A change marker for caches: the highest event id. Every write of a report writes an event, and
 * the history is append-only with increasing ids, so it moves with every change (a primary-key read).
 */
export const reportingMarker = sql`SELECT coalesce((SELECT max(id) FROM progress_report_event), 0)`;
