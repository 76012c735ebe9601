/** What the in-app reminder says before a period closes, for a school, a county or the city. */
import type { CompletenessResponse, CompletenessState } from '../../api';

export type Reminder =
  | { kind: 'school'; state: 'notStarted' | 'draft' | 'returned'; daysLeft: number }
  | { kind: 'reviewer'; level: 'county' | 'city'; notSubmitted: number; waiting: number; daysLeft: number };

const NOT_SUBMITTED = ['notStarted', 'draft', 'returned'] as const;

/** Days before the close from which the reminder turns into a warning. */
export const URGENT_DAYS = 7;

/**
 * The reminder for a period's completeness as the caller sees it, or null when there is nothing
 * to do (closed, or everything submitted and reviewed at the caller's level).
 */
export function reminderFor(c: CompletenessResponse, level: 'school' | 'county' | 'city'): Reminder | null {
  if (c.daysLeft < 0) return null;
  const count = (state: CompletenessState) => c.states[state] ?? 0;
  if (level === 'school') {
    // A school's own form: the one state it is in, if that is not yet submitted.
    const own = NOT_SUBMITTED.find((s) => count(s) > 0);
    return own ? { kind: 'school', state: own, daysLeft: c.daysLeft } : null;
  }
  const notSubmitted = NOT_SUBMITTED.reduce((n, s) => n + count(s), 0);
  const waiting = count(level === 'city' ? 'countyApproved' : 'submitted');
  if (notSubmitted === 0 && waiting === 0) return null;
  return { kind: 'reviewer', level, notSubmitted, waiting, daysLeft: c.daysLeft };
}
