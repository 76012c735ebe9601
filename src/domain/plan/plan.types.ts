/**
 * The action plan as data (plans/*.yaml): headline targets with the indicator that computes each,
 * dated milestones and the tasks. Validated on load by plan.schema.ts.
 */
import type { ShareIndicator } from '../indicators/share.indicator.ts';

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

export interface Milestone {
  id: string;
  /** Task number (1–19). */
  task: number;
  title: string;
  /** ISO date (YYYY-MM-DD) by which it is due, Asia/Shanghai. */
  deadline: string;
}

export interface TaskDefinition {
  /** 1–19, in the plan's order. */
  number: number;
  /** e.g. "二(一)1" */
  section: string;
  title: string;
  /** Action (行动) the task belongs to, e.g. "实施学前教育普惠保障行动". */
  action: string;
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
  tasks: TaskDefinition[];
}
