/**
 * Live figures (issue 6) on PGlite and PostgreSQL, through the services, on the small invented
 * city (test/support/small-dataset.ts; 2025 enrolment of its kindergartens: 甲 KA1 180 public,
 * KA2 60 private, KA3 60 inclusive-private; 乙 KB1 240 public, KB2 120 public, KB3 40 private;
 * 丙 KC1 80 private, KC2 20 public; zone KZ1 50 public from 2025 — T1 city 2025 = 610 / 850).
 *
 * - An approval patches the data view (no full reload) and moves the figures at once; a second
 *   cache on the same database patches itself from the change log; any other revision reloads.
 * - Figures "including pending submissions" overlay the submitted, not yet final forms.
 * - Coverage per year and the default year (the latest complete one).
 * Every expected value is worked out by hand in the comments.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { bumpRevision, listStatisticsOf } from '../../src/db/registry/registry.repository.ts';
import { fieldValuesFromStatistics } from '../../src/domain/collection/statistics-values.ts';
import type { FieldValue } from '../../src/domain/collection/fields.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';
import { collectionCaller } from '../support/collection.ts';

const plan = { ...loadPlan(), orgCode: '999900' };
const clerkOf = (code: string) =>
  collectionCaller(`clerk-${code}`, 'school', { kind: 'institution', institutionCode: code });
const countyOf = (code: string) =>
  collectionCaller(`county-${code}`, 'county', { kind: 'org', orgCode: code });
const city = collectionCaller('citystaff', 'city', { kind: 'org', orgCode: '999900' });
const IN_2025_PERIOD = () => new Date('2025-09-20T10:00:00+08:00');
const IN_2026_PERIOD = () => new Date('2026-09-15T10:00:00+08:00');

describe.each(testBackends())('live figures on $name', (backend) => {
  let database: DatabaseHandle;
  /** Clock inside the 2025 period; the other inside the 2026 period (a second "process"). */
  let ctx25: AppContext;
  let ctx26: AppContext;
  /** PostgreSQL only: a context on a second connection pool (another process). */
  let other: DatabaseHandle | null = null;
  let elsewhere: AppContext | null = null;

  beforeAll(async () => {
    database = await backend.open();
    await loadSmallDataset(database.db);
    ctx25 = createAppContextFrom(database, plan, { clock: IN_2025_PERIOD });
    ctx26 = createAppContextFrom(database, plan, { clock: IN_2026_PERIOD });
    if (backend.name === 'postgres') {
      const name = (
        (await database.db.execute(sql`SELECT current_database() AS name`)) as unknown as {
          rows: Array<{ name: string }>;
        }
      ).rows[0]!.name;
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${name}`;
      other = await openDatabase({ kind: 'postgres', url: url.toString() });
      elsewhere = createAppContextFrom(other, plan, { clock: IN_2026_PERIOD });
    }
  });
  afterAll(async () => {
    await other?.close();
    await database?.close();
  });

  const explanations = (ctx: AppContext) =>
    Object.fromEntries(ctx.collection.catalog.rules.map((r) => [r.id, '测试：核实无误']));

  /** The school saves `values` (over an empty form) and submits. */
  async function submit(ctx: AppContext, period: string, code: string, values: Record<string, FieldValue>) {
    await ctx.collection.entry.save(period, code, clerkOf(code), {
      version: 0,
      values,
      explanations: explanations(ctx),
    });
    expect((await ctx.collection.review.act(period, code, clerkOf(code), 'submit')).state).toBe('submitted');
  }

  /**
   * A kindergarten's form values from its 2025 statistics, with `extraK1Boys` more boys in 小班;
   * the children of each grade in classes of at most 30 (the fixture has one class per grade).
   */
  async function kgValues(ctx: AppContext, code: string, extraK1Boys: number) {
    const stats = (await listStatisticsOf(database.db, code)).find((s) => s.schoolYear === 2025)!;
    const form = ctx.collection.catalog.forms.find((f) => f.id === 'AUTUMN-KG')!;
    const v = fieldValuesFromStatistics(ctx.collection.catalog, form, stats);
    for (const [k, x] of Object.entries(v)) if (x === null) v[k] = 0;
    v['ENR.K1.male'] = (v['ENR.K1.male'] as number) + extraK1Boys;
    for (const g of ['K1', 'K2', 'K3']) {
      let n = (v[`ENR.${g}.male`] as number) + (v[`ENR.${g}.female`] as number);
      const classes: number[] = [];
      for (; n > 0; n -= 30) classes.push(Math.min(n, 30));
      v[`CLASS_SIZES.${g}`] = classes;
    }
    return v;
  }

  async function approveFully(ctx: AppContext, period: string, code: string, county: string) {
    expect((await ctx.collection.review.act(period, code, countyOf(county), 'approve')).state).toBe(
      'countyApproved',
    );
    expect((await ctx.collection.review.act(period, code, city, 'approve')).state).toBe('cityApproved');
  }

  const t1 = async (ctx: AppContext, year: number, org: string, pending = false) =>
    (await ctx.targets.targetsFor(year, org, null, pending)).cards.find((c) => c.target.id === 'T1')!.figure;

  it('patches the view after an approval instead of reloading it, and the figures move at once', async () => {
    // Both contexts warm: views, scorecards and T4 computed.
    await ctx25.targets.scorecard();
    for (const c of [ctx26, elsewhere]) {
      if (c) expect(await t1(c, 2025, '999901')).toMatchObject({ numerator: 180, denominator: 300 });
    }
    const before = await ctx25.cache.get();
    const verdictsBefore = (await ctx25.standards.verdicts()).verdicts;
    const loads = { ...ctx25.cache.counts };
    const scorecards = { ...ctx25.targets.counts };

    // 甲县育才幼儿园 (KA3, inclusive-private, 60 children) reports 5 more boys in 小班: 65.
    await submit(ctx25, '2025-autumn', 'KA00000003', await kgValues(ctx25, 'KA00000003', 5));
    await approveFully(ctx25, '2025-autumn', 'KA00000003', '999901');

    const after = await ctx25.cache.get();
    expect(after.enrolment.get(2025)?.get('KA00000003')).toBe(65);
    // Patched, not reloaded: the other years' maps and snapshots are the same objects.
    expect(ctx25.cache.counts).toEqual({ fullLoads: loads.fullLoads, patches: loads.patches + 1 });
    expect(after).not.toBe(before);
    expect(after.snapshots.get(2023)).toBe(before.snapshots.get(2023));
    expect(after.enrolment.get(2023)).toBe(before.enrolment.get(2023));
    expect(after.snapshots.get(2025)).not.toBe(before.snapshots.get(2025));
    expect(after.institutions).toBe(before.institutions);

    // T1 city 2025: public 610 of 850 + 5 = 855; county 甲: 180 of 300 + 5 = 305.
    expect(await t1(ctx25, 2025, '999900')).toMatchObject({ numerator: 610, denominator: 855 });
    expect(await t1(ctx25, 2025, '999901')).toMatchObject({ numerator: 180, denominator: 305 });
    // Only 2025 recomputed: the scorecard was updated in part, and T4 of 2023 was not re-evaluated.
    expect(ctx25.targets.counts).toEqual({ full: scorecards.full, partial: scorecards.partial + 1 });
    expect((await ctx25.standards.verdicts()).verdicts.get(2023)).toBe(verdictsBefore.get(2023));
    // The partial update equals a computation from scratch.
    const fresh = createAppContextFrom(database, plan);
    expect((await ctx25.targets.scorecard()).figures).toEqual((await fresh.targets.scorecard()).figures);
    expect(await ctx25.standards.verdicts().then((v) => v.verdicts)).toEqual(
      await fresh.standards.verdicts().then((v) => v.verdicts),
    );
    expect((await ctx25.standards.county('999901', 2025, null)).evaluation).toEqual(
      (await fresh.standards.county('999901', 2025, null)).evaluation,
    );
  });

  it('records what the revision changed, append-only', async () => {
    const rows = (
      (await database.db.execute(
        sql`SELECT kind, school_year, institution_codes FROM dataset_change ORDER BY revision`,
      )) as unknown as { rows: Array<Record<string, unknown>> }
    ).rows;
    expect(rows).toEqual([{ kind: 'statistics', school_year: 2025, institution_codes: ['KA00000003'] }]);
    await expect(database.db.execute(sql`UPDATE dataset_change SET school_year = 2024`)).rejects.toThrow();
  });

  it('lets another cache on the same database see the change (patched from the change log)', async () => {
    // ctx26 was warmed before the approval: its revision check finds one logged change.
    expect(await t1(ctx26, 2025, '999901')).toMatchObject({ numerator: 180, denominator: 305 });
    expect(ctx26.cache.counts).toEqual({ fullLoads: 1, patches: 1 });
    if (elsewhere) {
      // PostgreSQL: through a second connection pool too, as another server process would.
      expect(await t1(elsewhere, 2025, '999900')).toMatchObject({ numerator: 610, denominator: 855 });
      expect(elsewhere.cache.counts).toEqual({ fullLoads: 1, patches: 1 });
    }
  });

  it('reloads in full after a revision that is not a logged statistics change', async () => {
    const before = await ctx25.cache.get();
    const { fullLoads, patches } = ctx25.cache.counts;
    const full = ctx25.targets.counts.full;
    await bumpRevision(database.db); // e.g. an org-tree sync or a new demo
    const after = await ctx25.cache.get();
    expect(ctx25.cache.counts).toEqual({ fullLoads: fullLoads + 1, patches });
    expect(after.snapshots.get(2023)).not.toBe(before.snapshots.get(2023));
    expect(await t1(ctx25, 2025, '999900')).toMatchObject({ numerator: 610, denominator: 855 });
    expect(ctx25.targets.counts.full).toBe(full + 1);
  });

  describe('2026: two forms final, two waiting for approval, one returned, one draft', () => {
    beforeAll(async () => {
      const P = '2026-autumn';
      // 甲 KA1 (public) 180 → 185 and KA2 (private) 60 → 65: approved by county and city.
      for (const code of ['KA00000001', 'KA00000002']) {
        await submit(ctx26, P, code, await kgValues(ctx26, code, 5));
        await approveFully(ctx26, P, code, '999901');
      }
      // 乙 KB3 (private) 40 as last year: submitted. KB1 (public) 240: approved by the county.
      await submit(ctx26, P, 'KB00000003', await kgValues(ctx26, 'KB00000003', 0));
      await submit(ctx26, P, 'KB00000001', await kgValues(ctx26, 'KB00000001', 0));
      await ctx26.collection.review.act(P, 'KB00000001', countyOf('999902'), 'approve');
      // 乙 KB2 (public) 120 + 7: returned by the county. 丙 KC1 (private) 80 + 9: a draft.
      await submit(ctx26, P, 'KB00000002', await kgValues(ctx26, 'KB00000002', 7));
      await ctx26.collection.review.act(P, 'KB00000002', countyOf('999902'), 'return', '人数有误');
      await ctx26.collection.entry.save(P, 'KC00000001', clerkOf('KC00000001'), {
        version: 0,
        values: await kgValues(ctx26, 'KC00000001', 9),
      });
    });

    it('computes on approved data by default and overlays the pending forms on request', async () => {
      // Approved only: KA1 185 public of 185 + 65 = 250 (no other kindergarten has 2026 data).
      expect(await t1(ctx26, 2026, '999900')).toMatchObject({ numerator: 185, denominator: 250 });
      expect(await t1(ctx26, 2026, '999902')).toMatchObject({ numerator: 0, denominator: 0, value: null });
      // With pending: + KB1 240 public (county-approved) + KB3 40 private (submitted); not KB2
      // (returned) nor KC1 (draft): (185 + 240) / (250 + 240 + 40) = 425 / 530.
      expect(await t1(ctx26, 2026, '999900', true)).toMatchObject({ numerator: 425, denominator: 530 });
      // 乙 alone: 240 / 280.
      expect(await t1(ctx26, 2026, '999902', true)).toMatchObject({ numerator: 240, denominator: 280 });
      // 2025 has nothing pending: the same in both modes (610 / 855 since KA3's approval).
      expect(await t1(ctx26, 2025, '999900', true)).toMatchObject({ numerator: 610, denominator: 855 });
      // Repeated reads reuse the overlaid computation.
      const a = await ctx26.targets.scorecard(null, true);
      const b = await ctx26.targets.scorecard(null, true);
      expect(b.figures).toBe(a.figures);
      expect(a.pending).toBe(true);
    });

    it('keeps the overlay inside the caller’s scope', async () => {
      const r = await ctx26.targets.scorecard({ kind: 'org', orgCode: '999902' }, true);
      expect(new Set(r.figures.map((f) => f.orgCode))).toEqual(new Set(['999902']));
      const f = r.figures.find((x) => x.targetId === 'T1' && x.year === 2026)!;
      expect(f).toMatchObject({ numerator: 240, denominator: 280 });
      // 乙 in 2026: KB1, KB2, KB3 expected; none approved; KB1 and KB3 pending → 2 / 3.
      expect(r.coverage.find((c) => c.year === 2026)).toMatchObject({
        expected: 3,
        reported: 0,
        pendingReported: 2,
      });
      expect(r.coverage.find((c) => c.year === 2026)!.share).toBeCloseTo(2 / 3, 12);
    });

    it('reports coverage per year and defaults to the latest complete year', async () => {
      const r = await ctx26.targets.targetsFor(undefined, undefined, null);
      // 2026 is partial (2 of 15 reported): the default stays 2025; 2026 can still be asked for.
      expect(r.year).toBe(2025);
      expect(r.view.years).toEqual([2023, 2025, 2026]);
      // 15 institutions operate in each year (2023: all but KC2, opened 2025; 2025 and 2026: all
      // but the teaching point PA2, merged in 2025), every one with a form to fill.
      // Days left at 2026-09-15 10:00: to 2026-10-31 23:59:59 → 46.6 → 47; to 2025-10-31
      // 23:59:59 → −(318 days 10 h) → −319 (after the close, whole days rounded down).
      expect(r.coverage).toEqual([
        {
          year: 2023,
          expected: 15,
          reported: 15,
          pendingReported: 0,
          share: 1,
          complete: true,
          periodId: null,
          periodName: null,
          daysLeft: null,
        },
        {
          year: 2025,
          expected: 15,
          reported: 15,
          pendingReported: 0,
          share: 1,
          complete: true,
          periodId: '2025-autumn',
          periodName: '2025 年秋季统计',
          daysLeft: -319,
        },
        {
          year: 2026,
          expected: 15,
          reported: 2,
          pendingReported: 2,
          share: 2 / 15,
          complete: false,
          periodId: '2026-autumn',
          periodName: '2026 年秋季统计',
          daysLeft: 47,
        },
      ]);
      const pending = await ctx26.targets.targetsFor(undefined, undefined, null, true);
      expect(pending.year).toBe(2025);
      expect(pending.coverage[2]).toMatchObject({ reported: 2, pendingReported: 2, share: 4 / 15 });
      expect((await ctx26.targets.targetsFor(2026, undefined, null)).year).toBe(2026);
      // With a threshold of 25 %: 4 / 15 ≈ 27 % counts as complete with pending forms, 2 / 15 not.
      const low = createAppContextFrom(database, plan, {
        clock: IN_2026_PERIOD,
        liveFigures: { completeShare: 0.25 },
      });
      expect((await low.targets.targetsFor(undefined, undefined, null)).year).toBe(2025);
      expect((await low.targets.targetsFor(undefined, undefined, null, true)).year).toBe(2026);
      expect((await low.targets.breakdownByChild('T1', undefined, undefined, null, true)).year).toBe(2026);
    });

    it('gives, with pending forms, the figures their approval then gives (T4 included)', async () => {
      const of2026 = (figures: Array<{ year: number }>) => figures.filter((f) => f.year === 2026);
      const withPending = of2026((await ctx26.targets.scorecard(null, true)).figures);
      expect(withPending.some((f: any) => f.targetId === 'T4')).toBe(true);
      const loads = ctx26.cache.counts.fullLoads;
      await ctx26.collection.review.act('2026-autumn', 'KB00000003', countyOf('999902'), 'approve');
      await ctx26.collection.review.act('2026-autumn', 'KB00000003', city, 'approve');
      await ctx26.collection.review.act('2026-autumn', 'KB00000001', city, 'approve');
      const approved = await ctx26.targets.scorecard(null, false);
      expect(of2026(approved.figures)).toEqual(withPending);
      expect(ctx26.cache.counts.fullLoads).toBe(loads);
      // Nothing is pending any more: both modes agree, and coverage counts them as reported.
      expect((await ctx26.targets.scorecard(null, true)).figures).toEqual(approved.figures);
      expect(approved.coverage[2]).toMatchObject({ reported: 4, pendingReported: 0 });
    });
  });
});
