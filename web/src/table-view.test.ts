import type { ColumnsType } from 'antd/es/table/interface';
import { describe, expect, it } from 'vitest';
import { controlledColumns, EMPTY_VIEW, viewOf, visibleRows } from './table-view';

interface Row {
  name: string;
  section: 'primary' | 'junior';
  students: number;
}

const rows: Row[] = [
  { name: '甲', section: 'primary', students: 900 },
  { name: '乙', section: 'junior', students: 1200 },
  { name: '丙', section: 'primary', students: 300 },
  { name: '丁', section: 'junior', students: 1200 },
];

const columns: ColumnsType<Row> = [
  { title: '学校', key: 'name', dataIndex: 'name' },
  {
    title: '学段',
    key: 'section',
    filters: [
      { text: '小学', value: 'primary' },
      { text: '初中', value: 'junior' },
    ],
    onFilter: (value, r) => r.section === value,
  },
  {
    title: '规模',
    children: [{ title: '在校生', key: 'students', sorter: { compare: (a, b) => a.students - b.students } }],
  },
];

describe('visibleRows', () => {
  it('shows every row in order without filter or sort', () => {
    expect(visibleRows(columns, rows, EMPTY_VIEW).map((r) => r.name)).toEqual(['甲', '乙', '丙', '丁']);
  });

  it('keeps the rows passing a column filter (any of its chosen values)', () => {
    const view = { ...EMPTY_VIEW, filters: { section: ['primary'] } };
    expect(visibleRows(columns, rows, view).map((r) => r.name)).toEqual(['甲', '丙']);
    const both = { ...EMPTY_VIEW, filters: { section: ['primary', 'junior'] } };
    expect(visibleRows(columns, rows, both)).toHaveLength(4);
  });

  it('sorts by a grouped column, stable for equal values, in both directions', () => {
    const up = { ...EMPTY_VIEW, sortKey: 'students', order: 'ascend' as const };
    expect(visibleRows(columns, rows, up).map((r) => r.name)).toEqual(['丙', '甲', '乙', '丁']);
    const down = { ...up, order: 'descend' as const };
    expect(visibleRows(columns, rows, down).map((r) => r.name)).toEqual(['乙', '丁', '甲', '丙']);
  });

  it('reads the view from antd’s onChange arguments', () => {
    expect(viewOf<Row>({ section: ['junior'] }, { columnKey: 'students', order: 'descend' })).toEqual({
      filters: { section: ['junior'] },
      sortKey: 'students',
      order: 'descend',
    });
    // Sorting switched off: no sort key.
    expect(viewOf<Row>({}, [{ columnKey: 'students', order: undefined }])).toEqual({
      filters: {},
      sortKey: null,
      order: null,
    });
  });
});

type Controlled = { filteredValue?: unknown; sortOrder?: unknown; children?: { sortOrder?: unknown }[] }[];

describe('controlledColumns', () => {
  it('sets filteredValue and sortOrder from the view, also inside groups', () => {
    const view = { filters: { section: ['junior'] }, sortKey: 'students', order: 'ascend' as const };
    const controlled = controlledColumns(columns, view) as Controlled;
    expect(controlled[0]!.filteredValue).toBeUndefined();
    expect(controlled[1]!.filteredValue).toEqual(['junior']);
    expect(controlled[2]!.children![0]!.sortOrder).toBe('ascend');
    const none = controlledColumns(columns, EMPTY_VIEW) as Controlled;
    expect(none[1]!.filteredValue).toBeNull();
    expect(none[2]!.children![0]!.sortOrder).toBeNull();
  });
});
