/**
 * Review (issue 6): the county's review and the city's decision on one submission, and the same on
 * many at once (a county approving its submitted forms). The level an account acts at is its
 * scope's — a county account reviews, the city decides — and its role must hold that level's
 * permission; every action runs the state machine (domain/collection/approval.ts).
 */
import type { SubmissionRow } from '../../db/collection/collection.repository.ts';
import { scopeIncludesInstitution } from '../../domain/access/scope.ts';
import {
  bulkApply,
  type ApprovalAction,
  type ApprovalLevel,
  type SubmissionSnapshot,
  type SubmissionState,
} from '../../domain/collection/approval.ts';
import type { FormDefinition } from '../../domain/collection/catalog.types.ts';
import { AppError } from '../app-error.ts';
import type { CollectionCaller, CollectionCore } from './collection.core.ts';
import type { EntryService } from './entry.service.ts';
import {
  refusalError,
  requireStarted,
  snapshotOf,
  transition,
  writeTransition,
} from './submission.transition.ts';
import type { SubmissionView } from './submission.view.ts';

/** Actions taken on many submissions at once (never save or submit: those are the school's). */
export type BulkAction = Exclude<ApprovalAction, 'save' | 'submit'>;

export interface BulkResult {
  done: number;
  refused: number;
  results: Array<{ code: string; ok: boolean; state: string; message: string | null }>;
}

/** The state a bulk action without a list applies to, at a level: what "all waiting" means. */
function waitingFor(action: BulkAction, level: ApprovalLevel): SubmissionState | null {
  if (action === 'approve' || action === 'return') return level === 'city' ? 'countyApproved' : 'submitted';
  if (action === 'grantUnlock' || action === 'rejectUnlock') return 'unlockRequested';
  // Unlocking, or asking for it, is decided form by form: never "all of them".
  return null;
}

export class ReviewService {
  constructor(
    private readonly core: CollectionCore,
    private readonly entry: EntryService,
  ) {}

  /** One action at the caller's own level (the school's submit included), then the form as it is. */
  async act(
    periodId: string,
    code: string,
    caller: CollectionCaller,
    action: ApprovalAction,
    comment?: string,
  ): Promise<SubmissionView> {
    const loaded = await this.core.load(periodId, code, caller);
    await transition(this.core, loaded, caller, action, comment);
    return this.entry.open(periodId, code, caller);
  }

  /** An action that only `level` takes (the county's review, the city's decision). */
  async actAs(
    level: ApprovalLevel,
    periodId: string,
    code: string,
    caller: CollectionCaller,
    action: ApprovalAction,
    comment?: string,
  ): Promise<SubmissionView> {
    await this.core.requireLevelFirst(caller, level, { type: 'submission', id: `${periodId}/${code}` });
    return this.act(periodId, code, caller, action, comment);
  }

  /** `bulkAct` for a level only (the county's bulk review, the city's bulk decision). */
  async bulkActAs(
    level: ApprovalLevel,
    periodId: string,
    caller: CollectionCaller,
    action: BulkAction,
    options: { codes?: string[]; comment?: string } = {},
  ): Promise<BulkResult> {
    await this.core.requireLevelFirst(caller, level, { type: 'collectionPeriod', id: periodId });
    return this.bulkAct(periodId, caller, action, options);
  }

  /**
   * One review action on many schools at once, at the caller's level: each school is decided on
   * its own by the state machine (bulkApply; a code listed twice is handled once), each accepted
   * one written in its own transaction, and the result says per school whether it was done or
   * why not. Without `codes`, every school of the caller's scope whose submission waits for this
   * action at the caller's level.
   */
  async bulkAct(
    periodId: string,
    caller: CollectionCaller,
    action: BulkAction,
    options: { codes?: string[]; comment?: string } = {},
  ): Promise<BulkResult> {
    const core = this.core;
    const period = core.requirePeriod(periodId);
    const view = await core.data.current().view();
    const level = core.levelOf(view, caller);
    const inScope = (code: string) => {
      const inst = view.institutions.get(code);
      return inst !== undefined && scopeIncludesInstitution(view.orgIndex, caller.scope, inst);
    };
    const rows = await core.submissionsByCode(period.id, options.codes);
    // A school listed twice is handled (and reported) once.
    const codes = [
      ...new Set(
        options.codes ??
          [...rows.values()]
            .filter((r) => r.state === waitingFor(action, level))
            .map((r) => r.institutionCode)
            .filter(inScope),
      ),
    ];

    // What the state machine decides on: every code in scope with a stored submission; the others
    // are refused with the reason one school's action would give.
    const results = new Map<number, BulkResult['results'][number]>();
    const candidates: Array<{ index: number; row: SubmissionRow; form: FormDefinition }> = [];
    // Listed schools outside the caller's scope answer as unknown ones; the refusal is audited
    // once for the request (one entry with the count and the codes), not once per code.
    const hidden: string[] = [];
    for (const [index, code] of codes.entries()) {
      try {
        const inst = core.requireInstitution(view, code, caller);
        const form = core.requireFormOf(period, inst);
        const row = requireStarted({ period, inst, stored: rows.get(code) ?? null }, action);
        candidates.push({ index, row, form });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        if (e.outOfScope) hidden.push(code);
        results.set(index, { code, ok: false, state: '', message: e.message });
      }
    }
    await core.auditOutOfScope(
      caller,
      { type: 'collectionPeriod', id: period.id },
      `批量${level === 'city' ? '审批' : '审核'}（${action}）${period.id}`,
      hidden,
    );
    const decided = bulkApply<SubmissionSnapshot & { code: string }>(
      candidates.map((c) => ({
        ...snapshotOf(c.row),
        id: c.row.institutionCode,
        code: c.row.institutionCode,
      })),
      action,
      { level, username: caller.actor.username },
      core.approvalContext(period),
      options.comment,
    );
    for (const [i, item] of decided.items.entries()) {
      const { index, row, form } = candidates[i]!;
      const code = row.institutionCode;
      if (!item.ok) {
        results.set(index, { code, ok: false, state: '', message: refusalError(item, action).message });
        continue;
      }
      const written = await writeTransition(core, { period, form, code, row }, caller, level, item);
      results.set(
        index,
        written
          ? { code, ok: true, state: item.next.state, message: null }
          : { code, ok: false, state: '', message: '报表已被他人处理，请刷新后重试' },
      );
    }
    const list = codes.map((_, index) => results.get(index)!);
    const done = list.filter((r) => r.ok).length;
    return { done, refused: list.length - done, results: list };
  }
}
