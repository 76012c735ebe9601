/**
 * Login, sessions and password changes (等保 2.0 三级 身份鉴别; OWASP ASVS 2/3):
 * - passwords checked against scrypt hashes; unknown users take the same time as known ones, and
 *   every check costs at least the standard scrypt work (password.hasher.ts);
 * - each check is claimed in the database before the password is checked, so parallel attempts
 *   are serialised: at most 5 passwords are checked, then the account is locked for 15 minutes
 *   (no password is checked while locked), and every refused attempt gets the same answer;
 *   wrong current passwords in "change password" count the same way;
 * - sessions live in the database (they survive a restart), expire after 30 idle minutes and
 *   12 hours in all, and carry their own CSRF token;
 * - a first login (or one after a reset) must change the password before anything else.
 * Every login, failure, logout and password change is written to the audit log.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import {
  endSession,
  endSessionsOf,
  findAccountById,
  findAccountByUsername,
  findSession,
  insertSession,
  purgeSessions,
  claimPasswordCheck,
  lockAfterFailure,
  recordLoginSuccess,
  replacePassword,
  touchSession,
  type StoredAccount,
} from '../../db/access/access.repository.ts';
import type { Account, Permission, RoleDefinition } from '../../domain/access/access.types.ts';
import { AppError } from '../app-error.ts';
import type { Actor, AuditService } from './audit.service.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.hasher.ts';
import { newPasswordProblems, PASSWORD_HISTORY } from './password.rules.ts';
import type { RoleTable } from './roles.loader.ts';

export type Clock = () => Date;

export interface AuthSettings {
  maxFailures: number;
  lockMinutes: number;
  idleMinutes: number;
  absoluteHours: number;
  /** Write last_seen_at at most this often (fewer writes; idle timeout stays accurate to it). */
  touchSeconds: number;
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  maxFailures: 5,
  lockMinutes: 15,
  idleMinutes: 30,
  absoluteHours: 12,
  touchSeconds: 60,
};

/** The caller of a request, as the API layer sees it. */
export interface SessionContext {
  account: Account;
  role: RoleDefinition;
  permissions: ReadonlySet<Permission>;
  csrfToken: string;
  tokenHash: string;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

function publicAccount(a: StoredAccount): Account {
  const { passwordHash: _omit, ...rest } = a;
  return rest;
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly roles: RoleTable,
    private readonly audit: AuditService,
    private readonly clock: Clock = () => new Date(),
    private readonly settings: AuthSettings = DEFAULT_AUTH_SETTINGS,
  ) {}

  private role(a: Account): RoleDefinition {
    const r = this.roles.get(a.role);
    if (!r) throw new AppError('FORBIDDEN', `账号的角色“${a.role}”未在角色配置中定义`);
    return r;
  }

  /**
   * Claimed checks for user names that do not exist, so that they lock exactly like real ones
   * (claimed synchronously, before any await: parallel attempts cannot slip past the count).
   */
  private readonly phantomFailures = new Map<string, { attempts: number; lockedUntil: number }>();

  private claimPhantom(username: string, nowMs: number): number | null {
    const p = this.phantomFailures.get(username) ?? { attempts: 0, lockedUntil: 0 };
    if (p.lockedUntil > nowMs) return null;
    const fresh = p.lockedUntil > 0 ? { attempts: 0, lockedUntil: 0 } : p;
    if (fresh.attempts >= this.settings.maxFailures) return null;
    fresh.attempts += 1;
    if (this.phantomFailures.size >= 10_000 && !this.phantomFailures.has(username))
      this.phantomFailures.clear();
    this.phantomFailures.set(username, fresh);
    return fresh.attempts;
  }

  /**
   * The one answer to every refused attempt: the one that set the lock, those refused while
   * locked or while the limit's worth of checks is pending, a right password refused while
   * locked, for real and unknown user names alike (nothing in it tells them apart).
   */
  private lockedError(): AppError {
    return new AppError(
      'ACCOUNT_LOCKED',
      `连续登录失败次数过多，账号已锁定 ${this.settings.lockMinutes} 分钟，请稍后再试`,
    );
  }

  /**
   * A claimed check that failed (wrong password, or a disabled account): the claim that reached
   * the limit locks the account. Returns whether this one locked it.
   */
  private async failedCheck(accountId: number, n: number, now: Date): Promise<boolean> {
    const { maxFailures, lockMinutes } = this.settings;
    if (n < maxFailures) return false;
    const lockUntil = new Date(now.getTime() + lockMinutes * 60_000).toISOString();
    return lockAfterFailure(this.db, accountId, maxFailures, lockUntil, now.toISOString());
  }

