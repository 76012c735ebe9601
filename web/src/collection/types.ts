/** Shapes of the data-collection API (src/api/collection.routes.ts) as the web app reads them. */
import type { DatasetNotice } from '../api';

export type SubmissionState =
  'draft' | 'submitted' | 'returned' | 'countyApproved' | 'cityApproved' | 'unlockRequested';

/** A school's state in the completeness list: a submission's state, or not started at all. */
export type CompletenessState = SubmissionState | 'notStarted';

export type ApprovalAction =
  'save' | 'submit' | 'return' | 'approve' | 'requestUnlock' | 'grantUnlock' | 'rejectUnlock' | 'unlock';

export type FieldValue = number | number[] | null;

export interface CollectionPeriod {
  id: string;
  name: string;
  schoolYear: number;
  kind: 'schoolYear' | 'semester';
  forms: string[];
  openFrom: string;
  closeAt: string;
}

export interface FormSummary {
  id: string;
  version: number;
  name: string;
  runningTypes: string[];
}

export interface PeriodsResponse {
  periods: CollectionPeriod[];
  forms: FormSummary[];
  /** The server's time: it decides which period is open. */
  now: string;
  dataset: DatasetNotice;
}

export interface FormFieldInfo {
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

export interface ValidationIssue {
  ruleId: string;
  ruleName: string;
  severity: 'hard' | 'soft';
  fields: string[];
  message: string;
}

export interface SubmissionResponse {
  periodId: string;
  /** The period's school year: last year's values are of the year before. */
  schoolYear: number;
  institution: { code: string; name: string; countyCode: string; townshipCode: string; runningType: string };
  form: FormSummary;
  state: SubmissionState;
  /** 0: the school has not saved anything yet. */
  version: number;
  values: Record<string, FieldValue>;
  explanations: Record<string, string>;
  previous: Record<string, FieldValue> | null;
  issues: ValidationIssue[];
  allowedActions: ApprovalAction[];
  fields: FormFieldInfo[];
  /** The catalog's rules (names for the explanations). */
  rules: Array<{ id: string; name: string; severity: 'hard' | 'soft' }>;
  dataset: DatasetNotice;
}

export interface CheckResponse {
  issues: ValidationIssue[];
  blocking: ValidationIssue[];
}

export interface CompletenessCounts {
  expected: number;
  started: number;
  submitted: number;
  approved: number;
  final: number;
  late: number;
}

export interface CompletenessSchool {
  code: string;
  name: string;
  countyCode: string;
  townshipCode: string;
  state: CompletenessState;
  submittedAt: string | null;
  submitted: boolean;
  approved: boolean;
  final: boolean;
  late: boolean;
}

export interface CompletenessResponse {
  period: CollectionPeriod;
  daysLeft: number;
  /** Schools per state (not started, draft, …) in the caller's scope. */
  states: Partial<Record<CompletenessState, number>>;
  counties: Array<CompletenessCounts & { code: string; name: string }>;
  schools: CompletenessSchool[];
  dataset: DatasetNotice;
}

export interface HistoryResponse {
  values: Array<{
    id: number;
    fieldKey: string;
    oldValue: FieldValue;
    newValue: FieldValue;
    changedBy: string;
    changedAt: string;
  }>;
  events: Array<{
    id: number;
    action: ApprovalAction;
    fromState: SubmissionState;
    toState: SubmissionState;
    actorUsername: string;
    actorLevel: 'school' | 'county' | 'city';
    comment: string | null;
    at: string;
  }>;
}

export interface BulkResult {
  done: number;
  refused: number;
  results: Array<{ code: string; ok: boolean; state: string; message: string | null }>;
}

export interface ImportProblem {
  sheet: string | null;
  row: number | null;
  column: string | null;
  header: string | null;
  value: string | null;
  rule: string;
  message: string;
}

export interface ImportResult {
  mode: 'preview' | 'commit';
  period: { id: string; name: string };
  form: FormSummary | null;
  onBehalf: boolean;
  rows: Array<{
    row: number;
    institution: { code: string; name: string };
    state: string;
    changes: Array<{ field: string; label: string; old: FieldValue; new: FieldValue }>;
  }>;
  problems: ImportProblem[];
  summary: { rows: number; changedRows: number; unchangedRows: number; changedFields: number };
  canCommit: boolean;
  committed: boolean;
}
