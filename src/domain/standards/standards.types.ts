/**
 * County standards (县域标准): the two national county assessments the platform computes, as data
 * (rule packs in catalog/standards/*.yaml, validated by rule-pack.schema.ts) and the shapes the
 * evaluator (evaluate.ts) and the gap planner (gap.ts) read and produce.
 *
 * - compulsoryBalanced: 县域义务教育优质均衡发展督导评估 (教督〔2017〕6号), STANDARDS.md §1.
 * - preschoolUniversal: 县域学前教育普及普惠督导评估 (教督〔2020〕1号), STANDARDS.md §2.
 *
 * Every threshold tagged [S] or [R] in STANDARDS.md is a value of the rule pack, never a constant in
 * code. Shares are fractions (0.85 = 85%).
 */

export type StandardId = 'compulsoryBalanced' | 'preschoolUniversal';
export const STANDARD_IDS: readonly StandardId[] = ['compulsoryBalanced', 'preschoolUniversal'];

export type Section = 'primary' | 'junior';
export const SECTIONS: readonly Section[] = ['primary', 'junior'];

/** incomplete = an input or a judgement is missing, so the rule cannot be decided yet. */
export type Verdict = 'pass' | 'fail' | 'incomplete';

/**
 * A rule's own verdict may also be notApplicable (e.g. the CV of a section without schools); such a
 * rule does not count towards the standard's verdict.
 */
export type RuleVerdict = Verdict | 'notApplicable';

// ---------------------------------------------------------------------------------------------
// Inputs

export interface SchoolSectionInput {
  institutionCode: string;
  institutionName: string;
  section: Section;
  /** 办学类型代码 (JY/T 1001, STANDARDS.md §5), e.g. 211, 218, 311, 312, 341, 345, 51x. */
  runningType: string;
  /** 在校生 of this section. */
  students: number;
  /** Size of every class of this section. */
  classSizes: number[];
  /** 义务教育在校生 of the whole school (primary + junior), for the school-size item. */
  schoolCompulsoryStudents: number;
  /** 专任教师 */
  teachers: number;
  /** 高于规定学历 (primary: 专科及以上; junior: 本科及以上) */
  teachersAboveRequiredQualification: number;
  /** 县级及以上骨干教师 */
  backboneTeachers: number;
  /** 体育、艺术(音乐、美术)专任教师 */
  peArtsTeachers: number;
  /** 持证 (教师资格证) */
  certifiedTeachers: number;
  /** 教学及辅助用房面积 m² */
  teachingAuxAreaM2: number;
  /** 体育运动场馆面积 m² */
  sportsAreaM2: number;
  /** 教学仪器设备值 yuan (账面原值) */
  equipmentValueYuan: number;
  /** 网络多媒体教室 */
  multimediaRooms: number;
}

export type KindergartenOwnership = 'public' | 'inclusivePrivate' | 'private';
/** 举办性质 of a kindergarten as the 普及普惠 assessment names it (教督〔2020〕1号). */
export const KINDERGARTEN_OWNERSHIP_NAMES: Readonly<Record<KindergartenOwnership, string>> = {
  public: '公办',
  inclusivePrivate: '普惠性民办',
  private: '非普惠性民办',
};
export type KindergartenGrade = 'K1' | 'K2' | 'K3';
export const KINDERGARTEN_GRADES: readonly KindergartenGrade[] = ['K1', 'K2', 'K3'];

export interface KindergartenInput {
  institutionCode: string;
  institutionName: string;
  ownership: KindergartenOwnership;
  /** 在园幼儿 */
  children: number;
  classes: Array<{ grade: KindergartenGrade; size: number }>;
  /** 专任教师 */
  teachers: number;
  /** 持证 */
  certifiedTeachers: number;
}

