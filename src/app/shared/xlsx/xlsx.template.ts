/**
 * Templates the platform hands out and reads back (collection forms today; progress reports and
 * inspection sheets next): a very hidden `_meta` sheet of key–value rows says which template the
 * workbook is, so an upload is matched to its template by content, never by file name.
 */
import type ExcelJS from 'exceljs';
import { cellText } from './xlsx.cells.ts';

export const META_SHEET = '_meta';
const MARKER_KEY = 'marker';

/** Adds the `_meta` sheet: the template's marker first, then the entries in order. */
export function writeTemplateMeta(
  wb: ExcelJS.Workbook,
  marker: string,
  entries: ReadonlyArray<readonly [string, string | number]>,
): void {
  const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRows([[MARKER_KEY, marker], ...entries.map(([k, v]) => [k, v])]);
}

/** The `_meta` entries of a workbook carrying `marker`, or null when it is not such a template. */
export function readTemplateMeta(wb: ExcelJS.Workbook, marker: string): Map<string, string> | null {
  const sheet = wb.getWorksheet(META_SHEET);
  if (!sheet) return null;
  const meta = new Map<string, string>();
  sheet.eachRow((r) => meta.set(cellText(r.getCell(1).value), cellText(r.getCell(2).value)));
  return meta.get(MARKER_KEY) === marker ? meta : null;
}
