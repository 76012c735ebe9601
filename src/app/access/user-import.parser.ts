/**
 * Bulk account file (.xlsx) used by the city bureau to create school data-clerk (学校填报员) and other
 * accounts in one go: parsing with structural checks, and the blank template offered for download.
 *
 * File format
 * - The FIRST worksheet holds the data; other sheets (e.g. the template's 说明 sheet) are ignored.
 * - Row 1 is the header row. The four columns may appear in any order; headers are matched after
 *   removing spaces, and a trailing 「（可空）」/「(可空)」 annotation is accepted (用户名（可空）). All four
 *   headers must be present; other columns (e.g. 备注) are ignored.
 * - Rows 2… hold one account each. Rows whose four cells are all empty are skipped silently. At most
 *   MAX_IMPORT_ROWS non-empty data rows.
 *
 * Columns
 * - 用户名 — may be empty; otherwise 3–32 characters of [A-Za-z0-9_.-]. Empty → the 所属单位代码 value.
 *   Stored lower-case; must be unique within the file regardless of case.
 * - 姓名 — required; 1–30 characters after trimming; no control characters (line breaks, tabs…).
 * - 角色 — may be empty (→ schoolClerk); a role code (schoolClerk) or its Chinese name (学校填报员).
 *   Also accepted: 督学 / 评估专家 for inspector, 只读 for readOnly.
 * - 所属单位代码 — required; a 6- or 9-digit org-unit code or a 10-character institution code
 *   ([0-9A-Za-z]{10}). Numeric cells are read as whole numbers (370811, 2137000001); a number with
 *   a fractional part is an error.
 *
 * Cell values: text, numbers, rich text and hyperlinks are read as their displayed text; formulas as
 * their cached result. Dates, logical values (TRUE/FALSE), error values (#N/A) and formulas without
 * a cached result are errors naming the cell.
 *
 * Errors (RowError, in Chinese) carry the Excel row number and the column header; whole-file problems
 * use row 0 (file, sheet, row count) or row 1 (header row) with column null. All errors are
 * collected, capped at MAX_REPORTED_ERRORS entries (the last one says how many were left out).
 * `rows` only holds rows without errors; the service refuses the whole import when `errors` is not
 * empty. Whether a code exists in the registry or a username is taken is checked by the service.
 */
import type ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { columnLetter, normaliseHeader, readCellText, type CellRead } from '../shared/xlsx/xlsx.cells.ts';
import { newWorkbook, openWorkbook, writeWorkbook } from '../shared/xlsx/xlsx.file.ts';
import type { RoleCode, RowError, UserImportRow } from '../../domain/access/access.types.ts';
import { ROLE_CODES } from '../../domain/access/access.types.ts';

export const USER_IMPORT_HEADERS = {
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  scopeCode: '所属单位代码',
} as const;

type ColumnKey = keyof typeof USER_IMPORT_HEADERS;
const COLUMN_KEYS: readonly ColumnKey[] = ['username', 'displayName', 'role', 'scopeCode'];

export const MAX_IMPORT_ROWS = 5000;
/** Longest errors list returned; the last entry then says how many more there were. */
export const MAX_REPORTED_ERRORS = 500;

/** Sheet names of the downloadable template. */
export const USER_IMPORT_SHEET_NAME = '账号';
export const USER_IMPORT_HELP_SHEET_NAME = '说明';

/** Chinese role names as the bureau writes them (config/roles.yaml). */
export const ROLE_NAMES: Readonly<Record<RoleCode, string>> = {
  cityAdmin: '市级管理员',
  auditAdmin: '安全审计员',
  cityStaff: '市级业务科室',
  countyAdmin: '县级管理员',
  schoolClerk: '学校填报员',
  inspector: '督学/评估专家',
  readOnly: '只读用户',
};

const DEFAULT_ROLE: RoleCode = 'schoolClerk';
const ROLE_ALIASES: Readonly<Record<string, RoleCode>> = {
  督学: 'inspector',
  评估专家: 'inspector',
  只读: 'readOnly',
};

const USERNAME_RE = /^[A-Za-z0-9_.-]{3,32}$/;
const SCOPE_CODE_RE = /^(?:\d{6}|\d{9}|[0-9A-Za-z]{10})$/;
const CONTROL_CHAR_RE = /\p{Cc}/u;
const MAX_DISPLAY_NAME_LENGTH = 30;

export interface UserImportParseResult {
  rows: UserImportRow[];
  errors: RowError[];
}

// ---------------------------------------------------------------------------------------------
// Cell reading: every cell is text (codes and names), read by the Excel kit (xlsx.cells.ts)

const readCell = (cell: ExcelJS.Cell): CellRead => readCellText(cell, 'codes');

function isEmpty(read: CellRead): boolean {
  return read.ok && read.text === '';
}

