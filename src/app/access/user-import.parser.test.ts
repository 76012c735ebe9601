import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import {
  MAX_IMPORT_ROWS,
  MAX_REPORTED_ERRORS,
  USER_IMPORT_HEADERS,
  USER_IMPORT_HELP_SHEET_NAME,
  USER_IMPORT_SHEET_NAME,
  buildUserImportTemplate,
  parseUserImportWorkbook,
} from './user-import.parser.ts';

const HEADERS = ['用户名', '姓名', '角色', '所属单位代码'];
const CODE_RULE = '应为 6 位或 9 位单位代码，或 10 位学校（机构）代码';

/** A workbook whose first sheet holds `rows` (rows[0] is Excel row 1); undefined cells are left unset. */
async function xlsx(
  rows: (CellValue | undefined)[][],
  edit?: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  rows.forEach((cells, i) => {
    cells.forEach((value, j) => {
      if (value !== undefined) sheet.getRow(i + 1).getCell(j + 1).value = value;
    });
  });
  edit?.(sheet, workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('parseUserImportWorkbook: valid files', () => {
  it('reads rows with defaults, Chinese role names and numeric code cells', async () => {
    const file = await xlsx([
      HEADERS,
      ['', '王芳', '', 2137000001],
      ['Liu.Qiang', '刘强', '县级管理员', 370811],
      ['jn_ins-01', ' 赵敏 ', '督学', '370811001'],
    ]);
    const result = await parseUserImportWorkbook(file);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { row: 2, username: '2137000001', displayName: '王芳', role: 'schoolClerk', scopeCode: '2137000001' },
      { row: 3, username: 'liu.qiang', displayName: '刘强', role: 'countyAdmin', scopeCode: '370811' },
      { row: 4, username: 'jn_ins-01', displayName: '赵敏', role: 'inspector', scopeCode: '370811001' },
    ]);
  });

  it('accepts headers in any order, with spaces and a （可空）/(可空) annotation, ignoring extra columns', async () => {
    const file = await xlsx([
      ['所属单位代码', ' 姓 名 ', '角色(可空)', '用户名（可空）', '备注'],
      ['370800', '孙丽', 'cityAdmin', 'sunli', '市局'],
      ['37081100A1', '周杰', '只读', '', ''],
    ]);
    const result = await parseUserImportWorkbook(file);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { row: 2, username: 'sunli', displayName: '孙丽', role: 'cityAdmin', scopeCode: '370800' },
      // Institution codes keep their case; the username derived from one is lower-case.
      { row: 3, username: '37081100a1', displayName: '周杰', role: 'readOnly', scopeCode: '37081100A1' },
    ]);
  });

  it('maps every role name, alias and code', async () => {
    const roles: [string, string][] = [
      ['市级管理员', 'cityAdmin'],
      ['市级业务科室', 'cityStaff'],
      ['县级管理员', 'countyAdmin'],
      ['学校填报员', 'schoolClerk'],
      ['督学/评估专家', 'inspector'],
      ['督学', 'inspector'],
      ['评估专家', 'inspector'],
      ['只读用户', 'readOnly'],
      ['只读', 'readOnly'],
      ['cityStaff', 'cityStaff'],
      ['schoolclerk', 'schoolClerk'],
    ];
    const file = await xlsx([HEADERS, ...roles.map(([name], i) => [`user${i}`, '某人', name, '370811'])]);
    const result = await parseUserImportWorkbook(file);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.role)).toEqual(roles.map(([, code]) => code));
  });

  it('skips completely empty rows silently', async () => {
    const file = await xlsx([
      HEADERS,
      ['a01', '甲', '', '370811'],
      ['', '', '', ''],
      ['  ', ' ', '', '   '],
      [undefined, undefined, undefined, undefined, '备注不算数据'],
      ['a05', '乙', '', '370812'],
    ]);
    const result = await parseUserImportWorkbook(file);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.row, r.username])).toEqual([
      [2, 'a01'],
      [6, 'a05'],
    ]);
  });

  it('reads rich text, hyperlink and formula cells by their displayed text or result', async () => {
    const file = await xlsx(
      [
        HEADERS,
        [
          { text: 'LiLei', hyperlink: 'mailto:lilei@example.com' },
          { richText: [{ text: '李' }, { text: '雷' }] },
          '',
          { formula: '"3708"&"11"', result: '370811' },
        ],
        [
          'hanmeimei',
          '韩梅梅',
          { formula: 'X1', result: '学校填报员' },
          { formula: '370811+1', result: 370812 },
        ],
        ['wei', '魏', '', 123456789],
      ],
      (sheet) => {
        // Displayed with leading zero: a 10-character institution code, not a 9-digit org code.
        sheet.getCell('D4').numFmt = '0000000000';
      },
    );
    const result = await parseUserImportWorkbook(file);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { row: 2, username: 'lilei', displayName: '李雷', role: 'schoolClerk', scopeCode: '370811' },
      { row: 3, username: 'hanmeimei', displayName: '韩梅梅', role: 'schoolClerk', scopeCode: '370812' },
      { row: 4, username: 'wei', displayName: '魏', role: 'schoolClerk', scopeCode: '0123456789' },
    ]);
  });

  it('reads only the first worksheet and accepts ArrayBuffer and Uint8Array input', async () => {
    const file = await xlsx([HEADERS, ['', '甲', '', '370811']], (_sheet, workbook) => {
      workbook.addWorksheet('其他').getCell('A1').value = '随便写的';
    });
    const expected = [
      { row: 2, username: '370811', displayName: '甲', role: 'schoolClerk', scopeCode: '370811' },
    ];
    const asArrayBuffer = new Uint8Array(file).buffer; // a copy: a plain ArrayBuffer
    expect((await parseUserImportWorkbook(asArrayBuffer)).rows).toEqual(expected);
    expect((await parseUserImportWorkbook(new Uint8Array(file))).rows).toEqual(expected);
  });
});

