/**
 * 录入记录: every recording of a county's figures and evaluators' verdicts in a school year, newest
 * first (GET …/records). Nothing is overwritten: a correction is a new row, and the latest row of
 * each item — marked 现行 — is the one the evaluation uses.
 */
import { Alert, Drawer, Empty, Grid, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { PageError, PageLoading } from '../../components/PageStates';
import { formatPercent } from '../../format';
import { useI18n } from '../../i18n/i18n';
import type { Loadable } from '../../use-api';
import { formatFigure, formatRecordedAt, historyRows, type HistoryRow } from './recording';
import type { CountyInputKey, RecordsResponse } from '../../api';
import { COUNTY_INPUT_KEYS } from './types';

interface Props {
  open: boolean;
  onClose(): void;
  records: Loadable<RecordsResponse>;
  retry(): void;
  countyName: string;
  year: number;
  /** Judgement item id → its name (from the evaluation's rules). */
  itemNames: Map<string, string>;
}

const isInputKey = (item: string): item is CountyInputKey =>
  (COUNTY_INPUT_KEYS as readonly string[]).includes(item);

/** The item a row records: the figure, or the judgement item. */
const itemOf = (row: HistoryRow) => (row.kind === 'input' ? row.record.item : row.record.itemId);

export function RecordsDrawer({ open, onClose, records, retry, countyName, year, itemNames }: Props) {
  const { t, language } = useI18n();
  const screens = Grid.useBreakpoint();
  const rows = useMemo(() => (records.kind === 'loaded' ? historyRows(records.data) : []), [records]);
  /** The rows in force: the first (newest) of each item. */
  const current = useMemo(() => {
    const seen = new Set<string>();
    const keys = new Set<string>();
    for (const row of rows) {
      const id = `${row.kind}:${itemOf(row)}`;
      if (!seen.has(id)) keys.add(row.key);
      seen.add(id);
    }
    return keys;
  }, [rows]);

  /** What a row shows, in the table (wide screens) and in the list (phone width). */
  const describe = (r: HistoryRow) => {
    const item = itemOf(r);
    const name =
      r.kind === 'input' ? (isInputKey(item) ? t(`figure.${item}`) : item) : (itemNames.get(item) ?? item);
    let value: string;
    if (r.kind === 'input') {
      value = isInputKey(item) ? formatFigure(item, r.record.value, t, language) : String(r.record.value);
    } else {
      const verdict = t(r.record.met ? 'common.yes' : 'common.no');
      value =
        r.record.score === null
          ? verdict
          : t('records.verdictScore', { verdict, score: formatPercent(r.record.score) });
    }
    return {
      item,
      name,
      value,
      at: formatRecordedAt(r.record.recordedAt, language),
      kind: t(`recordKind.${r.kind}`),
      by: r.kind === 'input' ? r.record.recordedBy : r.record.evaluator,
      evidence: r.record.evidence,
      current: current.has(r.key),
    };
  };
  const currentTag = (
    <Tag color="blue" className="record-current">
      {t('records.current')}
    </Tag>
  );

  const columns: ColumnsType<HistoryRow> = [
    {
      title: t('col.recordedAt'),
      key: 'at',
      width: 140,
      render: (_: unknown, r) => <span className="record-at">{describe(r).at}</span>,
    },
    {
      title: t('col.recordKind'),
      key: 'kind',
      width: 90,
      render: (_: unknown, r) => describe(r).kind,
    },
    {
      title: t('col.recordItem'),
      key: 'item',
      width: 220,
      render: (_: unknown, r) => {
        const d = describe(r);
        return (
          <span className="record-item" data-item={d.item}>
            {d.name}
            {d.current && currentTag}
          </span>
        );
      },
    },
    {
      title: t('col.recordValue'),
      key: 'value',
      width: 130,
      render: (_: unknown, r) => <span className="record-value">{describe(r).value}</span>,
    },
    {
      title: t('col.evidence'),
      key: 'evidence',
      width: 240,
      render: (_: unknown, r) => <span className="record-evidence">{r.record.evidence}</span>,
    },
    {
      title: t('col.recordedBy'),
      key: 'by',
      width: 100,
      render: (_: unknown, r) => describe(r).by,
    },
  ];

  let body;
  if (records.kind === 'loading') body = <PageLoading />;
  else if (records.kind === 'error') body = <PageError error={records.error} onRetry={retry} />;
  else if (screens.md === false)
    body =
      rows.length === 0 ? (
        <Empty description={t('records.empty')} />
      ) : (
        <ol className="records-list">
          {rows.map((r) => {
            const d = describe(r);
            return (
              <li key={r.key} className="record-row" data-kind={r.kind} data-item={d.item}>
                <div className="record-list-head">
                  <span className="record-item">
                    {d.name}
                    {d.current && currentTag}
                  </span>
                  <span className="record-value">{d.value}</span>
                </div>
                <div className="record-list-meta">
                  {d.kind} · <span className="record-at">{d.at}</span> · {d.by}
                </div>
                <div className="record-list-meta record-evidence">
                  {t('figures.evidence', { evidence: d.evidence })}
                </div>
              </li>
            );
          })}
        </ol>
      );
  else
    body = (
      <Table<HistoryRow>
        className="records-table"
        rowKey="key"
        size="small"
        rowClassName={(r) => `record-row record-${r.kind}`}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('records.empty') }}
      />
    );

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('records.title')}
      size="min(960px, 100vw)"
      className="records-drawer"
    >
      <Typography.Paragraph type="secondary" className="records-subtitle">
        {t('records.subtitle', { county: countyName, year, next: year + 1, count: rows.length })}
      </Typography.Paragraph>
      <Alert type="info" className="records-note" title={t('records.note')} />
      {body}
    </Drawer>
  );
}
