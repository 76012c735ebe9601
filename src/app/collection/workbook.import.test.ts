/**
 * Template → import round trip in memory, and every refusal of a bad upload, each naming the
 * sheet, row, column (letter and header) and value in Chinese.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadCollectionCatalog } from './catalog.loader.ts';
import { parseImport, type ParsedImport } from './workbook.import.ts';
import { buildTemplate } from './workbook.template.ts';
import { writeWorkbook } from '../shared/xlsx/xlsx.file.ts';

const catalog = loadCollectionCatalog();
const period = catalog.periods.find((p) => p.id === '2026-autumn')!;
const kg = catalog.forms.find((f) => f.id === 'AUTUMN-KG')!;
const SHEET = '秋季统计（幼儿园）';
const schools = [
  { code: 'KA00000001', name: '甲县实验幼儿园', values: { 'ENR.K1.male': 20, 'CLASS_SIZES.K1': [20, 18] } },
  { code: 'KA00000002', name: '甲县阳光幼儿园' },
];

async function template(edit?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = buildTemplate(catalog, period, kg, schools);
  // Through bytes once, as a user's Excel would hand it back.
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await writeWorkbook(wb)) as unknown as ArrayBuffer);
  edit?.(back.getWorksheet(SHEET)!, back);
  return Buffer.from(await back.xlsx.writeBuffer());
}
const parse = async (data: Uint8Array, checkInstitution?: (c: string) => string | null) =>
  parseImport(data, catalog, period, checkInstitution ? { checkInstitution } : {});
const messages = (r: ParsedImport) => r.problems.map((p) => p.message);

describe('collection template', () => {
  it('has the form sheet with title, Chinese headers, hidden keys, locked codes and a very hidden _meta', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await writeWorkbook(buildTemplate(catalog, period, kg, schools))) as unknown as ArrayBuffer,
    );
    const ws = wb.getWorksheet(SHEET)!;
    expect(ws.getCell('A1').value).toMatch(/2026 年秋季统计 · 秋季统计（幼儿园）（AUTUMN-KG 第 1 版）/);
    expect(ws.getRow(2).values).toEqual(
      expect.arrayContaining(['学校代码', '学校名称', '在校生数·小班·男（人）']),
    );
    expect(ws.getRow(3).hidden).toBe(true);
    expect(ws.getCell('C3').value).toBe('ENR.K1.male');
    expect(ws.getCell('A4').value).toBe('KA00000001');
    expect(ws.getCell('C4').value).toBe(20);
    expect(ws.getCell('A4').protection?.locked).not.toBe(false);
    expect(ws.getCell('C4').protection?.locked).toBe(false);
    expect(ws.getCell('C4').dataValidation).toMatchObject({ type: 'whole', formulae: [0, 3000] });
    const list = ws.getRow(3).values as unknown[];
    const col = list.indexOf('CLASS_SIZES.K1');
    expect(ws.getCell(4, col).value).toBe('20;18');
    expect(ws.getCell(4, col).dataValidation).toMatchObject({ prompt: '用分号分隔各班人数，如 45;46;38' });
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(wb.getWorksheet('_meta')!.state).toBe('veryHidden');
  });
});

describe('collection import', () => {
  it('reads back filled-in values by key (round trip)', async () => {
    const data = await template((ws) => {
      ws.getCell('C5').value = 31;
      ws.getCell('D5').value = '29'; // a number stored as text
      const col = (ws.getRow(3).values as unknown[]).indexOf('CLASS_SIZES.K2');
      ws.getCell(5, col).value = '30；30';
      const area = (ws.getRow(3).values as unknown[]).indexOf('AREA_TEACHING.preschool');
      ws.getCell(4, area).value = 1234.5;
    });
    const r = await parse(data);
    expect(r.problems).toEqual([]);
    expect(r.form?.id).toBe('AUTUMN-KG');
    expect(r.rows).toEqual([
      {
        row: 4,
        institutionCode: 'KA00000001',
        values: { 'ENR.K1.male': 20, 'CLASS_SIZES.K1': [20, 18], 'AREA_TEACHING.preschool': 1234.5 },
      },
      {
        row: 5,
        institutionCode: 'KA00000002',
        values: { 'ENR.K1.male': 31, 'ENR.K1.female': 29, 'CLASS_SIZES.K2': [30, 30] },
      },
    ]);
  });

  it('refuses a file that is not an xlsx', async () => {
    const r = await parse(new TextEncoder().encode('学校代码,在校生数\nKA00000001,3'));
    expect(r.fatal).toBe(true);
    expect(messages(r)).toEqual([expect.stringMatching(/^文件：不是 Excel（\.xlsx）文件.*（文件格式）$/)]);
  });

  it('refuses a zip bomb before inflating it', async () => {
    // A zip whose central directory declares a 1 GB entry.
    const name = Buffer.from('xl/big.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt32LE(1024 * 1024 * 1024, 24);
    cd.writeUInt16LE(name.length, 28);
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(1, 8);
    eocd.writeUInt16LE(1, 10);
    eocd.writeUInt32LE(46 + name.length, 12);
    eocd.writeUInt32LE(30, 16);
    const r = await parse(Buffer.concat([local, cd, name, eocd]));
    expect(r.fatal).toBe(true);
    expect(messages(r)[0]).toMatch(/文件解压后的内容超过 32 MB 的上限/);
  });

  it('refuses a file over the size limit', async () => {
    const r = await parseImport(await template(), catalog, period, { maxBytes: 1000 });
    expect(messages(r)[0]).toMatch(/超过上限 0 MB|超过上限/);
    expect(r.problems[0]!.rule).toBe('文件大小');
  });

  it('refuses a workbook without _meta (not our template)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(SHEET).addRow(['学校代码']);
    const r = await parse(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(messages(r)).toEqual([expect.stringMatching(/缺少隐藏的 _meta 工作表/)]);
  });

  it('refuses a template of another period, form or form version', async () => {
    const other = await parseImport(
      await template(),
      catalog,
      catalog.periods.find((p) => p.id === '2025-autumn')!,
    );
    expect(messages(other)[0]).toMatch(/这是采集周期 2026-autumn 的模板，不能导入到 2025 年秋季统计/);
    const setMeta = (key: string, v: string | number) => (_ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) =>
      wb.getWorksheet('_meta')!.eachRow((r) => {
        if (r.getCell(1).value === key) r.getCell(2).value = v;
      });
    expect(messages(await parse(await template(setMeta('formVersion', 0))))[0]).toMatch(
      /模板是报表 AUTUMN-KG（秋季统计（幼儿园））第 0 版，当前为第 1 版，请重新下载模板（报表版本）/,
    );
    expect(messages(await parse(await template(setMeta('formId', 'AUTUMN-X'))))[0]).toMatch(
      /没有报表 AUTUMN-X/,
    );
  });

  it('refuses extra hidden sheets', async () => {
    const r = await parse(await template((_ws, wb) => void wb.addWorksheet('藏', { state: 'hidden' })));
    expect(messages(r)).toEqual([
      '工作表“藏”：模板以外的隐藏工作表，请删除或取消隐藏后删除（不允许隐藏工作表）',
    ]);
  });

  it('refuses formulas in value cells, naming the cell', async () => {
    const r = await parse(await template((ws) => (ws.getCell('C5').value = { formula: '1+2', result: 3 })));
    expect(messages(r)).toEqual([
      '工作表“秋季统计（幼儿园）” 第 5 行 C 列（在校生数·小班·男（人）），值“=1+2”：单元格含公式，请改为数值（不允许公式）',
    ]);
    expect(r.rows.map((x) => x.row)).toEqual([4]);
  });

  it('refuses merged cells', async () => {
    const r = await parse(await template((ws) => ws.mergeCells('C5:D5')));
    expect(messages(r)).toEqual([
      '工作表“秋季统计（幼儿园）” 第 5 行 C 列，值“C5:D5”：有合并单元格，请取消合并（不允许合并单元格）',
    ]);
  });

  it('refuses text, negative numbers, fractions, values out of range and bad class lists', async () => {
    const r = await parse(
      await template((ws) => {
        const col = (k: string) => (ws.getRow(3).values as unknown[]).indexOf(k);
        ws.getCell(5, col('ENR.K1.male')).value = '三十';
        ws.getCell(5, col('ENR.K1.female')).value = -3;
        ws.getCell(5, col('ENR.K2.male')).value = 2.5;
        ws.getCell(5, col('ENR.K2.female')).value = 5000;
        ws.getCell(5, col('CLASS_SIZES.K3')).value = '45;abc';
        ws.getCell(5, col('CLASS_SIZES.K2')).value = '45;200';
      }),
    );
    expect(messages(r)).toEqual([
      '工作表“秋季统计（幼儿园）” 第 5 行 C 列（在校生数·小班·男（人）），值“三十”：是文本，应为数字（数据类型）',
      '工作表“秋季统计（幼儿园）” 第 5 行 D 列（在校生数·小班·女（人）），值“-3”：不能为负数（应在 0—3,000 人 之间）（取值范围）',
      '工作表“秋季统计（幼儿园）” 第 5 行 E 列（在校生数·中班·男（人）），值“2.5”：应为整数（人）（数据类型）',
      '工作表“秋季统计（幼儿园）” 第 5 行 F 列（在校生数·中班·女（人）），值“5000”：应在 0—3,000 人 之间（取值范围）',
      '工作表“秋季统计（幼儿园）” 第 5 行 J 列（各班人数·中班（人）），值“45;200”：每个班的人数应为 1—120 的整数，其中有 200（取值范围）',
      '工作表“秋季统计（幼儿园）” 第 5 行 K 列（各班人数·大班（人）），值“45;abc”：应为用分号分隔的各班人数，如 45;46;38（数据类型）',
    ]);
  });

  it('refuses duplicated, unknown and out-of-scope institution codes', async () => {
    const data = await template((ws) => {
      ws.getCell('A6').value = 'KA00000001';
      ws.getCell('A7').value = 'ZZ99999999';
      ws.getCell('A8').value = 'KB00000001';
    });
    const r = await parse(data, (code) =>
      code === 'ZZ99999999'
        ? '学校（机构）代码不存在或不在你的填报范围内'
        : code === 'KB00000001'
          ? '学校（机构）代码不存在或不在你的填报范围内'
          : null,
    );
    expect(messages(r)).toEqual([
      '工作表“秋季统计（幼儿园）” 第 6 行 A 列（学校代码），值“KA00000001”：与第 4 行重复（学校代码不能重复）',
      '工作表“秋季统计（幼儿园）” 第 7 行 A 列（学校代码），值“ZZ99999999”：学校（机构）代码不存在或不在你的填报范围内（学校代码）',
      '工作表“秋季统计（幼儿园）” 第 8 行 A 列（学校代码），值“KB00000001”：学校（机构）代码不存在或不在你的填报范围内（学校代码）',
    ]);
  });

  it('refuses a changed key row', async () => {
    const r = await parse(await template((ws) => (ws.getCell('C3').value = 'ENR.X9.male')));
    expect(messages(r)).toEqual([
      '工作表“秋季统计（幼儿园）” 第 3 行 C 列（在校生数·小班·男（人）），值“ENR.X9.male”：隐藏的字段代码行被修改，报表中没有此字段（字段代码）',
    ]);
  });
});
