/**
 * What every use case of data collection shares: the catalog and the approval settings, the
 * lookups (period, form, institution in scope), loading one school's submission, the level the
 * caller acts at (from its scope, never from its role) and the checks around it, and last year's
 * and the county's values for the rules that compare.
 */
import type { Db } from '../../db/database.ts';
import {
  findSubmission,
  listSubmissions,
  type SubmissionRow,
} from '../../db/collection/collection.repository.ts';
import { listStatisticsOf, listStatisticsOfYear } from '../../db/registry/registry.repository.ts';
import { scopeIncludesInstitution } from '../../domain/access/scope.ts';
import { isOperating } from '../../domain/registry/registry.history.ts';
import {
  ACTING_PERMISSION,
  APPROVAL_LEVEL_NAMES,
  isSubmittedState,
  levelOfScope,
  type ApprovalContext,
  type ApprovalLevel,
  type ApprovalSettings,
} from '../../domain/collection/approval.ts';
import { formForRunningType, latestForm } from '../../domain/collection/catalog.lookup.ts';
import type {
  CollectionCatalog,
  CollectionPeriod,
  FormDefinition,
} from '../../domain/collection/catalog.types.ts';
import type { FieldValues } from '../../domain/collection/fields.ts';
import { fieldValuesFromStatistics } from '../../domain/collection/statistics-values.ts';
import type { Institution } from '../../domain/registry/registry.types.ts';
import type { AuditService } from '../access/audit.service.ts';
import type { Clock } from '../access/auth.service.ts';
import { hasPermission, type Caller } from '../access/caller.ts';
import { AppError } from '../app-error.ts';
import type { DataSnapshots } from '../shared/data.snapshot.ts';
import type { DatasetView } from '../shared/dataset.cache.ts';

/** A caller of the collection's use cases: its level follows from its scope. */
export type CollectionCaller = Caller;

/** How many out-of-scope codes one aggregated `access.denied` entry lists (the count is complete). */
export const OUT_OF_SCOPE_LISTED = 50;

export const DEFAULT_APPROVAL_SETTINGS: ApprovalSettings = { finalLevel: 'city', resubmitGraceDays: 7 };

export function invalid(
  message: string,
  details: Array<{ field: string; value?: unknown; message: string }>,
) {
  return new AppError('VALIDATION_FAILED', message, details);
}

