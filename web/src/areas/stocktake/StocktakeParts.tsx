/** Building blocks of the stocktake pages: status tags, change lists, the county's three tables. */
import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { STATUS_COLOURS } from '../../charts/status';
import { formatPercent } from '../../format';
import { useI18n, type Translate } from '../../i18n/i18n';
import { labelOf } from '../../labels';
import { whyClick, whyHref } from '../targets/why-link';
import type { StocktakeChanges, StocktakeMeasure, StocktakeMilestone, StocktakeTarget } from './types';

export const MILESTONE_COLOURS: Record<StocktakeMilestone['status'], string> = {
  done: 'green',
  notDone: 'default',
  overdue: 'red',
  toVerify: 'gold',
  notRequired: 'default',
};

export function TargetStatusTag({ status }: { status: StocktakeTarget['status'] }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLOURS[status]}>{labelOf(t, 'status', status)}</Tag>;
}

export function MilestoneTag({ m }: { m: Pick<StocktakeMilestone, 'status' | 'since'> }) {
  const { t } = useI18n();
  return (
    <Tag color={MILESTONE_COLOURS[m.status]} className={`milestone-${m.status}`}>
      {t(`stocktake.ms.${m.status}`)}
      {m.status === 'overdue' && m.since ? ` · ${t('stocktake.since', { date: m.since })}` : ''}
    </Tag>
  );
}

export function MeasureFlags({ m }: { m: StocktakeMeasure }) {
  const { t } = useI18n();
  return (
    <>
      <Tag>{t(`stocktake.progress.${m.progress}`)}</Tag>
      {m.late && (
        <Tag color="red" className="measure-late">
          {t('stocktake.flag.late')}
          {m.overdueSince ? ` · ${t('stocktake.since', { date: m.overdueSince })}` : ''}
        </Tag>
      )}
      {m.blocked && (
        <Tag color="volcano" className="measure-blocked">
          {t('stocktake.flag.blocked')}
        </Tag>
      )}
      {m.escalation === 'red' && <Tag color="#cf1322">{t('stocktake.flag.red')}</Tag>}
      {m.progress === 'done' && !m.done && <Tag color="gold">{t('stocktake.flag.awaiting')}</Tag>}
    </>
  );
}

/** The address where a county reports a measure's progress: the reporting area's page, at the measure's card. */
export function reportHref(countyCode: string, measureId: string): string {
  return `/app/reports/county/${encodeURIComponent(countyCode)}#report-${encodeURIComponent(measureId)}`;
}

/** "▲2" / "▼1" / "" for a rank move. */
export function RankMove({ changes }: { changes: StocktakeChanges | null }) {
  const { t } = useI18n();
  const move = changes?.rank?.move ?? 0;
  if (move > 0) return <span className="rank-up">{t('stocktake.rankMove.up', { n: move })}</span>;
  if (move < 0) return <span className="rank-down">{t('stocktake.rankMove.down', { n: -move })}</span>;
  return null;
}

/** Every change since the last stocktake, one line each. */
export function changeLines(t: Translate, c: StocktakeChanges | null): string[] {
  if (!c) return [];
  const status = (s: string) => labelOf(t, 'status', s);
  return [
    ...c.targets.map(
      (x) =>
        `${x.direction === 'better' ? '▲' : x.direction === 'worse' ? '▼' : '·'} ${t(
          'stocktake.changes.better',
          {
            title: `${x.targetId} ${x.title}`,
            from: status(x.from),
            to: status(x.to),
          },
        )}`,
    ),
    ...c.milestonesNewlyDone.map((x) => `▲ ${t('stocktake.changes.milestoneDone', { title: x.title })}`),
    ...c.milestonesNewlyOverdue.map(
      (x) => `▼ ${t('stocktake.changes.milestoneOverdue', { title: x.title })}`,
    ),
    ...c.measuresNewlyDone.map((x) => `▲ ${t('stocktake.changes.measureDone', { title: x.title })}`),
    ...c.measuresNewlyLate.map((x) => `▼ ${t('stocktake.changes.measureLate', { title: x.title })}`),
    ...c.measuresNewlyBlocked.map((x) => `▼ ${t('stocktake.changes.measureBlocked', { title: x.title })}`),
  ];
}

export function TargetsTable({ targets, orgCode }: { targets: StocktakeTarget[]; orgCode: string }) {
  const { t } = useI18n();
  const columns: ColumnsType<StocktakeTarget> = [
    {
      title: t('stocktake.col.target'),
      key: 'target',
      render: (_, x) => (
        <a
          href={whyHref(x.targetId, orgCode, x.year)}
          onClick={whyClick(whyHref(x.targetId, orgCode, x.year))}
        >
          {x.targetId} {x.shortTitle}
        </a>
      ),
    },
    {
      title: t('stocktake.col.value'),
      key: 'value',
      align: 'right',
      render: (_, x) => formatPercent(x.value),
    },
    {
      title: t('stocktake.col.expected'),
      key: 'expected',
      align: 'right',
      render: (_, x) => formatPercent(x.expected),
    },
    {
      title: t('stocktake.col.threshold'),
      key: 'threshold',
      align: 'right',
      render: (_, x) => formatPercent(x.threshold),
    },
    {
      title: t('stocktake.col.status'),
      key: 'status',
      render: (_, x) => <TargetStatusTag status={x.status} />,
    },
    {
      title: t('stocktake.col.outlook'),
      key: 'outlook',
      align: 'right',
      render: (_, x) => formatPercent(x.outlook?.value ?? null),
    },
  ];
  return <Table size="small" rowKey="targetId" pagination={false} columns={columns} dataSource={targets} />;
}

export function MilestonesTable({ milestones }: { milestones: StocktakeMilestone[] }) {
  const { t } = useI18n();
  const columns: ColumnsType<StocktakeMilestone> = [
    { title: t('stocktake.col.milestone'), dataIndex: 'title', key: 'title' },
    { title: t('stocktake.col.deadline'), dataIndex: 'deadline', key: 'deadline', width: 110 },
    { title: t('stocktake.col.status'), key: 'status', render: (_, m) => <MilestoneTag m={m} /> },
    {
      title: t('stocktake.col.missing'),
      key: 'missing',
      render: (_, m) => (
        <Typography.Text className="milestone-missing">
          {m.missing.map((x) => x.name).join('、')}
        </Typography.Text>
      ),
    },
  ];
  return <Table size="small" rowKey="id" pagination={false} columns={columns} dataSource={milestones} />;
}

export function MeasuresTable({
  measures,
  canReport,
  orgCode,
}: {
  measures: StocktakeMeasure[];
  canReport: boolean;
  orgCode: string;
}) {
  const { t } = useI18n();
  const columns: ColumnsType<StocktakeMeasure> = [
    {
      title: t('stocktake.col.measure'),
      key: 'title',
      render: (_, m) => (canReport ? <a href={reportHref(orgCode, m.id)}>{m.title}</a> : m.title),
    },
    { title: t('stocktake.col.owner'), key: 'owner', render: (_, m) => `${m.ownerName}（${m.ownerUnit}）` },
    { title: t('stocktake.col.due'), dataIndex: 'dueDate', key: 'due', width: 110 },
    { title: t('stocktake.col.progress'), key: 'progress', render: (_, m) => <MeasureFlags m={m} /> },
  ];
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      columns={columns}
      dataSource={measures}
      locale={{ emptyText: t('stocktake.measures.empty') }}
    />
  );
}
