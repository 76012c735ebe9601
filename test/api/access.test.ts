/**
 * Identification, sessions, CSRF, lockout, forced password change, org scope, account
 * administration and the audit log, through the HTTP API on PGlite and PostgreSQL. Time is a
 * test clock so that lockout and session expiry can be walked through without waiting.
 */
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { createTestAccounts, login, TEST_PASSWORD, type Login } from '../support/accounts.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

describe.each(testBackends())('access control on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let now = new Date('2026-11-28T01:00:00Z');
  const advance = (minutes: number) => {
    now = new Date(now.getTime() + minutes * 60_000);
  };

  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    ctx = createAppContextFrom(database, { ...loadPlan(), orgCode: '999900' }, { clock: () => now });
    app = await buildApp(ctx);
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const req = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    s?: Login,
    payload?: unknown,
    csrf = true,
  ) =>
    app.inject({
      method,
      url,
      headers: { ...(s ? { cookie: s.cookie } : {}), ...(s && csrf ? { 'x-csrf-token': s.csrf } : {}) },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  const auditRows = async (action: string) => {
    const r = await ctx.audit.search({ action, page: 1, pageSize: 500 });
    return r.items;
  };

  describe('login', () => {
    it('sets an httpOnly, SameSite=Strict session cookie and returns the CSRF token', async () => {
      const res = await req('POST', '/api/v1/session', undefined, {
        username: 'CityStaff',
        password: TEST_PASSWORD,
      });
      expect(res.statusCode).toBe(200);
      const c = res.cookies.find((x) => x.name === 'ep_session')!;
      expect(c).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
      expect(c.secure).toBeFalsy(); // plain HTTP in this test
      expect(res.json()).toMatchObject({
        account: { username: 'citystaff' },
        role: { name: '市级业务科室' },
      });
      expect(res.json().csrfToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(res.json().account).not.toHaveProperty('passwordHash');
    });

    it('answers a wrong password and an unknown user alike, and audits both', async () => {
      const wrong = await req('POST', '/api/v1/session', undefined, {
        username: 'finance',
        password: 'Wrong#Pass1',
      });
      const unknown = await req('POST', '/api/v1/session', undefined, {
        username: 'nobody',
        password: 'Wrong#Pass1',
      });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json().error).toEqual(unknown.json().error);
      expect(wrong.json().error).toMatchObject({ code: 'LOGIN_FAILED', message: '用户名或密码错误' });
      const failures = (await auditRows('login')).filter((e) => e.outcome === 'failure');
      expect(failures.map((e) => e.actorUsername)).toEqual(expect.arrayContaining(['finance', 'nobody']));
      // The failure count is reset by the next good login.
      await login(app, 'finance');
    });

    it('locks the account for 15 minutes after 5 failures, without checking the password meanwhile', async () => {
      const bad = () =>
        req('POST', '/api/v1/session', undefined, { username: 'inspector', password: 'Wrong#Pass1' });
      for (let i = 1; i <= 4; i++) expect((await bad()).statusCode).toBe(401);
      const fifth = await bad();
      expect(fifth.statusCode).toBe(423);
      expect(fifth.json().error).toMatchObject({ code: 'ACCOUNT_LOCKED' });
      expect(fifth.json().error.message).toContain('15 分钟');
      advance(14);
      const stillLocked = await req('POST', '/api/v1/session', undefined, {
        username: 'inspector',
        password: TEST_PASSWORD,
      });
      expect(stillLocked.statusCode).toBe(423);
      // Every refused attempt answers alike (issue 12): no remaining minutes that would differ.
      expect(stillLocked.json().error).toEqual(fifth.json().error);
      advance(2);
      const after = await req('POST', '/api/v1/session', undefined, {
        username: 'inspector',
        password: TEST_PASSWORD,
      });
      expect(after.statusCode).toBe(200);
      expect(
        (await auditRows('login')).some((e) => e.outcome === 'denied' && e.detail === '账号锁定中'),
      ).toBe(true);
    });
  });

  describe('parallel attempts and user-name probing', () => {
    it('counts parallel failures exactly: a burst locks the account and the right password in it fails', async () => {
      const cli = { actor: { id: null, username: 'test', ip: null }, session: null };
      await ctx.users.create(cli, {
        username: 'burst',
        displayName: '并发',
        role: 'cityStaff',
        scopeCode: '999900',
        password: TEST_PASSWORD,
      });
      // Eight at once (below the per-name rate limit of ten): the fifth failure locks the account.
      const results = await Promise.all(
        Array.from({ length: 8 }, () =>
          req('POST', '/api/v1/session', undefined, { username: 'burst', password: 'Wrong#Pass1' }),
        ),
      );
      expect(results.filter((r) => r.statusCode === 423).length).toBeGreaterThanOrEqual(1);
      const right = await req('POST', '/api/v1/session', undefined, {
        username: 'burst',
        password: TEST_PASSWORD,
      });
      expect(right.statusCode).toBe(423);
      // An administrator can lift the lock.
      const admin = await login(app, 'cityadmin');
      const id = (await req('GET', '/api/v1/users?q=burst', admin)).json().items[0].id;
      const unlocked = await req('PATCH', `/api/v1/users/${id}`, admin, { unlock: true });
      expect(unlocked.json().account.lockedUntil).toBeNull();
      expect((await auditRows('account.unlock')).some((e) => e.targetId === 'burst')).toBe(true);
      await login(app, 'burst');
    });

    it('locks an unknown user name exactly like a real one, so lockout does not reveal which exist', async () => {
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) {
        codes.push(
          (await req('POST', '/api/v1/session', undefined, { username: 'ghost', password: 'Wrong#Pass1' }))
            .statusCode,
        );
      }
      expect(codes).toEqual([401, 401, 401, 401, 423, 423]);
    });
  });

  describe('behind a TLS proxy, with tight login limits', () => {
    let tls: FastifyInstance;
    beforeAll(async () => {
      tls = await buildApp(ctx, {
        trustProxy: '127.0.0.1', // the address app.inject() comes from
        loginLimits: { failuresPerIp: 3, failuresPerUser: 10, windowMs: 60_000 },
      });
    });
    afterAll(async () => {
      await tls?.close();
    });
    const attempt = (password: string, ip = '10.0.0.7') =>
      tls.inject({
        method: 'POST',
        url: '/api/v1/session',
        headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': ip },
        payload: { username: 'citystaff', password },
      });

    it('marks the cookie Secure and sends HSTS under TLS', async () => {
      const res = await attempt(TEST_PASSWORD);
      expect(res.cookies.find((c) => c.name === 'ep_session')?.secure).toBe(true);
      expect(res.headers['strict-transport-security']).toContain('max-age=');
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    });

    it('slows down repeated failures from one address, and only failures count', async () => {
      for (let i = 0; i < 3; i++) expect((await attempt('Wrong#Pass1')).statusCode).toBe(401);
      const limited = await attempt(TEST_PASSWORD);
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe('RATE_LIMITED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      // Another address is not affected, and successes do not use up its budget.
      for (let i = 0; i < 5; i++) expect((await attempt(TEST_PASSWORD, '10.0.0.8')).statusCode).toBe(200);
      // Reset the account's failure counter for the tests that follow.
      await login(app, 'citystaff');
    });
  });

  describe('sessions', () => {
    it('expires after 30 idle minutes', async () => {
      const s = await login(app, 'finance');
      advance(29);
      expect((await req('GET', '/api/v1/session', s)).statusCode).toBe(200);
      advance(31);
      const res = await req('GET', '/api/v1/session', s);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    });

    it('expires 12 hours after login even when used all the time', async () => {
      const s = await login(app, 'finance');
      for (let h = 0; h < 11 * 3; h++) {
        advance(20);
        expect((await req('GET', '/api/v1/session', s)).statusCode).toBe(200);
      }
      advance(20 * 3 + 1); // past 12 hours since login, each step within the idle limit
      expect((await req('GET', '/api/v1/session', s)).statusCode).toBe(401);
    });

    it('survives a restart of the server (sessions live in the database)', async () => {
      const s = await login(app, 'finance');
      const restarted = await buildApp(createAppContextFrom(ctx.database, ctx.plan, { clock: () => now }));
      const res = await restarted.inject({
        method: 'GET',
        url: '/api/v1/session',
        headers: { cookie: s.cookie },
      });
      await restarted.close();
      expect(res.statusCode).toBe(200);
    });

    it('deletes sessions that ended more than 12 hours ago, at the next login', async () => {
      const count = async () => {
        const r = await ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM session`);
        return (r as unknown as { rows: Array<{ n: number }> }).rows[0]!.n;
      };
      const s = await login(app, 'finance');
      await req('DELETE', '/api/v1/session', s);
      const before = await count();
      advance(13 * 60);
      await login(app, 'finance');
      // Every session so far ended or went idle over 12 hours ago; only the new one remains.
      expect(before).toBeGreaterThan(1);
      expect(await count()).toBe(1);
    });

    it('ends on logout', async () => {
      const s = await login(app, 'finance');
      expect((await req('DELETE', '/api/v1/session', s)).statusCode).toBe(200);
      expect((await req('GET', '/api/v1/session', s)).statusCode).toBe(401);
    });
  });

  describe('CSRF', () => {
    it('refuses a state-changing request without the token or with another session’s token', async () => {
      const s = await login(app, 'cityadmin');
      const other = await login(app, 'citystaff');
      const missing = await req('DELETE', '/api/v1/session', s, undefined, false);
      expect(missing.statusCode).toBe(403);
      expect(missing.json().error.code).toBe('CSRF_FAILED');
      const foreign = await app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: { cookie: s.cookie, 'x-csrf-token': other.csrf },
        payload: {
          username: 'csrfvictim',
          displayName: '不应创建',
          role: 'schoolClerk',
          scopeCode: 'KB00000001',
        },
      });
      expect(foreign.statusCode).toBe(403);
      expect(
        (await ctx.users.list({ actor: { id: null, username: 't', ip: null }, session: null })).map(
          (a) => a.username,
        ),
      ).not.toContain('csrfvictim');
    });
  });

  describe('forced password change', () => {
    it('allows nothing but changing the password, checks the policy, then lets the user in', async () => {
      const s = await login(app, 'newbie');
      const blocked = await req('GET', '/api/v1/targets', s);
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
      const weak = [
        ['Ab1#', '至少 8 个字符'],
        ['alllowercase1', '至少 3 类'],
        ['Newbie#2026x', '不能包含用户名'],
      ];
      for (const [pw, rule] of weak) {
        const r = await req('POST', '/api/v1/session/password', s, {
          currentPassword: TEST_PASSWORD,
          newPassword: pw,
        });
        expect(r.statusCode).toBe(400);
        expect(r.json().error.message).toContain(rule);
      }
      const wrongCurrent = await req('POST', '/api/v1/session/password', s, {
        currentPassword: 'x',
        newPassword: 'Better#Pass2026',
      });
      expect(wrongCurrent.json().error.message).toBe('当前密码错误');
      const ok = await req('POST', '/api/v1/session/password', s, {
        currentPassword: TEST_PASSWORD,
        newPassword: 'Better#Pass2026',
      });
      expect(ok.statusCode).toBe(200);
      expect((await req('GET', '/api/v1/targets', s)).statusCode).toBe(200);
      await login(app, 'newbie', 'Better#Pass2026');
      expect(
        (await auditRows('password.change')).some(
          (e) => e.actorUsername === 'newbie' && e.outcome === 'success',
        ),
      ).toBe(true);
    });
  });

  describe('org scope', () => {
    it('answers another county’s school as not found, and its own as usual', async () => {
      const s = await login(app, 'county1');
      const own = await req('GET', '/api/v1/institutions/KA00000002', s);
      expect(own.statusCode).toBe(200);
      const other = await req('GET', '/api/v1/institutions/KB00000001', s);
      const missing = await req('GET', '/api/v1/institutions/XX00000001', s);
      expect(other.statusCode).toBe(404);
      // Indistinguishable from a code that does not exist, apart from the code itself.
      expect(other.json().error.code).toBe(missing.json().error.code);
      expect(other.json().error.message).toBe('学校（机构）代码 KB00000001 不存在');
      // The refusal is audited (right after the answer): who asked for what outside their scope.
      await ctx.audit.flush();
      const denied = await ctx.audit.search({
        action: 'access.denied',
        actor: 'county1',
        page: 1,
        pageSize: 50,
      });
      expect(denied.items.some((e) => e.targetType === 'institution' && e.targetId === 'KB00000001')).toBe(
        true,
      );
      expect(denied.items.some((e) => e.targetId === 'XX00000001')).toBe(false);
      expect((await req('GET', '/api/v1/targets?org=999902', s)).statusCode).toBe(404);
      const mine = await req('GET', '/api/v1/targets', s);
      expect(mine.json().org.code).toBe('999901');
      const list = await req('GET', '/api/v1/institutions?includeInactive=true', s);
      expect(list.json().items.every((i: any) => i.countyCode === '999901')).toBe(true);
      expect(list.json().total).toBe(8);
      const card = await req('GET', '/api/v1/targets/scorecard', s);
      expect(new Set(card.json().figures.map((f: any) => f.orgCode))).toEqual(new Set(['999901']));
    });

    it('lets a school clerk see only its own school and no city endpoint', async () => {
      const s = await login(app, 'clerk');
      const city = await req('GET', '/api/v1/targets', s);
      expect(city.statusCode).toBe(403);
      expect(city.json().error.code).toBe('FORBIDDEN');
      expect((await req('GET', '/api/v1/org-units', s)).statusCode).toBe(403);
      expect((await req('GET', '/api/v1/users', s)).statusCode).toBe(403);
      expect((await req('GET', '/api/v1/institutions/KA00000001', s)).statusCode).toBe(200);
      expect((await req('GET', '/api/v1/institutions/KA00000002', s)).statusCode).toBe(404);
      const list = await req('GET', '/api/v1/institutions', s);
      expect(list.json().items.map((i: any) => i.code)).toEqual(['KA00000001']);
      expect((await auditRows('access.denied')).some((e) => e.actorUsername === 'clerk')).toBe(true);
    });

    it('requires a login for data and keeps the published plan public', async () => {
      expect((await req('GET', '/api/v1/institutions')).statusCode).toBe(401);
      expect((await req('GET', '/api/v1/plan')).statusCode).toBe(200);
      const page = await req('GET', '/');
      expect(page.body).toContain('id="login-form"');
      expect(page.body).not.toContain('公办园在园幼儿占比');
    });
  });

  describe('account administration', () => {
    it('lets a county administrator create school clerks inside its county only', async () => {
      const s = await login(app, 'county1');
      const ok = await req('POST', '/api/v1/users', s, {
        username: 'ka2clerk',
        displayName: '阳光园填报员',
        role: 'schoolClerk',
        scopeCode: 'KA00000002',
      });
      expect(ok.statusCode).toBe(201);
      expect(ok.json().account).toMatchObject({ username: 'ka2clerk', mustChangePassword: true });
      expect(ok.json().initialPassword).toMatch(/^.{14}$/);
      await login(app, 'ka2clerk', ok.json().initialPassword);
      const outside = await req('POST', '/api/v1/users', s, {
        username: 'kb1clerk',
        displayName: '乙县',
        role: 'schoolClerk',
        scopeCode: 'KB00000001',
      });
      expect(outside.statusCode).toBe(400);
      // Another county's school and a code that does not exist read alike.
      const missing = await req('POST', '/api/v1/users', s, {
        username: 'zz1clerk',
        displayName: '无',
        role: 'schoolClerk',
        scopeCode: 'ZZ00000001',
      });
      expect(outside.json().error.message).toBe(
        '无法创建账号：学校（机构）代码 KB00000001 不存在或不在您的管理范围内',
      );
      expect(missing.json().error.message).toBe(
        '无法创建账号：学校（机构）代码 ZZ00000001 不存在或不在您的管理范围内',
      );
      const tooHigh = await req('POST', '/api/v1/users', s, {
        username: 'boss',
        displayName: '越权',
        role: 'cityAdmin',
        scopeCode: '370800',
      });
      expect(tooHigh.statusCode).toBe(400);
      const taken = await req('POST', '/api/v1/users', s, {
        username: 'ka2clerk',
        displayName: '重复',
        role: 'schoolClerk',
        scopeCode: 'KA00000001',
      });
      expect(taken.statusCode).toBe(409);
      const listed = (await req('GET', '/api/v1/users', s)).json().items.map((a: any) => a.username);
      expect(listed).toEqual(expect.arrayContaining(['county1', 'clerk', 'ka2clerk', 'inspector']));
      expect(listed).not.toContain('county2');
      expect(listed).not.toContain('citystaff');
      // The 409 above is recorded too (issue 12); the creation is the successful row.
      const created = (await auditRows('account.create')).find(
        (e) => e.targetId === 'ka2clerk' && e.outcome === 'success',
      )!;
      expect(created).toMatchObject({ actorUsername: 'county1', outcome: 'success' });
      expect(created.newValue).toMatchObject({
        role: 'schoolClerk',
        scope: { kind: 'institution', institutionCode: 'KA00000002' },
      });
    });

    it('disabling an account ends its sessions and is audited with old and new values', async () => {
      const admin = await login(app, 'cityadmin');
      const victim = await login(app, 'county2');
      const id = (await req('GET', '/api/v1/users?q=county2', admin)).json().items[0].id;
      const res = await req('PATCH', `/api/v1/users/${id}`, admin, { disabled: true });
      expect(res.json().account.disabled).toBe(true);
      expect((await req('GET', '/api/v1/session', victim)).statusCode).toBe(401);
      const denied = await req('POST', '/api/v1/session', undefined, {
        username: 'county2',
        password: TEST_PASSWORD,
      });
      expect(denied.statusCode).toBe(401);
      const entry = (await auditRows('account.disable')).find((e) => e.targetId === 'county2')!;
      expect(entry.oldValue).toMatchObject({ disabled: false });
      expect(entry.newValue).toMatchObject({ disabled: true });
      await req('PATCH', `/api/v1/users/${id}`, admin, { disabled: false });
    });

    it('refuses to reset one’s own password, and a change with nothing in it', async () => {
      const admin = await login(app, 'cityadmin');
      const me = (await req('GET', '/api/v1/session', admin)).json().account.id;
      const self = await req('POST', `/api/v1/users/${me}/password-reset`, admin);
      expect(self.statusCode).toBe(403);
      expect(self.json().error.message).toContain('不能重置自己的密码');
      const empty = await req('PATCH', `/api/v1/users/${me}`, admin, {});
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.message).toBe('没有要修改的内容');
    });

    it('answers a user name taken by a parallel request with 409, not 500', async () => {
      const admin = await login(app, 'cityadmin');
      const body = { username: 'racer', displayName: '并发', role: 'schoolClerk', scopeCode: 'KC00000002' };
      const [a, b] = await Promise.all([
        req('POST', '/api/v1/users', admin, body),
        req('POST', '/api/v1/users', admin, body),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    });

    it('hides accounts outside the manager’s scope', async () => {
      const s = await login(app, 'county1');
      const admin = await login(app, 'cityadmin');
      const staffId = (await req('GET', '/api/v1/users?q=citystaff', admin)).json().items[0].id;
      expect((await req('PATCH', `/api/v1/users/${staffId}`, s, { displayName: '改名' })).statusCode).toBe(
        404,
      );
      expect((await req('POST', `/api/v1/users/${staffId}/password-reset`, s)).statusCode).toBe(404);
    });

    it('imports accounts from Excel all or nothing', async () => {
      const admin = await login(app, 'cityadmin');
      const book = async (rows: string[][]) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('账号');
        ws.addRow(['用户名', '姓名', '角色', '所属单位代码']);
        for (const r of rows) ws.addRow(r);
        return Buffer.from(await wb.xlsx.writeBuffer());
      };
      const upload = (payload: Buffer) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/users/import',
          headers: {
            cookie: admin.cookie,
            'x-csrf-token': admin.csrf,
            'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          },
          payload,
        });
      const before = (await req('GET', '/api/v1/users', admin)).json().items.length;
      const bad = await upload(
        await book([
          ['', '乙县一园', '', 'KB00000001'],
          ['', '不存在', '', 'ZZ99999999'],
        ]),
      );
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('IMPORT_REJECTED');
      expect(bad.json().error.details).toEqual([
        {
          field: '第 3 行「所属单位代码」',
          value: 'ZZ99999999',
          message: '学校（机构）代码 ZZ99999999 不存在或不在您的管理范围内',
        },
      ]);
      expect((await req('GET', '/api/v1/users', admin)).json().items.length).toBe(before);
      const good = await upload(
        await book([
          ['', '乙县一园', '', 'KB00000001'],
          ['kc1', '丙县金苹果', '学校填报员', 'KC00000001'],
        ]),
      );
      expect(good.statusCode).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(good.rawPayload as never);
      const ws = wb.worksheets[0]!;
      expect(ws.getRow(2).getCell(1).value).toBe('kb00000001');
      expect(ws.getRow(3).getCell(1).value).toBe('kc1');
      const password = String(ws.getRow(3).getCell(5).value);
      await login(app, 'kc1', password);
      expect((await req('GET', '/api/v1/users', admin)).json().items.length).toBe(before + 2);
      expect(
        (await auditRows('export')).some(
          (e) => e.targetType === 'credentials' && e.actorUsername === 'cityadmin',
        ),
      ).toBe(true);
    });

    it('refuses an account file over 10 MB, or a request without a file, in Chinese and creates nothing', async () => {
      const admin = await login(app, 'cityadmin');
      const before = (await req('GET', '/api/v1/users', admin)).json().items.length;
      const headers = { cookie: admin.cookie, 'x-csrf-token': admin.csrf };
      const big = await app.inject({
        method: 'POST',
        url: '/api/v1/users/import',
        headers: {
          ...headers,
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
        payload: Buffer.alloc(11 * 1024 * 1024, 1),
      });
      expect(big.statusCode).toBe(413);
      expect(big.json().error).toMatchObject({
        code: 'PAYLOAD_TOO_LARGE',
        message: '文件超过 10 MB 的上限，未导入任何数据；请拆分为多个文件分批导入',
      });
      // A JSON body where the file should be: the route says what it wants.
      const noFile = await req('POST', '/api/v1/users/import', admin, { rows: [] });
      expect(noFile.statusCode).toBe(400);
      expect(noFile.json().error).toMatchObject({
        code: 'IMPORT_REJECTED',
        details: [{ field: 'body', message: '请求体应为 .xlsx 文件' }],
      });
      expect((await req('GET', '/api/v1/users', admin)).json().items.length).toBe(before);
    });
  });

  describe('audit log', () => {
    it('is searchable by the security auditor only, not even by the system administrator', async () => {
      const admin = await login(app, 'auditor');
      expect((await req('GET', '/api/v1/audit', await login(app, 'cityadmin'))).statusCode).toBe(403);
      const r = await req('GET', '/api/v1/audit?action=login&outcome=failure&pageSize=5', admin);
      expect(r.statusCode).toBe(200);
      expect(r.json().total).toBeGreaterThanOrEqual(7); // two in 'login', five in 'lockout'
      expect(r.json().items).toHaveLength(5);
      const county = await login(app, 'county1');
      expect((await req('GET', '/api/v1/audit', county)).statusCode).toBe(403);
      // The server's old page now leads to the web app's audit page, filters kept.
      const page = await req('GET', '/audit?action=login', admin);
      expect(page.statusCode).toBe(302);
      expect(page.headers.location).toBe('/app/audit?action=login');
      const badDate = await req('GET', '/api/v1/audit?from=2024-13-45', admin);
      expect(badDate.statusCode).toBe(400);
      expect(badDate.json().error.message).toContain('起始时间应为 ISO 8601 时间');
    });

    it('has no way to change it through the API', async () => {
      const admin = await login(app, 'auditor');
      for (const method of ['DELETE', 'PATCH', 'POST'] as const) {
        const r = await req(method, '/api/v1/audit', admin, method === 'DELETE' ? undefined : {});
        expect(r.statusCode).toBe(404);
      }
    });

    it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
      const failure = async (statement: ReturnType<typeof sql>) => {
        try {
          await ctx.database.db.execute(statement);
          return 'no error';
        } catch (e) {
          const err = e as Error & { cause?: Error };
          return err.cause?.message ?? err.message;
        }
      };
      const count = async () => (await ctx.audit.search({ page: 1, pageSize: 1 })).total;
      const before = await count();
      expect(await failure(sql`UPDATE audit_log SET outcome = 'success'`)).toContain('安全审计日志只能追加');
      expect(await failure(sql`DELETE FROM audit_log`)).toContain('安全审计日志只能追加');
      expect(await failure(sql`TRUNCATE audit_log`)).toContain('安全审计日志只能追加');
      expect(await count()).toBe(before);
    });
  });

  describe('hostile input in every filter parameter', () => {
    const payloads = [
      "' OR '1'='1",
      '1; DROP TABLE account; --',
      '%27%20OR%201%3D1',
      '<script>alert(1)</script>',
      'x'.repeat(5000),
      '\u0000',
    ];
    const params: Array<[string, string]> = [
      ['/api/v1/institutions', 'q'],
      ['/api/v1/institutions', 'org'],
      ['/api/v1/institutions', 'runningType'],
      ['/api/v1/institutions', 'ownership'],
      ['/api/v1/institutions', 'kgClass'],
      ['/api/v1/institutions', 'urbanRural'],
      ['/api/v1/institutions', 'sort'],
      ['/api/v1/institutions', 'order'],
      ['/api/v1/institutions', 'page'],
      ['/api/v1/institutions', 'pageSize'],
      ['/api/v1/institutions', 'year'],
      ['/api/v1/institutions', 'includeInactive'],
      ['/api/v1/targets', 'year'],
      ['/api/v1/targets', 'org'],
      ['/api/v1/targets/T1/breakdown', 'org'],
      ['/api/v1/targets/T1/breakdown', 'by'],
      ['/api/v1/users', 'q'],
      ['/api/v1/users', 'role'],
      ['/api/v1/users', 'scopeCode'],
      ['/api/v1/audit', 'actor'],
      ['/api/v1/audit', 'action'],
      ['/api/v1/audit', 'target'],
      ['/api/v1/audit', 'outcome'],
      ['/api/v1/audit', 'from'],
      ['/api/v1/audit', 'page'],
    ];
    it('answers 200 or a 400 in the error format, never 500, and changes nothing', async () => {
      const admin = await login(app, 'cityadmin');
      const auditor = await login(app, 'auditor');
      const accountsBefore = (await req('GET', '/api/v1/users', admin)).json().items.length;
      for (const [path, name] of params) {
        for (const p of payloads) {
          const url = `${path}?${name}=${encodeURIComponent(p)}`;
          const res = await req('GET', url, path.startsWith('/api/v1/audit') ? auditor : admin);
          expect([200, 400], `${url} → ${res.statusCode}`).toContain(res.statusCode);
          if (res.statusCode === 400) {
            expect(res.json().error.code).toBe('VALIDATION_FAILED');
            expect(res.json().error.details[0].field).toBe(`query.${name}`);
          }
          expect(res.body).not.toMatch(/at .*\.ts:\d+|SELECT|syntax error/i);
        }
      }
      const nul = await req('POST', '/api/v1/session', undefined, { username: 'a\u0000b', password: 'x' });
      expect(nul.statusCode).toBe(400);
      expect(nul.json().error.details[0].field).toBe('body.username');
      expect((await req('GET', '/api/v1/users', admin)).json().items.length).toBe(accountsBefore);
      expect(
        (await req('GET', '/api/v1/institutions?includeInactive=true&pageSize=100', admin)).json().total,
      ).toBe(16);
    });
  });
});
