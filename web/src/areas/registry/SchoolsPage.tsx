/** 学校名录: search and filter the institutions; paging and sorting are done by the API. */
import { Card, Cascader, Checkbox, Input, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { useMemo, useState } from 'react';
import { api, type DirectoryItem, type DirectoryResponse, type OrgTreeNode } from '../../api';
import { ExportButton } from '../../components/ExportButton';
import { DemoBanner, PageError } from '../../components/PageStates';
import {
  buildSheet,
  downloadXlsx,
  exportFileName,
  fetchAllPages,
  type ExportColumn,
} from '../../export/xlsx';
import { useI18n, type Translate } from '../../i18n/i18n';
import { labelOf, query } from '../../labels';
import { appHref, linkClick, type Navigate } from '../../navigation';
import { useApiGet } from '../../use-api';

interface Props {
  year: number | undefined;
  navigate: Navigate;
}

type SortField = 'code' | 'name' | 'enrolment' | 'county' | 'runningType';

const RUNNING_TYPES = ['111', '211', '218', '311', '312', '341', '342', '345', '511', '512', '513', '514'];
const OWNERSHIPS = ['public', 'inclusivePrivate', 'private'];
const KG_CLASSES = ['provincialDemo', 'class1', 'class2', 'class3', 'unrated'];

interface CascaderOption {
  value: string;
  label: string;
  children?: CascaderOption[];
}

function cascaderOptions(node: OrgTreeNode): CascaderOption[] {
  const toOption = (n: OrgTreeNode): CascaderOption => ({
    value: n.code,
    label: n.name,
    ...(n.children.length > 0 ? { children: n.children.map(toOption) } : {}),
  });
  return node.level === 'city' ? node.children.map(toOption) : [toOption(node)];
}

/** The directory's columns for the export (Chinese headers, labels instead of codes). */
export function directoryExportColumns(t: Translate): ExportColumn<DirectoryItem>[] {
  return [
    { header: t('col.code'), value: (r) => r.code, width: 14 },
    { header: t('col.name'), value: (r) => r.name, width: 28 },
    { header: t('col.county'), value: (r) => r.countyName, width: 12 },
    { header: t('col.township'), value: (r) => r.townshipName, width: 16 },
    { header: t('col.runningType'), value: (r) => labelOf(t, 'runningType', r.runningType), width: 16 },
    { header: t('col.ownership'), value: (r) => labelOf(t, 'ownership', r.ownership), width: 12 },
    {
      header: t('col.kgClass'),
      value: (r) => (r.attributes.kgClass ? labelOf(t, 'kgClass', r.attributes.kgClass) : null),
    },
    { header: t('col.enrolment'), value: (r) => r.enrolment },
    { header: t('col.operating'), value: (r) => (r.operating ? t('operating.yes') : t('operating.no')) },
  ];
}

export default function SchoolsPage({ year, navigate }: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [area, setArea] = useState<string[]>([]);
  const [runningType, setRunningType] = useState<string[]>([]);
  const [ownership, setOwnership] = useState<string[]>([]);
  const [kgClass, setKgClass] = useState<string[]>([]);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [sort, setSort] = useState<{ field: SortField; order: 'asc' | 'desc' } | null>(null);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [orgUnits] = useApiGet<{ tree: OrgTreeNode }>('/api/v1/org-units');

  const filters = useMemo(
    () => ({
      year,
      org: area.at(-1),
      runningType: runningType.join(',') || undefined,
      ownership: ownership.join(',') || undefined,
      kgClass: kgClass.join(',') || undefined,
      q: q || undefined,
      includeInactive: includeInactive ? 'true' : undefined,
      sort: sort?.field,
      order: sort?.order,
    }),
    [year, area, runningType, ownership, kgClass, q, includeInactive, sort],
  );
  const [list, retry] = useApiGet<DirectoryResponse>(
    `/api/v1/institutions?${query({ ...filters, page, pageSize })}`,
  );
  const [last, setLast] = useState<DirectoryResponse | null>(null);
  const data = list.kind === 'loaded' ? list.data : last;
  if (list.kind === 'loaded' && list.data !== last) setLast(list.data);

  /** Any filter change starts again at page 1. */
  function filtered<T>(set: (v: T) => void) {
    return (v: T) => {
      set(v);
      setPage(1);
    };
  }

  async function exportAll() {
    const rows = await fetchAllPages((p, size) =>
      api<DirectoryResponse>('GET', `/api/v1/institutions?${query({ ...filters, page: p, pageSize: size })}`),
    );
    const shown = data?.year ?? year ?? '';
    await downloadXlsx(exportFileName(`${t('schools.sheet')}-${shown}`), [
      buildSheet(t('schools.sheet'), directoryExportColumns(t), rows, data?.dataset.demo ?? false),
    ]);
  }

  const sortOrder = (field: SortField) =>
    sort?.field === field ? (sort.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null;
  const columns: ColumnsType<DirectoryItem> = [
    { title: t('col.code'), dataIndex: 'code', key: 'code', sorter: true, sortOrder: sortOrder('code') },
    {
      title: t('col.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (name: string, row) => (
        <a
          className="school-link"
          data-code={row.code}
          href={appHref(`/schools/${row.code}`, year)}
          onClick={linkClick(navigate, `/schools/${row.code}`)}
        >
          {name}
        </a>
      ),
    },
    {
      title: t('col.county'),
      dataIndex: 'countyName',
      key: 'county',
      sorter: true,
      sortOrder: sortOrder('county'),
    },
    { title: t('col.township'), dataIndex: 'townshipName', key: 'township' },
    {
      title: t('col.runningType'),
      dataIndex: 'runningType',
      key: 'runningType',
      sorter: true,
      sortOrder: sortOrder('runningType'),
      render: (v: string) => labelOf(t, 'runningType', v),
    },
    {
      title: t('col.ownership'),
      dataIndex: 'ownership',
      key: 'ownership',
      render: (v: string) => labelOf(t, 'ownership', v),
    },
    {
      title: t('col.kgClass'),
      key: 'kgClass',
      render: (_: unknown, row) =>
        row.attributes.kgClass ? labelOf(t, 'kgClass', row.attributes.kgClass) : t('common.none'),
    },
    {
      title: t('col.enrolment'),
      dataIndex: 'enrolment',
      key: 'enrolment',
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('enrolment'),
      render: (v: number | null) => v ?? t('common.none'),
    },
    {
      title: t('col.operating'),
      dataIndex: 'operating',
      key: 'operating',
      render: (v: boolean) => (v ? t('operating.yes') : t('operating.no')),
    },
  ];

  const shownYear = data?.year ?? year;
  return (
    <div className="schools">
      <DemoBanner demo={data?.dataset.demo ?? false} />
      <div className="cockpit-bar">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {shownYear === undefined
            ? t('nav.schools')
            : t('schools.heading', { year: shownYear, next: shownYear + 1 })}
        </Typography.Title>
      </div>
      <Card size="small" className="school-directory">
        <Space wrap className="directory-filters" style={{ marginBottom: 12 }}>
          <Input.Search
            id="school-search"
            allowClear
            placeholder={t('schools.search')}
            aria-label={t('schools.search')}
            style={{ width: 220 }}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => filtered(setQ)(v.trim())}
          />
          <Cascader
            className="area-filter"
            changeOnSelect
            placeholder={t('schools.area')}
            style={{ minWidth: 200 }}
            options={orgUnits.kind === 'loaded' ? cascaderOptions(orgUnits.data.tree) : []}
            value={area}
            onChange={(v) => filtered(setArea)((v ?? []).map(String))}
          />
          <Select
            mode="multiple"
            allowClear
            className="type-filter"
            placeholder={t('schools.runningType')}
            style={{ minWidth: 160 }}
            value={runningType}
            onChange={filtered(setRunningType)}
            options={RUNNING_TYPES.map((v) => ({ value: v, label: labelOf(t, 'runningType', v) }))}
          />
          <Select
            mode="multiple"
            allowClear
            className="ownership-filter"
            placeholder={t('schools.ownership')}
            style={{ minWidth: 140 }}
            value={ownership}
            onChange={filtered(setOwnership)}
            options={OWNERSHIPS.map((v) => ({ value: v, label: labelOf(t, 'ownership', v) }))}
          />
          <Select
            mode="multiple"
            allowClear
            className="kgclass-filter"
            placeholder={t('schools.kgClass')}
            style={{ minWidth: 140 }}
            value={kgClass}
            onChange={filtered(setKgClass)}
            options={KG_CLASSES.map((v) => ({ value: v, label: labelOf(t, 'kgClass', v) }))}
          />
          <Checkbox
            checked={includeInactive}
            onChange={(e) => filtered(setIncludeInactive)(e.target.checked)}
          >
            {t('schools.includeInactive')}
          </Checkbox>
          <ExportButton onExport={exportAll} />
        </Space>
        {list.kind === 'error' ? (
          <PageError error={list.error} onRetry={retry} />
        ) : (
          <Table<DirectoryItem>
            rowKey="code"
            size="small"
            loading={list.kind === 'loading'}
            columns={columns}
            dataSource={data?.items ?? []}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('schools.empty') }}
            pagination={{
              current: page,
              pageSize,
              total: data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => <span className="directory-total">{t('schools.total', { total })}</span>,
            }}
            onChange={(pagination, _filters, sorter) => {
              const s = (Array.isArray(sorter) ? sorter[0] : sorter) as
                SorterResult<DirectoryItem> | undefined;
              const field = s?.order ? (s.columnKey as SortField) : null;
              const next = field
                ? { field, order: s?.order === 'descend' ? ('desc' as const) : ('asc' as const) }
                : null;
              if (next?.field !== sort?.field || next?.order !== sort?.order) {
                setSort(next);
                setPage(1);
              } else setPage(pagination.current ?? 1);
              setPageSize(pagination.pageSize ?? 20);
            }}
          />
        )}
      </Card>
    </div>
  );
}
