import { describe, expect, it } from 'vitest';
import {
  changedValues,
  defaultPeriod,
  displayValue,
  groupCheck,
  groupFields,
  groupTotal,
  issuesByField,
  optionLabel,
  parseInput,
  relativeChange,
  softRules,
} from './form';
import type { CollectionPeriod, FormFieldInfo, ValidationIssue } from '../../api';

const field = (
  key: string,
  label: string,
  section: string,
  type: FormFieldInfo['type'] = 'integer',
): FormFieldInfo => ({
  key,
  label,
  section,
  element: key.split('.')[0]!,
  unit: '人',
  type,
  min: 0,
  max: 3000,
  description: null,
});

const fields = [
  field('ENR.P1.male', '在校生数·一年级·男', '在校生和班级'),
  field('ENR.P1.female', '在校生数·一年级·女', '在校生和班级'),
  field('CLASS_SIZES.P1', '各班人数·一年级', '在校生和班级', 'integerList'),
  field('TEACHERS.primary', '专任教师数·小学', '教师'),
];

describe('entry form grouping', () => {
  it('groups fields by section, then by element, in form order', () => {
    const g = groupFields(fields);
    expect(g.map((s) => s.title)).toEqual(['在校生和班级', '教师']);
    expect(g[0]!.elements.map((e) => [e.name, e.fields.length])).toEqual([
      ['在校生数', 2],
      ['各班人数', 1],
    ]);
    expect(g[1]!.elements[0]!.fields[0]!.key).toBe('TEACHERS.primary');
    expect(optionLabel(fields[0]!)).toBe('一年级·男');
  });
});

describe('parsing what the clerk typed', () => {
  it('reads numbers, full-width digits and empty cells', () => {
    expect(parseInput({ type: 'integer' }, ' 45 ')).toEqual({ ok: true, value: 45 });
    expect(parseInput({ type: 'integer' }, '４５')).toEqual({ ok: true, value: 45 });
    expect(parseInput({ type: 'number' }, '12.5')).toEqual({ ok: true, value: 12.5 });
    expect(parseInput({ type: 'integer' }, '')).toEqual({ ok: true, value: null });
    expect(parseInput({ type: 'integer' }, '四十五')).toEqual({ ok: false, reason: 'notNumber' });
    expect(parseInput({ type: 'integer' }, '45人')).toEqual({ ok: false, reason: 'notNumber' });
  });

  it('reads class sizes separated by ; ； , or spaces', () => {
    expect(parseInput({ type: 'integerList' }, '45;46；38, 40 41')).toEqual({
      ok: true,
      value: [45, 46, 38, 40, 41],
    });
    expect(parseInput({ type: 'integerList' }, '45;四十')).toEqual({ ok: false, reason: 'notList' });
  });

  it('sends only fields that parse and differ from the stored value', () => {
    const stored = { 'ENR.P1.male': 20, 'CLASS_SIZES.P1': [40, 41] };
    const r = changedValues(
      stored,
      { 'ENR.P1.male': '20', 'ENR.P1.female': '19', 'CLASS_SIZES.P1': '40;41', 'TEACHERS.primary': 'x' },
      fields,
    );
    expect(r.values).toEqual({ 'ENR.P1.female': 19 });
    expect(r.unparsed).toEqual(['TEACHERS.primary']);
    // Clearing a stored value is a change to null.
    expect(changedValues(stored, { 'ENR.P1.male': '' }, fields).values).toEqual({ 'ENR.P1.male': null });
  });
});

describe('values for reading', () => {
  it('groups thousands and joins class lists', () => {
    expect(displayValue(1234567)).toBe('1,234,567');
    expect(displayValue(12.5)).toBe('12.5');
    expect(displayValue([45, 46])).toBe('45;46');
    expect(displayValue(null)).toBe('');
  });
});

