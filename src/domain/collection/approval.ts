/**
 * The approval workflow of one submission (one institution's form for one collection period) as a
 * pure state machine: no I/O, no clock — `now` comes in with the context.
 *
 * Transition table (state × action × level → next state). Every row not listed is refused.
 *
 *   from             action         level   → to               comment   period window
 *   ---------------  -------------  ------  ----------------   --------  ---------------------------
 *   draft            save           school  → draft            optional  open
 *   draft            submit         school  → submitted        optional  open
 *   returned         save           school  → returned         optional  open, or closed within grace
 *   returned         submit         school  → submitted        optional  open, or closed within grace
 *   submitted        return         county  → returned         REQUIRED  —
 *   submitted        approve        county  → countyApproved   optional  —
 *   countyApproved   return         county  → returned         REQUIRED  — (county withdraws its approval)
 *   countyApproved   return         city    → returned         REQUIRED  —
 *   countyApproved   approve        city    → cityApproved     optional  — (locks)
 *   cityApproved     requestUnlock  county  → unlockRequested  REQUIRED  —
 *   cityApproved     unlock         city    → returned         REQUIRED  — (city unlocks directly)
 *   unlockRequested  grantUnlock    city    → returned         optional  —
 *   unlockRequested  rejectUnlock   city    → cityApproved     REQUIRED  —
 *
 * Decisions
 * - Bottom-up, always: the city cannot approve (or return) a submission the county has not approved,
 *   whatever `finalLevel` says. `finalLevel` only decides which states count for the live figures
 *   (`isFinal`); it never changes the transitions. Under `finalLevel: 'county'` the city still
 *   approves afterwards, and that approval is what locks.
 * - Only the school edits (save/submit). Counties and the city act on state, never on values.
 * - Until the city has approved, the county may take back its own approval by returning the
 *   submission to the school (no unlock request needed: nothing is locked yet).
 * - Reopening (county or city return, granted unlock, direct unlock) always sends the submission back
 *   to the school as `returned`, so corrected data goes through the county and the city again.
 * - Only a county requests an unlock (the city decides); the city never requests, it unlocks directly
 *   with a reason. A school asks its county (outside this machine). While an unlock is requested the
 *   submission stays locked and its data still counts.
 * - Saving and submitting are bound to the period window [openFrom, closeAt). A returned submission
 *   may still be saved and resubmitted after the close, until `resubmitGraceDays` after the later
 *   of the close and the moment it was returned (`returnedAt`): a return that comes late still
 *   leaves the school the full grace. Reviews, approvals and unlocks are not bound to the window.
 * - Scope (a county acts only on its own schools) and the mapping of accounts and permissions to
 *   levels are checked by the application layer; this module knows levels only.
 * - When a final submission is reopened, `isFinal` becomes false for its *current* values. The
 *   figures layer should keep counting the last approved values until the new ones are approved
 *   (DHIS2 users complain of data suddenly vanishing); events carry `finalBefore`/`finalAfter` so
 *   the caller knows when to snapshot approved values and when to refresh the figures.
 */

import type { Permission, Scope } from '../access/access.types.ts';
import { DAY_MS, formatShanghai } from '../shared/time.ts';
import type {} from './collection.permissions.ts';

export type SubmissionState =
  'draft' | 'submitted' | 'returned' | 'countyApproved' | 'cityApproved' | 'unlockRequested';
export const SUBMISSION_STATES: readonly SubmissionState[] = [
  'draft',
  'submitted',
  'returned',
  'countyApproved',
  'cityApproved',
  'unlockRequested',
];

export type ApprovalAction =
  'save' | 'submit' | 'return' | 'approve' | 'requestUnlock' | 'grantUnlock' | 'rejectUnlock' | 'unlock';
export const APPROVAL_ACTIONS: readonly ApprovalAction[] = [
  'save',
  'submit',
  'return',
  'approve',
  'requestUnlock',
  'grantUnlock',
  'rejectUnlock',
  'unlock',
];

/** 学校 (school clerk), 县级 (county administrator), 市级 (city staff or administrator). */
export type ApprovalLevel = 'school' | 'county' | 'city';
export const APPROVAL_LEVELS: readonly ApprovalLevel[] = ['school', 'county', 'city'];

/**
 * The level an account acts at follows from its scope, whatever permissions its role is given: a
 * school account enters, a county (or township) account reviews, the city decides.
 */
