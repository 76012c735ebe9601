import { whyClick, whyHref } from './why-link';
import { Card, Tag, Typography } from 'antd';
import type { CountyOverview, TargetCard as TargetCardData, TargetsResponse } from '../../api';
import { buildSparklineOption, completeTrend, type OutlookMark } from '../../charts/sparkline';
import { chartTitle } from '../../charts/png';
import { SavePngButton } from '../../charts/SavePngButton';
import { Sparkline } from '../../charts/Sparkline';
import { buildTrendOption } from '../../charts/trend';
import { TREND_PNG_SIZE } from '../../charts/TrendChart';
import { STATUS_COLOURS } from '../../charts/status';
import { formatCount, formatPercent, formatPoints } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { appHref, linkClick, type Navigate } from '../../navigation';
import { VerdictTag } from '../standards/VerdictTag';
import { CockpitOutlook } from './CockpitOutlook';
import './cockpit-card.css';

type Coverage = TargetsResponse['coverage'][number];

interface Props {
  card: TargetCardData;
  year: number;
  /** The unit the card is about, for the title of the saved chart. */
  orgName: string;
  /** Synthetic figures: the saved chart says 演示数据. */
  demo: boolean;
  /**
   * Every year's coverage of the unit: a partial year is greyed and never feeds the sparkline
   * (without it every year counts as complete).
   */
  coverage?: readonly Coverage[];
  /** The unit's own county-standards verdicts (county accounts): shown on T4 instead of 暂未计算. */
  standards?: CountyOverview;
  /** For the link to the county's 创建达标分析 (without it the link loads the page). */
  navigate?: Navigate;
  /** The unit's code: the value and a "why" link open the schools (or counties) behind the figure. */
  orgCode?: string;
}

const GREY = STATUS_COLOURS.notComputed;

/** The card's top border for a county's combined T4 verdict (待补充 is not a failure). */
const VERDICT_COLOURS: Record<CountyOverview['countyStandardsVerdict'], string> = {
  pass: STATUS_COLOURS.met,
  fail: STATUS_COLOURS.severelyLagging,
  incomplete: STATUS_COLOURS.lagging,
};

