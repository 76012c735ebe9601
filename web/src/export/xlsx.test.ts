import { describe, expect, it } from 'vitest';
import {
  buildSheet,
  DEMO_NOTE,
  exportFileName,
  fetchAllPages,
  sheetName,
  toRows,
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
