/**
 * "Once the city approves (or the county, per setting)": with finalLevel county in
 * config/live-figures.yaml, the county's approval makes a form final — its values are the 2026
 * statistics at once and the figures move — while with the shipped setting (city) they do not.
 * 甲县育才幼儿园 (KA00000003, inclusive private) reports 3 more children than its 60 of 2025.
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

describe.each(testBackends())('final level per setting on $name', (backend) => {
  for (const finalLevel of ['county', 'city'] as const) {
    describe(`finalLevel ${finalLevel}`, () => {
      let ctx: AppContext;
      beforeAll(async () => {
        const database = await backend.open();
        await loadSmallDataset(database.db);
        ctx = createAppContextFrom(
          database,
          { ...loadPlan(), orgCode: '999900' },
          {
            clock: () => new Date('2026-09-15T10:00:00+08:00'),
            liveFigures: { completeShare: 0.95, finalLevel, resubmitGraceDays: 7 },
          },
        );
      });
      afterAll(async () => {
        await ctx?.close();
      });

      it(`${finalLevel === 'county' ? 'publishes' : 'does not publish'} the figures on the county's approval`, async () => {
        const svc = ctx.collection;
        const opened = await svc.entry.open(PERIOD, KG, clerk);
        const values = Object.fromEntries(Object.entries(opened.previous ?? {}).map(([k, v]) => [k, v ?? 0]));
        // 2025: 60 children, 20 per grade in one class; 3 more boys in 小班 and a second class.
        values['ENR.K1.male'] = (values['ENR.K1.male'] as number) + 3;
        values['CLASS_SIZES.K1'] = [20, 3];
        await svc.entry.save(PERIOD, KG, clerk, { version: 0, values });
        await svc.review.act(PERIOD, KG, clerk, 'submit');
        await svc.review.act(PERIOD, KG, county, 'approve');
        const view = await ctx.cache.get();
        const c = await svc.completeness.completeness(PERIOD, county);
        if (finalLevel === 'county') {
          expect(view.enrolment.get(2026)?.get(KG)).toBe(63);
          expect(c.schools.find((s) => s.code === KG)!.final).toBe(true);
        } else {
          expect(view.enrolment.get(2026)?.get(KG)).toBeUndefined();
          expect(c.schools.find((s) => s.code === KG)!.final).toBe(false);
        }
      });
    });
  }
});
