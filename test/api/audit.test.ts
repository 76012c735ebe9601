/**
 * The audit log as the security auditor's page reads it: each entry's action, outcome and kind of
 * record in Chinese beside the codes, the list of actions for the filter, the filters themselves
 * (action, outcome, actor, Beijing time range), and the hash-chain check through the API (with
 * an anchor; recorded in the log; the auditor's alone). Small invented city, test accounts.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { createTestAccounts, login, TEST_PASSWORD, type Login } from '../support/accounts.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

describe.each(testBackends())('audit log API on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let auditor: Login;
  let admin: Login;

  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    ctx = createAppContextFrom(database, { ...loadPlan(), orgCode: '999900' });
    app = await buildApp(ctx);
    auditor = await login(app, 'auditor');
    admin = await login(app, 'cityadmin');
    // Something to find: a failed login, a refused request, an account disabled.
    await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username: 'citystaff', password: 'Wrong#Pass1' },
    });
    await app.inject({ method: 'GET', url: '/api/v1/audit', headers: { cookie: admin.cookie } });
    const id = (
      await app.inject({ method: 'GET', url: '/api/v1/users?q=finance', headers: { cookie: admin.cookie } })
    ).json().items[0].id;
    await app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      payload: { disabled: true },
    });
    await ctx.audit.flush();
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const get = (url: string, s: Login = auditor) =>
    app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
  const verify = (payload: object = {}, s: Login = auditor) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/audit/verify',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      payload,
    });

  it('names actions, outcomes and records in Chinese beside their codes', async () => {
    const body = (await get('/api/v1/audit?pageSize=500')).json();
    const failedLogin = body.items.find((e: any) => e.action === 'login' && e.outcome === 'failure');
    expect(failedLogin).toMatchObject({ actionLabel: '登录', outcomeLabel: '失败' });
    const refused = body.items.find(
      (e: any) => e.action === 'access.denied' && e.actorUsername === 'cityadmin',
    );
    expect(refused).toMatchObject({
      actionLabel: '拒绝访问',
      outcomeLabel: '拒绝',
      targetType: 'route',
      targetTypeLabel: '接口',
      targetId: 'GET /api/v1/audit',
    });
    const disabled = body.items.find((e: any) => e.action === 'account.disable');
    expect(disabled).toMatchObject({
      actionLabel: '停用账号',
      targetTypeLabel: '账号',
      targetId: 'finance',
      oldValue: { disabled: false },
      newValue: { disabled: true },
    });
    // No entry is left with a code as its only name.
    for (const e of body.items) expect(e.actionLabel).toMatch(/[\u4e00-\u9fff]/);
    expect(body.actions.find((a: any) => a.code === 'collection.approve')).toEqual({
      code: 'collection.approve',
      label: '审核通过填报表',
    });
  });

  it('filters by action, outcome, actor and a Beijing time range', async () => {
    const logins = (await get('/api/v1/audit?action=login&outcome=success')).json();
    // Two successful logins before this test: auditor, then cityadmin.
    expect(logins.items.map((e: any) => e.actorUsername)).toEqual(['cityadmin', 'auditor']);
    expect(logins.total).toBe(2);
    const byAdmin = (await get('/api/v1/audit?actor=cityadmin&outcome=denied')).json();
    expect(byAdmin.items.map((e: any) => e.action)).toEqual(['access.denied']);
    // A range that ended yesterday in Beijing holds nothing of today's entries.
    const yesterday = new Date(Date.now() - 86_400_000);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(yesterday);
    const before = (await get(`/api/v1/audit?to=${encodeURIComponent(`${day}T23:59:59+08:00`)}`)).json();
    expect(before.total).toBe(0);
    const since = (
      await get(`/api/v1/audit?from=${encodeURIComponent(`${day}T00:00:00+08:00`)}&action=account.disable`)
    ).json();
    expect(since.total).toBe(1);
  });

  it('checks the hash chain for the auditor, records the check, and checks an anchor', async () => {
    const total = (await get('/api/v1/audit?pageSize=1')).json().total;
    const first = await verify();
    expect(first.statusCode).toBe(200);
    const report = first.json();
    expect(report).toMatchObject({ ok: true, rows: total, brokenRows: 0, sealed: total, problemCount: 0 });
    expect(report.last.hash).toMatch(/^[0-9a-f]{64}$/);
    await ctx.audit.flush();
    const logged = (await get('/api/v1/audit?action=audit.verify')).json().items;
    expect(logged[0]).toMatchObject({
      actorUsername: 'auditor',
      outcome: 'success',
      actionLabel: '校验审计日志哈希链',
    });

    const anchored = (await verify({ anchor: `${report.last.id}:${report.last.hash}` })).json();
    expect(anchored.ok).toBe(true);
    expect(anchored.anchor).toEqual({ id: report.last.id, hash: report.last.hash, ok: true });
    const wrong = (await verify({ anchor: `${report.last.id}:${'0'.repeat(64)}` })).json();
    expect(wrong.ok).toBe(false);
    expect(wrong.problems.map((p: any) => p.kind)).toEqual(['anchorMismatch']);
    expect(wrong.problems[0].message).toContain(`第 ${report.last.id} 条记录的哈希`);
  });

  it('refuses a malformed anchor in Chinese, and the check to anyone but the auditor', async () => {
    const bad = await verify({ anchor: 'abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('锚点应为');
    expect((await verify(undefined, admin)).statusCode).toBe(403);
    const clerk = await login(app, 'clerk', TEST_PASSWORD);
    expect((await verify(undefined, clerk)).statusCode).toBe(403);
  });
});
