/**
 * The monthly stocktake (月度调度) and the county duty evaluation through the services, on PGlite
 * and PostgreSQL, on the small invented city (县1 999901, 县2 999902, 县3 999903, zone 999904)
 * with a clock the test moves. Monthly rounds from 2026-01, closing on the 5th of the next month.
 *
 * 县1's approved work plan (every date chosen so the expected values follow by hand):
 *   a 资源教室建设  due 2026-10-15 — reported 已完成 on 2026-10-10 and accepted the same day: done on time
 *   b 送教上门方案  due 2026-10-20 — reported 已完成 on 2026-11-03 and accepted: done late
 *   c 联席会议      due 2026-12-31 — reported 受阻 on 2026-11-03 and accepted: blocked, not yet due
 *   d 教师培训      due 2026-10-31 — never reported: late from 2026-11-01
 *   e 家长学校      due 2026-11-20 — never reported, not yet due: due this month on 2026-11-16
 * 县2: one measure due 2027-06-30, never reported. 县3 and the zone: no work plan.
 * The stocktake "2026年10月" is recorded on 2026-10-10 (after a's acceptance); the stocktake of
 * 2026-11-16 shows what changed since: b newly done, c newly blocked, d newly late.
 */
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { AppError } from '../../src/app/app-error.ts';
import type { Caller } from '../../src/app/access/caller.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { loadDutyEvaluationRules } from '../../src/app/stocktake/duty-evaluation.loader.ts';
import type { RoleCode } from '../../src/domain/access/access.types.ts';
import type { Measure } from '../../src/domain/delivery/delivery.types.ts';
import type { MeasureProgress } from '../../src/domain/reporting/reporting.types.ts';
import { tinyPdf } from '../../src/demo/demo.reporting.ts';
import { approveMeasures, draft } from '../support/reporting.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

const SETTINGS = {
  frequency: 'monthly',
  firstRound: '2026-01',
  closeDay: 5,
  graceDays: 15,
  amberDays: 3,
} as const;

