/**
 * The API's data as the web app reads it, by name — every type here is the generated
 * web/src/generated/openapi.ts (from the API's own OpenAPI document, `npm run api:types`), never a
 * hand-written copy: a change of a route's response schema changes these types, and `npm run
 * check` fails until the file is regenerated. Web code imports them from api.ts, which re-exports
 * this file.
 */
import type { components, paths } from './generated/openapi';

type Schemas = components['schemas'];
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The JSON body of an operation's success answer (200, or 201 for a creation). */
type ApiResponse<P extends keyof paths, M extends Method> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: { content: { 'application/json': infer T } } }
    ? T
    : R extends { 201: { content: { 'application/json': infer T } } }
      ? T
      : never
  : never;

/** The JSON request body of an operation. */
type ApiBody<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

// ---------------------------------------------------------------------------------------------
// Access

export type Session = ApiResponse<'/api/v1/session', 'get'>;

// ---------------------------------------------------------------------------------------------
// Targets and the plan

export type TargetStatus = Schemas['TargetStatus'];
export type TargetsResponse = ApiResponse<'/api/v1/targets', 'get'>;
export type TargetCard = Schemas['TargetCard'];
export type TrendPoint = TargetCard['trend'][number];
export type Figure = Schemas['TargetFigure'];
export type ScorecardResponse = ApiResponse<'/api/v1/targets/scorecard', 'get'>;
type BreakdownResponse = ApiResponse<'/api/v1/targets/{targetId}/breakdown', 'get'>;
export type InstitutionRow = Schemas['InstitutionContribution'];
export type InstitutionBreakdownResponse = Omit<BreakdownResponse, 'by' | 'rows'> & {
  by: 'institution';
  rows: InstitutionRow[];
};
export type Milestone = Schemas['Milestone'];

// ---------------------------------------------------------------------------------------------
// Registry

export type Ownership = Schemas['Ownership'];
export type OrgTreeNode = Schemas['OrgTreeNode'];
export type GeoFeatureCollection = Schemas['CountyBoundaries'];
export type DirectoryResponse = ApiResponse<'/api/v1/institutions', 'get'>;
export type DirectoryItem = Schemas['InstitutionListItem'];
export type InstitutionDetailResponse = ApiResponse<'/api/v1/institutions/{code}', 'get'>;

// ---------------------------------------------------------------------------------------------
// County standards

export type StandardsOverviewResponse = ApiResponse<'/api/v1/standards', 'get'>;
export type CountyOverview = StandardsOverviewResponse['counties'][number];
export type T4Figure = NonNullable<StandardsOverviewResponse['t4']>;
export type CountyEvaluationResponse = ApiResponse<'/api/v1/standards/counties/{county}', 'get'>;
export type CountyEvaluation = Schemas['CountyEvaluation'];
type PreschoolEvaluation = Schemas['PreschoolEvaluation'];
export type StandardId = CountyEvaluation['compulsoryBalanced']['rules'][number]['standard'];
export type Verdict = CountyEvaluation['countyStandardsVerdict'];
export type RuleResult = Schemas['RuleResult'];
export type RuleVerdict = RuleResult['verdict'];
export type RuleDetail = Schemas['RuleDetail'];
type RuleCheck = Schemas['RuleCheck'];
export type Comparator = RuleCheck['comparator'];
export type Section = Schemas['SchoolSectionResult']['section'];
export type SchoolSectionResult = Schemas['SchoolSectionResult'];
export type SchoolVerdict = SchoolSectionResult['verdict'];
export type IndicatorValue = Schemas['IndicatorValue'];
export type IndicatorCode = IndicatorValue['code'];
export type CvResult = Schemas['CvResult'];
export type PreschoolTotals = PreschoolEvaluation['totals'];
export type GapPlanResponse = ApiResponse<'/api/v1/standards/counties/{county}/gap', 'get'>;
export type GapPlan = Schemas['GapPlan'];
export type GapPlanItem = Schemas['GapPlanItem'];
export type RulePacksResponse = ApiResponse<'/api/v1/standards/rule-packs', 'get'>;
export type CompulsoryBalancedPack = Schemas['CompulsoryBalancedPack'];
export type IndicatorDef = CompulsoryBalancedPack['indicators'][number];
export type JudgementItemDef = CompulsoryBalancedPack['judgements'][number];
export type RecordsResponse = ApiResponse<'/api/v1/standards/counties/{county}/records', 'get'>;
export type InputRecord = RecordsResponse['inputs'][number];
export type JudgementRecord = RecordsResponse['judgements'][number];
export type CountyInputKey = keyof ApiBody<'/api/v1/standards/counties/{county}/inputs', 'post'>['values'];

