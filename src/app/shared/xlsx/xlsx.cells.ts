/**
 * Reading cells of uploaded workbooks: the text a cell shows, whether it is a formula, and a
 * cell read as text under one of two policies — with one Chinese wording of each refusal, naming
 * the cell. Column letters and header matching for files whose columns may be in any order.
 */
import type { Cell, CellValue } from 'exceljs';

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The cell's value as text for messages (a formula as its formula, a date as YYYY-MM-DD). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return formatDate(v);
  if (typeof v === 'object') {
    if ('formula' in v && v.formula) return `=${v.formula}`;
    if ('sharedFormula' in v) return `=${String(v.sharedFormula)}`;
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('error' in v) return String(v.error);
    return JSON.stringify(v);
  }
  return String(v);
}

export const isFormula = (v: CellValue): boolean =>
  v !== null && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v);

/** Plain text of a text-like cell (text, rich text, hyperlink text), or null when it is not text. */
export function plainText(v: CellValue): string | null {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
  }
  return null;
}

function formatDate(d: Date): string {
  // exceljs reads Excel dates as UTC.
  return Number.isNaN(d.getTime()) ? '（无效日期）' : d.toISOString().slice(0, 10);
}

/** A cell read as text, or why it cannot be (the value to show, a Chinese message naming the cell). */
export type CellRead = { ok: true; text: string } | { ok: false; value: string; message: string };

/**
 * How cells are read as text:
 * - 'codes': every cell is text (codes, names): a number must be an exact whole number, a date is
 *   refused (Excel has turned what was typed into a date);
 * - 'figures': numbers of any size and dates (as YYYY-MM-DD) are read as written.
 * In both, a formula is read as its cached result; logical and error values are refused.
 */
export type CellPolicy = 'codes' | 'figures';

function readNumber(n: number, numFmt: string | undefined, address: string, policy: CellPolicy): CellRead {
  if (!Number.isFinite(n))
    return { ok: false, value: String(n), message: `单元格 ${address} 不是有效的数字` };
  if (policy === 'codes' && !Number.isInteger(n)) {
    return { ok: false, value: String(n), message: `单元格 ${address} 是带小数的数字，应填写整数或文本` };
  }
  if (policy === 'codes' && !Number.isSafeInteger(n)) {
    return {
      ok: false,
      value: n.toLocaleString('en-US', { useGrouping: false }),
      message: `单元格 ${address} 的数字位数过多，Excel 可能已丢失精度；请将该列设为“文本”格式后重新填写`,
    };
  }
  let text = String(n);
  // A format like 0000000000 displays leading zeros; keep them as shown.
  if (numFmt !== undefined && /^0+$/.test(numFmt) && n >= 0) text = text.padStart(numFmt.length, '0');
  return { ok: true, text };
}

function readValue(value: CellValue, cell: Cell, policy: CellPolicy): CellRead {
  const address = cell.address;
  if (value === null || value === undefined) return { ok: true, text: '' };
  if (typeof value === 'string') return { ok: true, text: value };
  if (typeof value === 'number') return readNumber(value, cell.numFmt, address, policy);
  if (typeof value === 'boolean') {
    const shown = value ? 'TRUE' : 'FALSE';
    return { ok: false, value: shown, message: `单元格 ${address} 是逻辑值（${shown}），请改为实际内容` };
  }
  if (value instanceof Date) {
    if (policy === 'figures') return { ok: true, text: formatDate(value) };
    return {
      ok: false,
      value: formatDate(value),
      message: `单元格 ${address} 是日期，应填写文本；请将该列设为“文本”格式后重新填写`,
    };
  }
  if ('richText' in value) return { ok: true, text: value.richText.map((r) => r.text ?? '').join('') };
  if ('hyperlink' in value) {
    // The displayed text; exceljs may give rich text here too.
    const text: unknown = value.text;
    if (typeof text === 'string') return { ok: true, text };
    if (text !== null && typeof text === 'object' && 'richText' in text) {
      return readValue(text as CellValue, cell, policy);
    }
    return { ok: true, text: '' };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = ('sharedFormula' in value ? value.sharedFormula : value.formula) ?? '';
    if (value.result === undefined) {
      return {
        ok: false,
        value: `=${formula}`,
        message: `单元格 ${address} 是公式且没有计算结果；请在 Excel 中复制后“粘贴为数值”再导入`,
      };
    }
    return readValue(value.result, cell, policy);
  }
  if ('error' in value) {
    return {
      ok: false,
      value: value.error,
      message: `单元格 ${address} 是错误值 ${value.error}（多为公式出错），请改为实际内容`,
    };
  }
  return { ok: false, value: String(value), message: `单元格 ${address} 的内容无法识别，请改为文本` };
}

/** The cell as trimmed text under `policy`, or why not. */
export function readCellText(cell: Cell, policy: CellPolicy): CellRead {
  const read = readValue(cell.value, cell, policy);
  return read.ok ? { ok: true, text: read.text.trim() } : read;
}

/**
 * A header as compared: NFKC, no whitespace, no trailing annotation in brackets — so that
 * 用户名（可空）, 学段（小学/初中） and ' 姓 名 ' match 用户名, 学段, 姓名.
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[(（][^()（）]*[)）]$/u, '');
}
