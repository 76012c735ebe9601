/**
 * The city's review queue: the counties' progress reports (default: those awaiting review, oldest
 * first) with filters; opening one shows its text, figure and evidence (downloads) and lets the
 * reviewer accept it or return it with a comment.
 */
import { Alert, Button, Card, Input, Modal, Select, Space, Table, Tag, Typography, message } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { api, type Session } from '../../api';
import { DemoBanner, PageError, PageLoading } from '../../components/PageStates';
import { errorMessage } from '../../errors';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n/i18n';
import type { Navigate } from '../../navigation';
import { useApiGet } from '../../use-api';
import { ReportReadOnly } from './CountyReportsPage';
import {
  PROGRESS_COLOURS,
  REPORT_STATES,
  STATE_COLOURS,
  type ReportState,
  type ReviewQueue,
  type RoundsOverview,
} from './types';

type Item = ReviewQueue['items'][number];

export default function ReviewQueuePage({ session, navigate }: { session: Session; navigate: Navigate }) {
  const { t, language } = useI18n();
  const [round, setRound] = useState<string | undefined>();
  const [county, setCounty] = useState<string | undefined>();
  const [states, setStates] = useState<ReportState[]>(['submitted']);
  const [open, setOpen] = useState<Item | null>(null);
  const [rounds] = useApiGet<RoundsOverview>('/api/v1/reporting/rounds');
  const query = new URLSearchParams();
  if (round) query.set('round', round);
  if (county) query.set('county', county);
  if (states.length > 0) query.set('state', states.join(','));
  const [state, retry, refresh] = useApiGet<ReviewQueue>(`/api/v1/reporting/queue?${query.toString()}`);
  // The counties met so far (the filter offers them).
  const [counties, setCounties] = useState<Map<string, string>>(new Map());
  if (state.kind === 'loaded') {
    const missing = state.data.items.filter((i) => !counties.has(i.measure.countyCode));
    if (missing.length > 0) {
      const next = new Map(counties);
      for (const i of missing) next.set(i.measure.countyCode, i.measure.countyName);
      setCounties(next);
    }
  }
  if (state.kind === 'error') return <PageError error={state.error} onRetry={retry} />;
  const columns: ColumnsType<Item> = [
    {
      title: t('reporting.col.county'),
      key: 'county',
      render: (_, i) => (
        <Typography.Link onClick={() => navigate(`/reports/county/${i.measure.countyCode}`)}>
          {i.measure.countyName}
        </Typography.Link>
      ),
    },
    { title: t('reporting.col.measure'), key: 'measure', render: (_, i) => i.measure.title },
    { title: t('reporting.col.round'), key: 'round', render: (_, i) => i.roundLabel },
    {
      title: t('reporting.col.progress'),
      key: 'progress',
      render: (_, i) => (
        <Tag color={PROGRESS_COLOURS[i.report.progress]}>{t(`reporting.progress.${i.report.progress}`)}</Tag>
      ),
    },
    {
      title: t('reporting.col.state'),
      key: 'state',
      render: (_, i) =>
        i.report.state && (
          <Tag color={STATE_COLOURS[i.report.state]}>{t(`reporting.state.${i.report.state}`)}</Tag>
        ),
    },
    {
      title: t('reporting.col.figure'),
      key: 'figure',
      render: (_, i) => (i.report.figure === null ? '—' : `${i.report.figure}${i.measure.outputUnit ?? ''}`),
    },
    {
      title: t('reporting.col.evidence'),
      key: 'evidence',
      render: (_, i) => t('reporting.files', { n: i.report.evidence.length }),
    },
    {
      title: t('reporting.col.submittedAt'),
      key: 'submittedAt',
      render: (_, i) =>
        i.report.submittedAt ? formatDateTime(new Date(i.report.submittedAt), language) : '—',
    },
    {
      title: t('reporting.col.action'),
      key: 'open',
      render: (_, i) => (
        <Button
          size="small"
          className="queue-open"
          id={`queue-open-${i.measure.id}`}
          onClick={() => setOpen(i)}
        >
          {t('reporting.open')}
        </Button>
      ),
    },
  ];
  return (
    <div className="page" id="reporting-queue">
      {state.kind === 'loaded' && <DemoBanner demo={state.data.dataset.demo} />}
      <Typography.Title level={3}>{t('reporting.queue.heading')}</Typography.Title>
      <Alert type="info" showIcon message={t('reporting.queue.note')} style={{ marginBottom: 12 }} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          id="queue-round"
          allowClear
          style={{ minWidth: 180 }}
          placeholder={t('reporting.filter.allRounds')}
          value={round}
          onChange={(v: string | undefined) => setRound(v)}
          options={(rounds.kind === 'loaded' ? rounds.data.rounds : []).map((r) => ({
            value: r.id,
            label: r.label,
          }))}
        />
        <Select
          id="queue-county"
          allowClear
          style={{ minWidth: 160 }}
          placeholder={t('reporting.filter.allCounties')}
          value={county}
          onChange={(v: string | undefined) => setCounty(v)}
          options={[...counties].map(([value, label]) => ({ value, label }))}
        />
        <Select<ReportState[]>
          id="queue-state"
          mode="multiple"
          style={{ minWidth: 260 }}
          placeholder={t('reporting.filter.state')}
          value={states}
          onChange={setStates}
          options={REPORT_STATES.map((s) => ({ value: s, label: t(`reporting.state.${s}`) }))}
        />
      </Space>
      <Card>
        {state.kind === 'loading' ? (
          <PageLoading />
        ) : (
          <Table<Item>
            rowKey={(i) => `${i.report.roundId}/${i.measure.id}`}
            columns={columns}
            dataSource={state.data.items}
            locale={{ emptyText: t('reporting.queue.empty') }}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: true }}
          />
        )}
      </Card>
      {open && (
        <ReviewDialog
          item={open}
          session={session}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            void refresh();
          }}
        />
      )}
    </div>
  );
}

