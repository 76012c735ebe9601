/** 重点任务: the plan's 19 tasks with their lead section, the targets and milestones they serve, and the approved measures. */
import { Alert, Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DemoBanner, PageError, PageLoading } from '../../components/PageStates';
import { useI18n } from '../../i18n/i18n';
import { useApiGet } from '../../use-api';
import type { DatasetNotice, TaskRow } from './types';

export default function TasksPage() {
  const { t } = useI18n();
  const [state, retry] = useApiGet<{ tasks: TaskRow[]; dataset: DatasetNotice }>('/api/v1/tasks');
  if (state.kind === 'loading') return <PageLoading />;
  if (state.kind === 'error') return <PageError error={state.error} onRetry={retry} />;
  const columns: ColumnsType<TaskRow> = [
    {
      title: t('delivery.col.task'),
      key: 'task',
      render: (_, r) => (
        <span>
          <Typography.Text type="secondary">{r.section}</Typography.Text> {r.title}
        </span>
      ),
    },
    { title: t('delivery.col.action'), dataIndex: 'action', key: 'action' },
    {
      title: t('delivery.col.leadSection'),
      key: 'lead',
      render: (_, r) => (
        <span className="delivery-lead" data-task={r.number}>
          {r.leadSection || t('delivery.unassigned')}{' '}
          {!r.leadSectionConfirmed && <Tag color="orange">{t('delivery.unconfirmed')}</Tag>}
        </span>
      ),
    },
    {
      title: t('delivery.col.targets'),
      key: 'targets',
      render: (_, r) =>
        r.targetIds.length ? r.targetIds.map((id) => <Tag key={id}>{id}</Tag>) : t('delivery.none'),
    },
    {
      title: t('delivery.col.milestones'),
      key: 'milestones',
      render: (_, r) => r.milestoneIds.length || t('delivery.none'),
    },
    { title: t('delivery.col.dueBy'), dataIndex: 'dueBy', key: 'dueBy' },
    {
      title: t('delivery.col.measures'),
      key: 'measures',
      render: (_, r) => t('delivery.measureCount', { measures: r.measures, counties: r.counties }),
    },
  ];
  return (
    <div className="page" id="delivery-tasks">
      <DemoBanner demo={state.data.dataset.demo} />
      <Typography.Title level={3}>{t('delivery.tasks.heading')}</Typography.Title>
      <Alert type="info" showIcon message={t('delivery.tasks.note')} style={{ marginBottom: 16 }} />
      <Card>
        <Table<TaskRow>
          rowKey="number"
          columns={columns}
          dataSource={state.data.tasks}
          pagination={false}
          size="small"
        />
      </Card>
    </div>
  );
}
