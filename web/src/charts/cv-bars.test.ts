import { describe, expect, it } from 'vitest';
import type { CvResult, RuleVerdict } from '../api';
import { buildCvBarsOption, cvAxisMax, cvText, CV_COLOURS } from './cv-bars';

function cv(
  code: CvResult['code'],
  value: number | null,
  verdict: RuleVerdict,
  mean: number | null = 1,
): CvResult {
  return {
    section: 'junior',
    code,
    name: `指标${code}`,
    mean,
    sd: value === null || mean === null ? null : value * mean,
    cv: value,
    limit: 0.45,
    verdict,
    schools: 12,
    students: 4800,
  };
}

const labels = {
  title: '甲县 · 初中校际差异系数（演示数据）',
  cv: '差异系数',
  limit: '上限',
  mean: '加权均值',
  verdicts: { pass: '达标', fail: '未达标', incomplete: '待补充', notApplicable: '不适用' },
};

describe('cvText and cvAxisMax', () => {
  it('writes a CV with three decimals', () => {
    expect(cvText(0.1213152766)).toBe('0.121');
    expect(cvText(0.4504)).toBe('0.450');
    expect(cvText(null)).toBe('—');
    expect(cvText(Number.NaN)).toBe('—');
  });

  it('tops the axis at 1.2 × the larger of the limit and the largest CV, up to a tenth', () => {
    // limit 0.5, CVs below it: 0.5 × 1.2 = 0.6
    expect(cvAxisMax([0.12, 0.26], 0.5)).toBe(0.6);
    // limit 0.45: 0.54 → 0.6
    expect(cvAxisMax([0.1, null], 0.45)).toBe(0.6);
    // a CV of 0.62 above the limit: 0.744 → 0.8
    expect(cvAxisMax([0.62, 0.3], 0.45)).toBe(0.8);
    // no CV at all: from the limit alone
    expect(cvAxisMax([null, null], 0.5)).toBe(0.6);
  });
});

describe('buildCvBarsOption', () => {
  const cvs = [
    cv('L1', 0.115, 'pass', 7.1071),
    cv('L2', 0.52, 'fail', 1.4995),
    cv('L3', null, 'notApplicable', null),
  ];
  const option = buildCvBarsOption(cvs, 0.45, labels);
  const series = option.series[0];

  it('draws one bar per indicator, named by its code, coloured by its verdict', () => {
    expect(option.xAxis.data).toEqual(['L1', 'L2', 'L3']);
    expect(series.type).toBe('bar');
    expect(series.data).toEqual([
      { value: 0.115, name: '指标L1', itemStyle: { color: CV_COLOURS.pass } },
      { value: 0.52, name: '指标L2', itemStyle: { color: CV_COLOURS.fail } },
      { value: null, name: '指标L3', itemStyle: { color: CV_COLOURS.notApplicable } },
    ]);
    expect(CV_COLOURS.pass).not.toBe(CV_COLOURS.fail);
  });

  it('draws the section’s limit as a dashed line with its value', () => {
    expect(series.markLine.data).toEqual([{ name: '上限', yAxis: 0.45 }]);
    expect(series.markLine.lineStyle.type).toBe('dashed');
    expect(series.markLine.label.formatter).toBe('上限 0.450');
    // 0.52 × 1.2 = 0.624 → 0.7
    expect(option.yAxis.max).toBe(0.7);
    expect(option.yAxis.min).toBe(0);
  });

  it('labels every bar with its CV to three decimals and titles the chart', () => {
    expect(series.label.formatter({ value: 0.115 })).toBe('0.115');
    expect(series.label.formatter({ value: null })).toBe('—');
    expect(option.title.text).toBe('甲县 · 初中校际差异系数（演示数据）');
    expect(option.animation).toBe(false);
    expect(option.yAxis.axisLabel.formatter(0.3)).toBe('0.30');
  });

  it('explains a bar in its tooltip: name, CV against the limit, verdict and weighted mean', () => {
    expect(option.tooltip.formatter({ dataIndex: 1 })).toBe(
      'L2 指标L2<br/>差异系数 0.520（上限 0.450）未达标<br/>加权均值 1.50',
    );
    expect(option.tooltip.formatter({ dataIndex: 2 })).toBe(
      'L3 指标L3<br/>差异系数 —（上限 0.450）不适用<br/>加权均值 —',
    );
    expect(option.tooltip.formatter({ dataIndex: 9 })).toBe('');
  });

  it('gives the weighted mean its unit when the units are known', () => {
    const withUnits = buildCvBarsOption(cvs, 0.45, { ...labels, units: { L1: '人/百名学生' } });
    // 7.1071 → 7.11
    expect(withUnits.tooltip.formatter({ dataIndex: 0 })).toBe(
      'L1 指标L1<br/>差异系数 0.115（上限 0.450）达标<br/>加权均值 7.11 人/百名学生',
    );
  });
});
