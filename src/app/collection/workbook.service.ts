/**
 * Excel in and out (issue 6): the entry template of a form for the caller's schools, the
 * all-or-nothing import of a filled-in template (preview, the school's commit, the county's commit
 * on behalf of its schools) and the export of a period's data. Reading and writing workbooks is the
 * Excel kit's (app/shared/xlsx); the template's layout is workbook.template.ts, reading it back
 * workbook.import.ts, the export's layout export.workbook.ts.
 */
import {
  insertChangeSets,
  insertSubmissions,
  updateSubmissionValues,
  type SubmissionRow,
} from '../../db/collection/collection.repository.ts';
import { scopeIncludesInstitution } from '../../domain/access/scope.ts';
import { applyAction, type SubmissionState } from '../../domain/collection/approval.ts';
import { submissionForm } from '../../domain/collection/catalog.lookup.ts';
import type { CollectionPeriod, FormDefinition } from '../../domain/collection/catalog.types.ts';
import { changedValues, type FieldValue, type FieldValues } from '../../domain/collection/fields.ts';
import { isOperating } from '../../domain/registry/registry.history.ts';
import type { Institution } from '../../domain/registry/registry.types.ts';
import { AppError } from '../app-error.ts';
import { requireOrg } from '../registry/registry.service.ts';
import type { DatasetView } from '../shared/dataset.cache.ts';
import { writeWorkbook } from '../shared/xlsx/xlsx.file.ts';
import { invalid, notStarted, type CollectionCaller, type CollectionCore } from './collection.core.ts';
import { snapshotOf } from './submission.transition.ts';
import {
  buildExportWorkbook,
  EXPORT_STATE_FILTERS,
  exportFileName,
  matchesState,
  type ExportFilters,
  type ExportRow,
  type PeriodExport,
} from './export.workbook.ts';
import { describeProblem, parseImport, type ImportProblem, type ParsedImport } from './workbook.import.ts';
import { buildTemplate, templateFileName, type TemplateSchool } from './workbook.template.ts';

/** One school's row of an Excel import: what would change (label, old → new). */
export interface ImportRowPreview {
  row: number;
  institution: { code: string; name: string };
  /** The submission's state ('notStarted' before its first save). */
  state: SubmissionState | 'notStarted';
  changes: Array<{ field: string; label: string; old: FieldValue; new: FieldValue }>;
}

export interface ImportResult {
  mode: 'preview' | 'commit';
  period: { id: string; name: string };
  form: { id: string; version: number; name: string } | null;
  sheet: string | null;
  /** County-level import on behalf of the schools (县级统一导入). */
  onBehalf: boolean;
  rows: ImportRowPreview[];
  problems: ImportProblem[];
  summary: { rows: number; changedRows: number; unchangedRows: number; changedFields: number };
  /** Preview: whether a commit of this file would be accepted now. Commit: true (else it throws). */
  canCommit: boolean;
  committed: boolean;
}

interface RowWork {
  preview: ImportRowPreview;
  existing: SubmissionRow | null;
  merged: Record<string, FieldValue>;
}

export interface TemplateData {
  period: CollectionPeriod;
  form: FormDefinition;
  unitName: string;
  schools: TemplateSchool[];
}

