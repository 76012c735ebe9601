import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkLimiter, type Admission } from './work-limiter.ts';

type Admitted = Extract<Admission, { ok: true }>;
const admitted = (a: Admission): Admitted => {
  if (!a.ok) throw new Error(`refused: ${a.reason}`);
  return a;
};

describe('WorkLimiter', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs maxRunning jobs at once and admits the waiting ones first come, first served', async () => {
    const limiter = new WorkLimiter({ maxRunning: 2, maxQueued: 5, maxPerAccount: 1 });
    const a = admitted(await limiter.acquire('a'));
    const b = admitted(await limiter.acquire('b'));
    const order: string[] = [];
    const waiting = ['c', 'd', 'e'].map((k) =>
      limiter.acquire(k).then((r) => {
        order.push(k);
        return admitted(r);
      }),
    );
    expect([limiter.running, limiter.queued]).toEqual([2, 3]);
    a.release();
    const c = await waiting[0]!;
    expect(order).toEqual(['c']);
    b.release();
    c.release();
    const [, d, e] = await Promise.all(waiting);
    expect(order).toEqual(['c', 'd', 'e']);
    d!.release();
    e!.release();
    expect([limiter.running, limiter.queued]).toEqual([0, 0]);
  });

  it('refuses a second job of one account, running or waiting, until the first is done', async () => {
    const limiter = new WorkLimiter({ maxRunning: 1, maxQueued: 5, maxPerAccount: 1 });
    const first = admitted(await limiter.acquire('clerk'));
    expect(await limiter.acquire('clerk')).toEqual({ ok: false, reason: 'account' });
    const other = limiter.acquire('county'); // waits
    expect(await limiter.acquire('county')).toEqual({ ok: false, reason: 'account' });
    first.release();
    admitted(await other).release();
    admitted(await limiter.acquire('clerk')).release();
    expect(limiter.activeFor('clerk')).toBe(0);
  });

  it('allows maxPerAccount jobs per account', async () => {
    const limiter = new WorkLimiter({ maxRunning: 5, maxPerAccount: 2 });
    admitted(await limiter.acquire('x'));
    admitted(await limiter.acquire('x'));
    expect(await limiter.acquire('x')).toEqual({ ok: false, reason: 'account' });
    expect(limiter.activeFor('x')).toBe(2);
  });

  it('refuses as busy when the queue is full', async () => {
    const limiter = new WorkLimiter({ maxRunning: 1, maxQueued: 2 });
    admitted(await limiter.acquire('a'));
    void limiter.acquire('b');
    void limiter.acquire('c');
    expect(await limiter.acquire('d')).toEqual({ ok: false, reason: 'busy' });
    expect([limiter.running, limiter.queued, limiter.activeFor('d')]).toEqual([1, 2, 0]);
  });

  it('refuses a job that waited maxWaitMs, and frees its place', async () => {
    vi.useFakeTimers();
    const limiter = new WorkLimiter({ maxRunning: 1, maxQueued: 1, maxWaitMs: 1000 });
    const a = admitted(await limiter.acquire('a'));
    const b = limiter.acquire('b');
    await vi.advanceTimersByTimeAsync(999);
    expect(limiter.queued).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await b).toEqual({ ok: false, reason: 'timeout' });
    expect([limiter.queued, limiter.activeFor('b')]).toEqual([0, 0]);
    // The place is free again, and a released slot goes to the next job, not the one timed out.
    const c = limiter.acquire('c');
    a.release();
    admitted(await c).release();
    expect(limiter.running).toBe(0);
  });

  it('drops a waiting job whose caller went away; a slot is never given to it', async () => {
    const limiter = new WorkLimiter({ maxRunning: 1, maxQueued: 3 });
    const a = admitted(await limiter.acquire('a'));
    const gone = new AbortController();
    const b = limiter.acquire('b', gone.signal);
    const c = limiter.acquire('c');
    gone.abort();
    expect(await b).toEqual({ ok: false, reason: 'aborted' });
    expect([limiter.queued, limiter.activeFor('b')]).toEqual([1, 0]);
    a.release();
    admitted(await c).release();
    const already = new AbortController();
    already.abort();
    expect(await limiter.acquire('d', already.signal)).toEqual({ ok: false, reason: 'aborted' });
    expect([limiter.running, limiter.queued]).toEqual([0, 0]);
  });

  it('frees a slot once however often release is called', async () => {
    const limiter = new WorkLimiter({ maxRunning: 2, maxQueued: 0, maxPerAccount: 1 });
    const a = admitted(await limiter.acquire('a'));
    admitted(await limiter.acquire('b'));
    a.release();
    a.release();
    expect(limiter.running).toBe(1);
    admitted(await limiter.acquire('c'));
    expect(await limiter.acquire('d')).toEqual({ ok: false, reason: 'busy' });
  });

  it('refuses limits that are not whole numbers in range', () => {
    expect(() => new WorkLimiter({ maxRunning: 0 })).toThrow(/invalid work limits/);
    expect(() => new WorkLimiter({ maxPerAccount: 1.5 })).toThrow(/invalid work limits/);
    expect(() => new WorkLimiter({ maxQueued: -1 })).toThrow(/invalid work limits/);
  });
});
