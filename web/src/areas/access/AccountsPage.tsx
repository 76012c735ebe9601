/**
 * 账号管理 for the accounts' administrators (users.manage): the accounts in the administrator's
 * scope, searched and filtered; create, change name, role or unit, disable or enable, unlock, reset
 * the password (the one-time password shown once); bulk import from the template with every row
 * error shown. What an administrator may do is the server's decision (config/roles.yaml,
 * assignableRoles and scope); the page offers only those roles and units and shows the server's
 * Chinese refusal for anything else.
 */
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useMemo, useState } from 'react';
import {
  api,
  apiDownload,
  type CreatedAccount,
  type DirectoryResponse,
  type ManagedAccount,
  type ManagedAccounts,
  type PasswordResetResponse,
  type RoleChoice,
  type Session,
  type UnitChoice,
} from '../../api';
import { saveBlob } from '../../download';
import { PageError } from '../../components/PageStates';
import { errorMessage } from '../../errors';
import { formatDateTime } from '../../format';
import { useI18n, type Translate } from '../../i18n/i18n';
import { query } from '../../labels';
import { useApiGet } from '../../use-api';
import { ImportRejected, importAccounts, patchJson, type ImportRowError } from './access-api';
import './access.css';

type StateFilter = 'active' | 'disabled' | 'locked' | 'mustChange';

const scopeCode = (a: ManagedAccount) => (a.scope.kind === 'org' ? a.scope.orgCode : a.scope.institutionCode);

function isLocked(a: ManagedAccount, now: number): boolean {
  return a.lockedUntil !== null && Date.parse(a.lockedUntil) > now;
}

function stateTags(t: Translate, a: ManagedAccount, now: number) {
  const tags = [];
  if (a.disabled)
    tags.push(
      <Tag key="d" color="red">
        {t('accounts.state.disabled')}
      </Tag>,
    );
  if (isLocked(a, now))
    tags.push(
      <Tag key="l" color="orange">
        {t('accounts.state.locked')}
      </Tag>,
    );
  if (!a.disabled && a.mustChangePassword)
    tags.push(
      <Tag key="m" color="blue">
        {t('accounts.state.mustChange')}
      </Tag>,
    );
  if (tags.length === 0)
    tags.push(
      <Tag key="a" color="green">
        {t('accounts.state.active')}
      </Tag>,
    );
  return tags;
}