describe('issues', () => {
  const issues: ValidationIssue[] = [
    {
      ruleId: 'H01',
      ruleName: '班额合计',
      severity: 'hard',
      fields: ['CLASS_SIZES.P1', 'ENR.P1.male'],
      message: 'a',
    },
    { ruleId: 'S01', ruleName: '较上年变化', severity: 'soft', fields: ['ENR.P1.male'], message: 'b' },
    { ruleId: 'S01', ruleName: '较上年变化', severity: 'soft', fields: ['TEACHERS.primary'], message: 'c' },
  ];
  it('lists each issue under every field it names', () => {
    const m = issuesByField(issues);
    expect(m.get('ENR.P1.male')!.map((i) => i.message)).toEqual(['a', 'b']);
    expect(m.get('CLASS_SIZES.P1')!.length).toBe(1);
    expect(m.has('ENR.P1.female')).toBe(false);
  });
  it('asks one explanation per soft rule', () => {
    expect(softRules(issues)).toEqual([{ ruleId: 'S01', ruleName: '较上年变化', messages: ['b', 'c'] }]);
  });
  it('computes the change on last year, summing class lists', () => {
    expect(relativeChange(52, 40)).toBeCloseTo(0.3);
    expect(relativeChange([30, 30], [40, 40])).toBeCloseTo(-0.25);
    expect(relativeChange(5, 0)).toBeNull();
    expect(relativeChange(null, 3)).toBeNull();
  });
});

describe('the period shown first', () => {
  const p = (id: string, openFrom: string, closeAt: string): CollectionPeriod => ({
    id,
    name: id,
    schoolYear: Number(id.slice(0, 4)),
    kind: 'schoolYear',
    forms: [],
    openFrom,
    closeAt,
  });
  const periods = [
    p('2025-autumn', '2025-09-01T00:00:00+08:00', '2025-10-31T23:59:59+08:00'),
    p('2026-autumn', '2026-09-01T00:00:00+08:00', '2026-10-31T23:59:59+08:00'),
    p('2027-autumn', '2027-09-01T00:00:00+08:00', '2027-10-31T23:59:59+08:00'),
  ];
  it('is the open period', () => {
    expect(defaultPeriod(periods, new Date('2026-10-31T15:59:00Z'))!.id).toBe('2026-autumn');
  });
  it('else the one that closed last, never one not yet open', () => {
    // 31 October 23:59:59 in Shanghai is 15:59:59 UTC: a second later 2026 has closed.
    expect(defaultPeriod(periods, new Date('2026-10-31T16:00:00Z'))!.id).toBe('2026-autumn');
    expect(defaultPeriod(periods, new Date('2026-03-01T00:00:00Z'))!.id).toBe('2025-autumn');
  });
});

describe('a group’s header row: its total and its check', () => {
  const [enr, classes] = groupFields(fields)[0]!.elements;
  const issue = (ruleId: string, severity: 'hard' | 'soft', keys: string[]): ValidationIssue => ({
    ruleId,
    ruleName: ruleId,
    severity,
    fields: keys,
    message: `${ruleId} message`,
  });

  it('adds the numbers, or counts the classes and their pupils; null when nothing is filled in', () => {
    const values: Record<string, number | number[] | null> = {
      'ENR.P1.male': 22,
      'ENR.P1.female': 19,
      'CLASS_SIZES.P1': [20, 21],
    };
    expect(groupTotal(enr!, (k) => values[k])).toEqual({ total: 41, classes: null });
    expect(groupTotal(classes!, (k) => values[k])).toEqual({ total: 41, classes: 2 });
    expect(groupTotal(enr!, () => null)).toEqual({ total: null, classes: null });
    // One of two filled in: the total is what is there.
    expect(groupTotal(enr!, (k) => (k === 'ENR.P1.male' ? 22 : undefined)).total).toBe(22);
  });

  it('puts an issue about the whole group on its header, counts the worst severity, and empty fields apart', () => {
    const change = issue('S01', 'soft', ['ENR.P1.male', 'ENR.P1.female']);
    const sum = issue('H01', 'hard', ['CLASS_SIZES.P1', 'ENR.P1.male', 'ENR.P1.female']);
    const big = issue('S02', 'soft', ['CLASS_SIZES.P1']);
    const empty = issue('REQUIRED', 'hard', ['ENR.P1.female']);
    expect(groupCheck(enr!, [change])).toEqual({ state: 'soft', own: [change], count: 1, unfilled: 0 });
    // H01 names both fields of this one-grade group (and the class list): about the whole group.
    expect(groupCheck(enr!, [change, sum, empty])).toEqual({
      state: 'hard',
      own: [change, sum],
      count: 1,
      unfilled: 1,
    });
    // A group of one field has no header row: nothing is its own.
    expect(groupCheck(classes!, [sum, big])).toEqual({ state: 'hard', own: [], count: 1, unfilled: 0 });
    expect(groupCheck(enr!, [empty])).toEqual({ state: 'ok', own: [], count: 0, unfilled: 1 });
    // An issue on one field of two is that field's, not the group's.
    const one = issue('H09', 'hard', ['ENR.P1.male']);
    expect(groupCheck(enr!, [one, change]).own).toEqual([change]);
  });
});
