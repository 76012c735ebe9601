/**
 * Excel export of a collection period's data (issue 6): every school of the caller's scope
 * (optionally one org unit, one form, one state group) with its current submission values.
 *
 * The workbook has a 说明 sheet first (period, export time and person, filters, counts, and the
 * 演示数据 notice on demo data), then one sheet per form present, in catalog order: 学校（机构）代码,
 * 名称, 县市区, 乡镇街道, 状态, 提交时间 (Asia/Shanghai), then every field of the form with the same
 * Chinese headers as the entry template (workbook.template.ts), values as the template writes them
 * (numbers as numbers, class lists as "45;46;38").
 *
 * `state` (a small, fixed set; the groups are those of the completeness report):
 * - all (default): every school expected to report, not started ones included (empty values);
 * - submitted: handed in — submitted, county-approved, city-approved (locked) or unlock requested;
 * - approved: approved by the county at least — county-approved, city-approved, unlock requested;
 * - final: the values that are the live statistics (city approval, or county with finalLevel county).
 *
 * Scope: a school clerk gets its own school only (an `org` is not found for it); a county its
 * county; an org unit outside the caller's scope is answered as not found (and audited as a
 * refusal by the API layer), like the completeness report. Every export is audited.
 */
import type ExcelJS from 'exceljs';
import { newWorkbook, writeWorkbook } from '../shared/xlsx/xlsx.file.ts';
import { formatShanghai } from '../../domain/shared/time.ts';
import type { Db } from '../../db/database.ts';
import { listSubmissions, type SubmissionRow } from '../../db/collection/collection.repository.ts';
import { scopeIncludesInstitution } from '../../domain/access/scope.ts';
import {
  isFinal,
  SUBMISSION_STATE_NAMES,
  type ApprovalSettings,
  type SubmissionState,
} from '../../domain/collection/approval.ts';
import type {
  CollectionCatalog,
  CollectionPeriod,
  FormDefinition,
} from '../../domain/collection/catalog.types.ts';
import { formFields, type FieldValues } from '../../domain/collection/fields.ts';
import { isOperating } from '../../domain/registry/registry.history.ts';
import type { Institution } from '../../domain/registry/registry.types.ts';
import type { AuditService } from '../access/audit.service.ts';
import type { Clock } from '../access/auth.service.ts';
import { AppError } from '../app-error.ts';
import type { DatasetCache, DatasetView } from '../dataset.cache.ts';
import { requireOrg } from '../registry/registry.service.ts';
import type { CollectionCaller } from './collection.service.ts';
import {
  CODE_COLUMN_WIDTH,
  fieldCellValue,
  fieldColumnWidth,
  headerOf,
  NAME_COLUMN_WIDTH,
  sheetNameOf,
} from './workbook.template.ts';

export const EXPORT_STATE_FILTERS = ['all', 'submitted', 'approved', 'final'] as const;
export type ExportStateFilter = (typeof EXPORT_STATE_FILTERS)[number];

export const EXPORT_STATE_FILTER_NAMES: Readonly<Record<ExportStateFilter, string>> = {
  all: '全部学校（含未开始填报）',
  submitted: '已上报（已提交、县级已审核、市级已审核、解锁申请中）',
  approved: '县级已审核及以上（县级已审核、市级已审核、解锁申请中）',
  final: '已生效（审核完成，数值已成为统计数据）',
};

/** Chinese names of the states, with 未开始 for a school that has never saved. */
export const EXPORT_STATE_NAMES: Readonly<Record<SubmissionState | 'notStarted', string>> = {
  notStarted: '未开始',
  ...SUBMISSION_STATE_NAMES,
};

const SUBMITTED: ReadonlySet<string> = new Set([
  'submitted',
  'countyApproved',
  'cityApproved',
  'unlockRequested',
]);
const APPROVED: ReadonlySet<string> = new Set(['countyApproved', 'cityApproved', 'unlockRequested']);

