/** SQL for accounts, sessions and the audit log. */
import { and, asc, desc, eq, gte, ilike, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Account, RoleCode, Scope } from '../../domain/access/access.types.ts';
import type { Db } from '../database.ts';
import { insertByUnnest } from '../bulk.ts';
import { account, auditLog, session } from './access.schema.ts';

type AccountRow = typeof account.$inferSelect;

const iso = (v: string | null): string | null => (v === null ? null : new Date(v).toISOString());

export interface StoredAccount extends Account {
  passwordHash: string;
}

export function toAccount(r: AccountRow): StoredAccount {
  const scope: Scope =
    r.scopeKind === 'institution'
      ? { kind: 'institution', institutionCode: r.scopeCode }
      : { kind: 'org', orgCode: r.scopeCode };
  return {
    id: r.id,
    username: r.username,
    displayName: r.displayName,
    role: r.role as RoleCode,
    scope,
    mustChangePassword: r.mustChangePassword,
    disabled: r.disabledAt !== null,
    lockedUntil: iso(r.lockedUntil),
    failedAttempts: r.failedAttempts,
    createdAt: iso(r.createdAt)!,
    passwordChangedAt: iso(r.passwordChangedAt),
    passwordHash: r.passwordHash,
  };
}

export interface NewAccount {
  username: string;
  displayName: string;
  role: RoleCode;
  scope: Scope;
  passwordHash: string;
  mustChangePassword: boolean;
}

const scopeCode = (s: Scope) => (s.kind === 'org' ? s.orgCode : s.institutionCode);

export async function insertAccounts(db: Db, rows: ReadonlyArray<NewAccount>): Promise<void> {
  await insertByUnnest(
    db,
    'account',
    [
      { name: 'username', type: 'text[]', get: (r: NewAccount) => r.username },
      { name: 'display_name', type: 'text[]', get: (r) => r.displayName },
      { name: 'role', type: 'text[]', get: (r) => r.role },
      { name: 'scope_kind', type: 'text[]', get: (r) => r.scope.kind },
      { name: 'scope_code', type: 'text[]', get: (r) => scopeCode(r.scope) },
      { name: 'password_hash', type: 'text[]', get: (r) => r.passwordHash },
      { name: 'must_change_password', type: 'bool[]', get: (r) => r.mustChangePassword },
    ],
    rows,
  );
}

export async function findAccountByUsername(db: Db, username: string): Promise<StoredAccount | null> {
  const rows = await db.select().from(account).where(eq(account.username, username));
  return rows[0] ? toAccount(rows[0]) : null;
}

export async function findAccountById(db: Db, id: number): Promise<StoredAccount | null> {
  const rows = await db.select().from(account).where(eq(account.id, id));
  return rows[0] ? toAccount(rows[0]) : null;
}

export async function listAccounts(db: Db): Promise<StoredAccount[]> {
  const rows = await db.select().from(account).orderBy(asc(account.username));
  return rows.map(toAccount);
}

export async function usernamesTaken(db: Db, usernames: string[]): Promise<Set<string>> {
  if (usernames.length === 0) return new Set();
  const r = await db.execute(
    sql`SELECT username FROM account WHERE username = ANY(${sql.param(usernames)}::text[])`,
  );
  return new Set((r as unknown as { rows: Array<{ username: string }> }).rows.map((x) => x.username));
}

/**
 * Claims one password check for an account, atomically, BEFORE the password is checked: parallel
 * attempts are serialised by the row, so that at most `maxFailures` passwords are ever checked
 * per lock window. A claim counts as a failure until the password proves right
 * (`recordLoginSuccess` clears the count); the claim that reaches the limit with a wrong password
 * locks the account (`lockAfterFailure`). No claim is granted while the account is locked or while
 * `maxFailures` claims are counted; an expired lock starts a fresh count. Returns the claim's
 * number (1…maxFailures), or null when refused.
 */
export async function claimPasswordCheck(
  db: Db,
  id: number,
  maxFailures: number,
  now: string,
): Promise<number | null> {
  const r = await db.execute(sql`
    UPDATE account SET
      failed_attempts = CASE WHEN locked_until <= ${now}::timestamptz THEN 1 ELSE failed_attempts + 1 END,
      locked_until = CASE WHEN locked_until <= ${now}::timestamptz THEN NULL ELSE locked_until END
    WHERE id = ${id}
      AND (locked_until IS NULL OR locked_until <= ${now}::timestamptz)
      AND (failed_attempts < ${maxFailures} OR locked_until <= ${now}::timestamptz)
    RETURNING failed_attempts`);
  const row = (r as unknown as { rows: Array<{ failed_attempts: number }> }).rows[0];
  return row ? row.failed_attempts : null;
}

/**
 * A wrong password on the claim that reached the limit: locks the account until `lockUntil` and
 * starts the count again — unless a right password cleared the count meanwhile. Returns whether
 * the account was locked.
 */
