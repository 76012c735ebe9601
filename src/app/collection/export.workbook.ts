/**
 * The workbook of a collection period's export (issue 6; the use case is workbook.service.ts):
 * every school of the caller's scope (optionally one org unit, one form, one state group) with its
 * current submission values.
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
 * county; an org unit outside the caller's scope is answered as not found (and the refusal
 * audited), like the completeness report. Every export is audited.
 */
import type ExcelJS from 'exceljs';
import {
  isApprovedState,
  isFinal,
  isSubmittedState,
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
import type { Institution } from '../../domain/registry/registry.types.ts';
import { formatShanghai } from '../../domain/shared/time.ts';
import { newWorkbook } from '../shared/xlsx/xlsx.file.ts';
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

/** "2026-09-15 10:00:00" in Beijing time. */
const shanghaiTime = (iso: string): string => formatShanghai(Date.parse(iso), 'second');

/** Whether a school in `state` belongs to the export's state group. */
export function matchesState(
  state: SubmissionState | 'notStarted',
  filter: ExportStateFilter,
  s: ApprovalSettings,
): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'submitted':
      return isSubmittedState(state);
    case 'approved':
      return isApprovedState(state);
    case 'final':
      return state !== 'notStarted' && isFinal(state, s.finalLevel);
  }
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
