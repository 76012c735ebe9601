/**
 * The JSON of the county-standards API (src/api/standards.routes.ts; the shapes are those of
 * src/domain/standards/standards.types.ts). Only the fields the pages read are typed.
 */
import type { DatasetNotice } from '../api';

export type StandardId = 'compulsoryBalanced' | 'preschoolUniversal';
export const STANDARD_IDS: readonly StandardId[] = ['compulsoryBalanced', 'preschoolUniversal'];

export type Section = 'primary' | 'junior';
export const SECTIONS: readonly Section[] = ['primary', 'junior'];

/** incomplete = an input or an evaluator's judgement is missing (待补充). */
export type Verdict = 'pass' | 'fail' | 'incomplete';
export type RuleVerdict = Verdict | 'notApplicable';
/** A school section's verdict: excluded = not part of the resource-allocation assessment. */
export type SchoolVerdict = 'pass' | 'fail' | 'excluded';

export type Comparator = '>=' | '<=';
export type ConfidenceTag = 'P' | 'S' | 'R';

export interface StandardSummary {
  verdict: Verdict;
  summary: string;
  counts: Record<RuleVerdict, number>;
}

export interface CountyOverview {
  countyCode: string;
  countyName: string;
  countyStandardsVerdict: Verdict;
  compulsoryBalanced: StandardSummary;
  preschoolUniversal: StandardSummary;
}

export interface T4Figure {
  evaluated: number;
  passingBoth: number;
  failing: number;
  incomplete: number;
  share: number | null;
}

/** GET /api/v1/standards */
export interface StandardsOverviewResponse {
  year: number;
  years: number[];
  /** null for a county-scoped account: T4 is a city figure. */
  t4: T4Figure | null;
  counties: CountyOverview[];
  dataset: DatasetNotice;
}

export interface RuleSource {
  document: string;
  clause: string;
  tag: ConfidenceTag;
  url?: string;
  note?: string;
}

export interface RuleDetail {
  institutionCode: string | null;
  institutionName: string | null;
  section: Section | null;
  label: string;
  value: number | null;
  threshold: number | null;
  met: boolean | null;
  inputs?: Record<string, number>;
}

export interface RuleCheck {
  name: string;
  value: number | null;
  threshold: number;
  comparator: Comparator;
  met: boolean | null;
}

export interface Judgement {
  itemId: string;
  met: boolean;
  score?: number | null;
  evaluator: string;
  evidence: string;
  recordedAt: string;
}

export type RuleResultKind =
  'sectionCoverage' | 'schoolIndicators' | 'cv' | 'guarantee' | 'preschool' | 'judgement';

export interface RuleResult {
  ruleId: string;
  standard: StandardId;
  name: string;
  part: string;
  section: Section | null;
  kind: RuleResultKind;
  computable: boolean;
  value: number | null;
  threshold: number | null;
  comparator: Comparator | null;
  verdict: RuleVerdict;
  explanation: string;
  inputs: Record<string, number | null>;
  checks: RuleCheck[];
  details: RuleDetail[];
  source: RuleSource;
  judgement?: Judgement | null;
  veto?: boolean;
}

export type IndicatorCode = 'L1' | 'L2' | 'L3' | 'L4' | 'L5' | 'L6' | 'L7';
export const INDICATOR_CODES: readonly IndicatorCode[] = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7'];

export interface IndicatorValue {
  code: IndicatorCode;
  name: string;
  numerator: number;
  students: number;
  value: number;
  threshold: number;
  /** floorShare × threshold (85% of the standard) */
  floor: number;
  met: boolean;
  atLeastFloor: boolean;
}

export interface SchoolSectionResult {
  institutionCode: string;
  institutionName: string;
  section: Section;
  runningType: string;
  students: number;
  exclusion: { id: string; reason: string; scope: 'all' | 'resourceAllocation' } | null;
  indicators: IndicatorValue[];
  metCount: number | null;
  verdict: SchoolVerdict;
  explanation: string;
}

export interface CvResult {
  section: Section;
  code: IndicatorCode;
  name: string;
  mean: number | null;
  sd: number | null;
  cv: number | null;
  limit: number;
  verdict: RuleVerdict;
  schools: number;
  students: number;
}

export interface SectionSummary {
  section: Section;
  schoolsEvaluated: number;
  schoolsExcluded: number;
  schoolsPassing: number;
  applicable: boolean;
  reason: string | null;
  cv: CvResult[];
  compositeCv: number | null;
}

interface StandardEvaluationBase {
  title: string;
  document: string;
  verdict: Verdict;
  summary: string;
  rules: RuleResult[];
  counts: Record<RuleVerdict, number>;
}

