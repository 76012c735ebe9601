/** /app/collection/:period/:code — one school's form, for a county or city reviewer. */
import type { Session } from '../../api';
import { SubmissionEditor } from './SubmissionEditor';
import { useI18n } from '../../i18n/i18n';
import { appHref, linkClick, type Navigate } from '../../navigation';

export default function SubmissionPage({
  session,
  period,
  code,
  navigate,
}: {
  session: Session;
  period: string;
  code: string;
  navigate: Navigate;
}) {
  const { t } = useI18n();
  return (
    <div className="collection-page">
      <a
        className="back-link"
        href={appHref(`/collection/${period}`, undefined)}
        onClick={linkClick(navigate, `/collection/${period}`)}
      >
        {t('collection.back')}
      </a>
      <SubmissionEditor session={session} periodId={period} code={code} demoBanner />
    </div>
  );
}
