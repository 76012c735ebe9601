/**
 * Issue 12, written as the attacks that were run: parallel logins for one account (the count is
 * claimed before the password is checked, every refused attempt answers alike), brute force of
 * "change password", 三权分立 (account administration cannot create, change, reset or disable
 * security-audit accounts), common, demo and reused passwords, the cost of a check for accounts
 * still on their generated first password, and the audit of out-of-scope account reads, refused
 * privilege changes and "user name taken" answers (which are also rate-limited). On PGlite and,
 * with TEST_DATABASE_URL, PostgreSQL. Password checks are counted by the scrypt computations they
 * make (node:crypto's scrypt, observed), never by timing.
 */
import type * as NodeCrypto from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { loadRoles, ROLES_FILE } from '../../src/app/access/roles.loader.ts';
import type { Manager } from '../../src/app/access/users.service.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { setDatasetInfo } from '../../src/db/registry/registry.repository.ts';
import { createTestAccounts, login, TEST_PASSWORD, type Login } from '../support/accounts.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

/** log2(N) of every scrypt computation, in order (hashing and checking alike). */
const scrypts = vi.hoisted(() => ({ log2N: [] as number[] }));
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof NodeCrypto>();
  const scrypt = (...args: Parameters<typeof crypto.scrypt>) => {
    const options = args[3] as { N: number };
    scrypts.log2N.push(Math.log2(options.N));
    return (crypto.scrypt as (...a: unknown[]) => void)(...args);
  };
  return { ...crypto, default: { ...crypto, scrypt }, scrypt };
});

/** What every refused login answers, worked out from the issue: 423, one code, one message. */
const LOCKED = {
  code: 'ACCOUNT_LOCKED',
  message: '连续登录失败次数过多，账号已锁定 15 分钟，请稍后再试',
  details: [],
};
const COMMON =
  '密码过于常见：它（或去掉末尾的数字和符号、把 @、0、1、3、$ 等还原为字母后）在常见密码表中，容易被猜中，请换一个';
const CLI: Manager = { actor: { id: null, username: 'cli:test', ip: null }, session: null };