/** The one-time password, shown once after a creation or a reset. */
function PasswordNotice({
  shown,
  onClose,
}: {
  shown: { title: string; password: string } | null;
  onClose(): void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      open={shown !== null}
      title={shown?.title}
      closable={false}
      mask={{ closable: false }}
      // The password leaves the page when the notice closes.
      destroyOnHidden
      footer={
        <Button id="password-close" type="primary" onClick={onClose}>
          {t('accounts.password.close')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('accounts.password.once')} />
      <div className="one-time-password">
        <span>{t('accounts.password.label')}：</span>
        <Typography.Text
          id="one-time-password"
          code
          copyable={{ tooltips: [t('accounts.password.copy'), t('accounts.password.copied')] }}
        >
          {shown?.password ?? ''}
        </Typography.Text>
      </div>
    </Modal>
  );
}

interface AccountFormValues {
  username: string;
  displayName: string;
  role?: string;
  scopeCode?: string;
}

/** The unit field: the org units of the manager's scope at the role's levels, or a school. */
function UnitField({
  session,
  role,
  units,
}: {
  session: Session;
  role: RoleChoice | undefined;
  units: UnitChoice[];
}) {
  const { t } = useI18n();
  const [schools, setSchools] = useState<Array<{ value: string; label: string }>>([]);
  const levels = role?.scopeLevels ?? [];
  const orgChoices = units
    .filter((u) => levels.includes(u.level))
    .map((u) => ({ value: u.code, label: `${u.name}（${u.code}）` }));
  const schoolRole = levels.includes('institution');
  const canSearchSchools = session.permissions.includes('institutions.read');
  async function searchSchools(q: string) {
    if (q.trim().length < 2) return;
    try {
      const r = await api<DirectoryResponse>(
        'GET',
        `/api/v1/institutions?${query({ q: q.trim(), pageSize: 20 })}`,
      );
      setSchools(
        r.items.map((s) => ({
          value: s.code,
          label: `${s.name}（${s.code}，${s.countyName ?? ''}${s.townshipName ?? ''}）`,
        })),
      );
    } catch {
      setSchools([]);
    }
  }
  const help = role
    ? t('accounts.form.unitHelp', {
        role: role.name,
        levels: role.scopeLevels.map((l) => t(`accounts.level.${l}`)).join('、'),
      })
    : t('accounts.form.chooseRoleFirst');
  if (schoolRole && orgChoices.length === 0) {
    return (
      <Form.Item
        name="scopeCode"
        label={t('accounts.form.school')}
        help={help}
        rules={[
          { required: true, message: t('accounts.form.required', { field: t('accounts.form.school') }) },
        ]}
      >
        {canSearchSchools ? (
          <Select
            id="account-scope"
            showSearch={{ filterOption: false, onSearch: (q) => void searchSchools(q) }}
            placeholder={t('accounts.form.schoolSearch')}
            options={schools}
          />
        ) : (
          <Input id="account-scope" placeholder={t('accounts.form.schoolCode')} maxLength={10} />
        )}
      </Form.Item>
    );
  }
  return (
    <Form.Item
      name="scopeCode"
      label={t('accounts.form.unit')}
      help={help}
      rules={[{ required: true, message: t('accounts.form.required', { field: t('accounts.form.unit') }) }]}
    >
      <Select
        id="account-scope"
        disabled={!role}
        showSearch={{ optionFilterProp: 'label' }}
        options={orgChoices}
      />
    </Form.Item>
  );
}

function AccountDialog({
  session,
  data,
  editing,
  open,
  onClose,
  onDone,
}: {
  session: Session;
  data: ManagedAccounts;
  /** null: a new account. */
  editing: ManagedAccount | null;
  open: boolean;
  onClose(): void;
  onDone(result: { created?: CreatedAccount; saved?: ManagedAccount }): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<AccountFormValues>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const roleCode = Form.useWatch('role', form);
  const assignable = data.roles.filter((r) => r.assignable);
  const role = data.roles.find((r) => r.code === roleCode);

  async function submit(values: AccountFormValues) {
    setBusy(true);
    setError(null);
    try {
      if (editing) {
        const body: Record<string, string> = {};
        if (values.displayName.trim() !== editing.displayName) body.displayName = values.displayName.trim();
        if (values.role && values.role !== editing.role) body.role = values.role;
        if (values.scopeCode && values.scopeCode !== scopeCode(editing)) body.scopeCode = values.scopeCode;
        if (Object.keys(body).length > 0)
          await patchJson(`/api/v1/users/${editing.id}`, body, session.csrfToken);
        onDone({ saved: editing });
      } else {
        const created = await api<CreatedAccount>('POST', '/api/v1/users', {
          csrfToken: session.csrfToken,
          body: {
            username: values.username.trim(),
            displayName: values.displayName.trim(),
            role: values.role,
            scopeCode: values.scopeCode,
          },
        });
        onDone({ created });
      }
      form.resetFields();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={editing ? t('accounts.form.editTitle', { username: editing.username }) : t('accounts.create')}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      okText={editing ? t('accounts.form.save') : t('accounts.form.create')}
      cancelText={t('accounts.form.cancel')}
      okButtonProps={{ id: 'account-submit', loading: busy }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        className="account-form"
        initialValues={
          editing
            ? {
                username: editing.username,
                displayName: editing.displayName,
                role: editing.role,
                scopeCode: scopeCode(editing),
              }
            : {
                username: '',
                displayName: '',
                role: assignable.length === 1 ? assignable[0]!.code : undefined,
              }
        }
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="username"
          label={t('accounts.form.username')}
          extra={editing ? undefined : t('accounts.form.usernameHelp')}
          rules={[
            { required: true, message: t('accounts.form.required', { field: t('accounts.form.username') }) },
          ]}
        >
          <Input id="account-username" disabled={editing !== null} maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('accounts.form.displayName')}
          rules={[
            {
              required: true,
              message: t('accounts.form.required', { field: t('accounts.form.displayName') }),
            },
          ]}
        >
          <Input id="account-display-name" maxLength={30} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('accounts.form.role')}
          rules={[
            { required: true, message: t('accounts.form.required', { field: t('accounts.form.role') }) },
          ]}
        >
          <Select
            id="account-role"
            onChange={() => form.setFieldValue('scopeCode', undefined)}
            options={assignable.map((r) => ({ value: r.code, label: r.name }))}
          />
        </Form.Item>
        <UnitField session={session} role={role} units={data.units} />
      </Form>
      {error !== null && (
        <Alert className="account-error" type="error" showIcon title={errorMessage(error, t)} />
      )}
    </Modal>
  );
}

function ImportDialog({
  session,
  open,
  onClose,
  onImported,
}: {
  session: Session;
  open: boolean;
  onClose(): void;
  onImported(): void;
}) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [rejected, setRejected] = useState<{ message: string; rows: readonly ImportRowError[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ count: number; file: string } | null>(null);

  function reset() {
    setFile(null);
    setRejected(null);
    setError(null);
    setDone(null);
  }
  async function run() {
    if (!file) return;
    setBusy(true);
    setRejected(null);
    setError(null);
    setDone(null);
    try {
      const r = await importAccounts(file, session.csrfToken);
      saveBlob(r.file, r.fileName);
      setDone({ count: r.created, file: r.fileName });
      onImported();
    } catch (e) {
      if (e instanceof ImportRejected && e.rows.length > 0) setRejected({ message: e.message, rows: e.rows });
      else setError(e);
    } finally {
      setBusy(false);
    }
  }
  const columns: ColumnsType<ImportRowError & { key: number }> = [
    { title: t('accounts.import.col.row'), dataIndex: 'row', key: 'row', width: 60 },
    { title: t('accounts.import.col.column'), dataIndex: 'column', key: 'column', width: 130 },
    { title: t('accounts.import.col.value'), dataIndex: 'value', key: 'value', width: 140 },
    { title: t('accounts.import.col.rule'), dataIndex: 'rule', key: 'rule' },
  ];
  return (
    <Modal
      open={open}
      width={820}
      title={t('accounts.import.title')}
      onCancel={() => {
        reset();
        onClose();
      }}
      footer={null}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('accounts.import.intro')}</Typography.Paragraph>
      <Space wrap>
        <Button
          id="import-template"
          onClick={() =>
            void apiDownload('/api/v1/users/import-template', '账号批量导入模板.xlsx').catch(setError)
          }
        >
          {t('accounts.template')}
        </Button>
        <Upload
          accept=".xlsx"
          maxCount={1}
          showUploadList={file ? { showRemoveIcon: true } : false}
          fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
          beforeUpload={(f) => {
            reset();
            setFile(f);
            return false;
          }}
          onRemove={() => reset()}
        >
          <Button id="import-choose">{t('accounts.import.choose')}</Button>
        </Upload>
        <Button id="import-run" type="primary" disabled={!file} loading={busy} onClick={() => void run()}>
          {t('accounts.import.run')}
        </Button>
      </Space>
      {done && (
        <Alert
          className="import-done"
          type="success"
          showIcon
          title={t('accounts.import.created', { count: done.count, file: done.file })}
        />
      )}
      {error !== null && (
        <Alert className="import-error" type="error" showIcon title={errorMessage(error, t)} />
      )}
      {rejected && (
        <div className="import-rejected">
          <Alert
            type="error"
            showIcon
            title={rejected.message}
            description={t('accounts.import.errorsTitle', { count: rejected.rows.length })}
          />
          <Table
            className="import-errors"
            size="small"
            columns={columns}
            dataSource={rejected.rows.map((r, i) => ({ ...r, key: i }))}
            pagination={rejected.rows.length > 20 ? { pageSize: 20 } : false}
          />
        </div>
      )}
    </Modal>
  );
}

export default function AccountsPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const allowed = session.permissions.includes('users.manage');
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [role, setRole] = useState<string | undefined>();
  const [unit, setUnit] = useState<string | undefined>();
  const [state, setState] = useState<StateFilter | undefined>();
  const [dialog, setDialog] = useState<{ editing: ManagedAccount | null } | null>(null);
  const [importing, setImporting] = useState(false);
  const [password, setPassword] = useState<{ title: string; password: string } | null>(null);
  const [list, retry, refresh] = useApiGet<ManagedAccounts>(
    allowed ? `/api/v1/users?${query({ q: q || undefined, role, scopeCode: unit })}` : null,
  );
  const [last, setLast] = useState<ManagedAccounts | null>(null);
  const data = list.kind === 'loaded' ? list.data : last;
  if (list.kind === 'loaded' && list.data !== last) setLast(list.data);
  const now = Date.now();

  const shown = useMemo(
    () =>
      (data?.items ?? []).filter((a) => {
        if (state === 'disabled') return a.disabled;
        if (state === 'locked') return isLocked(a, now);
        if (state === 'mustChange') return !a.disabled && a.mustChangePassword;
        if (state === 'active') return !a.disabled && !isLocked(a, now);
        return true;
      }),
    [data, state, now],
  );

  if (!allowed) {
    return (
      <div id="accounts-page" className="access-page">
        <Typography.Title level={3}>{t('accounts.heading')}</Typography.Title>
        <Alert
          className="access-denied"
          type="warning"
          showIcon
          title={t('access.noPermission', { role: session.role.name })}
        />
      </div>
    );
  }

  const assignable = new Set((data?.roles ?? []).filter((r) => r.assignable).map((r) => r.code));
  const manageable = (a: ManagedAccount) => a.id !== session.account.id && assignable.has(a.role);

  async function change(a: ManagedAccount, body: { disabled?: boolean; unlock?: true }, done: string) {
    try {
      await patchJson(`/api/v1/users/${a.id}`, body, session.csrfToken);
      void message.success(done);
      await refresh();
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  }
  async function reset(a: ManagedAccount) {
    try {
      const r = await api<PasswordResetResponse>('POST', `/api/v1/users/${a.id}/password-reset`, {
        csrfToken: session.csrfToken,
      });
      setPassword({
        title: t('accounts.password.resetTitle', { username: a.username }),
        password: r.initialPassword,
      });
      await refresh();
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  }

  const columns: ColumnsType<ManagedAccount> = [
    {
      title: t('accounts.col.username'),
      dataIndex: 'username',
      key: 'username',
      sorter: (a, b) => a.username.localeCompare(b.username),
    },
    { title: t('accounts.col.displayName'), dataIndex: 'displayName', key: 'displayName' },
    {
      title: t('accounts.col.role'),
      dataIndex: 'roleName',
      key: 'role',
      render: (_, a) => (language === 'en' ? t(`role.${a.role}`) : a.roleName),
    },
    {
      title: t('accounts.col.unit'),
      key: 'unit',
      render: (_, a) => (
        <span>
          {a.scopeName ?? ''} <Typography.Text type="secondary">{scopeCode(a)}</Typography.Text>
        </span>
      ),
    },
    { title: t('accounts.col.state'), key: 'state', render: (_, a) => stateTags(t, a, now) },
    {
      title: t('accounts.col.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      render: (v: string) => formatDateTime(new Date(v), language),
    },
    {
      title: t('accounts.col.actions'),
      key: 'actions',
      render: (_, a) => {
        if (a.id === session.account.id)
          return <Typography.Text type="secondary">{t('accounts.self')}</Typography.Text>;
        if (!manageable(a))
          return <Typography.Text type="secondary">{t('accounts.notManaged')}</Typography.Text>;
        const names = { username: a.username, name: a.displayName };
        return (
          <Space size={4} wrap className="account-actions">
            <Button size="small" className="account-edit" onClick={() => setDialog({ editing: a })}>
              {t('accounts.edit')}
            </Button>
            {a.disabled ? (
              <Popconfirm
                title={t('accounts.confirmEnable', names)}
                onConfirm={() => change(a, { disabled: false }, t('accounts.enabledDone', names))}
              >
                <Button size="small" className="account-enable">
                  {t('accounts.enable')}
                </Button>
              </Popconfirm>
            ) : (
              <Popconfirm
                title={t('accounts.confirmDisable', names)}
                onConfirm={() => change(a, { disabled: true }, t('accounts.disabledDone', names))}
              >
                <Button size="small" danger className="account-disable">
                  {t('accounts.disable')}
                </Button>
              </Popconfirm>
            )}
            {isLocked(a, now) && (
              <Button
                size="small"
                className="account-unlock"
                onClick={() => void change(a, { unlock: true }, t('accounts.unlockedDone', names))}
              >
                {t('accounts.unlock')}
              </Button>
            )}
            <Popconfirm title={t('accounts.confirmReset', names)} onConfirm={() => reset(a)}>
              <Button size="small" className="account-reset">
                {t('accounts.reset')}
              </Button>
            </Popconfirm>
          </Space>
        );
      },
    },
  ];

  const myUnit = data?.units.find(
    (u) => session.account.scope.kind === 'org' && u.code === session.account.scope.orgCode,
  );
  return (
    <div id="accounts-page" className="access-page">
      <Typography.Title level={3}>{t('accounts.heading')}</Typography.Title>
      {data && (
        <Typography.Paragraph type="secondary" className="accounts-scope">
          {t('accounts.scopeNote', {
            scope: myUnit?.name ?? '',
            roles: data.roles
              .filter((r) => r.assignable)
              .map((r) => (language === 'en' ? t(`role.${r.code}`) : r.name))
              .join('、'),
          })}
        </Typography.Paragraph>
      )}
      <Card size="small" className="accounts-toolbar">
        <Space wrap>
          <Input.Search
            id="accounts-search"
            className="accounts-search"
            placeholder={t('accounts.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => setQ(v.trim())}
            allowClear
          />
          <Select
            id="accounts-role"
            className="accounts-filter"
            allowClear
            placeholder={t('accounts.allRoles')}
            value={role}
            onChange={setRole}
            options={(data?.roles ?? []).map((r) => ({ value: r.code, label: r.name }))}
          />
          <Select
            id="accounts-unit"
            className="accounts-filter"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('accounts.allUnits')}
            value={unit}
            onChange={setUnit}
            options={(data?.units ?? []).map((u) => ({ value: u.code, label: u.name }))}
          />
          <Select
            id="accounts-state"
            className="accounts-filter"
            allowClear
            placeholder={t('accounts.allStates')}
            value={state}
            onChange={setState}
            options={(['active', 'disabled', 'locked', 'mustChange'] as const).map((s) => ({
              value: s,
              label: t(`accounts.state.${s}`),
            }))}
          />
          <Button
            id="account-create"
            type="primary"
            onClick={() => setDialog({ editing: null })}
            disabled={assignable.size === 0}
          >
            {t('accounts.create')}
          </Button>
          <Button id="account-import" onClick={() => setImporting(true)} disabled={assignable.size === 0}>
            {t('accounts.import')}
          </Button>
        </Space>
      </Card>
      {list.kind === 'error' && <PageError error={list.error} onRetry={retry} />}
      <div className="accounts-total">{data ? t('accounts.total', { total: shown.length }) : ''}</div>
      <Table<ManagedAccount>
        className="accounts-table"
        rowKey="id"
        size="small"
        loading={list.kind === 'loading'}
        columns={columns}
        dataSource={shown}
        locale={{ emptyText: t('accounts.empty') }}
        scroll={{ x: 900 }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200] }}
      />
      {data && dialog && (
        <AccountDialog
          key={dialog.editing?.id ?? 'new'}
          session={session}
          data={data}
          editing={dialog?.editing ?? null}
          open
          onClose={() => setDialog(null)}
          onDone={(r) => {
            const editing = dialog?.editing;
            setDialog(null);
            if (r.created)
              setPassword({
                title: t('accounts.password.createdTitle', { username: r.created.account.username }),
                password: r.created.initialPassword,
              });
            else if (editing) void message.success(t('accounts.savedDone', { username: editing.username }));
            void refresh().catch(() => retry());
          }}
        />
      )}
      <ImportDialog
        session={session}
        open={importing}
        onClose={() => setImporting(false)}
        onImported={() => void refresh().catch(() => retry())}
      />
      <PasswordNotice shown={password} onClose={() => setPassword(null)} />
    </div>
  );
}
