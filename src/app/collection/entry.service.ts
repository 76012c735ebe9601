/**
 * Entry (issue 6): a school opens its form for a period (with last year's figures beside it),
 * checks unsaved values live, saves drafts and submits; anyone in scope reads the history of every
 * value and every state change. Saves carry the version they were based on (optimistic lock); every
 * value change is kept (append-only) and audited. Writing is the school's own: a school account
 * saves and submits, whatever permissions its role has.
 */
import {
  insertSubmission,
  insertValueChanges,
  listSubmissionEvents,
  listValueChanges,
  updateSubmission,
} from '../../db/collection/collection.repository.ts';
import {
  applyAction,
  type ApprovalAction,
  type ApprovalLevel,
  type SubmissionState,
} from '../../domain/collection/approval.ts';
import type { FormDefinition } from '../../domain/collection/catalog.types.ts';
import {
  auditedChanges,
  changedValues,
  formFields,
  type FieldValue,
  type FieldValues,
} from '../../domain/collection/fields.ts';
import { blockingIssues, validateValues, type ValidationIssue } from '../../domain/collection/validation.ts';
import { AppError, type ErrorDetail } from '../app-error.ts';
import { invalid, type CollectionCaller, type CollectionCore } from './collection.core.ts';
import { snapshotOf, transition } from './submission.transition.ts';
import { submissionView, type SubmissionView } from './submission.view.ts';

export interface EntryInput {
  values: Record<string, FieldValue>;
  explanations?: Record<string, string>;
}

/** One change of one value: old → new, who, when (an Excel import's changes share one id). */
export interface ValueChange {
  id: number;
  submissionId: number;
  fieldKey: string;
  oldValue: FieldValue;
  newValue: FieldValue;
  changedBy: string;
  changedAt: string;
}

/** One state change: the action, from and to, who at which level, the comment, when. */
export interface SubmissionEvent {
  id: number;
  submissionId: number;
  action: ApprovalAction;
  fromState: SubmissionState;
  toState: SubmissionState;
  actorUsername: string;
  actorLevel: ApprovalLevel;
  comment: string | null;
  at: string;
}

/** The submission's history: value changes (old → new, who, when) and state changes. */
export interface SubmissionHistory {
  values: ValueChange[];
  events: SubmissionEvent[];
}

const target = (periodId: string, code: string) => ({ type: 'submission', id: `${periodId}/${code}` });

/** Someone saved the form since the caller read it (its version): nothing of this save is kept. */
const staleSave = (details: ErrorDetail[] = []) =>
  new AppError('CONFLICT', '报表已被他人修改，请刷新后再保存（你的修改未保存）', details);

/** The stored explanations with the caller's new ones over them. */
const mergedExplanations = (stored: unknown, incoming: Record<string, string> | undefined) => ({
  ...(stored as Record<string, string>),
  ...(incoming ?? {}),
});

export class EntryService {
  constructor(private readonly core: CollectionCore) {}

  /** Refuses values of fields the form does not have, naming them. */
  private requireFormFields(form: FormDefinition, values: Record<string, FieldValue>): void {
    const keys = new Set(formFields(this.core.catalog, form).map((f) => f.key));
    const unknown = Object.keys(values).filter((k) => !keys.has(k));
    if (unknown.length > 0) {
      throw invalid(
        `报表 ${form.id} 没有这些字段：${unknown.slice(0, 5).join('、')}`,
        unknown.map((k) => ({ field: `values.${k}`, value: k, message: '报表中没有此字段' })),
      );
    }
  }

  /** The school's submission for the period, with last year's values and the current issues. */
  async open(periodId: string, code: string, caller: CollectionCaller): Promise<SubmissionView> {
    const core = this.core;
    const loaded = await core.load(periodId, code, caller);
    const { period, view, inst, form, row } = loaded;
    const previous = await core.previousValues(form, code, period.schoolYear);
    const mode = row.state === 'draft' ? 'draft' : 'submit';
    // A submitted form is shown with every check it passed on submission, the county's peers
    // included, so that a reviewer reads each explanation next to its rule.
    const issues = validateValues(core.catalog, form, row.values as FieldValues, {
      previous,
      peers: mode === 'submit' ? await core.peerValues(view, inst, form, period) : undefined,
      mode,
    });
    return submissionView(core, loaded, caller, previous, issues);
  }