  async login(
    usernameInput: string,
    password: string,
    from: { ip: string | null; userAgent: string | null },
  ): Promise<{ token: string; csrfToken: string; account: Account }> {
    const username = usernameInput.trim().toLowerCase();
    const now = this.clock();
    const nowMs = now.getTime();
    const nowIso = now.toISOString();
    // What was typed as a user name may be a password: keep it only if it could be a user name.
    const shownName = /^[a-z0-9_.-]{1,64}$/.test(username) ? username : '（无效的用户名）';
    const actorFor = (a: StoredAccount | null): Actor => ({
      id: a?.id ?? null,
      username: shownName,
      ip: from.ip,
    });
    const failed = new AppError('LOGIN_FAILED', '用户名或密码错误');
    const { maxFailures, lockMinutes } = this.settings;
    const acc = await findAccountByUsername(this.db, username);
    if (!acc) {
      const n = this.claimPhantom(username, nowMs);
      // The same statement as a real name's claim (on no row), so the timing does not tell.
      await claimPasswordCheck(this.db, -1, maxFailures, nowIso);
      if (n === null) {
        await this.audit.record(actorFor(null), {
          action: 'login',
          outcome: 'denied',
          detail: '账号锁定中（用户名不存在）',
        });
        throw this.lockedError();
      }
      await verifyPassword(password, await dummyPasswordHash());
      const lock = n >= maxFailures;
      if (lock)
        this.phantomFailures.set(username, { attempts: 0, lockedUntil: nowMs + lockMinutes * 60_000 });
      await this.audit.record(actorFor(null), {
        action: 'login',
        outcome: 'failure',
        detail: lock ? `用户名不存在，连续 ${n} 次，锁定 ${lockMinutes} 分钟` : '用户名不存在',
      });
      if (lock) throw this.lockedError();
      throw failed;
    }
    const target = { targetType: 'account', targetId: acc.username };
    // Claimed before the password is checked: while locked, or while the limit's worth of checks
    // is pending, no password is checked at all.
    const n = await claimPasswordCheck(this.db, acc.id, maxFailures, nowIso);
    if (n === null) {
      await this.audit.record(actorFor(acc), {
        action: 'login',
        outcome: 'denied',
        ...target,
        detail: '账号锁定中',
      });
      throw this.lockedError();
    }
    const ok = await verifyPassword(password, acc.passwordHash);
    // A disabled account answers a right password like a wrong one, and counts it alike.
    if (!ok || acc.disabled) {
      const locked = await this.failedCheck(acc.id, n, now);
      const why = ok ? '账号已停用' : '密码错误';
      await this.audit.record(actorFor(acc), {
        action: 'login',
        outcome: ok ? 'denied' : 'failure',
        ...target,
        detail: locked ? `${why}，连续 ${n} 次，账号锁定 ${lockMinutes} 分钟` : `${why}（第 ${n} 次）`,
      });
      if (n >= maxFailures) throw this.lockedError();
      throw failed;
    }
    if (!(await recordLoginSuccess(this.db, acc.id, nowIso))) {
      // Locked meanwhile by a parallel failed attempt: answered like every refused attempt.
      await this.audit.record(actorFor(acc), {
        action: 'login',
        outcome: 'denied',
        ...target,
        detail: '账号锁定中（密码正确，但并行的失败尝试已锁定账号）',
      });
      throw this.lockedError();
    }
    // Housekeeping on login: sessions idle or ended for longer than the absolute limit are gone for
    // good (the audit log keeps the logins themselves).
    await purgeSessions(this.db, new Date(nowMs - this.settings.absoluteHours * 3_600_000).toISOString());
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    await insertSession(this.db, {
      tokenHash: hashToken(token),
      accountId: acc.id,
      csrfToken,
      at: nowIso,
      ip: from.ip,
      userAgent: from.userAgent,
    });
    await this.audit.record(actorFor(acc), { action: 'login', outcome: 'success', ...target });
    return { token, csrfToken, account: publicAccount(acc) };
  }

