/**
 * 填报提醒: before a period closes, a school sees that its form is still to be submitted (or was
 * returned), a county how many schools have not submitted and how many forms wait for review,
 * the city how many wait for its approval — with the days left and a link to the work.
 */
import { Alert, Button } from 'antd';
import type { CompletenessResponse, PeriodsResponse, Session } from '../../api';
import { useI18n } from '../../i18n/i18n';
import type { Navigate } from '../../navigation';
import { useApiGet } from '../../use-api';
import { defaultPeriod, isOpen } from './form';
import { reminderFor, URGENT_DAYS } from './reminder';

/** Whose work the reminder is about: none for a reader who neither enters nor reviews (督学). */
function levelOf(session: Session): 'school' | 'county' | 'city' | null {
  const can = (p: string) => session.permissions.includes(p);
  if (session.account.scope.kind === 'institution') return can('collection.enter') ? 'school' : null;
  if (can('collection.approve')) return 'city';
  return can('collection.review') ? 'county' : null;
}

interface Props {
  session: Session;
  /** The period (on the collection page); without it, the open period if there is one. */
  periodId?: string;
  navigate: Navigate;
}

export function CollectionReminder({ session, periodId, navigate }: Props) {
  const allowed = session.permissions.includes('collection.read') && levelOf(session) !== null;
  const [periods] = useApiGet<PeriodsResponse>(allowed && !periodId ? '/api/v1/collection/periods' : null);
  let id = periodId;
  if (!id && periods.kind === 'loaded') {
    const now = new Date(periods.data.now);
    const p = defaultPeriod(periods.data.periods, now);
    id = p && isOpen(p, now) ? p.id : undefined;
  }
  return allowed && id ? (
    <ReminderFor session={session} periodId={id} navigate={navigate} linked={!periodId} />
  ) : null;
}

function ReminderFor({
  session,
  periodId,
  navigate,
  linked,
}: {
  session: Session;
  periodId: string;
  navigate: Navigate;
  linked: boolean;
}) {
  const { t } = useI18n();
  // Counts only: the reminder is on the cockpit, which should not fetch the city's 3,000 schools.
  const [state] = useApiGet<CompletenessResponse>(
    `/api/v1/collection/${periodId}/completeness?schools=false`,
  );
  if (state.kind !== 'loaded') return null;
  const reminder = reminderFor(state.data, levelOf(session)!);
  if (!reminder) return null;
  const name = state.data.period.name;
  const text =
    reminder.kind === 'school'
      ? t(`reminder.school.${reminder.state}`, { period: name, days: reminder.daysLeft })
      : t('reminder.reviewer', {
          period: name,
          days: reminder.daysLeft,
          work: [
            reminder.notSubmitted > 0 ? t('reminder.notSubmitted', { count: reminder.notSubmitted }) : null,
            reminder.waiting > 0
              ? t(reminder.level === 'city' ? 'reminder.waitingCity' : 'reminder.waitingCounty', {
                  count: reminder.waiting,
                })
              : null,
          ]
            .filter((x) => x !== null)
            .join(t('common.clauseSeparator')),
        });
  return (
    <Alert
      id="collection-reminder"
      className="collection-reminder"
      type={
        reminder.daysLeft <= URGENT_DAYS || (reminder.kind === 'school' && reminder.state === 'returned')
          ? 'warning'
          : 'info'
      }
      showIcon
      title={text}
      action={
        linked ? (
          <Button size="small" id="reminder-go" onClick={() => navigate(`/collection/${periodId}`)}>
            {t('reminder.go')}
          </Button>
        ) : undefined
      }
    />
  );
}
