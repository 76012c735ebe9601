/**
 * Registry tables: org units, institutions with their effective-dated attributes and lifecycle
 * events, the autumn statistics, and the dataset revision with what each revision changed.
 * Singular snake_case; PostgreSQL 15+ (PGlite is 18: write nothing newer than 15).
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
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

export const orgUnit = pgTable(
  'org_unit',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level').notNull(),
    parentCode: text('parent_code'),
    codeSource: text('code_source').notNull(),
    legalParentCode: text('legal_parent_code'),
    countyKind: text('county_kind'),
  },
  (t) => [
    index('org_unit_parent_idx').on(t.parentCode),
    check('org_unit_level_chk', sql`${t.level} in ('city', 'county', 'township')`),
    check('org_unit_code_source_chk', sql`${t.codeSource} in ('nbs', 'local')`),
  ],
);

export const institution = pgTable(
  'institution',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    runningType: text('running_type').notNull(),
    ownership: text('ownership').notNull(),
    urbanRural: text('urban_rural').notNull(),
    townshipCode: text('township_code')
      .notNull()
      .references(() => orgUnit.code),
    countyCode: text('county_code')
      .notNull()
      .references(() => orgUnit.code),
    longitude: doublePrecision('longitude').notNull(),
    latitude: doublePrecision('latitude').notNull(),
  },
  (t) => [
    index('institution_county_idx').on(t.countyCode),
    index('institution_township_idx').on(t.townshipCode),
    check('institution_code_len_chk', sql`char_length(${t.code}) = 10`),
    check('institution_ownership_chk', sql`${t.ownership} in ('public', 'inclusivePrivate', 'private')`),
  ],
);

/**
 * Effective-dated attribute values. Append-only: a change or a correction is a new row; a trigger
 * (migration 0001) refuses UPDATE and DELETE so history can never be overwritten.
 */
export const institutionAttribute = pgTable(
  'institution_attribute',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    institutionCode: text('institution_code')
      .notNull()
      .references(() => institution.code),
    name: text('name').notNull(),
    value: jsonb('value').notNull(),
    effectiveFromYear: integer('effective_from_year').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    note: text('note'),
  },
  (t) => [index('institution_attribute_lookup_idx').on(t.institutionCode, t.name, t.effectiveFromYear)],
);

/** Lifecycle events (opened, closed, mergedInto). Append-only like attributes. */
export const institutionEvent = pgTable(
  'institution_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    institutionCode: text('institution_code')
      .notNull()
      .references(() => institution.code),
    kind: text('kind').notNull(),
    schoolYear: integer('school_year').notNull(),
    targetInstitutionCode: text('target_institution_code').references(() => institution.code),
    note: text('note'),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('institution_event_institution_idx').on(t.institutionCode),
    check('institution_event_kind_chk', sql`${t.kind} in ('opened', 'closed', 'mergedInto')`),
    check(
      'institution_event_merge_target_chk',
      sql`${t.kind} <> 'mergedInto' OR ${t.targetInstitutionCode} IS NOT NULL`,
    ),
  ],
);

/**
 * Autumn statistics of one institution for one school year, as one JSONB document
 * (InstitutionYearStatistics without the key fields): ~20 k rows for a city over seven years
 * instead of millions of EAV rows. `enrolment` is denormalised for listing and sorting.
 */
export const institutionStatistics = pgTable(
  'institution_statistics',
  {
    institutionCode: text('institution_code')
      .notNull()
      .references(() => institution.code),
    schoolYear: integer('school_year').notNull(),
    enrolment: integer('enrolment').notNull(),
    data: jsonb('data').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.institutionCode, t.schoolYear] }),
    index('institution_statistics_year_idx').on(t.schoolYear),
  ],
);

/** Facts about the dataset as a whole, e.g. `demo` (synthetic data: seed, generated at). */
export const datasetInfo = pgTable('dataset_info', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
});

/**
 * What a dataset revision changed, written in the transaction that moved the revision, so that a
 * cache at an older revision can patch its view instead of reloading everything. Only changes a
 * cache understands are logged ('statistics': one school year's statistics of some
 * institutions); a revision without a row here means "reload". Append-only (trigger, migration
 * 0007).
 */
export const datasetChange = pgTable(
  'dataset_change',
  {
    revision: integer('revision').primaryKey(),
    kind: text('kind').notNull(),
    schoolYear: integer('school_year').notNull(),
    institutionCodes: text('institution_codes').array().notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [check('dataset_change_kind_chk', sql`${t.kind} in ('statistics')`)],
);
