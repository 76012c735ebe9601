/**
 * Use cases of data collection (issue 6): open a school's form for a period (with last year's
 * figures beside it), save a draft, submit with full validation, review and approve at county and
 * city level, and make approved figures live. Every value change and every state change is kept
 * (append-only) and audited; saves carry the version they were based on (optimistic lock).
 */
import type { Db } from '../../db/database.ts';
import {
  findSubmission,
  insertSubmission,
  insertSubmissionEvent,
  insertSubmissions,
  insertChangeSets,
  insertValueChanges,
  listSubmissionEvents,
  listSubmissions,
  listValueChanges,
  updateSubmission,
  updateSubmissionValues,
  listSubmissionsInStates,
  submissionsMarker,
  type SubmissionRow,
} from '../../db/collection/collection.repository.ts';
import {
  bumpRevisionForStatistics,
  listStatisticsOf,
  listStatisticsOfYear,
  upsertStatistics,
} from '../../db/registry/registry.repository.ts';
import type { Scope } from '../../domain/access/access.types.ts';
import { scopeIncludesInstitution } from '../../domain/access/scope.ts';
import { isOperating } from '../../domain/registry/registry.history.ts';
import {
  allowedActions,
  applyAction,
  daysUntilClose,
  isFinal,
  type ApprovalAction,
  type ApprovalContext,
  type ApprovalLevel,
  type ApprovalSettings,
  type SubmissionState,
} from '../../domain/collection/approval.ts';
import type {
  CollectionCatalog,
  CollectionPeriod,
  FormDefinition,
} from '../../domain/collection/catalog.types.ts';
import { formFields, type FieldValue, type FieldValues } from '../../domain/collection/fields.ts';
import {
  fieldValuesFromStatistics,
  statisticsFromFieldValues,
} from '../../domain/collection/statistics-values.ts';
import { blockingIssues, validateValues, type ValidationIssue } from '../../domain/collection/validation.ts';
import type { Institution } from '../../domain/registry/registry.types.ts';
import type { InstitutionYearStatistics } from '../../domain/statistics/statistics.types.ts';
import type { Actor, AuditService } from '../access/audit.service.ts';
import { AppError } from '../app-error.ts';
import type { Clock } from '../access/auth.service.ts';
import type { DatasetCache, DatasetView } from '../dataset.cache.ts';
import { requireOrg } from '../registry/registry.service.ts';
import { exportPeriod, type ExportFilters } from './export.ts';
import { describeProblem, parseImport, type ImportProblem, type ParsedImport } from './workbook.import.ts';
import type { TemplateSchool } from './workbook.template.ts';

/** One school's row of an Excel import: what would change (label, old → new). */
export interface ImportRowPlan {
  row: number;
  institution: { code: string; name: string };
  /** The submission's state ('notStarted' before its first save). */
  state: string;
  changes: Array<{ field: string; label: string; old: FieldValue; new: FieldValue }>;
}

export interface ImportResult {
  mode: 'preview' | 'commit';
  period: { id: string; name: string };
  form: { id: string; version: number; name: string } | null;
  sheet: string | null;
  /** County-level import on behalf of the schools (县级统一导入). */
  onBehalf: boolean;
  rows: ImportRowPlan[];
  problems: ImportProblem[];
  summary: { rows: number; changedRows: number; unchangedRows: number; changedFields: number };
  /** Preview: whether a commit of this file would be accepted now. Commit: true (else it throws). */
  canCommit: boolean;
  committed: boolean;
}

interface RowWork {
  plan: ImportRowPlan;
  existing: SubmissionRow | null;
  merged: Record<string, FieldValue>;
}

export const DEFAULT_APPROVAL_SETTINGS: ApprovalSettings = { finalLevel: 'city', resubmitGraceDays: 7 };

export interface CollectionCaller {
  actor: Actor;
  scope: Scope;
  level: ApprovalLevel;
}

export interface SubmissionView {
  periodId: string;
  /** The period's school year (last year's values are of the year before). */
  schoolYear: number;
  institution: Pick<Institution, 'code' | 'name' | 'countyCode' | 'townshipCode' | 'runningType'>;
  form: FormDefinition;
  state: SubmissionState;
  version: number;
  values: FieldValues;
  explanations: Record<string, string>;
  /** Last school year's values, shown beside each field. */
  previous: FieldValues | null;
  issues: ValidationIssue[];
  allowedActions: ApprovalAction[];
}

function invalid(message: string, details: Array<{ field: string; value?: unknown; message: string }>) {
  return new AppError('VALIDATION_FAILED', message, details);
}

