/**
 * One request, one "has anything changed?": whatever a request reads (the registry view, the
 * scorecard, the county standards, the pending forms), the markers of every area are read once
 * (src/app/shared/data.snapshot.ts); a request that writes reads them again after its write, so
 * what it answers includes the write; concurrent requests never share a snapshot.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { createTestAccounts, login, type Login } from '../support/accounts.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

describe.each(testBackends())('request data snapshot on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let city: Login;
  let clerk: Login;
  /** Every statement the platform issues, while a test collects them. */
  let statements: string[] | null = null;

  beforeAll(async () => {
    const database = await backend.open({ onQuery: (q) => statements?.push(q) });
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    ctx = createAppContextFrom(
      database,
      { ...loadPlan(), orgCode: '999900' },
      { clock: () => new Date('2026-09-15T10:00:00+08:00') },
    );
    app = await buildApp(ctx);
    city = await login(app, 'citystaff');
    clerk = await login(app, 'clerk');
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const reads = async (fn: () => Promise<unknown>) => {
    const before = ctx.data.counts.markerReads;
    await fn();
    return ctx.data.counts.markerReads - before;
  };
  const get = (s: Login, url: string) => app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });

  it('reads the markers once per request, whatever the request reads', async () => {
    // The scorecard with pending forms reads the view, T4 (the standards recordings) and the
    // submissions: three areas' markers, one statement.
    for (const url of ['/api/v1/targets?pending=true', '/api/v1/targets/scorecard', '/api/v1/standards']) {
      expect(await reads(async () => expect((await get(city, url)).statusCode).toBe(200))).toBe(1);
    }
    expect(
      await reads(async () =>
        expect((await get(clerk, '/api/v1/collection/2026-autumn/submissions/KA00000001')).statusCode).toBe(
          200,
        ),
      ),
    ).toBe(1);
  });

  it('asks the database whether anything changed in one statement: with the session check, three per request', async () => {
    // Warm: the view, the scorecard and the standards are computed once; then a request issues
    // the session and account lookups (two statements) and one markers statement, nothing else.
    for (const url of ['/api/v1/targets?pending=true', '/api/v1/standards']) {
      expect((await get(city, url)).statusCode).toBe(200);
      statements = [];
      expect((await get(city, url)).statusCode).toBe(200);
      const issued = statements;
      statements = null;
      expect(issued).toHaveLength(3);
      expect(issued.filter((q) => /dataset_info|county_standard|submission/i.test(q))).toHaveLength(1);
    }
  });

  it('reads them again after a write in the same request, and answers with the write', async () => {
    let body: { version: number; values: Record<string, unknown> } | undefined;
    const n = await reads(async () => {
      const res = await app.inject({
        method: 'PUT',
        url: '/api/v1/collection/2026-autumn/submissions/KA00000001',
        headers: { cookie: clerk.cookie, 'x-csrf-token': clerk.csrf },
        payload: { version: 0, values: { 'ENR.K1.male': 31 } },
      });
      expect(res.statusCode).toBe(200);
      body = res.json();
    });
    expect(n).toBe(2);
    expect(body!.version).toBe(1);
    expect(body!.values['ENR.K1.male']).toBe(31);
  });

  it('gives concurrent requests a snapshot each', async () => {
    const n = await reads(() => Promise.all(Array.from({ length: 5 }, () => get(city, '/api/v1/targets'))));
    expect(n).toBe(5);
  });

  it('outside a request (the CLI before its scope, start-up), reads afresh each time', async () => {
    expect(await reads(() => ctx.data.current().markers())).toBe(1);
    expect(await reads(() => ctx.data.current().markers())).toBe(1);
  });
});
