/**
 * Reads a filled-in collection template (workbook.template.ts) back, completely, before anything is
 * written: every problem is collected and named by sheet, row, column (letter and header) and value,
 * with the rule, in Chinese. The service (collection.service.ts) then checks the institutions
 * against the registry and the caller's scope and the state of each submission.
 *
 * Refused as a whole (`fatal`): not an .xlsx file, a zip bomb, a file over the size limit, no `_meta`
 * sheet (not our template), a template of another period, form or form version, hidden sheets
 * other than `_meta`, a changed key row. Refused per cell: formulas, merged cells, text, negative or
 * out-of-range numbers, fractions in whole-number fields, bad class lists, duplicated or empty
 * institution codes (and, through `checkInstitution`, unknown or out-of-scope ones).
 *
 * Cell rules: an empty value cell leaves the stored value as it is (clearing is done in the online
 * form); numbers stored as text ("45") are accepted as numbers, any other text is refused. A class
 * list is "45;46;38" (also ；，,、 or spaces); a single number is a list of one class.
 */
import type ExcelJS from 'exceljs';
import type {
  CollectionCatalog,
  CollectionPeriod,
  FormDefinition,
} from '../../domain/collection/catalog.types.ts';
import { latestForm } from '../../domain/collection/catalog.lookup.ts';
import { checkFieldValue, describeFieldProblem, fieldRuleOf } from '../../domain/collection/field.rules.ts';
import { formFields, type FieldValue, type FormField } from '../../domain/collection/fields.ts';
import { cellText, columnLetter, isFormula, plainText } from '../shared/xlsx/xlsx.cells.ts';
import { isZip, openWorkbook } from '../shared/xlsx/xlsx.file.ts';
import { describeTemplateCell, type CellPlace } from '../shared/xlsx/xlsx.problems.ts';
import { META_SHEET, readTemplateMeta } from '../shared/xlsx/xlsx.template.ts';
import {
  CODE_KEY,
  FIRST_DATA_ROW,
  HEADER_ROW,
  headerOf,
  KEY_ROW,
  NAME_KEY,
  TEMPLATE_MARKER,
} from './workbook.template.ts';

/** Largest upload accepted (the route's body limit is the same). */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;
export const MAX_REPORTED_PROBLEMS = 1000;

export interface ImportProblem extends CellPlace {
  /** The rule broken, in Chinese (e.g. 取值范围, 不允许公式). */
  rule: string;
  /** Full Chinese message naming the place, the value and the rule. */
  message: string;
  /**
   * 'state': the submission's workflow refuses (period closed, locked) — not the file's fault.
   * 'rule': a validation rule of the form (catalog/collection/rules.yaml) on the row's values once
   * imported, checked as online entry checks them.
   */
  kind?: 'file' | 'cell' | 'institution' | 'state' | 'rule';
}

export interface ImportRow {
  /** Excel row number. */
  row: number;
  institutionCode: string;
  /** Only the filled-in cells (empty cells leave the stored value). */
  values: Record<string, FieldValue>;
}

export interface ParsedImport {
  form: FormDefinition | null;
  sheet: string | null;
  rows: ImportRow[];
  problems: ImportProblem[];
  /** The file could not be read as a template at all: no rows. */
  fatal: boolean;
  /** field key → label with unit, for presenting changes. */
  headers: Map<string, string>;
  /** field key → its column letter in the sheet. */
  columns: Map<string, string>;
  /** Excel row → the institution code in its code cell (every data row, with problems or not). */
  rowCodes: Map<number, string>;
}

export interface ParseOptions {
  /** A Chinese reason when the institution may not be imported (unknown, outside scope), else null. */
  checkInstitution?: (code: string, form: FormDefinition) => string | null;
  maxBytes?: number;
}

/** The message of a problem at a place of the workbook (xlsx.problems.ts). */
export function describeProblem(p: Omit<ImportProblem, 'message' | 'kind'>, reason: string): string {
  return describeTemplateCell(p, reason, p.rule);
}