  /** The session behind a cookie token, or null if unknown, ended, idle too long, too old or disabled. */
  async authenticate(token: string): Promise<SessionContext | null> {
    if (token.length < 20 || token.length > 100) return null;
    const tokenHash = hashToken(token);
    const s = await findSession(this.db, tokenHash);
    if (!s || s.endedAt) return null;
    const now = this.clock().getTime();
    const idleLimit = Date.parse(s.lastSeenAt) + this.settings.idleMinutes * 60_000;
    const absoluteLimit = Date.parse(s.createdAt) + this.settings.absoluteHours * 3_600_000;
    if (now > idleLimit || now > absoluteLimit) {
      await endSession(this.db, tokenHash, new Date(now).toISOString());
      return null;
    }
    const acc = await findAccountById(this.db, s.accountId);
    if (!acc || acc.disabled) return null;
    if (now - Date.parse(s.lastSeenAt) > this.settings.touchSeconds * 1000) {
      await touchSession(this.db, tokenHash, new Date(now).toISOString());
    }
    const role = this.role(acc);
    return {
      account: publicAccount(acc),
      role,
      permissions: new Set(role.permissions),
      csrfToken: s.csrfToken,
      tokenHash,
    };
  }

  async logout(ctx: SessionContext, ip: string | null): Promise<void> {
    await endSession(this.db, ctx.tokenHash, this.clock().toISOString());
    await this.audit.record(
      { id: ctx.account.id, username: ctx.account.username, ip },
      { action: 'logout', outcome: 'success', targetType: 'account', targetId: ctx.account.username },
    );
  }

  /**
   * Changes the caller's own password; other sessions of the account are ended. A wrong current
   * password counts toward the lockout exactly like a failed login (claimed before it is checked);
   * the one that reaches the limit locks the account and ends all its sessions, this one included.
   */
  async changePassword(ctx: SessionContext, current: string, next: string, ip: string | null): Promise<void> {
    const actor: Actor = { id: ctx.account.id, username: ctx.account.username, ip };
    const acc = await findAccountById(this.db, ctx.account.id);
    if (!acc) throw new AppError('UNAUTHENTICATED', '请先登录');
    const now = this.clock();
    const nowIso = now.toISOString();
    const { maxFailures, lockMinutes } = this.settings;
    const target = { targetType: 'account', targetId: String(acc.id) };
    const n = await claimPasswordCheck(this.db, acc.id, maxFailures, nowIso);
    if (n === null) {
      await this.audit.record(actor, {
        action: 'password.change',
        outcome: 'denied',
        ...target,
        detail: '账号锁定中',
      });
      throw this.lockedError();
    }
    if (!(await verifyPassword(current, acc.passwordHash))) {
      const locked = await this.failedCheck(acc.id, n, now);
      if (locked) await endSessionsOf(this.db, acc.id, nowIso);
      await this.audit.record(actor, {
        action: 'password.change',
        outcome: 'failure',
        ...target,
        detail: locked
          ? `当前密码错误，连续 ${n} 次，账号锁定 ${lockMinutes} 分钟，其会话全部结束`
          : `当前密码错误（第 ${n} 次）`,
      });
      if (n >= maxFailures) throw this.lockedError();
      throw new AppError('VALIDATION_FAILED', '当前密码错误', [
        { field: 'currentPassword', message: '当前密码错误' },
      ]);
    }
    if (!(await recordLoginSuccess(this.db, acc.id, nowIso))) {
      await this.audit.record(actor, {
        action: 'password.change',
        outcome: 'denied',
        ...target,
        detail: '账号锁定中（当前密码正确，但并行的失败尝试已锁定账号）',
      });
      throw this.lockedError();
    }
    const problems = await newPasswordProblems(this.db, next, acc.username, acc.id);
    if (problems.length > 0) {
      await this.audit.record(actor, {
        action: 'password.change',
        outcome: 'failure',
        ...target,
        detail: `新密码不符合要求：${problems.join('；')}`,
      });
      throw new AppError(
        'VALIDATION_FAILED',
        `新密码不符合要求：${problems.join('；')}`,
        problems.map((message) => ({ field: 'newPassword', message })),
      );
    }
    await replacePassword(this.db, acc.id, {
      passwordHash: await hashPassword(next),
      mustChangePassword: false,
      changedAt: nowIso,
      keepPrevious: PASSWORD_HISTORY - 1,
    });
    await endSessionsOf(this.db, acc.id, nowIso, ctx.tokenHash);
    await this.audit.record(actor, { action: 'password.change', outcome: 'success', ...target });
  }
}
