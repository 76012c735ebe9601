/**
 * Excel in and out (issue 6): the entry template of a form for the caller's schools, the
 * all-or-nothing import of a filled-in template (preview, the school's commit, the county's commit
 * on behalf of its schools) and the export of a period's data. Reading and writing workbooks is the
 * Excel kit's (app/shared/xlsx); the template's layout is workbook.template.ts, reading it back
 * workbook.import.ts, the export's layout export.workbook.ts.
 */
import type { Db } from '../../db/database.ts';
import {
  insertChangeSets,
  insertSubmissions,
  lastChangesOf,
  listSubmissions,
  lockSubmissions,
  updateSubmissionValues,
  type SubmissionRow,
} from '../../db/collection/collection.repository.ts';
import { scopeIncludesInstitution } from '../../domain/access/scope.ts';
import {
  applyAction,
  SUBMISSION_STATE_NAMES,
  type SubmissionState,
} from '../../domain/collection/approval.ts';
import { submissionForm } from '../../domain/collection/catalog.lookup.ts';
import type { CollectionPeriod, FormDefinition } from '../../domain/collection/catalog.types.ts';
import {
  auditedChanges,
  changedValues,
  type FieldValue,
  type FieldValues,
} from '../../domain/collection/fields.ts';
import { formatShanghai } from '../../domain/shared/time.ts';
import { blockingIssues, validateValues, type ValidationIssue } from '../../domain/collection/validation.ts';
import { isOperating } from '../../domain/registry/registry.history.ts';
import type { Institution } from '../../domain/registry/registry.types.ts';
import { AppError } from '../app-error.ts';
import { requireOrg } from '../registry/registry.service.ts';
import type { DatasetView } from '../shared/dataset.cache.ts';
import { writeWorkbook } from '../shared/xlsx/xlsx.file.ts';
import { invalid, notStarted, type CollectionCaller, type CollectionCore } from './collection.core.ts';
import {
  decodePreviewToken,
  encodePreviewToken,
  fileSha256,
  MAX_PREVIEW_TOKEN_LENGTH,
  tokenMatchesFile,
} from './import.token.ts';
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
import { buildProblemWorkbook, problemListFileName } from './import.problems.ts';
import { describeProblem, parseImport, type ImportProblem, type ParsedImport } from './workbook.import.ts';
import { buildTemplate, templateFileName, type TemplateSchool } from './workbook.template.ts';

/** One school's row of an Excel import: what would change (label, old → new). */
export interface ImportRowPreview {
  row: number;
  institution: { code: string; name: string };
  /** The submission's state ('notStarted' before its first save). */
  state: SubmissionState | 'notStarted';
  /**
   * The version of the school's submission this row was compared against ('none': not started);
   * the commit refuses the file when it is no longer the stored one.
   */
  version: number | 'none';
  changes: Array<{ field: string; label: string; old: FieldValue; new: FieldValue }>;
  /** The form's rules on the row's values once imported, as online entry checks them. */
  checks: ImportRowChecks;
}

/**
 * The form's own rules (catalog/collection/rules.yaml, domain/collection/validation.ts) on one
 * row's values once imported — the file's filled-in cells over the stored values — with last
 * year's values and the county's peers, exactly as the entry form checks them on submission.
 */
export interface ImportRowChecks {
  /** Every hard and soft rule broken (field types and ranges are the file's cell problems). */
  issues: ValidationIssue[];
  /** Fields still empty: an imported draft may be incomplete; the submission needs them all. */
  unfilled: number;
  /** Soft rules broken for which the school has already written an explanation. */
  explained: string[];
}