/** The fixed columns before the fields. */
export const EXPORT_FIXED_HEADERS = [
  '学校（机构）代码',
  '名称',
  '县市区',
  '乡镇街道',
  '状态',
  '提交时间',
] as const;
export const EXPORT_NOTES_SHEET = '说明';

export interface ExportFilters {
  org?: string;
  form?: string;
  state?: ExportStateFilter;
}

/** What export.ts needs of the collection service (its collaborators and two of its lookups). */
export interface ExportDeps {
  db: Db;
  dataset: DatasetCache;
  audit: AuditService;
  catalog: CollectionCatalog;
  clock: Clock;
  settings: ApprovalSettings;
  requirePeriod(periodId: string): CollectionPeriod;
  formFor(period: CollectionPeriod, runningType: string): FormDefinition | null;
}

export interface ExportRow {
  institution: Institution;
  countyName: string;
  townshipName: string;
  form: FormDefinition;
  state: SubmissionState | 'notStarted';
  submittedAt: string | null;
  values: FieldValues;
}

export interface PeriodExport {
  period: CollectionPeriod;
  fileName: string;
  file: Buffer;
  rows: number;
  sheets: Array<{ name: string; formId: string; formVersion: number; rows: number }>;
}

function invalid(message: string, details: Array<{ field: string; value?: unknown; message: string }>) {
  return new AppError('VALIDATION_FAILED', message, details);
}

/** "2026-09-15 10:00:00" in Beijing time. */
const shanghaiTime = (iso: string): string => formatShanghai(Date.parse(iso), 'second');

function matchesState(state: SubmissionState | 'notStarted', filter: ExportStateFilter, s: ApprovalSettings) {
  switch (filter) {
    case 'all':
      return true;
    case 'submitted':
      return SUBMITTED.has(state);
    case 'approved':
      return APPROVED.has(state);
    case 'final':
      return state !== 'notStarted' && isFinal(state, s.finalLevel);
  }
}

/** The org unit the export is limited to (checked against the caller's scope) and its name. */
function unitOf(view: DatasetView, caller: CollectionCaller, org: string | undefined): string {
  if (org !== undefined) {
    return requireOrg(view, org, caller.scope).name;
  }
  if (caller.scope.kind === 'institution') {
    return view.institutions.get(caller.scope.institutionCode)?.name ?? caller.scope.institutionCode;
  }
  return view.orgIndex.byCode.get(caller.scope.orgCode)?.name ?? caller.scope.orgCode;
}

/** The form a stored submission was filled in (its version), else the period's form for the school. */
function formOfRow(deps: ExportDeps, row: SubmissionRow): FormDefinition | null {
  return deps.catalog.forms.find((f) => f.id === row.formId && f.version === row.formVersion) ?? null;
}

