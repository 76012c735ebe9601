/** Data-collection tables: submissions, their value history, approval events and import change sets. */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { institution } from '../registry/registry.schema.ts';

/**
 * One institution's form for one collection period (issue 6): its current values and the
 * explanations of soft issues, and its approval state. `version` increases with every change, so
 * a save based on a stale copy is refused instead of overwriting someone else's work.
 */
export const submission = pgTable(
  'submission',
  {
    id: serial('id').primaryKey(),
    periodId: text('period_id').notNull(),
    formId: text('form_id').notNull(),
    formVersion: integer('form_version').notNull(),
    institutionCode: text('institution_code')
      .notNull()
      .references(() => institution.code),
    state: text('state').notNull(),
    values: jsonb('values').notNull(),
    explanations: jsonb('explanations').notNull(),
    returnedAt: timestamp('returned_at', { withTimezone: true, mode: 'string' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }),
    version: integer('version').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('submission_period_institution_idx').on(t.periodId, t.institutionCode),
    check(
      'submission_state_chk',
      sql`${t.state} in ('draft', 'submitted', 'returned', 'countyApproved', 'cityApproved', 'unlockRequested')`,
    ),
  ],
);

/** Every change of a submitted value, with the old and the new value (append-only, migration 0006). */
export const submissionValueChange = pgTable(
  'submission_value_change',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => submission.id),
    fieldKey: text('field_key').notNull(),
    oldValue: jsonb('old_value'),
    newValue: jsonb('new_value'),
    changedBy: text('changed_by').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('submission_value_change_field_idx').on(t.submissionId, t.fieldKey)],
);

/** Every approval state change (append-only, migration 0006). */
export const submissionEvent = pgTable(
  'submission_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => submission.id),
    action: text('action').notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    actorUsername: text('actor_username').notNull(),
    actorLevel: text('actor_level').notNull(),
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('submission_event_submission_idx').on(t.submissionId)],
);

/**
 * The value changes of one Excel import to one submission, as one row: `changes` is a JSON array
 * of [field key, old value, new value] in form order (migration 0008). A city-wide first import
 * writes 2,000 of these instead of 296,000 `submission_value_change` rows; the history read
 * expands them. Ids come from `submission_value_change`'s sequence, so both tables order together.
 * Append-only (trigger).
 */
export const submissionChangeSet = pgTable(
  'submission_change_set',
  {
    id: bigint('id', { mode: 'number' })
      .primaryKey()
      .default(sql`nextval('submission_value_change_id_seq')`),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => submission.id),
    changes: jsonb('changes').notNull(),
    changedBy: text('changed_by').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('submission_change_set_submission_idx').on(t.submissionId)],
);