function notStarted(periodId: string, form: FormDefinition, code: string): SubmissionRow {
  return {
    id: 0,
    periodId,
    formId: form.id,
    formVersion: form.version,
    institutionCode: code,
    state: 'draft',
    values: {},
    explanations: {},
    returnedAt: null,
    submittedAt: null,
    version: 0,
    updatedAt: '',
  };
}

export class CollectionService {
  constructor(
    private readonly db: Db,
    private readonly dataset: DatasetCache,
    private readonly audit: AuditService,
    readonly catalog: CollectionCatalog,
    private readonly clock: Clock,
    readonly settings: ApprovalSettings = DEFAULT_APPROVAL_SETTINGS,
  ) {}

  requirePeriod(periodId: string): CollectionPeriod {
    const p = this.catalog.periods.find((x) => x.id === periodId);
    if (!p) {
      throw new AppError(
        'NOT_FOUND',
        `采集周期 ${periodId} 不存在（可用：${this.catalog.periods.map((x) => x.id).join('、')}）`,
        [{ field: 'period', value: periodId, message: '采集周期不存在' }],
      );
    }
    return p;
  }

  /** The latest version of the form a school of this running type fills in the period. */
  formFor(period: CollectionPeriod, runningType: string): FormDefinition | null {
    const forms = this.catalog.forms.filter(
      (f) => period.forms.includes(f.id) && f.runningTypes.includes(runningType),
    );
    return forms.sort((a, b) => b.version - a.version)[0] ?? null;
  }

  private async requireInstitution(view: DatasetView, code: string, scope: Scope): Promise<Institution> {
    const inst = view.institutions.get(code);
    if (!inst || !scopeIncludesInstitution(view.orgIndex, scope, inst)) {
      const e = new AppError('INSTITUTION_NOT_FOUND', `学校（机构）代码 ${code} 不存在`, [
        { field: 'institution', value: code, message: '学校（机构）代码不存在' },
      ]);
      throw inst ? e.hiding('institution', code) : e;
    }
    return inst;
  }

  private context(period: CollectionPeriod): ApprovalContext {
    return {
      period: { openFrom: period.openFrom, closeAt: period.closeAt },
      settings: this.settings,
      now: this.clock().toISOString(),
    };
  }

  /** Refuses values of fields the form does not have, naming them. */
  private requireFormFields(form: FormDefinition, values: Record<string, FieldValue>): void {
    const keys = new Set(formFields(this.catalog, form).map((f) => f.key));
    const unknown = Object.keys(values).filter((k) => !keys.has(k));
    if (unknown.length > 0) {
      throw invalid(
        `报表 ${form.id} 没有这些字段：${unknown.slice(0, 5).join('、')}`,
        unknown.map((k) => ({ field: `values.${k}`, value: k, message: '报表中没有此字段' })),
      );
    }
  }

  /** Last school year's statistics of the institution as this form's values. */
  private async previousValues(
    form: FormDefinition,
    code: string,
    schoolYear: number,
  ): Promise<FieldValues | null> {
    const prev = (await listStatisticsOf(this.db, code)).find((s) => s.schoolYear === schoolYear - 1);
    return prev ? fieldValuesFromStatistics(this.catalog, form, prev) : null;
  }

  /** Values of the county's other schools with the same form this year (for outlier rules). */
  private async peerValues(
    view: DatasetView,
    inst: Institution,
    form: FormDefinition,
    period: CollectionPeriod,
  ) {
    const peers = [...view.institutions.values()].filter(
      (i) =>
        i.code !== inst.code && i.countyCode === inst.countyCode && form.runningTypes.includes(i.runningType),
    );
    const codes = new Set(peers.map((p) => p.code));
    // Drafts and returned forms are half-filled or being corrected: they would skew the median.
    const SUBMITTED: readonly string[] = ['submitted', 'countyApproved', 'cityApproved', 'unlockRequested'];
    const submitted = new Map(
      (await listSubmissions(this.db, period.id, [...codes]))
        .filter((s) => SUBMITTED.includes(s.state))
        .map((s) => [s.institutionCode, s.values as FieldValues]),
    );
    const out: FieldValues[] = [];
    // Submitted values where there are any, else the statistics of the year (or none).
    const stats = new Map(
      (await listStatisticsOfYear(this.db, period.schoolYear, [...codes])).map((s) => [s.institutionCode, s]),
    );
    for (const code of codes) {
      const v =
        submitted.get(code) ??
        (stats.get(code) ? fieldValuesFromStatistics(this.catalog, form, stats.get(code)!) : null);
      if (v) out.push(v);
    }
    return out;
  }

