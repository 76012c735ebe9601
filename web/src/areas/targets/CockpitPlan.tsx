/** The cockpit's lower half: the plan's dated milestones on a timeline, and the lagging counties. */
import { Card, Col, Empty, Row, Space, Tag, Timeline, Typography } from 'antd';
import type { Milestone, ScorecardResponse, TargetCard } from '../../api';
import { STATUS_COLOURS } from '../../charts/status';
import { todayInShanghai } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { laggingCounties, milestoneStatus, sortedMilestones } from './milestones';
import { appHref, linkClick, type Navigate } from '../../navigation';
import { useApiGet } from '../../use-api';
import { PageError, PageLoading } from '../../components/PageStates';

interface Props {
  year: number;
  targets: TargetCard[];
  navigate: Navigate;
}

export function CockpitPlan({ year, targets, navigate }: Props) {
  const { t } = useI18n();
  const [plan, retryPlan] = useApiGet<{ plan: { milestones?: Milestone[] } }>('/api/v1/plan');
  const [scorecard, retryScorecard] = useApiGet<ScorecardResponse>('/api/v1/targets/scorecard');
  const today = todayInShanghai();

  let milestones;
  if (plan.kind === 'loading') milestones = <PageLoading />;
  else if (plan.kind === 'error') milestones = <PageError error={plan.error} onRetry={retryPlan} />;
  else {
    const items = sortedMilestones(plan.data.plan.milestones ?? []);
    milestones =
      items.length === 0 ? (
        <Empty />
      ) : (
        <Timeline
          className="milestone-timeline"
          items={items.map((m) => {
            const status = milestoneStatus(m.deadline, today);
            return {
              color: status === 'due' ? 'red' : 'blue',
              content: (
                <div className="milestone" data-milestone={m.id} data-status={status}>
                  <Space wrap size={4}>
                    <Typography.Text strong>{t('milestone.deadline', { date: m.deadline })}</Typography.Text>
                    <Tag color={status === 'due' ? 'red' : 'blue'}>{t(`milestone.${status}`)}</Tag>
                    <Typography.Text type="secondary">
                      {t('milestone.task', { task: m.task })}
                    </Typography.Text>
                  </Space>
                  <div>{m.title}</div>
                </div>
              ),
            };
          })}
        />
      );
  }

  let lagging;
  if (scorecard.kind === 'loading') lagging = <PageLoading />;
  else if (scorecard.kind === 'error')
    lagging = <PageError error={scorecard.error} onRetry={retryScorecard} />;
  else {
    const byTarget = laggingCounties(scorecard.data, year);
    lagging =
      targets.length === 0 ? (
        <Empty description={t('cockpit.laggingEmpty')} />
      ) : (
        <ul className="lagging-list">
          {targets.map((card) => {
            const id = card.target.id;
            const units = byTarget[id] ?? [];
            return (
              <li key={id} data-target={id}>
                <Typography.Text strong>
                  {id} {card.target.shortTitle}
                </Typography.Text>
                <div>
                  {units.length === 0 ? (
                    <Typography.Text type="secondary">{t('cockpit.noLagging')}</Typography.Text>
                  ) : (
                    units.map((u) => (
                      <Tag
                        key={u.code}
                        color={STATUS_COLOURS[u.status]}
                        className="lagging-county"
                        data-org={u.code}
                      >
                        <a
                          href={appHref(`/counties/${u.code}`, year)}
                          onClick={linkClick(navigate, `/counties/${u.code}`)}
                          title={t(`status.${u.status}`)}
                        >
                          {u.name}
                        </a>
                      </Tag>
                    ))
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      );
  }

  return (
    <Row gutter={[12, 12]} className="cockpit-plan">
      <Col xs={24} lg={12}>
        <Card size="small" title={t('cockpit.milestones')} className="milestones-card">
          <Typography.Paragraph type="secondary" className="milestone-note">
            {t('cockpit.milestoneNote')}
          </Typography.Paragraph>
          {milestones}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('cockpit.lagging')} className="lagging-card">
          {lagging}
        </Card>
      </Col>
    </Row>
  );
}
