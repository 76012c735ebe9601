/** County-standards tables: recorded county figures and evaluators' verdicts (append-only). */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { orgUnit } from '../registry/registry.schema.ts';

/**
 * County-level figures for the county standards (issue 5) that the school statistics do not hold:
 * population aged 3–5, teacher rotation, special-education funding. One row per recording;
 * the latest recording of (county, year, item) counts. Append-only (migration 0005): a
 * correction is a new row, so the history of every figure stays.
 */
export const countyStandardInput = pgTable(
  'county_standard_input',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    countyCode: text('county_code')
      .notNull()
      .references(() => orgUnit.code),
    schoolYear: integer('school_year').notNull(),
    item: text('item').notNull(),
    value: doublePrecision('value').notNull(),
    evidence: text('evidence').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('county_standard_input_key_idx').on(t.countyCode, t.schoolYear, t.item),
    check('county_standard_input_value_chk', sql`${t.value} >= 0`),
  ],
);

/**
 * Evaluators' verdicts on the items of the county standards that need human judgement (规划布局,
 * 社会认可度, the one-vote vetoes …), with their evidence. Latest of (county, year, item) counts;
 * append-only like county_standard_input.
 */
export const countyStandardJudgement = pgTable(
  'county_standard_judgement',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    countyCode: text('county_code')
      .notNull()
      .references(() => orgUnit.code),
    schoolYear: integer('school_year').notNull(),
    itemId: text('item_id').notNull(),
    met: boolean('met').notNull(),
    score: doublePrecision('score'),
    evidence: text('evidence').notNull(),
    evaluator: text('evaluator').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('county_standard_judgement_key_idx').on(t.countyCode, t.schoolYear, t.itemId)],
);
