/**
 * Login, sessions and password changes (等保 2.0 三级 身份鉴别; OWASP ASVS 2/3):
 * - passwords checked against scrypt hashes; unknown users take the same time as known ones;
 * - 5 failures lock the account for 15 minutes (the password is not even checked while locked);
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
  recordLoginFailure,
  recordLoginSuccess,
  setPassword,
  touchSession,
  type StoredAccount,
} from '../../db/access/access.repository.ts';
import type { Account, Permission, RoleDefinition } from '../../domain/access/access.types.ts';
import { checkPassword } from '../../domain/access/password.policy.ts';
import { AppError } from '../app-error.ts';
import type { Actor, AuditService } from './audit.service.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.hasher.ts';
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

  /** Failures for user names that do not exist, so that they lock exactly like real ones. */
  private readonly phantomFailures = new Map<string, { attempts: number; lockedUntil: number }>();

  private lockedError(untilMs: number, nowMs: number): AppError {
    const minutes = Math.max(1, Math.ceil((untilMs - nowMs) / 60_000));
    return new AppError('ACCOUNT_LOCKED', `连续登录失败次数过多，账号已锁定，请 ${minutes} 分钟后再试`);
  }

  async login(
    usernameInput: string,
    password: string,
    from: { ip: string | null; userAgent: string | null },
  ): Promise<{ token: string; csrfToken: string; account: Account }> {
    const username = usernameInput.trim().toLowerCase();
    const now = this.clock();
    const nowMs = now.getTime();
    // What was typed as a user name may be a password: keep it only if it could be a user name.
    const shownName = /^[a-z0-9_.-]{1,64}$/.test(username) ? username : '（无效的用户名）';
    const actorFor = (a: StoredAccount | null): Actor => ({
      id: a?.id ?? null,
      username: shownName,
      ip: from.ip,
    });
    const failed = new AppError('LOGIN_FAILED', '用户名或密码错误');
    const lockMs = this.settings.lockMinutes * 60_000;
    const acc = await findAccountByUsername(this.db, username);
    if (!acc) {
      const p = this.phantomFailures.get(username) ?? { attempts: 0, lockedUntil: 0 };
      if (p.lockedUntil > nowMs) throw this.lockedError(p.lockedUntil, nowMs);
      await verifyPassword(password, await dummyPasswordHash());
      p.attempts += 1;
      const lock = p.attempts >= this.settings.maxFailures;
      this.phantomFailures.set(username, lock ? { attempts: 0, lockedUntil: nowMs + lockMs } : p);
      if (this.phantomFailures.size > 10_000) this.phantomFailures.clear();
      await this.audit.record(actorFor(null), {
        action: 'login',
        outcome: 'failure',
        detail: '用户名不存在',
      });
      if (lock)
        throw new AppError(
          'ACCOUNT_LOCKED',
          `连续登录失败 ${this.settings.maxFailures} 次，账号已锁定 ${this.settings.lockMinutes} 分钟`,
        );
      throw failed;
    }
    const target = { targetType: 'account', targetId: acc.username };
    if (acc.lockedUntil && Date.parse(acc.lockedUntil) > nowMs) {
      await this.audit.record(actorFor(acc), {
        action: 'login',
        outcome: 'denied',
        ...target,
        detail: '账号锁定中',
      });
      throw this.lockedError(Date.parse(acc.lockedUntil), nowMs);
    }
    const ok = await verifyPassword(password, acc.passwordHash);
    if (!ok) {
      const r = await recordLoginFailure(
        this.db,
        acc.id,
        this.settings.maxFailures,
        new Date(nowMs + lockMs).toISOString(),
      );
      await this.audit.record(actorFor(acc), {
        action: 'login',
        outcome: 'failure',
        ...target,
        detail: r.locked
          ? `密码错误，连续 ${r.attempts} 次，账号锁定 ${this.settings.lockMinutes} 分钟`
          : `密码错误（第 ${r.attempts} 次）`,
      });
      if (r.locked) {
        throw new AppError(
          'ACCOUNT_LOCKED',
          `连续登录失败 ${r.attempts} 次，账号已锁定 ${this.settings.lockMinutes} 分钟`,
        );
      }
      throw failed;
    }
    if (acc.disabled) {
      await this.audit.record(actorFor(acc), {
        action: 'login',
        outcome: 'denied',
        ...target,
        detail: '账号已停用',
      });
      throw failed;
    }
    if (!(await recordLoginSuccess(this.db, acc.id, now.toISOString()))) {
      // Locked meanwhile by a parallel failed attempt.
      await this.audit.record(actorFor(acc), {
        action: 'login',
        outcome: 'denied',
        ...target,
        detail: '账号锁定中',
      });
      throw this.lockedError(nowMs + lockMs, nowMs);
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
      at: now.toISOString(),
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

  /** Changes the caller's own password; other sessions of the account are ended. */
  async changePassword(ctx: SessionContext, current: string, next: string, ip: string | null): Promise<void> {
    const actor: Actor = { id: ctx.account.id, username: ctx.account.username, ip };
    const acc = await findAccountById(this.db, ctx.account.id);
    if (!acc) throw new AppError('UNAUTHENTICATED', '请先登录');
    if (!(await verifyPassword(current, acc.passwordHash))) {
      await this.audit.record(actor, {
        action: 'password.change',
        outcome: 'failure',
        targetType: 'account',
        targetId: String(acc.id),
        detail: '当前密码错误',
      });
      throw new AppError('VALIDATION_FAILED', '当前密码错误', [
        { field: 'currentPassword', message: '当前密码错误' },
      ]);
    }
    const problems = checkPassword(next, acc.username);
    if (current === next) problems.push('新密码不能与当前密码相同');
    if (problems.length > 0) {
      throw new AppError(
        'VALIDATION_FAILED',
        `新密码不符合要求：${problems.join('；')}`,
        problems.map((message) => ({ field: 'newPassword', message })),
      );
    }
    const now = this.clock().toISOString();
    await setPassword(this.db, acc.id, await hashPassword(next), false, now);
    await endSessionsOf(this.db, acc.id, now, ctx.tokenHash);
    await this.audit.record(actor, {
      action: 'password.change',
      outcome: 'success',
      targetType: 'account',
      targetId: String(acc.id),
    });
  }
}
