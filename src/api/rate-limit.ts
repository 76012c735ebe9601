/**
 * A small in-memory sliding-window limiter for the login endpoint (per client address and per
 * user name). One process serves the platform; with several, put a shared limiter in front.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Seconds to wait before the next attempt is allowed (0 = allowed now). */
  wait(key: string, now: number = Date.now()): number {
    const list = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
    this.hits.set(key, list);
    return list.length >= this.limit ? Math.ceil((list[0]! + this.windowMs - now) / 1000) : 0;
  }

  /** Records one attempt. */
  hit(key: string, now: number = Date.now()): void {
    const since = now - this.windowMs;
    const list = (this.hits.get(key) ?? []).filter((t) => t > since);
    list.push(now);
    this.hits.set(key, list);
    if (this.hits.size > 50_000) this.prune(since);
  }

  /** Takes back the latest attempt (a login that succeeded does not use up the budget). */
  refund(key: string): void {
    this.hits.get(key)?.pop();
  }

  private prune(since: number): void {
    for (const [k, v] of this.hits) if (v.every((t) => t <= since)) this.hits.delete(k);
  }
}