describe.each(testBackends())('hardened access on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let now = new Date('2026-11-28T01:00:00Z');
  const advance = (minutes: number) => {
    now = new Date(now.getTime() + minutes * 60_000);
  };

  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await backend.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    ctx = createAppContextFrom(database, { ...loadPlan(), orgCode: '999900' }, { clock: () => now });
    // Login rate limits out of the way (they are per real time); the lockout is what is tested.
    app = await buildApp(ctx, {
      loginLimits: {
        failuresPerIp: 100_000,
        failuresPerUser: 100_000,
        windowMs: 60_000,
        takenNamesPerManager: 3,
        takenNamesWindowMs: 3_600_000,
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const req = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, s?: Login, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers: s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {},
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  const loginAs = (username: string, password: string) =>
    req('POST', '/api/v1/session', undefined, { username, password });
  const audit = async (q: {
    action?: string;
    actor?: string;
    outcome?: 'success' | 'failure' | 'denied';
  }) => {
    await ctx.audit.flush(); // out-of-scope refusals are recorded right after the answer
    return (await ctx.audit.search({ ...q, page: 1, pageSize: 500 })).items;
  };
  const idOf = async (username: string) => ctx.users.idOf(CLI, username);
  const newAccount = async (username: string, password: string) => {
    await ctx.users.create(CLI, {
      username,
      displayName: username,
      role: 'cityStaff',
      scopeCode: '999900',
      password,
    });
  };

  describe('parallel logins (the race that revealed the password)', () => {
    const RIGHT = 'Race#Horse2026';
    // Where the right password stands among the ten, round by round: late, first, middle…
    const POSITIONS = [9, 0, 6, 3, 8, 5, 7];

    it('checks at most 5 passwords per lock and answers every refused attempt identically', async () => {
      await newAccount('racer', RIGHT);
      let refusedRight = 0;
      for (const position of POSITIONS) {
        advance(16); // the previous round's lock has expired: a fresh count
        scrypts.log2N.length = 0;
        const answers = await Promise.all(
          Array.from({ length: 10 }, (_, i) => loginAs('racer', i === position ? RIGHT : `Wrong#Guess${i}x`)),
        );
        const right = answers[position]!;
        // Each check is one scrypt computation at the standard cost (2^12 in tests). Once the right
        // password got in, the count starts again (the attacker is in anyway); until then, at most 5.
        expect(scrypts.log2N.length, `round with the right password at ${position}`).toBeLessThanOrEqual(
          right.statusCode === 200 ? 10 : 5,
        );
        const wrong = answers.filter((_, i) => i !== position);
        expect(wrong.every((a) => a.statusCode === 401 || a.statusCode === 423)).toBe(true);
        // Until a right password gets in, at most 4 plain failures: the fifth check locks, and is
        // answered like the refused ones.
        if (right.statusCode !== 200)
          expect(wrong.filter((a) => a.statusCode === 401).length).toBeLessThanOrEqual(4);
        for (const a of answers.filter((x) => x.statusCode === 423)) expect(a.json().error).toEqual(LOCKED);
        if (right.statusCode === 423) {
          refusedRight++;
          // Indistinguishable: same status, same body, as every other refused attempt.
          expect(right.json().error).toEqual(LOCKED);
          // The account is locked: the right password alone, afterwards, is refused unchecked.
          scrypts.log2N.length = 0;
          const after = await loginAs('racer', RIGHT);
          expect(after.statusCode).toBe(423);
          expect(after.json().error).toEqual(LOCKED);
          expect(scrypts.log2N).toEqual([]);
        } else {
          // A right password checked among the first five gets in (fewer than 5 failures before it).
          expect(right.statusCode).toBe(200);
        }
      }
      // The case of the report happened: the right password came too late and was refused (on
      // PGlite the attempts are claimed in the order sent, on PostgreSQL in any order).
      expect(refusedRight).toBeGreaterThanOrEqual(1);
    });

    it('treats an unknown user name the same way: 5 checks, then the same answer', async () => {
      await loginAs('warmup', 'Wrong#Guess0x'); // makes the dummy hash of unknown names once
      scrypts.log2N.length = 0;
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) => loginAs('ghostracer', `Wrong#Guess${i}x`)),
      );
      expect(scrypts.log2N.length).toBeLessThanOrEqual(5);
      expect(answers.filter((a) => a.statusCode === 401).length).toBe(4);
      const locked = answers.filter((a) => a.statusCode === 423);
      expect(locked).toHaveLength(6);
      for (const a of locked) expect(a.json().error).toEqual(LOCKED);
    });
  });

  describe('change password brute force', () => {
    it('counts wrong current passwords toward the lockout, ends the sessions, and an admin unlock lifts it', async () => {
      await newAccount('changer', 'Change#Me2026x');
      const s = await login(app, 'changer', 'Change#Me2026x');
      scrypts.log2N.length = 0;
      const answers = [];
      for (let i = 0; i < 40; i++) {
        answers.push(
          await req('POST', '/api/v1/session/password', s, {
            currentPassword: `Wrong#Current${i}`,
            newPassword: 'Brand#New2026xy',
          }),
        );
      }
      expect(scrypts.log2N.length).toBe(5);
      expect(answers.slice(0, 4).map((a) => a.statusCode)).toEqual([400, 400, 400, 400]);
      expect(answers[0]!.json().error.message).toBe('当前密码错误');
      expect(answers[4]!.statusCode).toBe(423);
      expect(answers[4]!.json().error).toEqual(LOCKED);
      // The lock ended the session: the rest never reach a password check.
      expect(answers.slice(5).every((a) => a.statusCode === 401)).toBe(true);
      const right = await req('POST', '/api/v1/session/password', s, {
        currentPassword: 'Change#Me2026x',
        newPassword: 'Brand#New2026xy',
      });
      expect(right.statusCode).toBe(401);
      // And the account is locked: the right password answers as login's lock does.
      const relogin = await loginAs('changer', 'Change#Me2026x');
      expect(relogin.statusCode).toBe(423);
      expect(relogin.json().error).toEqual(LOCKED);
      const rows = await audit({ action: 'password.change', actor: 'changer' });
      expect(rows.filter((r) => r.outcome === 'failure')).toHaveLength(5);
      // An administrator lifts the lock.
      const admin = await login(app, 'cityadmin');
      const unlocked = await req('PATCH', `/api/v1/users/${await idOf('changer')}`, admin, { unlock: true });
      expect(unlocked.statusCode).toBe(200);
      expect((await loginAs('changer', 'Change#Me2026x')).statusCode).toBe(200);
    });

    it('checks at most 5 current passwords when they arrive in parallel', async () => {
      await newAccount('changer2', 'Change#Me2026x');
      const s = await login(app, 'changer2', 'Change#Me2026x');
      scrypts.log2N.length = 0;
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          req('POST', '/api/v1/session/password', s, {
            currentPassword: `Wrong#Current${i}`,
            newPassword: 'Brand#New2026xy',
          }),
        ),
      );
      expect(scrypts.log2N.length).toBeLessThanOrEqual(5);
      expect(answers.filter((a) => a.statusCode === 400).length).toBeLessThanOrEqual(4);
      for (const a of answers.filter((x) => x.statusCode === 423)) expect(a.json().error).toEqual(LOCKED);
      expect((await loginAs('changer2', 'Change#Me2026x')).json().error).toEqual(LOCKED);
    });
  });

  describe('三权分立: security-audit accounts are out of reach of account administration', () => {
    const auditorRows = async (action: string) =>
      (await audit({ action, actor: 'cityadmin', outcome: 'denied' })).filter(
        (r) => r.targetType === 'account',
      );

    it('refuses an administrator creating an auditAdmin account, and records the attempt', async () => {
      const admin = await login(app, 'cityadmin');
      const res = await req('POST', '/api/v1/users', admin, {
        username: 'mole',
        displayName: '假审计员',
        role: 'auditAdmin',
        scopeCode: '999900',
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
      expect(res.json().error.message).toContain('安全审计账号只能由服务器上的操作员');
      expect(res.json().error.message).toContain('eduplan user');
      await expect(idOf('mole')).rejects.toThrow('账号 mole 不存在');
      const row = (await auditorRows('account.create')).find((r) => r.targetId === 'mole');
      expect(row).toMatchObject({ outcome: 'denied', newValue: { role: 'auditAdmin' } });
    });

    it('refuses disabling, resetting, unlocking or renaming the real auditor', async () => {
      const admin = await login(app, 'cityadmin');
      const id = await idOf('auditor');
      const attempts: Array<[string, Promise<{ statusCode: number; json(): any }>]> = [
        ['account.disable', req('PATCH', `/api/v1/users/${id}`, admin, { disabled: true })],
        ['account.reset', req('POST', `/api/v1/users/${id}/password-reset`, admin)],
        ['account.unlock', req('PATCH', `/api/v1/users/${id}`, admin, { unlock: true })],
        ['account.update', req('PATCH', `/api/v1/users/${id}`, admin, { displayName: '改名' })],
        ['account.permission', req('PATCH', `/api/v1/users/${id}`, admin, { role: 'readOnly' })],
      ];
      for (const [action, p] of attempts) {
        const res = await p;
        expect(res.statusCode, action).toBe(403);
        expect(res.json().error.message, action).toContain('安全审计角色');
        expect(
          (await auditorRows(action)).some((r) => r.targetId === 'auditor'),
          `${action} recorded`,
        ).toBe(true);
      }
      // Nothing changed: the auditor still logs in and reads the audit log.
      const auditor = await login(app, 'auditor');
      expect((await req('GET', '/api/v1/audit?pageSize=1', auditor)).statusCode).toBe(200);
      expect((await req('GET', `/api/v1/users/${id}`, admin)).json().account).toMatchObject({
        displayName: '测试auditor',
        disabled: false,
        role: 'auditAdmin',
      });
    });

    it('refuses turning another account into an auditAdmin', async () => {
      const admin = await login(app, 'cityadmin');
      const id = await idOf('citystaff');
      const res = await req('PATCH', `/api/v1/users/${id}`, admin, { role: 'auditAdmin' });
      expect(res.statusCode).toBe(403);
      expect((await req('GET', `/api/v1/users/${id}`, admin)).json().account.role).toBe('cityStaff');
      expect(
        (await auditorRows('account.permission')).some(
          (r) => r.targetId === 'citystaff' && (r.newValue as { role?: string }).role === 'auditAdmin',
        ),
      ).toBe(true);
    });

    it('refuses an account import holding a security-audit row, creating nothing', async () => {
      const admin = await login(app, 'cityadmin');
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('账号');
      ws.addRow(['用户名', '姓名', '角色', '所属单位代码']);
      ws.addRow(['okclerk', '正常', '学校填报员', 'KC00000001']);
      ws.addRow(['mole2', '假审计员', '安全审计员', '999900']);
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/users/import',
        headers: {
          cookie: admin.cookie,
          'x-csrf-token': admin.csrf,
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
        payload: Buffer.from(await wb.xlsx.writeBuffer()),
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.details).toEqual([
        {
          field: '第 3 行「角色」',
          value: 'auditAdmin',
          message: '不能通过导入新建“安全审计员”账号（安全审计角色）',
        },
      ]);
      await expect(idOf('okclerk')).rejects.toThrow();
      expect(
        (await audit({ action: 'account.import', actor: 'cityadmin', outcome: 'denied' })).length,
      ).toBeGreaterThanOrEqual(1);
    });

    it('leaves the documented procedure, the operator at the command line, able to manage auditors', async () => {
      const r = await ctx.users.create(CLI, {
        username: 'auditor2',
        displayName: '第二审计员',
        role: 'auditAdmin',
        scopeCode: '999900',
      });
      expect(r.account.role).toBe('auditAdmin');
      const id = r.account.id;
      expect((await ctx.users.update(CLI, id, { disabled: true })).disabled).toBe(true);
      expect((await ctx.users.update(CLI, id, { disabled: false })).disabled).toBe(false);
      expect((await ctx.users.update(CLI, id, { unlock: true })).lockedUntil).toBeNull();
      const reset = await ctx.users.resetPassword(CLI, id);
      expect((await loginAs('auditor2', reset.initialPassword)).statusCode).toBe(200);
    });

    it('refuses a roles file that lets account administration hand out or read the audit role', () => {
      const dir = mkdtempSync(join(tmpdir(), 'roles-'));
      const original = readFileSync(ROLES_FILE, 'utf8');
      const variant = (name: string, text: string) => {
        const file = join(dir, name);
        writeFileSync(file, text);
        return () => loadRoles(file);
      };
      const assigns = variant(
        'assigns.yaml',
        original.replace(
          'assignableRoles: [cityAdmin, cityStaff',
          'assignableRoles: [cityAdmin, auditAdmin, cityStaff',
        ),
      );
      expect(assigns).toThrow('三权分立：安全审计角色 auditAdmin 不能由账号管理分配');
      const reads = variant(
        'reads.yaml',
        // audit.read added first in the readOnly role's permission list (however the list is laid out).
        original.replace(/(- code: readOnly[\s\S]*?permissions:\s*\[)/, '$1audit.read, '),
      );
      expect(reads).toThrow(
        '只有安全审计角色（securityAudit: true）可以有 audit.read 权限，角色 readOnly 不是',
      );
    });
  });

  describe('common, demo and reused passwords', () => {
    it('refuses the issue’s common passwords and the demo password outside demo mode, naming the rule', async () => {
      await newAccount('chooser', 'Choose#Well2026');
      const s = await login(app, 'chooser', 'Choose#Well2026');
      for (const pw of ['Password1', 'P@ssw0rd', 'Qwerty123!', '12345678Aa']) {
        const res = await req('POST', '/api/v1/session/password', s, {
          currentPassword: 'Choose#Well2026',
          newPassword: pw,
        });
        expect(res.statusCode, pw).toBe(400);
        expect(res.json().error.message, pw).toBe(`新密码不符合要求：${COMMON}`);
        expect(res.json().error.details, pw).toEqual([{ field: 'newPassword', message: COMMON }]);
      }
      const demo = await req('POST', '/api/v1/session/password', s, {
        currentPassword: 'Choose#Well2026',
        newPassword: 'Demo#2027jn',
      });
      expect(demo.statusCode).toBe(400);
      expect(demo.json().error.message).toContain('不能使用公开的演示密码');
      // The refusals were right current passwords: no lockout built up meanwhile.
      expect((await loginAs('chooser', 'Choose#Well2026')).statusCode).toBe(200);
      // A password chosen at creation follows the same rules.
      await expect(newAccount('chooser2', 'P@ssw0rd')).rejects.toThrow(COMMON);
    });

    it('refuses the current and the previous passwords, also after an administrator reset', async () => {
      const first = 'Oldest#Pass2026';
      await newAccount('reuser', first);
      const s = await login(app, 'reuser', first);
      const change = (current: string, next: string) =>
        req('POST', '/api/v1/session/password', s, { currentPassword: current, newPassword: next });
      expect((await change(first, first)).json().error.message).toBe(
        '新密码不符合要求：新密码不能与当前密码相同',
      );
      expect((await change(first, 'Second#Pass2026')).statusCode).toBe(200);
      expect((await change('Second#Pass2026', 'Third#Pass2026x')).statusCode).toBe(200);
      const back = await change('Third#Pass2026x', first);
      expect(back.statusCode).toBe(400);
      expect(back.json().error.message).toBe('新密码不符合要求：新密码不能与最近 5 次使用过的密码相同');
      // A reset by an administrator does not wipe the history.
      const admin = await login(app, 'cityadmin');
      const reset = await req('POST', `/api/v1/users/${await idOf('reuser')}/password-reset`, admin);
      const initial = reset.json().initialPassword as string;
      const s2 = await login(app, 'reuser', initial);
      const again = await req('POST', '/api/v1/session/password', s2, {
        currentPassword: initial,
        newPassword: 'Third#Pass2026x',
      });
      expect(again.json().error.message).toBe('新密码不符合要求：新密码不能与最近 5 次使用过的密码相同');
      expect(
        (
          await req('POST', '/api/v1/session/password', s2, {
            currentPassword: initial,
            newPassword: 'Fourth#Pass2026',
          })
        ).statusCode,
      ).toBe(200);
    });
  });

  describe('the cost of a check does not tell who is on a generated first password', () => {
    it('computes the standard hash alongside a cheaper stored one', async () => {
      const before = process.env.EDUPLAN_SCRYPT_LOG2N;
      process.env.EDUPLAN_SCRYPT_LOG2N = '13'; // standard 2^13 here, first passwords stay 2^12
      try {
        const initial = await ctx.users.create(CLI, {
          username: 'firsttimer',
          displayName: '首次',
          role: 'cityStaff',
          scopeCode: '999900',
        });
        await newAccount('oldhand', 'Veteran#Pass2026');
        scrypts.log2N.length = 0;
        expect((await loginAs('firsttimer', 'Wrong#Pass2026')).statusCode).toBe(401);
        expect([...scrypts.log2N].sort()).toEqual([12, 13]);
        scrypts.log2N.length = 0;
        expect((await loginAs('oldhand', 'Wrong#Pass2026')).statusCode).toBe(401);
        expect(scrypts.log2N).toEqual([13]);
        scrypts.log2N.length = 0;
        expect((await loginAs('firsttimer', initial.initialPassword!)).statusCode).toBe(200);
        expect([...scrypts.log2N].sort()).toEqual([12, 13]);
      } finally {
        process.env.EDUPLAN_SCRYPT_LOG2N = before;
      }
    });
  });

  describe('audit of account refusals and of "user name taken"', () => {
    it('records a county reading, changing or resetting another county’s account, answered 404', async () => {
      const county = await login(app, 'county1');
      const id = await idOf('county2');
      const answers = [
        await req('GET', `/api/v1/users/${id}`, county),
        await req('PATCH', `/api/v1/users/${id}`, county, { displayName: '改名' }),
        await req('POST', `/api/v1/users/${id}/password-reset`, county),
      ];
      const missing = await req('GET', '/api/v1/users/999999', county);
      for (const a of answers) {
        expect(a.statusCode).toBe(404);
        expect(a.json().error).toEqual({ ...missing.json().error, message: `账号 ${id} 不存在` });
      }
      const rows = (await audit({ action: 'access.denied', actor: 'county1' })).filter(
        (r) => r.targetType === 'account',
      );
      expect(rows.filter((r) => r.targetId === String(id))).toHaveLength(3);
      expect(rows.some((r) => r.targetId === '999999')).toBe(false);
    });

    it('records refused privilege changes: a role not assignable, one’s own role, a peer above', async () => {
      const county = await login(app, 'county1');
      const admin = await login(app, 'cityadmin');
      const boss = await req('POST', '/api/v1/users', county, {
        username: 'boss2',
        displayName: '越权',
        role: 'cityAdmin',
        scopeCode: '999901',
      });
      expect(boss.statusCode).toBe(400);
      const me = (await req('GET', '/api/v1/session', admin)).json().account.id;
      const self = await req('PATCH', `/api/v1/users/${me}`, admin, { role: 'readOnly' });
      expect(self.statusCode).toBe(403);
      const peer = await req('PATCH', `/api/v1/users/${await idOf('county1')}`, county, {
        displayName: '自改',
      });
      expect(peer.statusCode).toBe(403);
      const denied = await audit({ outcome: 'denied' });
      expect(
        denied.some(
          (r) => r.action === 'account.create' && r.actorUsername === 'county1' && r.targetId === 'boss2',
        ),
      ).toBe(true);
      expect(
        denied.some(
          (r) =>
            r.action === 'account.permission' &&
            r.actorUsername === 'cityadmin' &&
            r.targetId === 'cityadmin',
        ),
      ).toBe(true);
      expect(
        denied.some(
          (r) => r.action === 'account.update' && r.actorUsername === 'county1' && r.targetId === 'county1',
        ),
      ).toBe(true);
    });

    it('records each 409 and limits them per administrator', async () => {
      const county = await login(app, 'county2');
      const taken = () =>
        req('POST', '/api/v1/users', county, {
          username: 'citystaff', // exists, outside county2's scope
          displayName: '探测',
          role: 'schoolClerk',
          scopeCode: 'KB00000002',
        });
      for (let i = 0; i < 3; i++) expect((await taken()).statusCode).toBe(409);
      const limited = await taken();
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe('RATE_LIMITED');
      // Limited whatever the name: the answer no longer tells whether one exists.
      const free = await req('POST', '/api/v1/users', county, {
        username: 'freename',
        displayName: '空闲',
        role: 'schoolClerk',
        scopeCode: 'KB00000002',
      });
      expect(free.statusCode).toBe(429);
      const rows = await audit({ action: 'account.create', actor: 'county2' });
      expect(rows.filter((r) => r.outcome === 'failure' && r.targetId === 'citystaff')).toHaveLength(3);
      expect(rows.some((r) => r.outcome === 'denied' && r.detail?.includes('限流'))).toBe(true);
      // Another administrator keeps its own budget.
      const county1 = await login(app, 'county1');
      const other = await req('POST', '/api/v1/users', county1, {
        username: 'citystaff',
        displayName: '重复',
        role: 'schoolClerk',
        scopeCode: 'KA00000003',
      });
      expect(other.statusCode).toBe(409);
    });

    it('counts taken names in a rejected import toward the same limit, and records them', async () => {
      const admin = await login(app, 'cityadmin');
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('账号');
      ws.addRow(['用户名', '姓名', '角色', '所属单位代码']);
      for (const name of ['county1', 'county2', 'clerk'])
        ws.addRow([name, '探测', '学校填报员', 'KC00000002']);
      const upload = async () =>
        app.inject({
          method: 'POST',
          url: '/api/v1/users/import',
          headers: {
            cookie: admin.cookie,
            'x-csrf-token': admin.csrf,
            'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          },
          payload: Buffer.from(await wb.xlsx.writeBuffer()),
        });
      const first = await upload();
      expect(first.statusCode).toBe(400);
      expect(first.json().error.details.map((d: { message: string }) => d.message)).toEqual([
        '用户名已被使用',
        '用户名已被使用',
        '用户名已被使用',
      ]);
      const row = (await audit({ action: 'account.import', actor: 'cityadmin' }))[0]!;
      expect(row.newValue).toEqual({ takenUsernames: ['county1', 'county2', 'clerk'] });
      expect((await upload()).statusCode).toBe(429);
    });
  });

  describe('demo mode', () => {
    it('lets only the demo accounts keep the demo password while the database holds demo data', async () => {
      await setDatasetInfo(ctx.database.db, 'demo', {
        seed: 1,
        generatedAt: now.toISOString(),
        notice: '演示',
      });
      await setDatasetInfo(ctx.database.db, 'demoAccounts', [
        { username: 'demouser', displayName: '演示', role: 'cityStaff', scopeCode: '999900' },
      ]);
      await newAccount('demouser', 'Before#Demo2026');
      await newAccount('plainuser', 'Before#Demo2026');
      const change = async (username: string) => {
        const s = await login(app, username, 'Before#Demo2026');
        return req('POST', '/api/v1/session/password', s, {
          currentPassword: 'Before#Demo2026',
          newPassword: 'Demo#2027jn',
        });
      };
      expect((await change('demouser')).statusCode).toBe(200);
      const plain = await change('plainuser');
      expect(plain.statusCode).toBe(400);
      expect(plain.json().error.message).toContain('不能使用公开的演示密码');
    });
  });

  it('keeps the test password acceptable (a sanity check of the list against the suites’ passwords)', async () => {
    await newAccount('sanity', TEST_PASSWORD.replace('Test', 'Sane'));
    expect((await loginAs('sanity', 'Sane#Pass2026')).statusCode).toBe(200);
  });

  it('cuts a long User-Agent at 300 characters without leaving half an emoji', async () => {
    // 299 letters and an emoji (two UTF-16 units): a cut at 300 units would keep a lone surrogate.
    const userAgent = `${'a'.repeat(299)}😀 tail`;
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'user-agent': userAgent },
      payload: { username: 'citystaff', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const r = await database.db.execute(sql`SELECT user_agent FROM session WHERE user_agent LIKE 'aaaa%'`);
    const stored = (r as unknown as { rows: Array<{ user_agent: string }> }).rows.map((x) => x.user_agent);
    expect(stored).toEqual([`${'a'.repeat(299)}😀`]);
  });
});