function ReviewDialog({
  item,
  session,
  onClose,
  onDone,
}: {
  item: Item;
  session: Session;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { measure, report } = item;
  const may = report.actions.includes('accept');
  const decide = async (action: 'accept' | 'return') => {
    if (action === 'return' && comment.trim() === '') {
      setError(t('reporting.review.commentRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api('POST', `/api/v1/reporting/rounds/${report.roundId}/measures/${measure.id}/review`, {
        csrfToken: session.csrfToken,
        body: { action, version: report.version, comment: comment.trim() === '' ? null : comment },
      });
      void message.success(
        t(action === 'accept' ? 'reporting.review.accepted' : 'reporting.review.returned'),
      );
      onDone();
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      width={720}
      title={t('reporting.review.title', {
        county: measure.countyName,
        measure: measure.title,
        round: item.roundLabel,
      })}
      onCancel={onClose}
      footer={
        may
          ? [
              <Button
                key="return"
                id="review-return"
                danger
                loading={busy}
                onClick={() => void decide('return')}
              >
                {t('reporting.review.return')}
              </Button>,
              <Button
                key="accept"
                id="review-accept"
                type="primary"
                loading={busy}
                onClick={() => void decide('accept')}
              >
                {t('reporting.review.accept')}
              </Button>,
            ]
          : null
      }
    >
      <div id="review-dialog">
        <Typography.Paragraph type="secondary">
          {t('reporting.measure.meta', {
            task: measure.taskNumber,
            output: measure.output,
            due: measure.dueDate,
            owner: measure.ownerName,
            unit: measure.ownerUnit,
          })}
        </Typography.Paragraph>
        <ReportReadOnly report={report} measure={measure} />
        {may && (
          <Input.TextArea
            id="review-comment"
            style={{ marginTop: 12 }}
            rows={3}
            maxLength={1000}
            placeholder={t('reporting.review.comment')}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        )}
        {error && (
          <Alert className="review-error" type="error" showIcon message={error} style={{ marginTop: 12 }} />
        )}
      </div>
    </Modal>
  );
}
