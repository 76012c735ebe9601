/**
 * Tables to .xlsx with Chinese headers. The row/column mapping is pure (unit-tested); exceljs is
 * loaded only when the user exports, so it never enters the initial bundle.
 *
 * Percentages are numbers in a % number format, never text: a column marked `percent` gives shares
 * (0.884), and a cell a page formatted as a percentage ("88.4%", as formatPercent writes) is written
 * as the share it reads. A header that is a bare target id ("T1", "T1 状态") gets the target's short
 * title from the plan ("T1 公办园在园幼儿占比 状态"), so that a sheet read on its own names its columns.
 */

import { api } from '../api';
import { todayInShanghai } from '../format';
import { saveBlob } from '../download';

export type CellValue = string | number | null;

/** A share (0.884) to be written as a number with the percent format (88.4%). */
export interface PercentCell {
  percent: number;
}

export type ExportCell = CellValue | PercentCell;

/** The number format of percentage cells: one decimal, as the screens show them. */
export const PERCENT_FORMAT = '0.0%';

/** One column of an export: its Chinese header and how a row gives its cell. */
export interface ExportColumn<T> {
  header: string;
  value(row: T): CellValue;
  /** Column width in characters (default from the header). */
  width?: number;
  /** The values are shares (0..1): written as numbers in the percent format. */
  percent?: boolean;
}

export interface ExportSheet {
  name: string;
  /** A note above the table (e.g. 演示数据), or null. */
  title: string | null;
  headers: string[];
  rows: ExportCell[][];
  widths: number[];
}

export function isPercentCell(cell: ExportCell): cell is PercentCell {
  return typeof cell === 'object' && cell !== null;
}

/** "88.4%" or "-3 %" (a page's formatted percentage) → its share; anything else → null. */
export function percentFromText(text: string): number | null {
  const match = /^(-?\d+(?:\.(\d+))?)\s?%$/.exec(text.trim());
  if (!match) return null;
  const decimals = (match[2]?.length ?? 0) + 2;
  return Number((Number(match[1]) / 100).toFixed(decimals));
}

/** A cell as the workbook writes it: shares and formatted percentages as percent cells. */
export function toCell(value: CellValue | undefined, percent = false): ExportCell {
  if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return null;
  if (typeof value === 'number') return percent ? { percent: value } : value;
  if (typeof value === 'string') {
    const share = percentFromText(value);
    if (share !== null) return { percent: share };
  }
  return value;
}

export const DEMO_NOTE = '演示数据：本表数据为合成数据，仅供演示，不得作为真实数据使用';

