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
  insertValueChanges,
  listSubmissionEvents,
  listSubmissions,
  listValueChanges,
  updateSubmission,
  upsertStatistics,
  type SubmissionRow,
} from '../../db/collection.repository.ts';
import { bumpRevision, listStatisticsOf } from '../../db/registry.repository.ts';
import { listStatisticsOfYear } from '../../db/standards.repository.ts';
import type { Scope } from '../../domain/access/access.types.ts';
import { isOrgWithin, scopeIncludesInstitution } from '../../domain/access/scope.ts';
import { isOperating } from '../../domain/registry/registry.history.ts';
import {
  allowedActions,
  applyAction,
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
import type { Actor, AuditService } from '../access/audit.service.ts';
import { AppError } from '../app-error.ts';
import type { Clock } from '../access/auth.service.ts';
import type { DatasetCache, DatasetView } from '../dataset.cache.ts';

export const DEFAULT_APPROVAL_SETTINGS: ApprovalSettings = { finalLevel: 'city', resubmitGraceDays: 7 };

export interface CollectionCaller {
  actor: Actor;
  scope: Scope;
  level: ApprovalLevel;
}

export interface SubmissionView {
  periodId: string;
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
    const submitted = new Map(
      (await listSubmissions(this.db, period.id, [...codes])).map((s) => [
        s.institutionCode,
        s.values as FieldValues,
      ]),
    );
    const out: FieldValues[] = [];
    // Submitted values where there are any, else the statistics of the year (or none).
    const stats = new Map(
      (await listStatisticsOfYear(this.db, period.schoolYear))
        .filter((s) => codes.has(s.institutionCode))
        .map((s) => [s.institutionCode, s]),
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
  async open(periodId: string, code: string, caller: CollectionCaller): Promise<SubmissionView> {
    const period = this.requirePeriod(periodId);
    const view = await this.dataset.get();
    const inst = await this.requireInstitution(view, code, caller.scope);
    const form = this.formFor(period, inst.runningType);
    if (!form) {
      throw invalid(`${inst.name}（办学类型 ${inst.runningType}）在${period.name}中没有需要填报的报表`, [
        { field: 'institution', value: code, message: '该办学类型没有报表' },
      ]);
    }
    // Nothing is stored until the school first saves: version 0 is "not started".
    const row = (await findSubmission(this.db, period.id, code)) ?? notStarted(period.id, form, code);
    const previous = await this.previousValues(form, code, period.schoolYear);
    const values = row.values as FieldValues;
    const issues = validateValues(this.catalog, form, values, {
      previous,
      mode: row.state === 'draft' ? 'draft' : 'submit',
    });
    return this.view(row, inst, form, previous, issues, caller.level, period);
  }

  /** Saves values (only the school, only while editable and the period allows). */
  async save(
    periodId: string,
    code: string,
    caller: CollectionCaller,
    input: { version: number; values: Record<string, FieldValue>; explanations?: Record<string, string> },
  ): Promise<SubmissionView> {
    const current = await this.open(periodId, code, caller);
    const period = this.requirePeriod(periodId);
    const row = (await findSubmission(this.db, period.id, code)) ?? notStarted(period.id, current.form, code);
    const keys = new Set(formFields(this.catalog, current.form).map((f) => f.key));
    const unknown = Object.keys(input.values).filter((k) => !keys.has(k));
    if (unknown.length > 0) {
      throw invalid(
        `报表 ${current.form.id} 没有这些字段：${unknown.slice(0, 5).join('、')}`,
        unknown.map((k) => ({ field: `values.${k}`, value: k, message: '报表中没有此字段' })),
      );
    }
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
    const typeIssues = validateValues(this.catalog, current.form, values, { mode: 'draft' });
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
          formId: current.form.id,
          formVersion: current.form.version,
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
    const current = await this.open(periodId, code, caller);
    const period = this.requirePeriod(periodId);
    const view = await this.dataset.get();
    const inst = view.institutions.get(code)!;
    const row = await findSubmission(this.db, period.id, code);
    if (!row) {
      throw new AppError(
        'CONFLICT',
        `${inst.name}尚未开始填报${period.name}，还不能${action === 'submit' ? '提交' : '审核'}`,
        [{ field: 'state', value: 'notStarted', message: '学校尚未保存过报表' }],
      );
    }
    if (action === 'submit') {
      const peers = await this.peerValues(view, inst, current.form, period);
      const issues = validateValues(this.catalog, current.form, current.values, {
        previous: current.previous,
        peers,
        mode: 'submit',
      });
      const blocking = blockingIssues(issues, current.explanations);
      if (blocking.length > 0) {
        throw invalid(
          `有 ${blocking.length} 个问题需要处理后才能提交`,
          blocking.map((i) => ({
            field: i.severity === 'soft' ? `explanations.${i.ruleId}` : `values.${i.fields[0]}`,
            value: current.values[i.fields[0]!] ?? null,
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
        ...(action === 'submit' ? { submittedAt: event.at } : {}),
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
      // Live figures: the moment a submission becomes final, its values are the statistics.
      if (event.finalAfter && !event.finalBefore) {
        await upsertStatistics(
          tx,
          statisticsFromFieldValues(current.form, code, period.schoolYear, current.values),
        );
        await bumpRevision(tx);
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
    return this.open(periodId, code, caller);
  }

  /**
   * Completeness and timeliness of a period for the caller's scope (optionally one org unit):
   * per county and per school, expected vs submitted vs approved vs final, on time or late, and
   * the days left before the close (negative after it).
   */
  async completeness(periodId: string, caller: CollectionCaller, orgCode?: string) {
    const period = this.requirePeriod(periodId);
    const view = await this.dataset.get();
    if (orgCode !== undefined) {
      const org = view.orgIndex.byCode.get(orgCode);
      if (!org || caller.scope.kind !== 'org' || !isOrgWithin(view.orgIndex, orgCode, caller.scope.orgCode)) {
        const e = new AppError('ORG_UNIT_NOT_FOUND', `组织机构代码 ${orgCode} 不存在`, [
          { field: 'org', value: orgCode, message: '组织机构代码不存在' },
        ]);
        throw org ? e.hiding('orgUnit', orgCode) : e;
      }
    }
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
    return {
      period,
      daysLeft: Math.ceil((closeAt - now) / 86_400_000),
      counties: [...counties].map(([code, c]) => ({
        code,
        name: view.orgIndex.byCode.get(code)?.name ?? code,
        ...c,
      })),
      schools,
    };
  }

  /** Every value change (old → new, who, when) and every state change of a submission. */
  async history(periodId: string, code: string, caller: CollectionCaller, fieldKey?: string) {
    await this.open(periodId, code, caller);
    const row = await findSubmission(this.db, periodId, code);
    if (!row) return { values: [], events: [] };
    return {
      values: await listValueChanges(this.db, row.id, fieldKey),
      events: await listSubmissionEvents(this.db, row.id),
    };
  }
}
