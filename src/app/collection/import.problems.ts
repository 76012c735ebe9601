/**
 * The problem list of an Excel import (导入问题清单, issue 13 item 14): every problem and every rule
 * warning the preview found, one line each, sorted by Excel row (the file's own problems first),
 * errors of a row before its warnings, so that a clerk works through the file from top to bottom.
 * Columns: 行, 学校（机构）代码, 学校名称, 工作表, 列, 表头, 值, 类别, 规则, 问题说明; then a 说明 sheet
 * (period, form, file, when and by whom it was checked, the counts). The use case is
 * workbook.service.ts (problemList).
 */
import type ExcelJS from 'exceljs';
import type { CollectionPeriod } from '../../domain/collection/catalog.types.ts';
import { formatShanghai } from '../../domain/shared/time.ts';
import { newWorkbook } from '../shared/xlsx/xlsx.file.ts';
import type { ImportProblem } from './workbook.import.ts';
import type { ImportResult } from './workbook.service.ts';

export const PROBLEM_SHEET = '问题清单';
export const PROBLEM_NOTES_SHEET = '说明';

/** The columns of the problem sheet, in order, with their widths (characters). */
export const PROBLEM_COLUMNS = [
  { header: '行', width: 6 },
  { header: '学校（机构）代码', width: 16 },
  { header: '学校名称', width: 22 },
  { header: '工作表', width: 18 },
  { header: '列', width: 6 },
  { header: '表头', width: 26 },
  { header: '值', width: 14 },
  { header: '类别', width: 22 },
  { header: '规则', width: 30 },
  { header: '问题说明', width: 90 },
] as const;

/** What a line's 类别 says: whether it stops the import. */
export const PROBLEM_CATEGORY = {
  error: '错误（阻止导入）',
  warning: '提示（提交前须说明）',
} as const;

export interface ProblemLine {
  row: number | null;
  code: string;
  name: string;
  sheet: string;
  column: string;
  header: string;
  value: string;
  category: string;
  rule: string;
  message: string;
}

/**
 * The lines of the list: problems and warnings merged, sorted by row (no row first), a row's
 * errors before its warnings, the preview's order kept otherwise.
 */
export function problemLines(
  result: Pick<ImportResult, 'problems' | 'warnings'>,
  schoolOf: (row: number | null) => { code: string; name: string } | null,
): ProblemLine[] {
  const tagged = [
    ...result.problems.map((p) => ({ p, error: true })),
    ...result.warnings.map((p) => ({ p, error: false })),
  ];
  const sorted = tagged
    .map((t, i) => ({ ...t, i }))
    .sort((a, b) => (a.p.row ?? 0) - (b.p.row ?? 0) || Number(b.error) - Number(a.error) || a.i - b.i);
  return sorted.map(({ p, error }) => {
    const school = schoolOf(p.row);
    return {
      row: p.row,
      code: school?.code ?? '',
      name: school?.name ?? '',
      sheet: p.sheet ?? '',
      column: p.column ?? '',
      header: p.header ?? '',
      value: p.value ?? '',
      category: error ? PROBLEM_CATEGORY.error : PROBLEM_CATEGORY.warning,
      rule: p.rule,
      message: p.message,
    };
  });
}

const KIND_NAMES: Record<NonNullable<ImportProblem['kind']>, string> = {
  file: '文件',
  cell: '单元格',
  institution: '学校代码',
  state: '填报状态',
  rule: '校验规则',
};

export function buildProblemWorkbook(
  result: ImportResult,
  schoolOf: (row: number | null) => { code: string; name: string } | null,
  meta: { fileName: string | null; checkedAt: string; checkedBy: string; dataRows: number },
): ExcelJS.Workbook {
  const wb = newWorkbook(new Date(meta.checkedAt));
  const ws = wb.addWorksheet(PROBLEM_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = PROBLEM_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  const lines = problemLines(result, schoolOf);
  for (const l of lines) {
    const r = ws.addRow([
      l.row,
      l.code,
      l.name,
      l.sheet,
      l.column,
      l.header,
      l.value,
      l.category,
      l.rule,
      l.message,
    ]);
    r.getCell(10).alignment = { wrapText: true, vertical: 'top' };
    if (l.category === PROBLEM_CATEGORY.error) r.getCell(8).font = { color: { argb: 'FFCF1322' } };
    else r.getCell(8).font = { color: { argb: 'FFD46B08' } };
  }
  if (lines.length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: PROBLEM_COLUMNS.length } };
  } else {
    ws.addRow([null, '', '', '', '', '', '', '', '', '没有问题，也没有需要说明的提示']);
  }

  const kinds = new Map<string, number>();
  for (const p of result.problems) {
    const k = KIND_NAMES[p.kind ?? 'cell'];
    kinds.set(k, (kinds.get(k) ?? 0) + 1);
  }
  const notes = wb.addWorksheet(PROBLEM_NOTES_SHEET);
  notes.columns = [{ width: 16 }, { width: 80 }];
  const note = (label: string, value: string) => {
    notes.addRow([label, value]).getCell(1).font = { bold: true };
  };
  note('采集周期', `${result.period.name}（${result.period.id}）`);
  note(
    '报表',
    result.form ? `${result.form.name}（${result.form.id} 第 ${result.form.version} 版）` : '（无法识别）',
  );
  note('文件', meta.fileName ?? '（未给出文件名）');
  note('检查时间', `${formatShanghai(Date.parse(meta.checkedAt))}（北京时间）`);
  note('检查人', meta.checkedBy);
  note(
    '结果',
    `数据 ${meta.dataRows} 行（${result.summary.changedRows} 行有变化）；错误 ${result.problems.length} 个${
      kinds.size > 0 ? `（${[...kinds].map(([k, n]) => `${k} ${n}`).join('，')}）` : ''
    }，提示 ${result.warnings.length} 条；${result.canCommit ? '可以导入' : '有错误，改正后才能导入'}`,
  );
  note(
    '说明',
    '“错误”阻止导入：整份文件都不会保存，请全部改正后重新上传。“提示”是软规则（如较上年变化超过 30%、大班额）：不阻止导入，但学校提交前须在线填写说明。规则与在线填报相同（catalog/collection/rules.yaml）。',
  );
  return wb;
}

/** 导入问题清单-2026年秋季统计-甲县幼儿园.xlsx (the uploaded file's name without its extension). */
export function problemListFileName(period: CollectionPeriod, fileName: string | undefined): string {
  const base = (fileName ?? '').replace(/\.xlsx$/i, '');
  return `导入问题清单-${period.name}${base ? `-${base}` : ''}.xlsx`.replace(/[\\/:*?"<>|\s]+/g, '');
}
