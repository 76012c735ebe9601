/**
 * The county-standards API's data (src/api/standards): the types are generated from the API's
 * OpenAPI document (api-types.ts); the lists here are the orders the pages show them in, checked
 * against those types.
 */
import type { CountyInputKey, IndicatorCode, Section, StandardId } from '../../api-types';

export type {
  Comparator,
  CompulsoryEvaluation,
  ConfidenceTag,
  CountyEvaluation,
  CountyEvaluationResponse,
  CountyInputKey,
  CountyOverview,
  CvResult,
  GapJudgementNeeded,
  GapMissingInput,
  GapPlan,
  GapPlanItem,
  GapPlanResponse,
  GapUnresolved,
  IndicatorCode,
  IndicatorDef,
  IndicatorValue,
  InputRecord,
  Judgement,
  JudgementItemDef,
  JudgementRecord,
  PreschoolEvaluation,
  PreschoolTotals,
  RecordsResponse,
  RuleCheck,
  RuleDetail,
  RulePacksResponse,
  RuleResult,
  RuleResultKind,
  RuleSource,
  RuleVerdict,
  SchoolSectionResult,
  SchoolVerdict,
  Section,
  SectionSummary,
  StandardId,
  StandardsOverviewResponse,
  StandardSummary,
  T4Figure,
  Verdict,
} from '../../api-types';

export const STANDARD_IDS = [
  'compulsoryBalanced',
  'preschoolUniversal',
] as const satisfies readonly StandardId[];
export const SECTIONS = ['primary', 'junior'] as const satisfies readonly Section[];
export const INDICATOR_CODES = [
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
  'L6',
  'L7',
] as const satisfies readonly IndicatorCode[];
/** The county figures recorded by the city or county bureau (POST …/inputs), in form order. */
export const COUNTY_INPUT_KEYS = [
  'population3to5',
  'rotationEligibleTeachers',
  'rotatedTeachers',
  'rotatedBackboneTeachers',
  'specialEducationFundingPerStudent',
] as const satisfies readonly CountyInputKey[];