/** The rows of the export: schools in scope and filters, with their submissions, sorted by place. */
export async function exportRows(
  deps: ExportDeps,
  period: CollectionPeriod,
  view: DatasetView,
  caller: CollectionCaller,
  filters: ExportFilters,
): Promise<ExportRow[]> {
  const candidates = [...view.institutions.values()].filter(
    (i) =>
      scopeIncludesInstitution(view.orgIndex, caller.scope, i) &&
      (filters.org === undefined || view.orgIndex.contains(filters.org, i)),
  );
  const stored = new Map(
    (
      await listSubmissions(
        deps.db,
        period.id,
        candidates.map((i) => i.code),
      )
    ).map((r) => [r.institutionCode, r]),
  );
  const state = filters.state ?? 'all';
  const out: ExportRow[] = [];
  for (const inst of candidates) {
    const row = stored.get(inst.code);
    // Schools expected to report (operating that year, with a form), and any that has reported.
    const form = row
      ? (formOfRow(deps, row) ?? deps.formFor(period, inst.runningType))
      : isOperating(view.spans.get(inst.code)!, period.schoolYear)
        ? deps.formFor(period, inst.runningType)
        : null;
    if (!form || (filters.form !== undefined && form.id !== filters.form)) continue;
    const st = (row?.state ?? 'notStarted') as SubmissionState | 'notStarted';
    if (!matchesState(st, state, deps.settings)) continue;
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

export interface ExportNotes {
  period: CollectionPeriod;
  exportedAt: string;
  exportedBy: string;
  unitName: string;
  filters: { org: string | null; form: FormDefinition | null; state: ExportStateFilter };
  demoNotice: string | null;
}

/** Builds the workbook (pure apart from exceljs): 说明 first, then one sheet per form present. */
export function buildExportWorkbook(
  catalog: CollectionCatalog,
  rows: readonly ExportRow[],
  notes: ExportNotes,
): { workbook: ExcelJS.Workbook; sheets: PeriodExport['sheets'] } {
  const wb = newWorkbook(new Date(Date.parse(notes.exportedAt)));
  const info = wb.addWorksheet(EXPORT_NOTES_SHEET);

  // Forms present, in catalog order (a version each: a school that reported on an older version
  // of a form gets that version's sheet).
  const groups = new Map<FormDefinition, ExportRow[]>();
  for (const f of catalog.forms) {
    const rs = rows.filter((r) => r.form === f);
    if (rs.length > 0) groups.set(f, rs);
  }
  const versions = new Map<string, number>();
  for (const f of groups.keys()) versions.set(f.id, (versions.get(f.id) ?? 0) + 1);
  const bold = { bold: true };
  const sheets: PeriodExport['sheets'] = [];
  for (const [form, rs] of groups) {
    const suffix = versions.get(form.id)! > 1 ? ` 第${form.version}版` : '';
    const name = `${sheetNameOf(form).slice(0, 31 - suffix.length)}${suffix}`;
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
    const fields = formFields(catalog, form);
    const header = ws.getRow(1);
    header.values = [...EXPORT_FIXED_HEADERS, ...fields.map(headerOf)];
    header.font = bold;
    header.alignment = { wrapText: true, vertical: 'middle' };
    header.height = 48;
    [CODE_COLUMN_WIDTH, NAME_COLUMN_WIDTH, 12, 14, 14, 20].forEach((w, i) => (ws.getColumn(i + 1).width = w));
    fields.forEach((f, i) => (ws.getColumn(EXPORT_FIXED_HEADERS.length + i + 1).width = fieldColumnWidth(f)));
    for (const r of rs) {
      ws.addRow([
        r.institution.code,
        r.institution.name,
        r.countyName,
        r.townshipName,
        EXPORT_STATE_NAMES[r.state],
        r.submittedAt ? shanghaiTime(r.submittedAt) : null,
        ...fields.map((f) => fieldCellValue(r.values[f.key])),
      ]);
    }
    fields.forEach((f, i) => {
      if (f.element.type === 'integerList') ws.getColumn(EXPORT_FIXED_HEADERS.length + i + 1).numFmt = '@';
    });
    ws.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1, column: EXPORT_FIXED_HEADERS.length + fields.length },
    };
    sheets.push({ name, formId: form.id, formVersion: form.version, rows: rs.length });
  }

  // 说明: what this file is, how it was filtered, and what it holds.
  const p = notes.period;
  const byState = new Map<string, number>();
  for (const r of rows) byState.set(r.state, (byState.get(r.state) ?? 0) + 1);
  const lines: Array<[string, string | number]> = [
    ['采集周期', `${p.name}（${p.id}，${p.schoolYear} 学年）`],
    ['填报时间', `${shanghaiTime(p.openFrom)} 至 ${shanghaiTime(p.closeAt)}（北京时间）`],
    ['导出时间', `${shanghaiTime(notes.exportedAt)}（北京时间）`],
    ['导出人', notes.exportedBy],
    ['范围', notes.unitName],
    ['筛选：单位 org', notes.filters.org ?? '（未指定：导出人的全部管理范围）'],
    [
      '筛选：报表 form',
      notes.filters.form ? `${notes.filters.form.id}（${notes.filters.form.name}）` : '（未指定：全部报表）',
    ],
    ['筛选：状态 state', `${notes.filters.state}：${EXPORT_STATE_FILTER_NAMES[notes.filters.state]}`],
    ['学校（机构）数', rows.length],
    ...(Object.keys(EXPORT_STATE_NAMES) as Array<keyof typeof EXPORT_STATE_NAMES>)
      .filter((s) => byState.has(s))
      .map((s): [string, number] => [`  其中${EXPORT_STATE_NAMES[s]}`, byState.get(s)!]),
    ...sheets.map((s): [string, number] => [`工作表“${s.name}”`, s.rows]),
    [
      '说明',
      '数值为导出时各校报表的当前值；“已生效”的数值已成为统计数据，其余状态的数值尚未审核完成，仅供参考。',
    ],
    ['', '未开始填报的学校没有数值；各班人数按“45;46;38”的格式写出。'],
  ];
  info.getColumn(1).width = 22;
  info.getColumn(2).width = 90;
  const title = info.addRow([`${p.name} 数据导出`]);
  title.font = { bold: true, size: 13 };
  if (notes.demoNotice) {
    const demo = info.addRow(['演示数据', notes.demoNotice]);
    demo.font = { bold: true, color: { argb: 'FFC00000' } };
  }
  for (const [k, v] of lines) info.addRow([k, v]).getCell(1).font = bold;
  return { workbook: wb, sheets };
}

