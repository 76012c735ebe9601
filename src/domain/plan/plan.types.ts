/**
 * The action plan as data (plans/*.yaml): headline targets with the indicator that computes each,
 * dated milestones and the tasks. Validated on load by plan.schema.ts.
 */
import type { ShareIndicator } from '../indicators/share.indicator.ts';
import type { AttributeName, CountyKind, RunningType } from '../registry/registry.types.ts';
import type { CountyInputs } from '../standards/standards.types.ts';

export type TargetId = 'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6' | 'T7';

/** An indicator the platform cannot compute yet; the API reports the reason. */
export interface NotYetComputedIndicator {
  kind: 'notYetComputed';
  /** Chinese reason shown to users. */
  reason: string;
}

/**
 * Share of the assessed counties that pass both national county standards (义务教育优质均衡 and
 * 学前教育普及普惠), evaluated by the county-standards module from the rule packs in
 * catalog/standards. A city figure; a county's own verdicts are on its 创建达标分析 page.
 */
export interface CountyStandardsIndicator {
  kind: 'countyStandards';
}

export type IndicatorDefinition = ShareIndicator | NotYetComputedIndicator | CountyStandardsIndicator;

export interface TargetDefinition {
  id: TargetId;
  /** Official wording, exactly as the plan writes it. */
  title: string;
  /** Short name for cards and tables. */
  shortTitle: string;
  /** Threshold as a fraction (0.8 = 80%). The comparison is always "at least". */
  threshold: number;
  /** School year whose autumn statistics the deadline refers to. */
  deadlineYear: number;
  baselineYear: number;
  /** Org levels it is computed for. */
  scope: Array<'city' | 'county'>;
  indicator: IndicatorDefinition;
  /** Section of the plan document, e.g. "一、总体要求". */
  source: string;
}

/**
 * Status against the straight trajectory from the baseline value to the target. `gap` is
 * trajectory value minus actual value, in fraction points (0.02 = 2 percentage points).
 */
export interface StatusRules {
  /** gap ≤ onTrackMaxGap → 进度正常 */
  onTrackMaxGap: number;
  /** onTrackMaxGap < gap ≤ lagMaxGap → 滞后; larger → 严重滞后 */
  lagMaxGap: number;
}

/** County-level populations a completion rule may name (万人; registry config, population10k). */
export type PopulationName = 'residents';
/** County figures a completion rule may compare (the county standards' recorded inputs). */
export type CountyFigureName = keyof CountyInputs;
/** Facts about a township that its county records (with evidence) and the city verifies. */
export type TownshipFactName = 'townVillageIntegration' | 'strongTownshipPilot';
/** The county-standards verdicts a completion rule may require to pass. */
export type CountyVerdictName = 'compulsoryBalanced' | 'preschoolUniversal' | 'countyStandards';
/** Which townships a per-township rule covers: all, or 乡镇 only (no 街道). */
export type TownshipSelection = 'all' | 'towns';

/**
 * Attribute values an institution must have: for each attribute named, one of the values (the plan
 * schema checks each value against its attribute's domain).
 */
export type AttributeCondition = Partial<Record<AttributeName, Array<string | boolean>>>;

/**
 * How a milestone's completion is decided, per county-level unit (MilestoneStatus in
 * src/domain/milestones). Every rule names only what the registry, the county standards, the
 * township facts or a county report hold; the plan schema refuses anything else.
 */
export type CompletionRule =
  /** At least one operating institution of the types (with the attributes) in the county. */
  | {
      kind: 'countyInstitution';
      runningTypes: RunningType[];
      attributes?: AttributeCondition;
      /** Required only where the county's population is at least `atLeast10k` 万人. */
      population?: { name: PopulationName; atLeast10k: number };
      /** County kinds the rule applies to (default: all); others are 不涉及. */
      countyKinds?: CountyKind[];
    }
  /** In every township: an operating institution of the types with the attributes. */
  | {
      kind: 'townshipInstitution';
      runningTypes: RunningType[];
      attributes: AttributeCondition;
      townships: TownshipSelection;
      countyKinds?: CountyKind[];
    }
  /** Every operating institution of the types (and matching `where`) has the attributes. */
  | {
      kind: 'everyInstitution';
      runningTypes: RunningType[];
      where?: AttributeCondition;
      attributes: AttributeCondition;
      townships: TownshipSelection;
      countyKinds?: CountyKind[];
    }
  /** A recorded county figure (county standards input) at least `atLeast`. */
  | { kind: 'countyFigure'; figure: CountyFigureName; atLeast: number; countyKinds?: CountyKind[] }
  /** Every township has the fact recorded true by its county and verified by the city. */
  | { kind: 'townshipFact'; fact: TownshipFactName; townships: TownshipSelection; countyKinds?: CountyKind[] }
  /** The county passes a county-standards verdict (优质均衡, 普及普惠, both). */
  | { kind: 'countyVerdict'; verdict: CountyVerdictName; countyKinds?: CountyKind[] }
  /** No data holds it: the county reports with evidence, the city verifies. */
  | { kind: 'reported'; evidence: string; countyKinds?: CountyKind[] };

export type CompletionRuleKind = CompletionRule['kind'];

export interface Milestone {
  id: string;
  /** Task number (1–19). */
  task: number;
  title: string;
  /** ISO date (YYYY-MM-DD) by which it is due, Asia/Shanghai. */
  deadline: string;
  /** How completion is decided (validated by plan.schema.ts). */
  completion: CompletionRule;
}

export interface TaskDefinition {
  /** 1–19, in the plan's order. */
  number: number;
  /** e.g. "二(一)1" */
  section: string;
  title: string;
  /** Action (行动) the task belongs to, e.g. "实施学前教育普惠保障行动". */
  action: string;
  /** The city section that leads the task (牵头科室), e.g. 学前教育科; absent: not yet assigned. */
  leadSection?: string;
  /** True once the bureau has confirmed `leadSection`; absent or false: the platform's proposal ([R]). */
  leadSectionConfirmed?: boolean;
  /** Headline targets the task serves (ids of `targets`). */
  targets?: TargetId[];
  /** Milestones the task serves (ids of `milestones`), besides those that name it as their task. */
  milestones?: string[];
}

/**
 * The plan's period for the counties' measures (举措, 三(一) 细化落实举措): no measure may be due
 * before the plan was created, nor after `measuresDueBy` — except a measure serving a task with a
 * later milestone, which may be due up to that milestone's deadline (decision 0016).
 */
export interface PlanPeriod {
  /** The day the plan was created (issued), YYYY-MM-DD. */
  createdOn: string;
  /** The latest due date of a measure, YYYY-MM-DD (the plan's horizon, 2027-12-31 for Jining). */
  measuresDueBy: string;
}

export interface Plan {
  id: string;
  title: string;
  /** Document number, e.g. 济教字〔2024〕29号 */
  documentNumber: string;
  issuer: string[];
  orgCode: string;
  targets: TargetDefinition[];
  statusRules: StatusRules;
  milestones: Milestone[];
  /** The period measures must fall in; absent: any date of the plan file's range (MIN_YEAR–MAX_YEAR). */
  period?: PlanPeriod;
  tasks: TaskDefinition[];
}
