/**
 * A county's progress reports for a round (default: the current one): every measure of its
 * approved work plan with its status, text, figure and evidence; the county saves drafts and
 * submits; a returned report shows the city's comment. City users read a county's page.
 */
import { Alert, Button, Card, Input, InputNumber, Select, Space, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { api, type Session } from '../../api';
import { EvidenceList, EvidenceUpload, type EvidenceFile } from '../../components/EvidenceUpload';
import { DemoBanner, PageError, PageLoading } from '../../components/PageStates';
import { errorMessage } from '../../errors';
import { useI18n } from '../../i18n/i18n';
import { useApiGet } from '../../use-api';
import { EscalationTags } from './EscalationTags';
import {
  PROGRESS,
  PROGRESS_COLOURS,
  STATE_COLOURS,
  type CountyRound,
  type MeasureProgress,
  type ProgressReport,
  type ReportMeasure,
  type RoundsOverview,
  type MeasureState,
} from './types';

export default function CountyReportsPage({ session, code }: { session: Session; code: string | undefined }) {
  const { t } = useI18n();
  const scope = session.account.scope;
  const county = code ?? (scope.kind === 'org' ? scope.orgCode : undefined);
  const [rounds] = useApiGet<RoundsOverview>('/api/v1/reporting/rounds');
  const [chosen, setChosen] = useState<string | null>(null);
  const roundId =
    chosen ??
    (rounds.kind === 'loaded' ? (rounds.data.current?.id ?? rounds.data.rounds[0]?.id ?? null) : null);
  const [state, retry, refresh] = useApiGet<CountyRound>(
    county && roundId ? `/api/v1/reporting/rounds/${roundId}/counties/${county}` : null,
  );
  if (rounds.kind === 'error') return <PageError error={rounds.error} />;
  if (!county) return <Alert type="info" message={t('reporting.county.choose')} />;
  if (state.kind === 'loading' || rounds.kind === 'loading') return <PageLoading />;
  if (state.kind === 'error') return <PageError error={state.error} onRetry={retry} />;
  const d = state.data;
  const r = d.round;
  return (
    <div className="page" id="reporting-county">
      <DemoBanner demo={d.dataset.demo} />
      <Typography.Title level={3}>
        {t('reporting.county.heading', { county: d.county.name, round: r.label })}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('reporting.round')}</span>
        <Select
          id="reporting-round"
          style={{ minWidth: 220 }}
          value={r.id}
          onChange={(v: string) => setChosen(v)}
          options={rounds.data.rounds.map((x) => ({
            value: x.id,
            label: t('reporting.round.option', {
              label: x.label,
              status: t(`reporting.round.status.${x.status}`),
            }),
          }))}
        />
        <Typography.Text type="secondary">
          {t('reporting.round.window', { opensOn: r.opensOn, closesOn: r.closesOn })}
        </Typography.Text>
      </Space>
      {r.status === 'closed' && (
        <Alert type="warning" showIcon message={t('reporting.round.closed', { date: r.closesOn })} />
      )}
      {r.closingSoon && (
        <Alert
          type="warning"
          showIcon
          message={t('reporting.round.closingSoon', { date: r.closesOn, days: r.daysToClose })}
        />
      )}
      <Typography.Paragraph id="reporting-summary" style={{ marginTop: 12 }}>
        {t('reporting.summary', d.summary)}
      </Typography.Paragraph>
      {d.items.length === 0 && <Alert type="info" message={t('reporting.noMeasures')} />}
      {d.items.map((i) => (
        <MeasureReportCard
          key={`${i.measure.id}:${i.report.version}:${r.id}`}
          session={session}
          measure={i.measure}
          report={i.report}
          state={i.state}
          onChanged={() => void refresh()}
        />
      ))}
    </div>
  );
}

