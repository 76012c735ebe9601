/**
 * Bounds heavy work (Excel imports and previews, exports, standards evaluations) in one process:
 * a counting semaphore of `maxRunning` slots with a bounded FIFO queue, a longest wait, and a cap
 * per account (its jobs running and waiting together). Pure: no Fastify, no clock other than the
 * timers of the wait. The API applies it to the routes marked heavy (src/api/heavy-work.ts).
 *
 * Refusals: `account` — the account already has its share running or waiting (answered 429);
 * `busy` — every slot is taken and the queue is full; `timeout` — waited `maxWaitMs` without a
 * slot (both answered 503 with Retry-After); `aborted` — the caller went away while waiting.
 */
export interface WorkLimits {
  /** Heavy jobs running at once in this process. */
  maxRunning: number;
  /** Jobs waiting for a slot, first come first served; one more is refused as busy. */
  maxQueued: number;
  /** Longest wait in the queue (milliseconds); then refused as busy. */
  maxWaitMs: number;
  /** Jobs one account may have running and waiting together. */
  maxPerAccount: number;
}

/**
 * Per process: 2 running (the server has 2 cores; a city-wide export or a 2,000-school preview
 * keeps one busy for about a second), 6 waiting at most 15 s; per account: 1.
 */
export const DEFAULT_WORK_LIMITS: Readonly<WorkLimits> = {
  maxRunning: 2,
  maxQueued: 6,
  maxWaitMs: 15_000,
  maxPerAccount: 1,
};

export type Admission =
  /** Run now; call `release` exactly once when done (later calls do nothing). */
  { ok: true; release: () => void } | { ok: false; reason: 'account' | 'busy' | 'timeout' | 'aborted' };

interface Waiter {
  account: string;
  resolve: (a: Admission) => void;
  timer: ReturnType<typeof setTimeout>;
  onAbort: (() => void) | null;
  signal: AbortSignal | undefined;
}

export class WorkLimiter {
  readonly limits: Readonly<WorkLimits>;
  private runningCount = 0;
  private readonly queue: Waiter[] = [];
  /** Jobs running or waiting, per account. */
  private readonly perAccount = new Map<string, number>();

  constructor(limits: Partial<WorkLimits> = {}) {
    const l = { ...DEFAULT_WORK_LIMITS, ...limits };
    const whole = (v: number, min: number) => Number.isInteger(v) && v >= min;
    if (
      !whole(l.maxRunning, 1) ||
      !whole(l.maxQueued, 0) ||
      !whole(l.maxWaitMs, 0) ||
      !whole(l.maxPerAccount, 1)
    ) {
      throw new Error(`invalid work limits: ${JSON.stringify(l)}`);
    }
    this.limits = Object.freeze(l);
  }

  /** Jobs running now. */
  get running(): number {
    return this.runningCount;
  }

  /** Jobs waiting for a slot. */
  get queued(): number {
    return this.queue.length;
  }

  /** Jobs of `account` running or waiting. */
  activeFor(account: string): number {
    return this.perAccount.get(account) ?? 0;
  }

  /**
   * A slot for one job of `account`: at once when one is free and nobody waits, else after the
   * jobs queued before it. `signal`: the caller went away (the job leaves the queue).
   */
  acquire(account: string, signal?: AbortSignal): Promise<Admission> {
    if (signal?.aborted) return Promise.resolve({ ok: false, reason: 'aborted' });
    if (this.activeFor(account) >= this.limits.maxPerAccount) {
      return Promise.resolve({ ok: false, reason: 'account' });
    }
    if (this.runningCount < this.limits.maxRunning && this.queue.length === 0) {
      this.count(account, 1);
      this.runningCount++;
      return Promise.resolve(this.admitted(account));
    }
    if (this.queue.length >= this.limits.maxQueued) return Promise.resolve({ ok: false, reason: 'busy' });
    return new Promise<Admission>((resolve) => {
      const waiter: Waiter = {
        account,
        resolve,
        signal,
        onAbort: null,
        timer: setTimeout(() => this.leave(waiter, 'timeout'), this.limits.maxWaitMs),
      };
      if (signal) {
        waiter.onAbort = () => this.leave(waiter, 'aborted');
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.count(account, 1);
      this.queue.push(waiter);
    });
  }

  private admitted(account: string): Admission {
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        this.runningCount--;
        this.count(account, -1);
        this.next();
      },
    };
  }

  /** Hands free slots to the longest-waiting jobs. */
  private next(): void {
    while (this.runningCount < this.limits.maxRunning && this.queue.length > 0) {
      const w = this.queue.shift()!;
      this.forget(w);
      this.runningCount++;
      w.resolve(this.admitted(w.account));
    }
  }

  private leave(w: Waiter, reason: 'timeout' | 'aborted'): void {
    const i = this.queue.indexOf(w);
    if (i < 0) return; // already admitted
    this.queue.splice(i, 1);
    this.forget(w);
    this.count(w.account, -1);
    w.resolve({ ok: false, reason });
  }

  private forget(w: Waiter): void {
    clearTimeout(w.timer);
    if (w.onAbort) w.signal?.removeEventListener('abort', w.onAbort);
  }

  private count(account: string, delta: number): void {
    const n = (this.perAccount.get(account) ?? 0) + delta;
    if (n > 0) this.perAccount.set(account, n);
    else this.perAccount.delete(account);
  }
}
