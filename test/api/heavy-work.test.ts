/**
 * The heavy-work limits (issue 12) on a small Fastify app built here: a session hook standing in
 * for auth.plugin.ts (the account comes from `x-user`), the platform's error format, and routes
 * marked `config.heavy` whose handlers wait until the test lets them finish. Per account: 429;
 * per process: 503 with Retry-After when the queue is full or the wait times out; a slot is given
 * back once whatever happens (error, client gone), and never while the work still runs.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerHeavyWorkLimits, type HeavyWorkOptions } from '../../src/api/heavy-work.ts';
import { registerErrorHandling } from '../../src/api/error-handler.ts';
import type { SessionContext } from '../../src/app/access/auth.service.ts';
import type { AppContext } from '../../src/app/app.context.ts';
import { AppError } from '../../src/app/app-error.ts';
import type { WorkLimiter } from '../../src/app/shared/work-limiter.ts';

/** A handler's run that the test ends. */
interface Job {
  user: string;
  started: Promise<void>;
  finish: () => void;
}

async function smallApp(options: HeavyWorkOptions) {
  const app: FastifyInstance = Fastify();
  // The error handler reads the context only for out-of-scope refusals, which these routes never raise.
  registerErrorHandling(app, {} as AppContext);
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    const user = request.headers['x-user'];
    if (typeof user !== 'string') throw new AppError('UNAUTHENTICATED', '请先登录');
    request.auth = { account: { id: user } } as unknown as SessionContext;
  });
  const limiter: WorkLimiter = registerHeavyWorkLimits(app, options);

  const jobs: Job[] = [];
  const runs: string[] = [];
  let finishedRuns = 0;
  /** Users whose connection closed while their handler ran. */
  const closed: string[] = [];
  app.post(
    '/import',
    { config: { access: { permission: 'collection.enter' }, heavy: 'import' } },
    async (request, reply) => {
      const user = request.headers['x-user'] as string;
      runs.push(user);
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) closed.push(user);
      });
      let finish!: () => void;
      let started!: () => void;
      const done = new Promise<void>((r) => (finish = r));
      jobs.push({ user, started: new Promise<void>((r) => (started = r)), finish });
      started();
      await done;
      finishedRuns++;
      return { user };
    },
  );
  app.get('/export-fails', { config: { access: { public: true }, heavy: 'export' } }, async () => {
    throw new Error('boom');
  });
  app.get('/export-refused', { config: { access: { public: true }, heavy: 'export' } }, async () => {
    throw new AppError('VALIDATION_FAILED', '参数有误');
  });
  app.get('/light', { config: { access: { public: true } } }, async () => ({ ok: true }));
  await app.ready();
  const post = (user: string) => app.inject({ method: 'POST', url: '/import', headers: { 'x-user': user } });
  /** The `nth` job of `user` once its handler runs. */
  const jobOf = async (user: string, nth = 1) => {
    const of = () => jobs.filter((j) => j.user === user);
    await vi.waitFor(() => expect(of().length).toBeGreaterThanOrEqual(nth));
    return of()[nth - 1]!;
  };
  return { app, limiter, post, jobOf, runs, closed, finished: () => finishedRuns };
}

