/**
 * Login (POST /api/v1/session) and, for an account that must change its password first, the
 * change-password form (POST /api/v1/session/password with the session's CSRF token).
 */
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { api, type Session } from '../api';
import { errorMessage } from '../errors';
import { useI18n } from '../i18n/i18n';

interface Props {
  /** Set when logged in but the password must be changed first. */
  session: Session | null;
  onSession(session: Session): void;
}

export default function LoginPage({ session, onSession }: Props) {
  return (
    <div className="login-screen">
      {session?.mustChangePassword ? (
        <PasswordForm session={session} onSession={onSession} />
      ) : (
        <LoginForm onSession={onSession} />
      )}
    </div>
  );
}

function LoginForm({ onSession }: { onSession(session: Session): void }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: { username: string; password: string }) {
    setBusy(true);
    setError(null);
    try {
      onSession(await api<Session>('POST', '/api/v1/session', { body: values }));
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card className="login-card">
      <Typography.Title level={3}>{t('app.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('login.title')}</Typography.Paragraph>
      <Form layout="vertical" id="login-form" onFinish={submit} requiredMark={false}>
        <Form.Item
          label={t('login.username')}
          name="username"
          rules={[{ required: true, message: t('login.usernameRequired') }]}
        >
          <Input id="username" autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          label={t('login.password')}
          name="password"
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password id="password" autoComplete="current-password" />
        </Form.Item>
        {error && <Alert id="login-error" type="error" title={error} showIcon style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('login.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function PasswordForm({ session, onSession }: { session: Session; onSession(session: Session): void }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: { currentPassword: string; newPassword: string }) {
    setBusy(true);
    setError(null);
    try {
      await api('POST', '/api/v1/session/password', {
        body: { currentPassword: values.currentPassword, newPassword: values.newPassword },
        csrfToken: session.csrfToken,
      });
      onSession(await api<Session>('GET', '/api/v1/session'));
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card className="login-card">
      <Typography.Title level={3}>{t('password.title')}</Typography.Title>
      <Alert type="warning" title={t('password.notice')} showIcon style={{ marginBottom: 16 }} />
      <Form layout="vertical" id="password-form" onFinish={submit} requiredMark={false}>
        <Form.Item
          label={t('password.current')}
          name="currentPassword"
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password id="currentPassword" autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label={t('password.new')}
          name="newPassword"
          extra={t('password.rule')}
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password id="newPassword" autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('password.confirm')}
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('login.passwordRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password id="confirmPassword" autoComplete="new-password" />
        </Form.Item>
        {error && (
          <Alert id="password-error" type="error" title={error} showIcon style={{ marginBottom: 16 }} />
        )}
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('password.submit')}
        </Button>
      </Form>
    </Card>
  );
}
