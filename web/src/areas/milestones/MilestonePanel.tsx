/**
 * The computed milestone status for one unit (county: its own status and missing townships or
 * schools; city: the counts and the counties not done), on the cockpit and the county page.
 */
import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import { PageError, PageLoading } from '../../components/PageStates';
import { useI18n } from '../../i18n/i18n';
import { appHref, linkClick, type Navigate } from '../../navigation';
import { useApiGet } from '../../use-api';
import { namesOf, panelItems, STATUS_COLOURS, type MilestonesResponse } from './milestone-view';

interface Props {
  orgCode: string;
  navigate: Navigate;
}

export function MilestonePanel({ orgCode, navigate }: Props) {
  const { t } = useI18n();
  const [answer, retry] = useApiGet<MilestonesResponse>(
    `/api/v1/milestones?org=${encodeURIComponent(orgCode)}`,
  );
  if (answer.kind === 'loading') return <PageLoading />;
  if (answer.kind === 'error') return <PageError error={answer.error} onRetry={retry} />;
  const items = panelItems(answer.data);
  if (items.length === 0) return <Empty description={t('ms.empty')} />;
  const list = (names: ReadonlyArray<{ name: string }>) => {
    const { shown, more } = namesOf(names);
    return `${shown.join('、')}${more > 0 ? ` ${t('ms.more', { count: shown.length + more })}` : ''}`;
  };
  return (
    <div className="milestone-panel" data-org={orgCode}>
      <Typography.Paragraph type="secondary" className="milestone-note">
        {t('ms.panelNote', { org: answer.data.org.name })} {t('ms.asOf', { date: answer.data.asOf })}
      </Typography.Paragraph>
      <Timeline
        className="milestone-timeline"
        items={items.map((m) => ({
          color: STATUS_COLOURS[m.status] === 'default' ? 'gray' : STATUS_COLOURS[m.status],
          content: (
            <div className="milestone" data-milestone={m.id} data-status={m.status}>
              <Space wrap size={4}>
                <Typography.Text strong>{t('ms.deadline', { date: m.deadline })}</Typography.Text>
                <Tag color={STATUS_COLOURS[m.status]}>{t(`ms.status.${m.status}`)}</Tag>
                {m.since && (
                  <Typography.Text type="secondary">
                    {t(m.status === 'overdue' ? 'ms.since.overdue' : 'ms.since.done', { date: m.since })}
                  </Typography.Text>
                )}
                <Typography.Text type="secondary">{t('ms.task', { task: m.task })}</Typography.Text>
              </Space>
              <div>{m.title}</div>
              {m.summary && (
                <Typography.Text type="secondary" className="milestone-counts">
                  {t('ms.counts', m.summary)}
                </Typography.Text>
              )}
              {m.missing.length > 0 && (
                <div className="milestone-missing">
                  {m.summary
                    ? t('ms.behind', { names: list(m.missing) })
                    : t('ms.missing', { names: list(m.missing) })}
                </div>
              )}
            </div>
          ),
        }))}
      />
      <a
        href={appHref('/milestones', undefined)}
        onClick={linkClick(navigate, '/milestones')}
        className="milestones-link"
      >
        {t('ms.openPage')}
      </a>
    </div>
  );
}
