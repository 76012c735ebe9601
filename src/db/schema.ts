/**
 * PostgreSQL schema (Drizzle pg-core). One schema and one set of migrations for PGlite (embedded,
 * PostgreSQL 18) and PostgreSQL servers (15+): write nothing that needs a version above 15.
 * Tables and columns are singular snake_case.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  uniqueIndex,
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

/**
 * Accounts. `scope_code` is an org-unit code (scope_kind 'org') or an institution code
 * ('institution'). Passwords are stored only as scrypt hashes with their parameters.
 */
export const account = pgTable(
  'account',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role').notNull(),
    scopeKind: text('scope_kind').notNull(),
    scopeCode: text('scope_code').notNull(),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'string' }),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    uniqueIndex('account_username_idx').on(t.username),
    index('account_scope_idx').on(t.scopeCode),
    check('account_scope_kind_chk', sql`${t.scopeKind} in ('org', 'institution')`),
    check('account_username_chk', sql`${t.username} ~ '^[a-z0-9_.-]{3,32}$'`),
  ],
);

/**
 * Sessions live in the database so that they survive a restart. Only the SHA-256 of the session
 * token is stored; the token itself exists only in the user's cookie.
 */
export const session = pgTable(
  'session',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: integer('account_id')
      .notNull()
      .references(() => account.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'string' }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    endedAt: timestamp('ended_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [index('session_account_idx').on(t.accountId)],
);

/**
 * Security audit log (安全审计): logins, data changes with old and new values, exports and
 * permission changes. Append-only: triggers (migration 0004) refuse UPDATE, DELETE and TRUNCATE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    actorId: integer('actor_id'),
    actorUsername: text('actor_username'),
    ip: text('ip'),
    action: text('action').notNull(),
    outcome: text('outcome').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    oldValue: jsonb('old_value'),
    newValue: jsonb('new_value'),
    detail: text('detail'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_idx').on(t.actorUsername),
    index('audit_log_action_idx').on(t.action),
    check('audit_log_outcome_chk', sql`${t.outcome} in ('success', 'failure', 'denied')`),
  ],
);

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
