/**
 * Progress reports (进展报送): the vocabulary of the reporting area — the status a county reports
 * for a measure, the review states of a report, the reporting rounds and their settings.
 */

/** What a county reports of one measure (未开始 / 推进中 / 已完成 / 受阻). */
export const MEASURE_PROGRESS = ['notStarted', 'inProgress', 'done', 'blocked'] as const;
export type MeasureProgress = (typeof MEASURE_PROGRESS)[number];

export const PROGRESS_LABELS: Readonly<Record<MeasureProgress, string>> = {
  notStarted: '未开始',
  inProgress: '推进中',
  done: '已完成',
  blocked: '受阻',
};

/** The state of one report: filed as a draft, submitted, then accepted or returned (and resubmitted). */
export const REPORT_STATES = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const REPORT_STATE_LABELS: Readonly<Record<ReportState, string>> = {
  draft: '草稿',
  submitted: '已报送待审核',
  accepted: '已通过',
  returned: '已退回',
};

/** A measure's review state as other areas read it: of its latest report (none: never submitted). */
export type ReviewState = 'none' | 'submitted' | 'accepted' | 'returned';

/** What is done to a report. */
export const REPORT_ACTIONS = ['save', 'submit', 'accept', 'return'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** What the history records of each action (a first save creates; a submit after a return resubmits). */
export const REPORT_EVENTS = ['create', 'save', 'submit', 'resubmit', 'accept', 'return'] as const;
export type ReportEvent = (typeof REPORT_EVENTS)[number];

export const REPORT_EVENT_LABELS: Readonly<Record<ReportEvent, string>> = {
  create: '填写',
  save: '修改',
  submit: '报送',
  resubmit: '重新报送',
  accept: '审核通过',
  return: '退回',
};

export type RoundFrequency = 'monthly' | 'quarterly';

/** The reporting rounds and the escalation of overdue and blocked measures (config/reporting.yaml). */
export interface ReportingSettings {
  frequency: RoundFrequency;
  /** The first round: 2025-01 (monthly) or 2025-Q1 (quarterly). */
  firstRound: string;
  /** Day of the month after a round's period on which the round closes (1–28), e.g. 5. */
  closeDay: number;
  /** Days after a measure's due date (or after it was reported blocked) until it is flagged red. */
  graceDays: number;
  /** Amber reminders from this many days before a due date (a measure's, a round's closing). */
  amberDays: number;
}

/** One reporting round: the period it reports on, and the days it takes reports. */
export interface Round {
  /** 2026-11 (monthly) or 2026-Q4 (quarterly). */
  id: string;
  /** 2026年11月, 2026年第四季度. */
  label: string;
  /** First and last day of the period reported on. */
  periodStart: string;
  periodEnd: string;
  /** Reports are taken from opensOn to closesOn, both included. */
  opensOn: string;
  closesOn: string;
}

export type RoundStatus = 'upcoming' | 'open' | 'closed';

/** The fields a county fills per measure and round. */
export interface ReportContent {
  progress: MeasureProgress;
  /** A short text: what was done this round (required to submit). */
  text: string;
  /** Why the measure is blocked (required when progress is blocked, else null). */
  blockedReason: string | null;
  /** The figure reached so far, where the measure has a numeric target (in its unit). */
  figure: number | null;
  /** Evidence files (ids of the evidence area). */
  evidence: string[];
}

/** What the rules of a report need of its measure. */
export interface MeasureFacts {
  id: string;
  title: string;
  output: string;
  outputTarget: number | null;
  outputUnit: string | null;
  dueDate: string;
}

/** One problem of a report's content: the field, the value and the rule (Chinese). */
export interface ReportIssue {
  field: string;
  value?: unknown;
  message: string;
}

export const MAX_REPORT_TEXT = 500;
export const MAX_REVIEW_COMMENT = 1000;
export const MAX_EVIDENCE_FILES = 20;
