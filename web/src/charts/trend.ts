/**
 * The full trend chart of one target for one unit (county page, and the PNG a card saves): the
 * yearly values with labels, the straight trajectory to the 2027 target, and the target as a
 * dashed line. Plain ECharts option data; pure, so unit-tested in trend.test.ts.
 */
import type { TrendPoint } from '../api';
import { projectionLine, sparklineRange, toPercent, type OutlookMark } from './sparkline';

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
    ...TrendProjectionSeries[],
  ];
}

/** The 2027 projection: dashed from the last value, labelled, with its band as a vertical bar. */
export interface TrendProjectionSeries {
  name: string;
  type: 'line';
  data: Percent[];
  connectNulls: true;
  symbolSize: number;
  lineStyle: { type: 'dashed'; color: string; width: number };
  itemStyle: { color: string };
  label: { show: true; position: 'right'; formatter: (p: { dataIndex: number; value: unknown }) => string };
  markLine?: {
    silent: true;
    symbol: ['none', 'none'];
    lineStyle: { type: 'solid'; color: string; width: number };
    label: { show: false };
    data: Array<[{ coord: [string, number] }, { coord: [string, number] }]>;
  };
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
  /** The 2027 projection (decision 0013): a dashed segment from the last value, with its band. */
  outlook?: OutlookMark,
): TrendOption {
  const projection = projectionLine(trend, outlook);
  const years = projection.years;
  const pad = (xs: Percent[]) => [...xs, ...years.slice(xs.length).map(() => null)];
  const values = pad(trend.map((p) => toPercent(p.value)));
  const expected = pad(trend.map((p) => toPercent(p.expected)));
  const thresholdPercent = toPercent(threshold)!;
  const band =
    outlook && outlook.low !== null && outlook.high !== null
      ? ([toPercent(outlook.low)!, toPercent(outlook.high)!] as const)
      : null;
  const drawn = [...values, ...expected, ...projection.data, ...(band ?? []), thresholdPercent].filter(
    (v): v is number => v !== null,
  );
  const lastIndex = years.length - 1;
  const projectionSeries: TrendProjectionSeries[] =
    outlook && projection.data.length > 0
      ? [
          {
            name: outlook.label,
            type: 'line',
            data: projection.data,
            connectNulls: true,
            symbolSize: 7,
            lineStyle: { type: 'dashed', color: colour, width: 2 },
            itemStyle: { color: colour },
            label: {
              show: true,
              position: 'right',
              // Only the projected point: the start is the last value, labelled already.
              formatter: (p) => (p.dataIndex === lastIndex ? percentLabel(p.value) : ''),
            },
            ...(band
              ? {
                  markLine: {
                    silent: true as const,
                    symbol: ['none', 'none'] as ['none', 'none'],
                    lineStyle: { type: 'solid' as const, color: colour, width: 1 },
                    label: { show: false as const },
                    data: [
                      [
                        { coord: [String(outlook.year), band[0]] },
                        { coord: [String(outlook.year), band[1]] },
                      ],
                    ] as Array<[{ coord: [string, number] }, { coord: [string, number] }]>,
                  },
                }
              : {}),
          },
        ]
      : [];
  return {
    animation: false,
    backgroundColor: '#ffffff',
    title: { text: labels.title, left: 'center', top: 4, textStyle: { fontSize: 14 } },
    legend: {
      bottom: 0,
      data: [labels.value, labels.expected, ...projectionSeries.map((x) => x.name)],
    },
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
      ...projectionSeries,
    ],
  };
}
