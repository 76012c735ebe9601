/**
 * A form's fields: every element of its sections × the options of the element's categories that
 * the form asks for (grades, stages; both sexes). Keys are `CODE.option.option`, e.g. ENR.P1.male.
 */
import type { CategoryCode, CollectionCatalog, DataElement, FormDefinition } from './catalog.types.ts';

export interface FormField {
  key: string;
  element: DataElement;
  /** The option of each category of the element, e.g. { grade: 'P1', sex: 'male' }. */
  options: Partial<Record<CategoryCode, string>>;
  /** Chinese label, e.g. 在校生数·一年级·男. */
  label: string;
  section: string;
}

/** A field's value: a number, a list of numbers (各班人数), or null when not filled in. */
export type FieldValue = number | number[] | null;
export type FieldValues = Readonly<Record<string, FieldValue>>;

export function optionsFor(
  catalog: CollectionCatalog,
  form: FormDefinition,
  category: CategoryCode,
): string[] {
  if (category === 'grade') return form.grades;
  if (category === 'stage') return form.stages;
  return catalog.categories.find((c) => c.code === category)?.options.map((o) => o.code) ?? [];
}

export function optionName(catalog: CollectionCatalog, category: CategoryCode, option: string): string {
  return (
    catalog.categories.find((c) => c.code === category)?.options.find((o) => o.code === option)?.name ??
    option
  );
}

/** Every combination of the element's category options, in order. */
function combinations(
  catalog: CollectionCatalog,
  form: FormDefinition,
  cats: CategoryCode[],
): Array<Partial<Record<CategoryCode, string>>> {
  let out: Array<Partial<Record<CategoryCode, string>>> = [{}];
  for (const cat of cats) {
    const opts = optionsFor(catalog, form, cat);
    out = out.flatMap((o) => opts.map((x) => ({ ...o, [cat]: x })));
  }
  return out;
}

export function fieldKey(
  element: string,
  options: Partial<Record<CategoryCode, string>>,
  cats: CategoryCode[],
): string {
  return [element, ...cats.map((c) => options[c] ?? '')].join('.');
}

export function elementFields(
  catalog: CollectionCatalog,
  form: FormDefinition,
  element: DataElement,
  section = '',
): FormField[] {
  return combinations(catalog, form, element.disaggregation).map((options) => ({
    key: fieldKey(element.code, options, element.disaggregation),
    element,
    options,
    label: [element.name, ...element.disaggregation.map((c) => optionName(catalog, c, options[c]!))].join(
      '·',
    ),
    section,
  }));
}

/** Every field of the form, section by section. */
export function formFields(catalog: CollectionCatalog, form: FormDefinition): FormField[] {
  const byCode = new Map(catalog.elements.map((e) => [e.code, e]));
  return form.sections.flatMap((s) =>
    s.elements.flatMap((code) => elementFields(catalog, form, byCode.get(code)!, s.title)),
  );
}

/** One value that a save or an import changes: the stored value (null when empty) and the new one. */
export interface ValueDiff {
  key: string;
  old: FieldValue;
  new: FieldValue;
}

/** The values in `incoming` that differ from `stored` (lists compared element by element). */
export function changedValues(
  stored: Readonly<Record<string, FieldValue>>,
  incoming: Readonly<Record<string, FieldValue>>,
): ValueDiff[] {
  return Object.entries(incoming)
    .filter(([k, v]) => JSON.stringify(stored[k] ?? null) !== JSON.stringify(v))
    .map(([k, v]) => ({ key: k, old: stored[k] ?? null, new: v }));
}

/** How many changed values one audit entry lists, and about how long their JSON may grow. */
export const AUDIT_CHANGES_LIMIT = { fields: 20, chars: 2_000 } as const;

/** What an audit entry of a save or an import keeps of its changes. */
export interface AuditedChanges {
  oldValue: { values: Record<string, FieldValue> };
  /** `changedFields`: all of them; `notListed`: those beyond the limit (counted, not listed). */
  newValue: { values: Record<string, FieldValue>; changedFields: number; notListed: number };
}

/**
 * The changed fields of a save or an import as its audit entry records them: old → new of the
 * first ones in the order given (the file's columns, the request's fields), up to `limit.fields`
 * fields or about `limit.chars` characters of JSON (at least one), and how many more there were.
 */
export function auditedChanges(
  changes: ReadonlyArray<ValueDiff>,
  limit: { fields: number; chars: number } = AUDIT_CHANGES_LIMIT,
): AuditedChanges {
  const oldValues: Record<string, FieldValue> = {};
  const newValues: Record<string, FieldValue> = {};
  let chars = 0;
  let listed = 0;
  for (const c of changes) {
    const size = c.key.length * 2 + JSON.stringify(c.old).length + JSON.stringify(c.new).length;
    if (listed >= limit.fields || (listed > 0 && chars + size > limit.chars)) break;
    oldValues[c.key] = c.old;
    newValues[c.key] = c.new;
    chars += size;
    listed += 1;
  }
  return {
    oldValue: { values: oldValues },
    newValue: { values: newValues, changedFields: changes.length, notListed: changes.length - listed },
  };
}
