/**
 * SQL of the milestones area: township facts, county reports and the city's reviews (append-only;
 * a record's state is its latest review).
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { milestoneReport, milestoneReview, milestoneTownshipFact } from './milestones.schema.ts';

export type ReviewSubject = 'fact' | 'report';
export type ReviewDecision = 'verified' | 'rejected';

export interface NewTownshipFact {
  townshipCode: string;
  countyCode: string;
  fact: string;
  value: boolean;
  effectiveFrom: string;
  note: string;
  evidenceIds: string[];
  recordedBy: string;
  recordedAt?: string;
}

export interface NewMilestoneReport {
  milestoneId: string;
  countyCode: string;
  completedOn: string;
  text: string;
  evidenceIds: string[];
  reportedBy: string;
  reportedAt?: string;
}

export interface NewReview {
  subject: ReviewSubject;
  subjectId: number;
  decision: ReviewDecision;
  comment: string;
  reviewedBy: string;
  reviewedAt?: string;
}

export interface StoredReview extends Required<NewReview> {
  id: number;
}
export type StoredTownshipFact = Required<NewTownshipFact> & { id: number };
export type StoredMilestoneReport = Required<NewMilestoneReport> & { id: number };

/** Grows with every fact, report and review (the tables are append-only). */
export const milestonesMarker = sql`SELECT coalesce((SELECT max(id) FROM milestone_township_fact), 0)::text || '-' || coalesce((SELECT max(id) FROM milestone_report), 0)::text || '-' || coalesce((SELECT max(id) FROM milestone_review), 0)::text`;

export async function insertTownshipFacts(db: Db, rows: readonly NewTownshipFact[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const out = await db
      .insert(milestoneTownshipFact)
      .values(rows.slice(i, i + 500).map((r) => ({ ...r })))
      .returning({ id: milestoneTownshipFact.id });
    ids.push(...out.map((r) => r.id));
  }
  return ids;
}

export async function insertMilestoneReports(db: Db, rows: readonly NewMilestoneReport[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const out = await db
      .insert(milestoneReport)
      .values(rows.slice(i, i + 500).map((r) => ({ ...r })))
      .returning({ id: milestoneReport.id });
    ids.push(...out.map((r) => r.id));
  }
  return ids;
}

export async function insertReviews(db: Db, rows: readonly NewReview[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(milestoneReview).values(rows.slice(i, i + 500).map((r) => ({ ...r })));
  }
}

/** Every township fact, in recording order. */
export async function listTownshipFacts(db: Db): Promise<StoredTownshipFact[]> {
  return db.select().from(milestoneTownshipFact).orderBy(asc(milestoneTownshipFact.id));
}

/** Every county report, in reporting order. */
export async function listMilestoneReports(db: Db): Promise<StoredMilestoneReport[]> {
  return db.select().from(milestoneReport).orderBy(asc(milestoneReport.id));
}

/** Every review, in order. */
export async function listReviews(db: Db): Promise<StoredReview[]> {
  return db.select().from(milestoneReview).orderBy(asc(milestoneReview.id));
}

export async function findTownshipFact(db: Db, id: number): Promise<StoredTownshipFact | null> {
  const rows = await db.select().from(milestoneTownshipFact).where(eq(milestoneTownshipFact.id, id));
  return rows[0] ?? null;
}

export async function findMilestoneReport(db: Db, id: number): Promise<StoredMilestoneReport | null> {
  const rows = await db.select().from(milestoneReport).where(eq(milestoneReport.id, id));
  return rows[0] ?? null;
}

/** The latest review of a record, read with a row lock on the record (so two reviews serialise). */
export async function latestReviewLocked(
  db: Db,
  subject: ReviewSubject,
  subjectId: number,
): Promise<StoredReview | null> {
  const table = subject === 'fact' ? milestoneTownshipFact : milestoneReport;
  await db.select({ id: table.id }).from(table).where(eq(table.id, subjectId)).for('update');
  const rows = await db
    .select()
    .from(milestoneReview)
    .where(and(eq(milestoneReview.subject, subject), eq(milestoneReview.subjectId, subjectId)))
    .orderBy(desc(milestoneReview.id))
    .limit(1);
  return rows[0] ?? null;
}
