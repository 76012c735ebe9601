/**
 * The plan's tasks as the delivery area reads them (牵头科室, the targets and milestones they serve)
 * and the counties' work plans (工作方案, 三(一) 细化落实举措): versions of a list of measures (举措),
 * each with the task it serves, a measurable output, an owner (person and unit inside the county)
 * and a due date. A measure keeps its id across versions (progress reports attach to it).
 */
import type { TargetId } from '../plan/plan.types.ts';

export interface TaskInfo {
  number: number;
  section: string;
  title: string;
  action: string;
  /** 牵头科室 (the city section leading the task); '' when the plan file names none. */
  leadSection: string;
  /** False: the platform's proposal, the bureau's to confirm ([R]). */
  leadSectionConfirmed: boolean;
  targetIds: TargetId[];
  /** The milestones the task serves: those it lists and those that name it as their task. */
  milestoneIds: string[];
  /** The latest due date of a measure serving the task (the plan's horizon or a later milestone). */
  dueBy: string;
}

/** States of one version of a county's work plan. */
export type WorkPlanStatus = 'draft' | 'submitted' | 'approved' | 'returned';
export const WORK_PLAN_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'returned',
] as const satisfies readonly WorkPlanStatus[];

/** What can be done to a county's work plan: save the draft, submit, approve, return, start a revision. */
export type WorkPlanAction = 'save' | 'submit' | 'approve' | 'return' | 'revise';
export const WORK_PLAN_ACTIONS = [
  'save',
  'submit',
  'approve',
  'return',
  'revise',
] as const satisfies readonly WorkPlanAction[];

/** The content of a measure in one version. */
export interface MeasureFields {
  taskNumber: number;
  title: string;
  /** The measurable output, in words (e.g. 新建改扩建公办幼儿园 3 所，新增学位 900 个). */
  output: string;
  /** Optional figure of the output (e.g. 900) with its unit (个学位). */
  outputTarget: number | null;
  outputUnit: string | null;
  /** The person responsible (责任人). */
  ownerName: string;
  /** The responsible unit's code: the county itself (its education bureau), a township or a school of the county. */
  ownerUnitCode: string;
  /** Its name as shown (e.g. 任城区教育和体育局, 喻屯镇, 任城区实验小学). */
  ownerUnit: string;
  /** YYYY-MM-DD (Asia/Shanghai). */
  dueDate: string;
}

/** A measure as the county enters it: `id` for a measure kept from the version it starts from. */
export type MeasureDraft = Omit<MeasureFields, 'ownerUnit'> & { id?: string };

/** A measure of one version of a county's work plan. */
export interface Measure extends MeasureFields {
  /** Stable across versions, e.g. 370811-007. */
  id: string;
  countyCode: string;
  /** The version of the work plan the measure first appeared in. */
  sinceVersion: number;
}

/** One field that differs between two versions of a measure (values as shown; ownerUnit by name). */
export interface FieldChange {
  field: Exclude<keyof MeasureFields, 'ownerUnitCode'>;
  from: string | number | null;
  to: string | number | null;
}

/** What changed between two versions of a work plan, measure by measure. */
export interface WorkPlanDiff {
  /** In the newer version only (in its order). */
  added: Measure[];
  /** In the older version only (in its order). */
  removed: Measure[];
  /** In both, with at least one field changed (in the newer version's order). */
  changed: Array<{ measure: Measure; changes: FieldChange[] }>;
  /** In both and unchanged. */
  unchanged: number;
}

/** A problem of a measure list, naming the field, the value and the rule. */
export interface MeasureIssue {
  /** e.g. measures[2].dueDate */
  field: string;
  value: unknown;
  message: string;
}
