/**
 * One state change of one submission, written: submitting validates completely first (with last
 * year's values and the county's peers; a hard issue, or a soft one without explanation, refuses
 * it), the state machine decides (domain/collection/approval.ts), and in one transaction the
 * state, the event, the audit entry and — the moment a submission becomes final — its values as
 * the statistics. Shared by submitting (entry) and reviewing (review).
 */
import {
  insertSubmissionEvent,
  updateSubmission,
  type SubmissionRow,
} from '../../db/collection/collection.repository.ts';
import { bumpRevisionForStatistics, upsertStatistics } from '../../db/registry/registry.repository.ts';
import {
  applyAction,
  type ApplyResult,
  type ApprovalAction,
  type ApprovalLevel,
  type SubmissionSnapshot,
  type SubmissionState,
} from '../../domain/collection/approval.ts';
import type { CollectionPeriod, FormDefinition } from '../../domain/collection/catalog.types.ts';
import type { FieldValues } from '../../domain/collection/fields.ts';
import { statisticsFromFieldValues } from '../../domain/collection/statistics-values.ts';
import { blockingIssues, validateValues } from '../../domain/collection/validation.ts';
import { AppError } from '../app-error.ts';
import {
  invalid,
  type CollectionCaller,
  type CollectionCore,
  type LoadedSubmission,
} from './collection.core.ts';

/** The error of a refused action (a missing or too long comment is the caller's input). */
export function refusalError(result: Extract<ApplyResult, { ok: false }>, action: ApprovalAction): AppError {
  const status =
    result.code === 'COMMENT_REQUIRED' || result.code === 'COMMENT_TOO_LONG'
      ? 'VALIDATION_FAILED'
      : 'CONFLICT';
  return new AppError(status, result.message, [
    {
      field: result.code === 'COMMENT_REQUIRED' ? 'comment' : 'action',
      value: action,
      message: result.message,
    },
  ]);
}

export const snapshotOf = (row: SubmissionRow): SubmissionSnapshot => ({
  id: String(row.id),
  state: row.state as SubmissionState,
  returnedAt: row.returnedAt,
});

/** Refuses an action on a school that has never saved its form. */
export function requireStarted(
  loaded: Pick<LoadedSubmission, 'period' | 'inst' | 'stored'>,
  action: ApprovalAction,
): SubmissionRow {
  if (loaded.stored) return loaded.stored;
  throw new AppError(
    'CONFLICT',
    `${loaded.inst.name}尚未开始填报${loaded.period.name}，还不能${action === 'submit' ? '提交' : '审核'}`,
    [{ field: 'state', value: 'notStarted', message: '学校尚未保存过报表' }],
  );
}

/** Refuses a submission whose values still have blocking issues, naming each. */
export async function requireSubmittable(core: CollectionCore, loaded: LoadedSubmission): Promise<void> {
  const { period, view, inst, form } = loaded;
  const row = requireStarted(loaded, 'submit');
  const values = row.values as FieldValues;
  const issues = validateValues(core.catalog, form, values, {
    previous: await core.previousValues(form, inst.code, period.schoolYear),
    peers: await core.peerValues(view, inst, form, period),
    mode: 'submit',
  });
  const blocking = blockingIssues(issues, row.explanations as Record<string, string>);
  if (blocking.length > 0) {
    throw invalid(
      `有 ${blocking.length} 个问题需要处理后才能提交`,
      blocking.map((i) => ({
        field: i.severity === 'soft' ? `explanations.${i.ruleId}` : `values.${i.fields[0]}`,
        value: values[i.fields[0]!] ?? null,
        message: i.message,
      })),
    );
  }
}

/**
 * Writes an accepted transition of `row` (state, event, audit, statistics when it becomes final)
 * in one transaction; false when someone else changed the submission in between (its version).
 */
export async function writeTransition(
  core: CollectionCore,
  target: { period: CollectionPeriod; form: FormDefinition; code: string; row: SubmissionRow },
  caller: CollectionCaller,
  level: ApprovalLevel,
  accepted: Extract<ApplyResult, { ok: true }>,
): Promise<boolean> {
  const { period, form, code, row } = target;
  const { next, event } = accepted;
  const written = await core.data.write(async (tx) => {
    const ok = await updateSubmission(tx, row.id, row.version, {
      state: next.state,
      returnedAt: next.returnedAt,
      // Timeliness is the first submission's: a resubmission after a return is not late.
      ...(event.action === 'submit' && !row.submittedAt ? { submittedAt: event.at } : {}),
    });
    if (!ok) return false;
    await insertSubmissionEvent(tx, {
      submissionId: row.id,
      action: event.action,
      fromState: event.from,
      toState: event.to,
      actorUsername: caller.actor.username,
      actorLevel: level,
      comment: event.comment,
      at: event.at,
    });
    // Live figures: the moment a submission becomes final, its values are the statistics. The
    // revision records what it changed, so that caches patch their view instead of reloading.
    if (event.finalAfter && !event.finalBefore) {
      await upsertStatistics(
        tx,
        statisticsFromFieldValues(form, code, period.schoolYear, row.values as FieldValues),
      );
      await bumpRevisionForStatistics(tx, period.schoolYear, [code]);
    }
    await core.audit.record(
      caller.actor,
      {
        action: `collection.${event.action}`,
        outcome: 'success',
        targetType: 'submission',
        targetId: `${period.id}/${code}`,
        oldValue: { state: event.from },
        newValue: { state: event.to, comment: event.comment },
      },
      tx,
    );
    return true;
  });
  return written;
}

/** One action on one loaded submission at the caller's level: checked, decided, written. */
export async function transition(
  core: CollectionCore,
  loaded: LoadedSubmission,
  caller: CollectionCaller,
  action: ApprovalAction,
  comment?: string,
): Promise<SubmissionState> {
  const row = requireStarted(loaded, action);
  if (action === 'submit') await requireSubmittable(core, loaded);
  const level = core.levelOf(loaded.view, caller);
  const result = applyAction(
    snapshotOf(row),
    action,
    { level, username: caller.actor.username },
    core.approvalContext(loaded.period),
    comment,
  );
  if (!result.ok) throw refusalError(result, action);
  const target = { period: loaded.period, form: loaded.form, code: loaded.inst.code, row };
  if (!(await writeTransition(core, target, caller, level, result))) {
    throw new AppError('CONFLICT', '报表已被他人处理，请刷新后重试', []);
  }
  return result.next.state;
}
