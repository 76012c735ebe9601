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