export function levelOfScope(city: { code: string }, scope: Scope): ApprovalLevel {
  if (scope.kind === 'institution') return 'school';
  return scope.orgCode === city.code ? 'city' : 'county';
}

/** The permission a level's actions need (an inspector reads at county level but acts at none). */
export const ACTING_PERMISSION: Readonly<Record<ApprovalLevel, Permission>> = {
  school: 'collection.enter',
  county: 'collection.review',
  city: 'collection.approve',
};

/** The level whose approval makes a submission count in the live figures. */
export type FinalLevel = 'county' | 'city';

export interface ApprovalActor {
  level: ApprovalLevel;
  username: string;
}

/** When a collection period accepts entries: from `openFrom` (inclusive) to `closeAt` (exclusive). */
export interface CollectionPeriodWindow {
  /** ISO 8601 timestamp with offset, e.g. 2025-09-01T08:00:00+08:00. */
  openFrom: string;
  /** ISO 8601 timestamp with offset. */
  closeAt: string;
}

export interface ApprovalSettings {
  finalLevel: FinalLevel;
  /** Days after the close (or after a later return) during which a returned submission may be resubmitted. */
  resubmitGraceDays: number;
}

export interface ApprovalContext {
  period: CollectionPeriodWindow;
  settings: ApprovalSettings;
  /** The current time as an ISO 8601 timestamp; the domain has no clock. */
  now: string;
}

/** What the state machine needs to know of a submission; callers may carry more fields. */
export interface SubmissionSnapshot {
  id: string;
  state: SubmissionState;
  /** When it was last sent back to the school (return, granted unlock, direct unlock); starts the grace. */
  returnedAt: string | null;
}

/** One state change, to be stored append-only. */
export interface ApprovalEvent {
  submissionId: string;
  action: ApprovalAction;
  from: SubmissionState;
  to: SubmissionState;
  actor: ApprovalActor;
  /** Trimmed; null when none was given. */
  comment: string | null;
  /** `context.now`, normalised to UTC ISO 8601. */
  at: string;
  /** Whether the submission counted for the live figures before and after (per `finalLevel`). */
  finalBefore: boolean;
  finalAfter: boolean;
}

export type ApprovalErrorCode =
  /** The action exists in this state, but for another level. */
  | 'WRONG_LEVEL'
  /** No level can take this action in this state. */
  | 'INVALID_STATE'
  /** Save or submit while the submission is with the county or the city. */
  | 'NOT_EDITABLE'
  /** Save or submit while the city has locked it. */
  | 'LOCKED'
  | 'PERIOD_NOT_OPEN'
  | 'PERIOD_CLOSED'
  | 'GRACE_EXPIRED'
  | 'COMMENT_REQUIRED'
  | 'COMMENT_TOO_LONG'
  /** bulkApply only: the same submission appears more than once in the batch. */
  | 'DUPLICATE_IN_BATCH';

export interface ApprovalRefusal {
  ok: false;
  code: ApprovalErrorCode;
  /** Chinese: the state, what was attempted, and what would be allowed. */
  message: string;
}

export type ApplyResult<S extends SubmissionSnapshot = SubmissionSnapshot> =
  { ok: true; next: S; event: ApprovalEvent } | ApprovalRefusal;

export interface Transition {
  from: SubmissionState;
  action: ApprovalAction;
  level: ApprovalLevel;
  to: SubmissionState;
}

/** The transition table above, as data. */
export const APPROVAL_TRANSITIONS: readonly Transition[] = [
  { from: 'draft', action: 'save', level: 'school', to: 'draft' },
  { from: 'draft', action: 'submit', level: 'school', to: 'submitted' },
  { from: 'returned', action: 'save', level: 'school', to: 'returned' },
  { from: 'returned', action: 'submit', level: 'school', to: 'submitted' },
  { from: 'submitted', action: 'return', level: 'county', to: 'returned' },
  { from: 'submitted', action: 'approve', level: 'county', to: 'countyApproved' },
  { from: 'countyApproved', action: 'return', level: 'county', to: 'returned' },
  { from: 'countyApproved', action: 'return', level: 'city', to: 'returned' },
  { from: 'countyApproved', action: 'approve', level: 'city', to: 'cityApproved' },
  { from: 'cityApproved', action: 'requestUnlock', level: 'county', to: 'unlockRequested' },
  { from: 'cityApproved', action: 'unlock', level: 'city', to: 'returned' },
  { from: 'unlockRequested', action: 'grantUnlock', level: 'city', to: 'returned' },
  { from: 'unlockRequested', action: 'rejectUnlock', level: 'city', to: 'cityApproved' },
];