function MeasureReportCard({
  session,
  measure,
  report,
  state,
  onChanged,
}: {
  session: Session;
  measure: ReportMeasure;
  report: ProgressReport;
  state: MeasureState;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const editable = report.actions.includes('save');
  const [progress, setProgress] = useState<MeasureProgress>(report.progress);
  const [text, setText] = useState(report.text);
  const [reason, setReason] = useState(report.blockedReason ?? '');
  const [figure, setFigure] = useState<number | null>(report.figure);
  const [files, setFiles] = useState<EvidenceFile[]>(report.evidence);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `/api/v1/reporting/rounds/${report.roundId}/measures/${measure.id}`;

  const save = async (): Promise<ProgressReport> => {
    const answer = await api<{ report: ProgressReport }>('PUT', base, {
      csrfToken: session.csrfToken,
      body: {
        version: report.version,
        progress,
        text,
        blockedReason: progress === 'blocked' ? reason : null,
        figure: measure.outputTarget === null ? null : figure,
        evidence: files.map((f) => f.id),
      },
    });
    return answer.report;
  };
  const run = async (submit: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await save();
      if (submit) {
        await api('POST', `${base}/submit`, {
          csrfToken: session.csrfToken,
          body: { version: saved.version },
        });
        void message.success(t('reporting.submitted'));
      } else void message.success(t('reporting.saved'));
      onChanged();
    } catch (e) {
      setError(errorMessage(e, t));
      // A draft saved before a refused submit: show its new version.
      if (submit) onChanged();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      className="report-card"
      id={`report-${measure.id}`}
      style={{ marginBottom: 12 }}
      title={
        <Space wrap>
          <span>{measure.title}</span>
          <Tag
            color={report.state ? STATE_COLOURS[report.state] : 'default'}
            className="report-state"
            data-state={report.state ?? 'none'}
          >
            {t(`reporting.state.${report.state ?? 'none'}`)}
          </Tag>
          <EscalationTags state={state} />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('reporting.measure.meta', {
          task: measure.taskNumber,
          output: measure.output,
          due: measure.dueDate,
          owner: measure.ownerName,
          unit: measure.ownerUnit,
        })}
      </Typography.Paragraph>
      {report.state === 'returned' && report.returnComment && (
        <Alert
          className="report-returned"
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('reporting.returnedComment', { comment: report.returnComment })}
        />
      )}
      {editable ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <span>{t('reporting.field.progress')}</span>
            <Select<MeasureProgress>
              className="report-progress"
              style={{ minWidth: 140 }}
              value={progress}
              onChange={setProgress}
              options={PROGRESS.map((p) => ({ value: p, label: t(`reporting.progress.${p}`) }))}
            />
            {measure.outputTarget !== null && (
              <>
                <span>
                  {t('reporting.field.figure', {
                    target: measure.outputTarget,
                    unit: measure.outputUnit ?? '',
                  })}
                </span>
                <InputNumber
                  className="report-figure"
                  min={0}
                  value={figure}
                  onChange={(v) => setFigure(v ?? null)}
                />
              </>
            )}
          </Space>
          <Input.TextArea
            className="report-text"
            rows={3}
            maxLength={500}
            placeholder={t('reporting.field.textHint')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          {progress === 'blocked' && (
            <Input.TextArea
              className="report-reason"
              rows={2}
              maxLength={500}
              placeholder={t('reporting.field.blockedReason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
          <Typography.Text strong>{t('reporting.field.evidence')}</Typography.Text>
          <Typography.Text type="secondary">{t('reporting.evidenceHint')}</Typography.Text>
          <EvidenceUpload
            orgCode={measure.countyCode}
            value={files}
            onChange={setFiles}
            csrfToken={session.csrfToken}
          />
          {error && <Alert className="report-error" type="error" showIcon message={error} />}
          <Space>
            <Button className="report-save" loading={busy} onClick={() => void run(false)}>
              {t('reporting.save')}
            </Button>
            <Button className="report-submit" type="primary" loading={busy} onClick={() => void run(true)}>
              {t('reporting.submit')}
            </Button>
          </Space>
        </Space>
      ) : (
        <ReportReadOnly report={report} measure={measure} />
      )}
    </Card>
  );
}

/** A report as filed (submitted or accepted, or a closed round). */
export function ReportReadOnly({ report, measure }: { report: ProgressReport; measure: ReportMeasure }) {
  const { t } = useI18n();
  return (
    <Space direction="vertical" style={{ width: '100%' }} className="report-readonly">
      <Space wrap>
        <Tag color={PROGRESS_COLOURS[report.progress]}>{t(`reporting.progress.${report.progress}`)}</Tag>
        {report.figure !== null && (
          <span className="report-figure-value">
            {report.figure}
            {measure.outputUnit ?? ''}
            {measure.outputTarget !== null ? ` / ${measure.outputTarget}${measure.outputUnit ?? ''}` : ''}
          </span>
        )}
      </Space>
      {report.text && (
        <Typography.Paragraph className="report-text-value">{report.text}</Typography.Paragraph>
      )}
      {report.blockedReason && (
        <Typography.Paragraph type="danger">{report.blockedReason}</Typography.Paragraph>
      )}
      <EvidenceList files={report.evidence} />
    </Space>
  );
}
