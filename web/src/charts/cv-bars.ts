/**
 * The 校际差异系数 chart of one section (小学 or 初中): the student-weighted CV of each of the seven
 * indicators as a bar, green when within the section's limit and red when above (the verdict the
 * API gives), the limit as a dashed line. Plain ECharts option data; pure, so unit-tested in
 * cvBars.test.ts.
 */
import type { CvResult, RuleVerdict } from '../api';

export interface CvBarLabels {
  /** e.g. 任城区 · 小学校际差异系数 · 2025—2026 学年（演示数据） */
  title: string;
  /** Series name, e.g. 差异系数 */
  cv: string;
  /** e.g. 上限 */
  limit: string;
  /** e.g. 达标 / 未达标 / 待补充 / 不适用 by verdict */
  verdicts: Record<RuleVerdict, string>;
  /** e.g. 加权均值 */
  mean: string;
  /** Unit of each indicator's value (人/百名学生, 平方米/生 …), for the tooltip's mean; may be empty. */
  units?: Partial<Record<string, string>>;
}

export const CV_COLOURS: Record<RuleVerdict, string> = {
  pass: '#389e0d',
  fail: '#cf1322',
  incomplete: '#d48806',
  notApplicable: '#8c8c8c',
};
const LIMIT_COLOUR = '#595959';

export interface CvBarDatum {
  value: number | null;
  name: string;
  itemStyle: { color: string };
}

export interface CvBarsOption {
  animation: false;
  backgroundColor: string;
  title: { text: string; left: 'center'; top: number; textStyle: { fontSize: number } };
  grid: { left: number; right: number; top: number; bottom: number; containLabel: true };
  tooltip: { trigger: 'item'; formatter: (p: { dataIndex: number }) => string };
  xAxis: { type: 'category'; data: string[]; axisTick: { alignWithLabel: true } };
  yAxis: { type: 'value'; min: 0; max: number; axisLabel: { formatter: (v: number) => string } };
  series: [
    {
      name: string;
      type: 'bar';
      barMaxWidth: number;
      data: CvBarDatum[];
      label: { show: true; position: 'top'; formatter: (p: { value: unknown }) => string };
      markLine: {
        silent: true;
        symbol: 'none';
        lineStyle: { type: 'dashed'; color: string; width: number };
        label: { formatter: string; position: 'insideEndTop' };
        data: [{ name: string; yAxis: number }];
      };
    },
  ];
}

/** A CV with three decimals, or — when there is none. */
export function cvText(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(3) : '—';
}

/**
 * Top of the value axis: 1.2 × the larger of the limit and the largest CV, rounded up to a tenth,
 * so that the limit line and every label fit.
 */
export function cvAxisMax(values: (number | null)[], limit: number): number {
  const top = Math.max(limit, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  return Math.ceil(Math.round(top * 1.2 * 1e6) / 1e5) / 10;
}

export function buildCvBarsOption(cvs: CvResult[], limit: number, labels: CvBarLabels): CvBarsOption {
  const values = cvs.map((c) => c.cv);
  return {
    animation: false,
    backgroundColor: '#ffffff',
    title: { text: labels.title, left: 'center', top: 4, textStyle: { fontSize: 14 } },
    grid: { left: 8, right: 16, top: 44, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const c = cvs[p.dataIndex];
        if (!c) return '';
        const unit = labels.units?.[c.code];
        const mean = c.mean === null ? '—' : `${c.mean.toFixed(2)}${unit ? ` ${unit}` : ''}`;
        return [
          `${c.code} ${c.name}`,
          `${labels.cv} ${cvText(c.cv)}（${labels.limit} ${cvText(c.limit)}）${labels.verdicts[c.verdict]}`,
          `${labels.mean} ${mean}`,
        ].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: cvs.map((c) => c.code), axisTick: { alignWithLabel: true } },
    yAxis: {
      type: 'value',
      min: 0,
      max: cvAxisMax(values, limit),
      axisLabel: { formatter: (v) => v.toFixed(2) },
    },
    series: [
      {
        name: labels.cv,
        type: 'bar',
        barMaxWidth: 36,
        data: cvs.map((c) => ({ value: c.cv, name: c.name, itemStyle: { color: CV_COLOURS[c.verdict] } })),
        label: { show: true, position: 'top', formatter: (p) => cvText(p.value) },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: LIMIT_COLOUR, width: 1.5 },
          label: { formatter: `${labels.limit} ${cvText(limit)}`, position: 'insideEndTop' },
          data: [{ name: labels.limit, yAxis: limit }],
        },
      },
    ],
  };
}
