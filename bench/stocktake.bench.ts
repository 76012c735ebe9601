/**
 * Benchmark of the stocktake page data for the city (issue 14): GET /api/v1/stocktake as the city
 * staff sees it, on the Jining demo data (演示数据: 14 county-level units, their milestones, work
 * plans, measures and reports as the other areas' demo writers make them) in PGlite.
 *
 * - cold: a new context on the loaded database, the first call (the registry view, the scorecard,
 *   the outlooks, the milestones, the measures and their reports, the league table — all of it);
 * - warm: the same call again, nothing changed (the memo by the data markers answers), median;
 * - after a write: a recorded stocktake moves the markers, so the next call gathers everything again;
 * - through the HTTP API (app.inject, with the session check and the response schema), warm, median.
 *
 *   node --import tsx bench/stocktake.bench.ts
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

const now = () => new Date('2026-11-16T10:00:00+08:00');
const dataDir = mkdtempSync(join(tmpdir(), 'eduplan-bench-stocktake-'));
const handle = await openDatabase({ kind: 'pglite', dataDir });
const [, loadMs] = await time(() => createDemoData(handle.db, { now }));
const plan = loadPlan();
const city = {
  actor: { id: null, username: 'bench', ip: null },
  scope: { kind: 'org' as const, orgCode: plan.orgCode },
};

const ctx = createAppContextFrom(handle, plan, { clock: now });
const [first, coldMs] = await time(() => runInDataScope(() => ctx.stocktake.stocktake(city)));
const warm: number[] = [];
for (let i = 0; i < 20; i++)
  warm.push((await time(() => runInDataScope(() => ctx.stocktake.stocktake(city))))[1]);
await runInDataScope(() => ctx.stocktake.record(city, { label: '基准测试' }));
const [, afterWriteMs] = await time(() => runInDataScope(() => ctx.stocktake.stocktake(city)));

// Where the cold time goes: a second new context, the other areas' answers first, then the stocktake.
const ctx2 = createAppContextFrom(handle, plan, { clock: now });
const [, scorecardMs] = await time(() => runInDataScope(() => ctx2.targets.scorecard(null)));
const [, milestonesMs] = await time(() => runInDataScope(() => ctx2.milestones.status(null, {})));
const [, reportsMs] = await time(() => runInDataScope(() => ctx2.reporting.measureStates(null, {})));
const [, restMs] = await time(() => runInDataScope(() => ctx2.stocktake.stocktake(city)));

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
    app.inject({ method: 'GET', url: '/api/v1/stocktake', headers: { cookie } }),
  );
  if (res.statusCode !== 200)
    throw new Error(`GET /api/v1/stocktake → ${res.statusCode} ${res.body.slice(0, 200)}`);
  bytes = res.rawPayload.byteLength;
  http.push(t);
}
const measures = first.rows.reduce((n, r) => n + r.measures.length, 0);
const milestones = first.rows.reduce((n, r) => n + r.milestones.length, 0);

const lines = [
  '## 11. Stocktake page data for the city (月度调度, Jining demo)',
  '',
  `Demo loaded in ${ms(loadMs)}; ${first.rows.length} county-level units, ${milestones} milestone × county rows, ${measures} measures, clock 2026-11-16.`,
  '',
  '| step | time |',
  '| --- | --- |',
  `| cold (new context: registry view, scorecard, outlooks, milestones, measures, reports, league table) | ${ms(coldMs)} |`,
  `| … of which the scorecard (registry view, all targets × units × years, T4) | ${ms(scorecardMs)} |`,
  `| … of which the milestones of every county and township | ${ms(milestonesMs)} |`,
  `| … of which the measures' report states | ${ms(reportsMs)} |`,
  `| … the stocktake on top of those (outlooks, 14 units' targets, league table, last record) | ${ms(restMs)} |`,
  `| warm (nothing changed), median of 20 | ${ms(median(warm))} |`,
  `| after recording a stocktake (markers moved: gathered again) | ${ms(afterWriteMs)} |`,
  `| GET /api/v1/stocktake through the API (app.inject), warm, median of 20 | ${ms(median(http))} (${(bytes / 1024).toFixed(0)} KiB JSON) |`,
];
console.log(lines.join('\n'));
await app.close();
await ctx.close();
rmSync(dataDir, { recursive: true, force: true });