describe('registerHeavyWorkLimits', () => {
  let app: FastifyInstance | null = null;
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  it('answers 429 to a second heavy request of one account while the first runs; others go on', async () => {
    const t = await smallApp({ maxRunning: 2, maxQueued: 2, maxPerAccount: 1 });
    app = t.app;
    const first = t.post('clerk');
    const job = await t.jobOf('clerk');
    const second = await t.post('clerk');
    expect(second.statusCode).toBe(429);
    expect(second.json()).toEqual({
      error: {
        code: 'WORK_IN_PROGRESS',
        message: '您已有 1 项导入、导出、批量审核等大批量任务正在进行，请等它完成后再试',
        details: [
          {
            field: 'account',
            value: 1,
            message: '每个账号同时最多进行 1 项导入、导出、批量审核等大批量任务',
          },
        ],
      },
    });
    // Another account, and routes that are not heavy, are not held up.
    const other = t.post('county');
    (await t.jobOf('county')).finish();
    expect((await other).statusCode).toBe(200);
    expect(
      (await app.inject({ method: 'GET', url: '/light', headers: { 'x-user': 'clerk' } })).statusCode,
    ).toBe(200);
    job.finish();
    expect((await first).json()).toEqual({ user: 'clerk' });
    // Done: the account may start again.
    const again = t.post('clerk');
    (await t.jobOf('clerk', 2)).finish();
    expect((await again).statusCode).toBe(200);
    expect(t.runs).toEqual(['clerk', 'county', 'clerk']);
  });

  it('queues first come, first served, and answers 503 with Retry-After when the queue is full', async () => {
    const t = await smallApp({ maxRunning: 1, maxQueued: 2, maxPerAccount: 1, retryAfterSeconds: 7 });
    app = t.app;
    const a = t.post('a');
    const jobA = await t.jobOf('a');
    const b = t.post('b');
    await vi.waitFor(() => expect(t.limiter.queued).toBe(1));
    const c = t.post('c');
    await vi.waitFor(() => expect(t.limiter.queued).toBe(2));
    const d = await t.post('d');
    expect(d.statusCode).toBe(503);
    expect(d.headers['retry-after']).toBe('7');
    expect(d.json().error).toEqual({
      code: 'SERVER_BUSY',
      message: '服务器正忙：导入、导出、批量审核等大批量任务已满，请 7 秒后再试',
      details: [
        {
          field: 'server',
          value: 1,
          message: '同时最多进行 1 项导入、导出、批量审核等大批量任务，排队最多 2 项、15 秒',
        },
      ],
    });
    expect(t.runs).toEqual(['a']);
    jobA.finish();
    (await t.jobOf('b')).finish();
    (await t.jobOf('c')).finish();
    expect((await Promise.all([a, b, c])).map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(t.runs).toEqual(['a', 'b', 'c']);
    expect([t.limiter.running, t.limiter.queued]).toEqual([0, 0]);
  });

  it('answers 503 to a request that waited too long, and forgets it', async () => {
    const t = await smallApp({ maxRunning: 1, maxQueued: 2, maxWaitMs: 50, maxPerAccount: 1 });
    app = t.app;
    const a = t.post('a');
    const jobA = await t.jobOf('a');
    const b = await t.post('b');
    expect(b.statusCode).toBe(503);
    expect(b.headers['retry-after']).toBe('10');
    expect(b.json().error.message).toBe('服务器正忙：排队等待超过 1 秒仍未轮到，请 10 秒后再试');
    expect([t.limiter.queued, t.limiter.activeFor('account:b')]).toEqual([0, 0]);
    jobA.finish();
    expect((await a).statusCode).toBe(200);
    expect(t.runs).toEqual(['a']);
  });

  it('gives the slot back when the handler fails: after ten failures the next request still runs', async () => {
    const t = await smallApp({ maxRunning: 1, maxQueued: 0, maxPerAccount: 1 });
    app = t.app;
    for (let i = 0; i < 5; i++) {
      const fail = await app.inject({ method: 'GET', url: '/export-fails', headers: { 'x-user': 'x' } });
      expect(fail.statusCode).toBe(500);
      const refused = await app.inject({ method: 'GET', url: '/export-refused', headers: { 'x-user': 'x' } });
      expect(refused.statusCode).toBe(400);
    }
    expect([t.limiter.running, t.limiter.activeFor('account:x')]).toEqual([0, 0]);
    const ok = t.post('x');
    (await t.jobOf('x')).finish();
    expect((await ok).statusCode).toBe(200);
  });

  it('checks the session before the slot: without one, 401 even when every slot is taken', async () => {
    const t = await smallApp({ maxRunning: 1, maxQueued: 0 });
    app = t.app;
    const running = t.post('a');
    const job = await t.jobOf('a');
    const anonymous = await app.inject({ method: 'POST', url: '/import' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
    // With a session, the same request is told the server is busy.
    expect((await t.post('b')).statusCode).toBe(503);
    job.finish();
    expect((await running).statusCode).toBe(200);
    expect(t.runs).toEqual(['a']);
  });

  it('keeps the slot of a client gone while its work runs, and drops a gone client from the queue', async () => {
    const t = await smallApp({ maxRunning: 1, maxQueued: 2, maxPerAccount: 1 });
    app = t.app;
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const send = (user: string) => {
      const req = http.request({
        port,
        host: '127.0.0.1',
        method: 'POST',
        path: '/import',
        headers: { 'x-user': user },
      });
      req.on('error', () => {});
      req.end();
      return req;
    };
    const gone = send('a');
    const jobA = await t.jobOf('a');
    await jobA.started;
    const queuedGone = send('b');
    await vi.waitFor(() => expect(t.limiter.queued).toBe(1));
    gone.destroy();
    queuedGone.destroy();
    // The waiting request leaves the queue; the running one keeps its slot until its work ends.
    await vi.waitFor(() => expect(t.limiter.queued).toBe(0));
    await vi.waitFor(() => expect(t.closed).toEqual(['a']));
    expect(t.limiter.running).toBe(1);
    expect(t.limiter.activeFor('account:a')).toBe(1);
    jobA.finish();
    await vi.waitFor(() => expect(t.limiter.running).toBe(0));
    expect(t.finished()).toBe(1);
    expect(t.runs).toEqual(['a']);
    const next = t.post('c');
    (await t.jobOf('c')).finish();
    expect((await next).statusCode).toBe(200);
  });
});
