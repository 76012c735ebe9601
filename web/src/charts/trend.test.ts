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

describe('buildTrendOption with the 2027 outlook', () => {
  // 一县 T1 on 2023 and 2025 (0.5 → 0.6): +0.05 a year, 0.70 in 2027; an invented band 0.65–0.75.
  const points: TrendPoint[] = [
    { year: 2023, value: 0.5, status: 'preBaseline', expected: 0.5 },
    { year: 2025, value: 0.6, status: 'lagging', expected: 0.65 },
  ];
  const outlook = { year: 2027, value: 0.7, low: 0.65, high: 0.75, label: '2027 年展望' };
  const option = buildTrendOption(points, 0.8, '#d48806', labels, outlook);

  it('adds the years up to 2027 and a dashed segment from the 2025 value to the projection', () => {
    expect(option.xAxis.data).toEqual(['2023', '2025', '2026', '2027']);
    expect(option.series[0].data).toEqual([50, 60, null, null]);
    const projection = option.series[2]!;
    expect(projection.data).toEqual([null, 60, null, 70]);
    expect(projection.lineStyle.type).toBe('dashed');
    expect(option.legend.data).toEqual(['实际值', '应达进度', '2027 年展望']);
  });

  it('labels only the projected point and draws the band as a bar at 2027', () => {
    const projection = option.series[2]!;
    expect(projection.label.formatter({ dataIndex: 3, value: 70 })).toBe('70.0%');
    expect(projection.label.formatter({ dataIndex: 1, value: 60 })).toBe('');
    expect(projection.markLine?.data).toEqual([[{ coord: ['2027', 65] }, { coord: ['2027', 75] }]]);
  });

  it('draws no band when the outlook has none, and nothing without an outlook', () => {
    const noBand = buildTrendOption(points, 0.8, '#d48806', labels, { ...outlook, low: null, high: null });
    expect(noBand.series[2]!.markLine).toBeUndefined();
    expect(buildTrendOption(points, 0.8, '#d48806', labels).series).toHaveLength(2);
  });
});
