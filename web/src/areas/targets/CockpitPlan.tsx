/**
 * The cockpit's lower half: the plan's dated milestones on a timeline, scoped to the caller's unit
 * in its wording, and the lagging panel (what lags per target, judged by the trajectory).
 */
import { Card, Col, Empty, Row, Space, Tag, Timeline, Typography } from 'antd';
import type { Milestone, StandardsOverviewResponse, TargetCard, TargetsResponse } from '../../api';
import { formatPoints, todayInShanghai } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { milestoneStatus, sortedMilestones } from './milestones';
import type { Navigate } from '../../navigation';
import { useApiGet, type Loadable } from '../../use-api';
import { PageError, PageLoading } from '../../components/PageStates';
import { CockpitLagging } from './CockpitLagging';

interface Props {
  year: number;
  org: TargetsResponse['org'];
  targets: TargetCard[];
  pending: boolean;
  /** The selected year's data is partial. */
  partial: boolean;
  standards: Loadable<StandardsOverviewResponse> | null;
  navigate: Navigate;
}

interface PlanPart {
  plan: { milestones?: Milestone[]; statusRules?: { onTrackMaxGap: number; lagMaxGap: number } };
}

export function CockpitPlan({ year, org, targets, pending, partial, standards, navigate }: Props) {
  const { t } = useI18n();
  const [plan, retryPlan] = useApiGet<PlanPart>('/api/v1/plan');
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

  const rules = plan.kind === 'loaded' ? plan.data.plan.statusRules : undefined;
  const baseline = targets[0]?.target.baselineYear;
  return (
    <Row gutter={[12, 12]} className="cockpit-plan">
      <Col xs={24} lg={12}>
        <Card
          size="small"
          title={t('cockpit.milestonesOf', { org: org.name })}
          className="milestones-card"
          data-org={org.code}
        >
          <Typography.Paragraph type="secondary" className="milestone-note">
            {t('cockpit.milestoneScope', { org: org.name })}
          </Typography.Paragraph>
          {milestones}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card
          size="small"
          title={t('cockpit.laggingOf', { org: org.name })}
          className="lagging-card"
          data-org={org.code}
        >
          <Typography.Paragraph type="secondary" className="lagging-basis">
            {rules && baseline !== undefined
              ? t('cockpit.laggingBasis', {
                  baseline,
                  onTrack: formatPoints(rules.onTrackMaxGap),
                  lag: formatPoints(rules.lagMaxGap),
                })
              : t('cockpit.laggingBasisShort')}
          </Typography.Paragraph>
          <CockpitLagging
            year={year}
            org={org}
            targets={targets}
            pending={pending}
            partial={partial}
            standards={standards}
            navigate={navigate}
          />
        </Card>
      </Col>
    </Row>
  );
}
