import { describe, expect, it } from 'vitest';
import type { TrendPoint } from '../api';
import { buildTrendOption } from './trend';

const labels = {
  title: '一县 · T1 普惠性幼儿园覆盖率',
  value: '实际值',
  expected: '应达进度',
  threshold: '2027 年目标',
};

// T1 of the small test city (threshold 80%): 650/1050 = 61.90% in 2023 (the baseline, so expected
// = value); no figure in 2024; 610/850 = 71.76% in 2025, where the straight line from 61.90% to
// 80% in 2027 is at 61.90 + (80 − 61.90) × 2/4 = 70.95%.
const trend: TrendPoint[] = [
  { year: 2023, value: 650 / 1050, status: 'preBaseline', expected: 650 / 1050 },
  { year: 2024, value: null, status: 'noData', expected: null },
  { year: 2025, value: 610 / 850, status: 'onTrack', expected: 0.7095238 },
];

describe('buildTrendOption', () => {
  const option = buildTrendOption(trend, 0.8, '#1677ff', labels);

  it('titles the chart and names the years on the axis', () => {
    expect(option.title.text).toBe('一县 · T1 普惠性幼儿园覆盖率');
    expect(option.xAxis.data).toEqual(['2023', '2024', '2025']);
  });

  it('draws the values as percentages with a gap for the year without one, labelled with one decimal', () => {
    const [values, expected] = option.series;
    expect(values.data).toEqual([61.9, null, 71.8]);
    expect(values.connectNulls).toBe(false);
    expect(values.label.formatter({ value: 71.8 })).toBe('71.8%');
    expect(values.label.formatter({ value: null })).toBe('—');
    expect(expected.data).toEqual([61.9, null, 71]);
  });

  it('marks the 2027 target with its value', () => {
    const mark = option.series[0].markLine;
    expect(mark.data).toEqual([{ name: '2027 年目标', yAxis: 80 }]);
    expect(mark.label.formatter).toBe('2027 年目标 80.0%');
  });

  it('spans whole tens around values and target, with a percent axis', () => {
    expect(option.yAxis.min).toBe(60);
    expect(option.yAxis.max).toBe(80);
    expect(option.yAxis.axisLabel.formatter).toBe('{value}%');
  });

  it('has a white background so a saved PNG is not transparent', () => {
    expect(option.backgroundColor).toBe('#ffffff');
  });
});
