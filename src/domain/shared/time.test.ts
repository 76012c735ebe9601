/** Beijing time is UTC+8 all year: the expected values below add eight hours by hand. */
import { describe, expect, it } from 'vitest';
import { formatShanghai, shanghaiDay } from './time.ts';

describe('Beijing time', () => {
  it('formats an instant as Beijing wall-clock time, to the minute or the second', () => {
    // 02:05:09 UTC is 10:05:09 in Beijing.
    const ms = Date.parse('2026-09-15T02:05:09Z');
    expect(formatShanghai(ms)).toBe('2026-09-15 10:05');
    expect(formatShanghai(ms, 'second')).toBe('2026-09-15 10:05:09');
  });

  it('moves to the next day at 16:00 UTC, also across a month and a year end', () => {
    expect(shanghaiDay(Date.parse('2026-09-14T15:59:59Z'))).toBe('2026-09-14');
    expect(shanghaiDay(Date.parse('2026-09-14T16:00:00Z'))).toBe('2026-09-15');
    expect(shanghaiDay(Date.parse('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(formatShanghai(Date.parse('2026-06-30T17:00:00Z'))).toBe('2026-07-01 01:00');
  });
});
