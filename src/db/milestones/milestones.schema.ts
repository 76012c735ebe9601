/**
 * Milestone tables (时间节点): the township facts a county records (镇村一体化, 强镇筑基试点), the
 * county's reports of milestones that no data shows, and the city's reviews of both. All three are
 * append-only (migration 0014): a correction is a new record, a review a new row; the state of a
 * record is its latest review.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { orgUnit } from '../registry/registry.schema.ts';

/** A township fact recorded by its county, effective from a day, with evidence files (ids of the evidence area). */
export const milestoneTownshipFact = pgTable(
  'milestone_township_fact',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    townshipCode: text('township_code')
      .notNull()
      .references(() => orgUnit.code),
    countyCode: text('county_code')
      .notNull()
      .references(() => orgUnit.code),
    fact: text('fact').notNull(),
    value: boolean('value').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    note: text('note').notNull(),
    evidenceIds: text('evidence_ids').array().notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('milestone_township_fact_key_idx').on(t.countyCode, t.townshipCode, t.fact),
    check(
      'milestone_township_fact_fact_chk',
      sql`${t.fact} in ('townVillageIntegration', 'strongTownshipPilot')`,
    ),
  ],
);

/** A county's report that it completed a milestone, with its text and evidence files. */
export const milestoneReport = pgTable(
  'milestone_report',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    milestoneId: text('milestone_id').notNull(),
    countyCode: text('county_code')
      .notNull()
      .references(() => orgUnit.code),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
    evidenceIds: text('evidence_ids').array().notNull(),
    reportedBy: text('reported_by').notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('milestone_report_key_idx').on(t.countyCode, t.milestoneId)],
);

/** The city's verification or rejection of a fact or a report; the latest review of a record counts. */
export const milestoneReview = pgTable(
  'milestone_review',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    subject: text('subject').notNull().$type<'fact' | 'report'>(),
    subjectId: bigint('subject_id', { mode: 'number' }).notNull(),
    decision: text('decision').notNull().$type<'verified' | 'rejected'>(),
    comment: text('comment').notNull(),
    reviewedBy: text('reviewed_by').notNull(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('milestone_review_subject_idx').on(t.subject, t.subjectId),
    check('milestone_review_subject_chk', sql`${t.subject} in ('fact', 'report')`),
    check('milestone_review_decision_chk', sql`${t.decision} in ('verified', 'rejected')`),
  ],
);
