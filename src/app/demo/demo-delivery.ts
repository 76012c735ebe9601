/**
 * Writes the demo work plans (演示数据, src/demo/demo.delivery.ts) of the 14 county-level units: their
 * versions, measure identities, measures and history, in the demo's transaction.
 */
import {
  insertEvents,
  insertMeasureIdentities,
  insertMeasures,
  insertVersion,
} from '../../db/delivery/delivery.repository.ts';
import { demoWorkPlans } from '../../demo/demo.delivery.ts';
import type { AreaDemo } from './area-demos.ts';

export const deliveryDemo: AreaDemo = {
  area: 'delivery',
  title: '县级工作方案和举措',
  async write({ tx, seed, now, plan, config, dataset }) {
    const plans = demoWorkPlans({
      seed,
      now,
      plan,
      orgUnits: config.orgUnits,
      institutions: dataset.institutions,
    });
    let measures = 0;
    for (const p of plans) {
      await insertMeasureIdentities(
        tx,
        p.identities.map((i) => ({ ...i, countyCode: p.countyCode })),
      );
      const ids = new Map<number, number>();
      for (const v of p.versions) {
        const { measures: rows, ...version } = v;
        // Inserted as they stand: the trigger guards changes of frozen versions, not their creation.
        const created = await insertVersion(tx, {
          ...version,
          countyCode: p.countyCode,
          revision: 1 + p.events.filter((e) => e.version === v.version).length,
        });
        ids.set(v.version, created.id);
        await insertMeasures(
          tx,
          created.id,
          rows.map((m, position) => ({ ...m, position })),
        );
      }
      const byVersion = new Map(p.versions.map((v) => [v.version, v.measures]));
      await insertEvents(
        tx,
        p.events.map((e) => ({
          planVersionId: ids.get(e.version)!,
          countyCode: p.countyCode,
          version: e.version,
          action: e.action,
          fromState: e.fromState,
          toState: e.toState,
          actorUsername: e.actor,
          comment: e.comment,
          measures: e.withMeasures ? byVersion.get(e.version)! : null,
          at: e.at,
        })),
      );
      measures += p.versions.at(-1)!.measures.length;
    }
    const approved = plans.filter((p) => p.versions.at(-1)!.state === 'approved').length;
    return `${plans.length} 个县市区的工作方案（${approved} 个已批准，${measures} 条举措）`;
  },
};
