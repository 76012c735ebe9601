/**
 * Benchmarks (npm run bench). Prints the figures and writes docs/BENCHMARKS.md with the machine
 * and the date. Nothing here is asserted: speed is measured, not tested.
 *
 *   1. Jining demo: generation time, write time, database size.
 *   2. Full scorecard (all targets × city and county-level units × all years), warm:
 *      engine alone and through the HTTP API (app.inject), median of many runs.
 *   3. Login throughput and the cost of the session check on a list endpoint.
 *   4. The web app: initial JS gzipped and the cockpit's time to content in Chromium.
 *   5. County standards for Jining: evaluation cold and warm, T4 for all years, gap plans;
 *      data collection: approval to cockpit, figures with pending forms, the city's bulk approval.
 *   6. Province scale (16 synthetic cities, ~36,000 institutions): building the engine view and
 *      the scorecard of every city and of the province, time and peak memory; county standards
 *      for every county of the province.
 *   7. Data collection: a 2,000-school Excel workbook (~150 fields, one county importing for its
 *      schools) from upload to commit, against exceljs's own read time.
 *   8. SQL statements per request, and how many of them only ask whether anything changed.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/api/app.ts';
import { createAppContextFrom } from '../src/app/app.context.ts';
import { createDemoData, DEMO_PASSWORD, generateJiningDemo } from '../src/app/demo/demo.service.ts';
import { loadPlan } from '../src/app/plan/plan.loader.ts';
import { loadRegistryConfig, PROJECT_ROOT } from '../src/app/registry/registry-config.loader.ts';
import { openDatabase } from '../src/db/database.ts';
import { hashPassword } from '../src/app/access/password.hasher.ts';
import { insertAccounts } from '../src/db/access/access.repository.ts';
import { databaseSize } from '../src/db/registry/registry.repository.ts';
import { computeScorecard } from '../src/domain/targets/target.engine.ts';
import { evaluateCity } from '../src/domain/standards/evaluate.ts';
import { fieldValuesFromStatistics } from '../src/domain/collection/statistics-values.ts';
import type { Scope } from '../src/domain/access/access.types.ts';
import { listStatisticsOf } from '../src/db/registry/registry.repository.ts';
import { totalEnrolment } from '../src/domain/shared/enrolment.ts';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
function dirSize(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? dirSize(p) : statSync(p).size;
  }
  return total;
}
async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

const lines: string[] = [];
const out = (s: string) => {
  console.log(s);
  lines.push(s);
};

// ---------------------------------------------------------------- 1. Jining demo
const config = loadRegistryConfig();
const genTimes: number[] = [];
let demo = generateJiningDemo(config);
for (let i = 0; i < 3; i++) {
  const [d, t] = await time(() => generateJiningDemo(config));
  demo = d;
  genTimes.push(t);
}
const dataDir = mkdtempSync(join(tmpdir(), 'eduplan-bench-'));
const handle = await openDatabase({ kind: 'pglite', dataDir });
const [load] = await time(() => createDemoData(handle.db));
const dbBytes = await databaseSize(handle.db);

out('## 1. Jining demo data (PGlite, data folder on local disk)');
out('');
out('| measure | value |');
out('|---|---|');
out(
  `| institutions / statistics rows / attribute records / events | ${demo.institutions.length} / ${demo.statistics.length} / ${demo.attributes.length} / ${demo.events.length} |`,
);
out(`| generation (in memory), median of 3 | ${ms(median(genTimes))} |`);
out(`| write in one transaction (unnest bulk insert) | ${ms(load.writeMs)} |`);
out(`| database size (pg_database_size) | ${mb(dbBytes)} |`);
out(`| data folder on disk (tables, indexes, WAL) | ${mb(dirSize(dataDir))} |`);

// ---------------------------------------------------------------- 2. Scorecard, warm
const plan = loadPlan();
const ctx = createAppContextFrom(handle, plan);
const [view, viewMs] = await time(() => ctx.cache.get());
const engineTimes: number[] = [];
let figures = 0;
for (let i = 0; i < 30; i++) {
  const [f, t] = await time(() => computeScorecard(plan, view.orgIndex, view.snapshots));
  figures = f.length;
  engineTimes.push(t);
}
const app = await buildApp(ctx);
const cityLogin = await app.inject({
  method: 'POST',
  url: '/api/v1/session',
  payload: { username: 'city', password: DEMO_PASSWORD },
});
const cityCookie = `ep_session=${cityLogin.cookies.find((c) => c.name === 'ep_session')!.value}`;
const apiTimes: number[] = [];
for (let i = 0; i < 23; i++) {
  const [res, t] = await time(() =>
    app.inject({ method: 'GET', url: '/api/v1/targets/scorecard', headers: { cookie: cityCookie } }),
  );
  if (res.statusCode !== 200) throw new Error(`scorecard API answered ${res.statusCode}`);
  if (i >= 3) apiTimes.push(t); // the first runs warm up the serializer
}
await app.close();
out('');
out('## 2. Full scorecard for Jining, warm');
out('');
out(
  `All targets × (city + ${view.orgIndex.counties.length} county-level units) × ${view.years.length} school years = ${figures} figures.`,
);
out('');
out('| measure | value |');
out('|---|---|');
out(`| loading the engine view from the database (cold, once) | ${ms(viewMs)} |`);
out(`| engine: computeScorecard, median of 30 | ${ms(median(engineTimes))} |`);
out(
  `| HTTP: GET /api/v1/targets/scorecard via app.inject, warm, as a logged-in city user (session check + scorecard cached per data revision + response validation + JSON), median of 20 | ${ms(median(apiTimes))} |`,
);
out(`| goal | under 50 ms |`);
// ---------------------------------------------------------------- 4. Login and authorisation
// Real password cost (scrypt N = 2^15, as in production), on the demo accounts.
const authApp = await buildApp(ctx, {
  loginLimits: { failuresPerIp: 1e6, failuresPerUser: 1e6, windowMs: 1000 },
});
const loginOnce = async (username = 'admin') => {
  const r = await authApp.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { username, password: DEMO_PASSWORD },
  });
  if (r.statusCode !== 200) throw new Error(`login answered ${r.statusCode}`);
  return r;
};
await loginOnce();
const [, seqMs] = await time(async () => {
  for (let i = 0; i < 20; i++) await loginOnce();
});
// 20 people at once: one account admits at most 5 password checks in flight (issue 12: attempts
// are claimed before the check), so the parallel logins are of 20 accounts.
const loginHash = await hashPassword(DEMO_PASSWORD);
await insertAccounts(
  handle.db,
  Array.from({ length: 20 }, (_, i) => ({
    username: `bench-login-${i}`,
    displayName: `压测账号${i}`,
    role: 'cityStaff' as const,
    scope: { kind: 'org' as const, orgCode: '370800' },
    passwordHash: loginHash,
    mustChangePassword: false,
  })),
);
const [, parMs] = await time(() =>
  Promise.all(Array.from({ length: 20 }, (_, i) => loginOnce(`bench-login-${i}`))),
);
const session = (await loginOnce()).cookies.find((c) => c.name === 'ep_session')!.value;
const list = '/api/v1/institutions?org=370811&pageSize=20&sort=enrolment&order=desc';
const listTimes: number[] = [];
const authTimes: number[] = [];
const serviceTimes: number[] = [];
for (let i = 0; i < 53; i++) {
  const [r, t] = await time(() =>
    authApp.inject({ method: 'GET', url: list, headers: { cookie: `ep_session=${session}` } }),
  );
  if (r.statusCode !== 200) throw new Error(`list answered ${r.statusCode}`);
  const [, a] = await time(() => ctx.auth.authenticate(session));
  const [, sv] = await time(() =>
    ctx.registry.listInstitutions({ org: '370811', pageSize: 20, sort: 'enrolment', order: 'desc' }),
  );
  if (i >= 3) {
    listTimes.push(t);
    authTimes.push(a);
    serviceTimes.push(sv);
  }
}
// Bulk creation of one school clerk per institution (about 2,000 accounts), as from an .xlsx.
const importRows = [...view.institutions.values()].slice(0, 2000).map((inst, i) => ({
  row: i + 2,
  username: inst.code.toLowerCase(),
  displayName: `${inst.name.slice(0, 20)}填报员`,
  role: 'schoolClerk' as const,
  scopeCode: inst.code,
}));
const cliManager = { actor: { id: null, username: 'bench', ip: null }, session: null };
const [created, importMs] = await time(() => ctx.users.importRows(cliManager, importRows, []));
await authApp.close();
out('');
out('## 3. Login and authorisation (PGlite, scrypt N = 2^15 as in production)');
out('');
out('| measure | value |');
out('|---|---|');
out(
  `| logins, one after another (20) | ${(20 / (seqMs / 1000)).toFixed(1)} per second (${ms(seqMs / 20)} each) |`,
);
out(
  `| logins, 20 accounts at once (libuv thread pool, 2 cores) | ${(20 / (parMs / 1000)).toFixed(1)} per second |`,
);
out(`| GET ${list} with a session, median of 50 | ${ms(median(listTimes))} |`);
out(
  `| of which the session check (authenticate: session + account lookup), median of 50 | ${ms(median(authTimes))} |`,
);
out(
  `| the same list use case called directly (no HTTP, no session), median of 50 | ${ms(median(serviceTimes))} |`,
);
out(
  `| bulk creation of ${created.length} school-clerk accounts (checks, hashing, one transaction, audit rows) | ${ms(importMs)} |`,
);

// ---------------------------------------------------------------- 5. Web app
// Production bundle: the JS the browser loads first (entry + its modulepreloads), gzipped.
execSync('npx vite build --config web/vite.config.ts', { cwd: PROJECT_ROOT, stdio: 'pipe' });
const distHtml = readFileSync(join(PROJECT_ROOT, 'web/dist/index.html'), 'utf8');
const initialFiles = [...distHtml.matchAll(/(?:src|href)="\/app\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
const gz = (f: string) => gzipSync(readFileSync(join(PROJECT_ROOT, 'web/dist', f))).length;
const initialGz = initialFiles.reduce((n, f) => n + gz(f), 0);
const allJs = readdirSync(join(PROJECT_ROOT, 'web/dist/assets')).filter((f) => f.endsWith('.js'));
const largestLazy = allJs
  .filter((f) => !initialFiles.includes(`assets/${f}`))
  .map((f) => [f, gz(`assets/${f}`)] as const)
  .sort((a, b) => b[1] - a[1])[0];
// Cockpit time to content: from navigation to the seven target cards, logged in, warm server.
const webApp = await buildApp(ctx);
await webApp.listen({ host: '127.0.0.1', port: 0 });
const port = (webApp.server.address() as { port: number }).port;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const ttc: number[] = [];
try {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
  const loginRes = await context.request.post(`http://127.0.0.1:${port}/api/v1/session`, {
    data: { username: 'city', password: DEMO_PASSWORD },
  });
  if (!loginRes.ok()) throw new Error(`login answered ${loginRes.status()}`);
  for (let i = 0; i < 6; i++) {
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(`http://127.0.0.1:${port}/app/`);
    await page.locator('.target-card').nth(6).waitFor();
    if (i > 0) ttc.push(performance.now() - t0); // the first load warms the server
    await page.close();
  }
} finally {
  await browser.close();
  await webApp.close();
}
out('');
out('## 4. Web app (production build, Chromium on localhost)');
out('');
out('| measure | value |');
out('|---|---|');
out(
  `| initial JS (entry + preloaded chunks, ${initialFiles.length} files), gzipped | ${(initialGz / 1024).toFixed(0)} kB (goal: under 800 kB) |`,
);
if (largestLazy)
  out(`| largest lazy chunk (${largestLazy[0]}), gzipped | ${(largestLazy[1] / 1024).toFixed(0)} kB |`);
out(
  `| cockpit time to content (navigation → seven target cards, logged in, Jining demo), median of 5 | ${ms(median(ttc))} (goal: under 2 s) |`,
);

// ---------------------------------------------------------------- 6. County standards (Jining)
// A fresh service on the same data: "cold" includes reading every statistics row of the year.
const stdCtx = createAppContextFrom(handle, plan);
const [, stdColdMs] = await time(() => stdCtx.standards.city(2025, null));
const stdWarm: number[] = [];
for (let i = 0; i < 10; i++) {
  const input = await Promise.all(
    stdCtx.standards.assessedCounties(view).map((c) => stdCtx.standards.countyInput(c.code, 2025, null)),
  );
  const [, t] = await time(() => evaluateCity(stdCtx.standards.packs, input));
  stdWarm.push(t);
}
const [, t4ColdMs] = await time(() => stdCtx.standards.verdicts());
// A recording (an evaluator's verdict) invalidates the evaluations but not the statistics.
await stdCtx.standards.recordJudgement({ id: null, username: 'bench', ip: null }, null, '370811', 2025, {
  itemId: 'CB-G01',
  met: true,
  score: null,
  evidence: '基准测试',
});
const [, afterRecordMs] = await time(() => stdCtx.standards.verdicts());
const gapTimes: number[] = [];
let gapItems = 0;
for (const c of stdCtx.standards.assessedCounties(view)) {
  const [g, t] = await time(() => stdCtx.standards.gap(c.code, 2025, null));
  gapTimes.push(t);
  gapItems += g.plan.items.length;
}
const schoolSections = (
  await Promise.all(
    stdCtx.standards.assessedCounties(view).map((c) => stdCtx.standards.countyInput(c.code, 2025, null)),
  )
).reduce((n, i) => n + i.schools.length + i.kindergartens.length, 0);
out('');
out('## 5. County standards (优质均衡 and 普及普惠) for Jining');
out('');
out(
  `${stdCtx.standards.assessedCounties(view).length} assessed counties, ${schoolSections} school sections and kindergartens in 2025.`,
);
out('');
out('| measure | value |');
out('|---|---|');
out(
  `| first evaluation of all counties for 2025 (reads the year's statistics, builds sections, evaluates) | ${ms(stdColdMs)} |`,
);
out(`| evaluation of all counties for one year, inputs in memory, median of 10 | ${ms(median(stdWarm))} |`);
out(
  `| T4 for all ${view.years.length} years, statistics of the other years not yet read | ${ms(t4ColdMs)} |`,
);
out(`| T4 for all years again after an evaluator's recording (statistics cached) | ${ms(afterRecordMs)} |`);
out(
  `| gap-to-pass plan per county (${gapItems} plan items in all), median / max | ${ms(median(gapTimes))} / ${ms(Math.max(...gapTimes))} |`,
);
await stdCtx.standards.city(2025, null);

// ---------------------------------------------------------------- 5b. Approval to cockpit
// A kindergarten of 任城区 reports five more children in 小班 for 2025; the city's approval makes
// them the statistics. Measured: the approval call, then the first scorecard that shows them
// (the data view is patched from the change log, not reloaded); then the scorecard including a
// second kindergarten's submitted, not yet approved form.
const latencyCtx = createAppContextFrom(handle, plan, { clock: () => new Date('2025-09-20T10:00:00+08:00') });
await latencyCtx.targets.scorecard();
const lview = await latencyCtx.cache.get();
const kg = (lview.snapshots.get(2025) ?? []).find(
  (iy) =>
    iy.institution.countyCode === '370811' && iy.institution.runningType === '111' && (iy.enrolment ?? 0) > 0,
)!.institution;
const kgStats = (await listStatisticsOf(handle.db, kg.code)).find((y) => y.schoolYear === 2025)!;
const period = latencyCtx.collection.requirePeriod('2025-autumn');
const kgForm = latencyCtx.collection.formFor(period, '111')!;
const kgValues = fieldValuesFromStatistics(latencyCtx.collection.catalog, kgForm, kgStats);
kgValues['ENR.K1.male'] = (kgValues['ENR.K1.male'] as number) + 5;
kgValues['CLASS_SIZES.K1'] = [...(kgValues['CLASS_SIZES.K1'] as number[]), 5];
const who = (username: string, scope: Scope) => ({
  actor: { id: null, username, ip: null },
  scope,
});
const clerk = who('bench-clerk', { kind: 'institution', institutionCode: kg.code });
const explain = Object.fromEntries(
  latencyCtx.collection.catalog.rules.map((r) => [r.id, '基准测试：核实无误']),
);
await latencyCtx.collection.entry.save('2025-autumn', kg.code, clerk, {
  version: 0,
  values: kgValues,
  explanations: explain,
});
await latencyCtx.collection.review.act('2025-autumn', kg.code, clerk, 'submit');
await latencyCtx.collection.review.act(
  '2025-autumn',
  kg.code,
  who('bench-county', { kind: 'org', orgCode: '370811' }),
  'approve',
);
const [, approveMs] = await time(() =>
  latencyCtx.collection.review.act(
    '2025-autumn',
    kg.code,
    who('bench-city', { kind: 'org', orgCode: '370800' }),
    'approve',
  ),
);
const [, cockpitMs] = await time(() => latencyCtx.targets.scorecard());
const shown = (await latencyCtx.cache.get()).enrolment.get(2025)?.get(kg.code);
if (shown !== totalEnrolment(kgStats) + 5) throw new Error('approved figure not live');
if (latencyCtx.cache.counts.fullLoads !== 1) throw new Error('the approval reloaded the whole view');
// "Including pending submissions": a second kindergarten's form submitted, not yet approved.
const kg2 = (lview.snapshots.get(2025) ?? []).find(
  (iy) =>
    iy.institution.countyCode === '370811' &&
    iy.institution.runningType === '111' &&
    (iy.enrolment ?? 0) > 0 &&
    iy.institution.code !== kg.code,
)!.institution;
const kg2Stats = (await listStatisticsOf(handle.db, kg2.code)).find((y) => y.schoolYear === 2025)!;
const kg2Values = fieldValuesFromStatistics(latencyCtx.collection.catalog, kgForm, kg2Stats);
kg2Values['ENR.K1.male'] = (kg2Values['ENR.K1.male'] as number) + 5;
kg2Values['CLASS_SIZES.K1'] = [...(kg2Values['CLASS_SIZES.K1'] as number[]), 5];
const clerk2 = who('bench-clerk2', { kind: 'institution', institutionCode: kg2.code });
await latencyCtx.collection.entry.save('2025-autumn', kg2.code, clerk2, {
  version: 0,
  values: kg2Values,
  explanations: explain,
});
await latencyCtx.collection.review.act('2025-autumn', kg2.code, clerk2, 'submit');
const [, pendingFirstMs] = await time(() => latencyCtx.targets.scorecard(null, true));
const pendingWarm: number[] = [];
for (let i = 0; i < 10; i++)
  pendingWarm.push((await time(() => latencyCtx.targets.scorecard(null, true)))[1]);
out('');
out("Data collection, approval to cockpit (demo data; one kindergarten's 2025 form approved by the city):");
out('');
out('| measure | value |');
out('|---|---|');
out(
  `| the city's approval (state change, statistics replaced, revision moved with its change recorded, audit; the data view patched) | ${ms(approveMs)} |`,
);
out(
  `| then the first scorecard with the new figure (that year's figures and T4 recomputed, the other years kept) | ${ms(cockpitMs)} |`,
);
out(`| approval to cockpit, total (goal: under 1 s) | ${ms(approveMs + cockpitMs)} |`);
out(
  `| scorecard including pending submissions, first after a submission (overlay, T4 of that year re-evaluated) / warm median of 10 | ${ms(pendingFirstMs)} / ${ms(median(pendingWarm))} |`,
);

// ---------------------------------------------------------------- 5c. City bulk approval
// The demo's seeded 2026 autumn forms that the counties approved (none is final): the city
// approves them all in one request, each school in its own transaction with all the checks.
const bulkCtx = createAppContextFrom(handle, plan, { clock: () => new Date('2026-10-25T10:00:00+08:00') });
await bulkCtx.targets.scorecard();
const [bulk, bulkMs] = await time(() =>
  bulkCtx.collection.review.bulkAct(
    '2026-autumn',
    who('bench-city', { kind: 'org', orgCode: '370800' }),
    'approve',
  ),
);
const [, afterBulkMs] = await time(() => bulkCtx.targets.scorecard());
out('');
out('City bulk approval (demo data; every county-approved 2026 form approved and locked in one request):');
out('');
out('| measure | value |');
out('|---|---|');
out(
  `| ${bulk.done} forms approved (${bulk.refused} refused), one transaction and one recorded revision each | ${(bulkMs / 1000).toFixed(1)} s (${ms(bulkMs / Math.max(1, bulk.done))} per form) |`,
);
out(`| then the first scorecard with all of them (the 2026 figures and T4 computed) | ${ms(afterBulkMs)} |`);

await handle.close();
rmSync(dataDir, { recursive: true, force: true });

// ---------------------------------------------------------------- 3. Province scale
// In its own process, so that its peak memory is its own.
const provinceJson = execSync('node --import tsx bench/province.ts', {
  cwd: PROJECT_ROOT,
  maxBuffer: 1 << 20,
})
  .toString()
  .trim()
  .split('\n')
  .pop()!;
const prov = JSON.parse(provinceJson) as {
  cities: number;
  countiesPerCity: number;
  institutions: number;
  generateMs: number;
  snapshotMs: number;
  scorecardMs: number;
  figures: number;
  standards: {
    counties: number;
    sections: number;
    inputMs: number;
    evaluateMs: number;
    gapCounties: number;
    gapMs: number;
  };
  rssBeforeBytes: number;
  peakRssBytes: number;
};
out('');
out(
  `## 6. Province scale (${prov.cities} synthetic cities × ${prov.countiesPerCity} counties, in memory, separate process)`,
);
out('');
out('| measure | value |');
out('|---|---|');
out(`| institutions | ${prov.institutions} |`);
out(`| generation of the whole province | ${ms(prov.generateMs)} |`);
out(
  `| building the engine view (operating institutions × attributes in force, 7 years) | ${ms(prov.snapshotMs)} |`,
);
out(
  `| full scorecard, every city and county and the province (${prov.figures} figures), warm, median of 7 | ${ms(prov.scorecardMs)} |`,
);
out(
  `| peak RSS of the process (getrusage maxRSS; ${mb(prov.rssBeforeBytes)} after start-up) | ${mb(prov.peakRssBytes)} |`,
);
out(
  `| county standards: building the ${prov.standards.sections} school sections and kindergartens of ${prov.standards.counties} counties (2025) | ${ms(prov.standards.inputMs)} |`,
);
out(
  `| county standards: evaluating all ${prov.standards.counties} counties (both standards), median of 5 | ${ms(prov.standards.evaluateMs)} |`,
);
out(
  `| county standards: gap-to-pass plans for ${prov.standards.gapCounties} sample counties | ${ms(prov.standards.gapMs)} (${ms(prov.standards.gapMs / prov.standards.gapCounties)} each) |`,
);
out(`| goal (scorecard) | under 2 s and under 2 GB |`);
out('');
out(
  `Jining benchmark process peak RSS (sections 1–2, PGlite included): ${mb(process.resourceUsage().maxRSS * 1024)}.`,
);

// ---------------------------------------------------------------- 7. Collection Excel import
// In its own process (a fresh in-memory database with 2,000 schools); it prints its own section.
const importSection = execSync('node --import tsx bench/collection-import.ts', {
  cwd: PROJECT_ROOT,
  maxBuffer: 1 << 20,
})
  .toString()
  .trim()
  .split('\n');
out('');
for (const line of importSection.slice(importSection.findIndex((l) => l.startsWith('## ')))) out(line);

// ---------------------------------------------------------------- 8. Statements per request
// In its own process (a fresh in-memory database with the demo); it prints its own section.
const querySection = execSync('node --import tsx bench/queries.ts', { cwd: PROJECT_ROOT, maxBuffer: 1 << 20 })
  .toString()
  .trim()
  .split('\n');
out('');
for (const line of querySection.slice(querySection.findIndex((l) => l.startsWith('## ')))) out(line);

// ---------------------------------------------------------------- 9. Heavy work under attack
// In its own process (a fresh in-memory database with the demo); it prints its own section.
const heavySection = execSync('node --import tsx bench/heavy-work.ts', {
  cwd: PROJECT_ROOT,
  maxBuffer: 1 << 20,
})
  .toString()
  .trim()
  .split('\n');
out('');
for (const line of heavySection.slice(heavySection.findIndex((l) => l.startsWith('## ')))) out(line);

// ---------------------------------------------------------------- 10–12. Running the plan (issue 14)
// Each in its own process, printing its own section: milestone completion for all counties and
// townships, the city's stocktake page data, a 20 MB evidence upload (time and peak memory).
for (const bench of ['bench/milestones.bench.ts', 'bench/stocktake.bench.ts', 'bench/evidence.bench.ts']) {
  const section = execSync(`node --import tsx ${bench}`, { cwd: PROJECT_ROOT, maxBuffer: 1 << 22 })
    .toString()
    .trim()
    .split('\n');
  out('');
  for (const line of section.slice(section.findIndex((l) => l.startsWith('## ')))) out(line);
}

// ---------------------------------------------------------------- write docs/BENCHMARKS.md
const cpu = cpus()[0]?.model ?? 'unknown CPU';
let os = 'Linux';
try {
  os = execSync('. /etc/os-release && echo "$PRETTY_NAME"', { shell: '/bin/sh' }).toString().trim();
} catch {
  /* not Linux */
}
const when = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  dateStyle: 'medium',
  timeStyle: 'short',
}).format(new Date());
const header = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (bench/run.ts). Figures are single-machine measurements, not guarantees;',
  'tests never assert times.',
  '',
  `- Date: ${when} (Asia/Shanghai)`,
  `- Machine: ${cpus().length} × ${cpu}, ${mb(totalmem())} RAM, ${os}`,
  `- Node ${process.version}, PGlite (PostgreSQL 18 in WebAssembly)`,
  '',
];
writeFileSync(join(PROJECT_ROOT, 'docs/BENCHMARKS.md'), `${[...header, ...lines].join('\n')}\n`);
console.log('\nwritten docs/BENCHMARKS.md');
process.exit(0);