export async function lockAfterFailure(
  db: Db,
  id: number,
  maxFailures: number,
  lockUntil: string,
  now: string,
): Promise<boolean> {
  const r = await db.execute(sql`
    UPDATE account SET failed_attempts = 0, locked_until = ${lockUntil}::timestamptz
    WHERE id = ${id} AND failed_attempts >= ${maxFailures}
      AND (locked_until IS NULL OR locked_until <= ${now}::timestamptz)
    RETURNING id`);
  return (r as unknown as { rows: unknown[] }).rows.length === 1;
}

/** Clears the failure count and any lock (an administrator's unlock). */
export async function clearLoginFailures(db: Db, id: number): Promise<void> {
  await db.update(account).set({ failedAttempts: 0, lockedUntil: null }).where(eq(account.id, id));
}

/**
 * A correct password: clears the failure count unless the account is locked at `now` (a lock set
 * by a parallel failed attempt wins). Returns false when locked.
 */
export async function recordLoginSuccess(db: Db, id: number, now: string): Promise<boolean> {
  const r = await db.execute(sql`
    UPDATE account SET failed_attempts = 0, locked_until = NULL
    WHERE id = ${id} AND (locked_until IS NULL OR locked_until <= ${now}::timestamptz)
    RETURNING id`);
  return (r as unknown as { rows: unknown[] }).rows.length === 1;
}

/**
 * Sets a new password hash, clears the failure count and any lock, and keeps the outgoing hash in
 * `password_history` (ASVS 2.1.10), of which only the newest `keepPrevious` rows per account stay:
 * one statement, so the history and the account cannot disagree.
 */
export async function replacePassword(
  db: Db,
  id: number,
  p: { passwordHash: string; mustChangePassword: boolean; changedAt: string; keepPrevious: number },
): Promise<void> {
  await db.execute(sql`
    WITH old AS (
      SELECT id, password_hash, coalesce(password_changed_at, created_at) AS at FROM account WHERE id = ${id}
    ), kept AS (
      INSERT INTO password_history (account_id, password_hash, changed_at)
      SELECT id, password_hash, at FROM old RETURNING id
    ), dropped AS (
      DELETE FROM password_history WHERE account_id = ${id} AND id NOT IN (
        SELECT h.id FROM password_history h WHERE h.account_id = ${id}
        ORDER BY h.id DESC LIMIT ${Math.max(0, p.keepPrevious - 1)})
      RETURNING id
    )
    UPDATE account SET
      password_hash = ${p.passwordHash},
      must_change_password = ${p.mustChangePassword},
      password_changed_at = ${p.changedAt}::timestamptz,
      failed_attempts = 0,
      locked_until = NULL
    WHERE id = ${id}`);
}

/** The account's current password hash and its previous ones, newest first, `count` in all. */
export async function recentPasswordHashes(db: Db, id: number, count: number): Promise<string[]> {
  const r = await db.execute(sql`
    (SELECT password_hash, 0 AS k, 0::bigint AS n FROM account WHERE id = ${id})
    UNION ALL
    (SELECT password_hash, 1 AS k, id AS n FROM password_history WHERE account_id = ${id}
     ORDER BY id DESC LIMIT ${Math.max(0, count - 1)})
    ORDER BY k, n DESC`);
  return (r as unknown as { rows: Array<{ password_hash: string }> }).rows.map((x) => x.password_hash);
}

export async function updateAccountFields(
  db: Db,
  id: number,
  fields: { displayName?: string; role?: RoleCode; scope?: Scope; disabledAt?: string | null },
): Promise<void> {
  const set: Partial<typeof account.$inferInsert> = {};
  if (fields.displayName !== undefined) set.displayName = fields.displayName;
  if (fields.role !== undefined) set.role = fields.role;
  if (fields.scope !== undefined) {
    set.scopeKind = fields.scope.kind;
    set.scopeCode = scopeCode(fields.scope);
  }
  if (fields.disabledAt !== undefined) set.disabledAt = fields.disabledAt;
  if (Object.keys(set).length > 0) await db.update(account).set(set).where(eq(account.id, id));
}

// ---------------------------------------------------------------- sessions

export interface SessionRow {
  tokenHash: string;
  accountId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  endedAt: string | null;
}

