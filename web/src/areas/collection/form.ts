/**
 * The entry screen's pure logic: fields grouped by section and element, what the clerk typed
 * parsed into values, which fields changed, issues by field, and which period to show first.
 */
import type { CollectionPeriod, FieldValue, FormFieldInfo, ValidationIssue } from '../../api';

export interface ElementGroup {
  element: string;
  /** The element's name: the part of the first field's label before the first ·. */
  name: string;
  fields: FormFieldInfo[];
}

export interface SectionGroup {
  title: string;
  elements: ElementGroup[];
}

/** Fields in form order, grouped by section, then by data element. */
export function groupFields(fields: readonly FormFieldInfo[]): SectionGroup[] {
  const sections: SectionGroup[] = [];
  for (const f of fields) {
    let section = sections.at(-1);
    if (!section || section.title !== f.section)
      sections.push((section = { title: f.section, elements: [] }));
    let group = section.elements.at(-1);
    if (!group || group.element !== f.element) {
      section.elements.push((group = { element: f.element, name: f.label.split('·')[0]!, fields: [] }));
    }
    group.fields.push(f);
  }
  return sections;
}

/** A group's total: the sum of its numbers, or for class lists the classes and their pupils. */
export interface GroupTotal {
  /** null when none of the group's fields is filled in. */
  total: number | null;
  /** Class lists only: how many classes (null for number fields or when none is filled in). */
  classes: number | null;
}

/** The total of a group's values (`valueOf` gives each field's value: typed, stored or last year's). */
export function groupTotal(
  group: Pick<ElementGroup, 'fields'>,
  valueOf: (key: string) => FieldValue | undefined,
): GroupTotal {
  let total: number | null = null;
  let classes: number | null = null;
  for (const f of group.fields) {
    const v = valueOf(f.key);
    if (Array.isArray(v)) {
      total = (total ?? 0) + v.reduce((a, b) => a + b, 0);
      classes = (classes ?? 0) + v.length;
    } else if (typeof v === 'number') total = (total ?? 0) + v;
  }
  return { total, classes: group.fields[0]?.type === 'integerList' ? classes : null };
}

/**
 * How a group stands on the server's checks: the issues about the group as a whole (those that
 * name every field of a group of several fields, like the change of the total on last year),
 * shown once on the group's header row instead of under each field; the worst severity of the
 * rule issues touching a field of the group ('ok' when none) and their number; and how many of
 * its fields are still empty (REQUIRED, reported apart: an unfinished form is not an error).
 */
export function groupCheck(
  group: Pick<ElementGroup, 'fields'>,
  issues: readonly ValidationIssue[],
): { state: 'ok' | 'hard' | 'soft'; own: ValidationIssue[]; count: number; unfilled: number } {
  const keys = group.fields.map((f) => f.key);
  const touching = issues.filter((i) => i.fields.some((k) => keys.includes(k)));
  const rules = touching.filter((i) => i.ruleId !== 'REQUIRED');
  const own = keys.length > 1 ? rules.filter((i) => keys.every((k) => i.fields.includes(k))) : [];
  const state = rules.some((i) => i.severity === 'hard') ? 'hard' : rules.length > 0 ? 'soft' : 'ok';
  // The count is of the worst severity: "2 errors", not errors and warnings together.
  const count = rules.filter((i) => i.severity === (state === 'hard' ? 'hard' : 'soft')).length;
  return { state, own, count, unfilled: touching.length - rules.length };
}

/** The part of a field's label after the element name (一年级·男), or the whole label. */
export function optionLabel(field: FormFieldInfo): string {
  const i = field.label.indexOf('·');
  return i < 0 ? field.label : field.label.slice(i + 1);
}

/** A value as the clerk sees it in the input: lists joined by ;. */
export function formatValue(value: FieldValue | undefined): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join(';') : String(value);
}

/** A value for reading (not editing): numbers grouped by thousands, lists joined by ;. */
export function displayValue(value: FieldValue | undefined): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join(';') : value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

export type Parsed = { ok: true; value: FieldValue } | { ok: false; reason: 'notNumber' | 'notList' };

/**
 * What the clerk typed as a value: empty → null; a list of class sizes separated by ; ； , ，
 * or spaces; else a number (full-width digits accepted). Range and integer checks are the
 * server's (the same rules as on submission).
 */