/** Excel forbids : \ / ? * [ ] in sheet names and allows at most 31 characters. */
export function sheetName(name: string): string {
  const clean = name
    .replace(/[:\\/?*[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return (clean || 'Sheet1').slice(0, 31);
}

/**
 * The data rows of a table: one array per row, cells in column order; undefined/NaN as empty;
 * percentages as percent cells.
 */
export function toRows<T>(columns: ExportColumn<T>[], rows: readonly T[]): ExportCell[][] {
  return rows.map((row) => columns.map((column) => toCell(column.value(row), column.percent)));
}

/** "T1 公办园在园幼儿占比": a target's id with its short title. */
export function targetHeader(id: string, shortTitle: string): string {
  return `${id} ${shortTitle}`;
}

/** A header that is a target id alone or followed by a word: "T1", "T1 状态". */
const BARE_TARGET = /^(T\d+)(?=\s|$)/;

function bareTargetOf(header: string, names: ReadonlyMap<string, string>): string | null {
  const id = BARE_TARGET.exec(header)?.[1];
  if (id === undefined || !names.has(id)) return null;
  // Already named ("T1 公办园在园幼儿占比 …"): leave it.
  return header.slice(id.length).trimStart().startsWith(names.get(id)!) ? null : id;
}

/** Whether any header of the sheets is a bare target id (then the plan's titles are worth loading). */
export function hasBareTargetHeaders(sheets: readonly ExportSheet[]): boolean {
  return sheets.some((s) => s.headers.some((h) => BARE_TARGET.test(h)));
}

/**
 * The sheets with every bare target-id header named: "T1" → "T1 公办园在园幼儿占比", "T1 状态" →
 * "T1 公办园在园幼儿占比 状态"; the column grows to fit. Ids without a name stay as they are.
 */
export function nameTargetHeaders(
  sheets: readonly ExportSheet[],
  names: ReadonlyMap<string, string>,
): ExportSheet[] {
  return sheets.map((sheet) => {
    const headers = sheet.headers.map((h) => {
      const id = bareTargetOf(h, names);
      return id === null ? h : `${targetHeader(id, names.get(id)!)}${h.slice(id.length)}`;
    });
    return {
      ...sheet,
      headers,
      widths: sheet.widths.map((w, i) =>
        headers[i] === sheet.headers[i] ? w : Math.max(w, Math.min(40, headers[i]!.length * 2 + 2)),
      ),
    };
  });
}

/** Target id → short title, from the plan (public); empty when it cannot be read. */
async function loadTargetNames(): Promise<Map<string, string>> {
  try {
    const { plan } = await api<{ plan: { targets: { id: string; shortTitle: string }[] } }>(
      'GET',
      '/api/v1/plan',
    );
    return new Map(plan.targets.map((t) => [t.id, t.shortTitle]));
  } catch {
    // The export goes on with the ids the page gave.
    return new Map();
  }
}

/** A sheet for rows, with the 演示数据 note as a title row when the data set is a demo. */
export function buildSheet<T>(
  name: string,
  columns: ExportColumn<T>[],
  rows: readonly T[],
  demo: boolean,
): ExportSheet {
  return {
    name: sheetName(name),
    title: demo ? DEMO_NOTE : null,
    headers: columns.map((c) => c.header),
    rows: toRows(columns, rows),
    widths: columns.map((c) => c.width ?? Math.max(8, c.header.length * 2 + 2)),
  };
}

/** "学校名录-2025-20261128.xlsx": the date of today in Asia/Shanghai. */
export function exportFileName(base: string, now: Date = new Date()): string {
  const day = todayInShanghai(now).replaceAll('-', '');
  return `${base.replace(/[\\/:*?"<>|]/g, '-')}-${day}.xlsx`;
}

/** The .xlsx bytes of the sheets (exceljs loaded on demand). */
export async function workbookBytes(sheets: ExportSheet[]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'EduPlan';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    if (sheet.title !== null) {
      const row = ws.addRow([sheet.title]);
      row.font = { bold: true, color: { argb: 'FFC00000' } };
      if (sheet.headers.length > 1) ws.mergeCells(1, 1, 1, sheet.headers.length);
    }
    ws.addRow(sheet.headers).font = { bold: true };
    for (const cells of sheet.rows) {
      const row = ws.addRow(cells.map((c) => (isPercentCell(c) ? c.percent : c)));
      cells.forEach((c, i) => {
        if (isPercentCell(c)) row.getCell(i + 1).numFmt = PERCENT_FORMAT;
      });
    }
    sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    const headerRow = sheet.title === null ? 1 : 2;
    ws.views = [{ state: 'frozen', ySplit: headerRow }];
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** Builds the workbook (bare target ids in headers named from the plan) and lets the browser save it. */
export async function downloadXlsx(fileName: string, sheets: ExportSheet[]): Promise<void> {
  const named = hasBareTargetHeaders(sheets) ? nameTargetHeaders(sheets, await loadTargetNames()) : sheets;
  const bytes = await workbookBytes(named);
  const blob = new Blob([bytes], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  saveBlob(blob, fileName);
}

/** Every page of a paged API answer, pageSize rows at a time. */
export async function fetchAllPages<T>(
  fetchPage: (page: number, pageSize: number) => Promise<{ total: number; items: T[] }>,
  pageSize = 500,
): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; ; page++) {
    const { total, items } = await fetchPage(page, pageSize);
    all.push(...items);
    if (items.length === 0 || all.length >= total) return all;
  }
}