export interface ImportResult {
  mode: 'preview' | 'commit';
  period: { id: string; name: string };
  form: { id: string; version: number; name: string } | null;
  sheet: string | null;
  /** County-level import on behalf of the schools (县级统一导入). */
  onBehalf: boolean;
  rows: ImportRowPreview[];
  /**
   * What refuses the import, sorted by row (the file's own problems first): the file's, its
   * cells', the institutions', the submissions' states, and every hard rule that reads a value
   * the file changes.
   */
  problems: ImportProblem[];
  /**
   * Rules broken by rows that change something that do not stop the import, sorted by row: soft
   * rules (the school must explain them before it submits), and hard rules broken by stored
   * values the file does not change (to be corrected before submitting).
   */
  warnings: ImportProblem[];
  summary: { rows: number; changedRows: number; unchangedRows: number; changedFields: number };
  /** Preview: whether a commit of this file would be accepted now. Commit: true (else it throws). */
  canCommit: boolean;
  committed: boolean;
  /**
   * Preview: what it compared the file against (the file's digest, each row's version), to be sent
   * with the commit of the same file (import.token.ts). Commit: null.
   */
  previewToken: string | null;
}

/** What an import request says about its file besides the bytes. */
export interface ImportOptions {
  /** The commit: the `previewToken` of the preview of this file (required). */
  previewToken?: string;
  /** The file's name as the client knows it (for the audit log only). */
  fileName?: string;
}

interface RowWork {
  preview: ImportRowPreview;
  existing: SubmissionRow | null;
  /** The file's values of this row (only its filled-in cells). */
  incoming: Record<string, FieldValue>;
  merged: Record<string, FieldValue>;
}

/** A row whose submission is no longer the one previewed: the row and what is stored now. */
interface StaleRow {
  work: RowWork;
  /** The version previewed (0: none); undefined when the preview did not read this row. */
  expected: number | undefined;
  current: SubmissionRow | null;
}

/** How many fields one school's refusal names (the rest are counted). */
const STALE_FIELDS_NAMED = 5;
/** A submission's version, 0 for none yet (as notStarted() and the preview token count). */
const versionOf = (row: SubmissionRow | null): number => row?.version ?? 0;

/** A value as a refusal names it: a number, a class list "45;46", or （空）. */
const showValue = (v: FieldValue): string =>
  v === null ? '（空）' : Array.isArray(v) ? v.join(';') : String(v);

/** Problems by Excel row, the file's own (no row) first; the order within a row is kept. */
const byRow = (problems: ImportProblem[]): ImportProblem[] =>
  [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));

/**
 * The versions the preview of this file read, by Excel row, from the commit's `previewToken`:
 * refused when missing, not a token, or a token of another file.
 */
function previewedVersions(token: string | undefined, sha256: Buffer): Map<number, number> {
  if (token === undefined || token === '') {
    throw invalid(
      '请先预览再导入：导入须带上预览返回的 previewToken（预览时读到的各校报表版本），以免覆盖预览后他人的修改',
      [{ field: 'previewToken', message: '缺少预览凭据，请先预览此文件' }],
    );
  }
  const decoded = decodePreviewToken(token);
  if (!decoded) {
    throw invalid('预览凭据 previewToken 无效，请重新预览后再导入', [
      { field: 'previewToken', message: '不是本平台预览返回的凭据' },
    ]);
  }
  if (!tokenMatchesFile(decoded, sha256)) {
    throw invalid('上传的文件与预览时的文件不同，请重新预览后再导入', [
      { field: 'previewToken', message: '预览凭据属于另一个文件' },
    ]);
  }
  return decoded.versions;
}

/** The rows whose submission is not the one previewed (or that the preview did not read). */
function staleRows(
  work: RowWork[],
  expected: Map<number, number>,
  currentOf: (w: RowWork) => SubmissionRow | null,
): StaleRow[] {
  return work.flatMap((w) => {
    const version = expected.get(w.preview.row);
    const current = currentOf(w);
    return version === undefined || version !== versionOf(current)
      ? [{ work: w, expected: version, current }]
      : [];
  });
}

/** The period's submissions of these schools as stored now, by code. */
async function currentRows(db: Db, periodId: string, codes: string[]): Promise<Map<string, SubmissionRow>> {
  return new Map((await listSubmissions(db, periodId, codes)).map((r) => [r.institutionCode, r]));
}

