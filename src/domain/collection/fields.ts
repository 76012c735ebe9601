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
