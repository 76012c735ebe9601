/**
 * One school's submission as the entry and review screens show it: the values with last year's
 * beside them, the issues, the form's fields and the catalog's rules spelled out, and only the
 * actions the caller may take now (its level's, when its role may act at all).
 */
import {
  allowedActions,
  type ApprovalAction,
  type SubmissionState,
} from '../../domain/collection/approval.ts';
import type { FormDefinition } from '../../domain/collection/catalog.types.ts';
import { formFields, type FieldValues } from '../../domain/collection/fields.ts';
import type { ValidationIssue } from '../../domain/collection/validation.ts';
import type { Institution } from '../../domain/registry/registry.types.ts';
import type { DemoInfo } from '../shared/dataset.cache.ts';
import type { CollectionCaller, CollectionCore, LoadedSubmission } from './collection.core.ts';

/** A field of the form as the entry screen lays it out. */
export interface FormFieldView {
  key: string;
  label: string;
  section: string;
  element: string;
  unit: string;
  type: 'integer' | 'number' | 'integerList';
  min: number;
  max: number;
  description: string | null;
}

export interface SubmissionView {
  periodId: string;
  /** The period's school year (last year's values are of the year before). */
  schoolYear: number;
  institution: Pick<Institution, 'code' | 'name' | 'countyCode' | 'townshipCode' | 'runningType'>;
  form: FormDefinition;
  state: SubmissionState;
  version: number;
  values: FieldValues;
  explanations: Record<string, string>;
  /** Last school year's values, shown beside each field. */
  previous: FieldValues | null;
  issues: ValidationIssue[];
  /** What the caller may do now; empty for a reader whose role may not act (a 督学). */
  allowedActions: ApprovalAction[];
  /** Every rule of the catalog (the screen names a rule by its id). */
  rules: Array<{ id: string; name: string; severity: 'hard' | 'soft' }>;
  fields: FormFieldView[];
  demo: DemoInfo | null;
}

export function formFieldViews(core: CollectionCore, form: FormDefinition): FormFieldView[] {
  return formFields(core.catalog, form).map((f) => ({
    key: f.key,
    label: f.label,
    section: f.section,
    element: f.element.code,
    unit: f.element.unit,
    type: f.element.type,
    min: f.element.min,
    max: f.element.max,
    description: f.element.description ?? null,
  }));
}

export function submissionView(
  core: CollectionCore,
  loaded: LoadedSubmission,
  caller: CollectionCaller,
  previous: FieldValues | null,
  issues: ValidationIssue[],
): SubmissionView {
  const { row, inst, form, period, view } = loaded;
  const state = row.state as SubmissionState;
  return {
    periodId: row.periodId,
    schoolYear: period.schoolYear,
    institution: {
      code: inst.code,
      name: inst.name,
      countyCode: inst.countyCode,
      townshipCode: inst.townshipCode,
      runningType: inst.runningType,
    },
    form,
    state,
    version: row.version,
    values: row.values as FieldValues,
    explanations: row.explanations as Record<string, string>,
    previous,
    issues,
    allowedActions: core.mayAct(view, caller)
      ? allowedActions(
          { state, returnedAt: row.returnedAt },
          core.levelOf(view, caller),
          core.approvalContext(period),
        )
      : [],
    rules: core.catalog.rules.map((r) => ({ id: r.id, name: r.name, severity: r.severity })),
    fields: formFieldViews(core, form),
    demo: view.demo,
  };
}
