/**
 * Which form a school fills in: the catalog may hold several versions of a form; a period names
 * forms by id and always uses their latest version, while a stored submission keeps the version
 * it was filled in.
 */
import type { CollectionCatalog, CollectionPeriod, FormDefinition } from './catalog.types.ts';

/** The latest version of form `formId` among the period's forms, or null. */
export function latestForm(
  catalog: Pick<CollectionCatalog, 'forms'>,
  period: Pick<CollectionPeriod, 'forms'>,
  formId: string,
): FormDefinition | null {
  return latestOf(catalog.forms.filter((f) => f.id === formId && period.forms.includes(f.id)));
}

/** The latest version of the form a school of this running type fills in the period, or null. */
export function formForRunningType(
  catalog: Pick<CollectionCatalog, 'forms'>,
  period: Pick<CollectionPeriod, 'forms'>,
  runningType: string,
): FormDefinition | null {
  return latestOf(
    catalog.forms.filter((f) => period.forms.includes(f.id) && f.runningTypes.includes(runningType)),
  );
}

/** The exact version a submission was filled in, or null when the catalog no longer has it. */
export function formAtVersion(
  catalog: Pick<CollectionCatalog, 'forms'>,
  formId: string,
  version: number,
): FormDefinition | null {
  return catalog.forms.find((f) => f.id === formId && f.version === version) ?? null;
}

/**
 * The form a stored submission's values are read with: the version it was filled in, or — when
 * the catalog no longer has that version — the period's latest version of the same form.
 */
export function submissionForm(
  catalog: Pick<CollectionCatalog, 'forms'>,
  period: Pick<CollectionPeriod, 'forms'>,
  submission: { formId: string; formVersion: number },
): FormDefinition | null {
  return (
    formAtVersion(catalog, submission.formId, submission.formVersion) ??
    latestForm(catalog, period, submission.formId)
  );
}

function latestOf(forms: FormDefinition[]): FormDefinition | null {
  let best: FormDefinition | null = null;
  for (const f of forms) if (!best || f.version > best.version) best = f;
  return best;
}