function problem(
  p: Omit<ImportProblem, 'message' | 'kind'>,
  reason: string,
  kind: ImportProblem['kind'],
): ImportProblem {
  return { ...p, kind, message: describeProblem(p, reason) };
}

const fileProblem = (rule: string, reason: string): ImportProblem =>
  problem({ sheet: null, row: null, column: null, header: null, value: null, rule }, reason, 'file');

function fatalResult(problems: ImportProblem[], form: FormDefinition | null = null): ParsedImport {
  return {
    form,
    sheet: null,
    rows: [],
    problems,
    fatal: true,
    headers: new Map(),
    columns: new Map(),
    rowCodes: new Map(),
  };
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const LIST_SEPARATORS = /[;；,，、\s]+/;

/**
 * A field's value from a cell: numbers (also as text, "45"), class lists as "45;46;38"; then the
 * field's rules (field.rules.ts, the same as online entry). The value, null for an empty cell, or
 * a Chinese reason with the rule.
 */
function readValue(
  field: FormField,
  v: ExcelJS.CellValue,
): { value: FieldValue } | { reason: string; rule: string } | null {
  const e = field.element;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return { reason: '是日期，应为数字', rule: '数据类型' };
  if (typeof v === 'boolean') return { reason: '是逻辑值，应为数字', rule: '数据类型' };
  if (typeof v === 'object' && 'error' in v) return { reason: '是错误值，应为数字', rule: '数据类型' };
  let value: number | number[];
  if (e.type === 'integerList') {
    if (typeof v === 'number') value = [v];
    else {
      const t = plainText(v);
      if (t === null) return { reason: '无法识别', rule: '数据类型' };
      if (t.trim() === '') return null;
      const parts = t.trim().split(LIST_SEPARATORS);
      if (parts.some((p) => !NUMBER_TEXT.test(p))) {
        return { reason: `应为用分号分隔的各班人数，如 45;46;38`, rule: '数据类型' };
      }
      value = parts.map(Number);
    }
  } else if (typeof v === 'number') value = v;
  else {
    const t = plainText(v);
    if (t === null) return { reason: '无法识别，应为数字', rule: '数据类型' };
    if (t.trim() === '') return null;
    if (!NUMBER_TEXT.test(t.trim())) return { reason: '是文本，应为数字', rule: '数据类型' };
    value = Number(t.trim());
  }
  const problem = checkFieldValue(e, value, 'cell');
  if (!problem) return { value };
  return { reason: describeFieldProblem(problem, e, value, 'cell'), rule: fieldRuleOf(problem).ruleName };
}

/**
 * Parses and checks an uploaded template completely. Never throws for bad input: every problem is
 * returned; `rows` only holds rows without problems, and the caller refuses the whole import when
 * `problems` is not empty.
 */
export async function parseImport(
  data: Uint8Array,
  catalog: CollectionCatalog,
  period: CollectionPeriod,
  options: ParseOptions = {},
): Promise<ParsedImport> {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (data.byteLength > maxBytes) {
    return fatalResult([
      fileProblem(
        '文件大小',
        `文件 ${(data.byteLength / 1024 / 1024).toFixed(1)} MB，超过上限 ${Math.round(maxBytes / 1024 / 1024)} MB，请按县区分别导入`,
      ),
    ]);
  }
  if (!isZip(data)) {
    return fatalResult([
      fileProblem('文件格式', '不是 Excel（.xlsx）文件，请上传从本平台下载的报表模板（不支持 .xls、.csv）'),
    ]);
  }
  const opened = await openWorkbook(data, 'collection');
  if (!opened.ok) {
    return fatalResult([
      fileProblem(
        '文件格式',
        opened.reason === 'tooLarge' ? opened.message : '文件已损坏或不是 Excel（.xlsx）文件，无法读取',
      ),
    ]);
  }
  const wb = opened.workbook;

  // The hidden _meta sheet: period, form and version of the template.
  const meta = readTemplateMeta(wb, TEMPLATE_MARKER);
  if (!meta) {
    return fatalResult([
      fileProblem('模板', '不是从本平台下载的报表模板（缺少隐藏的 _meta 工作表），请先下载模板再填写'),
    ]);
  }
  const formId = meta.get('formId') ?? '';
  const version = Number(meta.get('formVersion'));
  if (meta.get('periodId') !== period.id) {
    return fatalResult([
      fileProblem(
        '采集周期',
        `这是采集周期 ${meta.get('periodId') ?? '（未知）'} 的模板，不能导入到 ${period.name}（${period.id}），请重新下载模板`,
      ),
    ]);
  }
  const form = latestForm(catalog, period, formId);
  if (!form) {
    return fatalResult([fileProblem('报表', `${period.name}没有报表 ${formId}，请重新下载模板`)]);
  }
  if (form.version !== version) {
    return fatalResult([
      fileProblem(
        '报表版本',
        `模板是报表 ${form.id}（${form.name}）第 ${meta.get('formVersion')} 版，当前为第 ${form.version} 版，请重新下载模板`,
      ),
    ]);
  }
  const sheetName = meta.get('sheet') ?? '';
  const problems: ImportProblem[] = [];
  for (const s of wb.worksheets) {
    if (s.name !== META_SHEET && s.state !== 'visible') {
      problems.push(
        problem(
          { sheet: s.name, row: null, column: null, header: null, value: null, rule: '不允许隐藏工作表' },
          '模板以外的隐藏工作表，请删除或取消隐藏后删除',
          'file',
        ),
      );
    }
  }
  const ws = wb.getWorksheet(sheetName);
  if (!ws) {
    problems.push(fileProblem('模板', `找不到报表工作表“${sheetName}”，请不要改工作表名`));
    return fatalResult(problems, form);
  }
  if (problems.length > 0) return fatalResult(problems, form);

  // Columns by the hidden key row.
  const fields = new Map(formFields(catalog, form).map((f) => [f.key, f]));
  const keyRow = ws.getRow(KEY_ROW);
  const headerRow = ws.getRow(HEADER_ROW);
  const columns: Array<{ col: number; letter: string; field: FormField }> = [];
  let codeCol = -1;
  const seenKeys = new Set<string>();
  const headers = new Map<string, string>();
  const colCount = Math.max(ws.columnCount, keyRow.cellCount);
  for (let c = 1; c <= colCount; c++) {
    const key = cellText(keyRow.getCell(c).value).trim();
    if (key === '') continue;
    const letter = columnLetter(c);
    const header = cellText(headerRow.getCell(c).value) || null;
    const at = { sheet: ws.name, row: KEY_ROW, column: letter, header, value: key };
    if (key === CODE_KEY) codeCol = c;
    else if (key === NAME_KEY) continue;
    else if (!fields.has(key)) {
      problems.push(problem({ ...at, rule: '字段代码' }, '隐藏的字段代码行被修改，报表中没有此字段', 'file'));
    } else if (seenKeys.has(key)) {
      problems.push(problem({ ...at, rule: '字段代码' }, '字段重复出现', 'file'));
    } else {
      seenKeys.add(key);
      const field = fields.get(key)!;
      headers.set(key, headerOf(field));
      columns.push({ col: c, letter, field });
    }
  }
  if (codeCol < 0) {
    problems.push(
      problem(
        { sheet: ws.name, row: KEY_ROW, column: null, header: null, value: null, rule: '字段代码' },
        '找不到“学校代码”列（隐藏的字段代码行被修改），请重新下载模板',
        'file',
      ),
    );
  }
  if (problems.length > 0) return fatalResult(problems, form);

  // Merged cells are refused wherever they are: they shift what a row means.
  const merges: string[] = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  for (const m of merges) {
    const first = m.split(':')[0] ?? m;
    const match = /^([A-Z]+)(\d+)$/.exec(first);
    problems.push(
      problem(
        {
          sheet: ws.name,
          row: match ? Number(match[2]) : null,
          column: match ? match[1]! : null,
          header: null,
          value: m,
          rule: '不允许合并单元格',
        },
        '有合并单元格，请取消合并',
        'cell',
      ),
    );
  }

  const rows: ImportRow[] = [];
  const rowCodes = new Map<number, string>();
  const seen = new Map<string, number>();
  const codeHeader = cellText(headerRow.getCell(codeCol).value) || '学校代码';
  const codeLetter = columnLetter(codeCol);
  let dataRows = 0;
  for (let r = FIRST_DATA_ROW; r <= ws.rowCount; r++) {
    if (problems.length >= MAX_REPORTED_PROBLEMS) break;
    const row = ws.getRow(r);
    if (!row.hasValues) continue;
    const codeValue = row.getCell(codeCol).value;
    const cells = columns.map((c) => ({ c, v: row.getCell(c.col).value }));
    const filled = cells.filter(({ v }) => v !== null && v !== undefined && cellText(v).trim() !== '');
    if (filled.length === 0 && (codeValue === null || cellText(codeValue).trim() === '')) continue;
    if (++dataRows > MAX_IMPORT_ROWS) {
      problems.push(fileProblem('行数', `数据行超过 ${MAX_IMPORT_ROWS} 行，请分批导入`));
      break;
    }
    const at = { sheet: ws.name, row: r, column: codeLetter, header: codeHeader };
    const before = problems.length;
    let code = '';
    if (isFormula(codeValue)) {
      problems.push(
        problem({ ...at, value: cellText(codeValue), rule: '不允许公式' }, '单元格含公式', 'cell'),
      );
    } else {
      code = cellText(codeValue).trim();
      if (code !== '') rowCodes.set(r, code);
      if (code === '') {
        problems.push(problem({ ...at, value: '', rule: '学校代码' }, '有数据但学校代码为空', 'institution'));
      } else if (seen.has(code)) {
        problems.push(
          problem(
            { ...at, value: code, rule: '学校代码不能重复' },
            `与第 ${seen.get(code)} 行重复`,
            'institution',
          ),
        );
      } else {
        seen.set(code, r);
        const reason = options.checkInstitution?.(code, form) ?? null;
        if (reason) problems.push(problem({ ...at, value: code, rule: '学校代码' }, reason, 'institution'));
      }
    }
    const values: Record<string, FieldValue> = {};
    for (const { c, v } of filled) {
      const cellAt = { sheet: ws.name, row: r, column: c.letter, header: headers.get(c.field.key)! };
      if (isFormula(v)) {
        problems.push(
          problem({ ...cellAt, value: cellText(v), rule: '不允许公式' }, '单元格含公式，请改为数值', 'cell'),
        );
        continue;
      }
      const read = readValue(c.field, v);
      if (read === null) continue;
      if ('reason' in read) {
        problems.push(problem({ ...cellAt, value: cellText(v), rule: read.rule }, read.reason, 'cell'));
      } else values[c.field.key] = read.value;
    }
    if (problems.length === before) rows.push({ row: r, institutionCode: code, values });
  }
  if (problems.length >= MAX_REPORTED_PROBLEMS) {
    problems.push(
      fileProblem('问题数', `问题超过 ${MAX_REPORTED_PROBLEMS} 个，只列出前 ${MAX_REPORTED_PROBLEMS} 个`),
    );
  }
  return {
    form,
    sheet: ws.name,
    rows,
    problems,
    fatal: false,
    headers,
    columns: new Map(columns.map((c) => [c.field.key, c.letter])),
    rowCodes,
  };
}
