import { Button, Layout, Space, Typography } from 'antd';
import type { Session } from '../api';
import { useI18n } from '../i18n/i18n';
import { appHref, linkClick, navItemsFor, type Navigate } from '../navigation';

interface Props {
  session: Session | null;
  onLogout?: () => void;
  loggingOut?: boolean;
  /** The page shown (its area's navigation item is highlighted). */
  page: string | null;
  year: number | undefined;
  navigate: Navigate;
}

/** Title, the areas' navigation, the user's name and role, the language switch and logout. */
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
          {navItemsFor(session).map((item) => (
            <a
              key={item.id}
              id={item.id}
              href={appHref(item.path, year)}
              onClick={linkClick(navigate, item.path)}
              aria-current={page !== null && item.pages.includes(page) ? 'page' : undefined}
            >
              {t(item.label)}
            </a>
          ))}
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
