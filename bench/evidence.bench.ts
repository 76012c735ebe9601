/**
 * Benchmark of an evidence upload (issue 14): a 20 MB PDF through the real HTTP route — the app
 * listening on a port, the body sent by node:http in 64 KiB parts from a generator (never a 20 MB
 * buffer on either side) — then downloaded back. Time, and memory sampled every 10 ms during the
 * upload: the process's RSS, the V8 heap and the memory of Buffers/ArrayBuffers ("external"),
 * against their values just before. It must stream: the heap and the Buffers may not grow by
 * anything near 20 MB. Prints its own section (bench/run.ts copies it into docs/BENCHMARKS.md).
 *
 *   node --import tsx bench/evidence.bench.ts
 *   BENCH_DATABASE_URL=postgres://user:pw@host:5432/postgres node --import tsx bench/evidence.bench.ts
 *
 * With BENCH_DATABASE_URL (or TEST_DATABASE_URL), the same run on a PostgreSQL server too, in a
 * new database made (and dropped) for it. PGlite's figures include its WebAssembly memory, which
 * is part of the RSS.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { buildApp } from '../src/api/app.ts';
import { createAppContextFrom } from '../src/app/app.context.ts';
import { loadPlan } from '../src/app/plan/plan.loader.ts';
import { openDatabase, type DatabaseHandle } from '../src/db/database.ts';
import { createTestAccounts, login } from '../test/support/accounts.ts';
import { evidenceAreasOnly, generatedPdf } from '../test/support/evidence-files.ts';
import { loadSmallDataset } from '../test/support/small-dataset.ts';

const SIZE = 20 * 1024 * 1024;
const MiB = 1024 * 1024;
const mib = (n: number) => `${(n / MiB).toFixed(1)} MiB`;

async function serverDatabase(adminUrl: string): Promise<DatabaseHandle> {
  const name = `eduplan_bench_evidence_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name}`);
      await a.end();
    },
  };
}

interface Run {
  backend: string;
  size: number;
  uploadMs: number;
  downloadMs: number;
  rssGrowth: number;
  heapGrowth: number;
  externalGrowth: number;
  arrayBuffersGrowth: number;
  rssPeak: number;
}

async function run(backend: string, database: DatabaseHandle): Promise<Run[]> {
  await loadSmallDataset(database.db);
  await createTestAccounts(database.db);
  const ctx = createAppContextFrom(
    database,
    { ...loadPlan(), orgCode: '999900' },
    { evidence: { maxBytes: 100 * MiB }, ...evidenceAreasOnly() },
  );
  const app = await buildApp(ctx);
  const session = await login(app, 'county1');
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;

  // A warm-up upload (1 MiB): the first statements, PGlite's first large values.
  const send = (size: number) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/v1/evidence?org=999901',
          headers: {
            cookie: session.cookie,
            'x-csrf-token': session.csrf,
            'content-type': 'application/octet-stream',
            'content-length': String(size),
            'x-file-name': encodeURIComponent(`督导评估报告-${size}.pdf`),
          },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      pipeline(Readable.from(generatedPdf(size)), req).catch(reject);
    });
  await send(MiB);
  global.gc?.();

  const measure = async (size: number): Promise<Omit<Run, 'backend'>> => {
    global.gc?.();
    const base = process.memoryUsage();
    let peak = { ...base };
    const timer = setInterval(() => {
      const m = process.memoryUsage();
      peak = {
        ...peak,
        rss: Math.max(peak.rss, m.rss),
        heapUsed: Math.max(peak.heapUsed, m.heapUsed),
        external: Math.max(peak.external, m.external),
        arrayBuffers: Math.max(peak.arrayBuffers, m.arrayBuffers),
      };
    }, 10);
    const t0 = performance.now();
    const answer = await send(size);
    const uploadMs = performance.now() - t0;
    clearInterval(timer);
    if (answer.status !== 201) throw new Error(`upload answered ${answer.status}: ${answer.body}`);
    const file = (JSON.parse(answer.body) as { file: { id: string; sha256: string; size: number } }).file;

    // Download: streamed back, hashed on the fly.
    const t1 = performance.now();
    const digest = await new Promise<string>((resolve, reject) => {
      http
        .get(
          {
            host: '127.0.0.1',
            port,
            path: `/api/v1/evidence/${file.id}`,
            headers: { cookie: session.cookie },
          },
          (res) => {
            const hash = createHash('sha256');
            res.on('data', (d: Buffer) => hash.update(d));
            res.on('end', () => resolve(hash.digest('hex')));
          },
        )
        .on('error', reject);
    });
    const downloadMs = performance.now() - t1;
    if (digest !== file.sha256 || file.size !== size) throw new Error('the download differs from the upload');
    return {
      size,
      uploadMs,
      downloadMs,
      rssGrowth: peak.rss - base.rss,
      heapGrowth: peak.heapUsed - base.heapUsed,
      externalGrowth: peak.external - base.external,
      arrayBuffersGrowth: peak.arrayBuffers - base.arrayBuffers,
      rssPeak: peak.rss,
    };
  };
  const results = [await measure(SIZE), await measure(3 * SIZE)];

  await app.close();
  await ctx.close();
  return results.map((r) => ({ backend, ...r }));
}

const runs: Run[] = await run('PGlite', await openDatabase({ kind: 'pglite', dataDir: null }));
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (serverUrl) runs.push(...(await run('PostgreSQL', await serverDatabase(serverUrl))));

console.log('## 12. Evidence upload (20 MB through the HTTP route)');
console.log('');
console.log(
  'A 20 MiB PDF (and a 60 MiB one, to show that memory does not grow with the size) in 64 KiB parts (POST /api/v1/evidence, raw body, Content-Length given), stored in 1 MiB chunks through the staging table and promoted in one transaction; then downloaded and hashed. Memory sampled every 10 ms during the upload, against the values just before it.',
);
console.log('');
console.log(
  '| backend | file | upload | throughput | download | RSS growth (peak RSS) | V8 heap growth | Buffer memory growth |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of runs) {
  console.log(
    `| ${r.backend} | ${mib(r.size)} | ${r.uploadMs.toFixed(0)} ms | ${(r.size / MiB / (r.uploadMs / 1000)).toFixed(1)} MiB/s | ${r.downloadMs.toFixed(0)} ms | ${mib(r.rssGrowth)} (${mib(r.rssPeak)}) | ${mib(r.heapGrowth)} | ${mib(r.externalGrowth)} (ArrayBuffers ${mib(r.arrayBuffersGrowth)}) |`,
  );
}
