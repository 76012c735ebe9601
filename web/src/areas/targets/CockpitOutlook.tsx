/** The 2027 outlook on a target card: projected value, its range, the method, and whether the pace suffices. */
import { Typography } from 'antd';
import type { TargetCard } from '../../api';
import { STATUS_COLOURS } from '../../charts/status';
import { formatPercent } from '../../format';
import { useI18n } from '../../i18n/i18n';

type Outlook = NonNullable<TargetCard['outlook']>;

export function CockpitOutlook({ outlook, partial }: { outlook: Outlook; partial: boolean }) {
  const { t, language } = useI18n();
  const years = outlook.basisYears.join(language === 'en' ? ', ' : '、');
  if (outlook.value === null) {
    return (
      <div className="target-outlook" data-outlook="none">
        <Typography.Text type="secondary">
          {t('outlook.label')}：{t('outlook.none')}
        </Typography.Text>
      </div>
    );
  }
  const band =
    outlook.low === null || outlook.high === null
      ? null
      : t('outlook.band', { low: formatPercent(outlook.low), high: formatPercent(outlook.high) });
  // The server's note (how the range was estimated) is Chinese: a tooltip in the Chinese UI only.
  const note = language === 'en' ? null : outlook.note;
  const colour = partial ? undefined : outlook.onTrack ? STATUS_COLOURS.met : STATUS_COLOURS.severelyLagging;
  return (
    <div
      className="target-outlook"
      data-outlook={outlook.onTrack ? 'onTrack' : 'offTrack'}
      title={note ?? undefined}
    >
      <div>
        <Typography.Text type="secondary">{t('outlook.label')}</Typography.Text>{' '}
        <span className="target-outlook-value">{formatPercent(outlook.value)}</span>
        {band && (
          <Typography.Text type="secondary" className="target-outlook-band">
            {' '}
            {band}
          </Typography.Text>
        )}
      </div>
      <div className="target-outlook-verdict" style={{ color: colour }}>
        {outlook.onTrack ? t('outlook.onTrack') : t('outlook.offTrack')}
      </div>
      <div className="target-outlook-method">
        {t('outlook.method', { years })}
        {!band && (
          <>
            {language === 'en' ? '; ' : '；'}
            {t('outlook.noBand')}
          </>
        )}
      </div>
    </div>
  );
}
