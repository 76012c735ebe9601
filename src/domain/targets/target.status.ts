import type { StatusRules } from '../plan/plan.types.ts';

/**
 * 达标 met · 进度正常 onTrack · 滞后 lagging · 严重滞后 severelyLagging ·
 * preBaseline: a year before the baseline, shown for trend only ·
 * noData: the unit has no institution the indicator counts (e.g. no special-education school) ·
 * notComputed: the platform cannot compute the indicator yet (the reason is given).
 */
export type TargetStatus =
  'met' | 'onTrack' | 'lagging' | 'severelyLagging' | 'preBaseline' | 'noData' | 'notComputed';
export const TARGET_STATUSES: readonly TargetStatus[] = [
  'met',
  'onTrack',
  'lagging',
  'severelyLagging',
  'preBaseline',
  'noData',
  'notComputed',
];

/** Tolerance for comparing fractions computed from integer counts. */
const EPSILON = 1e-9;

/**
 * Where the straight trajectory from (baselineYear, baselineValue) to (deadlineYear, threshold)
 * stands in `year`. After the deadline it is the threshold. Without a baseline value (the unit had
 * nothing to count in the baseline year) the threshold is expected at once.
 */
export function trajectoryValue(
  year: number,
  baselineYear: number,
  baselineValue: number | null,
  deadlineYear: number,
  threshold: number,
): number {
  if (baselineValue === null || year >= deadlineYear) return threshold;
  if (baselineValue >= threshold) return threshold;
  const t = Math.max(0, (year - baselineYear) / (deadlineYear - baselineYear));
  return baselineValue + (threshold - baselineValue) * t;
}

export interface StatusInput {
  year: number;
  value: number | null;
  baselineYear: number;
  baselineValue: number | null;
  deadlineYear: number;
  threshold: number;
  rules: StatusRules;
}

export interface StatusResult {
  status: TargetStatus;
  /** Trajectory value for the year (null before the baseline or without a value). */
  expected: number | null;
  /** expected − value in fraction points; positive = behind the trajectory. */
  gapToTrajectory: number | null;
  /** threshold − value, never negative; 0 when met. */
  gapToTarget: number | null;
}

export function assessStatus(input: StatusInput): StatusResult {
  const { year, value, baselineYear, baselineValue, deadlineYear, threshold, rules } = input;
  if (value === null) return { status: 'noData', expected: null, gapToTrajectory: null, gapToTarget: null };
  const gapToTarget = Math.max(0, threshold - value);
  if (value >= threshold - EPSILON) {
    const expected =
      year < baselineYear
        ? null
        : trajectoryValue(year, baselineYear, baselineValue, deadlineYear, threshold);
    return {
      status: 'met',
      expected,
      gapToTrajectory: expected === null ? null : expected - value,
      gapToTarget: 0,
    };
  }
  if (year < baselineYear)
    return { status: 'preBaseline', expected: null, gapToTrajectory: null, gapToTarget };
  const expected = trajectoryValue(year, baselineYear, baselineValue, deadlineYear, threshold);
  const gap = expected - value;
  let status: TargetStatus;
  if (gap <= rules.onTrackMaxGap + EPSILON) status = 'onTrack';
  else if (gap <= rules.lagMaxGap + EPSILON) status = 'lagging';
  else status = 'severelyLagging';
  return { status, expected, gapToTrajectory: gap, gapToTarget };
}
