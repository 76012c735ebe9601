/**
 * Delivery tables: the counties' work plans (工作方案), their versions and the measures (举措) of each
 * version, with the append-only history of every save, submission and decision.
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
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { orgUnit } from '../registry/registry.schema.ts';

/**
 * One version of a county's work plan: its state and, for optimistic concurrency, `revision`
 * (increased by every save and transition: an edit based on a stale copy is refused). Versions are
 * numbered 1, 2 … per county; a new version starts from the approved one.
 */
export const workPlanVersion = pgTable(
  'work_plan_version',
  {
    id: serial('id').primaryKey(),
    countyCode: text('county_code')
      .notNull()
      .references(() => orgUnit.code),
    version: integer('version').notNull(),
    state: text('state').notNull(),
    revision: integer('revision').notNull(),
    basedOnVersion: integer('based_on_version'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'string' }),
    decidedBy: text('decided_by'),
    decisionComment: text('decision_comment'),
  },
  (t) => [
    uniqueIndex('work_plan_version_county_version_idx').on(t.countyCode, t.version),
    check('work_plan_version_state_chk', sql`${t.state} in ('draft', 'submitted', 'approved', 'returned')`),
    check('work_plan_version_version_chk', sql`${t.version} >= 1`),
  ],
);

/** A measure's identity, the same in every version (progress reports attach to it): 370811-007. */
export const deliveryMeasure = pgTable(
  'delivery_measure',
  {
    id: text('id').primaryKey(),
    countyCode: text('county_code')
      .notNull()
      .references(() => orgUnit.code),
    seq: integer('seq').notNull(),
    firstVersion: integer('first_version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [uniqueIndex('delivery_measure_county_seq_idx').on(t.countyCode, t.seq)],
);

/**
 * A measure's content in one version. Rows of a submitted or approved version cannot be changed or
 * deleted (trigger, migration 0015); a draft's rows are replaced by each save.
 */
export const workPlanMeasure = pgTable(
  'work_plan_measure',
  {
    planVersionId: integer('plan_version_id')
      .notNull()
      .references(() => workPlanVersion.id),
    measureId: text('measure_id')
      .notNull()
      .references(() => deliveryMeasure.id),
    position: integer('position').notNull(),
    taskNumber: integer('task_number').notNull(),
    title: text('title').notNull(),
    output: text('output').notNull(),
    outputTarget: doublePrecision('output_target'),
    outputUnit: text('output_unit'),
    ownerName: text('owner_name').notNull(),
    ownerUnitCode: text('owner_unit_code').notNull(),
    ownerUnit: text('owner_unit').notNull(),
    dueDate: text('due_date').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.planVersionId, t.measureId] }),
    index('work_plan_measure_measure_idx').on(t.measureId),
    check('work_plan_measure_due_date_chk', sql`${t.dueDate} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`),
  ],
);

/**
 * Every save, submission, approval, return and revision (append-only, migration 0015), with the
 * measures as they stood when submitted or decided, so a returned version's submitted content stays
 * on record after the county changes it.
 */
export const workPlanEvent = pgTable(
  'work_plan_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    planVersionId: integer('plan_version_id')
      .notNull()
      .references(() => workPlanVersion.id),
    countyCode: text('county_code').notNull(),
    version: integer('version').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    actorUsername: text('actor_username').notNull(),
    comment: text('comment'),
    measures: jsonb('measures'),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('work_plan_event_county_idx').on(t.countyCode, t.version)],
);
