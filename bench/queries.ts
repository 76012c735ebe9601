/**
 * Statements per request (issue 11): how many SQL statements the API issues for one request, and
 * how many of them only ask "has anything changed?" — on the Jining demo in an in-memory PGlite,
 * after a warm-up request (the caches are filled; nothing changed in between). Prints its section
 * of docs/BENCHMARKS.md (bench/run.ts runs it in its own process).
 *
 *   node --import tsx bench/queries.ts
 */
import { buildApp } from '../src/api/app.ts';
import { createAppContextFrom } from '../src/app/app.context.ts';
import { createDemoData, DEMO_PASSWORD } from '../src/app/demo/demo.service.ts';
import { loadPlan } from '../src/app/plan/plan.loader.ts';
import { openDatabase } from '../src/db/database.ts';

let log: string[] | null = null;
const handle = await openDatabase({ kind: 'pglite', dataDir: null }, { onQuery: (q) => log?.push(q) });
await createDemoData(handle.db);
const ctx = createAppContextFrom(handle, loadPlan());
const app = await buildApp(ctx);
const login = async (username: string) => {
  const r = await app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { username, password: DEMO_PASSWORD },
  });
  return `ep_session=${r.cookies.find((c) => c.name === 'ep_session')!.value}`;
};
const city = await login('city');
const county = await login('rencheng');
const school = await login('school');
const schoolCode = (
  await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: school } })
).json().account.scope.institutionCode as string;
const period = ctx.collection.catalog.periods.at(-1)!.id;

/** A change check: the markers' statement, or one of the reads of a single revision/marker. */
const isChangeCheck = (q: string) =>
  /dataset_info"?\s*(where|WHERE).*key|FROM dataset_info WHERE key = 'revision'|FROM submission\b(?!_)|county_standard_input\), 0\) \+/i.test(
    q,
  ) && !/^insert|^update/i.test(q.trim());

async function measure(label: string, cookie: string, url: string): Promise<string> {
  await app.inject({ method: 'GET', url, headers: { cookie } }); // warm-up
  log = [];
  const res = await app.inject({ method: 'GET', url, headers: { cookie } });
  const statements = log;
  log = null;
  if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}`);
  const checks = statements.filter(isChangeCheck).length;
  return `| ${label} | ${statements.length} | ${checks} |`;
}

const rows = [
  await measure('GET /api/v1/targets (city)', city, '/api/v1/targets'),
  await measure('GET /api/v1/targets?pending=true (city)', city, '/api/v1/targets?pending=true'),
  await measure('GET /api/v1/targets (county)', county, '/api/v1/targets'),
  await measure('GET /api/v1/targets/scorecard (city)', city, '/api/v1/targets/scorecard'),
  await measure('GET /api/v1/standards (city)', city, '/api/v1/standards'),
  await measure(
    'GET /api/v1/collection/:period/submissions/:code (school)',
    school,
    `/api/v1/collection/${period}/submissions/${schoolCode}`,
  ),
  await measure(
    'GET /api/v1/collection/:period/completeness (county)',
    county,
    `/api/v1/collection/${period}/completeness?schools=false`,
  ),
];
console.log('## 8. SQL statements per request (Jining demo, warm, PGlite in memory)');
console.log('');
console.log(
  "Every statement the request issues (the session check is two of them), and of those the ones that only ask whether data changed. Before issue 11 (commit 9200dfb, this script with the same statement log, identical on PGlite and PostgreSQL 15): GET /targets 6 statements of which 4 change checks (the revision twice, the standards recordings, a count over all submissions); /standards 5 (3); one submission 6 (2); completeness 6 (3). Since then all markers are one statement, and the submissions' marker is one row moved by a trigger (migration 0009) instead of a count of the table.",
);
console.log('');
console.log('| request | statements | of which change checks |');
console.log('|---|---|---|');
for (const r of rows) console.log(r);
await app.close();
await ctx.close();
