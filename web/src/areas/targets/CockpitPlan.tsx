/**
 * The cockpit's lower half: the plan's dated milestones with their computed completion for the
 * caller's unit (milestones area), and the lagging panel (what lags per target, judged by the
 * trajectory).
 */
import { Card, Col, Row, Typography } from 'antd';
import type { StandardsOverviewResponse, TargetCard, TargetsResponse } from '../../api';
import { formatPoints } from '../../format';
import { useI18n } from '../../i18n/i18n';
import type { Navigate } from '../../navigation';
import { useApiGet, type Loadable } from '../../use-api';
import { MilestonePanel } from '../milestones/MilestonePanel';
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
  plan: { statusRules?: { onTrackMaxGap: number; lagMaxGap: number } };
}

export function CockpitPlan({ year, org, targets, pending, partial, standards, navigate }: Props) {
  const { t } = useI18n();
  const [plan] = useApiGet<PlanPart>('/api/v1/plan');

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
          <MilestonePanel orgCode={org.code} navigate={navigate} />
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
