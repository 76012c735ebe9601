/**
 * Every milestone × county with the units missing (时间节点完成情况); for a county account the
 * township-fact recording and the report form (with evidence files), for the city the verification
 * of what the counties recorded.
 */
import {
  Button,
  Card,
  Form,
  Input,
  message,
  Radio,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { api, type OrgTreeNode, type Session } from '../../api';
import { EvidenceList, EvidenceUpload, type EvidenceFile } from '../../components/EvidenceUpload';
import { DemoBanner, PageError, PageLoading } from '../../components/PageStates';
import { errorMessage } from '../../errors';
import { formatDateTime, todayInShanghai } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { useApiGet } from '../../use-api';
import {
  matrixRows,
  namesOf,
  STATUS_COLOURS,
  TOWNSHIP_FACTS,
  type MilestoneRecordsResponse,
  type MilestonesResponse,
  type MilestoneStatus,
  type MilestoneUnit,
  type MissingUnit,
} from './milestone-view';

interface Props {
  session: Session;
}

type Row = { key: string; milestone: MilestoneStatus; unit: MilestoneUnit };
type RecordRow = {
  key: string;
  subject: 'fact' | 'report';
  id: string;
  unit: string;
  item: string;
  state: 'pending' | 'verified' | 'rejected';
  recorded: string;
  evidence: EvidenceFile[];
  comment: string | null;
};

export default function MilestonesPage({ session }: Props) {
  const { t, language } = useI18n();
  const [onlyBehind, setOnlyBehind] = useState(false);
  const [answer, retry] = useApiGet<MilestonesResponse>('/api/v1/milestones');
  const [records, retryRecords] = useApiGet<MilestoneRecordsResponse>('/api/v1/milestones/records');
  const can = (p: string) => session.permissions.includes(p);
  const scope = session.account.scope;
  const countyCode =
    scope.kind === 'org' && scope.orgCode.length === 6 && can('milestones.report') ? scope.orgCode : null;
  const [tree] = useApiGet<{ tree: OrgTreeNode }>(countyCode ? '/api/v1/org-units' : null);

  const refresh = () => {
    retry();
    retryRecords();
  };

  if (answer.kind === 'loading') return <PageLoading />;
  if (answer.kind === 'error') return <PageError error={answer.error} onRetry={retry} />;
  const data = answer.data;

  const names = (list: readonly MissingUnit[]) => {
    if (list.length === 0) return '—';
    const { shown, more } = namesOf(list, 8);
    return `${shown.join('、')}${more > 0 ? ` ${t('ms.more', { count: list.length })}` : ''}`;
  };
  const columns: ColumnsType<Row> = [
    {
      title: t('ms.col.milestone'),
      key: 'milestone',
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{r.milestone.title}</Typography.Text>
          <Typography.Text type="secondary">
            {t('ms.deadline', { date: r.milestone.deadline })} · {t('ms.task', { task: r.milestone.task })} ·{' '}
            {t(`ms.method.${r.milestone.method}`)}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('ms.col.county'), key: 'county', render: (_, r) => r.unit.orgName },
    {
      title: t('ms.col.status'),
      key: 'status',
      render: (_, r) => (
        <Tag color={STATUS_COLOURS[r.unit.status]} data-status={r.unit.status}>
          {t(`ms.status.${r.unit.status}`)}
        </Tag>
      ),
    },
    { title: t('ms.col.since'), key: 'since', render: (_, r) => r.unit.since ?? '—' },
    { title: t('ms.col.missing'), key: 'missing', render: (_, r) => names(r.unit.missing) },
    { title: t('ms.col.awaiting'), key: 'awaiting', render: (_, r) => names(r.unit.awaiting) },
    { title: t('ms.col.detail'), key: 'detail', render: (_, r) => r.unit.detail },
  ];

  return (
    <div className="milestones-page">
      <DemoBanner demo={data.dataset.demo} />
      <Typography.Title level={4} className="milestones-heading">
        {t('ms.heading', { org: data.org.name })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('ms.asOf', { date: data.asOf })}</Typography.Paragraph>
      <Card
        size="small"
        extra={
          <Space>
            <span>{t('ms.onlyBehind')}</span>
            <Switch checked={onlyBehind} onChange={setOnlyBehind} size="small" />
          </Space>
        }
        title={t('ms.nav')}
      >
        {data.milestones.map((m) => (
          <Typography.Paragraph key={m.id} type="secondary" className="milestone-rule" data-milestone={m.id}>
            {m.title}：{t('ms.rule', { rule: m.rule })}
          </Typography.Paragraph>
        ))}
        <Table<Row>
          className="milestone-matrix"
          rowKey="key"
          size="small"
          columns={columns}
          dataSource={matrixRows(data, onlyBehind)}
          pagination={{ pageSize: 30, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
        />
      </Card>
      {countyCode && tree.kind === 'loaded' && (
        <FactForm session={session} countyCode={countyCode} tree={tree.data.tree} onSaved={refresh} />
      )}
      {countyCode && (
        <ReportForm
          session={session}
          countyCode={countyCode}
          milestones={data.milestones}
          onSaved={refresh}
        />
      )}
      <Card size="small" title={t('ms.records.title')} className="milestone-records">
        {records.kind === 'loading' && <PageLoading />}
        {records.kind === 'error' && <PageError error={records.error} onRetry={retryRecords} />}
        {records.kind === 'loaded' && (
          <Records
            session={session}
            data={records.data}
            canVerify={can('milestones.verify')}
            onDone={refresh}
            dateTime={(s) => formatDateTime(new Date(s), language)}
          />
        )}
      </Card>
    </div>
  );
}

function townshipsOf(tree: OrgTreeNode, countyCode: string): Array<{ code: string; name: string }> {
  const find = (n: OrgTreeNode): OrgTreeNode | null =>
    n.code === countyCode ? n : (n.children.map(find).find((x) => x !== null) ?? null);
  return (find(tree)?.children ?? []).map((c) => ({ code: c.code, name: c.name }));
}

function FactForm({
  session,
  countyCode,
  tree,
  onSaved,
}: {
  session: Session;
  countyCode: string;
  tree: OrgTreeNode;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const townships = useMemo(() => townshipsOf(tree, countyCode), [tree, countyCode]);
  const [township, setTownship] = useState<string | undefined>(undefined);
  const [fact, setFact] = useState<(typeof TOWNSHIP_FACTS)[number]>('townVillageIntegration');
  const [value, setValue] = useState(true);
  const [from, setFrom] = useState(todayInShanghai());
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<EvidenceFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await api('POST', '/api/v1/milestones/facts', {
        body: {
          townshipCode: township ?? '',
          fact,
          value,
          effectiveFrom: from,
          note,
          evidenceIds: files.map((f) => f.id),
        },
        csrfToken: session.csrfToken,
      });
      void message.success(t('ms.form.saved'));
      setFiles([]);
      setNote('');
      onSaved();
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t('ms.facts.title')} className="milestone-fact-form">
      <Typography.Paragraph type="secondary">{t('ms.facts.help')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('ms.form.township')}>
          <Select
            className="fact-township"
            value={township}
            onChange={setTownship}
            options={townships.map((x) => ({ value: x.code, label: x.name }))}
            showSearch
            optionFilterProp="label"
          />
        </Form.Item>
        <Form.Item label={t('ms.form.fact')}>
          <Radio.Group
            value={fact}
            onChange={(e) => setFact(e.target.value as (typeof TOWNSHIP_FACTS)[number])}
          >
            {TOWNSHIP_FACTS.map((f) => (
              <Radio key={f} value={f}>
                {t(`ms.fact.${f}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item label={t('ms.form.value')}>
          <Radio.Group value={value} onChange={(e) => setValue(e.target.value as boolean)}>
            <Radio value={true}>{t('ms.form.yes')}</Radio>
            <Radio value={false}>{t('ms.form.no')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item label={t('ms.form.from')}>
          <Input type="date" className="fact-from" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('ms.form.note')}>
          <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} rows={2} />
        </Form.Item>
        <Form.Item label={t('ms.form.evidence')}>
          <EvidenceUpload
            orgCode={countyCode}
            value={files}
            onChange={setFiles}
            csrfToken={session.csrfToken}
            disabled={busy}
          />
        </Form.Item>
        {error && (
          <Typography.Paragraph type="danger" className="fact-error">
            {error}
          </Typography.Paragraph>
        )}
        <Button type="primary" onClick={() => void submit()} loading={busy} className="fact-submit">
          {t('ms.form.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function ReportForm({
  session,
  countyCode,
  milestones,
  onSaved,
}: {
  session: Session;
  countyCode: string;
  milestones: MilestoneStatus[];
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const reported = milestones.filter((m) => m.method === 'reported');
  const [milestone, setMilestone] = useState<string | undefined>(reported[0]?.id);
  const [completedOn, setCompletedOn] = useState(todayInShanghai());
  const [text, setText] = useState('');
  const [files, setFiles] = useState<EvidenceFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (reported.length === 0)
    return (
      <Card size="small" title={t('ms.report.title')} className="milestone-report-form">
        <Typography.Paragraph type="secondary">{t('ms.report.none')}</Typography.Paragraph>
      </Card>
    );
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await api('POST', `/api/v1/milestones/${encodeURIComponent(milestone ?? '')}/reports`, {
        body: { countyCode, completedOn, text, evidenceIds: files.map((f) => f.id) },
        csrfToken: session.csrfToken,
      });
      void message.success(t('ms.form.saved'));
      setFiles([]);
      setText('');
      onSaved();
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t('ms.report.title')} className="milestone-report-form">
      <Form layout="vertical">
        <Form.Item label={t('ms.report.milestone')}>
          <Select
            value={milestone}
            onChange={setMilestone}
            options={reported.map((m) => ({ value: m.id, label: m.title }))}
          />
        </Form.Item>
        <Form.Item label={t('ms.report.completedOn')}>
          <Input type="date" value={completedOn} onChange={(e) => setCompletedOn(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('ms.report.text')}>
          <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} maxLength={4000} rows={3} />
        </Form.Item>
        <Form.Item label={t('ms.form.evidence')}>
          <EvidenceUpload
            orgCode={countyCode}
            value={files}
            onChange={setFiles}
            csrfToken={session.csrfToken}
            disabled={busy}
          />
        </Form.Item>
        {error && <Typography.Paragraph type="danger">{error}</Typography.Paragraph>}
        <Button type="primary" onClick={() => void submit()} loading={busy}>
          {t('ms.report.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function Records({
  session,
  data,
  canVerify,
  onDone,
  dateTime,
}: {
  session: Session;
  data: MilestoneRecordsResponse;
  canVerify: boolean;
  onDone: () => void;
  dateTime: (s: string) => string;
}) {
  const { t } = useI18n();
  const [comments, setComments] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const rows: RecordRow[] = [
    ...data.facts.map((f) => ({
      key: `fact:${f.id}`,
      subject: 'fact' as const,
      id: f.id,
      unit: `${f.countyName} ${f.townshipName}`,
      item: `${f.factName}：${f.value ? t('ms.form.yes') : t('ms.form.no')}（${f.effectiveFrom}）`,
      state: f.state,
      recorded: `${f.recordedBy} · ${dateTime(f.recordedAt)}`,
      evidence: f.evidence,
      comment: f.reviews.at(-1)?.comment || null,
    })),
    ...data.reports.map((r) => ({
      key: `report:${r.id}`,
      subject: 'report' as const,
      id: r.id,
      unit: r.countyName,
      item: `${r.milestoneTitle}（${r.completedOn}）：${r.text}`,
      state: r.state,
      recorded: `${r.reportedBy} · ${dateTime(r.reportedAt)}`,
      evidence: r.evidence,
      comment: r.reviews.at(-1)?.comment || null,
    })),
  ];
  const review = async (row: RecordRow, decision: 'verified' | 'rejected') => {
    try {
      await api('POST', `/api/v1/milestones/${row.subject}s/${row.id}/review`, {
        body: { decision, comment: comments[row.key] ?? '' },
        csrfToken: session.csrfToken,
      });
      onDone();
    } catch (e) {
      setErrors((x) => ({ ...x, [row.key]: errorMessage(e, t) }));
    }
  };
  const pending = rows.filter((r) => r.state === 'pending').length;
  const columns: ColumnsType<RecordRow> = [
    { title: t('ms.col.unit'), key: 'unit', render: (_, r) => r.unit },
    { title: t('ms.col.item'), key: 'item', render: (_, r) => r.item },
    {
      title: t('ms.col.state'),
      key: 'state',
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Tag
            color={r.state === 'verified' ? 'green' : r.state === 'rejected' ? 'red' : 'blue'}
            data-state={r.state}
          >
            {t(`ms.state.${r.state}`)}
          </Tag>
          {r.comment && <Typography.Text type="secondary">{r.comment}</Typography.Text>}
        </Space>
      ),
    },
    { title: t('ms.col.recorded'), key: 'recorded', render: (_, r) => r.recorded },
    {
      title: t('ms.col.evidence'),
      key: 'evidence',
      render: (_, r) => (r.evidence.length === 0 ? t('ms.noEvidence') : <EvidenceList files={r.evidence} />),
    },
    ...(canVerify
      ? [
          {
            title: t('ms.col.action'),
            key: 'action',
            render: (_: unknown, r: RecordRow) =>
              r.state !== 'pending' ? (
                t('ms.reviewed')
              ) : (
                <Space direction="vertical" size={4} className="review-actions">
                  <Input
                    size="small"
                    placeholder={t('ms.comment')}
                    value={comments[r.key] ?? ''}
                    onChange={(e) => setComments((x) => ({ ...x, [r.key]: e.target.value }))}
                  />
                  <Space>
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => void review(r, 'verified')}
                      className="verify-button"
                    >
                      {t('ms.verify')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      onClick={() => void review(r, 'rejected')}
                      className="reject-button"
                    >
                      {t('ms.reject')}
                    </Button>
                  </Space>
                  {errors[r.key] && <Typography.Text type="danger">{errors[r.key]}</Typography.Text>}
                </Space>
              ),
          },
        ]
      : []),
  ];
  return (
    <>
      {canVerify && <Typography.Paragraph>{t('ms.verifyQueue', { count: pending })}</Typography.Paragraph>}
      <Table<RecordRow>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('ms.records.empty') }}
      />
    </>
  );
}