/** Actions that need a written comment (the reason). */
const COMMENT_REQUIRED: ReadonlySet<ApprovalAction> = new Set<ApprovalAction>([
  'return',
  'requestUnlock',
  'rejectUnlock',
  'unlock',
]);
export const MAX_COMMENT_LENGTH = 1000;

/** Who reads the required comment, for the message that asks for it. */
const COMMENT_READER: Partial<Record<ApprovalAction, string>> = {
  return: '学校',
  requestUnlock: '市级',
  rejectUnlock: '县级',
  unlock: '学校',
};

export function requiresComment(action: ApprovalAction): boolean {
  return COMMENT_REQUIRED.has(action);
}

// ---------------------------------------------------------------------------------------------
// Chinese names

export const SUBMISSION_STATE_NAMES: Readonly<Record<SubmissionState, string>> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  countyApproved: '县级已审核',
  cityApproved: '市级已审核（已锁定）',
  unlockRequested: '解锁申请中',
};

export const APPROVAL_ACTION_NAMES: Readonly<Record<ApprovalAction, string>> = {
  save: '保存',
  submit: '提交',
  return: '退回',
  approve: '审核通过',
  requestUnlock: '申请解锁',
  grantUnlock: '批准解锁申请',
  rejectUnlock: '驳回解锁申请',
  unlock: '直接解锁',
};

export const APPROVAL_LEVEL_NAMES: Readonly<Record<ApprovalLevel, string>> = {
  school: '学校',
  county: '县级',
  city: '市级',
};

/** "该报表当前为“…”" */
const STATE_DESCRIPTION: Record<SubmissionState, string> = {
  draft: '草稿（学校尚未提交）',
  submitted: '已提交（等待县级审核）',
  returned: '已退回（等待学校修改后重新提交）',
  countyApproved: '县级已审核（等待市级审核）',
  cityApproved: '市级已审核并锁定',
  unlockRequested: '已锁定，解锁申请等待市级审批',
};

/** "只有县级可以退回…的报表" */
const STATE_OBJECT: Record<SubmissionState, string> = {
  draft: '草稿',
  submitted: '已提交的报表',
  returned: '已退回的报表',
  countyApproved: '县级已审核的报表',
  cityApproved: '已锁定的报表',
  unlockRequested: '',
};

/** Who acts next, when the actor can do nothing. */
const NEXT_STEP: Record<SubmissionState, string> = {
  draft: '等待学校填报并提交',
  submitted: '等待县级审核（通过或退回）',
  returned: '等待学校修改后重新提交',
  countyApproved: '等待市级审核（通过或退回）',
  cityApproved: '如需修改，由县级申请解锁或市级直接解锁',
  unlockRequested: '等待市级批准或驳回解锁申请',
};

// ---------------------------------------------------------------------------------------------
// State predicates

/** Handed in: submitted, county-approved, city-approved (locked) or unlock requested. */
const SUBMITTED_STATES: readonly SubmissionState[] = [
  'submitted',
  'countyApproved',
  'cityApproved',
  'unlockRequested',
];
/** Approved by the county at least: county-approved, city-approved, unlock requested. */
const APPROVED_STATES: readonly SubmissionState[] = ['countyApproved', 'cityApproved', 'unlockRequested'];

/** Whether a state (or 'notStarted') counts as handed in (completeness, export, peers). */
export function isSubmittedState(state: string): boolean {
  return (SUBMITTED_STATES as readonly string[]).includes(state);
}

/** Whether a state (or 'notStarted') counts as approved by the county at least. */
export function isApprovedState(state: string): boolean {
  return (APPROVED_STATES as readonly string[]).includes(state);
}

/** Whether the submission's current values count as approved for the live figures. */
export function isFinal(state: SubmissionState, finalLevel: FinalLevel): boolean {
  if (state === 'cityApproved' || state === 'unlockRequested') return true;
  return finalLevel === 'county' && state === 'countyApproved';
}

/** Whether the school may change the values (the period window is checked separately). */
export function isEditable(state: SubmissionState): boolean {
  return state === 'draft' || state === 'returned';
}

/** Whether the city has locked the submission. */
export function isLocked(state: SubmissionState): boolean {
  return state === 'cityApproved' || state === 'unlockRequested';
}

// ---------------------------------------------------------------------------------------------
// Time

function parseTime(value: string, what: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms))
    throw new RangeError(`${what} is not an ISO 8601 timestamp: ${JSON.stringify(value)}`);
  return ms;
}

