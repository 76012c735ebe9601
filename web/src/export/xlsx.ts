/**
 * Tables to .xlsx with Chinese headers. The row/column mapping is pure (unit-tested); exceljs is
 * loaded only when the user exports, so it never enters the initial bundle.
 */

import { todayInShanghai } from '../format';
import { saveBlob } from '../download';

export type CellValue = string | number | null;

/** One column of an export: its Chinese header and how a row gives its cell. */
export interface ExportColumn<T> {
  header: string;
  value(row: T): CellValue;
  /** Column width in characters (default from the header). */
  width?: number;
}

export interface ExportSheet {
  name: string;
  /** A note above the table (e.g. 演示数据), or null. */
  title: string | null;
  headers: string[];
  rows: CellValue[][];
  widths: number[];
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

/** The data rows of a table: one array per row, cells in column order; undefined/NaN as empty. */
export function toRows<T>(columns: ExportColumn<T>[], rows: readonly T[]): CellValue[][] {
  return rows.map((row) =>
    columns.map((column) => {
      const v = column.value(row);
      return v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? null : v;
    }),
  );
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
    for (const row of sheet.rows) ws.addRow(row);
    sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    const headerRow = sheet.title === null ? 1 : 2;
    ws.views = [{ state: 'frozen', ySplit: headerRow }];
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** Builds the workbook and lets the browser save it. */
export async function downloadXlsx(fileName: string, sheets: ExportSheet[]): Promise<void> {
  const bytes = await workbookBytes(sheets);
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