describe('parseUserImportWorkbook: cell errors', () => {
  it('reports every bad cell with row, column, value and rule, and returns only clean rows', async () => {
    const longName = '测'.repeat(31);
    const file = await xlsx([
      HEADERS,
      ['', '甲', '', '37081'], // 2
      ['ab', '乙', '', '370811'], // 3
      ['u04', '', '', '370811'], // 4
      ['u05', longName, '', '370811'], // 5
      ['u06', '张\n三', '', '370811'], // 6
      ['u07', '丙', '校长', '370811'], // 7
      ['u08', '丁', '', ''], // 8
      ['u09', '戊', '', 370811.5], // 9
      ['u10', '己', '', new Date(Date.UTC(2024, 0, 2))], // 10
      ['u11', '庚', true, '370811'], // 11
      ['u12', '辛', '', { error: '#N/A' }], // 12
      ['u13', '壬', '', { formula: 'VLOOKUP(B13,X:Y,2,0)' }], // 13
      ['张三', '癸', '', '370811'], // 14
      ['a', '', 'xx', '1'], // 15
      ['ok16', '好', '', '370811'], // 16
    ]);
    const { rows, errors } = await parseUserImportWorkbook(file);
    expect(rows).toEqual([
      { row: 16, username: 'ok16', displayName: '好', role: 'schoolClerk', scopeCode: '370811' },
    ]);
    const usernameRule = '应为 3–32 位字母、数字、下划线（_）、点（.）或连字符（-）';
    expect(errors.map(({ row, column, value }) => ({ row, column, value }))).toEqual([
      { row: 2, column: '所属单位代码', value: '37081' },
      { row: 3, column: '用户名', value: 'ab' },
      { row: 4, column: '姓名', value: null },
      { row: 5, column: '姓名', value: longName },
      { row: 6, column: '姓名', value: '张\n三' },
      { row: 7, column: '角色', value: '校长' },
      { row: 8, column: '所属单位代码', value: null },
      { row: 9, column: '所属单位代码', value: '370811.5' },
      { row: 10, column: '所属单位代码', value: '2024-01-02' },
      { row: 11, column: '角色', value: 'TRUE' },
      { row: 12, column: '所属单位代码', value: '#N/A' },
      { row: 13, column: '所属单位代码', value: '=VLOOKUP(B13,X:Y,2,0)' },
      { row: 14, column: '用户名', value: '张三' },
      { row: 15, column: '用户名', value: 'a' },
      { row: 15, column: '姓名', value: null },
      { row: 15, column: '角色', value: 'xx' },
      { row: 15, column: '所属单位代码', value: '1' },
    ]);
    const messages = errors.map((e) => e.message);
    expect(messages[0]).toBe(CODE_RULE);
    expect(messages[1]).toBe(usernameRule);
    expect(messages[2]).toBe('不能为空');
    expect(messages[3]).toBe('不能超过 30 个字符（当前 31 个）');
    expect(messages[4]).toContain('控制字符');
    expect(messages[5]).toContain('无法识别的角色');
    expect(messages[5]).toContain('学校填报员');
    expect(messages[6]).toBe('不能为空');
    expect(messages[7]).toContain('单元格 D9 是带小数的数字');
    expect(messages[8]).toContain('单元格 D10 是日期');
    expect(messages[9]).toContain('单元格 C11 是逻辑值（TRUE）');
    expect(messages[10]).toContain('单元格 D12 是错误值 #N/A');
    expect(messages[11]).toContain('单元格 D13 是公式且没有计算结果');
    expect(messages[12]).toBe(usernameRule);
    expect(messages.slice(13)).toEqual([
      usernameRule,
      '不能为空',
      expect.stringContaining('无法识别的角色'),
      CODE_RULE,
    ]);
  });

  it('refuses duplicate usernames regardless of case, naming the earlier row', async () => {
    const file = await xlsx([
      HEADERS,
      ['ZhangSan', '张三', '', '370811'], // 2
      ['', '甲', '', '370812'], // 3: username 370812
      ['zhangsan', '张三丰', '', '370811'], // 4: same as row 2
      ['', '乙', '', '370812'], // 5: defaults to 370812, same as row 3
      ['370812', '丙', '', '370813'], // 6: same as row 3's default
    ]);
    const { rows, errors } = await parseUserImportWorkbook(file);
    expect(rows.map((r) => r.row)).toEqual([2, 3]);
    expect(errors).toEqual([
      {
        row: 4,
        column: '用户名',
        value: 'zhangsan',
        message: '用户名「zhangsan」与第 2 行重复（不区分大小写）',
      },
      { row: 5, column: '用户名', value: null, message: expect.stringContaining('「370812」与第 3 行重复') },
      { row: 6, column: '用户名', value: '370812', message: '用户名「370812」与第 3 行重复（不区分大小写）' },
    ]);
    expect(errors[1]?.message).toContain('用户名为空时取所属单位代码');
  });

  it(`caps the errors list at ${MAX_REPORTED_ERRORS} entries, saying how many more there were`, async () => {
    // 600 rows, each with one error (5-digit code): rows 2..601.
    const bad = Array.from({ length: 600 }, (_, i) => [`user${i}`, '某人', '', '37081']);
    const { rows, errors } = await parseUserImportWorkbook(await xlsx([HEADERS, ...bad]));
    expect(rows).toEqual([]);
    expect(errors).toHaveLength(500);
    expect(errors[0]).toEqual({ row: 2, column: '所属单位代码', value: '37081', message: CODE_RULE });
    expect(errors[498]?.row).toBe(500);
    // 499 listed, 600 - 499 = 101 left out.
    expect(errors[499]).toEqual({
      row: 0,
      column: null,
      value: null,
      message: '另有 101 个错误未列出（共 600 个错误）；请先修正以上错误后重新导入',
    });
  });
});