interface Times {
  now: number;
  openFrom: number;
  closeAt: number;
  graceMs: number;
}

function readContext(context: ApprovalContext): Times {
  const openFrom = parseTime(context.period.openFrom, 'period.openFrom');
  const closeAt = parseTime(context.period.closeAt, 'period.closeAt');
  if (closeAt <= openFrom) throw new RangeError('period.closeAt must be after period.openFrom');
  const days = context.settings.resubmitGraceDays;
  if (!Number.isFinite(days) || days < 0) {
    throw new RangeError(`settings.resubmitGraceDays must be ≥ 0, got ${String(days)}`);
  }
  return { now: parseTime(context.now, 'now'), openFrom, closeAt, graceMs: days * DAY_MS };
}

export type PeriodStatus = 'notYetOpen' | 'open' | 'closed';

/** Whether the period accepts entries at `now`: open from `openFrom` until just before `closeAt`. */
export function periodStatus(period: CollectionPeriodWindow, now: string): PeriodStatus {
  const t = parseTime(now, 'now');
  if (t < parseTime(period.openFrom, 'period.openFrom')) return 'notYetOpen';
  return t < parseTime(period.closeAt, 'period.closeAt') ? 'open' : 'closed';
}

function graceEndMs(returnedAt: string | null, t: Times): number {
  const returned = returnedAt === null ? t.closeAt : parseTime(returnedAt, 'returnedAt');
  return Math.max(t.closeAt, returned) + t.graceMs;
}

/**
 * Until when a returned submission may be saved and resubmitted after the period closed (UTC ISO):
 * `resubmitGraceDays` after the later of the close and the return.
 */
export function resubmitDeadline(
  submission: Pick<SubmissionSnapshot, 'returnedAt'>,
  context: ApprovalContext,
): string {
  return new Date(graceEndMs(submission.returnedAt, readContext(context))).toISOString();
}

// ---------------------------------------------------------------------------------------------
// The machine

type Check = { ok: true; transition: Transition } | ApprovalRefusal;

function refuse(code: ApprovalErrorCode, message: string): ApprovalRefusal {
  return { ok: false, code, message };
}

function joinNames(names: string[]): string {
  return names.join('、');
}

/** "县级当前可执行：退回、审核通过" or "县级当前无可执行操作，等待…" (ignores the period window). */
function whatActorCanDo(state: SubmissionState, level: ApprovalLevel): string {
  const actions = APPROVAL_TRANSITIONS.filter((tr) => tr.from === state && tr.level === level).map(
    (tr) => APPROVAL_ACTION_NAMES[tr.action],
  );
  const who = APPROVAL_LEVEL_NAMES[level];
  return actions.length > 0
    ? `${who}当前可执行：${joinNames(actions)}`
    : `${who}当前无可执行操作，${NEXT_STEP[state]}`;
}

/** Save or submit on a submission the school cannot edit. */
function notEditable(state: SubmissionState, action: ApprovalAction, level: ApprovalLevel): ApprovalRefusal {
  const verb = action === 'save' ? '修改' : '提交';
  const hints: Record<SubmissionState, Record<ApprovalLevel, string>> = {
    draft: { school: '', county: '', city: '' },
    returned: { school: '', county: '', city: '' },
    submitted: {
      school: '如需修改，请联系县级管理员退回',
      county: '县级可以将其退回学校修改',
      city: '如需修改，请由县级退回学校',
    },
    countyApproved: {
      school: '如需修改，请联系县级管理员退回',
      county: '市级审核前，县级可以将其退回学校修改',
      city: '市级可以将其退回学校修改',
    },
    cityApproved: {
      school: '请联系县级管理员提出解锁申请',
      county: '请县级提出解锁申请，经市级批准后退回学校修改',
      city: '市级可以直接解锁（需填写原因）',
    },
    unlockRequested: {
      school: '解锁申请批准后将退回学校修改',
      county: '解锁申请批准后将退回学校修改',
      city: '市级可以批准或驳回解锁申请',
    },
  };
  const phrase: Record<SubmissionState, string> = {
    draft: '',
    returned: '',
    submitted: '已提交，正在等待县级审核',
    countyApproved: '已由县级审核通过，正在等待市级审核',
    cityApproved: '已由市级审核并锁定',
    unlockRequested: '已由市级审核并锁定，解锁申请正在等待市级审批',
  };
  return refuse(
    isLocked(state) ? 'LOCKED' : 'NOT_EDITABLE',
    `该报表${phrase[state]}，不能${verb}；${hints[state][level]}`,
  );
}

