/**
 * The Jining demo dataset end to end on PGlite: written in one transaction, never overwriting
 * existing data, marked as demo, and complete enough for the whole scorecard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { createDemoData } from '../../src/app/demo/demo.service.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { countInstitutions, getDatasetInfo } from '../../src/db/registry/registry.repository.ts';
import { listContributions } from '../../src/domain/targets/target.engine.ts';
import { testBackends } from '../support/test-db.ts';

describe('Jining demo dataset', () => {
  let ctx: AppContext;
  beforeAll(async () => {
    const database = await testBackends()[0]!.open();
    ctx = createAppContextFrom(database, loadPlan());
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('creates the dataset once and marks it as demo data', async () => {
    const first = await createDemoData(ctx.database.db, { now: () => new Date('2026-11-28T02:00:00Z') });
    expect(first.created).toBe(true);
    expect(await countInstitutions(ctx.database.db)).toBe(first.institutions);
    expect(await getDatasetInfo(ctx.database.db, 'demo')).toMatchObject({
      generatedAt: '2026-11-28T02:00:00.000Z',
    });
    const second = await createDemoData(ctx.database.db);
    expect(second).toMatchObject({ created: false, institutions: first.institutions });
  });

  it('covers the 14 county-level units and the seven school years 2019–2025', async () => {
    const view = await ctx.cache.get();
    expect(view.orgIndex.counties.map((c) => c.name)).toEqual(
      expect.arrayContaining(['任城区', '邹城市', '济宁高新区', '太白湖新区', '济宁经济技术开发区']),
    );
    expect(view.orgIndex.counties).toHaveLength(14);
    expect(view.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('gives a full scorecard: 6 computed targets × 15 units × 7 years, plus T4 for the city', async () => {
    const { figures } = await ctx.targets.scorecard();
    expect(figures).toHaveLength(6 * 15 * 7 + 7);
    // T4 counts the 11 区、县、县级市 of Jining; the three functional zones are not assessed units.
    const t4 = figures.filter((f) => f.targetId === 'T4');
    expect(t4.every((f) => f.orgCode === '370800' && f.denominator === 11 && f.value !== null)).toBe(true);
    // Every real county runs kindergartens, so T1 and T2 always have a value there.
    const t1 = figures.filter((f) => f.targetId === 'T1' && f.orgCode !== '370891' && f.orgCode !== '370892');
    expect(t1.every((f) => f.value !== null && f.value > 0 && f.value < 1)).toBe(true);
  });

  it('moves T4 with the county standards: leading counties pass both, lagging ones do not', async () => {
    // Demo design (standardsDriveYear): 邹城市 (progress 0.92) finishes its drive in 2030 − 7 = 2023,
    // 鱼台县 (0.08) in 2030 − 1 = 2029.
    const y2025 = await ctx.standards.city(2025, null);
    const verdict = (code: string) => y2025.city.counties.find((c) => c.countyCode === code)!;
    expect(verdict('370883').passesBoth).toBe(true);
    expect(verdict('370827').passesBoth).toBe(false);
    expect(verdict('370827').compulsoryBalanced.verdict).toBe('fail');
    const y2019 = await ctx.standards.city(2019, null);
    expect(y2019.city.t4!.passingBoth).toBe(0);
    expect(y2025.city.t4!.passingBoth).toBeGreaterThan(0);
    expect(y2025.city.t4!.passingBoth).toBeLessThan(11);
    // The scorecard's T4 is the same evaluation.
    const { figures } = await ctx.targets.scorecard();
    const t4 = figures.find((f) => f.targetId === 'T4' && f.year === 2025)!;
    expect([t4.numerator, t4.denominator]).toEqual([y2025.city.t4!.passingBoth, 11]);
  });

  it('has counties that lead and counties that lag on the 2025 public-kindergarten share', async () => {
    const { figures } = await ctx.targets.scorecard();
    const t1 = figures.filter((f) => f.targetId === 'T1' && f.year === 2025);
    const statuses = new Set(t1.map((f) => f.status));
    expect(statuses.has('severelyLagging') || statuses.has('lagging')).toBe(true);
    expect(statuses.has('met') || statuses.has('onTrack')).toBe(true);
  });

  it('files every institution under the county that administers its township', async () => {
    const view = await ctx.cache.get();
    for (const inst of view.institutions.values()) {
      expect(view.orgIndex.byCode.get(inst.townshipCode)?.parentCode).toBe(inst.countyCode);
    }
  });

  it('agrees with itself: the city figure equals the sum over the institutions behind it', async () => {
    const { figures, view } = await ctx.targets.scorecard();
    const city = view.orgIndex.city.code;
    for (const id of ['T1', 'T2', 'T3', 'T5', 'T6', 'T7']) {
      const target = ctx.plan.targets.find((t) => t.id === id)!;
      const rows = listContributions(target, view.orgIndex, view.snapshots, 2025, city);
      const f = figures.find((x) => x.targetId === id && x.year === 2025 && x.orgCode === city)!;
      expect(rows.reduce((n, r) => n + r.denominator, 0)).toBe(f.denominator);
      expect(rows.reduce((n, r) => n + r.numerator, 0)).toBe(f.numerator);
    }
  });
});
