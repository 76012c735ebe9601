/** 县级工作方案: every county's plan state for the city; a county account goes straight to its own plan. */
import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect } from 'react';
import type { Session } from '../../api';
import { DemoBanner, PageError, PageLoading } from '../../components/PageStates';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n/i18n';
import type { Navigate } from '../../navigation';
import { useApiGet } from '../../use-api';
import { STATE_COLOURS, type DatasetNotice, type WorkPlanState } from './types';

export default function WorkPlansPage({ session, navigate }: { session: Session; navigate: Navigate }) {
  const { t, language } = useI18n();
  const [state, retry] = useApiGet<{ plans: WorkPlanState[]; dataset: DatasetNotice }>('/api/v1/work-plans');
  const scope = session.account.scope;
  const own =
    state.kind === 'loaded' && scope.kind === 'org'
      ? state.data.plans.find((p) => p.countyCode === scope.orgCode)
      : undefined;
  const onlyOwn = own !== undefined && state.kind === 'loaded' && state.data.plans.length === 1;
  useEffect(() => {
    if (onlyOwn) navigate(`/work-plans/${own.countyCode}`);
  }, [onlyOwn, own, navigate]);
  if (state.kind === 'loading' || onlyOwn) return <PageLoading />;
  if (state.kind === 'error') return <PageError error={state.error} onRetry={retry} />;
  const columns: ColumnsType<WorkPlanState> = [
    { title: t('delivery.col.county'), dataIndex: 'countyName', key: 'county' },
    {
      title: t('delivery.col.state'),
      key: 'state',
      render: (_, r) => (
        <Tag color={STATE_COLOURS[r.state]} data-state={r.state}>
          {t(`delivery.state.${r.state}`)}
        </Tag>
      ),
    },
    {
      title: t('delivery.col.version'),
      key: 'version',
      render: (_, r) => (r.version === null ? t('delivery.none') : t('delivery.versionN', { n: r.version })),
    },
    {
      title: t('delivery.col.approvedVersion'),
      key: 'approved',
      render: (_, r) =>
        r.approvedVersion === null
          ? t('delivery.none')
          : `${t('delivery.versionN', { n: r.approvedVersion })}（${r.approvedMeasures}）`,
    },
    {
      title: t('delivery.col.submittedAt'),
      key: 'submittedAt',
      render: (_, r) =>
        r.submittedAt ? formatDateTime(new Date(r.submittedAt), language) : t('delivery.none'),
    },
    {
      title: t('delivery.col.open'),
      key: 'open',
      render: (_, r) => (
        <Button
          size="small"
          id={`open-plan-${r.countyCode}`}
          onClick={() => navigate(`/work-plans/${r.countyCode}`)}
        >
          {t('delivery.open')}
        </Button>
      ),
    },
  ];
  return (
    <div className="page" id="delivery-plans">
      <DemoBanner demo={state.data.dataset.demo} />
      <Typography.Title level={3}>{t('delivery.plans.heading')}</Typography.Title>
      <Alert type="info" showIcon message={t('delivery.plans.note')} style={{ marginBottom: 16 }} />
      <Card>
        <Table<WorkPlanState>
          rowKey="countyCode"
          columns={columns}
          dataSource={state.data.plans}
          pagination={false}
          size="small"
          rowClassName={(r) => `plan-row plan-row-${r.countyCode}`}
        />
      </Card>
    </div>
  );
}
