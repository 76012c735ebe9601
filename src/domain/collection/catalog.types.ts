/**
 * The data-collection catalog (catalog/collection/*.yaml): data elements with their
 * disaggregation, the forms per kind of school, the validation rules and the collection periods.
 * Validated on load by catalog.schema.ts.
 */

export type CategoryCode = 'grade' | 'sex' | 'stage';

export interface CategoryOption {
  code: string;
  name: string;
}

export interface Category {
  code: CategoryCode;
  name: string;
  options: CategoryOption[];
}

export type ElementType = 'integer' | 'number' | 'integerList';

/** A collection period's id (2025-autumn): lower-case letters, digits and hyphens, at most 40. */
export const PERIOD_ID_PATTERN = /^[a-z0-9-]{1,40}$/;

export interface DataElement {
  code: string;
  /** Chinese name, as the statistics forms write it. */
  name: string;
  unit: string;
  type: ElementType;
  /** Allowed range of the value (of each item, for a list). */
  min: number;
  max: number;
  /** Categories the value is split by, in field-key order (e.g. grade, then sex). */
  disaggregation: CategoryCode[];
  description?: string;
  /** What reads it (targets, standards): informative. */
  feeds?: string[];
}

export interface FormSection {
  title: string;
  elements: string[];
}

export interface FormDefinition {
  id: string;
  version: number;
  name: string;
  /** JY/T 1001 办学类型码 of the schools that fill it. */
  runningTypes: string[];
  /** The grade options the form asks for (in order). */
  grades: string[];
  /** The stage options the form asks for. */
  stages: string[];
  sections: FormSection[];
}

interface RuleBase {
  id: string;
  /** Chinese name shown with every issue. */
  name: string;
  /** hard: blocks submission; soft: needs a written explanation. */
  severity: 'hard' | 'soft';
}

/** Σ list items = total, per grade (e.g. 各班人数 vs 在校生数 男 + 女). */
export interface ListSumEqualsRule extends RuleBase {
  kind: 'listSumEquals';
  list: string;
  total: string;
}
/** part ≤ whole, per shared option (e.g. 持证教师 ≤ 专任教师, per stage). */
export interface NotGreaterRule extends RuleBase {
  kind: 'notGreater';
  part: string;
  whole: string;
}
/** number of classes × perClass ≥ enrolment, per grade. */
export interface CapacityRule extends RuleBase {
  kind: 'capacity';
  classes: string;
  enrolment: string;
  perClass: number;
}
/** |this year − last year| ÷ last year ≤ maxRelativeChange, on each element's total. */
export interface ChangeFromPreviousRule extends RuleBase {
  kind: 'changeFromPrevious';
  elements: string[];
  maxRelativeChange: number;
}
/** Flags every class of `size` or more. */
export interface ClassSizeAtLeastRule extends RuleBase {
  kind: 'classSizeAtLeast';
  list: string;
  size: number;
}
/**
 * Amount per student of a stage (element[stage] ÷ 在校生 of the stage's grades), compared with the
 * county's schools of the same form: |modified z| = 0.6745 · |x − median| ÷ MAD > maxModifiedZ.
 */
export interface PerStudentOutlierRule extends RuleBase {
  kind: 'perStudentOutlier';
  element: string;
  maxModifiedZ: number;
}

export type ValidationRule =
  | ListSumEqualsRule
  | NotGreaterRule
  | CapacityRule
  | ChangeFromPreviousRule
  | ClassSizeAtLeastRule
  | PerStudentOutlierRule;

export interface CollectionPeriod {
  id: string;
  name: string;
  schoolYear: number;
  kind: 'schoolYear' | 'semester';
  forms: string[];
  /** ISO 8601 with offset (Asia/Shanghai). */
  openFrom: string;
  closeAt: string;
}

export interface CollectionCatalog {
  categories: Category[];
  elements: DataElement[];
  forms: FormDefinition[];
  rules: ValidationRule[];
  periods: CollectionPeriod[];
}
