/** What the in-app reminder says before a period closes, for a school, a county or the city. */
import type { CompletenessResponse } from './types';

export type Reminder =
  | { kind: 'school'; state: 'notStarted' | 'draft' | 'returned'; daysLeft: number }
  | { kind: 'reviewer'; level: 'county' | 'city'; notSubmitted: number; waiting: number; daysLeft: number };

/** Days before the close from which the reminder turns into a warning. */
export const URGENT_DAYS = 7;

/**
 * The reminder for a period's completeness as the caller sees it, or null when there is nothing
 * to do (closed, or everything submitted and reviewed at the caller's level).
 */
export function reminderFor(c: CompletenessResponse, level: 'school' | 'county' | 'city'): Reminder | null {
  if (c.daysLeft < 0) return null;
  if (level === 'school') {
    const own = c.schools[0];
    if (!own || own.submitted) return null;
    return { kind: 'school', state: own.state as 'notStarted' | 'draft' | 'returned', daysLeft: c.daysLeft };
  }
  const notSubmitted = c.schools.filter((s) => !s.submitted).length;
  const waiting = c.schools.filter(
    (s) => s.state === (level === 'city' ? 'countyApproved' : 'submitted'),
  ).length;
  if (notSubmitted === 0 && waiting === 0) return null;
  return { kind: 'reviewer', level, notSubmitted, waiting, daysLeft: c.daysLeft };
}
