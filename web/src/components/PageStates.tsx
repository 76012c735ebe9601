import { Alert, Button, Spin } from 'antd';
import { errorMessage } from '../errors';
import { useI18n } from '../i18n/i18n';

export function PageLoading() {
  const { t } = useI18n();
  return (
    <div className="page-state">
      <Spin size="large" description={t('common.loading')} />
    </div>
  );
}

/** The API's Chinese message, with a retry button. */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      className="page-error"
      type="error"
      showIcon
      title={errorMessage(error, t)}
      action={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}

export function DemoBanner({ demo }: { demo: boolean }) {
  const { t } = useI18n();
  return demo ? (
    <Alert className="demo-banner" type="warning" showIcon banner title={t('demo.banner')} />
  ) : null;
}

/**
 * A page the session's role may not see (reached by a typed or bookmarked address: the
 * navigation does not offer it): says so, instead of the API's refusal, with a way home.
 */
export function PageNoAccess({ role, onHome }: { role: string; onHome: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      className="page-no-access"
      type="info"
      showIcon
      title={t('page.noAccess', { role })}
      action={
        <Button className="page-no-access-home" onClick={onHome}>
          {t('page.home')}
        </Button>
      }
    />
  );
}