  /**
   * Live validation for the entry screen: the stored values overlaid with the unsaved ones, checked
   * as a submission would be (with last year's values and the county's peers). Writes nothing.
   */
  async check(
    periodId: string,
    code: string,
    caller: CollectionCaller,
    input: EntryInput,
  ): Promise<{ issues: ValidationIssue[]; blocking: ValidationIssue[] }> {
    const core = this.core;
    await core.requireLevelFirst(caller, 'school', target(periodId, code));
    const { period, view, inst, form, row } = await core.load(periodId, code, caller);
    this.requireFormFields(form, input.values);
    const values = { ...(row.values as Record<string, FieldValue>), ...input.values };
    const issues = validateValues(core.catalog, form, values, {
      previous: await core.previousValues(form, code, period.schoolYear),
      peers: await core.peerValues(view, inst, form, period),
      mode: 'submit',
    });
    return {
      issues,
      blocking: blockingIssues(issues, mergedExplanations(row.explanations, input.explanations)),
    };
  }

  /** Saves values (only the school, only while editable and the period allows). */
  async save(
    periodId: string,
    code: string,
    caller: CollectionCaller,
    input: EntryInput & { version: number },
  ): Promise<SubmissionView> {
    const core = this.core;
    await core.requireLevelFirst(caller, 'school', target(periodId, code));
    const { period, form, row } = await core.load(periodId, code, caller);
    this.requireFormFields(form, input.values);
    const result = applyAction(
      snapshotOf(row),
      'save',
      { level: 'school', username: caller.actor.username },
      core.approvalContext(period),
    );
    if (!result.ok)
      throw new AppError('CONFLICT', result.message, [
        { field: 'state', value: row.state, message: result.message },
      ]);
    const stored = row.values as Record<string, FieldValue>;
    const values: Record<string, FieldValue> = { ...stored, ...input.values };
    const typeIssues = validateValues(core.catalog, form, values, { mode: 'draft' });
    if (typeIssues.length > 0) {
      throw invalid(
        `有 ${typeIssues.length} 处填写有误，未保存`,
        typeIssues.map((i) => ({
          field: `values.${i.fields[0]}`,
          value: values[i.fields[0]!],
          message: i.message,
        })),
      );
    }
    if (input.version !== row.version) {
      throw staleSave([{ field: 'version', value: input.version, message: `当前版本为 ${row.version}` }]);
    }
    const diffs = changedValues(stored, input.values);
    const changes = diffs.map((c) => ({
      fieldKey: c.key,
      oldValue: c.old,
      newValue: c.new,
      changedBy: caller.actor.username,
    }));
    const explanations = mergedExplanations(row.explanations, input.explanations);
    await core.data.write(async (tx) => {
      let id = row.id;
      if (row.version === 0) {
        // The first save creates the submission (version 1).
        const created = await insertSubmission(tx, {
          periodId: period.id,
          formId: form.id,
          formVersion: form.version,
          institutionCode: code,
          values,
          explanations,
        });
        if (!created) throw staleSave();
        id = created.id;
      } else if (!(await updateSubmission(tx, row.id, row.version, { values, explanations }))) {
        throw staleSave();
      }
      await insertValueChanges(
        tx,
        changes.map((c) => ({ ...c, submissionId: id })),
      );
      if (changes.length > 0) {
        await core.audit.record(
          caller.actor,
          {
            action: 'collection.save',
            outcome: 'success',
            targetType: 'submission',
            targetId: `${periodId}/${code}`,
            detail: `修改 ${changes.length} 个字段`,
            ...auditedChanges(diffs),
          },
          tx,
        );
      }
    });
    return this.open(periodId, code, caller);
  }

  /**
   * Submits to the county: every check passed (soft rules explained), then the state changes
   * (submission.transition.ts). Only the school's own account submits.
   */
  async submit(periodId: string, code: string, caller: CollectionCaller): Promise<SubmissionView> {
    await this.core.requireLevelFirst(caller, 'school', target(periodId, code));
    await transition(this.core, await this.core.load(periodId, code, caller), caller, 'submit');
    return this.open(periodId, code, caller);
  }

  /** Every value change (old → new, who, when) and every state change of a submission. */
  async history(
    periodId: string,
    code: string,
    caller: CollectionCaller,
    fieldKey?: string,
  ): Promise<SubmissionHistory> {
    const { stored: row } = await this.core.load(periodId, code, caller);
    if (!row) return { values: [], events: [] };
    // The columns hold what the collection wrote: field values, and states, actions and levels
    // of the state machine.
    return {
      values: (await listValueChanges(this.core.db, row.id, fieldKey)).map((c) => ({
        ...c,
        oldValue: c.oldValue as FieldValue,
        newValue: c.newValue as FieldValue,
      })),
      events: (await listSubmissionEvents(this.core.db, row.id)).map((e) => ({
        ...e,
        action: e.action as ApprovalAction,
        fromState: e.fromState as SubmissionState,
        toState: e.toState as SubmissionState,
        actorLevel: e.actorLevel as ApprovalLevel,
      })),
    };
  }
}