// ---------------------------------------------------------------------------------------------
// Data collection

export type CompletenessState = Schemas['SchoolState'];
export type ApprovalAction = Schemas['ApprovalAction'];
export type FieldValue = Schemas['FieldValue'];
export type PeriodsResponse = ApiResponse<'/api/v1/collection/periods', 'get'>;
export type CollectionPeriod = Schemas['CollectionPeriod'];
export type FormFieldInfo = Schemas['FormFieldView'];
export type ValidationIssue = Schemas['ValidationIssue'];
export type SubmissionResponse = Schemas['Submission'];
export type CheckResponse = ApiResponse<'/api/v1/collection/{period}/submissions/{code}/check', 'post'>;
export type CompletenessResponse = Schemas['Completeness'];
export type CompletenessSchool = CompletenessResponse['schools'][number];
export type HistoryResponse = Schemas['SubmissionHistory'];
export type BulkResult = Schemas['BulkReviewResult'];
export type ImportResult = Schemas['ImportResult'];

// ---------------------------------------------------------------------------------------------
// Accounts and the audit log (helper "accounts", issue 13: web/src/areas/access)

export type ManagedAccounts = Schemas['ManagedAccounts'];
export type ManagedAccount = ManagedAccounts['items'][number];
export type RoleChoice = ManagedAccounts['roles'][number];
export type UnitChoice = ManagedAccounts['units'][number];
export type NewAccountBody = ApiBody<'/api/v1/users', 'post'>;
export type CreatedAccount = ApiResponse<'/api/v1/users', 'post'>;
export type AccountChangeBody = ApiBody<'/api/v1/users/{id}', 'patch'>;
export type PasswordResetResponse = ApiResponse<'/api/v1/users/{id}/password-reset', 'post'>;
export type AuditResponse = ApiResponse<'/api/v1/audit', 'get'>;
export type AuditEntry = Schemas['AuditEntry'];
export type AuditChainReport = Schemas['AuditChainReport'];

// ---------------------------------------------------------------------------------------------
// A school's own standing (helper "standing", issue 13: web/src/areas/standing)

export type StandingResponse = ApiResponse<'/api/v1/standing/{institution}', 'get'>;
export type Standing = Schemas['Standing'];
export type StandingTarget = Schemas['StandingTarget'];
export type StandingSection = Schemas['StandingSection'];
export type StandingIndicator = Schemas['StandingIndicator'];
export type StandingReturn = Schemas['StandingReturn'];
export type KindergartenMeasure = Schemas['KindergartenMeasure'];

// ---------------------------------------------------------------------------------------------
// Data collection (helper "collection", issue 13: bulk approval dry run, the import's rule checks)

export type BulkPreview = Schemas['BulkReviewPreview'];
export type ImportRowChecks = Schemas['ImportRowChecks'];

// ---------------------------------------------------------------------------------------------
// Why a figure is low (helper "counties", issue 13)

export type TargetWhyResponse = ApiResponse<'/api/v1/targets/{targetId}/why', 'get'>;
export type WhySchool = Schemas['WhySchool'];
export type WhyCounty = Schemas['WhyCounty'];
export type WhyBasis = Schemas['WhyBasis'];
export type PlanResponse = ApiResponse<'/api/v1/plan', 'get'>;
