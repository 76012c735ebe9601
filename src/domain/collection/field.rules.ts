/**
 * The rules of one field's value, from its data element: a number (whole for `integer`) within
 * [min, max], or for `integerList` (各班人数) at most 100 whole numbers each within [min, max].
 * The one implementation behind online entry (validation.ts) and every import
 * (app/collection/workbook.import.ts): they differ only in how a problem is worded — next to the
 * field on the form, where the message carries the value, or at a cell of a workbook, whose
 * location already shows it.
 */
import type { DataElement } from './catalog.types.ts';
import type { FieldValue } from './fields.ts';

/** The most classes one grade of one school may list. */
export const MAX_CLASSES_PER_GRADE = 100;

export type FieldProblem =
  /** Not a number (or, for a list, not a list). */
  | { rule: 'TYPE'; expected: 'number' | 'list' }
  /** A fraction in a whole-number field. */
  | { rule: 'INTEGER' }
  /** Outside [min, max]; `negative` when below zero and the range starts at zero or above. */
  | { rule: 'RANGE'; negative: boolean }
  /** More classes than MAX_CLASSES_PER_GRADE. */
  | { rule: 'LIST_LENGTH'; length: number }
  /** A class size that is not a whole number within [min, max]. */
  | { rule: 'LIST_ITEM'; item: number };

/**
 * The problem of a filled-in value, or null when it is valid (empty values are not checked here).
 * A value can break two rules (-1.5 in a whole-number field); `style` says which is named: beside
 * the field the fraction ('form', as typed), at a workbook cell the sign ('cell').
 */
export function checkFieldValue(
  element: DataElement,
  value: Exclude<FieldValue, null>,
  style: 'form' | 'cell' = 'form',
): FieldProblem | null {
  if (element.type === 'integerList') {
    if (!Array.isArray(value)) return { rule: 'TYPE', expected: 'list' };
    if (value.length > MAX_CLASSES_PER_GRADE) return { rule: 'LIST_LENGTH', length: value.length };
    const bad = value.find((x) => !Number.isInteger(x) || x < element.min || x > element.max);
    return bad === undefined ? null : { rule: 'LIST_ITEM', item: bad };
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return { rule: 'TYPE', expected: 'number' };
  const negative = value < 0 && element.min >= 0;
  if (style === 'cell' && negative) return { rule: 'RANGE', negative };
  if (element.type === 'integer' && !Number.isInteger(value)) return { rule: 'INTEGER' };
  if (value < element.min || value > element.max) {
    return { rule: 'RANGE', negative };
  }
  return null;
}

/** The catalog's rule id and Chinese name of a field problem (TYPE 数据类型 or RANGE 取值范围). */
export function fieldRuleOf(p: FieldProblem): { ruleId: 'TYPE' | 'RANGE'; ruleName: string } {
  return p.rule === 'TYPE' || p.rule === 'INTEGER'
    ? { ruleId: 'TYPE', ruleName: '数据类型' }
    : { ruleId: 'RANGE', ruleName: '取值范围' };
}

/** As typed on the entry form: 3000, 12.50. */
const formNumber = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2));
/** As a spreadsheet shows it: 3,000. */
const CELL_NUMBER = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });
const cellNumber = (n: number): string => CELL_NUMBER.format(n);

/**
 * The Chinese reason of a problem. 'form': beside the field, with the value entered ("应在 0—3000 人
 * 之间，实际为 -3"); 'cell': at a workbook cell whose location already quotes the value ("不能为负数
 * （应在 0—3,000 人 之间）").
 */
export function describeFieldProblem(
  p: FieldProblem,
  element: DataElement,
  value: unknown,
  style: 'form' | 'cell',
): string {
  const e = element;
  const fmt = style === 'form' ? formNumber : cellNumber;
  const range = `${fmt(e.min)}—${fmt(e.max)} ${e.unit}`;
  const actual = (s: string) => (style === 'form' ? `，${s}` : '');
  switch (p.rule) {
    case 'TYPE':
      return p.expected === 'list'
        ? `应为各班人数列表${actual(`实际为“${String(value)}”`)}`
        : `应为数字${actual(`实际为“${String(value)}”`)}`;
    case 'INTEGER':
      return `应为整数（${e.unit}）${actual(`实际为 ${String(value)}`)}`;
    case 'RANGE':
      return style === 'cell' && p.negative
        ? `不能为负数（应在 ${range} 之间）`
        : `应在 ${range} 之间${actual(`实际为 ${fmt(value as number)}`)}`;
    case 'LIST_LENGTH':
      return `一个年级最多 ${MAX_CLASSES_PER_GRADE} 个班${actual(`实际有 ${p.length} 个`)}`;
    case 'LIST_ITEM':
      return `每个班的人数应为 ${e.min}—${e.max} 的整数，${style === 'form' ? `实际有“${String(p.item)}”` : `其中有 ${fmt(p.item)}`}`;
  }
}
