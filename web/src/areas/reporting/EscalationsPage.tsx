/** The escalation list (督办清单): overdue and blocked measures, red after the grace period, red first. */
import { Alert, Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DemoBanner, PageError, PageLoading } from '../../components/PageStates';
import { useI18n } from '../../i18n/i18n';
import type { Navigate } from '../../navigation';
import { useApiGet } from '../../use-api';
import { EscalationTags } from './EscalationTags';
import type { Escalations } from './types';

type Item = Escalations['items'][number];

export default function EscalationsPage({ navigate }: { navigate: Navigate }) {
  const { t } = useI18n();
  const [state, retry] = useApiGet<Escalations>('/api/v1/reporting/escalations');
  if (state.kind === 'loading') return <PageLoading />;
  if (state.kind === 'error') return <PageError error={state.error} onRetry={retry} />;
  const d = state.data;
  const columns: ColumnsType<Item> = [
    {
      title: t('reporting.col.escalation'),
      key: 'escalation',
      render: (_, i) => (
        <EscalationTags state={{ ...i.state, overdue: false, blocked: false, dueSoon: false, done: false }} />
      ),
    },
    {
      title: t('reporting.col.county'),
      key: 'county',
      render: (_, i) => (
        <Typography.Link onClick={() => navigate(`/reports/county/${i.measure.countyCode}`)}>
          {i.measure.countyName}
        </Typography.Link>
      ),
    },
    { title: t('reporting.col.measure'), key: 'measure', render: (_, i) => i.measure.title },
    { title: t('reporting.col.due'), key: 'due', render: (_, i) => i.measure.dueDate },
    {
      title: t('reporting.col.why'),
      key: 'why',
      render: (_, i) =>
        [
          i.state.overdue && i.state.daysOverdue !== null
            ? t('reporting.why.overdue', { days: i.state.daysOverdue })
            : null,
          i.state.blocked && i.state.blockedSince
            ? t('reporting.why.blocked', { date: i.state.blockedSince })
            : null,
        ]
          .filter((x) => x !== null)
          .join('；'),
    },
    {
      title: t('reporting.col.progress'),
      key: 'progress',
      render: (_, i) => t(`reporting.progress.${i.state.progress}`),
    },
    {
      title: t('reporting.col.owner'),
      key: 'owner',
      render: (_, i) => `${i.measure.ownerName}（${i.measure.ownerUnit}）`,
    },
  ];
  return (
    <div className="page" id="reporting-escalations">
      <DemoBanner demo={d.dataset.demo} />
      <Typography.Title level={3}>{t('reporting.escalations.heading')}</Typography.Title>
      <Alert
        type="info"
        showIcon
        message={t('reporting.escalations.note', { grace: d.graceDays })}
        style={{ marginBottom: 12 }}
      />
      <Typography.Paragraph id="escalations-summary">
        {t('reporting.escalations.summary', d.summary)}
      </Typography.Paragraph>
      <Card>
        <Table<Item>
          rowKey={(i) => i.measure.id}
          rowClassName={(i) => `escalation-row escalation-${i.state.escalation}`}
          columns={columns}
          dataSource={d.items}
          locale={{ emptyText: t('reporting.escalations.empty') }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: true }}
        />
      </Card>
    </div>
  );
}
