/**
 * The 2027 outlook on the cards of TargetsService.targetsFor, on the small invented city
 * (test/support/small-dataset.ts: statistics for 2023 and 2025). Expected values by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

describe.each(testBackends())('target outlook on $name', (backend) => {
  let ctx: AppContext;
  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    ctx = createAppContextFrom(database, { ...loadPlan(), orgCode: '999900' });
  });
  afterAll(async () => {
    await ctx?.close();
  });

  const card = async (org: string | undefined, id: string, year?: number) =>
    (await ctx.targets.targetsFor(year, org)).cards.find((c) => c.target.id === id)!;

  it('projects a county’s T1 on its two complete years', async () => {
    // 县1 T1: 200 / 400 = 0.5 (2023), 180 / 300 = 0.6 (2025) → +0.05 a year → 0.70 in 2027 < 0.8.
    const t1 = await card('999901', 'T1');
    expect(t1.outlook).toMatchObject({
      targetYear: 2027,
      basisYears: [2023, 2025],
      method: 'linear3',
      low: null,
      high: null,
      onTrack: false,
    });
    expect(t1.outlook!.value).toBeCloseTo(0.7, 12);
  });

  it('projects the city’s T1 and clamps T5 to 100 %', async () => {
    // City T1: 650 / 1050 (2023), 610 / 850 (2025): 0.717647 + (0.717647 − 0.619048) = 0.816246 ≥ 0.8.
    const t1 = await card(undefined, 'T1');
    expect(t1.outlook!.value).toBeCloseTo(2 * (610 / 850) - 650 / 1050, 12);
    expect(t1.outlook!.onTrack).toBe(true);
    // 县1 T5: 0 / 2 (2023) → 1 / 2 (2025) → 1.0 in 2027 (0.5 + 0.5), at the threshold 0.9 and over.
    const t5 = await card('999901', 'T5');
    expect(t5.outlook!.value).toBe(1);
    expect(t5.outlook!.onTrack).toBe(true);
  });

  it('is as of the year shown, and absent where the figure is not computed', async () => {
    // As of 2023 there is one complete year only: no value.
    const early = await card('999901', 'T1', 2023);
    expect(early.outlook).toMatchObject({ value: null, basisYears: [2023], onTrack: null });
    // T4 is a city-wide target: a county's card has no figure and no outlook.
    expect((await card('999901', 'T4')).outlook).toBeNull();
  });

  it('gives the CLI every unit’s outlook by target and unit', async () => {
    const { year, outlooks } = await ctx.targets.outlooks(undefined);
    expect(year).toBe(2025);
    expect(outlooks.get('T1:999901')!.value).toBeCloseTo(0.7, 12);
    expect(outlooks.get('T4:999901')).toBeNull();
    // City + 3 counties + the zone, 7 targets each.
    expect(outlooks.size).toBe(35);
  });
});
