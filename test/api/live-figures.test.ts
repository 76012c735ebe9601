/**
 * Live figures through the HTTP API: the `pending` switch, coverage per year and the default year,
 * on the small invented city (test/support/small-dataset.ts) at 2026-09-15, inside the 2026
 * period. 2026 data: 甲县实验幼儿园 (KA1, public) approved with 180 children as in 2025; 乙县第一
 * 幼儿园 (KB1, public, 240) and 乙县小太阳幼儿园 (KB3, private, 40) submitted, not yet approved.
 * Expected values by hand in the comments.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { listStatisticsOf } from '../../src/db/registry/registry.repository.ts';
import { fieldValuesFromStatistics } from '../../src/domain/collection/statistics-values.ts';
import { createTestAccounts, login, type Login } from '../support/accounts.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';
import { collectionCaller } from '../support/collection.ts';

const P = '2026-autumn';

describe.each(testBackends())('live figures API on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  const sessions: Record<string, Login> = {};

  /** The school's 2025 figures as its 2026 form (classes of at most 30), saved and submitted. */
  async function submitAsLastYear(code: string) {
    const stats = (await listStatisticsOf(ctx.database.db, code)).find((s) => s.schoolYear === 2025)!;
    const form = ctx.collection.catalog.forms.find((f) => f.id === 'AUTUMN-KG')!;
    const v = fieldValuesFromStatistics(ctx.collection.catalog, form, stats);
    for (const [k, x] of Object.entries(v)) if (x === null) v[k] = 0;
    for (const g of ['K1', 'K2', 'K3']) {
      let n = (v[`ENR.${g}.male`] as number) + (v[`ENR.${g}.female`] as number);
      const classes: number[] = [];
      for (; n > 0; n -= 30) classes.push(Math.min(n, 30));
      v[`CLASS_SIZES.${g}`] = classes;
    }
    const clerk = collectionCaller(`clerk-${code}`, 'school', { kind: 'institution', institutionCode: code });
    const explanations = Object.fromEntries(
      ctx.collection.catalog.rules.map((r) => [r.id, '测试：核实无误']),
    );
    await ctx.collection.entry.save(P, code, clerk, { version: 0, values: v, explanations });
    await ctx.collection.review.act(P, code, clerk, 'submit');
  }

  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    ctx = createAppContextFrom(
      database,
      { ...loadPlan(), orgCode: '999900' },
      { clock: () => new Date('2026-09-15T10:00:00+08:00') },
    );
    await submitAsLastYear('KA00000001');
    await ctx.collection.review.act(
      P,
      'KA00000001',
      collectionCaller('c1', 'county', { kind: 'org', orgCode: '999901' }),
      'approve',
    );
    await ctx.collection.review.act(
      P,
      'KA00000001',
      collectionCaller('city', 'city', { kind: 'org', orgCode: '999900' }),
      'approve',
    );
    await submitAsLastYear('KB00000001');
    await submitAsLastYear('KB00000003');
    app = await buildApp(ctx);
    for (const u of ['citystaff', 'county1', 'county2']) sessions[u] = await login(app, u);
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const get = async (url: string, user = 'citystaff') => {
    const res = await app.inject({ method: 'GET', url, headers: { cookie: sessions[user]!.cookie } });
    return { status: res.statusCode, body: res.json() as Record<string, any> };
  };
  const t1 = (body: Record<string, any>) => body.targets.find((c: any) => c.target.id === 'T1');

  it('uses approved data by default and includes pending forms with pending=true', async () => {
    const approved = await get('/api/v1/targets?year=2026&org=999902');
    expect(approved.status).toBe(200);
    expect(approved.body.pending).toBe(false);
    // 乙 in 2026, approved: nothing yet → 0 / 0.
    expect(t1(approved.body).figure).toMatchObject({ numerator: 0, denominator: 0, value: null });
    const pending = await get('/api/v1/targets?year=2026&org=999902&pending=true');
    expect(pending.body.pending).toBe(true);
    // With the submitted forms: KB1 240 public of 240 + KB3 40 = 280.
    expect(t1(pending.body).figure).toMatchObject({ numerator: 240, denominator: 280 });
    // City: KA1 180 (approved) + 240 public of 180 + 240 + 40 = 420 / 460.
    const cityPending = await get('/api/v1/targets?year=2026&pending=true');
    expect(t1(cityPending.body).figure).toMatchObject({ numerator: 420, denominator: 460 });
    expect(t1((await get('/api/v1/targets?year=2026&pending=false')).body).figure).toMatchObject({
      numerator: 180,
      denominator: 180,
    });
  });

  it('defaults to the latest complete year and reports coverage', async () => {
    const { body } = await get('/api/v1/targets');
    // 2026: 1 of 15 institutions approved, 2 more pending → partial; the default is 2025.
    expect(body.year).toBe(2025);
    expect(body.years).toEqual([2023, 2025, 2026]);
    expect(
      body.coverage.map((c: any) => [c.year, c.expected, c.reported, c.pendingReported, c.complete]),
    ).toEqual([
      [2023, 15, 15, 0, true],
      [2025, 15, 15, 0, true],
      [2026, 15, 1, 2, false],
    ]);
    expect(body.coverage[2]).toMatchObject({ periodId: '2026-autumn', daysLeft: 47 });
    expect(body.coverage[2].share).toBeCloseTo(1 / 15, 12);
    const pending = await get('/api/v1/targets/scorecard?pending=true');
    expect(pending.body.pending).toBe(true);
    expect(pending.body.coverage[2].share).toBeCloseTo(3 / 15, 12);
  });

  it('breaks a target down by school with the pending values', async () => {
    const { body } = await get(
      '/api/v1/targets/T1/breakdown?year=2026&org=999902&by=institution&pending=true',
    );
    expect(body.pending).toBe(true);
    // KB2 has neither approved nor pending 2026 data: counted, flagged, weight 0.
    expect(
      body.rows.map((r: any) => [r.institutionCode, r.numerator, r.denominator, r.missingStatistics]),
    ).toEqual([
      ['KB00000001', 240, 240, false],
      ['KB00000002', 0, 0, true],
      ['KB00000003', 0, 40, false],
    ]);
    const child = await get('/api/v1/targets/T1/breakdown?year=2026&org=999900&by=child');
    expect(child.body.pending).toBe(false);
    expect(child.body.rows.find((r: any) => r.orgCode === '999902')).toMatchObject({
      numerator: 0,
      denominator: 0,
    });
  });

  it('keeps the caller’s scope with pending=true', async () => {
    const { body } = await get('/api/v1/targets/scorecard?pending=true', 'county2');
    expect(Object.keys(body.orgNames)).toEqual(['999902']);
    expect(new Set(body.figures.map((f: any) => f.orgCode))).toEqual(new Set(['999902']));
    // 乙's coverage: KB1, KB2, KB3 expected in 2026, none approved, two pending.
    expect(body.coverage[2]).toMatchObject({ year: 2026, expected: 3, reported: 0, pendingReported: 2 });
    const other = await get('/api/v1/targets?org=999902&pending=true', 'county1');
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('ORG_UNIT_NOT_FOUND');
  });

  it('names one default year for every page: the session and the standards overview open on 2025', async () => {
    // 2026 is partial (1 of 15 approved), so 2025 — the latest complete year — for the city and
    // for 甲县 alike; the standards overview, asked without a year, answers for the same year
    // although 2026 exists in the data.
    expect((await get('/api/v1/session')).body.defaultYear).toBe(2025);
    expect((await get('/api/v1/session', 'county1')).body.defaultYear).toBe(2025);
    const standards = await get('/api/v1/standards');
    expect(standards.status).toBe(200);
    expect(standards.body.years).toContain(2026);
    expect(standards.body.year).toBe(2025);
    // An explicit year still wins.
    expect((await get('/api/v1/standards?year=2026')).body.year).toBe(2026);
  });

  it('refuses a pending value other than true or false, in Chinese', async () => {
    const { status, body } = await get('/api/v1/targets/scorecard?pending=yes');
    expect(status).toBe(400);
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.details[0]).toMatchObject({
      field: 'query.pending',
      message: 'pending 应为 true 或 false',
    });
  });
});