export class WorkbookService {
  constructor(private readonly core: CollectionCore) {}

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
  ): Promise<TemplateData> {
    const core = this.core;
    const period = core.requirePeriod(periodId);
    const view = await core.data.current().view();
    let form: FormDefinition | null;
    let schools: Institution[];
    let unitName: string;
    if (caller.scope.kind === 'institution') {
      if (orgCode !== undefined) requireOrg(view, orgCode, caller.scope);
      const inst = core.requireInstitution(view, caller.scope.institutionCode, caller);
      form = core.formFor(period, inst.runningType);
      if (!form || (formId !== undefined && formId !== form.id)) {
        throw invalid(`${inst.name}在${period.name}中应填报的报表不是 ${formId ?? '（无）'}`, [
          { field: 'form', value: formId ?? null, message: `本校的报表为 ${form?.id ?? '（无）'}` },
        ]);
      }
      schools = [inst];
      unitName = inst.name;
    } else {
      const unit = requireOrg(view, orgCode, caller.scope);
      if (formId === undefined) {
        throw invalid('请指定报表 form（如 AUTUMN-PRIMARY）', [
          { field: 'form', message: `可选：${period.forms.join('、')}` },
        ]);
      }
      const f = core.requireForm(period, formId);
      form = f;
      schools = core
        .expectedSchools(view, period, caller, unit.code)
        .filter((i) => core.formFor(period, i.runningType)?.id === f.id)
        .sort((a, b) => a.code.localeCompare(b.code));
      unitName = unit.name;
    }
    const current = await core.submissionsByCode(
      period.id,
      schools.map((s) => s.code),
    );
    return {
      period,
      form,
      unitName,
      schools: schools.map((s) => ({
        code: s.code,
        name: s.name,
        values: (current.get(s.code)?.values as FieldValues | undefined) ?? null,
      })),
    };
  }

  /** The template as an .xlsx file with its Chinese name. */
  async template(
    periodId: string,
    caller: CollectionCaller,
    formId?: string,
    orgCode?: string,
  ): Promise<{ fileName: string; file: Buffer }> {
    const t = await this.templateFor(periodId, caller, formId, orgCode);
    return {
      fileName: templateFileName(t.period, t.form, t.unitName),
      file: await writeWorkbook(buildTemplate(this.core.catalog, t.period, t.form, t.schools)),
    };
  }

  /**
   * Reads an uploaded template and previews it: per row the school, its state and the fields that
   * would change. Problems: the file's (workbook.import.ts), institutions unknown or outside the
   * caller's scope or of another form, and rows whose submission may not change now (period
   * closed, submitted, locked). Rows without changes are skipped (never checked against the
   * state): re-uploading the same file changes nothing.
   */
  private async previewImport(
    periodId: string,
    data: Uint8Array,
    caller: CollectionCaller,
  ): Promise<{ period: CollectionPeriod; parsed: ParsedImport; work: RowWork[]; problems: ImportProblem[] }> {
    const core = this.core;
    const period = core.requirePeriod(periodId);
    const view = await core.data.current().view();
    const hidden: string[] = [];
    const notFound =
      caller.scope.kind === 'institution'
        ? '学校（机构）代码不存在或不是本校（学校填报员只能导入本校的数据）'
        : '学校（机构）代码不存在或不在你的管理范围内';
    const parsed = await parseImport(data, core.catalog, period, {
      checkInstitution: (code, form) => {
        const inst = view.institutions.get(code);
        if (!inst || !scopeIncludesInstitution(view.orgIndex, caller.scope, inst)) {
          if (inst) hidden.push(code);
          return notFound;
        }
        if (!isOperating(view.spans.get(code)!, period.schoolYear)) {
          return `${inst.name}在 ${period.schoolYear} 学年不在办，不需要填报`;
        }
        const own = core.formFor(period, inst.runningType);
        if (own?.id !== form.id) {
          return `${inst.name}应填报“${own?.name ?? '（无报表）'}”，不是本模板的“${form.name}”`;
        }
        return null;
      },
    });
    if (hidden.length > 0) {
      await core.audit.recordMany(
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
    const existing = await core.submissionsByCode(
      period.id,
      parsed.rows.map((r) => r.institutionCode),
    );
    const context = core.approvalContext(period);
    for (const r of parsed.rows) {
      const inst = view.institutions.get(r.institutionCode)!;
      const row = existing.get(r.institutionCode) ?? null;
      const old = (row?.values ?? {}) as Record<string, FieldValue>;
      const changes = changedValues(old, r.values).map((c) => ({
        field: c.key,
        label: parsed.headers.get(c.key) ?? c.key,
        old: c.old,
        new: c.new,
      }));
      const state = (row?.state ?? 'notStarted') as ImportRowPreview['state'];
      work.push({
        preview: { row: r.row, institution: { code: inst.code, name: inst.name }, state, changes },
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
        snapshotOf(row ?? notStarted(period.id, form, r.institutionCode)),
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
   * (value history and audit included); unchanged rows are skipped (no version bump). A school
   * account commits its own school's file.
   *
   * `onBehalf`: a county account imports its schools' workbook (县级统一导入). Allowed only where
   * the school itself could save (draft or returned, period open); every value change records the
   * county user as `changedBy`, and each school's audit entry says it was imported by the county.
   */
  async importWorkbook(
    periodId: string,
    data: Uint8Array,
    caller: CollectionCaller,
    mode: 'preview' | 'commit',
    onBehalf = false,
  ): Promise<ImportResult> {
    const core = this.core;
    if (mode === 'commit') {
      await core.requireLevelFirst(caller, onBehalf ? 'county' : 'school', {
        type: 'collectionPeriod',
        id: periodId,
      });
    }
    const { period, parsed, work, problems } = await this.previewImport(periodId, data, caller);
    const changed = work.filter((w) => w.preview.changes.length > 0);
    const result: ImportResult = {
      mode,
      period: { id: period.id, name: period.name },
      form: parsed.form ? { id: parsed.form.id, version: parsed.form.version, name: parsed.form.name } : null,
      sheet: parsed.sheet,
      onBehalf,
      rows: work.map((w) => w.preview),
      problems,
      summary: {
        rows: work.length,
        changedRows: changed.length,
        unchangedRows: work.length - changed.length,
        changedFields: changed.reduce((n, w) => n + w.preview.changes.length, 0),
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
    await core.data.write(async (tx) => {
      const fresh = changed.filter((w) => !w.existing);
      const ids = await insertSubmissions(
        tx,
        fresh.map((w) => ({
          periodId: period.id,
          formId: form.id,
          formVersion: form.version,
          institutionCode: w.preview.institution.code,
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
          submissionId: w.existing?.id ?? ids.get(w.preview.institution.code)!,
          changes: w.preview.changes.map((c) => [c.field, c.old, c.new] as const),
          changedBy: by,
        })),
      );
      await core.audit.recordMany(
        caller.actor,
        changed.map((w) => ({
          action: 'collection.import',
          outcome: 'success' as const,
          targetType: 'submission',
          targetId: `${period.id}/${w.preview.institution.code}`,
          detail: `Excel 导入修改 ${w.preview.changes.length} 个字段${onBehalf ? `（县级统一导入，由 ${by} 代学校导入）` : ''}`,
        })),
        tx,
      );
    });
    return { ...result, committed: true };
  }

  /** The org unit the export is limited to (checked against the caller's scope) and its name. */
  private unitOf(view: DatasetView, caller: CollectionCaller, org: string | undefined): string {
    if (org !== undefined) return requireOrg(view, org, caller.scope).name;
    if (caller.scope.kind === 'institution') {
      return view.institutions.get(caller.scope.institutionCode)?.name ?? caller.scope.institutionCode;
    }
    return view.orgIndex.byCode.get(caller.scope.orgCode)?.name ?? caller.scope.orgCode;
  }

  /** The rows of the export: schools in scope and filters, with their submissions, sorted by place. */
  private async exportRows(
    period: CollectionPeriod,
    view: DatasetView,
    caller: CollectionCaller,
    filters: ExportFilters,
  ): Promise<ExportRow[]> {
    const core = this.core;
    const candidates = [...view.institutions.values()].filter(
      (i) =>
        scopeIncludesInstitution(view.orgIndex, caller.scope, i) &&
        (filters.org === undefined || view.orgIndex.contains(filters.org, i)),
    );
    const stored = await core.submissionsByCode(
      period.id,
      candidates.map((i) => i.code),
    );
    const state = filters.state ?? 'all';
    const out: ExportRow[] = [];
    for (const inst of candidates) {
      const row = stored.get(inst.code);
      // Schools expected to report (operating that year, with a form), and any that has reported;
      // a stored submission keeps the form version it was filled in.
      const form = row
        ? submissionForm(core.catalog, period, row)
        : isOperating(view.spans.get(inst.code)!, period.schoolYear)
          ? core.formFor(period, inst.runningType)
          : null;
      if (!form || (filters.form !== undefined && form.id !== filters.form)) continue;
      const st = (row?.state ?? 'notStarted') as SubmissionState | 'notStarted';
      if (!matchesState(st, state, core.settings)) continue;
      out.push({
        institution: inst,
        countyName: view.orgIndex.byCode.get(inst.countyCode)?.name ?? inst.countyCode,
        townshipName: view.orgIndex.byCode.get(inst.townshipCode)?.name ?? inst.townshipCode,
        form,
        state: st,
        submittedAt: row?.submittedAt ?? null,
        values: (row?.values ?? {}) as FieldValues,
      });
    }
    return out.sort(
      (a, b) =>
        a.institution.countyCode.localeCompare(b.institution.countyCode) ||
        a.institution.townshipCode.localeCompare(b.institution.townshipCode) ||
        a.institution.code.localeCompare(b.institution.code),
    );
  }

  /**
   * Excel export of a period's data within the caller's scope (export.workbook.ts): one sheet per
   * form, a 说明 sheet, audited. Filters: org unit, form, state group (all | submitted | approved |
   * final).
   */
  async exportWorkbook(
    periodId: string,
    caller: CollectionCaller,
    filters: ExportFilters = {},
  ): Promise<PeriodExport> {
    const core = this.core;
    const period = core.requirePeriod(periodId);
    const state = filters.state ?? 'all';
    if (!EXPORT_STATE_FILTERS.includes(state)) {
      throw invalid(`状态筛选 state 不能为“${String(state)}”`, [
        { field: 'state', value: state, message: `可选：${EXPORT_STATE_FILTERS.join('、')}` },
      ]);
    }
    const form = filters.form !== undefined ? core.requireForm(period, filters.form) : null;
    const view = await core.data.current().view();
    const unitName = this.unitOf(view, caller, filters.org);
    const rows = await this.exportRows(period, view, caller, filters);
    const exportedAt = core.clock().toISOString();
    const { workbook, sheets } = buildExportWorkbook(core.catalog, rows, {
      period,
      exportedAt,
      exportedBy: caller.actor.username,
      unitName,
      filters: { org: filters.org ?? null, form, state },
      demoNotice: view.demo?.notice ?? null,
    });
    const file = await writeWorkbook(workbook);
    await core.audit.record(caller.actor, {
      action: 'collection.export',
      outcome: 'success',
      targetType: 'collectionPeriod',
      targetId: period.id,
      detail: `导出${period.name}数据：${unitName}，${rows.length} 所学校（机构），${sheets.length} 张报表；状态 ${state}${form ? `，报表 ${form.id}` : ''}`,
      newValue: { org: filters.org ?? null, form: form?.id ?? null, state, rows: rows.length },
    });
    return {
      period,
      fileName: exportFileName(period, unitName, exportedAt),
      file,
      rows: rows.length,
      sheets,
    };
  }
}