export interface TemplateData {
  period: CollectionPeriod;
  form: FormDefinition;
  /** The school's code for a school clerk, else the org unit's. */
  unitCode: string;
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
    let unitCode: string;
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
      unitCode = inst.code;
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
      unitCode = unit.code;
    }
    const current = await core.submissionsByCode(
      period.id,
      schools.map((s) => s.code),
    );
    return {
      period,
      form,
      unitCode,
      unitName,
      schools: schools.map((s) => ({
        code: s.code,
        name: s.name,
        values: (current.get(s.code)?.values as FieldValues | undefined) ?? null,
      })),
    };
  }

  /**
   * The template as an .xlsx file with its Chinese name. Audited (`collection.template`): a county
   * or city template carries the current values of every school in it.
   */
  async template(
    periodId: string,
    caller: CollectionCaller,
    formId?: string,
    orgCode?: string,
  ): Promise<{ fileName: string; file: Buffer }> {
    const t = await this.templateFor(periodId, caller, formId, orgCode);
    const file = await writeWorkbook(buildTemplate(this.core.catalog, t.period, t.form, t.schools));
    const prefilled = t.schools.filter((s) => Object.keys(s.values ?? {}).length > 0).length;
    await this.core.audit.record(caller.actor, {
      action: 'collection.template',
      outcome: 'success',
      targetType: 'collectionPeriod',
      targetId: t.period.id,
      detail: `下载${t.period.name}填报模板：${t.unitName}（${t.unitCode}），报表 ${t.form.id}，${t.schools.length} 所学校（机构），其中 ${prefilled} 所预填了已填报的数据`,
      newValue: {
        org: t.unitCode,
        form: t.form.id,
        formVersion: t.form.version,
        schools: t.schools.length,
        prefilled,
      },
    });
    return { fileName: templateFileName(t.period, t.form, t.unitName), file };
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
  ): Promise<{
    period: CollectionPeriod;
    parsed: ParsedImport;
    work: RowWork[];
    problems: ImportProblem[];
    warnings: ImportProblem[];
    outOfScope: number;
  }> {
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
    // One entry for the request, however many rows name schools outside the scope.
    await core.auditOutOfScope(
      caller,
      { type: 'collectionPeriod', id: period.id },
      `Excel 导入 ${period.id}`,
      hidden,
    );
    const problems = [...parsed.problems];
    const warnings: ImportProblem[] = [];
    const work: RowWork[] = [];
    const outOfScope = new Set(hidden).size;
    if (parsed.fatal || !parsed.form) return { period, parsed, work, problems, warnings, outOfScope };
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
        preview: {
          row: r.row,
          institution: { code: inst.code, name: inst.name },
          state,
          version: row ? row.version : 'none',
          changes,
          checks: { issues: [], unfilled: 0, explained: [] },
        },
        existing: row,
        incoming: r.values,
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
    // The form's rules on every row as it would be stored, read with one set of queries; only
    // rows that change something can be refused or warned about (the others write nothing).
    const contexts = await core.ruleContexts(
      view,
      period,
      form,
      work.map((w) => view.institutions.get(w.preview.institution.code)!),
    );
    for (const w of work) {
      const all = validateValues(core.catalog, form, w.merged, {
        ...contexts.get(w.preview.institution.code)!,
        mode: 'submit',
      });
      const issues = all.filter((i) => i.ruleId !== 'REQUIRED');
      const explanations = (w.existing?.explanations ?? {}) as Record<string, string>;
      const explained = [
        ...new Set(
          issues
            .filter((i) => i.severity === 'soft' && blockingIssues([i], explanations).length === 0)
            .map((i) => i.ruleId),
        ),
      ];
      w.preview.checks = { issues, unfilled: all.length - issues.length, explained };
      if (w.preview.changes.length === 0) continue;
      // A hard rule refuses the file when it reads a value the file changes; one broken by the
      // stored values alone was there before and is only reported.
      const changedKeys = new Set(w.preview.changes.map((c) => c.field));
      for (const i of issues) {
        if (i.severity === 'hard' && i.fields.some((k) => changedKeys.has(k))) {
          problems.push(this.ruleProblem(parsed, w, i, 'refuses'));
        } else {
          warnings.push(
            this.ruleProblem(
              parsed,
              w,
              i,
              i.severity === 'hard' ? 'stored' : explained.includes(i.ruleId) ? 'explained' : 'soft',
            ),
          );
        }
      }
    }
    return { period, parsed, work, problems: byRow(problems), warnings: byRow(warnings), outOfScope };
  }

  /**
   * A rule broken by a row, at the cell of its first field (where the entry form shows it): the
   * sheet, row, column and header, the value it would store, the rule's id and name, the school.
   */
  private ruleProblem(
    parsed: ParsedImport,
    w: RowWork,
    issue: ValidationIssue,
    how: 'refuses' | 'stored' | 'explained' | 'soft',
  ): ImportProblem {
    const key = issue.fields[0]!;
    const suffix = `（${issue.ruleId} ${issue.ruleName}）`;
    const reason = issue.message.endsWith(suffix) ? issue.message.slice(0, -suffix.length) : issue.message;
    const p = {
      sheet: parsed.sheet,
      row: w.preview.row,
      column: parsed.columns.get(key) ?? null,
      header: parsed.headers.get(key) ?? null,
      value: showValue(w.merged[key] ?? null),
      rule: `${issue.ruleId} ${issue.ruleName}`,
    };
    const note = {
      refuses: '',
      stored: '；已保存的数据原有此问题，本文件未修改相关数值，不阻止导入，提交前须改正',
      explained: '；学校已填写说明',
      soft: '；不阻止导入，提交前须填写说明',
    }[how];
    return {
      ...p,
      kind: 'rule',
      message: describeProblem(p, `${w.preview.institution.name}：${reason}${note}`),
    };
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
   * but its audit entry, and lists per row what would change, the version of the submission it
   * compared against, and every problem; its `previewToken` carries those versions. 'commit' runs
   * the same checks, refuses the whole file on any problem, requires the preview's token of this
   * very file, refuses (409, naming each school) when any row's submission is no longer the one
   * previewed, and otherwise saves every changed row in one transaction (value history and audit
   * included) after locking every row of the file and checking the versions again; unchanged rows
   * are skipped (no version bump). A school account commits its own school's file.
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
    options: ImportOptions = {},
  ): Promise<ImportResult> {
    const core = this.core;
    if (mode === 'commit') {
      await core.requireLevelFirst(caller, onBehalf ? 'county' : 'school', {
        type: 'collectionPeriod',
        id: periodId,
      });
    }
    const { result, period, parsed, work, changed, sha256, outOfScope } = await this.evaluate(
      periodId,
      data,
      caller,
      mode,
      onBehalf,
    );
    const problems = result.problems;
    if (mode === 'preview') {
      await this.auditPreview(
        caller,
        period,
        data,
        sha256,
        result,
        outOfScope,
        options.fileName,
        parsed.fatal,
      );
    }
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
    // What the preview compared against; refused when anything moved since (read now, then again
    // under the rows' locks in the transaction).
    const expected = previewedVersions(options.previewToken, sha256);
    const before = staleRows(work, expected, (w) => w.existing);
    if (before.length > 0) throw await this.staleError(core.db, parsed, before);
    if (changed.length === 0) return { ...result, committed: true };
    const form = parsed.form!;
    const by = caller.actor.username;
    const conflict = () =>
      new AppError('CONFLICT', '导入期间有学校的报表被他人修改，未保存任何数据，请重新预览后再导入', []);
    await core.data.write(async (tx) => {
      // Every row of the file, locked until the end: a parallel save waits, then finds a new
      // version (and is refused); a save that came first is seen here.
      const locked = new Map(
        (
          await lockSubmissions(
            tx,
            period.id,
            work.map((w) => w.preview.institution.code),
          )
        ).map((r) => [r.institutionCode, r]),
      );
      const moved = staleRows(work, expected, (w) => locked.get(w.preview.institution.code) ?? null);
      if (moved.length > 0) throw await this.staleError(tx, parsed, moved);
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
      if (ids.size !== fresh.length) {
        // A school's first save committed after the lock (nothing to lock then): name it.
        const missing = fresh.filter((w) => !ids.has(w.preview.institution.code));
        const now = await currentRows(
          tx,
          period.id,
          missing.map((w) => w.preview.institution.code),
        );
        throw await this.staleError(
          tx,
          parsed,
          missing.map((w) => ({
            work: w,
            expected: 0,
            current: now.get(w.preview.institution.code) ?? null,
          })),
        );
      }
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
          ...auditedChanges(w.preview.changes.map((c) => ({ key: c.field, old: c.old, new: c.new }))),
        })),
        tx,
      );
    });
    return { ...result, committed: true };
  }

  /**
   * The problem list of an uploaded file (导入问题清单, .xlsx; import.problems.ts): the preview's
   * problems and rule warnings, one line each, sorted by row, with the school of the row when it
   * is in the caller's scope. Writes nothing; audited as the preview it is.
   */
  async problemList(
    periodId: string,
    data: Uint8Array,
    caller: CollectionCaller,
    options: ImportOptions = {},
  ): Promise<{ fileName: string; file: Buffer; problems: number; warnings: number }> {
    const { result, period, parsed, sha256, outOfScope } = await this.evaluate(
      periodId,
      data,
      caller,
      'preview',
      false,
    );
    await this.auditPreview(
      caller,
      period,
      data,
      sha256,
      result,
      outOfScope,
      options.fileName,
      parsed.fatal,
      true,
    );
    const view = await this.core.data.current().view();
    const schoolOf = (row: number | null): { code: string; name: string } | null => {
      if (row === null) return null;
      const code = parsed.rowCodes.get(row);
      if (code === undefined) return null;
      const inst = view.institutions.get(code);
      const visible = inst !== undefined && scopeIncludesInstitution(view.orgIndex, caller.scope, inst);
      return { code, name: visible ? inst.name : '' };
    };
    const workbook = buildProblemWorkbook(result, schoolOf, {
      fileName: options.fileName ?? null,
      checkedAt: this.core.clock().toISOString(),
      checkedBy: caller.actor.username,
      dataRows: parsed.rowCodes.size,
    });
    return {
      fileName: problemListFileName(period, options.fileName),
      file: await writeWorkbook(workbook),
      problems: result.problems.length,
      warnings: result.warnings.length,
    };
  }

  /**
   * The preview of a file as an import and its problem list see it: every check, the rules of
   * each row, and the preview token. Writes nothing, audits nothing.
   */
  private async evaluate(
    periodId: string,
    data: Uint8Array,
    caller: CollectionCaller,
    mode: 'preview' | 'commit',
    onBehalf: boolean,
  ) {
    const { period, parsed, work, problems, warnings, outOfScope } = await this.previewImport(
      periodId,
      data,
      caller,
    );
    const sha256 = fileSha256(data);
    const changed = work.filter((w) => w.preview.changes.length > 0);
    let previewToken: string | null = null;
    if (mode === 'preview' && !parsed.fatal) {
      previewToken = encodePreviewToken(
        sha256,
        work.map((w) => ({ row: w.preview.row, version: versionOf(w.existing) })),
      );
      if (previewToken.length > MAX_PREVIEW_TOKEN_LENGTH) {
        // The commit could not carry it (it travels in the URL): refused now, not at the commit.
        previewToken = null;
        const p = { sheet: parsed.sheet, row: null, column: null, header: null, value: null, rule: '行数' };
        problems.unshift({
          ...p,
          kind: 'file',
          message: describeProblem(
            p,
            `共 ${work.length} 行，预览凭据过长（超过 ${MAX_PREVIEW_TOKEN_LENGTH} 个字符），请按县区分批导入`,
          ),
        });
      }
    }
    const result: ImportResult = {
      mode,
      period: { id: period.id, name: period.name },
      form: parsed.form ? { id: parsed.form.id, version: parsed.form.version, name: parsed.form.name } : null,
      sheet: parsed.sheet,
      onBehalf,
      rows: work.map((w) => w.preview),
      problems,
      warnings,
      summary: {
        rows: work.length,
        changedRows: changed.length,
        unchangedRows: work.length - changed.length,
        changedFields: changed.reduce((n, w) => n + w.preview.changes.length, 0),
      },
      canCommit: problems.length === 0,
      committed: false,
      previewToken,
    };
    return { result, period, parsed, work, changed, sha256, outOfScope };
  }

  /** The audit entry of a preview (`collection.import.preview`): who, which file, what it found. */
  private async auditPreview(
    caller: CollectionCaller,
    period: CollectionPeriod,
    data: Uint8Array,
    sha256: Buffer,
    result: ImportResult,
    outOfScope: number,
    fileName: string | undefined,
    fatal: boolean,
    problemList = false,
  ): Promise<void> {
    const { summary } = result;
    const size =
      data.byteLength < 1024 ? `${data.byteLength} 字节` : `${(data.byteLength / 1024).toFixed(0)} KB`;
    await this.core.audit.record(caller.actor, {
      action: 'collection.import.preview',
      outcome: fatal ? 'failure' : 'success',
      targetType: 'collectionPeriod',
      targetId: period.id,
      detail: `预览 Excel 导入（${period.name}）：文件${fileName ? `“${fileName}”` : ''} ${size}${
        result.form ? `，报表 ${result.form.id}` : ''
      }，${summary.rows} 行（${summary.changedRows} 行有变化，${summary.changedFields} 个字段），${result.problems.length} 个问题，${result.warnings.length} 条提示${
        fatal ? '（文件无法导入）' : ''
      }${problemList ? '；下载问题清单' : ''}`,
      newValue: {
        fileName: fileName ?? null,
        bytes: data.byteLength,
        sha256: sha256.toString('hex'),
        form: result.form?.id ?? null,
        rows: summary.rows,
        changedRows: summary.changedRows,
        changedFields: summary.changedFields,
        problems: result.problems.length,
        warnings: result.warnings.length,
        problemList,
        outOfScope,
      },
    });
  }

  /**
   * The refusal of a commit whose rows changed since the preview (409, nothing written): per
   * school its name and code, who changed it and when, and the fields where the file and the
   * stored values now differ.
   */
  private async staleError(db: Db, parsed: ParsedImport, stale: StaleRow[]): Promise<AppError> {
    const who = await lastChangesOf(
      db,
      stale.flatMap((s) => (s.current ? [s.current.id] : [])),
    );
    const details = stale.map(({ work, expected, current }) => {
      const { institution, row } = work.preview;
      const last = current ? who.get(current.id) : undefined;
      const by = last ? `${last.by} 于 ${formatShanghai(last.at)}` : null;
      let what: string;
      if (expected === undefined) what = '预览时未读取此行（当时该行有问题），请重新预览';
      else if (expected === 0) what = `预览后学校已开始填报${by ? `（${by}）` : ''}`;
      else {
        what = `预览后报表已被修改${by ? `（${by}；` : '（'}版本 ${expected} → ${versionOf(current)}）`;
      }
      if (current && current.state !== work.preview.state && current.state !== 'draft') {
        what += `，当前状态为“${SUBMISSION_STATE_NAMES[current.state as SubmissionState]}”`;
      }
      // The values the file would overwrite first, then those it would fill in.
      const diffs = changedValues((current?.values ?? {}) as Record<string, FieldValue>, work.incoming).sort(
        (a, b) => Number(a.old === null) - Number(b.old === null),
      );
      if (diffs.length > 0) {
        const named = diffs
          .slice(0, STALE_FIELDS_NAMED)
          .map(
            (d) =>
              `${parsed.headers.get(d.key) ?? d.key}现为 ${showValue(d.old)}，文件中为 ${showValue(d.new)}`,
          );
        what += `：${named.join('；')}${diffs.length > STALE_FIELDS_NAMED ? `；等 ${diffs.length} 个字段` : ''}`;
      }
      return {
        field: `${parsed.sheet ?? ''}!A${row}`,
        value: institution.code,
        message: `${institution.name}（${institution.code}）${what}`,
      };
    });
    const names = stale
      .slice(0, 3)
      .map((s) => `${s.work.preview.institution.name}（${s.work.preview.institution.code}）`);
    return new AppError(
      'CONFLICT',
      `导入被拒绝，未保存任何数据：预览后有 ${stale.length} 所学校的报表被修改，请重新预览后再导入：${names.join('、')}${
        stale.length > 3 ? ' 等' : ''
      }`,
      details,
    );
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
