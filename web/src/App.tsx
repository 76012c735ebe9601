/**
 * The shell: who is logged in (GET /api/v1/session), the header, and the page for that state.
 * Pages are lazy chunks, so the login screen does not load ECharts. The selected school year
 * lives in the address (?year=2023) so that every page and a reload respect it.
 */
import { Alert, App as AntApp, Button, ConfigProvider, Layout, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { api, ApiError, type Session } from './api';
import { AppHeader } from './components/AppHeader';
import { errorMessage } from './errors';
import { useI18n } from './i18n/i18n';
import { appHref, mayLeave, pageFor, routeOf, type Route } from './navigation';

const LoginPage = lazy(() => import('./components/LoginPage'));

type SessionState =
  | { kind: 'checking' }
  | { kind: 'anonymous' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'active'; session: Session };

function yearFromAddress(): number | undefined {
  const raw = new URLSearchParams(window.location.search).get('year');
  return raw && /^\d{4}$/.test(raw) ? Number(raw) : undefined;
}

export function App() {
  const { t, language } = useI18n();
  const [state, setState] = useState<SessionState>({ kind: 'checking' });
  const [year, setYear] = useState<number | undefined>(yearFromAddress);
  const [route, setRoute] = useState<Route>(() => routeOf(window.location.pathname));
  const [loggingOut, setLoggingOut] = useState(false);

  const check = useCallback(() => {
    setState({ kind: 'checking' });
    api<Session>('GET', '/api/v1/session')
      .then((session) => setState({ kind: 'active', session }))
      .catch((error: unknown) =>
        setState(
          error instanceof ApiError && error.status === 401
            ? { kind: 'anonymous' }
            : { kind: 'failed', error },
        ),
      );
  }, []);
  useEffect(check, [check]);

  useEffect(() => {
    const onPop = () => {
      setYear(yearFromAddress());
      setRoute(routeOf(window.location.pathname));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const changeYear = useCallback((next: number) => {
    const url = new URL(window.location.href);
    url.searchParams.set('year', String(next));
    window.history.pushState(null, '', url);
    setYear(next);
  }, []);

  const navigate = useCallback(
    (path: string) => {
      if (!mayLeave()) return;
      window.history.pushState(null, '', appHref(path, year));
      setRoute(routeOf(window.location.pathname));
      window.scrollTo(0, 0);
    },
    [year],
  );

  async function logout(session: Session) {
    if (!mayLeave()) return;
    setLoggingOut(true);
    try {
      await api('DELETE', '/api/v1/session', { csrfToken: session.csrfToken });
    } catch {
      // The session may already be gone; the login screen is right either way.
    } finally {
      setLoggingOut(false);
      setState({ kind: 'anonymous' });
    }
  }

  const session = state.kind === 'active' ? state.session : null;
  const spinner = (
    <div className="page-state">
      <Spin size="large" description={t('common.loading')} />
    </div>
  );

  let content;
  let shown: string | null = null;
  if (state.kind === 'checking') content = spinner;
  else if (state.kind === 'failed')
    content = (
      <Alert
        className="page-error"
        type="error"
        showIcon
        title={errorMessage(state.error, t)}
        action={<Button onClick={check}>{t('common.retry')}</Button>}
      />
    );
  else if (!session || session.mustChangePassword)
    content = <LoginPage session={session} onSession={(s) => setState({ kind: 'active', session: s })} />;
  else {
    const page = pageFor(route, session);
    shown = page?.page ?? null;
    // Without ?year= every page opens on the same year: the latest complete one for the account.
    const shownYear = year ?? session.defaultYear ?? undefined;
    content = page?.render({ session, year: shownYear, onYearChange: changeYear, navigate, params: route });
  }

  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#0958d9' } }}>
      <AntApp>
        <Layout className="app-layout">
          <AppHeader
            session={session && !session.mustChangePassword ? session : null}
            onLogout={session ? () => void logout(session) : undefined}
            loggingOut={loggingOut}
            page={shown}
            year={year}
            navigate={navigate}
          />
          <Layout.Content className="app-content">
            <Suspense fallback={spinner}>{content}</Suspense>
          </Layout.Content>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
