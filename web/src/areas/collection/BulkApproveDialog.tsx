/**
 * 批量审核通过, confirmed: the server first answers what the request would do without writing
 * anything (the dry run: forms per county, whether they get locked, the soft rules they break and
 * whether the school explained them, the forms it would refuse and why). Only on confirmation are
 * the forms approved, in portions, with a progress bar; stopping ends after the current portion.
 * Cancelling before that locks nothing.
 */
import { Alert, Button, Collapse, Modal, Progress, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api, type BulkPreview, type BulkResult, type Session } from '../../api';
import { PageError, PageLoading } from '../../components/PageStates';
import { formatCount } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { portions } from './bulk';
import './bulk-approve.css';

interface Props {
  session: Session;
  periodId: string;
  /** The forms on screen that wait for the caller's approval (the filters applied). */
  codes: string[];
  /** The names of the schools on screen, for the refusals. */
  names: ReadonlyMap<string, string>;
  city: boolean;
  onClose(): void;
  /** After the run (some forms may have changed state). */
  onDone(): void;
}

/** Forms per request while running: small enough for a visible progress, large enough to be quick. */
export const BULK_PORTION = 20;

type Run = { done: number; refused: BulkResult['results']; processed: number; stopped: boolean };

export function BulkApproveDialog({ session, periodId, codes, names, city, onClose, onDone }: Props) {
  const { t } = useI18n();
  const base = `/api/v1/collection/${encodeURIComponent(periodId)}/${city ? 'decide' : 'review'}/bulk`;
  const [preview, setPreview] = useState<
    { kind: 'loading' } | { kind: 'error'; error: unknown } | { kind: 'loaded'; data: BulkPreview }
  >({ kind: 'loading' });
  const [run, setRun] = useState<Run | null>(null);
  const [running, setRunning] = useState(false);
  const stop = useRef(false);

  useEffect(() => {
    let current = true;
    api<BulkPreview>('POST', `${base}/preview`, {
      csrfToken: session.csrfToken,
      body: { action: 'approve', codes },
    })
      .then((data) => current && setPreview({ kind: 'loaded', data }))
      .catch((error: unknown) => current && setPreview({ kind: 'error', error }));
    return () => {
      current = false;
    };
  }, [base, codes, session.csrfToken]);

  const data = preview.kind === 'loaded' ? preview.data : null;
  const accepted = data ? data.schools.filter((s) => s.ok).map((s) => s.code) : [];

  async function start() {
    if (!data) return;
    stop.current = false;
    setRunning(true);
    let state: Run = { done: 0, refused: [], processed: 0, stopped: false };
    setRun(state);
    try {
      for (const part of portions(accepted, BULK_PORTION)) {
        if (stop.current) {
          state = { ...state, stopped: true };
          break;
        }
        const r = await api<BulkResult>('POST', base, {
          csrfToken: session.csrfToken,
          body: { action: 'approve', codes: part },
        });
        state = {
          ...state,
          done: state.done + r.done,
          refused: [...state.refused, ...r.results.filter((x) => !x.ok)],
          processed: state.processed + part.length,
        };
        setRun(state);
      }
      setRun(state);
    } catch (error) {
      setPreview({ kind: 'error', error });
    } finally {
      setRunning(false);
      onDone();
    }
  }

  const finished = run !== null && !running;
  const total = accepted.length;
  const footer = finished ? (
    <Button id="bulk-close" type="primary" onClick={onClose}>
      {t('collection.close')}
    </Button>
  ) : running ? (
    <Button
      id="bulk-stop"
      onClick={() => {
        stop.current = true;
      }}
    >
      {t('bulk.stop')}
    </Button>
  ) : (
    <Space>
      <Button id="bulk-cancel" onClick={onClose}>
        {t('collection.cancel')}
      </Button>
      <Button
        id="bulk-confirm"
        type="primary"
        danger={data?.locks ?? false}
        disabled={!data || total === 0}
        onClick={() => void start()}
      >
        {t(data?.locks ? 'bulk.confirmLock' : 'bulk.confirm', { count: formatCount(total) })}
      </Button>
    </Space>
  );

  return (
    <Modal
      open
      width={760}
      title={t(city ? 'bulk.titleCity' : 'bulk.titleCounty')}
      onCancel={running ? undefined : onClose}
      closable={!running}
      maskClosable={false}
      footer={footer}
      destroyOnHidden
      className="bulk-dialog"
    >
      {preview.kind === 'loading' && <PageLoading />}
      {preview.kind === 'error' && <PageError error={preview.error} />}
      {data && (
        <div id="bulk-preview">
          {run !== null ? (
            <div className="bulk-run" id="bulk-run">
              <Progress
                className="bulk-progress"
                percent={total ? Math.round((100 * run.processed) / total) : 100}
                status={running ? 'active' : run.refused.length > 0 ? 'exception' : 'success'}
              />
              <Typography.Paragraph id="bulk-run-text">
                {running
                  ? t('bulk.running', { processed: formatCount(run.processed), total: formatCount(total) })
                  : t(run.stopped ? 'bulk.stopped' : 'bulk.finished', {
                      done: formatCount(run.done),
                      refused: formatCount(run.refused.length),
                      left: formatCount(total - run.processed),
                    })}
              </Typography.Paragraph>
              {run.refused.length > 0 && (
                <ul className="bulk-refused">
                  {run.refused.map((x) => (
                    <li key={x.code}>
                      {names.get(x.code) ?? x.code}：{x.message}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ) : (
            <>
              <Alert
                id="bulk-what"
                type={data.locks ? 'warning' : 'info'}
                showIcon
                title={t(data.locks ? 'bulk.whatLock' : 'bulk.what', { count: formatCount(data.accepted) })}
                description={data.becomesFinal ? t('bulk.final') : t('bulk.notFinal')}
              />
              <Table
                size="small"
                className="bulk-counties"
                rowKey="code"
                pagination={false}
                dataSource={data.counties}
                locale={{ emptyText: t('bulk.none') }}
                columns={[
                  { title: t('collection.col.county'), dataIndex: 'name' },
                  {
                    title: t('bulk.col.accepted'),
                    dataIndex: 'accepted',
                    align: 'right',
                    render: (n: number) => formatCount(n),
                  },
                  {
                    title: t('bulk.col.flagged'),
                    dataIndex: 'flagged',
                    align: 'right',
                    render: (n: number) => formatCount(n),
                  },
                  {
                    title: t('bulk.col.unexplained'),
                    dataIndex: 'unexplained',
                    align: 'right',
                    render: (n: number) =>
                      n > 0 ? <Tag color="orange">{formatCount(n)}</Tag> : formatCount(n),
                  },
                ]}
                summary={() =>
                  data.counties.length > 1 ? (
                    <Table.Summary.Row className="bulk-total">
                      <Table.Summary.Cell index={0}>{t('bulk.total')}</Table.Summary.Cell>
                      <Table.Summary.Cell index={1} align="right">
                        {formatCount(data.accepted)}
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={2} align="right">
                        {formatCount(data.counties.reduce((n, c) => n + c.flagged, 0))}
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={3} align="right">
                        {formatCount(data.counties.reduce((n, c) => n + c.unexplained, 0))}
                      </Table.Summary.Cell>
                    </Table.Summary.Row>
                  ) : null
                }
              />
              <Typography.Title level={5} className="bulk-heading">
                {t('bulk.softTitle')}
              </Typography.Title>
              {data.softRules.length === 0 ? (
                <Typography.Paragraph id="bulk-no-flags">{t('bulk.noFlags')}</Typography.Paragraph>
              ) : (
                <Collapse
                  size="small"
                  className="bulk-flags"
                  items={data.softRules.map((r) => ({
                    key: r.ruleId,
                    label: (
                      <span data-rule={r.ruleId}>
                        {t('bulk.softRule', {
                          rule: r.ruleName,
                          schools: formatCount(r.schools),
                          unexplained: formatCount(r.unexplained),
                        })}
                      </span>
                    ),
                    children: (
                      <ul className="bulk-flag-list">
                        {data.schools.flatMap((s) =>
                          s.flags
                            .filter((f) => f.ruleId === r.ruleId)
                            .map((f, n) => (
                              <li key={`${s.code}:${n}`}>
                                <Typography.Text strong>{s.name}</Typography.Text>：{f.message}
                                <div className={f.explanation ? 'bulk-explained' : 'bulk-unexplained'}>
                                  {f.explanation
                                    ? t('bulk.explanation', { text: f.explanation })
                                    : t('bulk.noExplanation')}
                                </div>
                              </li>
                            )),
                        )}
                      </ul>
                    ),
                  }))}
                />
              )}
              {data.refused > 0 && (
                <Alert
                  id="bulk-refused-preview"
                  className="bulk-refused-alert"
                  type="error"
                  showIcon
                  title={t('bulk.refusedPreview', { count: formatCount(data.refused) })}
                  description={
                    <ul className="bulk-refused">
                      {data.schools
                        .filter((s) => !s.ok)
                        .map((s) => (
                          <li key={s.code}>
                            {s.name || names.get(s.code) || s.code}：{s.message}
                          </li>
                        ))}
                    </ul>
                  }
                />
              )}
            </>
          )}
        </div>
      )}
    </Modal>
  );
}
