/**
 * Writes the demo township facts of the milestones (演示数据, src/demo/demo.milestones.ts) and the
 * city's reviews of them, in the demo's transaction. The milestones' registry attributes (resource
 * centres, township-seat schools, special schools' departments) come with the registry's demo
 * attributes (src/demo/demo.attributes.ts).
 */
import { insertReviews, insertTownshipFacts } from '../../db/milestones/milestones.repository.ts';
import { JINING_DEMO_PROGRESS } from '../../demo/demo-inputs.ts';
import { demoTownshipFacts } from '../../demo/demo.milestones.ts';
import type { AreaDemo } from './area-demos.ts';

const ACCOUNTS: Record<string, string> = { '370811': 'rencheng', '370827': 'yutai' };

export const milestonesDemo: AreaDemo = {
  area: 'milestones',
  title: '乡镇强镇筑基试点和镇村一体化登记',
  async write({ tx, seed, now, config }) {
    const facts = demoTownshipFacts({
      seed,
      now,
      orgUnits: config.orgUnits,
      progress: (code) => JINING_DEMO_PROGRESS[code] ?? 0.5,
      countyAccount: (code) => ACCOUNTS[code] ?? `county-${code}`,
    });
    const ids = await insertTownshipFacts(
      tx,
      facts.map(({ reviews: _reviews, ...f }) => ({ ...f, evidenceIds: [] })),
    );
    const reviews = facts.flatMap((f, i) =>
      f.reviews.map((r) => ({ ...r, subject: 'fact' as const, subjectId: ids[i]! })),
    );
    await insertReviews(tx, reviews);
    const waiting = facts.filter((f) => f.reviews.length === 0 && f.value).length;
    return `${facts.length} 条乡镇事项登记（${waiting} 条待市级核实）`;
  },
};
