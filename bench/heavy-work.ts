/**
 * Heavy work under load (issue 12): ten city-wide exports at once and the health check meanwhile,
 * with the platform's heavy-work slots and with them lifted (the behaviour before issue 12); one
 * zip bomb (a 1 MB template declaring its real sizes falsely, inflating to 1,000 MiB) previewed by
 * a school clerk. On the Jining demo in an in-memory PGlite. Prints its section of
 * docs/BENCHMARKS.md (bench/run.ts runs it in its own process).
 *
 *   node --import tsx bench/heavy-work.ts
 */
import { buildApp, type BuildAppOptions } from '../src/api/app.ts';
import { hashPassword } from '../src/app/access/password.hasher.ts';
import { createAppContextFrom } from '../src/app/app.context.ts';
import { createDemoData, DEMO_PASSWORD } from '../src/app/demo/demo.service.ts';
import { loadPlan } from '../src/app/plan/plan.loader.ts';
import { insertAccounts } from '../src/db/access/access.repository.ts';
import { openDatabase } from '../src/db/database.ts';
import { zipBomb } from '../test/support/zip-bomb.ts';

const handle = await openDatabase({ kind: 'pglite', dataDir: null });
await createDemoData(handle.db);
const PASSWORD = 'Bench#Heavy2026x';
const hash = await hashPassword(PASSWORD);
await insertAccounts(
  handle.db,
  Array.from({ length: 10 }, (_, i) => ({
    username: `bench${i}`,
    displayName: `压测${i}`,
    role: 'cityStaff' as const,
    scope: { kind: 'org' as const, orgCode: '370800' },
    passwordHash: hash,
    mustChangePassword: false,
  })),
);
const ctx = createAppContextFrom(handle, loadPlan());
const period = ctx.collection.catalog.periods.at(-1)!.id;

async function run(label: string, heavyWork: BuildAppOptions['heavyWork']) {
  const app = await buildApp(ctx, { heavyWork });
  const cookies: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username: `bench${i}`, password: PASSWORD },
    });
    cookies.push(`ep_session=${r.cookies.find((c) => c.name === 'ep_session')!.value}`);
  }
  const url = `/api/v1/collection/${period}/export`;
  await app.inject({ method: 'GET', url, headers: { cookie: cookies[0]! } }); // warm-up
  const health: number[] = [];
  let done = false;
  const probe = (async () => {
    while (!done) {
      const t = performance.now();
      await app.inject({ method: 'GET', url: '/api/health' });
      health.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const t0 = performance.now();
  const answers = await Promise.all(
    cookies.map(async (cookie) => {
      const r = await app.inject({ method: 'GET', url, headers: { cookie } });
      return { status: r.statusCode, ms: performance.now() - t0 };
    }),
  );
  const wall = performance.now() - t0;
  done = true;
  await probe;
  await app.close();
  const statuses = new Map<number, number>();
  for (const a of answers) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
  const ok = answers.filter((a) => a.status === 200).map((a) => a.ms);
  health.sort((a, b) => a - b);
  const p = (q: number) => health[Math.min(health.length - 1, Math.floor(q * health.length))]!;
  return `| ${label} | ${[...statuses].map(([s, n]) => `${n}× ${s}`).join(', ')} | ${(wall / 1000).toFixed(1)} s | ${ok.length ? (Math.max(...ok) / 1000).toFixed(1) : '—'} s | ${p(0.5).toFixed(0)} / ${p(1).toFixed(0)} ms |`;
}

const limited = await run('with the slots (2 running, 6 queued, 15 s wait, 1 per account)', undefined);
const unlimited = await run('slots lifted (as before issue 12)', {
  maxRunning: 100,
  maxQueued: 100,
  maxPerAccount: 100,
});

// The zip bomb, previewed by the demo's school clerk.
const app = await buildApp(ctx);
const login = await app.inject({
  method: 'POST',
  url: '/api/v1/session',
  payload: { username: 'school', password: DEMO_PASSWORD },
});
const cookie = `ep_session=${login.cookies.find((c) => c.name === 'ep_session')!.value}`;
const csrf = (login.json() as { csrfToken: string }).csrfToken;
const template = await app.inject({
  method: 'GET',
  url: `/api/v1/collection/${period}/template`,
  headers: { cookie },
});
const bomb = zipBomb(template.rawPayload, 1000 * 1024 * 1024);
const heap0 = process.memoryUsage().heapUsed;
const rss0 = process.memoryUsage().rss;
let heapPeak = heap0;
let rssPeak = rss0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  heapPeak = Math.max(heapPeak, m.heapUsed);
  rssPeak = Math.max(rssPeak, m.rss);
}, 5);
// One after the other: a second upload of the same account in parallel would get 429 (its slot).
const answers = [];
const times: number[] = [];
for (let i = 0; i < 4; i++) {
  const t = performance.now();
  answers.push(
    await app.inject({
      method: 'POST',
      url: `/api/v1/collection/${period}/import/preview`,
      headers: {
        cookie,
        'x-csrf-token': csrf,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      payload: bomb,
    }),
  );
  times.push(performance.now() - t);
}

clearInterval(sampler);
await app.close();
await ctx.close();

console.log('## 9. Heavy work and uploads under attack (issue 12; Jining demo, PGlite in memory)');
console.log('');
console.log(
  `Ten city-wide exports of ${period} at once from ten city accounts, the health check probed every 50 ms meanwhile. Before issue 12 (measured by the attack report on the landed code): ten parallel exports 14.8 s, the health check slowed to 3.4 s.`,
);
console.log('');
console.log('| run | answers | all answered after | last export done after | health check p50 / max |');
console.log('|---|---|---|---|---|');
console.log(limited);
console.log(unlimited);
console.log('');
console.log(
  `Zip bomb (${(bomb.byteLength / 1024 / 1024).toFixed(2)} MB file, headers declaring the original sizes, inflating to 1,000 MiB), previewed four times by the school clerk: answers ${[...new Set(answers.map((a) => `${a.statusCode} ${(a.json() as { error?: { code: string } }).error?.code ?? ''}`))].join(', ')}, ${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms each; heap +${((heapPeak - heap0) / 1048576).toFixed(0)} MB and RSS +${((rssPeak - rss0) / 1048576).toFixed(0)} MB at the peak. Before issue 12 one such file took 10.3 s and 1 GB of heap, and four in parallel killed the process (JavaScript heap out of memory).`,
);
