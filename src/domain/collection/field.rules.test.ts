/**
 * The one field rule of online entry and Excel import (field.rules.ts), with the wording of each
 * place: expectations are those of the catalog's elements as written by hand (在校生数 0–3000 人
 * whole numbers; 各班人数 1–120 per class).
 */
import { describe, expect, it } from 'vitest';
import type { DataElement } from './catalog.types.ts';
import { checkFieldValue, describeFieldProblem, fieldRuleOf } from './field.rules.ts';

const ENR = {
  code: 'ENR',
  name: '在校生数',
  unit: '人',
  type: 'integer',
  min: 0,
  max: 3000,
  disaggregation: ['grade', 'sex'],
} as DataElement;
const SIZES = {
  ...ENR,
  code: 'CLASS_SIZES',
  name: '各班人数',
  type: 'integerList',
  min: 1,
  max: 120,
} as DataElement;
const AREA = {
  ...ENR,
  code: 'AREA',
  name: '面积',
  unit: '平方米',
  type: 'number',
  min: 0,
  max: 1e6,
} as DataElement;

describe('checkFieldValue', () => {
  it('accepts values within the element’s type and range', () => {
    expect(checkFieldValue(ENR, 0)).toBeNull();
    expect(checkFieldValue(ENR, 3000)).toBeNull();
    expect(checkFieldValue(AREA, 1234.5)).toBeNull();
    expect(checkFieldValue(SIZES, [45, 46, 38])).toBeNull();
    expect(checkFieldValue(SIZES, [])).toBeNull();
  });

  it('names the broken rule', () => {
    expect(checkFieldValue(ENR, 3001)).toEqual({ rule: 'RANGE', negative: false });
    expect(checkFieldValue(ENR, -3)).toEqual({ rule: 'RANGE', negative: true });
    expect(checkFieldValue(ENR, 2.5)).toEqual({ rule: 'INTEGER' });
    expect(checkFieldValue(ENR, Number.NaN)).toEqual({ rule: 'TYPE', expected: 'number' });
    expect(checkFieldValue(ENR, [1])).toEqual({ rule: 'TYPE', expected: 'number' });
    expect(checkFieldValue(SIZES, 45)).toEqual({ rule: 'TYPE', expected: 'list' });
    expect(checkFieldValue(SIZES, [45, 200])).toEqual({ rule: 'LIST_ITEM', item: 200 });
    expect(checkFieldValue(SIZES, [45, 0])).toEqual({ rule: 'LIST_ITEM', item: 0 });
    expect(checkFieldValue(SIZES, [45, 45.5])).toEqual({ rule: 'LIST_ITEM', item: 45.5 });
    expect(
      checkFieldValue(
        SIZES,
        Array.from({ length: 101 }, () => 30),
      ),
    ).toEqual({
      rule: 'LIST_LENGTH',
      length: 101,
    });
  });

  it('names the fraction beside the field and the sign at a cell when a value breaks both', () => {
    expect(checkFieldValue(ENR, -1.5, 'form')).toEqual({ rule: 'INTEGER' });
    expect(checkFieldValue(ENR, -1.5, 'cell')).toEqual({ rule: 'RANGE', negative: true });
  });

  it('files type problems under TYPE 数据类型 and range problems under RANGE 取值范围', () => {
    expect(fieldRuleOf({ rule: 'INTEGER' })).toEqual({ ruleId: 'TYPE', ruleName: '数据类型' });
    expect(fieldRuleOf({ rule: 'LIST_ITEM', item: 0 })).toEqual({ ruleId: 'RANGE', ruleName: '取值范围' });
  });
});

describe('describeFieldProblem', () => {
  it('beside the field: the value entered, numbers as typed', () => {
    expect(describeFieldProblem({ rule: 'RANGE', negative: true }, ENR, -1, 'form')).toBe(
      '应在 0—3000 人 之间，实际为 -1',
    );
    expect(describeFieldProblem({ rule: 'INTEGER' }, ENR, 6.5, 'form')).toBe('应为整数（人），实际为 6.5');
    expect(describeFieldProblem({ rule: 'LIST_ITEM', item: 0 }, SIZES, [0], 'form')).toBe(
      '每个班的人数应为 1—120 的整数，实际有“0”',
    );
  });

  it('at a cell: the address quotes the value, numbers as a spreadsheet shows them', () => {
    expect(describeFieldProblem({ rule: 'RANGE', negative: true }, ENR, -3, 'cell')).toBe(
      '不能为负数（应在 0—3,000 人 之间）',
    );
    expect(describeFieldProblem({ rule: 'RANGE', negative: false }, ENR, 5000, 'cell')).toBe(
      '应在 0—3,000 人 之间',
    );
    expect(describeFieldProblem({ rule: 'INTEGER' }, ENR, 2.5, 'cell')).toBe('应为整数（人）');
    expect(describeFieldProblem({ rule: 'LIST_ITEM', item: 200 }, SIZES, [45, 200], 'cell')).toBe(
      '每个班的人数应为 1—120 的整数，其中有 200',
    );
    expect(describeFieldProblem({ rule: 'LIST_LENGTH', length: 101 }, SIZES, [], 'cell')).toBe(
      '一个年级最多 100 个班',
    );
  });
});