// ---------------------------------------------------------------------------------------------
// Header row

const HEADER_KEYS: ReadonlyMap<string, ColumnKey> = new Map(
  COLUMN_KEYS.map((k) => [USER_IMPORT_HEADERS[k], k] as const),
);

/** Column numbers of the four columns, or the header errors. */
function readHeader(sheet: Worksheet): { columns: Record<ColumnKey, number> } | { errors: RowError[] } {
  const found = new Map<ColumnKey, number>();
  const errors: RowError[] = [];
  const header = sheet.getRow(1);
  for (let col = 1; col <= header.cellCount; col++) {
    const read = readCell(header.getCell(col));
    if (!read.ok) continue;
    const key = HEADER_KEYS.get(normaliseHeader(read.text));
    if (key === undefined) continue;
    const first = found.get(key);
    if (first !== undefined) {
      errors.push({
        row: 1,
        column: null,
        value: read.text,
        message: `表头「${USER_IMPORT_HEADERS[key]}」重复出现（第 ${columnLetter(first)} 列和第 ${columnLetter(col)} 列），只能保留一列`,
      });
    } else {
      found.set(key, col);
    }
  }
  const all = COLUMN_KEYS.map((k) => USER_IMPORT_HEADERS[k]).join('、');
  for (const key of COLUMN_KEYS) {
    if (!found.has(key)) {
      errors.push({
        row: 1,
        column: null,
        value: null,
        message: `缺少表头「${USER_IMPORT_HEADERS[key]}」（第 1 行应为表头：${all}）`,
      });
    }
  }
  if (errors.length > 0) return { errors };
  return {
    columns: {
      username: found.get('username') ?? 0,
      displayName: found.get('displayName') ?? 0,
      role: found.get('role') ?? 0,
      scopeCode: found.get('scopeCode') ?? 0,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Rows

function parseRole(text: string): RoleCode | undefined {
  const t = text.normalize('NFKC').replace(/\s+/gu, '');
  const byCode = ROLE_CODES.find((c) => c.toLowerCase() === t.toLowerCase());
  if (byCode !== undefined) return byCode;
  const byName = ROLE_CODES.find((c) => ROLE_NAMES[c] === t);
  return byName ?? ROLE_ALIASES[t];
}

const ROLE_HINT = `应为以下角色之一：${ROLE_CODES.map((c) => ROLE_NAMES[c]).join('、')}（也可填写角色代码，如 schoolClerk）；留空则为学校填报员`;

interface DataRow {
  row: number;
  cells: Record<ColumnKey, CellRead>;
}

function validateRow(
  data: DataRow,
  seen: Map<string, { row: number }>,
  errors: RowError[],
): UserImportRow | undefined {
  const { row, cells } = data;
  const before = errors.length;
  const fail = (key: ColumnKey, value: string | null, message: string): void => {
    errors.push({ row, column: USER_IMPORT_HEADERS[key], value, message });
  };
  const text = (key: ColumnKey): string | undefined => {
    const read = cells[key];
    if (read.ok) return read.text;
    fail(key, read.value, read.message);
    return undefined;
  };

  const rawUsername = text('username');
  const displayName = text('displayName');
  const rawRole = text('role');
  const rawScope = text('scopeCode');

  let username: string | undefined;
  let defaulted = false;
  if (rawUsername !== undefined && rawUsername !== '') {
    const u = rawUsername.normalize('NFKC');
    if (USERNAME_RE.test(u)) username = u.toLowerCase();
    else fail('username', rawUsername, '应为 3–32 位字母、数字、下划线（_）、点（.）或连字符（-）');
  }

  if (displayName === '') fail('displayName', null, '不能为空');
  else if (displayName !== undefined) {
    const length = [...displayName].length;
    if (length > MAX_DISPLAY_NAME_LENGTH) {
      fail('displayName', displayName, `不能超过 ${MAX_DISPLAY_NAME_LENGTH} 个字符（当前 ${length} 个）`);
    } else if (CONTROL_CHAR_RE.test(displayName)) {
      fail('displayName', displayName, '不能包含换行、制表符等控制字符');
    }
  }

  let role: RoleCode | undefined;
  if (rawRole === '') role = DEFAULT_ROLE;
  else if (rawRole !== undefined) {
    role = parseRole(rawRole);
    if (role === undefined) fail('role', rawRole, `无法识别的角色，${ROLE_HINT}`);
  }

  let scopeCode: string | undefined;
  if (rawScope === '') fail('scopeCode', null, '不能为空');
  else if (rawScope !== undefined) {
    const c = rawScope.normalize('NFKC');
    if (SCOPE_CODE_RE.test(c)) scopeCode = c;
    else fail('scopeCode', rawScope, '应为 6 位或 9 位单位代码，或 10 位学校（机构）代码');
  }

  if (rawUsername === '' && scopeCode !== undefined) {
    username = scopeCode.toLowerCase();
    defaulted = true;
  }

  if (username !== undefined) {
    const earlier = seen.get(username);
    if (earlier === undefined) seen.set(username, { row });
    else if (defaulted) {
      fail(
        'username',
        null,
        `用户名为空时取所属单位代码，得到的用户名「${username}」与第 ${earlier.row} 行重复（不区分大小写）；同一单位有多个账号时请分别填写用户名`,
      );
    } else {
      fail(
        'username',
        rawUsername ?? null,
        `用户名「${username}」与第 ${earlier.row} 行重复（不区分大小写）`,
      );
    }
  }

  if (errors.length > before) return undefined;
  if (username === undefined || displayName === undefined || role === undefined || scopeCode === undefined) {
    return undefined; // unreachable: every missing value recorded an error above
  }
  return { row, username, displayName, role, scopeCode };
}

function capErrors(errors: RowError[]): RowError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const kept = errors.slice(0, MAX_REPORTED_ERRORS - 1);
  const omitted = errors.length - kept.length;
  kept.push({
    row: 0,
    column: null,
    value: null,
    message: `另有 ${omitted} 个错误未列出（共 ${errors.length} 个错误）；请先修正以上错误后重新导入`,
  });
  return kept;
}

function fileError(row: 0 | 1, message: string): UserImportParseResult {
  return { rows: [], errors: [{ row, column: null, value: null, message }] };
}

/** Parses a bulk account file; never throws for bad input (problems are returned as errors). */
export async function parseUserImportWorkbook(
  data: Buffer | ArrayBuffer | Uint8Array,
): Promise<UserImportParseResult> {
  const opened = await openWorkbook(data instanceof ArrayBuffer ? new Uint8Array(data) : data, 'accounts');
  if (!opened.ok) {
    return fileError(
      0,
      opened.reason === 'tooLarge'
        ? opened.message
        : '文件不是有效的 Excel（.xlsx）文件，或文件已损坏；请使用导入模板另存为 .xlsx 后重新上传',
    );
  }
  const workbook = opened.workbook;
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return fileError(0, '文件中没有工作表');
  const sheetLabel = `工作表「${sheet.name}」`;
  if (sheet.actualRowCount === 0) {
    return fileError(0, `${sheetLabel}是空的：第 1 行应为表头，从第 2 行起每行填写一个账号`);
  }

  const header = readHeader(sheet);
  if ('errors' in header) return { rows: [], errors: header.errors };
  const { columns } = header;

  const dataRows: DataRow[] = [];
  // Only rows holding values (formatting alone does not make a row); in ascending order.
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    if (r < 2) return;
    const cells = {} as Record<ColumnKey, CellRead>;
    for (const key of COLUMN_KEYS) cells[key] = readCell(row.getCell(columns[key]));
    if (COLUMN_KEYS.every((k) => isEmpty(cells[k]))) return;
    dataRows.push({ row: r, cells });
  });
  if (dataRows.length === 0) {
    return fileError(0, `${sheetLabel}没有数据行：请从第 2 行起每行填写一个账号`);
  }
  if (dataRows.length > MAX_IMPORT_ROWS) {
    return fileError(
      0,
      `数据行过多：共 ${dataRows.length} 行，单个文件最多 ${MAX_IMPORT_ROWS} 行；请拆分为多个文件分批导入`,
    );
  }

  const rows: UserImportRow[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, { row: number }>();
  for (const data of dataRows) {
    const parsed = validateRow(data, seen, errors);
    if (parsed !== undefined) rows.push(parsed);
  }
  return { rows, errors: capErrors(errors) };
}

// ---------------------------------------------------------------------------------------------
// Template

/** Template header labels: optional columns carry the （可空） annotation. */
const TEMPLATE_HEADERS: Readonly<Record<ColumnKey, string>> = {
  username: `${USER_IMPORT_HEADERS.username}（可空）`,
  displayName: USER_IMPORT_HEADERS.displayName,
  role: `${USER_IMPORT_HEADERS.role}（可空）`,
  scopeCode: USER_IMPORT_HEADERS.scopeCode,
};

const COLUMN_HELP: Readonly<Record<ColumnKey, { required: string; help: string; example: string }>> = {
  username: {
    required: '可空',
    help: '登录用户名，3–32 位字母、数字、下划线（_）、点（.）或连字符（-），不区分大小写，文件内不能重复。留空则使用“所属单位代码”作为用户名；同一单位有多个账号时请分别填写。',
    example: '',
  },
  displayName: {
    required: '必填',
    help: `使用人的真实姓名，1–${MAX_DISPLAY_NAME_LENGTH} 个字符，不能包含换行。`,
    example: '张三',
  },
  role: {
    required: '可空',
    help: `${ROLE_CODES.map((c) => ROLE_NAMES[c]).join('、')}之一（也可填写角色代码，见下表）。留空则为学校填报员。`,
    example: ROLE_NAMES.schoolClerk,
  },
  scopeCode: {
    required: '必填',
    help: '账号所属单位：6 位或 9 位行政区划（单位）代码，或 10 位学校（机构）代码。请将该列设为“文本”格式，避免 Excel 改写代码。',
    example: '2137000001',
  },
};

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;

/**
 * The downloadable blank template: data sheet 账号 (header row only) and a 说明 sheet with an example.
 * `notImportable`: roles the template does not offer (the security-audit roles, which an import is
 * refused; the parser still reads them, so that the refusal can name the row).
 */
export async function buildUserImportTemplate(
  options: { notImportable?: readonly RoleCode[] } = {},
): Promise<Buffer> {
  const workbook = newWorkbook();
  const offered = ROLE_CODES.filter((c) => !(options.notImportable ?? []).includes(c));

  const sheet = workbook.addWorksheet(USER_IMPORT_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMN_KEYS.map((key) => ({
    header: TEMPLATE_HEADERS[key],
    key,
    width: key === 'displayName' ? 16 : key === 'role' ? 20 : 22,
    style: { numFmt: '@' }, // text, so codes keep their digits as typed
  }));
  const headerRow = sheet.getRow(1);
  headerRow.font = { bold: true };
  COLUMN_KEYS.forEach((key, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.fill = HEADER_FILL;
    cell.note = `${COLUMN_HELP[key].required}。${COLUMN_HELP[key].help}`;
  });
  // Drop-down of Chinese role names (a warning only: role codes are accepted too). exceljs 4.4.0 has
  // worksheet.dataValidations (one range, one <dataValidation>) but does not declare it in its types.
  const roleColumn = columnLetter(COLUMN_KEYS.indexOf('role') + 1);
  (
    sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add(`${roleColumn}2:${roleColumn}${MAX_IMPORT_ROWS + 1}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${offered.map((c) => ROLE_NAMES[c]).join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: '角色',
    error: '请从下拉列表中选择角色，或填写角色代码',
  });

  const help = workbook.addWorksheet(USER_IMPORT_HELP_SHEET_NAME);
  help.columns = [{ width: 16 }, { width: 18 }, { width: 14 }, { width: 22 }, { width: 22 }, { width: 70 }];
  help.addRow(['批量导入账号说明']).font = { bold: true, size: 14 };
  help.addRow([
    `在第一张工作表「${USER_IMPORT_SHEET_NAME}」中从第 2 行起每行填写一个账号，最多 ${MAX_IMPORT_ROWS} 行；第 1 行表头请勿修改，列的顺序可以调整，空行会被忽略。`,
  ]);
  help.addRow(['文件中任何一行有错误时整个文件都不会导入；请按提示修正后重新上传。']);
  help.addRow([]);
  const colHeader = help.addRow(['列名', '是否必填', '填写说明']);
  colHeader.font = { bold: true };
  for (const key of COLUMN_KEYS) {
    const text =
      key === 'role'
        ? `${offered.map((c) => ROLE_NAMES[c]).join('、')}之一（也可填写角色代码，见下表）。留空则为学校填报员。`
        : COLUMN_HELP[key].help;
    const r = help.addRow([USER_IMPORT_HEADERS[key], COLUMN_HELP[key].required, text]);
    r.getCell(3).alignment = { wrapText: true, vertical: 'top' };
    help.mergeCells(r.number, 3, r.number, 6);
  }
  help.addRow([]);
  help.addRow(['示例行（仅供参考，请勿填写在本表；第 1 列“示例”不属于数据）：']).font = { bold: true };
  help.addRow(['', ...COLUMN_KEYS.map((k) => TEMPLATE_HEADERS[k])]).font = { bold: true };
  const example = help.addRow(['示例', ...COLUMN_KEYS.map((k) => COLUMN_HELP[k].example || null)]);
  example.eachCell((cell) => (cell.numFmt = '@'));
  help.addRow([]);
  help.addRow(['角色名称', '角色代码']).font = { bold: true };
  for (const code of offered) help.addRow([ROLE_NAMES[code], code]);
  help.addRow(['（“督学”“评估专家”等同于“督学/评估专家”，“只读”等同于“只读用户”）']);
  const refused = ROLE_CODES.filter((c) => !offered.includes(c));
  if (refused.length > 0) {
    help.addRow([
      `（${refused.map((c) => ROLE_NAMES[c]).join('、')}账号不能导入：三权分立，只能由服务器上的操作员用 eduplan user add 新建）`,
    ]);
  }

  return writeWorkbook(workbook);
}