/** County-level figures recorded by the bureau; null = not recorded yet. */
export interface CountyInputs {
  /** 3–5 岁常住人口 (denominator of 学前三年毛入园率). */
  population3to5: number | null;
  /** 符合交流轮岗条件的教师数 */
  rotationEligibleTeachers: number | null;
  /** 本年度交流轮岗教师数 */
  rotatedTeachers: number | null;
  /** 其中县级及以上骨干教师数 */
  rotatedBackboneTeachers: number | null;
  /** 特殊教育学校生均公用经费 yuan/student/year */
  specialEducationFundingPerStudent: number | null;
}
export const COUNTY_INPUT_KEYS: readonly (keyof CountyInputs)[] = [
  'population3to5',
  'rotationEligibleTeachers',
  'rotatedTeachers',
  'rotatedBackboneTeachers',
  'specialEducationFundingPerStudent',
];

/** An evaluator's finding on a judgement item (规划布局合理, 社会认可度, a one-vote veto …). */
export interface Judgement {
  /** A judgement item id of a rule pack, e.g. CB-G01. */
  itemId: string;
  /** Met; for a one-vote-veto item, met means "no violation found". */
  met: boolean;
  /** For items with a minimum score (社会认可度): the recorded score as a fraction (0.87 = 87%). */
  score?: number | null;
  evaluator: string;
  evidence: string;
  /** ISO date or timestamp; when an item is judged more than once the latest record counts. */
  recordedAt: string;
}

export interface CountyEvaluationInput {
  countyCode: string;
  countyName: string;
  year: number;
  schools: SchoolSectionInput[];
  kindergartens: KindergartenInput[];
  inputs: CountyInputs;
  judgements: Judgement[];
}

// ---------------------------------------------------------------------------------------------
// Rule packs

/** Confidence tag of STANDARDS.md: primary text, secondary sources, recalled. */
export type ConfidenceTag = 'P' | 'S' | 'R';

export interface RuleSource {
  /** The document, e.g. 教督〔2017〕6号 or the implementing text it was read from. */
  document: string;
  /** Where in it (part and item), as far as known. */
  clause: string;
  tag: ConfidenceTag;
  url?: string;
  /** What is and is not confirmed. */
  note?: string;
}

export type IndicatorCode = 'L1' | 'L2' | 'L3' | 'L4' | 'L5' | 'L6' | 'L7';
export const INDICATOR_CODES: readonly IndicatorCode[] = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7'];

/** The SchoolSectionInput field that is an indicator's numerator. */
export type ResourceField =
  | 'teachersAboveRequiredQualification'
  | 'backboneTeachers'
  | 'peArtsTeachers'
  | 'teachingAuxAreaM2'
  | 'sportsAreaM2'
  | 'equipmentValueYuan'
  | 'multimediaRooms';
export const RESOURCE_FIELDS: readonly ResourceField[] = [
  'teachersAboveRequiredQualification',
  'backboneTeachers',
  'peArtsTeachers',
  'teachingAuxAreaM2',
  'sportsAreaM2',
  'equipmentValueYuan',
  'multimediaRooms',
];

/** per100Students: numerator ÷ students × 100 (每百名学生); perStudent: numerator ÷ students (生均). */
export type IndicatorBasis = 'per100Students' | 'perStudent';

export interface IndicatorDef {
  code: IndicatorCode;
  /** Chinese name exactly as STANDARDS.md §1.1. */
  name: string;
  /** Unit of the indicator value, e.g. 人/百名学生, 平方米/生. */
  unit: string;
  numerator: ResourceField;
  basis: IndicatorBasis;
  thresholds: Record<Section, number>;
  source: RuleSource;
}

export interface SchoolRuleDef {
  /** Indicators a school section must meet (6 of 7). */
  minMet: number;
  /** Every unmet indicator must reach floorShare × its threshold (0.85). */
  floorShare: number;
  source: RuleSource;
}

/**
 * School sections left out of the assessment. scope 'all': out of every rule (special and
 * vocational schools are not 义务教育学校 of this assessment); 'resourceAllocation': out of the 6-of-7
 * rule and the CV only (small 教学点 still count for class size, certification …).
 */
export interface ExclusionDef {
  id: string;
  /** Chinese reason shown with the excluded section. */
  name: string;
  runningTypes: string[];
  /** When given, only sections with fewer students than this are excluded (教学点 under 50). */
  belowStudents?: number;
  scope: 'all' | 'resourceAllocation';
  source: RuleSource;
}

