import { describe, expect, it } from 'vitest';
import type { GapPlan, GapPlanItem, RulePacksResponse, SchoolSectionResult } from '../../api';
import {
  compareIndicator,
  compareVerdicts,
  formatAmount,
  formatThreshold,
  formatValue,
  gapOfStandard,
  indicatorState,
  packKinds,
  ruleNames,
  ruleValueKind,
  withoutSchool,
} from './values';

// Only what packKinds reads of the packs: each rule's id and kind.
const packs = {
  packs: [
    {
      id: 'compulsoryBalanced',
      version: 1,
      guarantee: [
        { id: 'CB-G04', kind: 'schoolSize' },
        { id: 'CB-G05', kind: 'classSize' },
        { id: 'CB-G07', kind: 'specialEducationFunding' },
      ],
    },
    {
      id: 'preschoolUniversal',
      version: 1,
      rules: [
        { id: 'PU-P01', kind: 'grossEnrolment' },
        { id: 'PU-P08', kind: 'childrenPerTeacher' },
      ],
    },
  ],
} as RulePacksResponse;
const kinds = packKinds(packs);

const rule = (ruleId: string, kind: string, value: number | null = null, threshold: number | null = null) =>
  ({ ruleId, kind, value, threshold }) as Parameters<typeof ruleValueKind>[0];

describe('rule values', () => {
  it('knows each rule’s kind of value from its result kind or its rule-pack kind', () => {
    expect(kinds.get('CB-G04')).toBe('schoolSize');
    expect(ruleValueKind(rule('CB-SEC-primary', 'sectionCoverage', 93, 1), kinds)).toBe('count');
    expect(ruleValueKind(rule('CB-SCH-primary', 'schoolIndicators', 0.8, 1), kinds)).toBe('share');
    expect(ruleValueKind(rule('CB-CV-primary-L1', 'cv', 0.12, 0.5), kinds)).toBe('cv');
    expect(ruleValueKind(rule('CB-S01', 'judgement', 0.939, 0.85), kinds)).toBe('share');
    expect(ruleValueKind(rule('CB-G04', 'guarantee', 8, 0), kinds)).toBe('count');
    expect(ruleValueKind(rule('CB-G05', 'guarantee', 0.689, 1), kinds)).toBe('share');
    expect(ruleValueKind(rule('CB-G07', 'guarantee', 8000, 6000), kinds)).toBe('yuan');
    expect(ruleValueKind(rule('PU-P01', 'preschool', 0.97, 0.85), kinds)).toBe('share');
    expect(ruleValueKind(rule('PU-P08', 'preschool', 9.87, 15), kinds)).toBe('ratio');
    // Without the packs: a value or threshold above 1 is no share.
    expect(ruleValueKind(rule('X-1', 'guarantee', 9.87, 15), new Map())).toBe('ratio');
    expect(ruleValueKind(rule('X-2', 'guarantee', 0.5, 1), new Map())).toBe('share');
  });

  it('formats values by kind', () => {
    expect(formatValue(0.6892238614, 'share')).toBe('68.9%');
    expect(formatValue(93, 'count')).toBe('93');
    expect(formatValue(0.1213152766, 'cv')).toBe('0.121');
    expect(formatValue(8000, 'yuan')).toBe('¥8,000');
    expect(formatValue(9.873608617, 'ratio')).toBe('9.87');
    expect(formatValue(null, 'share')).toBe('—');
  });

  it('formats a threshold with its comparator', () => {
    expect(formatThreshold(1, '>=', 'share')).toBe('≥ 100.0%');
    expect(formatThreshold(0.5, '<=', 'cv')).toBe('≤ 0.500');
    expect(formatThreshold(0, '<=', 'count')).toBe('≤ 0');
    expect(formatThreshold(6000, '>=', 'yuan')).toBe('≥ ¥6,000');
    expect(formatThreshold(15, '<=', 'ratio')).toBe('≤ 15.00');
    expect(formatThreshold(null, null, 'share')).toBe('—');
  });

  it('orders verdicts with the failing ones first', () => {
    const sorted = (['pass', 'notApplicable', 'incomplete', 'fail'] as const).slice().sort(compareVerdicts);
    expect(sorted).toEqual(['fail', 'incomplete', 'pass', 'notApplicable']);
  });
});

describe('indicator cells', () => {
  it('tells met, not met but at least 85% of the standard, and below that', () => {
    expect(indicatorState({ met: true, atLeastFloor: true })).toBe('met');
    // L1 3.96 < 4.2 but ≥ 3.57 (85% of 4.2)
    expect(indicatorState({ met: false, atLeastFloor: true })).toBe('floor');
    expect(indicatorState({ met: false, atLeastFloor: false })).toBe('below');
  });

  it('sorts by an indicator with the sections without it first', () => {
    const school = (code: string, l5: number | null) =>
      ({
        institutionCode: code,
        indicators: l5 === null ? [] : [{ code: 'L5', value: l5 }],
      }) as unknown as SchoolSectionResult;
    const rows = [school('a', 7.08), school('b', null), school('c', 11.26), school('d', 7.64)];
    expect(rows.sort((x, y) => compareIndicator(x, y, 'L5')).map((r) => r.institutionCode)).toEqual([
      'b',
      'a',
      'd',
      'c',
    ]);
  });
});

