import { describe, expect, it } from 'vitest';
import type { TrendPoint } from '../api';
import { buildSparklineOption, completeTrend, projectionLine, sparklineRange, toPercent } from './sparkline';

const labels = { value: '实际值', expected: '应达进度', threshold: '2027 年目标' };

// Shaped like T1 of the small test city (threshold 80%): 650/1050 in 2023, the baseline, so
// expected = value; 610/850 in 2025, where the straight line from 61.90% (2023) to 80% (2027) is
// at 61.90 + (80 − 61.90) × 2/4 = 70.95% → 71.0%. An invented 2024 without a value shows the gap.
const trend: TrendPoint[] = [
  { year: 2023, value: 650 / 1050, status: 'preBaseline', expected: 650 / 1050 },
  { year: 2024, value: null, status: 'noData', expected: null },
  { year: 2025, value: 610 / 850, status: 'onTrack', expected: 0.7095238 },
];

describe('toPercent', () => {
  it('rounds a share to a percentage with one decimal', () => {
    expect(toPercent(610 / 850)).toBe(71.8); // 71.7647…
    expect(toPercent(650 / 1050)).toBe(61.9); // 61.9047…
    expect(toPercent(0.85)).toBe(85);
    expect(toPercent(null)).toBeNull();
  });
});

describe('sparklineRange', () => {
  it('spans whole tens around the drawn values', () => {
    expect(sparklineRange([61.9, 71.8, 85])).toEqual({ min: 60, max: 90 });
    expect(sparklineRange([3.2, 12])).toEqual({ min: 0, max: 20 });
  });
  it('never collapses to a flat range and stays within 0–100', () => {
    expect(sparklineRange([100, 100])).toEqual({ min: 90, max: 100 });
    expect(sparklineRange([40])).toEqual({ min: 40, max: 50 });
    expect(sparklineRange([])).toEqual({ min: 0, max: 100 });
  });
});

describe('buildSparklineOption', () => {
  const option = buildSparklineOption(trend, 0.8, { colour: '#1677ff', selectedYear: 2025, labels });

  it('draws one point per year, with a gap where a year has no value', () => {
    expect(option.xAxis.data).toEqual(['2023', '2024', '2025']);
    expect(option.series[0].data).toEqual([61.9, null, 71.8]);
    expect(option.series[0].connectNulls).toBe(false);
    expect(option.series[0].name).toBe('实际值');
    expect(option.series[0].lineStyle.color).toBe('#1677ff');
  });

  it('draws the trajectory as a second, dotted line', () => {
    expect(option.series[1].data).toEqual([61.9, null, 71]);
    expect(option.series[1].name).toBe('应达进度');
    expect(option.series[1].lineStyle.type).toBe('dotted');
  });

  it('marks the 2027 threshold and the selected year', () => {
    expect(option.series[0].markLine.data).toEqual([{ name: '2027 年目标', yAxis: 80 }, { xAxis: '2025' }]);
    // 61.9 … 80 → 60 … 80
    expect(option.yAxis).toMatchObject({ min: 60, max: 80, show: false });
  });

  it('does not animate (screenshots and tests see the final chart)', () => {
    expect(option.animation).toBe(false);
  });

  it('formats tooltip values as percentages', () => {
    expect(option.tooltip.valueFormatter(71.8)).toBe('71.8%');
    expect(option.tooltip.valueFormatter(null)).toBe('—');
  });

  it('leaves out the year marker for a year outside the trend', () => {
    const other = buildSparklineOption(trend, 0.8, { colour: '#000', selectedYear: 2030, labels });
    expect(other.series[0].markLine.data).toEqual([{ name: '2027 年目标', yAxis: 80 }]);
  });

  it('draws nothing but the threshold for a target that is not computed', () => {
    const t4 = buildSparklineOption(
      [
        { year: 2023, value: null, status: 'notComputed', expected: null },
        { year: 2025, value: null, status: 'notComputed', expected: null },
      ],
      1,
      { colour: '#8c8c8c', labels },
    );
    expect(t4.series[0].data).toEqual([null, null]);
    expect(t4.series[1].data).toEqual([null, null]);
    expect(t4.yAxis).toMatchObject({ min: 90, max: 100 });
  });
});

describe('completeTrend', () => {
  it('drops the partial years, so a partial 2026 never feeds the line of 2025', () => {
    const withPartial: TrendPoint[] = [...trend, { year: 2026, value: 1, status: 'met', expected: 0.8 }];
    const kept = completeTrend(withPartial, [
      { year: 2023, complete: true },
      { year: 2024, complete: true },
      { year: 2025, complete: true },
      { year: 2026, complete: false },
    ]);
    expect(kept.map((p) => p.year)).toEqual([2023, 2024, 2025]);
    const option = buildSparklineOption(kept, 0.8, { colour: '#1677ff', selectedYear: 2025, labels });
    expect(option.xAxis.data).toEqual(['2023', '2024', '2025']);
    expect(option.series[0].data).toEqual([61.9, null, 71.8]);
  });
});

describe('the 2027 projection', () => {
  // Projected 70% in 2027 from the 2025 value 71.8% (an invented falling trend).
  const outlook = { year: 2027, value: 0.7, low: 0.65, high: 0.75, label: '2027 年展望' };

  it('extends the years to 2027 and runs from the last value to the projection', () => {
    expect(projectionLine(trend, outlook)).toEqual({
      years: ['2023', '2024', '2025', '2026', '2027'],
      data: [null, null, 71.8, null, 70],
    });
    expect(projectionLine(trend, undefined)).toEqual({ years: ['2023', '2024', '2025'], data: [] });
  });

  it('draws it as a third, dashed series; the others stop at the last year', () => {
    const option = buildSparklineOption(trend, 0.8, { colour: '#1677ff', labels, outlook });
    expect(option.xAxis.data).toEqual(['2023', '2024', '2025', '2026', '2027']);
    expect(option.series[0].data).toEqual([61.9, null, 71.8, null, null]);
    expect(option.series[1].data).toEqual([61.9, null, 71, null, null]);
    const projection = option.series[2]!;
    expect(projection.name).toBe('2027 年展望');
    expect(projection.lineStyle.type).toBe('dashed');
    expect(projection.connectNulls).toBe(true);
    expect(projection.data).toEqual([null, null, 71.8, null, 70]);
  });
});
