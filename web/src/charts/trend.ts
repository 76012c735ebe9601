/**
 * The full trend chart of one target for one unit (county page, and the PNG a card saves): the
 * yearly values with labels, the straight trajectory to the 2027 target, and the target as a
 * dashed line. Plain ECharts option data; pure, so unit-tested in trend.test.ts.
 */
import type { TrendPoint } from '../api';
import { sparklineRange, toPercent } from './sparkline';

export interface TrendLabels {
  /** Chart title, e.g. 任城区 · T1 普惠性幼儿园覆盖率 */
  title: string;
  value: string;
  expected: string;
  /** e.g. 2027 年目标 */
  threshold: string;
}

type Percent = number | null;

export interface TrendOption {
  animation: false;
  backgroundColor: string;
  title: { text: string; left: 'center'; top: number; textStyle: { fontSize: number } };
  legend: { bottom: number; data: string[] };
  grid: { left: number; right: number; top: number; bottom: number; containLabel: true };
  tooltip: { trigger: 'axis'; valueFormatter: (value: unknown) => string };
  xAxis: { type: 'category'; data: string[]; boundaryGap: false };
  yAxis: { type: 'value'; min: number; max: number; axisLabel: { formatter: string } };
  series: [
    {
      name: string;
      type: 'line';
      data: Percent[];
      connectNulls: false;
      symbolSize: number;
      lineStyle: { color: string; width: number };
      itemStyle: { color: string };
      label: { show: true; position: 'top'; formatter: (p: { value: unknown }) => string };
      markLine: {
        silent: true;
        symbol: 'none';
        lineStyle: { type: 'dashed'; color: string };
        label: { formatter: string; position: 'insideEndTop' };
        data: [{ name: string; yAxis: number }];
      };
    },
    {
      name: string;
      type: 'line';
      data: Percent[];
      showSymbol: false;
      lineStyle: { type: 'dotted'; color: string; width: number };
      itemStyle: { color: string };
    },
  ];
}

const GREY = '#8c8c8c';

function percentLabel(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? `${value.toFixed(1)}%` : '—';
}

export function buildTrendOption(
  trend: TrendPoint[],
  threshold: number,
  colour: string,
  labels: TrendLabels,
): TrendOption {
  const years = trend.map((p) => String(p.year));
  const values = trend.map((p) => toPercent(p.value));
  const expected = trend.map((p) => toPercent(p.expected));
  const thresholdPercent = toPercent(threshold)!;
  const drawn = [...values, ...expected, thresholdPercent].filter((v): v is number => v !== null);
  return {
    animation: false,
    backgroundColor: '#ffffff',
    title: { text: labels.title, left: 'center', top: 4, textStyle: { fontSize: 14 } },
    legend: { bottom: 0, data: [labels.value, labels.expected] },
    grid: { left: 8, right: 24, top: 40, bottom: 32, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: percentLabel },
    xAxis: { type: 'category', data: years, boundaryGap: false },
    yAxis: { type: 'value', ...sparklineRange(drawn), axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name: labels.value,
        type: 'line',
        data: values,
        connectNulls: false,
        symbolSize: 7,
        lineStyle: { color: colour, width: 2 },
        itemStyle: { color: colour },
        label: { show: true, position: 'top', formatter: (p) => percentLabel(p.value) },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: GREY },
          label: {
            formatter: `${labels.threshold} ${thresholdPercent.toFixed(1)}%`,
            position: 'insideEndTop',
          },
          data: [{ name: labels.threshold, yAxis: thresholdPercent }],
        },
      },
      {
        name: labels.expected,
        type: 'line',
        data: expected,
        showSymbol: false,
        lineStyle: { type: 'dotted', color: GREY, width: 2 },
        itemStyle: { color: GREY },
      },
    ],
  };
}
