/**
 * 安全审计日志 for the security auditor (audit.read only): filters (Beijing time range, actor,
 * action, outcome, record), paging by the API, every action and outcome in words, old and new
 * values side by side, and the hash-chain check of the whole log.
 */
import { Alert, Button, Card, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, type AuditChainReport, type AuditEntry, type AuditResponse, type Session } from '../../api';
import { PageError } from '../../components/PageStates';
import { errorMessage } from '../../errors';
import { formatDateTime } from '../../format';
import { useI18n, type Translate } from '../../i18n/i18n';
import { labelOf, query } from '../../labels';
import { useApiGet } from '../../use-api';
import { beijingInstant, changeRows, type ValueWords } from './audit-view';
import './access.css';

interface Filters {
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  outcome?: 'success' | 'failure' | 'denied';
  target?: string;
}

const wordsOf = (t: Translate): ValueWords => ({
  label: (prefix, code) => labelOf(t, prefix, code),
  yes: t('audit.yes'),
  no: t('audit.no'),
});

/**
 * Filters named in the address (the server's old /audit?action=… links redirect here with their
 * query): the ones the API reads, each only when well-formed.
 */
function filtersFromAddress(search: string): Filters {
  const q = new URLSearchParams(search);
  const f: Filters = {};
  const text = (k: 'actor' | 'action' | 'target') => {
    const v = q.get(k)?.trim();
    if (v) f[k] = v.slice(0, k === 'target' ? 100 : 64);
  };
  text('actor');
  text('action');
  text('target');
  const outcome = q.get('outcome');
  if (outcome === 'success' || outcome === 'failure' || outcome === 'denied') f.outcome = outcome;
  return f;
}

const OUTCOME_COLOURS = { success: 'green', failure: 'orange', denied: 'red' } as const;