/** A stored submission, or the empty draft of a school that has not saved yet (version 0). */
export function notStarted(periodId: string, form: FormDefinition, code: string): SubmissionRow {
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

/** One school's submission as a use case starts from it. */
export interface LoadedSubmission {
  period: CollectionPeriod;
  view: DatasetView;
  inst: Institution;
  form: FormDefinition;
  /** null before the school's first save. */
  stored: SubmissionRow | null;
  row: SubmissionRow;
}

export class CollectionCore {
  constructor(
    readonly db: Db,
    readonly data: DataSnapshots,
    readonly audit: AuditService,
    readonly catalog: CollectionCatalog,
    readonly clock: Clock,
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
    return formForRunningType(this.catalog, period, runningType);
  }

  /** The form the institution fills in the period; refused when its running type has none. */
  requireFormOf(period: CollectionPeriod, inst: Institution): FormDefinition {
    const form = this.formFor(period, inst.runningType);
    if (!form) {
      throw invalid(`${inst.name}（办学类型 ${inst.runningType}）在${period.name}中没有需要填报的报表`, [
        { field: 'institution', value: inst.code, message: '该办学类型没有报表' },
      ]);
    }
    return form;
  }

  /**
   * The schools expected to report in the period within the caller's scope (optionally one org
   * unit): operating in its school year and with a form for their running type.
   */
  expectedSchools(
    view: DatasetView,
    period: CollectionPeriod,
    caller: CollectionCaller,
    orgCode?: string,
  ): Institution[] {
    return [...view.institutions.values()].filter(
      (i) =>
        isOperating(view.spans.get(i.code)!, period.schoolYear) &&
        scopeIncludesInstitution(view.orgIndex, caller.scope, i) &&
        (orgCode === undefined || view.orgIndex.contains(orgCode, i)) &&
        this.formFor(period, i.runningType) !== null,
    );
  }

  /** The stored submissions of the period, by institution (all of them without `codes`). */
  async submissionsByCode(periodId: string, codes?: string[]): Promise<Map<string, SubmissionRow>> {
    return new Map((await listSubmissions(this.db, periodId, codes)).map((r) => [r.institutionCode, r]));
  }

  /** The period's form `formId` (latest version); refused, naming the period's forms, when absent. */
  requireForm(period: CollectionPeriod, formId: string): FormDefinition {
    const form = latestForm(this.catalog, period, formId);
    if (!form) {
      throw invalid(`${period.name}没有报表 ${formId}`, [
        { field: 'form', value: formId, message: `可选：${period.forms.join('、')}` },
      ]);
    }
    return form;
  }

  approvalContext(period: CollectionPeriod): ApprovalContext {
    return {
      period: { openFrom: period.openFrom, closeAt: period.closeAt },
      settings: this.settings,
      now: this.clock().toISOString(),
    };
  }

  /** The level the caller acts at: a school, a county, or the city (from its scope). */
  levelOf(view: DatasetView, caller: CollectionCaller): ApprovalLevel {
    return levelOfScope(view.orgIndex.city, caller.scope);
  }

  /** Whether the caller's role may act at its level (a 督学 reads but never acts). */
  mayAct(view: DatasetView, caller: CollectionCaller): boolean {
    return hasPermission(caller, ACTING_PERMISSION[this.levelOf(view, caller)]);
  }

  /**
   * Refuses a write unless the caller's scope is of `level`: a school account enters, a county
   * account reviews, the city decides — whatever permissions a role in config/roles.yaml is given.
   * Refusals are audited like a missing permission.
   */
  async requireLevel(
    view: DatasetView,
    caller: CollectionCaller,
    level: ApprovalLevel,
    target: { type: string; id: string },
  ): Promise<void> {
    const actual = this.levelOf(view, caller);
    if (actual === level) return;
    await this.audit.record(caller.actor, {
      action: 'access.denied',
      outcome: 'denied',
      targetType: target.type,
      targetId: target.id,
      detail: `需要${APPROVAL_LEVEL_NAMES[level]}账号，当前为${APPROVAL_LEVEL_NAMES[actual]}账号`,
    });
    throw new AppError(
      'FORBIDDEN',
      `此操作只能由${APPROVAL_LEVEL_NAMES[level]}账号执行（您的账号属于${APPROVAL_LEVEL_NAMES[actual]}）`,
    );
  }

  /**
   * Refuses a write of another level before anything else is looked up (as the API did before the
   * check moved here): a county account trying to save is told so, never "not found".
   */
  async requireLevelFirst(
    caller: CollectionCaller,
    level: ApprovalLevel,
    target: { type: string; id: string },
  ) {
    await this.requireLevel(await this.data.current().view(), caller, level, target);
  }

  /**
   * One audit entry for every institution code of one request that lies outside the caller's
   * scope (an import file's rows, a bulk review's list), however many there are: the count and
   * the first OUT_OF_SCOPE_LISTED codes. Nothing when there are none.
   */
  async auditOutOfScope(
    caller: CollectionCaller,
    target: { type: string; id: string },
    what: string,
    codes: readonly string[],
  ): Promise<void> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return;
    const listed = unique.slice(0, OUT_OF_SCOPE_LISTED);
    const more = unique.length - listed.length;
    await this.audit.record(caller.actor, {
      action: 'access.denied',
      outcome: 'denied',
      targetType: target.type,
      targetId: target.id,
      detail: `超出管理范围：${what}，${unique.length} 个学校（机构）代码：${listed.slice(0, 10).join('、')}${unique.length > 10 ? ' 等' : ''}`,
      newValue: { count: unique.length, codes: listed, notListed: more },
    });
  }

  /** The institution `code` in the caller's scope; one outside it answers as not found. */
  requireInstitution(view: DatasetView, code: string, caller: CollectionCaller): Institution {
    const inst = view.institutions.get(code);
    if (!inst || !scopeIncludesInstitution(view.orgIndex, caller.scope, inst)) {
      const e = new AppError('INSTITUTION_NOT_FOUND', `学校（机构）代码 ${code} 不存在`, [
        { field: 'institution', value: code, message: '学校（机构）代码不存在' },
      ]);
      throw inst ? e.hiding('institution', code) : e;
    }
    return inst;
  }

  /**
   * What every use case on one school's submission starts from: the period, the school (in the
   * caller's scope, else not found), its form, and its stored submission (null before the first
   * save). One read of each.
   */
  async load(periodId: string, code: string, caller: CollectionCaller): Promise<LoadedSubmission> {
    const period = this.requirePeriod(periodId);
    const view = await this.data.current().view();
    const inst = this.requireInstitution(view, code, caller);
    const form = this.requireFormOf(period, inst);
    const stored = await findSubmission(this.db, period.id, code);
    // Nothing is stored until the school first saves: version 0 is "not started".
    return { period, view, inst, form, stored, row: stored ?? notStarted(period.id, form, code) };
  }

  /** Last school year's statistics of the institution as this form's values. */
  async previousValues(form: FormDefinition, code: string, schoolYear: number): Promise<FieldValues | null> {
    const prev = (await listStatisticsOf(this.db, code)).find((s) => s.schoolYear === schoolYear - 1);
    return prev ? fieldValuesFromStatistics(this.catalog, form, prev) : null;
  }

  /** Values of the county's other schools with the same form this year (for outlier rules). */
  async peerValues(
    view: DatasetView,
    inst: Institution,
    form: FormDefinition,
    period: CollectionPeriod,
  ): Promise<FieldValues[]> {
    return (await this.ruleContexts(view, period, form, [inst])).get(inst.code)!.peers;
  }

  /**
   * What the rules that compare read, for many schools of one form at once (an Excel import's
   * rows, a bulk approval's forms) in three queries: each school's last-year values (its previous
   * school year's statistics) and its county's other schools with the same form this year
   * (submitted values where there are any — drafts and returned forms are half-filled or being
   * corrected and would skew the median — else the year's statistics). One school's check online
   * reads the same (`peerValues`).
   */
  async ruleContexts(
    view: DatasetView,
    period: CollectionPeriod,
    form: FormDefinition,
    insts: readonly Institution[],
  ): Promise<Map<string, { previous: FieldValues | null; peers: FieldValues[] }>> {
    const counties = new Set(insts.map((i) => i.countyCode));
    const peerCodes = [...view.institutions.values()]
      .filter((i) => counties.has(i.countyCode) && form.runningTypes.includes(i.runningType))
      .map((i) => i.code);
    const [rows, stats, last] = await Promise.all([
      this.submissionsByCode(period.id, peerCodes),
      listStatisticsOfYear(this.db, period.schoolYear, peerCodes),
      listStatisticsOfYear(
        this.db,
        period.schoolYear - 1,
        insts.map((i) => i.code),
      ),
    ]);
    const byCode = new Map(stats.map((s) => [s.institutionCode, s]));
    const valuesOf = new Map<string, FieldValues>();
    for (const code of peerCodes) {
      const s = rows.get(code);
      const st = byCode.get(code);
      const v =
        s && isSubmittedState(s.state)
          ? (s.values as FieldValues)
          : st
            ? fieldValuesFromStatistics(this.catalog, form, st)
            : null;
      if (v) valuesOf.set(code, v);
    }
    const peersOf = new Map<string, string[]>();
    for (const code of peerCodes) {
      const county = view.institutions.get(code)!.countyCode;
      peersOf.set(county, [...(peersOf.get(county) ?? []), code]);
    }
    const previous = new Map(last.map((s) => [s.institutionCode, s]));
    const out = new Map<string, { previous: FieldValues | null; peers: FieldValues[] }>();
    for (const inst of insts) {
      const prev = previous.get(inst.code);
      out.set(inst.code, {
        previous: prev ? fieldValuesFromStatistics(this.catalog, form, prev) : null,
        peers: (peersOf.get(inst.countyCode) ?? [])
          .filter((c) => c !== inst.code && valuesOf.has(c))
          .map((c) => valuesOf.get(c)!),
      });
    }
    return out;
  }
}
