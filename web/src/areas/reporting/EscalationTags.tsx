/** A measure's escalation as tags: red after the grace period, escalated, due soon (amber), done. */
import { Tag } from 'antd';
import { useI18n } from '../../i18n/i18n';
import type { MeasureState } from './types';

export function EscalationTags({ state }: { state: MeasureState }) {
  const { t } = useI18n();
  return (
    <>
      {state.escalation !== 'none' && (
        <Tag
          color={state.escalation === 'red' ? 'red' : 'orange'}
          className="escalation"
          data-escalation={state.escalation}
        >
          {t(`reporting.escalation.${state.escalation}`)}
        </Tag>
      )}
      {state.overdue && state.daysOverdue !== null && (
        <Tag color="red">{t('reporting.overdueDays', { days: state.daysOverdue })}</Tag>
      )}
      {state.blocked && state.blockedSince && (
        <Tag color="red">{t('reporting.blockedSince', { date: state.blockedSince })}</Tag>
      )}
      {state.dueSoon && <Tag color="gold">{t('reporting.dueSoon')}</Tag>}
      {state.done && <Tag color="green">{t('reporting.doneAccepted')}</Tag>}
    </>
  );
}
