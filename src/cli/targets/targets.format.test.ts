import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../app/plan/plan.loader.ts';
import type { TargetOutlook } from '../../domain/targets/outlook.ts';
import type { TargetFigure } from '../../domain/targets/target.engine.ts';
import { formatOutlook, renderCsv, renderJson, renderTable, type TargetRow } from './targets.format.ts';

const plan = loadPlan();

// 县1 T1 in 2025 (test/support/small-dataset.ts): 180 / 300 = 0.6, trajectory 0.65, 滞后.
const figure: TargetFigure = {
  targetId: 'T1',
  year: 2025,
  orgCode: '999901',
  numerator: 180,
  denominator: 300,
  value: 0.6,
  institutions: 3,
  missingStatistics: 0,
  threshold: 0.8,
  baselineValue: 0.5,
  status: 'lagging',
  expected: 0.65,
  gapToTrajectory: 0.05,
  gapToTarget: 0.2,
  reason: null,
};
// 0.5 (2023) → 0.6 (2025): 0.7 in 2027; an invented band 0.65–0.75 for the formatting.
const outlook: TargetOutlook = {
  targetYear: 2027,
  value: 0.7,
  low: 0.65,
  high: 0.75,
  basisYears: [2023, 2025],
  method: 'linear3',
  onTrack: false,
  note: null,
};
const row: TargetRow = { orgCode: '999901', orgName: '县1', figure, outlook };

describe('the outlook in `eduplan targets`', () => {
  it('formats value, band and the verdict at this pace', () => {
    expect(formatOutlook(outlook)).toBe('70.0%（65.0%–75.0%） 达不到');
    expect(formatOutlook({ ...outlook, low: null, high: null, value: 0.85, onTrack: true })).toBe(
      '85.0% 能达到',
    );
    expect(formatOutlook({ ...outlook, value: null, onTrack: null })).toBe('—');
    expect(formatOutlook(null)).toBe('—');
  });

  it('adds a column and states the method under the table', () => {
    const out = renderTable(plan, [row], 2025, false);
    expect(out).toContain('2027展望');
    expect(out).toContain('70.0%（65.0%–75.0%） 达不到');
    expect(out).toContain('最近三个完整学年（本表用到 2023、2025）的最小二乘直线外推到 2027 年');
  });

  it('adds the outlook columns to the CSV', () => {
    const lines = renderCsv(plan, [row], 2025, false)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '学年,单位代码,单位,目标,指标,当前值,分子,分母,2027目标,按进度应达,状态,说明,' +
        '2027外推值,2027区间下限,2027区间上限,拟合学年,按此速度2027年,数据性质',
    );
    expect(lines[1]).toBe(
      '2025,999901,县1,T1,公办园在园幼儿占比,0.600000,180,300,0.8,0.650000,滞后,,' +
        '0.700000,0.650000,0.750000,2023;2025,达不到,',
    );
  });

  it('keeps the former columns when the rows carry no outlook', () => {
    const { outlook: _none, ...bare } = row;
    const lines = renderCsv(plan, [bare], 2025, false)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe(
      '学年,单位代码,单位,目标,指标,当前值,分子,分母,2027目标,按进度应达,状态,说明,数据性质',
    );
    expect(renderTable(plan, [bare], 2025, false)).not.toContain('2027展望');
  });

  it('puts the outlook into the JSON figures', () => {
    const doc = JSON.parse(renderJson([row], 2025, false)) as { figures: Array<{ outlook: TargetOutlook }> };
    expect(doc.figures[0]!.outlook).toEqual(outlook);
  });
});
