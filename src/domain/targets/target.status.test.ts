import { describe, expect, it } from 'vitest';
import { assessStatus, trajectoryValue } from './target.status.ts';

const rules = { onTrackMaxGap: 0.02, lagMaxGap: 0.08 };
const base = { baselineYear: 2023, deadlineYear: 2027, threshold: 0.8, rules };

describe('trajectoryValue', () => {
  it('runs straight from the baseline to the threshold', () => {
    // 0.4 → 0.8 over four years: +0.1 a year.
    const hand = [0.4, 0.5, 0.6, 0.7, 0.8];
    [2023, 2024, 2025, 2026, 2027].forEach((y, i) => {
      expect(trajectoryValue(y, 2023, 0.4, 2027, 0.8)).toBeCloseTo(hand[i]!, 12);
    });
    expect(trajectoryValue(2029, 2023, 0.4, 2027, 0.8)).toBe(0.8);
  });

  it('expects the threshold at once when there was no baseline value', () => {
    expect(trajectoryValue(2024, 2023, null, 2027, 0.8)).toBe(0.8);
  });
});

describe('assessStatus', () => {
  it('grades by the gap below the trajectory: ≤2 points on track, ≤8 lagging, more severely', () => {
    // Expected in 2025 from 0.4: 0.6.
    const at = (value: number) => assessStatus({ ...base, year: 2025, value, baselineValue: 0.4 }).status;
    expect(at(0.61)).toBe('onTrack');
    expect(at(0.58)).toBe('onTrack'); // exactly 2 points behind
    expect(at(0.57)).toBe('lagging');
    expect(at(0.52)).toBe('lagging'); // exactly 8 points behind
    expect(at(0.51)).toBe('severelyLagging');
    expect(at(0.8)).toBe('met');
  });

  it('takes its bands from the plan’s status rules', () => {
    // Same value, 5 points behind the 0.6 trajectory: lagging under 2/8, on track under 5/10,
    // severely lagging under 1/3.
    const at = (r: { onTrackMaxGap: number; lagMaxGap: number }) =>
      assessStatus({ ...base, rules: r, year: 2025, value: 0.55, baselineValue: 0.4 }).status;
    expect(at({ onTrackMaxGap: 0.02, lagMaxGap: 0.08 })).toBe('lagging');
    expect(at({ onTrackMaxGap: 0.05, lagMaxGap: 0.1 })).toBe('onTrack');
    expect(at({ onTrackMaxGap: 0.01, lagMaxGap: 0.03 })).toBe('severelyLagging');
  });

  it('gives noData without a value and preBaseline before the baseline year', () => {
    expect(assessStatus({ ...base, year: 2025, value: null, baselineValue: 0.4 }).status).toBe('noData');
    expect(assessStatus({ ...base, year: 2020, value: 0.3, baselineValue: 0.4 }).status).toBe('preBaseline');
    expect(assessStatus({ ...base, year: 2020, value: 0.9, baselineValue: 0.4 }).status).toBe('met');
  });

  it('after the deadline anything short of the threshold is measured against the threshold', () => {
    const r = assessStatus({ ...base, year: 2028, value: 0.75, baselineValue: 0.4 });
    expect(r).toMatchObject({ status: 'lagging', expected: 0.8 });
    expect(r.gapToTrajectory).toBeCloseTo(0.05, 12);
  });
});