function wrongLevel(
  state: SubmissionState,
  action: ApprovalAction,
  level: ApprovalLevel,
  allowed: ApprovalLevel[],
): ApprovalRefusal {
  const attempted = `该报表当前为“${STATE_DESCRIPTION[state]}”，${APPROVAL_LEVEL_NAMES[level]}不能${APPROVAL_ACTION_NAMES[action]}`;
  if (action === 'save' || action === 'submit') {
    return refuse('WRONG_LEVEL', `${attempted}：报表数据只能由学校填报员保存和提交`);
  }
  if (action === 'requestUnlock' && level === 'city') {
    return refuse('WRONG_LEVEL', `${attempted}：市级不需要申请解锁，可以直接解锁（需填写原因）`);
  }
  const who = joinNames(allowed.map((l) => APPROVAL_LEVEL_NAMES[l]));
  let message = `${attempted}：只有${who}可以${APPROVAL_ACTION_NAMES[action]}${STATE_OBJECT[state]}`;
  if (state === 'submitted' && level === 'city') message += '；请等待县级审核通过后再由市级审核';
  else if (action === 'unlock' && level === 'county') message += '；县级请提出解锁申请，由市级审批';
  else if (action === 'requestUnlock' && level === 'school') message += '；请联系县级管理员提出解锁申请';
  else message += `；${whatActorCanDo(state, level)}`;
  return refuse('WRONG_LEVEL', message);
}

function periodCheck(
  submission: Pick<SubmissionSnapshot, 'state' | 'returnedAt'>,
  action: ApprovalAction,
  t: Times,
): ApprovalRefusal | null {
  const verb = APPROVAL_ACTION_NAMES[action];
  const window = `开放时间 ${formatShanghai(t.openFrom)} 至 ${formatShanghai(t.closeAt)}，北京时间`;
  if (t.now < t.openFrom) {
    return refuse('PERIOD_NOT_OPEN', `本期填报尚未开始（${window}），现在不能${verb}`);
  }
  if (t.now < t.closeAt) return null;
  if (submission.state !== 'returned') {
    return refuse(
      'PERIOD_CLOSED',
      `本期填报已于 ${formatShanghai(t.closeAt)} 截止（${window}），不能${verb}；如确需补报，请联系市级管理员延长填报期限`,
    );
  }
  const end = graceEndMs(submission.returnedAt, t);
  if (t.now < end) return null;
  const returned = submission.returnedAt === null ? null : parseTime(submission.returnedAt, 'returnedAt');
  const basis =
    returned !== null && returned > t.closeAt ? `退回时间 ${formatShanghai(returned)} 起` : '截止后';
  const days = t.graceMs / DAY_MS;
  return refuse(
    'GRACE_EXPIRED',
    `本期填报已于 ${formatShanghai(t.closeAt)} 截止，退回报表的重新提交宽限期（${basis} ${days} 天）已于 ${formatShanghai(end)} 结束，不能${verb}；请联系市级管理员延长宽限期`,
  );
}

/** Everything except the comment. */
function check(
  submission: Pick<SubmissionSnapshot, 'state' | 'returnedAt'>,
  action: ApprovalAction,
  level: ApprovalLevel,
  t: Times,
): Check {
  const { state } = submission;
  if ((action === 'save' || action === 'submit') && !isEditable(state)) {
    return notEditable(state, action, level);
  }
  const candidates = APPROVAL_TRANSITIONS.filter((tr) => tr.from === state && tr.action === action);
  if (candidates.length === 0) {
    return refuse(
      'INVALID_STATE',
      `该报表当前为“${STATE_DESCRIPTION[state]}”，不能${APPROVAL_ACTION_NAMES[action]}；${whatActorCanDo(state, level)}`,
    );
  }
  const transition = candidates.find((tr) => tr.level === level);
  if (transition === undefined) {
    return wrongLevel(
      state,
      action,
      level,
      candidates.map((tr) => tr.level),
    );
  }
  if (action === 'save' || action === 'submit') {
    const refusal = periodCheck(submission, action, t);
    if (refusal) return refusal;
  }
  return { ok: true, transition };
}

/**
 * Apply one action to one submission. Returns the next snapshot (the input is not changed) and the
 * event to record, or a refusal with a stable code and a Chinese message. Throws RangeError only on
 * a malformed context (bad timestamps, closeAt not after openFrom, negative grace) or an actor
 * without a user name — programming or configuration errors, not user errors.
 */
