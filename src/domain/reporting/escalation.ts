/**
 * Where a measure stands and whether it escalates: a measure is overdue once its due date has
 * passed without an accepted 已完成 report; an overdue or blocked measure is visible to the city
 * (the day after the due date, or from the day it was reported blocked) and flagged red when the
 * grace period (config/reporting.yaml, the bureau's to set) has run out: due 2026-10-31 with 15
 * days' grace is visible from 11-01 and red from 11-16. An amber reminder comes from `amberDays`
 * before the due date (DELIVERY.md §1). Pure: today is a parameter.
 */
import { addDays, daysBetween } from './rounds.ts';
import type { MeasureProgress, ReportState, ReportingSettings, ReviewState } from './reporting.types.ts';

/** What the state of a measure is computed from: one report (any state) of one round. */
export interface ReportSummary {
  roundId: string;
  state: ReportState;
  progress: MeasureProgress;
  figure: number | null;
  /** Beijing day of its first submission; null for a draft never submitted. */
  submittedOn: string | null;
  /** Instant of its last submission (ISO 8601); null when never submitted. */
  submittedAt: string | null;
}

export type Escalation = 'none' | 'visible' | 'red';

export interface MeasureState {
  measureId: string;
  countyCode: string;
  /**
   * The status of the latest report the county has filed and the city has not returned
   * (submitted or accepted; the latest round wins); notStarted when there is none.
   */
  progress: MeasureProgress;
  /** The review state of the latest filed report (drafts are not filed); none when there is none. */
  review: ReviewState;
  /** Round of the latest filed report. */
  lastRoundId: string | null;
  /** When the latest filed report was last submitted (ISO 8601). */
  lastReportAt: string | null;
  /** The figure of the report `progress` comes from. */
  figure: number | null;
  /** The due date has passed and no accepted report says 已完成. */
  overdue: boolean;
  /** Blocked: `progress` is 受阻. */
  blocked: boolean;
  /** First day of the latest unbroken run of 受阻 reports (the day the first was submitted). */
  blockedSince: string | null;
  /** The day after the due date, when overdue. */
  overdueSince: string | null;
  /** Days since the due date, when overdue. */
  daysOverdue: number | null;
  escalation: Escalation;
  /** The day it is (or was) flagged red, when it escalates. */
  redFrom: string | null;
  /** Amber: not done and due within `amberDays` (today included). */
  dueSoon: boolean;
  /** An accepted report says 已完成. */
  done: boolean;
}

const filed = (r: ReportSummary) => r.state === 'submitted' || r.state === 'accepted';

/** The state of one measure on `today` from all its reports. */
export function measureState(
  measure: { id: string; countyCode: string; dueDate: string },
  reports: readonly ReportSummary[],
  today: string,
  settings: Pick<ReportingSettings, 'graceDays' | 'amberDays'>,
): MeasureState {
  const byRound = [...reports].sort((a, b) => a.roundId.localeCompare(b.roundId));
  const nonDraft = byRound.filter((r) => r.state !== 'draft');
  const latest = nonDraft.at(-1) ?? null;
  const counted = byRound.filter(filed);
  const current = counted.at(-1) ?? null;
  const progress: MeasureProgress = current?.progress ?? 'notStarted';
  const done = byRound.some((r) => r.state === 'accepted' && r.progress === 'done');

  let blockedSince: string | null = null;
  if (progress === 'blocked') {
    for (let i = counted.length - 1; i >= 0 && counted[i]!.progress === 'blocked'; i--) {
      blockedSince = counted[i]!.submittedOn ?? blockedSince;
    }
  }
  const overdue = !done && measure.dueDate < today;
  const overdueSince = overdue ? addDays(measure.dueDate, 1) : null;
  const daysOverdue = overdue ? daysBetween(measure.dueDate, today) : null;

  // Red from the first day past the grace period (due + grace + 1), for each reason that applies.
  const redDays: string[] = [];
  if (overdue) redDays.push(addDays(measure.dueDate, settings.graceDays + 1));
  if (blockedSince !== null) redDays.push(addDays(blockedSince, settings.graceDays + 1));
  const redFrom = redDays.length > 0 ? redDays.sort()[0]! : null;
  const visible = overdue || blockedSince !== null;
  const escalation: Escalation = !visible ? 'none' : redFrom !== null && today >= redFrom ? 'red' : 'visible';
  const left = daysBetween(today, measure.dueDate);

  return {
    measureId: measure.id,
    countyCode: measure.countyCode,
    progress,
    review: latest ? (latest.state as Exclude<ReportState, 'draft'>) : 'none',
    lastRoundId: latest?.roundId ?? null,
    lastReportAt: latest?.submittedAt ?? null,
    figure: current?.figure ?? null,
    overdue,
    blocked: progress === 'blocked',
    blockedSince,
    overdueSince,
    daysOverdue,
    escalation,
    redFrom: visible ? redFrom : null,
    dueSoon: !done && left >= 0 && left <= settings.amberDays,
    done,
  };
}
