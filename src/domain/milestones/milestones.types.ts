/**
 * Milestone completion (时间节点完成情况): what the evaluation reads and what it answers. Pure types;
 * the rules are data in the plan file (CompletionRule in ../plan/plan.types.ts).
 */
import type { InstitutionYear } from '../indicators/snapshot.types.ts';
import type { CountyFigureName, CountyVerdictName, TownshipFactName } from '../plan/plan.types.ts';
import type { CountyKind } from '../registry/registry.types.ts';
import type { Verdict } from '../standards/standards.types.ts';

/** 已完成 / 未完成 / 逾期未完成 / 待核实 / 不涉及. */
export type MilestoneUnitStatus = 'done' | 'notDone' | 'overdue' | 'toVerify' | 'notRequired';
export const MILESTONE_UNIT_STATUSES: readonly MilestoneUnitStatus[] = [
  'done',
  'notDone',
  'overdue',
  'toVerify',
  'notRequired',
];

/** A township or a school that keeps a county from completing a milestone. */
export interface MissingUnit {
  code: string;
  name: string;
  /** Overdue since (the day after the deadline, or later when the unit lapsed after it); else null. */
  since: string | null;
}

/** One county-level unit's completion of one milestone. */
export interface MilestoneUnit {
  orgCode: string;
  orgName: string;
  status: MilestoneUnitStatus;
  /** overdue: the day after the deadline; done: the day it was completed where known; else null. */
  since: string | null;
  /** The townships or schools lacking (the county itself for a county-wide rule). */
  missing: MissingUnit[];
  /** Townships or reports recorded by the county and waiting for the city's verification. */
  awaiting: MissingUnit[];
  /** One Chinese sentence: what was checked. */
  detail: string;
}

export interface MilestoneStatus {
  id: string;
  task: number;
  title: string;
  deadline: string;
  /** computed from the registry, the county standards or the township facts; reported by the county. */
  method: 'computed' | 'reported';
  /** The completion rule in Chinese. */
  rule: string;
  units: MilestoneUnit[];
  summary: Record<MilestoneUnitStatus, number>;
  /** The city: done when every county required is done (and at least one is). */
  cityStatus: MilestoneUnitStatus;
}

/** Where a record waits: recorded by the county, verified or rejected by the city. */
export type ReviewState = 'pending' | 'verified' | 'rejected';

/** A county's record of a township fact, effective from a day, with its latest review. */
export interface TownshipFactRecord {
  id: string;
  townshipCode: string;
  fact: TownshipFactName;
  value: boolean;
  effectiveFrom: string;
  recordedAt: string;
  review: ReviewState;
}

/** A county's report that it completed a `reported` milestone, with its latest review. */
export interface MilestoneReportRecord {
  id: string;
  milestoneId: string;
  countyCode: string;
  /** The day the county says it completed the milestone. */
  completedOn: string;
  recordedAt: string;
  review: ReviewState;
}

/** A county-level unit as the evaluation sees it. */
export interface CountyUnit {
  code: string;
  name: string;
  kind: CountyKind | null;
  /** Resident population in 万人 (registry config); null when not known. */
  population10k: number | null;
  /** Its townships (乡镇 and 街道), in code order. */
  townships: ReadonlyArray<{ code: string; name: string }>;
}

/** Everything one evaluation reads; the app layer builds it from the areas' services. */
export interface MilestoneWorld {
  /** The day checked (YYYY-MM-DD, Asia/Shanghai). */
  asOf: string;
  counties: readonly CountyUnit[];
  /** The earliest school year the registry is read for (completion before it has no known day). */
  firstYear: number;
  /** Operating institutions of a county in a school year, with the attributes then in force. */
  institutions(countyCode: string, schoolYear: number): readonly InstitutionYear[];
  /** School years with statistics (county figures and verdicts exist for these), ascending. */
  statisticsYears: readonly number[];
  figure(countyCode: string, name: CountyFigureName, schoolYear: number): number | null;
  verdict(countyCode: string, name: CountyVerdictName, schoolYear: number): Verdict | null;
  facts: readonly TownshipFactRecord[];
  reports: readonly MilestoneReportRecord[];
}