describe('parseUserImportWorkbook: whole-file problems', () => {
  const only = (row: number, fragment: string) => ({
    rows: [],
    errors: [{ row, column: null, value: null, message: expect.stringContaining(fragment) }],
  });

  it('reports a file that is not an xlsx, or is truncated, as an error instead of throwing', async () => {
    const notXlsx = '文件不是有效的 Excel（.xlsx）文件';
    expect(await parseUserImportWorkbook(Buffer.from('hello'))).toEqual(only(0, notXlsx));
    expect(await parseUserImportWorkbook(Buffer.alloc(0))).toEqual(only(0, notXlsx));
    const good = await xlsx([HEADERS, ['', '甲', '', '370811']]);
    expect(await parseUserImportWorkbook(good.subarray(0, good.length - 100))).toEqual(only(0, notXlsx));
  });

  it('reports a workbook without worksheets', async () => {
    const file = Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer());
    expect(await parseUserImportWorkbook(file)).toEqual(only(0, '文件中没有工作表'));
  });

  it('reports an empty sheet', async () => {
    expect(await parseUserImportWorkbook(await xlsx([]))).toEqual(only(0, '工作表「Sheet1」是空的'));
  });

  it('reports a header row without data rows', async () => {
    expect(await parseUserImportWorkbook(await xlsx([HEADERS, ['', ' ', '', '']]))).toEqual(
      only(0, '工作表「Sheet1」没有数据行'),
    );
  });

  it('names each missing header', async () => {
    const file = await xlsx([
      ['用户名', '名字', '角色'],
      ['', '甲', '', '370811'],
    ]);
    const { rows, errors } = await parseUserImportWorkbook(file);
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { row: 1, column: null, value: null, message: expect.stringContaining('缺少表头「姓名」') },
      { row: 1, column: null, value: null, message: expect.stringContaining('缺少表头「所属单位代码」') },
    ]);
  });

  it('reports a duplicate header with both columns', async () => {
    const file = await xlsx([
      [...HEADERS, '姓名（可空）'],
      ['', '甲', '', '370811', '乙'],
    ]);
    expect(await parseUserImportWorkbook(file)).toEqual({
      rows: [],
      errors: [
        {
          row: 1,
          column: null,
          value: '姓名（可空）',
          message: '表头「姓名」重复出现（第 B 列和第 E 列），只能保留一列',
        },
      ],
    });
  });

  it(`accepts ${MAX_IMPORT_ROWS} data rows and refuses ${MAX_IMPORT_ROWS + 1} with a single error`, async () => {
    const dataRows = (n: number) => Array.from({ length: n }, (_, i) => [`user${i}`, '某人', '', '370811']);
    const atLimit = await parseUserImportWorkbook(await xlsx([HEADERS, ...dataRows(5000)]));
    expect(atLimit.errors).toEqual([]);
    expect(atLimit.rows).toHaveLength(5000);
    expect(atLimit.rows[4999]).toEqual({
      row: 5001,
      username: 'user4999',
      displayName: '某人',
      role: 'schoolClerk',
      scopeCode: '370811',
    });

    const over = await parseUserImportWorkbook(await xlsx([HEADERS, ...dataRows(5001)]));
    expect(over).toEqual(only(0, '数据行过多：共 5001 行，单个文件最多 5000 行'));
  }, 30_000);
});

