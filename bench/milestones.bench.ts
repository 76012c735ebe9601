/**
 * Benchmark of milestone completion for all counties and townships (issue 14): the nine milestones
 * of the Jining plan evaluated for the 14 county-level units and their townships and schools, on
 * the Jining demo data (演示数据, with the milestones' registry attributes and township facts) in
 * PGlite, clock 2026-12-04.
 *
 * - cold: a new context on the loaded database, the first call (the registry view, the per-year
 *   institutions with their attributes, the county standards' figures and verdicts of every year,
 *   the township facts and reviews, the evaluation with its walk back through earlier years);
 * - cold, without the county standards (a context whose standards are already evaluated: what the
 *   milestones themselves cost);
 * - warm: the same call again, nothing changed (memo by data view, markers and day), median of 20;
 * - another day (asOf moves): the evaluation again on cached views and standards, median of 10;
 * - through the HTTP API (app.inject as the city staff, session check and response schema), warm.
 *
 *   node --import tsx bench/milestones.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/api/app.ts';
import { createAppContextFrom } from '../src/app/app.context.ts';
import { createDemoData, DEMO_PASSWORD } from '../src/app/demo/demo.service.ts';
import { loadPlan } from '../src/app/plan/plan.loader.ts';
import { runInDataScope } from '../src/app/shared/data.snapshot.ts';
import { openDatabase } from '../src/db/database.ts';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

const now = () => new Date('2026-12-04T10:00:00+08:00');
const dataDir = mkdtempSync(join(tmpdir(), 'eduplan-bench-milestones-'));
const handle = await openDatabase({ kind: 'pglite', dataDir });
const [, loadMs] = await time(() => createDemoData(handle.db, { now }));
const plan = loadPlan();

const ctx = createAppContextFrom(handle, plan, { clock: now });
const [first, coldMs] = await time(() => runInDataScope(() => ctx.milestones.status(null, {})));
const warm: number[] = [];
for (let i = 0; i < 20; i++)
  warm.push((await time(() => runInDataScope(() => ctx.milestones.status(null, {}))))[1]);
const days: number[] = [];
for (let i = 0; i < 10; i++) {
  const asOf = `2026-0${1 + (i % 9)}-1${i % 10}`;
  days.push((await time(() => runInDataScope(() => ctx.milestones.status(null, { asOf }))))[1]);
}

// The milestones' own share of the cold call: a new context whose standards are evaluated first.
const ctx2 = createAppContextFrom(handle, plan, { clock: now });
const [, standardsMs] = await time(() =>
  runInDataScope(async () => {
    const view = await ctx2.data.current().view();
    for (const y of view.years) await ctx2.standards.city(y, null);
  }),
);
const [, ownMs] = await time(() => runInDataScope(() => ctx2.milestones.status(null, {})));

const app = await buildApp(ctx);
const loginRes = await app.inject({
  method: 'POST',
  url: '/api/v1/session',
  payload: { username: 'city', password: DEMO_PASSWORD },
});
const cookie = `ep_session=${loginRes.cookies.find((c) => c.name === 'ep_session')!.value}`;
const http: number[] = [];
let bytes = 0;
for (let i = 0; i < 20; i++) {
  const [res, t] = await time(() =>
    app.inject({ method: 'GET', url: '/api/v1/milestones', headers: { cookie } }),
  );
  if (res.statusCode !== 200)
    throw new Error(`GET /api/v1/milestones → ${res.statusCode} ${res.body.slice(0, 200)}`);
  bytes = res.rawPayload.byteLength;
  http.push(t);
}

const units = first.milestones.reduce((n, m) => n + m.units.length, 0);
const missing = first.milestones.reduce((n, m) => n + m.units.reduce((k, u) => k + u.missing.length, 0), 0);
const overdue = first.milestones.reduce((n, m) => n + m.summary.overdue, 0);
const lines = [
  '## 10. Milestone completion for all counties and townships (时间节点, Jining demo)',
  '',
  `Demo loaded in ${ms(loadMs)}; ${first.milestones.length} milestones × 14 county-level units = ${units} unit statuses, ${overdue} 逾期未完成, ${missing} townships / schools / counties missing; clock 2026-12-04.`,
  '',
  '| step | time |',
  '| --- | --- |',
  `| cold (new context: registry view, standards of every year, facts, evaluation) | ${ms(coldMs)} |`,
  `| second new context: registry view and the county standards of every year first | ${ms(standardsMs)} |`,
  `| …then the milestones' own cold evaluation (per-year institutions, facts, walk back) | ${ms(ownMs)} |`,
  `| warm (nothing changed), median of 20 | ${ms(median(warm))} |`,
  `| another day (asOf), median of 10 | ${ms(median(days))} |`,
  `| GET /api/v1/milestones as the city staff, warm, median of 20 (${(bytes / 1024).toFixed(0)} KB) | ${ms(median(http))} |`,
];
process.stdout.write(`${lines.join('\n')}\n`);

await app.close();
await ctx.close();
rmSync(dataDir, { recursive: true, force: true });