/** Only the measures count (weights 0/0/0/100), so the evaluation is worked out from the dates above. */
const MEASURES_ONLY = (() => {
  const r = loadDutyEvaluationRules();
  return {
    ...r,
    components: {
      attainment: { ...r.components.attainment, weight: 0 },
      trajectory: { ...r.components.trajectory, weight: 0 },
      milestones: { ...r.components.milestones, weight: 0 },
      measures: { weight: 100, credit: { doneOnTime: 1, doneLate: 0.5, blocked: 0, late: 0 } },
    },
    emptyComponent: 'full' as const,
  };
})();

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe.each(testBackends())('stocktake on $name', (backend) => {
  let ctx: AppContext;
  let now = new Date('2026-10-10T09:00:00+08:00');
  let m: Record<'a' | 'b' | 'c' | 'd' | 'e', Measure>;
  let pdfId: string;
  const caller = (username: string, role: RoleCode, orgCode: string): Caller => ({
    actor: { id: null, username, ip: null },
    scope: { kind: 'org', orgCode },
    permissions: new Set(ctx.roles.get(role)!.permissions),
  });
  let county1: Caller;
  let city: Caller;

  async function reportAccepted(measure: Measure, round: string, progress: MeasureProgress) {
    const r = await ctx.reporting.save(county1, round, measure.id, {
      progress,
      text: `${measure.title}：本月进展`,
      blockedReason: progress === 'blocked' ? '场地未落实' : null,
      figure: null,
      evidence: [pdfId],
      version: 0,
    });
    const s = await ctx.reporting.submit(county1, round, measure.id, r.version);
    await ctx.reporting.review(city, round, measure.id, { action: 'accept', version: s.version });
  }

  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    ctx = createAppContextFrom(
      database,
      { ...loadPlan(), orgCode: '999900' },
      { clock: () => now, reporting: SETTINGS },
    );
    county1 = caller('county1', 'countyAdmin', '999901');
    city = caller('citystaff', 'cityStaff', '999900');
    const [a, b, c, d, e] = await approveMeasures(ctx, '999901', [
      draft('999901', { title: '资源教室建设', dueDate: '2026-10-15' }),
      draft('999901', { title: '送教上门方案', dueDate: '2026-10-20', taskNumber: 13 }),
      draft('999901', { title: '联席会议', dueDate: '2026-12-31', taskNumber: 2 }),
      draft('999901', { title: '教师培训', dueDate: '2026-10-31' }),
      draft('999901', { title: '家长学校', dueDate: '2026-11-20' }),
    ]);
    m = { a: a!, b: b!, c: c!, d: d!, e: e! };
    await approveMeasures(ctx, '999902', [draft('999902', { title: '县2资源中心', dueDate: '2027-06-30' })]);
    const file = await ctx.evidence.upload(county1, {
      orgCode: '999901',
      fileName: '验收单.pdf',
      body: Readable.from([tinyPdf(['accepted'])]),
    });
    pdfId = file.id;
    // 2026-10-10: a done and accepted, then the October stocktake is recorded.
    await reportAccepted(m.a, '2026-10', 'done');
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('records a stocktake once per label, at the city only', async () => {
    const r = await ctx.stocktake.record(city, { label: '2026年10月' });
    expect(r).toMatchObject({ label: '2026年10月', asOf: '2026-10-10', recordedBy: 'citystaff' });
    const again = await refusal(ctx.stocktake.record(city, { label: ' 2026年10月 ' }));
    expect(again.code).toBe('STOCKTAKE_LABEL_TAKEN');
    expect(again.message).toBe('已经记录过名为“2026年10月”的调度；每次调度的名称应不同');
    const county = await refusal(ctx.stocktake.record(county1, { label: '县1自记' }));
    expect(county.code).toBe('FORBIDDEN');
    const empty = await refusal(ctx.stocktake.record(city, { label: '  ' }));
    expect(empty.details).toEqual([{ field: 'label', value: '  ', message: '应为 1–40 个字' }]);
  });

  it('refuses to change a recorded stocktake (append-only)', async () => {
    const { sql } = await import('drizzle-orm');
    await expect(ctx.db.execute(sql`UPDATE stocktake_record SET label = 'x'`)).rejects.toThrow();
    await expect(ctx.db.execute(sql`DELETE FROM stocktake_record`)).rejects.toThrow();
  });

  it('classifies the measures on 2026-11-16 and lists what changed since the October stocktake', async () => {
    now = new Date('2026-11-03T10:00:00+08:00');
    await reportAccepted(m.b, '2026-10', 'done');
    await reportAccepted(m.c, '2026-10', 'blocked');
    now = new Date('2026-11-16T10:00:00+08:00');

    const s = await ctx.stocktake.stocktake(city);
    expect(s.level).toBe('city');
    expect(s.asOf).toBe('2026-11-16');
    expect(s.month).toBe('2026-11');
    expect(s.rows.map((r) => r.orgCode).sort()).toEqual(['999901', '999902', '999903', '999904']);
    const jia = s.rows.find((r) => r.orgCode === '999901')!;
    const by = Object.fromEntries(jia.measures.map((x) => [x.title, x]));
    expect(
      ['资源教室建设', '送教上门方案', '联席会议', '教师培训', '家长学校'].map((t) => {
        const x = by[t]!;
        return [t, x.done, x.doneOnTime, x.late, x.blocked, x.dueThisMonth];
      }),
    ).toEqual([
      ['资源教室建设', true, true, false, false, false],
      ['送教上门方案', true, false, false, false, false],
      ['联席会议', false, false, false, true, false],
      ['教师培训', false, false, true, false, false],
      ['家长学校', false, false, false, false, true],
    ]);
    expect(jia.figures).toMatchObject({
      measuresDone: 2,
      measuresLate: 1,
      measuresBlocked: 1,
      measuresLateOrBlocked: 2,
      measuresTotal: 5,
    });
    expect(s.rows.find((r) => r.orgCode === '999902')!.figures).toMatchObject({
      measuresDone: 0,
      measuresLateOrBlocked: 0,
      measuresTotal: 1,
    });

    // What changed since 2026年10月 (recorded on 2026-10-10, when only a was done).
    expect(s.lastRecord).toMatchObject({ label: '2026年10月', asOf: '2026-10-10' });
    const c = jia.changes!;
    expect(c.measuresNewlyDone.map((x) => x.title)).toEqual(['送教上门方案']);
    expect(c.measuresNewlyBlocked.map((x) => x.title)).toEqual(['联席会议']);
    expect(c.measuresNewlyLate.map((x) => x.title)).toEqual(['教师培训']);
    // Nothing of the milestones or the targets changed between the two days (no deadline between them).
    expect(c.targets).toEqual([]);
    expect(c.milestonesNewlyDone).toEqual([]);
    expect(c.milestonesNewlyOverdue).toEqual([]);
    expect(c.rank!.move).toBe(c.rank!.from - c.rank!.to);
    // 县1 gained two late or blocked measures and the others none: it cannot have moved up.
    expect(c.rank!.to).toBeGreaterThanOrEqual(c.rank!.from);

    // This month's due list: e only (d was due in October, c in December).
    expect(s.attention.measuresDueThisMonth.map((x) => [x.orgCode, x.title])).toEqual([
      ['999901', '家长学校'],
    ]);
    expect(s.attention.measuresLateOrBlocked.map((x) => x.title).sort()).toEqual(['教师培训', '联席会议']);
  });

  it('reads the milestones and targets the other areas compute, unchanged', async () => {
    const s = await ctx.stocktake.stocktake(city, { orgCode: '999901' });
    const ms = await ctx.milestones.status(null, { asOf: '2026-11-16' });
    const row = s.rows[0]!;
    expect(row.milestones.map((x) => [x.id, x.status])).toEqual(
      ms.milestones.map((x) => [x.id, x.units.find((u) => u.orgCode === '999901')!.status]),
    );
    const cards = (await ctx.targets.targetsFor(s.year, '999901', null)).cards;
    expect(row.targets.map((t) => [t.targetId, t.value, t.status])).toEqual(
      cards
        .filter((c) => ctx.plan.targets.find((t) => t.id === c.target.id)!.scope.includes('county'))
        .map((c) => [c.target.id, c.figure.value, c.figure.status]),
    );
  });

  it('shows a county its own row and rank only, and hides other counties as not found', async () => {
    const s = await ctx.stocktake.stocktake(county1);
    expect(s.level).toBe('county');
    expect(s.rows.map((r) => r.orgCode)).toEqual(['999901']);
    expect(s.countyCount).toBe(4);
    expect(s.rows[0]!.decidedBy).toBeNull();
    expect(s.canRecord).toBe(false);
    const other = await refusal(ctx.stocktake.stocktake(county1, { orgCode: '999902' }));
    expect(other.code).toBe('ORG_UNIT_NOT_FOUND');
    expect(other.outOfScope).toEqual({ targetType: 'orgUnit', targetId: '999902' });
    const township = await refusal(ctx.stocktake.stocktake(city, { orgCode: '999901001' }));
    expect(township.code).toBe('STOCKTAKE_ORG_LEVEL');
  });

  it('scores the measures of 2026 by hand: 县1 50, 县2 100, no work plan 0', async () => {
    const only = createAppContextFrom(ctx.database, ctx.plan, {
      clock: () => now,
      reporting: SETTINGS,
      dutyEvaluation: MEASURES_ONLY,
    });
    const e = await only.stocktake.evaluation(city, { year: 2026 });
    expect(e.asOf).toBe('2026-11-16');
    // The latest complete school year of the small city is 2025.
    expect(e.targetYear).toBe(2025);
    // 县1: a, b, d are due by 2026-11-16 (c and e are not, and are not done): 100/3 each;
    // a on time 1, b late 0.5, d late 0 → 100/3 × 1.5 = 50. The others have nothing due: full 100.
    const jia = e.counties.find((c) => c.orgCode === '999901')!;
    const measures = jia.components.find((p) => p.key === 'measures')!;
    expect(measures.items.map((i) => [i.label, i.credit])).toEqual([
      ['资源教室建设', 1],
      ['送教上门方案', 0.5],
      ['教师培训', 0],
    ]);
    expect(jia.total).toBeCloseTo(50, 9);
    // 县2 has an approved plan with nothing due: full 100. 县3 and the zone have no approved work
    // plan at all: 0 (never full marks for having no measure to be late), tied.
    expect(e.counties.map((c) => [c.orgCode, c.total, c.rank, c.tied])).toEqual([
      ['999902', 100, 1, false],
      ['999901', 50, 2, false],
      ['999903', 0, 3, true],
      ['999904', 0, 3, true],
    ]);
    // A county sees its own score and rank only.
    const own = await only.stocktake.evaluation(county1, { year: 2026 });
    expect(own.counties.map((c) => [c.orgCode, c.rank])).toEqual([['999901', 2]]);
    expect(own.countyCount).toBe(4);
    const future = await refusal(only.stocktake.evaluation(city, { year: 2027 }));
    expect(future.code).toBe('YEAR_NOT_AVAILABLE');
  });
});
