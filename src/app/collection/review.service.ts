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
  isFinal,
  type ApprovalAction,
  type ApprovalLevel,
  type SubmissionSnapshot,
  type SubmissionState,
} from '../../domain/collection/approval.ts';
import type { FormDefinition } from '../../domain/collection/catalog.types.ts';
import type { FieldValues } from '../../domain/collection/fields.ts';
import { blockingIssues, validateValues } from '../../domain/collection/validation.ts';
import type { Institution } from '../../domain/registry/registry.types.ts';
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

/** A soft rule a form breaks, with the school's written explanation (null: none yet). */
export interface BulkSoftFlag {
  ruleId: string;
  ruleName: string;
  message: string;
  explanation: string | null;
}

/**
 * What a bulk action would do, before anything is written (the confirmation of 批量审核): how many
 * forms it would move and lock, per county, and the soft rules those forms break — explained by
 * the school or not — and which forms it would refuse and why.
 */
export interface BulkPreview {
  action: BulkAction;
  level: ReviewLevel;
  /** The accepted forms get locked (the city's approval). */
  locks: boolean;
  /** Their values become the live statistics at once (the final approval level). */
  becomesFinal: boolean;
  accepted: number;
  refused: number;
  counties: Array<{ code: string; name: string; accepted: number; flagged: number; unexplained: number }>;
  softRules: Array<{ ruleId: string; ruleName: string; schools: number; unexplained: number }>;
  schools: Array<{
    code: string;
    name: string;
    countyCode: string;
    ok: boolean;
    /** Why it would be refused. */
    message: string | null;
    flags: BulkSoftFlag[];
  }>;
}

type ReviewLevel = Exclude<ApprovalLevel, 'school'>;

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
    const { period, level, codes, results, candidates, decided } = await this.decide(
      periodId,
      caller,
      action,
      options,
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

  /**
   * What `bulkActAs` would do now, writing nothing (a dry run for the confirmation): the same
   * level, scope and state-machine checks, then per county the forms it would move, and the soft
   * rules of each accepted form — checked as on submission, with last year's values and the
   * county's peers — with the school's explanation or none.
   */
  async bulkPreview(
    level: ReviewLevel,
    periodId: string,
    caller: CollectionCaller,
    action: BulkAction,
    options: { codes?: string[]; comment?: string } = {},
  ): Promise<BulkPreview> {
    const core = this.core;
    await core.requireLevelFirst(caller, level, { type: 'collectionPeriod', id: periodId });
    const { period, view, codes, results, candidates, decided } = await this.decide(
      periodId,
      caller,
      action,
      options,
    );
    const accepted: Array<{ index: number; row: SubmissionRow; form: FormDefinition; inst: Institution }> =
      [];
    for (const [i, item] of decided.items.entries()) {
      const { index, row, form } = candidates[i]!;
      const code = row.institutionCode;
      if (!item.ok) {
        results.set(index, { code, ok: false, state: '', message: refusalError(item, action).message });
      } else {
        results.set(index, { code, ok: true, state: item.next.state, message: null });
        accepted.push({ index, row, form, inst: view.institutions.get(code)! });
      }
    }
    // The soft rules of the accepted forms, by form (one set of queries each).
    const flags = new Map<string, BulkSoftFlag[]>();
    const byForm = new Map<string, typeof accepted>();
    for (const a of accepted) byForm.set(a.form.id, [...(byForm.get(a.form.id) ?? []), a]);
    for (const group of byForm.values()) {
      const form = group[0]!.form;
      const contexts = await core.ruleContexts(
        view,
        period,
        form,
        group.map((a) => a.inst),
      );
      for (const a of group) {
        const explanations = (a.row.explanations ?? {}) as Record<string, string>;
        const soft = validateValues(core.catalog, form, a.row.values as FieldValues, {
          ...contexts.get(a.inst.code)!,
          mode: 'submit',
        }).filter((i) => i.severity === 'soft');
        flags.set(
          a.inst.code,
          soft.map((i) => ({
            ruleId: i.ruleId,
            ruleName: i.ruleName,
            message: i.message,
            explanation:
              blockingIssues([i], explanations).length === 0 ? explanations[i.ruleId]!.trim() : null,
          })),
        );
      }
    }
    const schools = codes.map((code, index) => {
      const r = results.get(index)!;
      const inst = r.ok ? view.institutions.get(code)! : null;
      return {
        code,
        // A refused code may lie outside the scope: named only when accepted (in scope).
        name: inst?.name ?? '',
        countyCode: inst?.countyCode ?? '',
        ok: r.ok,
        message: r.message,
        flags: flags.get(code) ?? [],
      };
    });
    const counties = new Map<string, BulkPreview['counties'][number]>();
    const rules = new Map<string, BulkPreview['softRules'][number]>();
    for (const s of schools) {
      if (!s.ok) continue;
      const c = counties.get(s.countyCode) ?? {
        code: s.countyCode,
        name: view.orgIndex.byCode.get(s.countyCode)?.name ?? s.countyCode,
        accepted: 0,
        flagged: 0,
        unexplained: 0,
      };
      c.accepted += 1;
      if (s.flags.length > 0) c.flagged += 1;
      if (s.flags.some((f) => f.explanation === null)) c.unexplained += 1;
      counties.set(s.countyCode, c);
      for (const id of new Set(s.flags.map((f) => f.ruleId))) {
        const fs = s.flags.filter((f) => f.ruleId === id);
        const r = rules.get(id) ?? { ruleId: id, ruleName: fs[0]!.ruleName, schools: 0, unexplained: 0 };
        r.schools += 1;
        if (fs.some((f) => f.explanation === null)) r.unexplained += 1;
        rules.set(id, r);
      }
    }
    const done = schools.filter((s) => s.ok).length;
    const next = action === 'approve' ? (level === 'city' ? 'cityApproved' : 'countyApproved') : 'returned';
    return {
      action,
      level,
      locks: next === 'cityApproved',
      becomesFinal: isFinal(next, core.settings.finalLevel),
      accepted: done,
      refused: schools.length - done,
      counties: [...counties.values()].sort((a, b) => a.code.localeCompare(b.code)),
      softRules: [...rules.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId)),
      schools,
    };
  }

  /**
   * The codes a bulk action covers and the state machine's decision on each, writing nothing:
   * refusals before the machine (unknown, out of scope, never started) are in `results`.
   */
  private async decide(
    periodId: string,
    caller: CollectionCaller,
    action: BulkAction,
    options: { codes?: string[]; comment?: string },
  ) {
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
    return { period, view, level, codes, results, candidates, decided };
  }
}