function Changes({ entry, t }: { entry: AuditEntry; t: Translate }) {
  const rows = changeRows(wordsOf(t), entry.oldValue, entry.newValue);
  return (
    <table className="audit-changes">
      <thead>
        <tr>
          <th>{t('audit.field')}</th>
          <th>{t('audit.old')}</th>
          <th>{t('audit.new')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className={r.changed ? 'audit-changed' : undefined}>
            <th scope="row">{r.label}</th>
            <td>{r.old ?? ''}</td>
            <td>{r.new ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function VerifyCard({ session }: { session: Session }) {
  const { t } = useI18n();
  const [anchor, setAnchor] = useState('');
  const [report, setReport] = useState<AuditChainReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function verify() {
    setBusy(true);
    setError(null);
    try {
      setReport(
        await api<AuditChainReport>('POST', '/api/v1/audit/verify', {
          csrfToken: session.csrfToken,
          body: anchor.trim() ? { anchor: anchor.trim().toLowerCase() } : {},
        }),
      );
    } catch (e) {
      setReport(null);
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Card className="audit-verify" size="small" title={t('audit.verify')}>
      <Typography.Paragraph type="secondary">{t('audit.verifyHelp')}</Typography.Paragraph>
      <Space wrap>
        <Input
          id="audit-anchor"
          className="audit-anchor"
          placeholder={t('audit.verifyAnchor')}
          value={anchor}
          onChange={(e) => setAnchor(e.target.value)}
          allowClear
        />
        <Button id="audit-verify" onClick={() => void verify()} loading={busy}>
          {t('audit.verify')}
        </Button>
      </Space>
      {error !== null && <Alert type="error" showIcon title={errorMessage(error, t)} />}
      {report && (
        <div className="audit-verify-result">
          <Alert
            type={report.ok ? 'success' : 'error'}
            showIcon
            title={
              report.ok
                ? t('audit.verifyOk', { rows: report.rows, sealed: report.sealed ?? '—' })
                : t('audit.verifyBroken', {
                    rows: report.rows,
                    broken: report.brokenRows,
                    count: report.problemCount,
                  })
            }
            description={
              <>
                {report.problems.length > 0 && (
                  <ul className="audit-problems">
                    {report.problems.map((p, i) => (
                      <li key={i}>{p.message}</li>
                    ))}
                  </ul>
                )}
                {report.anchor?.ok && <div>{t('audit.verifyAnchorOk', { id: report.anchor.id })}</div>}
                {report.last && (
                  <div>
                    {t('audit.verifyLast')}
                    <Typography.Text code copyable className="audit-last">
                      {`${report.last.id}:${report.last.hash}`}
                    </Typography.Text>
                  </div>
                )}
              </>
            }
          />
        </div>
      )}
    </Card>
  );
}

export default function AuditPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  const allowed = session.permissions.includes('audit.read');
  const [initial] = useState(() => filtersFromAddress(window.location.search));
  const [draft, setDraft] = useState<Filters>(initial);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [filters, setFilters] = useState<Filters>(initial);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [list, retry] = useApiGet<AuditResponse>(
    allowed ? `/api/v1/audit?${query({ ...filters, page, pageSize })}` : null,
  );
  const [last, setLast] = useState<AuditResponse | null>(null);
  const data = list.kind === 'loaded' ? list.data : last;
  if (list.kind === 'loaded' && list.data !== last) setLast(list.data);

  if (!allowed) {
    return (
      <div id="audit-page" className="access-page">
        <Typography.Title level={3}>{t('audit.heading')}</Typography.Title>
        <Alert
          className="access-denied"
          type="warning"
          showIcon
          title={t('access.noPermission', { role: session.role.name })}
        />
      </div>
    );
  }

  function search() {
    const f: Filters = {};
    if (range?.[0]) f.from = beijingInstant(range[0].format('YYYY-MM-DD HH:mm'), false);
    if (range?.[1]) f.to = beijingInstant(range[1].format('YYYY-MM-DD HH:mm'), true);
    if (draft.actor?.trim()) f.actor = draft.actor.trim();
    if (draft.action) f.action = draft.action;
    if (draft.outcome) f.outcome = draft.outcome;
    if (draft.target?.trim()) f.target = draft.target.trim();
    setFilters(f);
    setPage(1);
  }
  function clear() {
    setDraft({});
    setRange(null);
    setFilters({});
    setPage(1);
  }

  const columns: ColumnsType<AuditEntry> = [
    {
      title: t('audit.col.at'),
      dataIndex: 'at',
      key: 'at',
      width: 150,
      render: (at: string) => formatDateTime(new Date(at), language),
    },
    {
      title: t('audit.col.actor'),
      key: 'actor',
      width: 130,
      render: (_, e) => e.actorUsername ?? t('audit.system'),
    },
    {
      title: t('audit.col.ip'),
      dataIndex: 'ip',
      key: 'ip',
      width: 120,
      render: (ip: string | null) => ip ?? '',
    },
    {
      title: t('audit.col.action'),
      key: 'action',
      width: 170,
      render: (_, e) => (
        <span className="audit-action" data-action={e.action}>
          {e.actionLabel}
          {language === 'en' && <span className="audit-code"> {e.action}</span>}
        </span>
      ),
    },
    {
      title: t('audit.col.outcome'),
      key: 'outcome',
      width: 80,
      render: (_, e) => (
        <Tag
          className="audit-outcome"
          color={OUTCOME_COLOURS[e.outcome as keyof typeof OUTCOME_COLOURS] ?? 'default'}
        >
          {language === 'en' && e.outcome in OUTCOME_COLOURS
            ? t(`audit.outcome.${e.outcome as keyof typeof OUTCOME_COLOURS}`)
            : e.outcomeLabel}
        </Tag>
      ),
    },
    {
      title: t('audit.col.target'),
      key: 'target',
      width: 200,
      render: (_, e) => [e.targetTypeLabel, e.targetId].filter(Boolean).join(' '),
    },
    {
      title: t('audit.col.detail'),
      dataIndex: 'detail',
      key: 'detail',
      render: (d: string | null) => d ?? '',
    },
  ];

  return (
    <div id="audit-page" className="access-page">
      <Typography.Title level={3}>{t('audit.heading')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
      <Card size="small" className="audit-filters">
        <Space wrap align="end">
          <div className="access-field">
            <label>{t('audit.range')}</label>
            <DatePicker.RangePicker
              id={{ start: 'audit-from', end: 'audit-to' }}
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              placeholder={[t('audit.rangeStart'), t('audit.rangeEnd')]}
              value={range}
              onChange={(v) => setRange(v)}
            />
          </div>
          <div className="access-field">
            <label htmlFor="audit-actor">{t('audit.actor')}</label>
            <Input
              id="audit-actor"
              value={draft.actor ?? ''}
              onChange={(e) => setDraft({ ...draft, actor: e.target.value })}
              onPressEnter={search}
              allowClear
            />
          </div>
          <div className="access-field">
            <label htmlFor="audit-action">{t('audit.action')}</label>
            <Select
              id="audit-action"
              className="audit-action-select"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={draft.action}
              onChange={(v: string | undefined) => setDraft({ ...draft, action: v })}
              options={(data?.actions ?? []).map((a) => ({ value: a.code, label: a.label }))}
            />
          </div>
          <div className="access-field">
            <label htmlFor="audit-outcome">{t('audit.outcome')}</label>
            <Select
              id="audit-outcome"
              className="audit-outcome-select"
              allowClear
              value={draft.outcome}
              onChange={(v: Filters['outcome']) => setDraft({ ...draft, outcome: v })}
              options={(['success', 'failure', 'denied'] as const).map((o) => ({
                value: o,
                label: t(`audit.outcome.${o}`),
              }))}
            />
          </div>
          <div className="access-field">
            <label htmlFor="audit-target">{t('audit.target')}</label>
            <Input
              id="audit-target"
              value={draft.target ?? ''}
              onChange={(e) => setDraft({ ...draft, target: e.target.value })}
              onPressEnter={search}
              allowClear
            />
          </div>
          <Button id="audit-search" type="primary" onClick={search}>
            {t('audit.search')}
          </Button>
          <Button id="audit-clear" onClick={clear}>
            {t('audit.clear')}
          </Button>
        </Space>
      </Card>
      {list.kind === 'error' && <PageError error={list.error} onRetry={retry} />}
      <div className="audit-total">{data ? t('audit.total', { total: data.total }) : ''}</div>
      <Table<AuditEntry>
        className="audit-table"
        rowKey="id"
        size="small"
        loading={list.kind === 'loading'}
        columns={columns}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('audit.empty') }}
        scroll={{ x: 1000 }}
        expandable={{
          rowExpandable: (e) => changeRows(wordsOf(t), e.oldValue, e.newValue).length > 0,
          expandedRowRender: (e) => <Changes entry={e} t={t} />,
        }}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
      />
      <VerifyCard session={session} />
    </div>
  );
}
