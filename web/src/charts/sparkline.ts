/**
 * The trend sparkline of a target card as a plain ECharts option (pure: unit-tested in
 * sparkline.test.ts). Values are shares (0–1) from the API and are drawn as percentages with one
 * decimal; years without a value leave a gap rather than a misleading line.
 */
import type { TrendPoint } from '../api';

/** The 2027 projection drawn after the trend (decision 0013): a dashed segment to `year`. */
export interface OutlookMark {
  year: number;
  /** Share 0–1. */
  value: number;
  low: number | null;
  high: number | null;
  /** Series name, e.g. 2027 年展望 */
  label: string;
}

/** A year's data coverage as the targets API reports it (only `complete` matters here). */
export interface YearComplete {
  year: number;
  complete: boolean;
}

/**
 * The trend without the years whose data is partial (below the completeness threshold): a partial
 * year never feeds the line of a complete year, nor its own (its value stands on the card, greyed).
 */
export function completeTrend(trend: readonly TrendPoint[], coverage: readonly YearComplete[]): TrendPoint[] {
  const partial = new Set(coverage.filter((c) => !c.complete).map((c) => c.year));
  return trend.filter((p) => !partial.has(p.year));
}

/** The projection as a line: null up to the last drawn value, that value, then the projected one. */
export interface ProjectionLine {
  /** The x categories, the trend's years followed by every year up to the projection's. */
  years: string[];
  /** Per category: null, except the start (the last year with a value) and the projection year. */
  data: Array<number | null>;
}

/** The x categories and the projection's data (no data without an outlook or a value to start from). */
export function projectionLine(
  trend: readonly TrendPoint[],
  outlook: OutlookMark | undefined,
): ProjectionLine {
  const years = trend.map((p) => String(p.year));
  const last = [...trend].reverse().find((p) => p.value !== null);
  if (!outlook || !last) return { years, data: [] };
  const lastYear = trend.at(-1)!.year;
  for (let y = lastYear + 1; y <= outlook.year; y++) years.push(String(y));
  const data = years.map((y) =>
    y === String(last.year)
      ? toPercent(last.value)
      : y === String(outlook.year)
        ? toPercent(outlook.value)
        : null,
  );
  return { years, data };
}

export interface SparklineLabels {
  value: string;
  expected: string;
  threshold: string;
}

export interface SparklineOptions {
  /** Line colour (the card's status colour). */
  colour: string;
  /** Marks this year with a vertical line when it is one of the trend's years. */
  selectedYear?: number;
  labels: SparklineLabels;
  /** The 2027 projection, drawn dashed from the last value. */
  outlook?: OutlookMark;
}

type MarkLineDatum = { name?: string; yAxis: number } | { xAxis: string };

export interface SparklineOption {
  animation: false;
  grid: { left: number; right: number; top: number; bottom: number };
  tooltip: { trigger: 'axis'; valueFormatter: (value: unknown) => string };
  xAxis: { type: 'category'; data: string[]; show: false; boundaryGap: false };
  yAxis: { type: 'value'; show: false; min: number; max: number };
  series: [
    {
      name: string;
      type: 'line';
      data: Array<number | null>;
      connectNulls: false;
      symbolSize: number;
      lineStyle: { color: string; width: number };
      itemStyle: { color: string };
      markLine: {
        silent: true;
        symbol: 'none';
        label: { show: false };
        lineStyle: { type: 'dashed'; color: string };
        data: MarkLineDatum[];
      };
    },
    {
      name: string;
      type: 'line';
      data: Array<number | null>;
      showSymbol: false;
      lineStyle: { type: 'dotted'; color: string; width: number };
      itemStyle: { color: string };
    },
    ...ProjectionSeries[],
  ];
}

/** The dashed projection to 2027 (only with an outlook). */
export interface ProjectionSeries {
  name: string;
  type: 'line';
  data: Array<number | null>;
  connectNulls: true;
  symbolSize: number;
  lineStyle: { type: 'dashed'; color: string; width: number };
  itemStyle: { color: string };
}

const GREY = '#8c8c8c';
const LIGHT_GREY = '#bfbfbf';

/** A share as a percentage with one decimal: 0.71764… → 71.8. */
export function toPercent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

/** The y range: whole tens around every drawn value and the threshold, within 0–100. */
export function sparklineRange(percents: number[]): { min: number; max: number } {
  if (percents.length === 0) return { min: 0, max: 100 };
  let min = Math.max(0, Math.floor(Math.min(...percents) / 10) * 10);
  let max = Math.min(100, Math.ceil(Math.max(...percents) / 10) * 10);
  if (max === min) {
    if (max === 100) min = 90;
    else max = min + 10;
  }
  return { min, max };
}

export function buildSparklineOption(
  trend: TrendPoint[],
  threshold: number,
  options: SparklineOptions,
): SparklineOption {
  const projection = projectionLine(trend, options.outlook);
  const years = projection.years;
  const pad = (xs: Array<number | null>) => [...xs, ...years.slice(xs.length).map(() => null)];
  const values = pad(trend.map((p) => toPercent(p.value)));
  const expected = pad(trend.map((p) => toPercent(p.expected)));
  const thresholdPercent = toPercent(threshold)!;
  const drawn = [...values, ...expected, ...projection.data, thresholdPercent].filter(
    (v): v is number => v !== null,
  );
  const markers: MarkLineDatum[] = [{ name: options.labels.threshold, yAxis: thresholdPercent }];
  if (options.selectedYear !== undefined && years.includes(String(options.selectedYear))) {
    markers.push({ xAxis: String(options.selectedYear) });
  }
  return {
    animation: false,
    grid: { left: 4, right: 4, top: 6, bottom: 6 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (typeof value === 'number' ? `${value.toFixed(1)}%` : '—'),
    },
    xAxis: { type: 'category', data: years, show: false, boundaryGap: false },
    yAxis: { type: 'value', show: false, ...sparklineRange(drawn) },
    series: [
      {
        name: options.labels.value,
        type: 'line',
        data: values,
        connectNulls: false,
        symbolSize: 5,
        lineStyle: { color: options.colour, width: 2 },
        itemStyle: { color: options.colour },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { type: 'dashed', color: GREY },
          data: markers,
        },
      },
      {
        name: options.labels.expected,
        type: 'line',
        data: expected,
        showSymbol: false,
        lineStyle: { type: 'dotted', color: LIGHT_GREY, width: 1 },
        itemStyle: { color: LIGHT_GREY },
      },
      ...(options.outlook && projection.data.length > 0
        ? [
            {
              name: options.outlook.label,
              type: 'line' as const,
              data: projection.data,
              connectNulls: true as const,
              symbolSize: 4,
              lineStyle: { type: 'dashed' as const, color: options.colour, width: 1.5 },
              itemStyle: { color: options.colour },
            },
          ]
        : []),
    ],
  };
}
