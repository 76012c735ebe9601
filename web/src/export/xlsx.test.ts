import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  buildSheet,
  DEMO_NOTE,
  exportFileName,
  fetchAllPages,
  hasBareTargetHeaders,
  nameTargetHeaders,
  percentFromText,
  sheetName,
  toRows,
  workbookBytes,
  type ExportColumn,
} from './xlsx';

interface School {
  name: string;
  n: number;
  d: number;
  counted: boolean;
}

const columns: ExportColumn<School>[] = [
  { header: '学校名称', value: (r) => r.name },
  { header: '计入分子', value: (r) => (r.counted ? '是' : '否') },
  { header: '分子', value: (r) => r.n },
  { header: '分母', value: (r) => r.d },
];
const rows: School[] = [
  { name: '甲县实验幼儿园', n: 180, d: 180, counted: true },
  { name: '甲县阳光幼儿园', n: 0, d: 60, counted: false },
];

describe('xlsx export mapping', () => {
  it('maps rows to cells in column order', () => {
    expect(toRows(columns, rows)).toEqual([
      ['甲县实验幼儿园', '是', 180, 180],
      ['甲县阳光幼儿园', '否', 0, 60],
    ]);
  });

  it('writes non-finite numbers and undefined as empty cells', () => {
    const cols: ExportColumn<{ v?: number }>[] = [{ header: '值', value: (r) => r.v as number }];
    expect(toRows(cols, [{ v: Number.NaN }, {}, { v: 1 }])).toEqual([[null], [null], [1]]);
  });

  it('adds the 演示数据 title only for a demo data set', () => {
    const demo = buildSheet('T1 学校明细', columns, rows, true);
    expect(demo.title).toBe(DEMO_NOTE);
    expect(demo.title).toContain('演示数据');
    expect(demo.headers).toEqual(['学校名称', '计入分子', '分子', '分母']);
    expect(demo.widths).toHaveLength(4);
    expect(buildSheet('x', columns, rows, false).title).toBeNull();
  });

  it('makes valid sheet and file names', () => {
    expect(sheetName('县区/目标: [2025]')).toBe('县区 目标 2025');
    expect(sheetName('a'.repeat(40))).toHaveLength(31);
    expect(sheetName('')).toBe('Sheet1');
    // 2026-11-28 20:00 UTC is already the 29th in Asia/Shanghai.
    expect(exportFileName('学校名录/2025', new Date('2026-11-28T20:00:00Z'))).toBe(
      '学校名录-2025-20261129.xlsx',
    );
  });

  it('pages through an API until every row is in', async () => {
    const data = Array.from({ length: 1203 }, (_, i) => i);
    const asked: number[] = [];
    const all = await fetchAllPages(async (page, size) => {
      asked.push(page);
      return { total: data.length, items: data.slice((page - 1) * size, page * size) };
    }, 500);
    expect(all).toEqual(data);
    expect(asked).toEqual([1, 2, 3]);
    expect(await fetchAllPages(async () => ({ total: 0, items: [] }))).toEqual([]);
  });
});

describe('percentages and target names in an export', () => {
  interface County {
    name: string;
    t1: number | null;
    t1Text: string;
  }
  const counties: County[] = [
    { name: '甲县', t1: 0.884, t1Text: '88.4%' },
    { name: '乙县', t1: null, t1Text: '—' },
  ];
  const cols: ExportColumn<County>[] = [
    { header: '县市区', value: (r) => r.name },
    // A column of shares, marked as such …
    { header: 'T1', value: (r) => r.t1, percent: true },
    // … and the text a page formatted (formatPercent), as the 县区对比 export passes it.
    { header: 'T1 状态', value: (r) => r.t1Text },
  ];

  it('reads a formatted percentage as its share, and nothing else', () => {
    expect(percentFromText('88.4%')).toBe(0.884);
    expect(percentFromText('100.0%')).toBe(1);
    expect(percentFromText('-3 %')).toBe(-0.03);
    expect(percentFromText('7.25%')).toBe(0.0725);
    expect(percentFromText('≥ 100.0%')).toBeNull();
    expect(percentFromText('达标 88%')).toBeNull();
    expect(percentFromText('—')).toBeNull();
  });

  it('maps shares and percentage text to percent cells', () => {
    expect(toRows(cols, counties)).toEqual([
      ['甲县', { percent: 0.884 }, { percent: 0.884 }],
      ['乙县', null, '—'],
    ]);
  });

  it('names bare target ids in headers from the plan’s short titles', () => {
    const sheet = buildSheet('县区对比', cols, counties, false);
    expect(hasBareTargetHeaders([sheet])).toBe(true);
    const names = new Map([['T1', '公办园在园幼儿占比']]);
    const [named] = nameTargetHeaders([sheet], names);
    expect(named!.headers).toEqual(['县市区', 'T1 公办园在园幼儿占比', 'T1 公办园在园幼儿占比 状态']);
    // "T1 公办园在园幼儿占比 状态" is 15 characters (T, 1, space, 9, space, 2): 15 × 2 + 2 = 32.
    expect(named!.widths[2]).toBe(32);
    // Named once only; an id without a title stays bare; a header like "T10…" is not "T1".
    expect(nameTargetHeaders([named!], names)[0]!.headers).toEqual(named!.headers);
    expect(nameTargetHeaders([sheet], new Map())[0]!.headers).toEqual(['县市区', 'T1', 'T1 状态']);
    const other = buildSheet('x', [{ header: 'T10', value: () => 1 }], [{}], false);
    expect(nameTargetHeaders([other], names)[0]!.headers).toEqual(['T10']);
    expect(hasBareTargetHeaders([buildSheet('x', [{ header: '学校', value: () => 1 }], [{}], false)])).toBe(
      false,
    );
  });

  it('writes percent cells as numbers with a % number format', async () => {
    const sheet = buildSheet('县区对比', cols, counties, true);
    const bytes = await workbookBytes([sheet]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const ws = workbook.worksheets[0]!;
    // Row 1 is the 演示数据 note, row 2 the headers, row 3 甲县.
    expect(ws.getCell('A1').value).toBe(DEMO_NOTE);
    expect(ws.getRow(2).values).toEqual([undefined, '县市区', 'T1', 'T1 状态']);
    for (const address of ['B3', 'C3']) {
      const cell = ws.getCell(address);
      expect(cell.type).toBe(ExcelJS.ValueType.Number);
      expect(cell.value).toBe(0.884);
      expect(cell.numFmt).toContain('%');
    }
    expect(ws.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B4').type).toBe(ExcelJS.ValueType.Null);
    expect(ws.getCell('C4').value).toBe('—');
    expect(ws.getCell('C4').numFmt ?? '').not.toContain('%');
  });
});
