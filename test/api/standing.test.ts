/**
 * GET /api/v1/standing/:institution through app.inject(), on the small invented city
 * (test/support/small-dataset.ts) with the Jining plan applied to it: who may read which school's
 * standing, and what a school account is told about schools that are not its own. Expected values
 * are worked out by hand in the comments.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { createTestAccounts, login, type Login } from '../support/accounts.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

describe.each(testBackends())('standing API on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  const sessions = new Map<string, Login>();
  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    // Inside 2025 年秋季统计 (1 September – 31 October 2025, Beijing time).
    ctx = createAppContextFrom(
      database,
      { ...loadPlan(), orgCode: '999900' },
      { clock: () => new Date('2025-10-20T10:00:00+08:00') },
    );
    app = await buildApp(ctx);
    for (const u of ['clerk', 'county1', 'county2', 'citystaff', 'finance', 'auditor']) {
      sessions.set(u, await login(app, u));
    }
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const get = async (user: string, url: string) => {
    const res = await app.inject({ method: 'GET', url, headers: { cookie: sessions.get(user)!.cookie } });
    return { status: res.statusCode, body: res.json() as Record<string, any>, text: res.body };
  };

  it("gives a school account its own school's standing", async () => {
    const { status, body } = await get('clerk', '/api/v1/standing/KA00000001');
    expect(status).toBe(200);
    const s = body.standing;
    expect(s.institution).toMatchObject({ code: 'KA00000001', name: '甲县实验幼儿园', countyName: '县1' });
    // The default year is the latest complete one: 2025 (the small city has 2023 and 2025).
    expect(s.year).toBe(2025);
    // A public kindergarten is in T1 (weighted by its 180 children) and T2 (class1 from 2025).
    expect(s.targets.map((t: any) => t.target.id)).toEqual(['T1', 'T2']);
    const t1 = s.targets[0];
    expect(t1).toMatchObject({ inNumerator: true, numerator: 180, denominator: 180, value: 'public' });
    // County 1: 180 public of 300 children = 60%.
    expect(t1.county).toMatchObject({ orgCode: '999901', numerator: 180, denominator: 300, value: 0.6 });
    // The city: public 180 + 240 + 120 + 20 + 50 (民转公) = 610 of 850.
    expect(t1.city).toMatchObject({ orgCode: '999900', numerator: 610, denominator: 850 });
    // Its form of the open period: not started, 12 days to the close (11.6 rounded up).
    const open = s.returns.find((r: any) => r.periodId === '2025-autumn');
    expect(open).toMatchObject({ state: 'notStarted', open: true, daysLeft: 12, late: false });
    expect(body.dataset).toEqual({ demo: false, notice: null });
  });

  it("answers another school's standing as not found to a school account, and audits it", async () => {
    // KA00000002 exists (a private kindergarten of the same county) but is not the clerk's.
    const other = await get('clerk', '/api/v1/standing/KA00000002');
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('INSTITUTION_NOT_FOUND');
    expect(other.text).not.toContain('甲县阳光幼儿园');
    // Exactly like a code that does not exist.
    const missing = await get('clerk', '/api/v1/standing/ZZ99999999');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('学校（机构）代码 ZZ99999999 不存在');
    expect(other.body.error.message).toBe('学校（机构）代码 KA00000002 不存在');
    await ctx.audit.flush();
    const denied = await ctx.audit.search({ action: 'access.denied', actor: 'clerk', page: 1, pageSize: 50 });
    expect(denied.items.some((e) => e.targetType === 'institution' && e.targetId === 'KA00000002')).toBe(
      true,
    );
    // The code that does not exist hides nothing: no refusal is recorded for it.
    expect(denied.items.some((e) => e.targetId === 'ZZ99999999')).toBe(false);
  });

  it("gives a county account its own schools and hides the other counties'", async () => {
    expect((await get('county1', '/api/v1/standing/KA00000001')).status).toBe(200);
    const primary = await get('county1', '/api/v1/standing/PA00000001');
    expect(primary.status).toBe(200);
    // The primary school counts in T3 only (strong-school programme from 2024).
    expect(primary.body.standing.targets.map((t: any) => t.target.id)).toEqual(['T3']);
    expect(primary.body.standing.standards.sections.map((x: any) => x.section)).toEqual(['primary']);
    const foreign = await get('county2', '/api/v1/standing/KA00000001');
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('INSTITUTION_NOT_FOUND');
    const own = await get('county2', '/api/v1/standing/KB00000001');
    expect(own.status).toBe(200);
    expect(own.body.standing.institution.countyCode).toBe('999902');
    // A city account reaches every school.
    expect((await get('citystaff', '/api/v1/standing/KB00000001')).status).toBe(200);
  });

  it('leaves out the returns for a role without the collection, and refuses a role without institutions.read', async () => {
    const finance = await get('finance', '/api/v1/standing/KA00000001');
    expect(finance.status).toBe(200);
    expect(finance.body.standing.returns).toBeNull();
    expect(finance.body.standing.targets).toHaveLength(2);
    const auditor = await get('auditor', '/api/v1/standing/KA00000001');
    expect(auditor.status).toBe(403);
    expect(auditor.body.error.code).toBe('FORBIDDEN');
  });

  it('checks the year and the code', async () => {
    const y = await get('clerk', '/api/v1/standing/KA00000001?year=2024');
    expect(y.status).toBe(404);
    expect(y.body.error.code).toBe('YEAR_NOT_AVAILABLE');
    const bad = await get('clerk', '/api/v1/standing/KA-1');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('学校（机构）代码应为 10 位字母或数字');
    // 2023: the kindergarten was 二类 then, so it is in T2's population but not its numerator.
    const y2023 = await get('clerk', '/api/v1/standing/KA00000001?year=2023');
    expect(y2023.status).toBe(200);
    expect(y2023.body.standing.targets[1]).toMatchObject({
      inNumerator: false,
      value: 'class2',
      numerator: 0,
    });
  });
});
