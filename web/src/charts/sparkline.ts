/**
 * The trend sparkline of a target card as a plain ECharts option (pure: unit-tested in
 * sparkline.test.ts). Values are shares (0–1) from the API and are drawn as percentages with one
 * decimal; years without a value leave a gap rather than a misleading line.
 */
import type { TrendPoint } from '../api';

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
  ];
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
  const years = trend.map((p) => String(p.year));
  const values = trend.map((p) => toPercent(p.value));
  const expected = trend.map((p) => toPercent(p.expected));
  const thresholdPercent = toPercent(threshold)!;
  const drawn = [...values, ...expected, thresholdPercent].filter((v): v is number => v !== null);
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
    ],
  };
}
