/**
 * Timeliness is the first submission's. 甲县育才幼儿园 submits on 30 October, two days before the
 * 2026 autumn period closes (31 October 23:59:59 Beijing time); the county returns it on 2
 * November, after the close; the school corrects it within the 7-day grace and resubmits on 5
 * November. It is on time, with its first submission's time; a school that never submitted is
 * late. The clock moves through the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';
import { collectionCaller } from '../support/collection.ts';

const PERIOD = '2026-autumn';
const KG = 'KA00000003';
const clerk = collectionCaller('clerk-KA3', 'school', { kind: 'institution', institutionCode: KG });
const county = collectionCaller('county1', 'county', { kind: 'org', orgCode: '999901' });

describe.each(testBackends())('collection timeliness on $name', (backend) => {
  let ctx: AppContext;
  let now = new Date('2026-10-30T09:00:00+08:00');
  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    ctx = createAppContextFrom(database, { ...loadPlan(), orgCode: '999900' }, { clock: () => now });
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('keeps a school on time when its on-time form is returned after the close and resubmitted', async () => {
    const svc = ctx.collection;
    const opened = await svc.entry.open(PERIOD, KG, clerk);
    const values = Object.fromEntries(Object.entries(opened.previous ?? {}).map(([k, v]) => [k, v ?? 0]));
    await svc.entry.save(PERIOD, KG, clerk, { version: 0, values });
    await svc.review.act(PERIOD, KG, clerk, 'submit');

    now = new Date('2026-11-02T10:00:00+08:00');
    await svc.review.act(PERIOD, KG, county, 'return', '请核对大班人数');
    now = new Date('2026-11-05T10:00:00+08:00');
    expect((await svc.review.act(PERIOD, KG, clerk, 'submit')).state).toBe('submitted');

    const c = await svc.completeness.completeness(PERIOD, county);
    const kg = c.schools.find((s) => s.code === KG)!;
    expect(kg.late).toBe(false);
    expect(Date.parse(kg.submittedAt!)).toBe(Date.parse('2026-10-30T09:00:00+08:00'));
    // 甲县实验幼儿园 never started: late. 5 November is 4 days 10 hours after the close → −5.
    expect(c.schools.find((s) => s.code === 'KA00000001')!.late).toBe(true);
    expect(c.daysLeft).toBe(-5);
  });
});
