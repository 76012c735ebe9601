/**
 * Progress-report tables (进展报送): one report per measure and reporting round, and the
 * append-only history of every event of every report (what was filed, submitted, accepted or
 * returned, by whom, with the content at that moment). Measures belong to the delivery area: a
 * report refers to a measure's stable identity (delivery_measure, the same in every work-plan
 * version), never to one version's content.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { deliveryMeasure } from '../delivery/delivery.schema.ts';
import { orgUnit } from '../registry/registry.schema.ts';

/**
 * A county's report on one measure for one round: its current content and review state.
 * `version` increases with every change, so a write based on a stale copy is refused.
 */
export const progressReport = pgTable(
  'progress_report',
  {
    id: serial('id').primaryKey(),
    roundId: text('round_id').notNull(),
    measureId: text('measure_id')
      .notNull()
      .references(() => deliveryMeasure.id),
    countyCode: text('county_code')
      .notNull()
      .references(() => orgUnit.code),
    state: text('state').notNull(),
    progress: text('progress').notNull(),
    text: text('text').notNull(),
    blockedReason: text('blocked_reason'),
    figure: doublePrecision('figure'),
    /** Evidence file ids (the evidence area's), in the order attached. */
    evidence: jsonb('evidence').$type<string[]>().notNull(),
    /** The city's comment of the latest return (kept after resubmission; the history has each). */
    returnComment: text('return_comment'),
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true, mode: 'string' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }),
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'string' }),
    version: integer('version').notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [
    uniqueIndex('progress_report_round_measure_idx').on(t.roundId, t.measureId),
    index('progress_report_county_round_idx').on(t.countyCode, t.roundId),
    index('progress_report_measure_idx').on(t.measureId),
    check('progress_report_state_chk', sql`${t.state} in ('draft', 'submitted', 'accepted', 'returned')`),
    check(
      'progress_report_progress_chk',
      sql`${t.progress} in ('notStarted', 'inProgress', 'done', 'blocked')`,
    ),
    check('progress_report_figure_chk', sql`${t.figure} >= 0`),
  ],
);

/** Every event of every report, with the content as it was then (append-only, migration 0016). */
export const progressReportEvent = pgTable(
  'progress_report_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    reportId: integer('report_id')
      .notNull()
      .references(() => progressReport.id),
    roundId: text('round_id').notNull(),
    measureId: text('measure_id').notNull(),
    countyCode: text('county_code').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    progress: text('progress').notNull(),
    text: text('text').notNull(),
    blockedReason: text('blocked_reason'),
    figure: doublePrecision('figure'),
    evidence: jsonb('evidence').$type<string[]>().notNull(),
    comment: text('comment'),
    actorUsername: text('actor_username').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [
    index('progress_report_event_report_idx').on(t.reportId),
    index('progress_report_event_measure_idx').on(t.measureId),
    check(
      'progress_report_event_action_chk',
      sql`${t.action} in ('create', 'save', 'submit', 'resubmit', 'accept', 'return')`,
    ),
  ],
);
