/**
 * The filters and sort order of an antd table kept as state, so that an export gives the rows in
 * the order and selection the screen shows (antd reports them only on user interaction). Pure:
 * unit-tested in tableView.test.ts.
 */
import type { ColumnsType, ColumnType, SorterResult } from 'antd/es/table/interface';
import type { Key } from 'react';

type FilterValue = (Key | boolean)[];

export interface TableView {
  /** Column key → the values chosen in its filter (null or empty: no filter). */
  filters: Record<string, FilterValue | null>;
  sortKey: string | null;
  order: 'ascend' | 'descend' | null;
}

export const EMPTY_VIEW: TableView = { filters: {}, sortKey: null, order: null };

/** The view from antd's onChange(pagination, filters, sorter). */
export function viewOf<T>(
  filters: Record<string, FilterValue | null>,
  sorter: SorterResult<T> | SorterResult<T>[],
): TableView {
  const first = Array.isArray(sorter) ? sorter[0] : sorter;
  const order = first?.order ?? null;
  return {
    filters,
    sortKey: order && first?.columnKey !== undefined ? String(first.columnKey) : null,
    order,
  };
}

function compareOf<T>(column: ColumnType<T>): ((a: T, b: T) => number) | null {
  const sorter = column.sorter;
  if (typeof sorter === 'function') return (a, b) => sorter(a, b);
  if (sorter && typeof sorter === 'object' && sorter.compare) {
    const compare = sorter.compare;
    return (a, b) => compare(a, b);
  }
  return null;
}

const leaf = <T>(columns: ColumnsType<T>): ColumnType<T>[] =>
  columns.flatMap((c) => ('children' in c && c.children ? leaf(c.children) : [c as ColumnType<T>]));

/** The rows the table shows (before paging): filtered by every column filter, then sorted. */
export function visibleRows<T>(columns: ColumnsType<T>, rows: readonly T[], view: TableView): T[] {
  const flat = leaf(columns);
  const filtered = rows.filter((row) =>
    flat.every((c) => {
      const chosen = c.key === undefined ? null : view.filters[String(c.key)];
      return !chosen || chosen.length === 0 || !c.onFilter || chosen.some((v) => c.onFilter!(v, row));
    }),
  );
  const column = flat.find((c) => c.key !== undefined && String(c.key) === view.sortKey);
  const compare = column && view.order ? compareOf(column) : null;
  if (!compare) return filtered;
  return filtered.sort((a, b) => (view.order === 'ascend' ? compare(a, b) : compare(b, a)));
}

/** The columns with their filter and sort order controlled by the view. */
export function controlledColumns<T>(columns: ColumnsType<T>, view: TableView): ColumnsType<T> {
  return columns.map((c) => {
    if ('children' in c && c.children) return { ...c, children: controlledColumns(c.children, view) };
    const key = c.key === undefined ? null : String(c.key);
    if (key === null) return c;
    return {
      ...c,
      ...(c.filters ? { filteredValue: view.filters[key] ?? null } : {}),
      ...(c.sorter ? { sortOrder: view.sortKey === key ? view.order : null } : {}),
    };
  });
}