  private view(
    row: SubmissionRow,
    inst: Institution,
    form: FormDefinition,
    previous: FieldValues | null,
    issues: ValidationIssue[],
    level: ApprovalLevel,
    period: CollectionPeriod,
  ): SubmissionView {
    return {
      periodId: row.periodId,
      schoolYear: period.schoolYear,
      institution: {
        code: inst.code,
        name: inst.name,
        countyCode: inst.countyCode,
        townshipCode: inst.townshipCode,
        runningType: inst.runningType,
      },
      form,
      state: row.state as SubmissionState,
      version: row.version,
      values: row.values as FieldValues,
      explanations: row.explanations as Record<string, string>,
      previous,
      issues,
      allowedActions: allowedActions(
        { state: row.state as SubmissionState, returnedAt: row.returnedAt },
        level,
        this.context(period),
      ),
    };
  }

  /** The school's submission for the period (created as an empty draft on first open). */
  /**
   * What every use case on one school's submission starts from: the period, the school (in the
   * caller's scope, else not found), its form, and its stored submission (null before the first
   * save). One read of each.
   */
  private async load(periodId: string, code: string, caller: CollectionCaller) {
    const period = this.requirePeriod(periodId);
    const view = await this.dataset.get();
    const inst = await this.requireInstitution(view, code, caller.scope);
    const form = this.formFor(period, inst.runningType);
    if (!form) {
      throw invalid(`${inst.name}（办学类型 ${inst.runningType}）在${period.name}中没有需要填报的报表`, [
        { field: 'institution', value: code, message: '该办学类型没有报表' },
      ]);
    }
    const stored = await findSubmission(this.db, period.id, code);
    // Nothing is stored until the school first saves: version 0 is "not started".
    return { period, view, inst, form, stored, row: stored ?? notStarted(period.id, form, code) };
  }

  /** The school's submission for the period, with last year's values and the current issues. */
  async open(periodId: string, code: string, caller: CollectionCaller): Promise<SubmissionView> {
    const { period, view, inst, form, row } = await this.load(periodId, code, caller);
    const previous = await this.previousValues(form, code, period.schoolYear);
    const values = row.values as FieldValues;
    const mode = row.state === 'draft' ? 'draft' : 'submit';
    // A submitted form is shown with every check it passed on submission, the county's peers
    // included, so that a reviewer reads each explanation next to its rule.
    const issues = validateValues(this.catalog, form, values, {
      previous,
      peers: mode === 'submit' ? await this.peerValues(view, inst, form, period) : undefined,
      mode,
    });
    return this.view(row, inst, form, previous, issues, caller.level, period);
  }

  /**
   * Live validation for the entry screen: the stored values overlaid with the unsaved ones, checked
   * as a submission would be (with last year's values and the county's peers). Writes nothing.
   */
  async check(
    periodId: string,
    code: string,
    caller: CollectionCaller,
    input: { values: Record<string, FieldValue>; explanations?: Record<string, string> },
  ): Promise<{ issues: ValidationIssue[]; blocking: ValidationIssue[] }> {
    const { period, view, inst, form, row } = await this.load(periodId, code, caller);
    this.requireFormFields(form, input.values);
    const values = { ...(row.values as Record<string, FieldValue>), ...input.values };
    const issues = validateValues(this.catalog, form, values, {
      previous: await this.previousValues(form, code, period.schoolYear),
      peers: await this.peerValues(view, inst, form, period),
      mode: 'submit',
    });
    const explanations = { ...(row.explanations as Record<string, string>), ...(input.explanations ?? {}) };
    return { issues, blocking: blockingIssues(issues, explanations) };
  }

