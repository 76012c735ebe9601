/** Access tables: accounts, sessions and the append-only security audit log. */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
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
 * Previous password hashes of an account (ASVS 2.1.10: a recent password may not be set again).
 * The use case keeps the last few per account; only scrypt hashes are stored, as for the account.
 */
export const passwordHistory = pgTable(
  'password_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    accountId: integer('account_id')
      .notNull()
      .references(() => account.id),
    passwordHash: text('password_hash').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('password_history_account_idx').on(t.accountId, t.id)],
);

/**
 * Security audit log (安全审计): logins, data changes with old and new values, exports and
 * permission changes. Append-only: triggers (migration 0004) refuse UPDATE, DELETE and TRUNCATE.
 * Hash chain (migration 0012): a BEFORE INSERT trigger, serialised on `audit_chain_head`, gives
 * each row the next id, the previous row's hash (`prev_hash`) and its own (`row_hash`, SHA-256 of
 * the previous hash and the row's canonical text, app/access/audit-chain.ts); `eduplan audit verify`
 * recomputes them. Whatever an insert gives for these three columns is replaced.
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
    prevHash: text('prev_hash').notNull(),
    rowHash: text('row_hash').notNull(),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_idx').on(t.actorUsername),
    index('audit_log_action_idx').on(t.action),
    check('audit_log_outcome_chk', sql`${t.outcome} in ('success', 'failure', 'denied')`),
  ],
);

/**
 * The head of the audit log's hash chain: one row (id 1) with the number of rows sealed, the last
 * row's id and hash. Only the chain trigger writes it (a trigger refuses other writes); it is the
 * anchor that tells a log whose last rows were removed, or that was emptied, from a short one.
 */
export const auditChainHead = pgTable(
  'audit_chain_head',
  {
    id: integer('id').primaryKey(),
    sealed: bigint('sealed', { mode: 'number' }).notNull(),
    lastId: bigint('last_id', { mode: 'number' }).notNull(),
    lastHash: text('last_hash').notNull(),
  },
  (t) => [check('audit_chain_head_one_row_chk', sql`${t.id} = 1`)],
);