export interface CompulsoryEvaluation extends StandardEvaluationBase {
  standard: 'compulsoryBalanced';
  schools: SchoolSectionResult[];
  sections: Record<Section, SectionSummary>;
}

export interface PreschoolTotals {
  kindergartens: number;
  children: number;
  publicChildren: number;
  inclusivePrivateChildren: number;
  privateChildren: number;
  teachers: number;
  certifiedTeachers: number;
  classes: number;
}

export interface PreschoolEvaluation extends StandardEvaluationBase {
  standard: 'preschoolUniversal';
  totals: PreschoolTotals;
}

export interface CountyEvaluation {
  countyCode: string;
  countyName: string;
  year: number;
  compulsoryBalanced: CompulsoryEvaluation;
  preschoolUniversal: PreschoolEvaluation;
  countyStandardsVerdict: Verdict;
  passesBoth: boolean;
  warnings: string[];
}

/** GET /api/v1/standards/counties/:county */
export interface CountyEvaluationResponse {
  years: number[];
  evaluation: CountyEvaluation;
  dataset: DatasetNotice;
}

export interface GapPlanItem {
  standard: StandardId;
  ruleIds: string[];
  action: string;
  institutionCode: string | null;
  institutionName: string | null;
  section: Section | null;
  field: string;
  amount: number;
  /** Chinese unit: 名, 平方米, 元, 间, 个班 … */
  unit: string;
  unitCost: number | null;
  cost: number | null;
  description: string;
}

export interface GapJudgementNeeded {
  standard: StandardId;
  itemId: string;
  name: string;
  part: string;
  message: string;
}

export interface GapMissingInput {
  standard: StandardId;
  field: string;
  ruleIds: string[];
  message: string;
}

export interface GapUnresolved {
  standard: StandardId;
  ruleId: string;
  name: string;
  reason: string;
}

export interface GapPlan {
  countyCode: string;
  countyName: string;
  year: number;
  items: GapPlanItem[];
  totalCost: number | null;
  uncostedItems: number;
  judgementsNeeded: GapJudgementNeeded[];
  missingInputs: GapMissingInput[];
  unresolved: GapUnresolved[];
  before: Record<StandardId, Verdict>;
  after: Record<StandardId, Verdict>;
}

/** GET /api/v1/standards/counties/:county/gap */
export interface GapPlanResponse {
  plan: GapPlan;
  dataset: DatasetNotice;
}

export interface IndicatorDef {
  code: IndicatorCode;
  name: string;
  /** e.g. 人/百名学生, 平方米/生 */
  unit: string;
  basis: 'per100Students' | 'perStudent';
  thresholds: Record<Section, number>;
}

/** GET /api/v1/standards/rule-packs: the two packs (only what the pages read). */
export interface RulePacksResponse {
  packs: Array<{
    id: string;
    version: number;
    indicators?: IndicatorDef[];
    schoolRule?: { minMet: number; floorShare: number };
    guarantee?: Array<{ id: string; kind: string }>;
    rules?: Array<{ id: string; kind: string }>;
    judgements?: JudgementItemDef[];
  }>;
}

/** The county figures recorded by the city or county bureau (POST …/inputs). */
export type CountyInputKey =
  | 'population3to5'
  | 'rotationEligibleTeachers'
  | 'rotatedTeachers'
  | 'rotatedBackboneTeachers'
  | 'specialEducationFundingPerStudent';
export const COUNTY_INPUT_KEYS: readonly CountyInputKey[] = [
  'population3to5',
  'rotationEligibleTeachers',
  'rotatedTeachers',
  'rotatedBackboneTeachers',
  'specialEducationFundingPerStudent',
];

/** One recording of a county figure. recordedAt as the database writes it (2026-11-28 14:12:46.756+00). */
export interface InputRecord {
  item: string;
  value: number;
  evidence: string;
  recordedBy: string;
  recordedAt: string;
}

/** One recording of an evaluator's verdict. */
export interface JudgementRecord {
  itemId: string;
  met: boolean;
  score: number | null;
  evidence: string;
  evaluator: string;
  recordedAt: string;
}

/** GET /api/v1/standards/counties/:county/records: every recording of a year, newest first. */
export interface RecordsResponse {
  year: number;
  inputs: InputRecord[];
  judgements: JudgementRecord[];
}

/** A judgement item of a rule pack (only what the pages read). */
export interface JudgementItemDef {
  id: string;
  name: string;
  veto?: boolean;
  /** What “是” (met) means, e.g. 未发现违规择校. */
  metMeans?: string;
  /** When given, the item is judged by its score (a fraction): met when score ≥ minScore. */
  minScore?: number;
}