export interface CvDef {
  /** Maximum 校际差异系数 per section, for each indicator separately. */
  limits: Record<Section, number>;
  /**
   * Verdict of the section-coverage rule when a section has no school to evaluate: 'incomplete'
   * (default: most likely missing data) or 'notApplicable' (the county truly has no such school).
   */
  emptySection: 'incomplete' | 'notApplicable';
  source: RuleSource;
  /** Source of the informative 综合差异系数 (mean of the seven CVs, no threshold). */
  compositeSource: RuleSource;
}

interface RuleBase {
  id: string;
  name: string;
  part: string;
  source: RuleSource;
}

/** Class size counted per class (not as an average): share of classes within the limit. */
export interface ClassSizeRuleDef extends RuleBase {
  kind: 'classSize';
  maxClassSize: Record<Section, number>;
  /** Share of classes that must be within the limit; 1 = no class may exceed it. */
  requiredShare: number;
}

/** School size on the whole school's compulsory enrolment. */
export interface SchoolSizeRuleDef extends RuleBase {
  kind: 'schoolSize';
  maxStudents: number;
  /** Other limits by 办学类型代码 (九年一贯制 312 and 十二年一贯制 345: 2500). */
  maxStudentsByRunningType: Record<string, number>;
}

/** 交流轮岗: county inputs. */
export interface TeacherRotationRuleDef extends RuleBase {
  kind: 'teacherRotation';
  /** rotated ÷ eligible ≥ this (0.10) */
  minRotatedShare: number;
  /** rotated backbone ÷ rotated ≥ this (0.20) */
  minBackboneShareOfRotated: number;
}

/** 持证上岗率: certified ÷ teachers. */
export interface CertificationRuleDef extends RuleBase {
  kind: 'teacherCertification';
  minShare: number;
}

/** 特殊教育学校生均公用经费: a county input. */
export interface SpecialEducationFundingRuleDef extends RuleBase {
  kind: 'specialEducationFunding';
  minPerStudent: number;
}

export type GuaranteeRuleDef =
  | ClassSizeRuleDef
  | SchoolSizeRuleDef
  | TeacherRotationRuleDef
  | CertificationRuleDef
  | SpecialEducationFundingRuleDef;

/** A human-recorded item: its verdict comes from a Judgement. */
export interface JudgementItemDef extends RuleBase {
  /** One-vote veto (一票否决): failing it fails the standard (as any failing rule does). */
  veto?: boolean;
  /** What “是/达标” means to the evaluator, e.g. 未发现以考试方式招生. */
  metMeans?: string;
  /** When given, the verdict is score ≥ minScore (a fraction) and a judgement without score is incomplete. */
  minScore?: number;
}

/** Kinds of the 普及普惠 computable rules. */
export interface GrossEnrolmentRuleDef extends RuleBase {
  kind: 'grossEnrolment';
  /** all children in kindergartens ÷ population aged 3–5 ≥ min */
  min: number;
}
export interface InclusiveCoverageRuleDef extends RuleBase {
  kind: 'inclusiveCoverage';
  /** (public + inclusivePrivate children) ÷ all children ≥ min */
  min: number;
}
export interface PublicShareRuleDef extends RuleBase {
  kind: 'publicShare';
  /** public children ÷ all children ≥ min */
  min: number;
}
export interface ChildrenPerTeacherRuleDef extends RuleBase {
  kind: 'childrenPerTeacher';
  /** county total children ÷ county total teachers ≤ max */
  max: number;
}
export interface KindergartenClassSizeRuleDef extends RuleBase {
  kind: 'kindergartenClassSize';
  /** share of classes within the norm of their grade ≥ min */
  min: number;
  maxClassSize: Record<KindergartenGrade, number>;
}
export interface KindergartenCertificationRuleDef extends RuleBase {
  kind: 'kindergartenCertification';
  /** certified ÷ teachers ≥ min */
  min: number;
}

export type PreschoolRuleDef =
  | GrossEnrolmentRuleDef
  | InclusiveCoverageRuleDef
  | PublicShareRuleDef
  | ChildrenPerTeacherRuleDef
  | KindergartenClassSizeRuleDef
  | KindergartenCertificationRuleDef;