describe('buildUserImportTemplate', () => {
  it('has the header row on the data sheet, an example on the 说明 sheet, and parses to "no data rows"', async () => {
    const template = await buildUserImportTemplate();
    const workbook = new ExcelJS.Workbook();
    // exceljs 4.4.0 types load() with its own ArrayBuffer-like Buffer (exceljs/exceljs#2877).
    await workbook.xlsx.load(new Uint8Array(template).buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      USER_IMPORT_SHEET_NAME,
      USER_IMPORT_HELP_SHEET_NAME,
    ]);

    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '用户名（可空）',
      '姓名',
      '角色（可空）',
      '所属单位代码',
    ]);
    expect(sheet.actualRowCount).toBe(1);
    for (let col = 1; col <= 4; col++) expect(sheet.getColumn(col).width).toBeGreaterThan(10);

    // The template itself: headers accepted, nothing to import.
    expect(await parseUserImportWorkbook(template)).toEqual({
      rows: [],
      errors: [{ row: 0, column: null, value: null, message: expect.stringContaining('没有数据行') }],
    });

    // The example row on 说明 (first cell 示例) is a valid data row when copied to the data sheet.
    const help = workbook.getWorksheet(USER_IMPORT_HELP_SHEET_NAME)!;
    let example: CellValue[] | undefined;
    help.eachRow((row) => {
      if (row.getCell(1).value === '示例') example = [2, 3, 4, 5].map((c) => row.getCell(c).value);
    });
    expect(example).toEqual([null, '张三', '学校填报员', '2137000001']);
    for (const column of Object.values(USER_IMPORT_HEADERS)) {
      let mentioned = false;
      help.eachRow((row) => {
        if (row.getCell(1).value === column) mentioned = true;
      });
      expect(mentioned, `说明 explains ${column}`).toBe(true);
    }
    example!.forEach((value, i) => (sheet.getRow(2).getCell(i + 1).value = value));
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await parseUserImportWorkbook(filled)).toEqual({
      rows: [
        { row: 2, username: '2137000001', displayName: '张三', role: 'schoolClerk', scopeCode: '2137000001' },
      ],
      errors: [],
    });
  });

  it('does not offer the roles an import may not create, and says why', async () => {
    const template = await buildUserImportTemplate({ notImportable: ['auditAdmin'] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(template).buffer);
    const texts: string[] = [];
    workbook.getWorksheet(USER_IMPORT_HELP_SHEET_NAME)!.eachRow((row) => {
      row.eachCell((cell) => texts.push(String(cell.value)));
    });
    expect(texts).not.toContain('auditAdmin');
    expect(texts).toContain('cityAdmin');
    expect(texts.some((t) => t.startsWith('（安全审计员账号不能导入'))).toBe(true);
    const sheet = workbook.worksheets[0] as unknown as {
      dataValidations: { model: Record<string, { formulae: string[] }> };
    };
    const formulae = Object.values(sheet.dataValidations.model).flatMap((v) => v.formulae);
    expect(formulae.join()).not.toContain('安全审计员');
    expect(formulae.join()).toContain('学校填报员');
  });
});