export async function insertSession(
  db: Db,
  s: {
    tokenHash: string;
    accountId: number;
    csrfToken: string;
    at: string;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await db.insert(session).values({
    tokenHash: s.tokenHash,
    accountId: s.accountId,
    csrfToken: s.csrfToken,
    createdAt: s.at,
    lastSeenAt: s.at,
    ip: s.ip,
    // 300 code points, not UTF-16 units: a cut must not leave half a surrogate pair.
    userAgent: s.userAgent === null ? null : Array.from(s.userAgent).slice(0, 300).join(''),
  });
}

export async function findSession(db: Db, tokenHash: string): Promise<SessionRow | null> {
  const rows = await db.select().from(session).where(eq(session.tokenHash, tokenHash));
  const r = rows[0];
  if (!r) return null;
  return {
    tokenHash: r.tokenHash,
    accountId: r.accountId,
    csrfToken: r.csrfToken,
    createdAt: iso(r.createdAt)!,
    lastSeenAt: iso(r.lastSeenAt)!,
    endedAt: iso(r.endedAt),
  };
}

export async function touchSession(db: Db, tokenHash: string, at: string): Promise<void> {
  await db.update(session).set({ lastSeenAt: at }).where(eq(session.tokenHash, tokenHash));
}

export async function endSession(db: Db, tokenHash: string, at: string): Promise<void> {
  await db
    .update(session)
    .set({ endedAt: at })
    .where(and(eq(session.tokenHash, tokenHash), isNull(session.endedAt)));
}

/** Deletes sessions that ended or expired before `before` (they can never be used again). */
export async function purgeSessions(db: Db, before: string): Promise<number> {
  const r = await db.execute(sql`
    DELETE FROM session WHERE coalesce(ended_at, last_seen_at) < ${before}::timestamptz RETURNING token_hash`);
  return (r as unknown as { rows: unknown[] }).rows.length;
}

export async function endSessionsOf(
  db: Db,
  accountId: number,
  at: string,
  exceptTokenHash?: string,
): Promise<void> {
  const cond = [eq(session.accountId, accountId), isNull(session.endedAt)];
  if (exceptTokenHash) cond.push(sql`${session.tokenHash} <> ${exceptTokenHash}`);
  await db
    .update(session)
    .set({ endedAt: at })
    .where(and(...cond));
}

// ---------------------------------------------------------------- audit log

export interface AuditEntry {
  at?: string;
  actorId: number | null;
  actorUsername: string | null;
  ip: string | null;
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  targetType?: string | null;
  targetId?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
  detail?: string | null;
}

export interface StoredAuditEntry extends Required<Omit<AuditEntry, 'at'>> {
  id: number;
  at: string;
}

export async function insertAuditEntries(db: Db, entries: ReadonlyArray<AuditEntry>): Promise<void> {
  if (entries.length === 0) return;
  const now = new Date().toISOString();
  await insertByUnnest(
    db,
    'audit_log',
    [
      { name: 'at', type: 'timestamptz[]', get: (e: AuditEntry) => e.at ?? now },
      { name: 'actor_id', type: 'int[]', get: (e) => e.actorId },
      { name: 'actor_username', type: 'text[]', get: (e) => e.actorUsername },
      { name: 'ip', type: 'text[]', get: (e) => e.ip },
      { name: 'action', type: 'text[]', get: (e) => e.action },
      { name: 'outcome', type: 'text[]', get: (e) => e.outcome },
      { name: 'target_type', type: 'text[]', get: (e) => e.targetType ?? null },
      { name: 'target_id', type: 'text[]', get: (e) => e.targetId ?? null },
      { name: 'old_value', type: 'jsonb[]', get: (e) => (e.oldValue === undefined ? null : e.oldValue) },
      { name: 'new_value', type: 'jsonb[]', get: (e) => (e.newValue === undefined ? null : e.newValue) },
      { name: 'detail', type: 'text[]', get: (e) => e.detail ?? null },
    ],
    entries,
  );
}

export interface AuditQuery {
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  outcome?: 'success' | 'failure' | 'denied';
  target?: string;
  page: number;
  pageSize: number;
}

export async function searchAudit(
  db: Db,
  q: AuditQuery,
): Promise<{ total: number; items: StoredAuditEntry[] }> {
  const cond: SQL[] = [];
  if (q.from) cond.push(gte(auditLog.at, q.from));
  if (q.to) cond.push(lte(auditLog.at, q.to));
  if (q.actor) cond.push(eq(auditLog.actorUsername, q.actor));
  if (q.action) cond.push(eq(auditLog.action, q.action));
  if (q.outcome) cond.push(eq(auditLog.outcome, q.outcome));
  if (q.target) {
    const like = `%${q.target.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    cond.push(or(eq(auditLog.targetId, q.target), ilike(auditLog.detail, like))!);
  }
  const where = cond.length > 0 ? and(...cond) : undefined;
  const totalRows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(where);
  const rows = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    total: totalRows[0]?.n ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      at: iso(r.at)!,
      actorId: r.actorId,
      actorUsername: r.actorUsername,
      ip: r.ip,
      action: r.action,
      outcome: r.outcome as StoredAuditEntry['outcome'],
      targetType: r.targetType,
      targetId: r.targetId,
      oldValue: r.oldValue,
      newValue: r.newValue,
      detail: r.detail,
    })),
  };
}
