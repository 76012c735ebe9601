/**
 * 月度调度: the city's page (the league table with its method, each county's row — targets on or
 * behind the trajectory, milestones overdue, measures done / late / blocked, what changed since the
 * last stocktake ▲▼ — the button that records this stocktake, the export) and one county's page
 * (its targets, milestones with the missing townships, measures, its rank).
 */
import { Alert, App, Button, Card, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { api, apiDownload, type Session } from '../../api';
import { ExportButton } from '../../components/ExportButton';
import { DemoBanner, PageError, PageLoading } from '../../components/PageStates';
import { errorMessage } from '../../errors';
import { useI18n } from '../../i18n/i18n';
import { appHref, linkClick, type Navigate } from '../../navigation';
import { useApiGet } from '../../use-api';
import { changeLines, MeasuresTable, MilestonesTable, RankMove, TargetsTable } from './StocktakeParts';
import './stocktake.css';
import type { Stocktake, StocktakeRecord, StocktakeResponse, StocktakeRow } from './types';

interface Props {
  session: Session;
  /** A county's code; undefined: the session's own unit. */
  code: string | undefined;
  navigate: Navigate;
}

export function stocktakePath(code: string | undefined, what: '' | '/export' = ''): string {
  return `/api/v1/stocktake${what}${code ? `?org=${encodeURIComponent(code)}` : ''}`;
}

function RecordButton({ session, onDone }: { session: Session; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <Button id="stocktake-record" type="primary" size="small" onClick={() => setOpen(true)}>
        {t('stocktake.record')}
      </Button>
      <Modal
        title={t('stocktake.record.title')}
        open={open}
        okText={t('stocktake.record.ok')}
        cancelText={t('stocktake.record.cancel')}
        confirmLoading={busy}
        okButtonProps={{ id: 'stocktake-record-ok' }}
        onCancel={() => setOpen(false)}
        onOk={() => {
          setBusy(true);
          setError(null);
          api<{ record: StocktakeRecord }>('POST', '/api/v1/stocktake/records', {
            body: { label },
            csrfToken: session.csrfToken,
          })
            .then((r) => {
              message.success(t('stocktake.record.done', { label: r.record.label }));
              setOpen(false);
              setLabel('');
              onDone();
            })
            .catch((e: unknown) => setError(e))
            .finally(() => setBusy(false));
        }}
      >
        <Typography.Paragraph type="secondary">{t('stocktake.record.hint')}</Typography.Paragraph>
        <Input
          id="stocktake-record-label"
          aria-label={t('stocktake.record.label')}
          value={label}
          maxLength={40}
          placeholder="2026年11月"
          onChange={(e) => setLabel(e.target.value)}
        />
        {error !== null && (
          <Alert className="stocktake-record-error" type="error" showIcon title={errorMessage(error, t)} />
        )}
      </Modal>
    </>
  );
}

function Heading({ s, title }: { s: Stocktake; title: string }) {
  const { t } = useI18n();
  return (
    <>
      <Typography.Title level={3} id="stocktake-title">
        {title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('stocktake.asOf', { date: s.asOf, year: s.year, next: s.year + 1 })}
        {s.round ? ` · ${t('stocktake.round', { label: s.round.label })}` : ''}
      </Typography.Paragraph>
      <Typography.Paragraph id="stocktake-last-record" type="secondary">
        {s.lastRecord
          ? t('stocktake.lastRecord', {
              label: s.lastRecord.label,
              date: s.lastRecord.asOf,
              by: s.lastRecord.recordedBy,
            })
          : t('stocktake.noRecord')}
      </Typography.Paragraph>
    </>
  );
}

function CityView({
  s,
  session,
  reload,
  navigate,
}: {
  s: Stocktake;
  session: Session;
  reload: () => void;
  navigate: Navigate;
}) {
  const { t } = useI18n();
  const columns: ColumnsType<StocktakeRow> = [
    {
      title: t('stocktake.col.rank'),
      key: 'rank',
      width: 80,
      render: (_, r) => (
        <Space size={4}>
          <span className="stocktake-rank">{r.rank}</span>
          {r.tied && <Tag>{t('stocktake.tied')}</Tag>}
          <RankMove changes={r.changes} />
        </Space>
      ),
    },
    {
      title: t('stocktake.col.county'),
      key: 'county',
      render: (_, r) => {
        const path = `/stocktake/${r.orgCode}`;
        return (
          <Space size={4}>
            <a href={appHref(path, undefined)} onClick={linkClick(navigate, path)}>
              {r.orgName}
            </a>
            {!r.workPlan.approved && <Tag color="red">{t('stocktake.noPlan')}</Tag>}
          </Space>
        );
      },
    },
    {
      title: t('stocktake.col.targets'),
      key: 'targets',
      render: (_, r) => `${r.figures.targetsMet} / ${r.figures.targetsOnTrack} / ${r.figures.targetsBehind}`,
    },
    {
      title: t('stocktake.col.milestonesOverdue'),
      key: 'ms',
      align: 'right',
      render: (_, r) => <span className="stocktake-overdue-count">{r.figures.milestonesOverdue}</span>,
    },
    {
      title: t('stocktake.col.measures'),
      key: 'measures',
      render: (_, r) =>
        `${r.figures.measuresDone} / ${r.figures.measuresLate} / ${r.figures.measuresBlocked}（${r.figures.measuresTotal}）`,
    },
    {
      title: t('stocktake.col.changes'),
      key: 'changes',
      render: (_, r) => {
        if (!s.lastRecord) return '—';
        if (!r.changes) return t('stocktake.changes.new');
        const lines = changeLines(t, r.changes);
        return lines.length === 0 ? (
          <Typography.Text type="secondary">{t('stocktake.changes.none')}</Typography.Text>
        ) : (
          <div className="stocktake-changes">
            {lines.map((l) => (
              <div key={l}>{l}</div>
            ))}
          </div>
        );
      },
    },
    {
      title: t('stocktake.col.decidedBy'),
      key: 'decidedBy',
      render: (_, r) => <Typography.Text type="secondary">{r.decidedBy ?? ''}</Typography.Text>,
    },
  ];
  return (
    <>
      <Heading s={s} title={t('stocktake.cityTitle', { org: s.org.name })} />
      <Space className="stocktake-actions">
        {s.canRecord && <RecordButton session={session} onDone={reload} />}
        <ExportButton
          id="stocktake-export"
          label={t('stocktake.export')}
          onExport={() => apiDownload(`/api/v1/stocktake/export`, '月度调度.xlsx')}
        />
      </Space>
      <Alert
        className="stocktake-method"
        type="info"
        showIcon
        title={t('stocktake.method')}
        description={s.league.method}
      />
      <Table
        id="stocktake-league"
        size="small"
        rowKey="orgCode"
        pagination={false}
        columns={columns}
        dataSource={s.rows}
        expandable={{
          expandedRowRender: (r) => (
            <div className="stocktake-row-detail">
              <TargetsTable targets={r.targets} orgCode={r.orgCode} />
              <MilestonesTable milestones={r.milestones.filter((m) => m.status !== 'notRequired')} />
              <MeasuresTable measures={r.measures} canReport={false} orgCode={r.orgCode} />
            </div>
          ),
        }}
      />
    </>
  );
}

export function CountyView({ s, canReport }: { s: Stocktake; canReport: boolean }) {
  const { t } = useI18n();
  const r = s.rows[0]!;
  return (
    <>
      <Heading s={s} title={t('stocktake.countyTitle', { org: s.org.name })} />
      <Space className="stocktake-actions">
        <Tag id="stocktake-county-rank" color="blue">
          {t('stocktake.rank', { rank: r.rank, count: s.countyCount })}
        </Tag>
        <RankMove changes={r.changes} />
        <ExportButton
          id="stocktake-export"
          label={t('stocktake.export')}
          onExport={() => apiDownload(stocktakePath(s.org.code, '/export'), '月度调度.xlsx')}
        />
      </Space>
      {changeLines(t, r.changes).length > 0 && (
        <Alert
          className="stocktake-changes"
          type="info"
          showIcon
          title={t('stocktake.col.changes')}
          description={changeLines(t, r.changes).map((l) => (
            <div key={l}>{l}</div>
          ))}
        />
      )}
      <Card size="small" title={t('stocktake.targets.title')}>
        <TargetsTable targets={r.targets} orgCode={r.orgCode} />
      </Card>
      <Card size="small" title={t('stocktake.milestones.title')}>
        <MilestonesTable milestones={r.milestones} />
      </Card>
      <Card size="small" title={t('stocktake.measures.title')}>
        <MeasuresTable measures={r.measures} canReport={canReport} orgCode={r.orgCode} />
      </Card>
    </>
  );
}

export default function StocktakePage({ session, code, navigate }: Props) {
  const [state, retry, refresh] = useApiGet<StocktakeResponse>(stocktakePath(code));
  if (state.kind === 'loading') return <PageLoading />;
  if (state.kind === 'error') return <PageError error={state.error} onRetry={retry} />;
  const s = state.data.stocktake;
  return (
    <div id="stocktake-page" className={`stocktake-page stocktake-${s.level}`}>
      <DemoBanner demo={state.data.dataset.demo} />
      {s.level === 'city' ? (
        <CityView s={s} session={session} reload={() => void refresh()} navigate={navigate} />
      ) : (
        <CountyView s={s} canReport={session.permissions.includes('reporting.submit')} />
      )}
    </div>
  );
}