/** One of the seven targets: value, 2027 target, gap, status, trajectory, trend and 2027 outlook. */
export function TargetCard({
  card,
  year,
  orgName,
  demo,
  coverage = [],
  standards,
  navigate,
  orgCode,
}: Props) {
  const { t } = useI18n();
  // One click from the figure to what keeps it where it is (issue 13 item 9).
  const whyLink = orgCode !== undefined ? whyHref(card.target.id, orgCode, year) : null;
  const { target, figure } = card;
  const yearCoverage = coverage.find((c) => c.year === year);
  const partial = yearCoverage !== undefined && !yearCoverage.complete;
  const notComputed = figure.status === 'notComputed';
  // The county's own T4 verdicts stand in for 暂未计算 on a county's card.
  const verdicts = notComputed && standards ? standards : undefined;
  const colour = partial
    ? GREY
    : verdicts
      ? VERDICT_COLOURS[verdicts.countyStandardsVerdict]
      : STATUS_COLOURS[figure.status];
  const trend = completeTrend(card.trend, coverage);
  const outlook: OutlookMark | undefined =
    card.outlook && card.outlook.value !== null
      ? {
          year: card.outlook.targetYear,
          value: card.outlook.value,
          low: card.outlook.low,
          high: card.outlook.high,
          label: t('outlook.label'),
        }
      : undefined;
  const option = buildSparklineOption(trend, target.threshold, {
    colour,
    selectedYear: year,
    labels: { value: t('chart.value'), expected: t('chart.expected'), threshold: t('chart.threshold') },
    outlook,
  });
  const gap =
    figure.gapToTarget === null
      ? t('common.none')
      : figure.gapToTarget > 0
        ? t('card.gapPoints', { points: formatPoints(figure.gapToTarget) })
        : t('card.gapNone');
  const status = partial ? (
    <Tag className="target-status" data-partial="true">
      {t('card.partial')}
    </Tag>
  ) : verdicts ? (
    <VerdictTag verdict={verdicts.countyStandardsVerdict} className="target-status" />
  ) : (
    <Tag color={colour} className="target-status">
      {t(`status.${figure.status}`)}
    </Tag>
  );
  return (
    <Card
      size="small"
      className={partial ? 'target-card target-card-partial' : 'target-card'}
      data-target={target.id}
      data-status={partial ? 'partial' : figure.status}
      style={{ height: '100%', borderTop: `3px solid ${colour}` }}
      title={
        <span title={target.title} className="target-card-title">
          <Typography.Text type="secondary">{target.id}</Typography.Text> {target.shortTitle}
        </span>
      }
      extra={
        <span className="target-card-extra">
          {status}
          {!notComputed && (
            <SavePngButton
              compact
              option={buildTrendOption(
                trend,
                target.threshold,
                STATUS_COLOURS[figure.status],
                {
                  title: chartTitle(`${orgName} · ${target.id} ${target.shortTitle}`, demo, t),
                  value: t('chart.value'),
                  expected: t('chart.expected'),
                  threshold: t('chart.threshold'),
                },
                outlook,
              )}
              size={TREND_PNG_SIZE}
              fileName={`${orgName}-${target.id}-${t('card.trend')}-${year}`}
            />
          )}
        </span>
      }
    >
      {partial && yearCoverage && (
        <Typography.Paragraph className="target-coverage" type="secondary">
          {t('card.coverage', {
            reported: formatCount(yearCoverage.reported),
            expected: formatCount(yearCoverage.expected),
            share: formatPercent(yearCoverage.share),
          })}
        </Typography.Paragraph>
      )}
      {verdicts ? (
        <div className="target-verdicts" data-org={verdicts.countyCode}>
          <Typography.Paragraph type="secondary" className="target-verdicts-note">
            {t('card.t4County')}
          </Typography.Paragraph>
          <ul className="target-verdict-list">
            <li data-standard="compulsoryBalanced" title={verdicts.compulsoryBalanced.summary}>
              {t('standard.compulsoryBalanced')} <VerdictTag verdict={verdicts.compulsoryBalanced.verdict} />
            </li>
            <li data-standard="preschoolUniversal" title={verdicts.preschoolUniversal.summary}>
              {t('standard.preschoolUniversal')} <VerdictTag verdict={verdicts.preschoolUniversal.verdict} />
            </li>
          </ul>
          <div>
            <a
              className="target-standards-link"
              href={appHref(`/standards/${verdicts.countyCode}`, year)}
              onClick={navigate && linkClick(navigate, `/standards/${verdicts.countyCode}`)}
            >
              {t('county.standardsLink')}
            </a>
          </div>
        </div>
      ) : notComputed ? (
        <Typography.Paragraph className="target-reason" type="secondary" style={{ minHeight: 40 }}>
          {figure.reason ?? t('status.notComputed')}
        </Typography.Paragraph>
      ) : (
        <div
          className="target-value"
          style={{ fontSize: 28, fontWeight: 600, color: colour, lineHeight: 1.3 }}
        >
          {figure.value === null ? t(`status.${figure.status}`) : formatPercent(figure.value)}
        </div>
      )}
      <dl className="target-facts">
        <dt>{t('card.target')}</dt>
        <dd>{formatPercent(target.threshold)}</dd>
        {!notComputed && (
          <>
            {!partial && (
              <>
                <dt>{t('card.gap')}</dt>
                <dd>{gap}</dd>
              </>
            )}
            <dt>{t('card.expected', { year })}</dt>
            <dd>{formatPercent(figure.expected, t('common.none'))}</dd>
          </>
        )}
      </dl>
      {whyLink && (
        <a className="target-why-link" href={whyLink} onClick={whyClick(whyLink)}>
          {t('card.why')}
        </a>
      )}
      {card.outlook && <CockpitOutlook outlook={card.outlook} partial={partial} />}
      {!notComputed && (
        <div
          className="target-sparkline"
          data-years={option.xAxis.data.join(',')}
          data-values={JSON.stringify(option.series[0].data)}
        >
          <Sparkline option={option} label={`${target.shortTitle} ${t('card.trend')}`} />
        </div>
      )}
    </Card>
  );
}
