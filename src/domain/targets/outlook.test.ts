import { describe, expect, it } from 'vitest';
import { projectOutlook, type OutlookPoint } from './outlook.ts';

const complete = (year: number, value: number | null): OutlookPoint => ({ year, value, complete: true });

describe('projectOutlook', () => {
  it('extends the line through the last three complete years to 2027', () => {
    // 0.80, 0.84, 0.88 in 2023–2025: +0.04 a year, so 0.88 + 2 × 0.04 = 0.96 in 2027. The three
    // points lie on the line: no residual, and no earlier history to back-cast → a band of width 0.
    const o = projectOutlook([complete(2023, 0.8), complete(2024, 0.84), complete(2025, 0.88)], 0.9, 2025);
    expect(o.targetYear).toBe(2027);
    expect(o.method).toBe('linear3');
    expect(o.basisYears).toEqual([2023, 2024, 2025]);
    expect(o.value).toBeCloseTo(0.96, 12);
    expect(o.low).toBeCloseTo(0.96, 12);
    expect(o.high).toBeCloseTo(0.96, 12);
    expect(o.onTrack).toBe(true);
    expect(o.note).toContain('预测标准误');
  });

  it('estimates the band from the residuals when the history is too short to back-cast', () => {
    // 0.50, 0.60, 0.61: x̄ = 2024, ȳ = 0.57, Σ(x−x̄)² = 2, Σ(x−x̄)(y−ȳ) = 0.07 + 0.04 = 0.11, slope
    // 0.055; 2027: 0.57 + 3 × 0.055 = 0.735. Fitted 0.515, 0.57, 0.625 → residuals −0.015, 0.03,
    // −0.015; SSR = 0.00135, s = √(0.00135 / 1) = 0.0367423; standard error of the prediction
    // s × √(1 + 1/3 + 3²/2) = 0.0367423 × 2.4152295 = 0.0887412.
    const o = projectOutlook([complete(2023, 0.5), complete(2024, 0.6), complete(2025, 0.61)], 0.8, 2025);
    expect(o.value).toBeCloseTo(0.735, 12);
    expect(o.low).toBeCloseTo(0.735 - 0.0887412, 6);
    expect(o.high).toBeCloseTo(0.735 + 0.0887412, 6);
    expect(o.onTrack).toBe(false);
  });

  it('takes the band from back-casts on the history when there are at least two', () => {
    // 2019–2025: 0.40 0.44 0.48 0.52 0.60 0.62 0.64. Basis 2023–2025: slope 0.02, 0.62 at 2024 →
    // 0.68 in 2027 (two years ahead). Back-casts two years ahead with three-year windows:
    // 2019–21 (slope 0.04, 0.44 at 2020) → 2023: 0.56, actual 0.60, error −0.04;
    // 2020–22 (slope 0.04, 0.48 at 2021) → 2024: 0.60, actual 0.62, error −0.02;
    // 2021–23 (0.48 0.52 0.60: ȳ 0.5333, slope 0.12/2 = 0.06) → 2025: 0.5333 + 3 × 0.06 = 0.7133,
    // actual 0.64, error +0.0733. Largest error 0.07333: band 0.60667–0.75333.
    const values = [0.4, 0.44, 0.48, 0.52, 0.6, 0.62, 0.64];
    const o = projectOutlook(
      values.map((v, i) => complete(2019 + i, v)),
      0.7,
      2025,
    );
    expect(o.basisYears).toEqual([2023, 2024, 2025]);
    expect(o.value).toBeCloseTo(0.68, 12);
    expect(o.low).toBeCloseTo(0.68 - 0.0733333, 6);
    expect(o.high).toBeCloseTo(0.68 + 0.0733333, 6);
    // 0.68 < 0.70: not at this pace, although the band reaches it.
    expect(o.onTrack).toBe(false);
    expect(o.note).toContain('3 组');
    expect(o.note).toContain('7.3 个百分点');
  });

  it('leaves out partial years and years after the one shown', () => {
    // 2026 is partial (one school reported, 100 %): not used. As of 2025 the line is through 2023
    // and 2025 only (no 2024 statistics): 0.50 → 0.60, +0.05 a year, 0.70 in 2027; two points
    // leave nothing to estimate a band from.
    const history: OutlookPoint[] = [
      complete(2023, 0.5),
      complete(2025, 0.6),
      { year: 2026, value: 1, complete: false },
    ];
    const o = projectOutlook(history, 0.8, 2026);
    expect(o.basisYears).toEqual([2023, 2025]);
    expect(o.value).toBeCloseTo(0.7, 12);
    expect(o.low).toBeNull();
    expect(o.high).toBeNull();
    expect(o.onTrack).toBe(false);
    // As of 2023 there is one complete year only.
    const early = projectOutlook(history, 0.8, 2023);
    expect(early.value).toBeNull();
    expect(early.onTrack).toBeNull();
    expect(early.basisYears).toEqual([2023]);
    expect(early.note).toContain('至少需要两个');
  });

  it('skips years without a value and clamps to 0–1', () => {
    // 0.90, 0.95, 1.00 → 1.10 in 2027, clamped to 1; the band is clamped as well.
    const o = projectOutlook(
      [complete(2022, null), complete(2023, 0.9), complete(2024, 0.95), complete(2025, 1)],
      1,
      2025,
    );
    expect(o.basisYears).toEqual([2023, 2024, 2025]);
    expect(o.value).toBe(1);
    expect(o.high).toBe(1);
    expect(o.onTrack).toBe(true);
    const falling = projectOutlook([complete(2024, 0.2), complete(2025, 0.05)], 0.5, 2025);
    // 0.05 − 2 × 0.15 = −0.25 → 0.
    expect(falling.value).toBe(0);
    expect(falling.onTrack).toBe(false);
  });

  it('has no value without complete years', () => {
    const o = projectOutlook([{ year: 2025, value: 0.5, complete: false }], 0.8, 2025);
    expect(o).toMatchObject({ value: null, low: null, high: null, onTrack: null, basisYears: [] });
  });
});