// ---------------------------------------------------------------------------------------------
// Gap planning configuration

/** One concrete change the gap planner can propose. */
export type GapActionKind =
  // 6-of-7 rule and CV (per school section)
  | 'upgradeQualification' // L1: an existing teacher obtains the higher qualification (学历提升)
  | 'hireQualifiedTeacher' // L1: hire a teacher above the required qualification
  | 'recogniseBackbone' // L2: an existing teacher recognised as county-level 骨干
  | 'hireBackboneTeacher' // L2: bring in a backbone teacher
  | 'hirePeArtsTeacher' // L3
  | 'addTeachingAuxArea' // L4, m²
  | 'addSportsArea' // L5, m²
  | 'addEquipmentValue' // L6, yuan
  | 'addMultimediaRoom' // L7
  // government guarantee
  | 'splitClass' // one extra class
  | 'splitCampus' // one student moved to a new campus
  | 'certifyTeacher'
  | 'rotateTeacher'
  | 'raiseSpecialEducationFunding' // yuan per special-education student
  // preschool
  | 'addPublicPlace' // one new public kindergarten place
  | 'convertToPublic' // one child of a kindergarten converted to public
  | 'recogniseInclusive' // one child of a private kindergarten recognised as 普惠
  | 'hirePreschoolTeacher'
  | 'splitKindergartenClass' // one extra class
  | 'certifyPreschoolTeacher';

export const GAP_ACTION_KINDS: readonly GapActionKind[] = [
  'upgradeQualification',
  'hireQualifiedTeacher',
  'recogniseBackbone',
  'hireBackboneTeacher',
  'hirePeArtsTeacher',
  'addTeachingAuxArea',
  'addSportsArea',
  'addEquipmentValue',
  'addMultimediaRoom',
  'splitClass',
  'splitCampus',
  'certifyTeacher',
  'rotateTeacher',
  'raiseSpecialEducationFunding',
  'addPublicPlace',
  'convertToPublic',
  'recogniseInclusive',
  'hirePreschoolTeacher',
  'splitKindergartenClass',
  'certifyPreschoolTeacher',
];

/** Yuan per unit of an action; a missing or null cost means "not configured" (cost reported as null). */
export type UnitCosts = Partial<Record<GapActionKind, number | null>>;

export interface PlanningDef {
  unitCosts: UnitCosts;
  /** Rounding step (upwards) of money and area amounts in a plan. */
  rounding: { equipmentValueYuan: number; areaM2: number };
}

export interface PackHeader {
  version: number;
  /** Chinese title of the assessment. */
  title: string;
  /** The document, with its number. */
  document: string;
  /** YYYY-MM-DD */
  effectiveFrom: string;
  /** The parts (一级指标) in the order of the document; every rule names one. */
  parts: string[];
  notes?: string[];
}

export interface CompulsoryBalancedPack extends PackHeader {
  id: 'compulsoryBalanced';
  indicators: IndicatorDef[];
  schoolRule: SchoolRuleDef;
  exclusions: ExclusionDef[];
  cv: CvDef;
  guarantee: GuaranteeRuleDef[];
  judgements: JudgementItemDef[];
  planning: PlanningDef;
}

export interface PreschoolUniversalPack extends PackHeader {
  id: 'preschoolUniversal';
  rules: PreschoolRuleDef[];
  judgements: JudgementItemDef[];
  planning: { unitCosts: UnitCosts };
}

export type RulePack = CompulsoryBalancedPack | PreschoolUniversalPack;

export interface RulePackSet {
  compulsoryBalanced: CompulsoryBalancedPack;
  preschoolUniversal: PreschoolUniversalPack;
}

// ---------------------------------------------------------------------------------------------
// Evaluation results

export type Comparator = '>=' | '<=';

/** One row behind a figure: a school, a class, a kindergarten. */
export interface RuleDetail {
  institutionCode: string | null;
  institutionName: string | null;
  section: Section | null;
  /** Chinese description, e.g. 第 3 个班 52 人. */
  label: string;
  value: number | null;
  threshold: number | null;
  met: boolean | null;
  /** Further numbers (students, amount …). */
  inputs?: Record<string, number>;
}

