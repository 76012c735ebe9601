import { Card, Tag, Typography } from 'antd';
import type { TargetCard as TargetCardData } from '../../api';
import { buildSparklineOption } from '../../charts/sparkline';
import { chartTitle } from '../../charts/png';
import { SavePngButton } from '../../charts/SavePngButton';
import { Sparkline } from '../../charts/Sparkline';
import { buildTrendOption } from '../../charts/trend';
import { TREND_PNG_SIZE } from '../../charts/TrendChart';
import { STATUS_COLOURS } from '../../charts/status';
import { formatPercent, formatPoints } from '../../format';
import { useI18n } from '../../i18n/i18n';

interface Props {
  card: TargetCardData;
  year: number;
  /** The unit the card is about, for the title of the saved chart. */
  orgName: string;
  /** Synthetic figures: the saved chart says 演示数据. */
  demo: boolean;
}

/** One of the seven targets: value, 2027 target, gap, status, trajectory and trend. */
export function TargetCard({ card, year, orgName, demo }: Props) {
  const { t } = useI18n();
  const { target, figure } = card;
  const colour = STATUS_COLOURS[figure.status];
  const notComputed = figure.status === 'notComputed';
  const option = buildSparklineOption(card.trend, target.threshold, {
    colour,
    selectedYear: year,
    labels: { value: t('chart.value'), expected: t('chart.expected'), threshold: t('chart.threshold') },
  });
  const gap =
    figure.gapToTarget === null
      ? t('common.none')
      : figure.gapToTarget > 0
        ? t('card.gapPoints', { points: formatPoints(figure.gapToTarget) })
        : t('card.gapNone');
  return (
    <Card
      size="small"
      className="target-card"
      data-target={target.id}
      data-status={figure.status}
      style={{ height: '100%', borderTop: `3px solid ${colour}` }}
      title={
        <span title={target.title}>
          <Typography.Text type="secondary">{target.id}</Typography.Text> {target.shortTitle}
        </span>
      }
      extra={
        <span className="target-card-extra">
          <Tag color={colour} className="target-status">
            {t(`status.${figure.status}`)}
          </Tag>
          {!notComputed && (
            <SavePngButton
              compact
              option={buildTrendOption(card.trend, target.threshold, colour, {
                title: chartTitle(`${orgName} · ${target.id} ${target.shortTitle}`, demo, t),
                value: t('chart.value'),
                expected: t('chart.expected'),
                threshold: t('chart.threshold'),
              })}
              size={TREND_PNG_SIZE}
              fileName={`${orgName}-${target.id}-${t('card.trend')}-${year}`}
            />
          )}
        </span>
      }
    >
      {notComputed ? (
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
            <dt>{t('card.gap')}</dt>
            <dd>{gap}</dd>
            <dt>{t('card.expected', { year })}</dt>
            <dd>{formatPercent(figure.expected, t('common.none'))}</dd>
          </>
        )}
      </dl>
      {!notComputed && <Sparkline option={option} label={`${target.shortTitle} ${t('card.trend')}`} />}
    </Card>
  );
}