describe('gap plan of one standard', () => {
  const item = (
    standard: GapPlanItem['standard'],
    cost: number | null,
    amount = 1,
    unit = '名',
  ): GapPlanItem => ({
    standard,
    ruleIds: [],
    action: 'rotateTeacher',
    institutionCode: null,
    institutionName: null,
    section: null,
    field: 'f',
    amount,
    unit,
    unitCost: cost,
    cost,
    description: '',
    effect: { kind: 'countyDelta', changes: {} },
  });
  const plan: GapPlan = {
    countyCode: '370811',
    countyName: '任城区',
    year: 2025,
    items: [
      item('compulsoryBalanced', 712_000),
      item('compulsoryBalanced', null),
      item('compulsoryBalanced', 1_370_000),
      item('preschoolUniversal', null),
    ],
    totalCost: 2_082_000,
    uncostedItems: 2,
    judgementsNeeded: [
      { standard: 'preschoolUniversal', itemId: 'PU-Q01', name: 'n', part: 'p', message: 'm' },
    ],
    missingInputs: [
      { standard: 'compulsoryBalanced', field: 'rotatedTeachers', ruleIds: ['CB-G11'], message: 'm' },
    ],
    unresolved: [],
    before: { compulsoryBalanced: 'fail', preschoolUniversal: 'incomplete' },
    after: { compulsoryBalanced: 'pass', preschoolUniversal: 'incomplete' },
  };

  it('keeps the standard’s items, sums their known costs and counts the others', () => {
    const cb = gapOfStandard(plan, 'compulsoryBalanced');
    expect(cb.items).toHaveLength(3);
    // 712,000 + 1,370,000
    expect(cb.cost).toBe(2_082_000);
    expect(cb.priced).toBe(2);
    expect(cb.uncosted).toBe(1);
    expect(cb.missingInputs.map((m) => m.field)).toEqual(['rotatedTeachers']);
    expect(cb.judgementsNeeded).toEqual([]);
    expect([cb.before, cb.after]).toEqual(['fail', 'pass']);

    const pu = gapOfStandard(plan, 'preschoolUniversal');
    expect(pu.items).toHaveLength(1);
    expect(pu.cost).toBeNull();
    expect(pu.priced).toBe(0);
    expect(pu.uncosted).toBe(1);
    expect(pu.judgementsNeeded.map((j) => j.itemId)).toEqual(['PU-Q01']);
  });

  it('writes an amount with its unit, yuan as money', () => {
    expect(formatAmount({ amount: 712_000, unit: '元' })).toBe('¥71.2万');
    expect(formatAmount({ amount: 356, unit: '名学生' })).toBe('356 名学生');
    expect(formatAmount({ amount: 1200, unit: '平方米' })).toBe('1,200 平方米');
    expect(formatAmount({ amount: 2.5, unit: '平方米' })).toBe('2.50 平方米');
  });
});

describe('texts beside a school column', () => {
  it('leaves out the school’s name (and its 小学部/初中部) at the start', () => {
    expect(withoutSchool('一中（初中部） 增加网络多媒体教室 2 间', '一中')).toBe('增加网络多媒体教室 2 间');
    expect(withoutSchool('甲小学 现有专任教师 3 名通过学历提升', '甲小学')).toBe(
      '现有专任教师 3 名通过学历提升',
    );
    expect(withoutSchool('甲小学第 3 个班 52 人，超过 45 人', '甲小学')).toBe('第 3 个班 52 人，超过 45 人');
    expect(withoutSchool('甲小学：7 项中达标 5 项', '甲小学')).toBe('7 项中达标 5 项');
  });

  it('keeps a text that does not open with the name, or would be empty', () => {
    expect(withoutSchool('全县再交流轮岗教师 12 名', null)).toBe('全县再交流轮岗教师 12 名');
    expect(withoutSchool('将 乙园 转为公办园', '乙园')).toBe('将 乙园 转为公办园');
    expect(withoutSchool('甲小学', '甲小学')).toBe('甲小学');
  });

  it('names rules by id', () => {
    const names = ruleNames([
      { ruleId: 'CB-G04', name: '学校规模' },
      { ruleId: 'PU-P01', name: '学前三年毛入园率' },
    ]);
    expect(names.get('CB-G04')).toBe('学校规模');
    expect(names.get('PU-P01')).toBe('学前三年毛入园率');
    expect(names.get('CB-X')).toBeUndefined();
  });
});
