/**
 * 督导评价: the counties ranked by their duty-evaluation score, each county's points expandable to
 * the sentence that explains every one of them; a banner that the weights are the bureau's to set.
 */
import { Alert, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { apiDownload } from '../../api';
import { ExportButton } from '../../components/ExportButton';
import { DemoBanner, PageError, PageLoading } from '../../components/PageStates';
import { formatFixed } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { useApiGet } from '../../use-api';
import './stocktake.css';
import type { DutyEvaluationCounty, EvaluationResponse } from './types';

const evaluationPath = (year: number | undefined, what = '') =>
  `/api/v1/stocktake/evaluation${what}${year === undefined ? '' : `?year=${year}`}`;

function Explanations({ c }: { c: DutyEvaluationCounty }) {
  const { t } = useI18n();
  return (
    <div className="evaluation-detail">
      {c.components.map((p) => (
        <div key={p.key} className={`evaluation-part evaluation-${p.key}`}>
          <Typography.Text strong>
            {p.label}{' '}
            {t('stocktake.eval.points', {
              points: formatFixed(p.points, 2),
              max: formatFixed(p.effectiveWeight, 2),
            })}
          </Typography.Text>
          <ul className="evaluation-explanations">
            {p.items.map((i) => (
              <li key={i.ref}>{i.explanation}</li>
            ))}
            {p.note && <li>{p.note}</li>}
            {p.excluded.map((x) => (
              <li key={x.ref} className="evaluation-excluded">
                <Typography.Text type="secondary">
                  {t('stocktake.eval.excluded', { label: x.label, reason: x.reason })}
                </Typography.Text>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/**
 * The evaluation year is a calendar year (default: this year, the server's), not the school year the
 * other pages share, so the page keeps its own choice.
 */
export default function EvaluationPage() {
  const { t } = useI18n();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [state, retry] = useApiGet<EvaluationResponse>(evaluationPath(year));
  if (state.kind === 'loading') return <PageLoading />;
  if (state.kind === 'error') return <PageError error={state.error} onRetry={retry} />;
  const e = state.data.evaluation;
  const parts = e.counties[0]?.components ?? [];
  const columns: ColumnsType<DutyEvaluationCounty> = [
    {
      title: t('stocktake.col.rank'),
      key: 'rank',
      width: 90,
      render: (_, c) => (
        <Space size={4}>
          <span className="evaluation-rank">{c.rank}</span>
          {c.tied && <Tag>{t('stocktake.tied')}</Tag>}
        </Space>
      ),
    },
    { title: t('stocktake.col.county'), dataIndex: 'orgName', key: 'county' },
    {
      title: t('stocktake.eval.total'),
      key: 'total',
      align: 'right',
      render: (_, c) => <strong className="evaluation-total">{formatFixed(c.total, 1)}</strong>,
    },
    ...parts.map((p, i) => ({
      title: `${p.label}（${p.weight}）`,
      key: p.key,
      align: 'right' as const,
      render: (_: unknown, c: DutyEvaluationCounty) => formatFixed(c.components[i]!.points, 2),
    })),
    {
      title: t('stocktake.col.decidedBy'),
      key: 'tie',
      render: (_, c) => <Typography.Text type="secondary">{c.tieNote ?? ''}</Typography.Text>,
    },
  ];
  return (
    <div id="evaluation-page" className="evaluation-page">
      <DemoBanner demo={state.data.dataset.demo} />
      <Typography.Title level={3} id="evaluation-title">
        {t('stocktake.eval.title', { year: e.year })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('stocktake.eval.subtitle', { date: e.asOf, year: e.targetYear, next: e.targetYear + 1 })}
      </Typography.Paragraph>
      <Alert
        id="evaluation-rules"
        type={e.rules.status === 'R' ? 'warning' : 'info'}
        showIcon
        banner
        title={
          e.rules.status === 'R'
            ? t('stocktake.eval.rulesR', { source: e.rules.source })
            : t('stocktake.eval.rulesConfirmed', { source: e.rules.source })
        }
      />
      <Space>
        <label htmlFor="evaluation-year">{t('stocktake.eval.year')}</label>
        <Select
          id="evaluation-year"
          value={e.year}
          style={{ minWidth: 120 }}
          onChange={(y: number) => setYear(y)}
          options={e.years.map((y) => ({ value: y, label: t('stocktake.eval.yearOption', { year: y }) }))}
        />
        <ExportButton
          id="evaluation-export"
          label={t('stocktake.eval.export')}
          onExport={() => apiDownload(evaluationPath(year, '/export'), '督导评价.xlsx')}
        />
      </Space>
      <Alert
        className="evaluation-method"
        type="info"
        title={t('stocktake.eval.method')}
        description={e.method.map((l) => (
          <div key={l}>{l}</div>
        ))}
      />
      <Table
        id="evaluation-table"
        size="small"
        rowKey="orgCode"
        pagination={false}
        columns={columns}
        dataSource={e.counties}
        expandable={{ expandedRowRender: (c) => <Explanations c={c} /> }}
      />
    </div>
  );
}