  /** Saves values (only the school, only while editable and the period allows). */
  async save(
    periodId: string,
    code: string,
    caller: CollectionCaller,
    input: { version: number; values: Record<string, FieldValue>; explanations?: Record<string, string> },
  ): Promise<SubmissionView> {
    const { period, form, row } = await this.load(periodId, code, caller);
    this.requireFormFields(form, input.values);
    const result = applyAction(
      { id: String(row.id), state: row.state as SubmissionState, returnedAt: row.returnedAt },
      'save',
      { level: caller.level, username: caller.actor.username },
      this.context(period),
    );
    if (!result.ok)
      throw new AppError('CONFLICT', result.message, [
        { field: 'state', value: row.state, message: result.message },
      ]);
    const values: Record<string, FieldValue> = {
      ...(row.values as Record<string, FieldValue>),
      ...input.values,
    };
    const typeIssues = validateValues(this.catalog, form, values, { mode: 'draft' });
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
      throw new AppError('CONFLICT', '报表已被他人修改，请刷新后再保存（你的修改未保存）', [
        { field: 'version', value: input.version, message: `当前版本为 ${row.version}` },
      ]);
    }
    const changes = Object.entries(input.values)
      .filter(
        ([k, v]) => JSON.stringify((row.values as Record<string, unknown>)[k] ?? null) !== JSON.stringify(v),
      )
      .map(([k, v]) => ({
        submissionId: row.id,
        fieldKey: k,
        oldValue: (row.values as Record<string, unknown>)[k] ?? null,
        newValue: v,
        changedBy: caller.actor.username,
      }));
    const explanations = { ...(row.explanations as Record<string, string>), ...(input.explanations ?? {}) };
    await this.db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Db;
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
        if (!created)
          throw new AppError('CONFLICT', '报表已被他人修改，请刷新后再保存（你的修改未保存）', []);
        id = created.id;
      } else if (!(await updateSubmission(tx, row.id, row.version, { values, explanations }))) {
        throw new AppError('CONFLICT', '报表已被他人修改，请刷新后再保存（你的修改未保存）', []);
      }
      await insertValueChanges(
        tx,
        changes.map((c) => ({ ...c, submissionId: id })),
      );
      if (changes.length > 0) {
        await this.audit.record(
          caller.actor,
          {
            action: 'collection.save',
            outcome: 'success',
            targetType: 'submission',
            targetId: `${periodId}/${code}`,
            detail: `修改 ${changes.length} 个字段`,
          },
          tx,
        );
      }
    });
    return this.open(periodId, code, caller);
  }

  /**
   * Applies an approval action. Submitting validates completely first (with last year's values
   * and the county's peers); a hard issue, or a soft one without explanation, refuses it.
   */
  async act(
    periodId: string,
    code: string,
    caller: CollectionCaller,
    action: ApprovalAction,
    comment?: string,
  ): Promise<SubmissionView> {
    await this.transition(periodId, code, caller, action, comment);
    return this.open(periodId, code, caller);
  }

  /** `act` without reading the submission back: the state it is in afterwards. */
  private async transition(
    periodId: string,
    code: string,
    caller: CollectionCaller,
    action: ApprovalAction,
    comment?: string,
  ): Promise<SubmissionState> {
    const { period, view, inst, form, stored: row } = await this.load(periodId, code, caller);
    if (!row) {
      throw new AppError(
        'CONFLICT',
        `${inst.name}尚未开始填报${period.name}，还不能${action === 'submit' ? '提交' : '审核'}`,
        [{ field: 'state', value: 'notStarted', message: '学校尚未保存过报表' }],
      );
    }
    const values = row.values as FieldValues;
    if (action === 'submit') {
      const issues = validateValues(this.catalog, form, values, {
        previous: await this.previousValues(form, code, period.schoolYear),
        peers: await this.peerValues(view, inst, form, period),
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
    const result = applyAction(
      { id: String(row.id), state: row.state as SubmissionState, returnedAt: row.returnedAt },
      action,
      { level: caller.level, username: caller.actor.username },
      this.context(period),
      comment,
    );
    if (!result.ok) {
      const status =
        result.code === 'COMMENT_REQUIRED' || result.code === 'COMMENT_TOO_LONG'
          ? 'VALIDATION_FAILED'
          : 'CONFLICT';
      throw new AppError(status, result.message, [
        {
          field: result.code === 'COMMENT_REQUIRED' ? 'comment' : 'action',
          value: action,
          message: result.message,
        },
      ]);
    }
    const { next, event } = result;
    await this.db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Db;
      const ok = await updateSubmission(tx, row.id, row.version, {
        state: next.state,
        returnedAt: next.returnedAt,
        // Timeliness is the first submission's: a resubmission after a return is not late.
        ...(action === 'submit' && !row.submittedAt ? { submittedAt: event.at } : {}),
      });
      if (!ok) throw new AppError('CONFLICT', '报表已被他人处理，请刷新后重试', []);
      await insertSubmissionEvent(tx, {
        submissionId: row.id,
        action,
        fromState: event.from,
        toState: event.to,
        actorUsername: caller.actor.username,
        actorLevel: caller.level,
        comment: event.comment,
        at: event.at,
      });
      // Live figures: the moment a submission becomes final, its values are the statistics. The
      // revision records what it changed, so that caches patch their view instead of reloading.
      if (event.finalAfter && !event.finalBefore) {
        await upsertStatistics(tx, statisticsFromFieldValues(form, code, period.schoolYear, values));
        await bumpRevisionForStatistics(tx, period.schoolYear, [code]);
      }
      await this.audit.record(
        caller.actor,
        {
          action: `collection.${action}`,
          outcome: 'success',
          targetType: 'submission',
          targetId: `${periodId}/${code}`,
          oldValue: { state: event.from },
          newValue: { state: event.to, comment: event.comment },
        },
        tx,
      );
    });
    return next.state;
  }

  /**
   * One review action on many schools at once (a county approving its submitted forms): each
   * school is handled on its own — in its own transaction, with all the checks of `act` — and the
   * result says per school whether it was done or why not. Without `codes`, every school of the
   * caller's scope whose submission is in `fromState` (default: the state the action applies to).
   */
  async bulkAct(
    periodId: string,
    caller: CollectionCaller,
    action: ApprovalAction,
    options: { codes?: string[]; comment?: string } = {},
  ): Promise<{
    done: number;
    refused: number;
    results: Array<{ code: string; ok: boolean; state: string; message: string | null }>;
  }> {
    const period = this.requirePeriod(periodId);
    let codes = options.codes;
    if (!codes) {
      const waiting: Partial<Record<ApprovalAction, SubmissionState>> = {
        approve: caller.level === 'city' ? 'countyApproved' : 'submitted',
        return: caller.level === 'city' ? 'countyApproved' : 'submitted',
        grantUnlock: 'unlockRequested',
        rejectUnlock: 'unlockRequested',
      };
      const from = waiting[action];
      const view = await this.dataset.get();
      codes = (await listSubmissions(this.db, period.id))
        .filter((r) => r.state === from)
        .map((r) => r.institutionCode)
        .filter((code) => {
          const inst = view.institutions.get(code);
          return inst !== undefined && scopeIncludesInstitution(view.orgIndex, caller.scope, inst);
        });
    }
    const results: Array<{ code: string; ok: boolean; state: string; message: string | null }> = [];
    for (const code of [...new Set(codes)]) {
      try {
        const state = await this.transition(periodId, code, caller, action, options.comment);
        results.push({ code, ok: true, state, message: null });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        results.push({ code, ok: false, state: '', message: e.message });
      }
    }
    const done = results.filter((r) => r.ok).length;
    return { done, refused: results.length - done, results };
  }

  /**
   * Completeness and timeliness of a period for the caller's scope (optionally one org unit):
   * per county and per school, expected vs submitted vs approved vs final, on time or late, and
   * the days left before the close (negative after it).
   */
  async completeness(periodId: string, caller: CollectionCaller, orgCode?: string) {
    const period = this.requirePeriod(periodId);
    const view = await this.dataset.get();
    if (orgCode !== undefined) requireOrg(view, orgCode, caller.scope);
    const closeAt = Date.parse(period.closeAt);
    const now = this.clock().getTime();
    const expected = [...view.institutions.values()].filter(
      (i) =>
        isOperating(view.spans.get(i.code)!, period.schoolYear) &&
        scopeIncludesInstitution(view.orgIndex, caller.scope, i) &&
        (orgCode === undefined || view.orgIndex.contains(orgCode, i)) &&
        this.formFor(period, i.runningType) !== null,
    );
    const rows = new Map(
      (
        await listSubmissions(
          this.db,
          period.id,
          expected.map((i) => i.code),
        )
      ).map((r) => [r.institutionCode, r]),
    );
    const SUBMITTED: readonly string[] = ['submitted', 'countyApproved', 'cityApproved', 'unlockRequested'];
    const APPROVED: readonly string[] = ['countyApproved', 'cityApproved', 'unlockRequested'];
    const schools = expected
      .map((i) => {
        const r = rows.get(i.code);
        const state = r?.state ?? 'notStarted';
        const submittedAt = r?.submittedAt ?? null;
        const submitted = SUBMITTED.includes(state);
        const late = submitted ? submittedAt !== null && Date.parse(submittedAt) > closeAt : now > closeAt;
        return {
          code: i.code,
          name: i.name,
          countyCode: i.countyCode,
          townshipCode: i.townshipCode,
          state,
          submittedAt,
          submitted,
          approved: APPROVED.includes(state),
          final: r ? isFinal(state as SubmissionState, this.settings.finalLevel) : false,
          late,
        };
      })
      .sort((a, b) => a.countyCode.localeCompare(b.countyCode) || a.code.localeCompare(b.code));
    const counties = new Map<
      string,
      { expected: number; started: number; submitted: number; approved: number; final: number; late: number }
    >();
    for (const s of schools) {
      const c = counties.get(s.countyCode) ?? {
        expected: 0,
        started: 0,
        submitted: 0,
        approved: 0,
        final: 0,
        late: 0,
      };
      c.expected++;
      if (s.state !== 'notStarted') c.started++;
      if (s.submitted) c.submitted++;
      if (s.approved) c.approved++;
      if (s.final) c.final++;
      if (s.late) c.late++;
      counties.set(s.countyCode, c);
    }
    // How many schools are in each state (the reminder reads these, not the list).
    const states: Record<string, number> = {};
    for (const s of schools) states[s.state] = (states[s.state] ?? 0) + 1;
    return {
      period,
      daysLeft: daysUntilClose(period.closeAt, now),
      states,
      counties: [...counties].map(([code, c]) => ({
        code,
        name: view.orgIndex.byCode.get(code)?.name ?? code,
        ...c,
      })),
      schools,
    };
  }

  /**
   * The schools of an Excel template: a school clerk's own school (its form), or for a county or
   * city caller every operating school of `formId` within `orgCode` (default: the caller's unit),
   * with their current submission values.
   */
  async templateFor(
    periodId: string,
    caller: CollectionCaller,
    formId?: string,
    orgCode?: string,
  ): Promise<{
    period: CollectionPeriod;
    form: FormDefinition;
    unitName: string;
    schools: TemplateSchool[];
  }> {
    const period = this.requirePeriod(periodId);
    const view = await this.dataset.get();
    let form: FormDefinition | null;
    let schools: Institution[];
    let unitName: string;
    if (caller.scope.kind === 'institution') {
      if (orgCode !== undefined) requireOrg(view, orgCode, caller.scope);
      const inst = await this.requireInstitution(view, caller.scope.institutionCode, caller.scope);
      form = this.formFor(period, inst.runningType);
      if (!form || (formId !== undefined && formId !== form.id)) {
        throw invalid(`${inst.name}在${period.name}中应填报的报表不是 ${formId ?? '（无）'}`, [
          { field: 'form', value: formId ?? null, message: `本校的报表为 ${form?.id ?? '（无）'}` },
        ]);
      }
      schools = [inst];
      unitName = inst.name;
    } else {
      const unit = requireOrg(view, orgCode, caller.scope);
      const org = unit.code;
      if (formId === undefined) {
        throw invalid('请指定报表 form（如 AUTUMN-PRIMARY）', [
          { field: 'form', message: `可选：${period.forms.join('、')}` },
        ]);
      }
      form =
        this.catalog.forms
          .filter((f) => f.id === formId && period.forms.includes(f.id))
          .sort((a, b) => b.version - a.version)[0] ?? null;
      if (!form) {
        throw invalid(`${period.name}没有报表 ${formId}`, [
          { field: 'form', value: formId, message: `可选：${period.forms.join('、')}` },
        ]);
      }
      const f = form;
      schools = [...view.institutions.values()]
        .filter(
          (i) =>
            view.orgIndex.contains(org, i) &&
            scopeIncludesInstitution(view.orgIndex, caller.scope, i) &&
            isOperating(view.spans.get(i.code)!, period.schoolYear) &&
            this.formFor(period, i.runningType)?.id === f.id,
        )
        .sort((a, b) => a.code.localeCompare(b.code));
      unitName = unit.name;
    }
    const current = new Map(
      (
        await listSubmissions(
          this.db,
          period.id,
          schools.map((s) => s.code),
        )
      ).map((r) => [r.institutionCode, r.values as FieldValues]),
    );
    return {
      period,
      form,
      unitName,
      schools: schools.map((s) => ({ code: s.code, name: s.name, values: current.get(s.code) ?? null })),
    };
  }

  /**
   * Reads an uploaded template and plans it: per row the school, its state and the fields that
   * would change. Problems: the file's (workbook.import.ts), institutions unknown or outside the
   * caller's scope or of another form, and rows whose submission may not change now (period
   * closed, submitted, locked). Rows without changes are skipped (never checked against the
   * state): re-uploading the same file changes nothing.
   */
  private async planImport(
    periodId: string,
    data: Uint8Array,
    caller: CollectionCaller,
  ): Promise<{ period: CollectionPeriod; parsed: ParsedImport; work: RowWork[]; problems: ImportProblem[] }> {
    const period = this.requirePeriod(periodId);
    const view = await this.dataset.get();
    const hidden: string[] = [];
    const notFound =
      caller.scope.kind === 'institution'
        ? '学校（机构）代码不存在或不是本校（学校填报员只能导入本校的数据）'
        : '学校（机构）代码不存在或不在你的管理范围内';
    const parsed = await parseImport(data, this.catalog, period, {
      checkInstitution: (code, form) => {
        const inst = view.institutions.get(code);
        if (!inst || !scopeIncludesInstitution(view.orgIndex, caller.scope, inst)) {
          if (inst) hidden.push(code);
          return notFound;
        }
        if (!isOperating(view.spans.get(code)!, period.schoolYear)) {
          return `${inst.name}在 ${period.schoolYear} 学年不在办，不需要填报`;
        }
        const own = this.formFor(period, inst.runningType);
        if (own?.id !== form.id) {
          return `${inst.name}应填报“${own?.name ?? '（无报表）'}”，不是本模板的“${form.name}”`;
        }
        return null;
      },
    });
    if (hidden.length > 0) {
      await this.audit.recordMany(
        caller.actor,
        hidden.map((code) => ({
          action: 'access.denied',
          outcome: 'denied' as const,
          targetType: 'institution',
          targetId: code,
          detail: `超出管理范围：Excel 导入 ${period.id}`,
        })),
      );
    }
    const problems = [...parsed.problems];
    const work: RowWork[] = [];
    if (parsed.fatal || !parsed.form) return { period, parsed, work, problems };
    const form = parsed.form;
    const existing = new Map(
      (
        await listSubmissions(
          this.db,
          period.id,
          parsed.rows.map((r) => r.institutionCode),
        )
      ).map((r) => [r.institutionCode, r]),
    );
    const context = this.context(period);
    for (const r of parsed.rows) {
      const inst = view.institutions.get(r.institutionCode)!;
      const row = existing.get(r.institutionCode) ?? null;
      const old = (row?.values ?? {}) as Record<string, FieldValue>;
      const changes = Object.entries(r.values)
        .filter(([k, v]) => JSON.stringify(old[k] ?? null) !== JSON.stringify(v))
        .map(([k, v]) => ({ field: k, label: parsed.headers.get(k) ?? k, old: old[k] ?? null, new: v }));
      const state = row?.state ?? 'notStarted';
      work.push({
        plan: { row: r.row, institution: { code: inst.code, name: inst.name }, state, changes },
        existing: row,
        merged: { ...old, ...r.values },
      });
      if (changes.length === 0) continue;
      if (row && (row.formId !== form.id || row.formVersion !== form.version)) {
        problems.push(
          this.rowProblem(
            parsed,
            r.row,
            r.institutionCode,
            '报表版本',
            '该校已按另一版本的报表填报，请在线修改',
          ),
        );
        continue;
      }
      const result = applyAction(
        {
          id: String(row?.id ?? 0),
          state: (row?.state ?? 'draft') as SubmissionState,
          returnedAt: row?.returnedAt ?? null,
        },
        'save',
        { level: 'school', username: caller.actor.username },
        context,
      );
      if (!result.ok) {
        problems.push({
          ...this.rowProblem(parsed, r.row, r.institutionCode, '填报状态', result.message),
          kind: 'state',
        });
      }
    }
    return { period, parsed, work, problems };
  }

  private rowProblem(
    parsed: ParsedImport,
    row: number,
    code: string,
    rule: string,
    reason: string,
  ): ImportProblem {
    const p = { sheet: parsed.sheet, row, column: 'A', header: '学校代码', value: code, rule };
    return { ...p, kind: 'institution', message: describeProblem(p, reason) };
  }

  /**
   * Excel import of a period's submissions (issue 6), all or nothing. 'preview' writes nothing
   * and lists per row what would change and every problem. 'commit' runs the same checks, refuses
   * the whole file on any problem, and otherwise saves every changed row in one transaction
   * (value history and audit included); unchanged rows are skipped (no version bump).
   *
   * `onBehalf`: a county imports its schools' workbook (县级统一导入). Allowed only where the
   * school itself could save (draft or returned, period open); every value change records the
   * county user as `changedBy`, and each school's audit entry says it was imported by the county.
   */
  async importWorkbook(
    periodId: string,
    data: Uint8Array,
    caller: CollectionCaller,
    mode: 'preview' | 'commit',
    onBehalf = false,
  ): Promise<ImportResult> {
    if (mode === 'commit' && (onBehalf ? caller.scope.kind !== 'org' : caller.level !== 'school')) {
      throw new AppError(
        'FORBIDDEN',
        onBehalf ? '只有县级账号可以统一导入' : '只有学校填报员可以导入本校数据',
        [],
      );
    }
    const { period, parsed, work, problems } = await this.planImport(periodId, data, caller);
    const changed = work.filter((w) => w.plan.changes.length > 0);
    const result: ImportResult = {
      mode,
      period: { id: period.id, name: period.name },
      form: parsed.form ? { id: parsed.form.id, version: parsed.form.version, name: parsed.form.name } : null,
      sheet: parsed.sheet,
      onBehalf,
      rows: work.map((w) => w.plan),
      problems,
      summary: {
        rows: work.length,
        changedRows: changed.length,
        unchangedRows: work.length - changed.length,
        changedFields: changed.reduce((n, w) => n + w.plan.changes.length, 0),
      },
      canCommit: problems.length === 0,
      committed: false,
    };
    if (parsed.fatal) {
      throw new AppError(
        'IMPORT_REJECTED',
        `无法导入：${problems[0]?.message ?? '文件无效'}`,
        problems.map((p) => ({ field: 'file', value: p.value ?? p.sheet ?? undefined, message: p.message })),
      );
    }
    if (mode === 'preview') return result;
    if (problems.length > 0) {
      const onlyState = problems.every((p) => p.kind === 'state');
      throw new AppError(
        onlyState ? 'CONFLICT' : 'IMPORT_REJECTED',
        `导入被拒绝，未保存任何数据：共 ${problems.length} 个问题，第一个：${problems[0]!.message}`,
        problems.map((p) => ({
          field: p.row !== null ? `${p.sheet ?? ''}!${p.column ?? ''}${p.row}` : (p.sheet ?? 'file'),
          ...(p.value !== null ? { value: p.value } : {}),
          message: p.message,
        })),
      );
    }
    if (changed.length === 0) return { ...result, committed: true };
    const form = parsed.form!;
    const by = caller.actor.username;
    const conflict = () =>
      new AppError('CONFLICT', '导入期间有学校的报表被他人修改，未保存任何数据，请重新预览后再导入', []);
    await this.db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Db;
      const fresh = changed.filter((w) => !w.existing);
      const ids = await insertSubmissions(
        tx,
        fresh.map((w) => ({
          periodId: period.id,
          formId: form.id,
          formVersion: form.version,
          institutionCode: w.plan.institution.code,
          values: w.merged,
          explanations: {},
        })),
      );
      if (ids.size !== fresh.length) throw conflict();
      const updates = changed.filter((w) => w.existing);
      const written = await updateSubmissionValues(
        tx,
        updates.map((w) => ({ id: w.existing!.id, expectedVersion: w.existing!.version, values: w.merged })),
      );
      if (written !== updates.length) throw conflict();
      // One change set per submission (field, old, new), not one row per field: the history read
      // expands it (collection.repository.ts listValueChanges).
      await insertChangeSets(
        tx,
        changed.map((w) => ({
          submissionId: w.existing?.id ?? ids.get(w.plan.institution.code)!,
          changes: w.plan.changes.map((c) => [c.field, c.old, c.new] as const),
          changedBy: by,
        })),
      );
      await this.audit.recordMany(
        caller.actor,
        changed.map((w) => ({
          action: 'collection.import',
          outcome: 'success' as const,
          targetType: 'submission',
          targetId: `${period.id}/${w.plan.institution.code}`,
          detail: `Excel 导入修改 ${w.plan.changes.length} 个字段${onBehalf ? `（县级统一导入，由 ${by} 代学校导入）` : ''}`,
        })),
        tx,
      );
    });
    return { ...result, committed: true };
  }

  /** Every value change (old → new, who, when) and every state change of a submission. */
  async history(periodId: string, code: string, caller: CollectionCaller, fieldKey?: string) {
    const { stored: row } = await this.load(periodId, code, caller);
    if (!row) return { values: [], events: [] };
    return {
      values: await listValueChanges(this.db, row.id, fieldKey),
      events: await listSubmissionEvents(this.db, row.id),
    };
  }

  /**
   * Live figures including pending submissions: every submission waiting for approval — submitted,
   * or approved by the county while the city is the final level — as the statistics it would
   * become, with a marker that changes whenever any submission is written. `submissions` is null
   * when the marker is still `known` (nothing to re-read). Drafts and returned forms are not
   * pending; a locked form (also while an unlock is requested) already is the statistics.
   */
  async pendingStatistics(known?: string): Promise<{
    marker: string;
    submissions: Array<{
      periodId: string;
      state: SubmissionState;
      statistics: InstitutionYearStatistics;
    }> | null;
  }> {
    const marker = await submissionsMarker(this.db);
    if (marker === known) return { marker, submissions: null };
    const states = (['submitted', 'countyApproved'] as const).filter(
      (st) => !isFinal(st, this.settings.finalLevel),
    );
    const submissions = [];
    for (const row of await listSubmissionsInStates(this.db, states)) {
      const period = this.catalog.periods.find((p) => p.id === row.periodId);
      const form =
        this.catalog.forms.find((f) => f.id === row.formId && f.version === row.formVersion) ??
        this.catalog.forms.find((f) => f.id === row.formId);
      if (!period || !form) continue;
      submissions.push({
        periodId: period.id,
        state: row.state as SubmissionState,
        statistics: statisticsFromFieldValues(
          form,
          row.institutionCode,
          period.schoolYear,
          row.values as FieldValues,
        ),
      });
    }
    return { marker, submissions };
  }

  /**
   * Excel export of a period's data within the caller's scope (export.ts): one sheet per form,
   * a 说明 sheet, audited. Filters: org unit, form, state group (all | submitted | approved | final).
   */
  exportWorkbook(periodId: string, caller: CollectionCaller, filters: ExportFilters = {}) {
    return exportPeriod(
      {
        db: this.db,
        dataset: this.dataset,
        audit: this.audit,
        catalog: this.catalog,
        clock: this.clock,
        settings: this.settings,
        requirePeriod: (id) => this.requirePeriod(id),
        formFor: (period, runningType) => this.formFor(period, runningType),
      },
      periodId,
      caller,
      filters,
    );
  }
}
