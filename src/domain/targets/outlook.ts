/**
 * The 2027 outlook of a target (docs/decisions/0013-target-outlook-2027.md): the least-squares line
 * through the last three complete school years with a value, extrapolated to the target year and
 * clamped to 0–1; its uncertainty from back-casts on the unit's own history (the same method, run on
 * earlier windows, predicting a year that is known), else from the residuals of the fit. Partial
 * years (below the completeness threshold) never enter. Pure.
 */

/** The school year the plan's targets are due (济教字〔2024〕29号: "到2027年"). */
export const OUTLOOK_TARGET_YEAR = 2027;

/** How many complete years the line is fitted on (fewer when the history is shorter, at least 2). */
export const OUTLOOK_WINDOW = 3;

/** Fewest back-casts from which their errors give the band (else the residuals of the fit do). */
export const OUTLOOK_MIN_BACKCASTS = 2;

export interface TargetOutlook {
  targetYear: typeof OUTLOOK_TARGET_YEAR;
  /** Projected share in the target year, clamped to 0–1; null with fewer than 2 complete years. */
  value: number | null;
  /** The band around `value` (clamped to 0–1); null when it cannot be estimated. */
  low: number | null;
  high: number | null;
  /** The complete school years the line is fitted on. */
  basisYears: number[];
  method: 'linear3';
  /** value ≥ threshold; null without a value. */
  onTrack: boolean | null;
  /** In Chinese: how the band was estimated, or why there is no value. */
  note: string | null;
}

export interface OutlookPoint {
  year: number;
  value: number | null;
  /** The year's data is complete for the unit (config/live-figures.yaml completeShare). */
  complete: boolean;
}

/** Tolerance for comparing a projected share with the threshold. */
const EPSILON = 1e-9;

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

interface Line {
  /** Value at x = meanX. */
  meanY: number;
  meanX: number;
  slope: number;
  /** Σ (x − x̄)². */
  sxx: number;
  /** Σ of squared residuals. */
  ssr: number;
}

/** Ordinary least squares through (year, value) points (at least two distinct years). */
function fitLine(points: ReadonlyArray<{ year: number; value: number }>): Line {
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.year, 0) / n;
  const meanY = points.reduce((s, p) => s + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.year - meanX) ** 2;
    sxy += (p.year - meanX) * (p.value - meanY);
  }
  const slope = sxy / sxx;
  let ssr = 0;
  for (const p of points) ssr += (p.value - (meanY + slope * (p.year - meanX))) ** 2;
  return { meanY, meanX, slope, sxx, ssr };
}

const at = (line: Line, year: number): number => line.meanY + line.slope * (year - line.meanX);

const points = (n: number): string => (n * 100).toFixed(1);

/**
 * Back-casts: every earlier window of `size` consecutive usable years whose last year plus
 * `horizon` is itself a usable year; the error is the window's clamped projection minus that
 * year's value.
 */
function backcastErrors(
  usable: ReadonlyArray<{ year: number; value: number }>,
  size: number,
  horizon: number,
): number[] {
  const byYear = new Map(usable.map((p) => [p.year, p.value]));
  const errors: number[] = [];
  for (let end = size - 1; end < usable.length; end++) {
    const window = usable.slice(end - size + 1, end + 1);
    const check = byYear.get(window.at(-1)!.year + horizon);
    if (check === undefined) continue;
    errors.push(clamp01(at(fitLine(window), window.at(-1)!.year + horizon)) - check);
  }
  return errors;
}

/**
 * The outlook of one target for one unit as of `asOfYear`: only complete years up to it, with a
 * value, count.
 */
export function projectOutlook(
  history: readonly OutlookPoint[],
  threshold: number,
  asOfYear: number,
  targetYear: typeof OUTLOOK_TARGET_YEAR = OUTLOOK_TARGET_YEAR,
): TargetOutlook {
  const usable = history
    .filter(
      (p): p is OutlookPoint & { value: number } => p.complete && p.value !== null && p.year <= asOfYear,
    )
    .map((p) => ({ year: p.year, value: p.value }))
    .sort((a, b) => a.year - b.year);
  const basis = usable.slice(-OUTLOOK_WINDOW);
  const base = { targetYear, method: 'linear3' as const, basisYears: basis.map((p) => p.year) };
  if (basis.length < 2) {
    return {
      ...base,
      value: null,
      low: null,
      high: null,
      onTrack: null,
      note:
        basis.length === 0
          ? '没有完整学年的数据，不能按趋势外推'
          : `只有一个完整学年（${basis[0]!.year}）的数据，至少需要两个才能按趋势外推`,
    };
  }
  const line = fitLine(basis);
  const raw = at(line, targetYear);
  const value = clamp01(raw);
  const lastYear = basis.at(-1)!.year;
  const onTrack = value >= threshold - EPSILON;
  const errors = lastYear < targetYear ? backcastErrors(usable, basis.length, targetYear - lastYear) : [];
  let half: number | null = null;
  let note: string;
  if (errors.length >= OUTLOOK_MIN_BACKCASTS) {
    half = Math.max(...errors.map(Math.abs));
    note =
      `区间为回测误差：用更早的 ${errors.length} 组连续 ${basis.length} 个完整学年，按同一方法预测 ` +
      `${targetYear - lastYear} 年后的已知值，最大误差 ${points(half)} 个百分点`;
  } else if (basis.length >= 3) {
    // Residual standard error with n − 2 degrees of freedom, as the prediction's standard error.
    const s = Math.sqrt(line.ssr / (basis.length - 2));
    half = s * Math.sqrt(1 + 1 / basis.length + (targetYear - line.meanX) ** 2 / line.sxx);
    note = `历史不足以回测，区间为拟合残差估计的预测标准误（±${points(half)} 个百分点）`;
  } else {
    note = `只有两个完整学年（${base.basisYears.join('、')}），趋势线没有残差可估计误差，未给出区间`;
  }
  return {
    ...base,
    value,
    low: half === null ? null : clamp01(raw - half),
    high: half === null ? null : clamp01(raw + half),
    onTrack,
    note,
  };
}