/** Chinese file name, e.g. 2026年秋季统计-数据导出-任城区-20261128.xlsx. */
export function exportFileName(period: CollectionPeriod, unitName: string, exportedAt: string): string {
  const day = shanghaiTime(exportedAt).slice(0, 10).replaceAll('-', '');
  return `${period.name}-数据导出-${unitName}-${day}.xlsx`.replace(/[\\/:*?"<>|\s]+/g, '');
}

/** The use case: checks, reads, builds the workbook and audits the export. */
export async function exportPeriod(
  deps: ExportDeps,
  periodId: string,
  caller: CollectionCaller,
  filters: ExportFilters = {},
): Promise<PeriodExport> {
  const period = deps.requirePeriod(periodId);
  const state = filters.state ?? 'all';
  if (!EXPORT_STATE_FILTERS.includes(state)) {
    throw invalid(`状态筛选 state 不能为“${String(state)}”`, [
      { field: 'state', value: state, message: `可选：${EXPORT_STATE_FILTERS.join('、')}` },
    ]);
  }
  let form: FormDefinition | null = null;
  if (filters.form !== undefined) {
    form =
      deps.catalog.forms
        .filter((f) => f.id === filters.form && period.forms.includes(f.id))
        .sort((a, b) => b.version - a.version)[0] ?? null;
    if (!form) {
      throw invalid(`${period.name}没有报表 ${filters.form}`, [
        { field: 'form', value: filters.form, message: `可选：${period.forms.join('、')}` },
      ]);
    }
  }
  const view = await deps.dataset.get();
  const unitName = unitOf(view, caller, filters.org);
  const rows = await exportRows(deps, period, view, caller, filters);
  const exportedAt = deps.clock().toISOString();
  const { workbook, sheets } = buildExportWorkbook(deps.catalog, rows, {
    period,
    exportedAt,
    exportedBy: caller.actor.username,
    unitName,
    filters: { org: filters.org ?? null, form, state },
    demoNotice: view.demo?.notice ?? null,
  });
  const file = await writeWorkbook(workbook);
  await deps.audit.record(caller.actor, {
    action: 'collection.export',
    outcome: 'success',
    targetType: 'collectionPeriod',
    targetId: period.id,
    detail: `导出${period.name}数据：${unitName}，${rows.length} 所学校（机构），${sheets.length} 张报表；状态 ${state}${form ? `，报表 ${form.id}` : ''}`,
    newValue: { org: filters.org ?? null, form: form?.id ?? null, state, rows: rows.length },
  });
  return { period, fileName: exportFileName(period, unitName, exportedAt), file, rows: rows.length, sheets };
}