export function parseInput(field: Pick<FormFieldInfo, 'type'>, raw: string): Parsed {
  const text = raw
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .trim();
  if (text === '') return { ok: true, value: null };
  if (field.type === 'integerList') {
    const parts = text.split(/[;；,，、\s]+/).filter((p) => p !== '');
    const nums = parts.map(Number);
    return parts.every((p) => /^-?\d+(\.\d+)?$/.test(p))
      ? { ok: true, value: nums }
      : { ok: false, reason: 'notList' };
  }
  return /^-?\d+(\.\d+)?$/.test(text)
    ? { ok: true, value: Number(text) }
    : { ok: false, reason: 'notNumber' };
}

/** Two values equal as the server compares them (lists item by item). */
export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The values to send: every typed field that parses and differs from the stored value. Fields
 * that do not parse are left out (and reported by the screen).
 */
export function changedValues(
  stored: Readonly<Record<string, FieldValue>>,
  typed: Readonly<Record<string, string>>,
  fields: readonly Pick<FormFieldInfo, 'key' | 'type'>[],
): { values: Record<string, FieldValue>; unparsed: string[] } {
  const types = new Map(fields.map((f) => [f.key, f]));
  const values: Record<string, FieldValue> = {};
  const unparsed: string[] = [];
  for (const [key, raw] of Object.entries(typed)) {
    const field = types.get(key);
    if (!field) continue;
    const parsed = parseInput(field, raw);
    if (!parsed.ok) unparsed.push(key);
    else if (!sameValue(parsed.value, stored[key])) values[key] = parsed.value;
  }
  return { values, unparsed };
}

/** Issues by field key (an issue on several fields is listed under each). */
export function issuesByField(issues: readonly ValidationIssue[]): Map<string, ValidationIssue[]> {
  const out = new Map<string, ValidationIssue[]>();
  for (const issue of issues)
    for (const key of issue.fields) {
      const list = out.get(key);
      if (list) list.push(issue);
      else out.set(key, [issue]);
    }
  return out;
}

/** One entry per soft rule that fired (explanations are given per rule), in order. */
export function softRules(
  issues: readonly ValidationIssue[],
): Array<{ ruleId: string; ruleName: string; messages: string[] }> {
  const out = new Map<string, { ruleId: string; ruleName: string; messages: string[] }>();
  for (const i of issues) {
    if (i.severity !== 'soft') continue;
    const r = out.get(i.ruleId) ?? { ruleId: i.ruleId, ruleName: i.ruleName, messages: [] };
    r.messages.push(i.message);
    out.set(i.ruleId, r);
  }
  return [...out.values()];
}

/** The minimum length of a soft rule's explanation (the server's rule: 5 characters). */
export const MIN_EXPLANATION = 5;

/** The relative change on last year of a number field, or null when either side is missing or 0. */
export function relativeChange(
  current: FieldValue | undefined,
  previous: FieldValue | undefined,
): number | null {
  const sum = (v: FieldValue | undefined) =>
    Array.isArray(v) ? v.reduce((a, b) => a + b, 0) : typeof v === 'number' ? v : null;
  const c = sum(current);
  const p = sum(previous);
  if (c === null || p === null || p === 0) return null;
  return (c - p) / p;
}

/** A period is open from openFrom to closeAt inclusive. */
export function isOpen(period: Pick<CollectionPeriod, 'openFrom' | 'closeAt'>, now: Date): boolean {
  const t = now.getTime();
  return t >= Date.parse(period.openFrom) && t <= Date.parse(period.closeAt);
}

/** The period to show first: the open one (latest opened), else the one that closed last. */
export function defaultPeriod(periods: readonly CollectionPeriod[], now: Date): CollectionPeriod | null {
  const open = periods
    .filter((p) => isOpen(p, now))
    .sort((a, b) => Date.parse(b.openFrom) - Date.parse(a.openFrom));
  if (open[0]) return open[0];
  const started = periods.filter((p) => Date.parse(p.openFrom) <= now.getTime());
  const pool = started.length > 0 ? started : [...periods];
  return pool.sort((a, b) => Date.parse(b.closeAt) - Date.parse(a.closeAt))[0] ?? null;
}
