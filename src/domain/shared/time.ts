/**
 * Clock times as the bureau reads them: Beijing time (Asia/Shanghai, UTC+8 all year, no daylight
 * saving). Pure: callers pass the instant; the domain has no clock.
 */

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
export const DAY_MS = 86_400_000;

/**
 * An instant (epoch milliseconds) as Beijing wall-clock time: "2026-09-15 10:00" (minute, the
 * default) or "2026-09-15 10:00:00" (second).
 */
export function formatShanghai(ms: number, precision: 'minute' | 'second' = 'minute'): string {
  const t = new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, precision === 'second' ? 19 : 16)}`;
}

/** The Beijing calendar day (YYYY-MM-DD) of an instant. */
export function shanghaiDay(ms: number): string {
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
