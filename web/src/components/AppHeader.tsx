import { Button, Layout, Space, Typography } from 'antd';
import type { Session } from '../api';
import { useI18n } from '../i18n/i18n';
import { appHref, linkClick, type Navigate, type Route } from '../navigation';

interface Props {
  session: Session | null;
  onLogout?: () => void;
  loggingOut?: boolean;
  page: Route['page'];
  year: number | undefined;
  navigate: Navigate;
}

/** Title, the user's name and role, the language switch and logout. */
export function AppHeader({ session, onLogout, loggingOut, page, year, navigate }: Props) {
  const { t, language, setLanguage } = useI18n();
  return (
    <Layout.Header className="app-header">
      <div className="app-title">
        <span className="app-name">{t('app.title')}</span>
        <span className="app-subtitle">{t('app.subtitle')}</span>
      </div>
      {session && (
        <nav className="app-nav" aria-label={t('app.title')}>
          {session.permissions.includes('targets.read') && (
            <>
              <a
                id="nav-cockpit"
                href={appHref('/', year)}
                onClick={linkClick(navigate, '/')}
                aria-current={page === 'cockpit' ? 'page' : undefined}
              >
                {t('nav.cockpit')}
              </a>
              <a
                id="nav-counties"
                href={appHref('/counties', year)}
                onClick={linkClick(navigate, '/counties')}
                aria-current={page === 'counties' || page === 'county' ? 'page' : undefined}
              >
                {t('nav.counties')}
              </a>
            </>
          )}
          <a
            id="nav-schools"
            href={appHref('/schools', year)}
            onClick={linkClick(navigate, '/schools')}
            aria-current={page === 'schools' || page === 'school' ? 'page' : undefined}
          >
            {t('nav.schools')}
          </a>
          {session.permissions.includes('standards.read') && (
            <a
              id="nav-standards"
              href={appHref('/standards', year)}
              onClick={linkClick(navigate, '/standards')}
              aria-current={page === 'standards' || page === 'standardsCounty' ? 'page' : undefined}
            >
              {t('nav.standards')}
            </a>
          )}
          {session.permissions.includes('collection.read') && (
            <a
              id="nav-collection"
              href={appHref('/collection', year)}
              onClick={linkClick(navigate, '/collection')}
              aria-current={
                page === 'collection' ||
                page === 'submission' ||
                // A school clerk's home page is the collection page.
                (page === 'cockpit' && !session.permissions.includes('targets.read'))
                  ? 'page'
                  : undefined
              }
            >
              {t('nav.collection')}
            </a>
          )}
        </nav>
      )}
      <Space wrap size="small">
        {session && (
          <Typography.Text className="app-user">
            {session.account.displayName} · {t(`role.${session.account.role}`)}
          </Typography.Text>
        )}
        <Button size="small" ghost onClick={() => setLanguage(language === 'en' ? 'zh-CN' : 'en')}>
          {t('app.language')}
        </Button>
        {session && onLogout && (
          <Button size="small" ghost id="logout" onClick={onLogout} loading={loggingOut}>
            {t('header.logout')}
          </Button>
        )}
      </Space>
    </Layout.Header>
  );
}
