/**
 * Problems found in an uploaded workbook, named the way its user finds them again: the sheet, the
 * row, the column and the value, with the rule broken, in Chinese. Two ways of naming a column:
 * - a platform template (fixed columns, hidden key row): by letter and header, e.g.
 *   工作表“秋季统计（小学）” 第 5 行 C 列（在校生数·一年级·男（人）），值“-3”：不能为负数（取值范围）;
 * - a list whose columns are matched by header and may be in any order: by header, e.g.
 *   工作表「学校」第 6 行「学段」：“高中”无法识别，应为 小学 或 初中.
 */

/** Where in a workbook; null parts are left out of the message. */
export interface CellPlace {
  /** Sheet name, or null for the file itself. */
  sheet: string | null;
  /** Excel row number (1-based), or null. */
  row: number | null;
  /** Column letter (A, B, …, AB), or null. */
  column: string | null;
  /** The column's header label. */
  header: string | null;
  /** The cell's value as text. */
  value: string | null;
}

/** A template cell's problem: 工作表“…” 第 N 行 C 列（header），值“…”：reason（rule）. */
export function describeTemplateCell(p: CellPlace, reason: string, rule: string): string {
  const where: string[] = [];
  if (p.sheet !== null) where.push(`工作表“${p.sheet}”`);
  if (p.row !== null) where.push(`第 ${p.row} 行`);
  if (p.column !== null) where.push(`${p.column} 列${p.header ? `（${p.header}）` : ''}`);
  const place = where.length > 0 ? where.join(' ') : '文件';
  const value = p.value !== null ? `，值“${p.value}”` : '';
  return `${place}${value}：${reason}（${rule}）`;
}

/** A header-matched list's problem: {label}第 N 行「header」：“value”reason. */
export function describeListCell(
  label: string | null,
  row: number | null,
  header: string | null,
  value: string | null,
  reason: string,
): string {
  const where = [
    label ?? '',
    row !== null ? `第 ${row} 行` : '',
    header !== null ? `「${header}」` : '',
  ].join('');
  const shown = value !== null && value !== '' ? `“${value}”` : '';
  return `${where}${where ? '：' : ''}${shown}${reason}`;
}