/** A sub-check of a rule with more than one condition (交流轮岗). */
export interface RuleCheck {
  name: string;
  value: number | null;
  threshold: number;
  comparator: Comparator;
  met: boolean | null;
}

export type RuleResultKind =
  'sectionCoverage' | 'schoolIndicators' | 'cv' | 'guarantee' | 'preschool' | 'judgement';

export interface RuleResult {
  /** Unique within the standard: pack ids (CB-G05) or derived ids (CB-CV-primary-L1). */
  ruleId: string;
  standard: StandardId;
  name: string;
  part: string;
  section: Section | null;
  kind: RuleResultKind;
  /** false for judgement items (only an evaluator can decide them). */
  computable: boolean;
  value: number | null;
  threshold: number | null;
  comparator: Comparator | null;
  verdict: RuleVerdict;
  /** Chinese: how the value was computed, or what is missing. */
  explanation: string;
  /** The aggregate numbers behind the value (numerator, denominator …). */
  inputs: Record<string, number | null>;
  checks: RuleCheck[];
  details: RuleDetail[];
  source: RuleSource;
  /** Judgement items: the judgement used, or null when none was recorded. */
  judgement?: Judgement | null;
  veto?: boolean;
}

export interface IndicatorValue {
  code: IndicatorCode;
  name: string;
  /** Numerator as recorded (teachers, m², yuan, rooms). */
  numerator: number;
  students: number;
  value: number;
  threshold: number;
  /** floorShare × threshold */
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
  /** Set when the section is left out; `scope` says of which rules. */
  exclusion: { id: string; reason: string; scope: 'all' | 'resourceAllocation' } | null;
  /** Empty when excluded from resource allocation. */
  indicators: IndicatorValue[];
  metCount: number | null;
  verdict: 'pass' | 'fail' | 'excluded';
  /** Chinese summary, e.g. 7 项中达标 6 项，未达标的 L5 为标准的 88.0%（≥85%）. */
  explanation: string;
}

export interface CvResult {
  section: Section;
  code: IndicatorCode;
  name: string;
  /** Student-weighted mean (Σ amount ÷ Σ students, in the indicator's unit). */
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
  /** Sections evaluated (not excluded from resource allocation, students > 0). */
  schoolsEvaluated: number;
  schoolsExcluded: number;
  schoolsPassing: number;
  applicable: boolean;
  /** Why the section is not applicable, when it is not. */
  reason: string | null;
  cv: CvResult[];
  /** 综合差异系数: mean of the seven CVs; informative, no threshold. */
  compositeCv: number | null;
}

export interface StandardEvaluation {
  standard: StandardId;
  packVersion: number;
  title: string;
  document: string;
  verdict: Verdict;
  /** Chinese one-line summary. */
  summary: string;
  rules: RuleResult[];
  counts: Record<RuleVerdict, number>;
}

export interface CompulsoryEvaluation extends StandardEvaluation {
  standard: 'compulsoryBalanced';
  schools: SchoolSectionResult[];
  sections: Record<Section, SectionSummary>;
}

export interface PreschoolEvaluation extends StandardEvaluation {
  standard: 'preschoolUniversal';
  totals: {
    kindergartens: number;
    children: number;
    publicChildren: number;
    inclusivePrivateChildren: number;
    privateChildren: number;
    teachers: number;
    certifiedTeachers: number;
    classes: number;
  };
}

export interface CountyEvaluation {
  countyCode: string;
  countyName: string;
  year: number;
  compulsoryBalanced: CompulsoryEvaluation;
  preschoolUniversal: PreschoolEvaluation;
  /** pass when both standards pass; fail when either fails; otherwise incomplete. */
  countyStandardsVerdict: Verdict;
  passesBoth: boolean;
  /** Chinese warnings about the input (judgements for unknown items …). */
  warnings: string[];
}

export interface CityEvaluation {
  counties: CountyEvaluation[];
  /** T4: counties passing both standards ÷ counties evaluated. */
  t4: {
    evaluated: number;
    passingBoth: number;
    failing: number;
    incomplete: number;
    /** null when no county was evaluated. Incomplete counties count as not passing. */
    share: number | null;
  };
}

