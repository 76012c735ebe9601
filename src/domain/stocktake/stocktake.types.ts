/**
 * What the stocktake (月度调度) and the county duty evaluation (督导评价) read about one county, in
 * their own terms: the targets' figures and status, the milestones' status and the measures'
 * delivery. The application layer fills these from the targets, milestones, delivery and reporting
 * services; the domain only computes. Pure types.
 */
import type { TargetStatus } from '../targets/target.status.ts';

/** 已完成 / 未完成 / 逾期未完成 / 待核实 / 不涉及 (the milestones area's statuses). */
export type MilestoneUnitStatus = 'done' | 'notDone' | 'overdue' | 'toVerify' | 'notRequired';

/** 未开始 / 推进中 / 已完成 / 受阻 (the reporting area's progress of a measure). */
export type MeasureProgress = 'notStarted' | 'inProgress' | 'done' | 'blocked';

export type MeasureReview = 'none' | 'submitted' | 'accepted' | 'returned';

/** One target of one county in one school year. */
export interface CountyTargetFact {
  targetId: string;
  shortTitle: string;
  /** School year of the figure (2025 = autumn statistics of 2025). */
  year: number;
  value: number | null;
  threshold: number;
  /** The straight trajectory's value for the year (null before the baseline or without a value). */
  expected: number | null;
  status: TargetStatus;
  /** The 2027 outlook: projected value and whether it reaches the threshold; null when none. */
  outlook: { value: number | null; onTrack: boolean | null } | null;
  /** Why it is not computed, when status is notComputed. */
  reason: string | null;
}

/** One milestone for one county. */
export interface CountyMilestoneFact {
  id: string;
  task: number;
  title: string;
  deadline: string;
  status: MilestoneUnitStatus;
  /** overdue: the day after the deadline; done: the date it was completed, where known. */
  since: string | null;
  /** The townships or schools lacking. */
  missing: Array<{ code: string; name: string; since: string | null }>;
  detail: string;
}

/** One measure (举措) of a county's approved work plan, with the state of its reports. */
export interface CountyMeasureFact {
  id: string;
  taskNumber: number;
  title: string;
  ownerName: string;
  ownerUnit: string;
  dueDate: string;
  progress: MeasureProgress;
  review: MeasureReview;
  /** Instant of the latest report (ISO 8601), null without one. */
  lastReportAt: string | null;
  /** The reporting area's flag: due date passed and not an accepted 'done'. */
  overdue: boolean;
  overdueSince: string | null;
  escalation: 'none' | 'visible' | 'red';
}

/** Everything the stocktake and the evaluation read about one county-level unit. */
export interface CountyFacts {
  orgCode: string;
  orgName: string;
  targets: CountyTargetFact[];
  milestones: CountyMilestoneFact[];
  measures: CountyMeasureFact[];
  /** The county's work plan: approved (its measures are the approved version's) or not yet. */
  workPlan: { approved: boolean; approvedAt: string | null };
}

/** How a measure stands for the stocktake. */
export interface MeasureDelivery {
  /** The latest report says 已完成 and the city accepted it. */
  done: boolean;
  /** done, and the accepted report came on or before the due date (Beijing day). */
  doneOnTime: boolean;
  /** Past its due date and not done. */
  late: boolean;
  /** The latest report says 受阻 (and it is not done). */
  blocked: boolean;
}

/** Beijing calendar day of an ISO instant (the instants carry their offset or Z). */
export function dayOfInstant(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso.slice(0, 10);
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Classifies a measure as of `asOf` (YYYY-MM-DD). */
export function measureDelivery(m: CountyMeasureFact, asOf: string): MeasureDelivery {
  const done = m.progress === 'done' && m.review === 'accepted';
  const doneOnTime = done && m.lastReportAt !== null && dayOfInstant(m.lastReportAt) <= m.dueDate;
  const late = !done && (m.overdue || m.dueDate < asOf);
  const blocked = !done && m.progress === 'blocked';
  return { done, doneOnTime, late, blocked };
}

/** Target statuses behind the trajectory. */
export const BEHIND_STATUSES: ReadonlySet<TargetStatus> = new Set(['lagging', 'severelyLagging']);

/** Target statuses that are scored (the others are not computed or have nothing to count). */
export const SCORED_STATUSES: ReadonlySet<TargetStatus> = new Set([
  'met',
  'onTrack',
  'lagging',
  'severelyLagging',
]);
