/**
 * GET /api/v1/targets/:targetId/why through app.inject(), on the small invented city
 * (test/support/small-dataset.ts, 2025): the ranked schools with hand-computed gains, and the
 * caller's scope (a county account asking for another county gets 404, as on the other target
 * routes).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { createTestAccounts, login, type Login } from '../support/accounts.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

describe('GET /api/v1/targets/:targetId/why', () => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let city: Login;
  let county1: Login;
  let auditor: Login;
  beforeAll(async () => {
    const database = await testBackends()[0]!.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    ctx = createAppContextFrom(database, { ...loadPlan(), orgCode: '999900' });
    app = await buildApp(ctx);
    city = await login(app, 'citystaff');
    county1 = await login(app, 'county1');
    auditor = await login(app, 'auditor');
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const get = async (who: Login | null, url: string) => {
    const res = await app.inject({ method: 'GET', url, headers: who ? { cookie: who.cookie } : {} });
    return { status: res.statusCode, body: res.json() as Record<string, any> };
  };

  it('ranks the city’s kindergartens that are not public by how much T1 would rise', async () => {
    const { status, body } = await get(city, '/api/v1/targets/T1/why?year=2025');
    expect(status).toBe(200);
    expect(body.org.code).toBe('999900');
    expect(body.kind).toBe('schools');
    // T1 looks at ownership only: public counts.
    expect(body.basis).toEqual({ ownerships: ['public'], attribute: null, values: [] });
    // City T1 2025: 610 public of 850 children. Not public: 丙县金苹果 80, 甲县阳光 60, 甲县育才 60,
    // 乙县小太阳 40 (equal gains by code).
    expect(body.total).toMatchObject({ numerator: 610, denominator: 850 });
    expect(body.schools.map((s: any) => s.institutionName)).toEqual([
      '丙县金苹果幼儿园',
      '甲县阳光幼儿园',
      '甲县育才幼儿园',
      '乙县小太阳幼儿园',
    ]);
    // 丙县金苹果: 80 ÷ 850 = 9.41 points; the figure would be 690 ÷ 850 = 81.2 %.
    expect(body.schools[0]).toMatchObject({
      rank: 1,
      countyName: '县3',
      ownership: 'private',
      denominator: 80,
    });
    expect(body.schools[0].gain).toBeCloseTo(80 / 850, 12);
    expect(body.schools[0].valueIfCounted).toBeCloseTo(690 / 850, 12);
    // 610/850 = 71.8 % < 80 %; with 金苹果 81.2 % ≥ 80 %: one school is enough.
    expect(body.neededToReach).toBe(1);
    // 2025 is complete for the city (every school reported).
    expect(body.coverage).toMatchObject({ year: 2025, complete: true });
    expect(body.dataset).toBeDefined();
  });

  it('names the attribute value that keeps a school out (T5, 甲县)', async () => {
    const { body } = await get(city, '/api/v1/targets/T5/why?year=2025&org=999901');
    // 甲县第一中学 completed its evaluation in 2024, 甲县第二中学 not: 1 of 2. The second would add 1/2.
    expect(body.basis).toEqual({
      ownerships: null,
      attribute: 'highSchoolEvaluationCompleted',
      values: [true],
    });
    expect(body.schools).toHaveLength(1);
    expect(body.schools[0]).toMatchObject({
      institutionName: '甲县第二中学',
      attributeValue: false,
      gain: 0.5,
      valueIfCounted: 1,
    });
  });

  it('answers a county’s T4 with the reason, not a ranking', async () => {
    const { status, body } = await get(city, '/api/v1/targets/T4/why?year=2025&org=999901');
    expect(status).toBe(200);
    expect(body.kind).toBe('none');
    expect(body.schools).toEqual([]);
    expect(body.reason).toMatch(/全市指标/);
  });

  it('keeps to the caller’s scope: another county is not found, the own county is the default', async () => {
    const other = await get(county1, '/api/v1/targets/T1/why?year=2025&org=999902');
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('ORG_UNIT_NOT_FOUND');
    expect(other.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    // An unknown code answers exactly the same way.
    const unknown = await get(county1, '/api/v1/targets/T1/why?year=2025&org=999909');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe(other.body.error.code);

    const own = await get(county1, '/api/v1/targets/T1/why?year=2025');
    expect(own.status).toBe(200);
    expect(own.body.org.code).toBe('999901');
    // 甲县 T1: 180 of 300; 阳光 and 育才 60 each → 60 ÷ 300 = 20 points, to 240 ÷ 300 = 80 %.
    expect(own.body.schools.map((s: any) => [s.institutionCode, s.gain, s.valueIfCounted])).toEqual([
      ['KA00000002', 0.2, 0.8],
      ['KA00000003', 0.2, 0.8],
    ]);
  });

  it('needs a session and targets.read, and a known target', async () => {
    expect((await get(null, '/api/v1/targets/T1/why')).status).toBe(401);
    expect((await get(auditor, '/api/v1/targets/T1/why')).status).toBe(403);
    const unknown = await get(city, '/api/v1/targets/T9/why');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('TARGET_NOT_FOUND');
    expect((await get(city, '/api/v1/targets/T1/why?colour=red')).status).toBe(400);
  });
});