// ---------------------------------------------------------------------------------------------
// Gap plans

/** Numeric SchoolSectionInput fields a plan may add to. */
export const SECTION_NUMERIC_FIELDS = [
  'teachers',
  'teachersAboveRequiredQualification',
  'backboneTeachers',
  'peArtsTeachers',
  'certifiedTeachers',
  'teachingAuxAreaM2',
  'sportsAreaM2',
  'equipmentValueYuan',
  'multimediaRooms',
] as const satisfies readonly (keyof SchoolSectionInput)[];
export type SectionNumericField = (typeof SECTION_NUMERIC_FIELDS)[number];

/** What applying a plan item does to the input; applyGapPlan reads only this. */
export type GapEffect =
  | {
      kind: 'sectionDelta';
      institutionCode: string;
      section: Section;
      changes: Partial<Record<SectionNumericField, number>>;
    }
  | {
      kind: 'splitClasses';
      institutionCode: string;
      section: Section;
      /** Each class of `size` is replaced by `into` classes of near-equal size. */
      splits: Array<{ size: number; into: number }>;
    }
  | {
      kind: 'splitCampus';
      institutionCode: string;
      newInstitutionCode: string;
      newInstitutionName: string;
      /** Classes and teachers moved per section (facilities stay; the new campus is built). */
      moves: Array<{
        section: Section;
        students: number;
        classSizes: number[];
        changes: Partial<Record<SectionNumericField, number>>;
      }>;
    }
  | { kind: 'countyDelta'; changes: Partial<Record<keyof CountyInputs, number>> }
  | {
      kind: 'kindergartenDelta';
      institutionCode: string;
      changes: Partial<Record<'teachers' | 'certifiedTeachers', number>>;
    }
  | {
      kind: 'kindergartenOwnership';
      institutionCode: string;
      from: KindergartenOwnership;
      to: KindergartenOwnership;
    }
  | {
      kind: 'kindergartenSplitClasses';
      institutionCode: string;
      splits: Array<{ grade: KindergartenGrade; size: number; into: number }>;
    }
  | { kind: 'newKindergarten'; kindergarten: KindergartenInput };

export interface GapPlanItem {
  standard: StandardId;
  /** Rules this change addresses. */
  ruleIds: string[];
  action: GapActionKind;
  institutionCode: string | null;
  institutionName: string | null;
  section: Section | null;
  /** The input field changed, e.g. peArtsTeachers, classSizes, rotatedTeachers, ownership. */
  field: string;
  /** Units of the action (persons, m², yuan, rooms, classes, students, places, children). */
  amount: number;
  /** Chinese unit: 名, 平方米, 元, 间, 个班, 个学位 … */
  unit: string;
  unitCost: number | null;
  /** amount × unitCost, or null when no cost is configured. */
  cost: number | null;
  /** Chinese, e.g. 任城区第一实验小学（小学部）增加体育艺术专任教师 3 名. */
  description: string;
  effect: GapEffect;
}

export interface GapPlan {
  countyCode: string;
  countyName: string;
  year: number;
  items: GapPlanItem[];
  /** Sum of the known costs; null when no item has a cost. */
  totalCost: number | null;
  /** Items whose cost is unknown (no unit cost configured). */
  uncostedItems: number;
  /** Judgement items not recorded or not met: 需评估员认定. */
  judgementsNeeded: Array<{
    standard: StandardId;
    itemId: string;
    name: string;
    part: string;
    message: string;
  }>;
  /** County inputs that are not recorded (the rules stay incomplete until they are). */
  missingInputs: Array<{
    standard: StandardId;
    field: keyof CountyInputs;
    ruleIds: string[];
    message: string;
  }>;
  /** Computable rules the planner could not make pass, with the reason. */
  unresolved: Array<{ standard: StandardId; ruleId: string; name: string; reason: string }>;
  /** Verdicts of the computable rules before and after the plan. */
  before: Record<StandardId, Verdict>;
  after: Record<StandardId, Verdict>;
}