export function applyAction<S extends SubmissionSnapshot>(
  submission: S,
  action: ApprovalAction,
  actor: ApprovalActor,
  context: ApprovalContext,
  comment?: string | null,
): ApplyResult<S> {
  if (actor.username.trim() === '') throw new RangeError('actor.username is empty');
  const t = readContext(context);
  const checked = check(submission, action, actor.level, t);
  if (!checked.ok) return checked;

  const text = comment?.trim() ?? '';
  if (requiresComment(action) && text === '') {
    return refuse(
      'COMMENT_REQUIRED',
      `${APPROVAL_ACTION_NAMES[action]}时必须填写原因，以便${COMMENT_READER[action]}了解${action === 'rejectUnlock' || action === 'requestUnlock' ? '理由' : '要修改什么'}`,
    );
  }
  if (text.length > MAX_COMMENT_LENGTH) {
    return refuse(
      'COMMENT_TOO_LONG',
      `意见不能超过 ${MAX_COMMENT_LENGTH} 个字（现有 ${text.length} 个字）；请精简后重试`,
    );
  }

  const { to } = checked.transition;
  const at = new Date(t.now).toISOString();
  const next: S = {
    ...submission,
    state: to,
    returnedAt: to === 'returned' && action !== 'save' ? at : submission.returnedAt,
  };
  const { finalLevel } = context.settings;
  const event: ApprovalEvent = {
    submissionId: submission.id,
    action,
    from: submission.state,
    to,
    actor: { level: actor.level, username: actor.username },
    comment: text === '' ? null : text,
    at,
    finalBefore: isFinal(submission.state, finalLevel),
    finalAfter: isFinal(to, finalLevel),
  };
  return { ok: true, next, event };
}

/**
 * The actions a user of `level` could take now (period window included, comment not), for the UI
 * to show only valid buttons. Takes the snapshot rather than the bare state because the resubmission
 * grace depends on when the submission was returned.
 */
export function allowedActions(
  submission: Pick<SubmissionSnapshot, 'state' | 'returnedAt'>,
  level: ApprovalLevel,
  context: ApprovalContext,
): ApprovalAction[] {
  const t = readContext(context);
  return APPROVAL_ACTIONS.filter((action) => check(submission, action, level, t).ok);
}

export type BulkItemResult<S extends SubmissionSnapshot> = { id: string } & ApplyResult<S>;

export interface BulkResult<S extends SubmissionSnapshot> {
  /** One result per input submission, in input order. */
  items: BulkItemResult<S>[];
  applied: number;
  refused: number;
  /** Chinese, e.g. “审核通过：成功 18 份，未处理 2 份”. */
  summary: string;
}

/**
 * Apply one action (with one comment) to many submissions, e.g. a county approving all its
 * submitted schools. Each submission is decided on its own: valid ones proceed, invalid ones are
 * reported with their reason; no submission is ever half-applied. A submission id listed twice is
 * applied once and the repetitions are refused (they would act on a stale snapshot).
 */
export function bulkApply<S extends SubmissionSnapshot>(
  submissions: readonly S[],
  action: ApprovalAction,
  actor: ApprovalActor,
  context: ApprovalContext,
  comment?: string | null,
): BulkResult<S> {
  const seen = new Set<string>();
  const items: BulkItemResult<S>[] = submissions.map((submission) => {
    if (seen.has(submission.id)) {
      return {
        id: submission.id,
        ...refuse('DUPLICATE_IN_BATCH', `报表 ${submission.id} 在本次批量操作中重复出现，只处理第一次`),
      };
    }
    seen.add(submission.id);
    return { id: submission.id, ...applyAction(submission, action, actor, context, comment) };
  });
  const applied = items.filter((item) => item.ok).length;
  const refused = items.length - applied;
  return {
    items,
    applied,
    refused,
    summary: `${APPROVAL_ACTION_NAMES[action]}：成功 ${applied} 份，未处理 ${refused} 份`,
  };
}

/**
 * Whole days from `now` to a period's close: rounded up while it is open (any time left on the
 * last day counts as 1 day), rounded down after it (a closed period never shows 0 days left).
 */
export function daysUntilClose(closeAt: string, now: number): number {
  const days = (Date.parse(closeAt) - now) / DAY_MS;
  return days >= 0 ? Math.ceil(days) : Math.floor(days);
}
