/**
 * The data-collection API's data (src/api/collection) as the web app reads it: the types are
 * generated from the API's OpenAPI document (api-types.ts).
 */
export type {
  ApprovalAction,
  BulkResult,
  CheckResponse,
  CollectionPeriod,
  CompletenessCounts,
  CompletenessResponse,
  CompletenessSchool,
  CompletenessState,
  FieldValue,
  FormFieldInfo,
  FormSummary,
  HistoryResponse,
  ImportProblem,
  ImportResult,
  PeriodsResponse,
  SubmissionResponse,
  SubmissionState,
  ValidationIssue,
} from '../../api-types';
