/**
 * 数据采集: the period's completeness and timeliness for the user's scope (per county, per school,
 * who has not submitted, days left), the county's and the city's review queue — bulk approval is
 * a secondary action behind its filters, confirmed with what it would lock (BulkApproveDialog) —
 * Excel templates, upload with preview, and the period's export. A school clerk sees
 * the school's own form instead.
 */
import {
  Alert,
  Button,
  Input,
  Progress,
  Segmented,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { apiDownload, type CompletenessResponse, type PeriodsResponse, type Session } from '../../api';
import { ExportButton } from '../../components/ExportButton';
import { DemoBanner, PageError, PageLoading } from '../../components/PageStates';
import { formatCount, formatDateTime, formatPercent } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { appHref, linkClick, type Navigate } from '../../navigation';
import { useApiGet } from '../../use-api';
import { defaultPeriod, isOpen } from './form';
import { BulkApproveDialog } from './BulkApproveDialog';
import { ImportDialog } from './ImportDialog';
import { CollectionReminder } from './CollectionReminder';
import { StateTag } from './StateTag';
import { SubmissionEditor } from './SubmissionEditor';
import { filterSchools, SCHOOL_FILTERS, type SchoolFilter } from './completeness';

interface Props {
  session: Session;
  /** The period in the address (/app/collection/2026-autumn); undefined: the open one. */
  period: string | undefined;
  navigate: Navigate;
}

export default function CollectionPage({ session, period, navigate }: Props) {
  const { t } = useI18n();
  const [periods, retry] = useApiGet<PeriodsResponse>('/api/v1/collection/periods');
  // Saving or submitting the form changes what the reminder says: it reloads.
  const [changes, setChanges] = useState(0);
  if (periods.kind === 'loading') return <PageLoading />;
  if (periods.kind === 'error') return <PageError error={periods.error} onRetry={retry} />;
  const list = [...periods.data.periods].sort((a, b) => Date.parse(b.openFrom) - Date.parse(a.openFrom));
  const now = new Date(periods.data.now);
  const chosen = list.find((p) => p.id === period) ?? defaultPeriod(list, now);
  if (!chosen) return <Alert type="info" showIcon title={t('collection.noPeriods')} />;
  const scope = session.account.scope;

  const periodSelect = (
    <Space wrap>
      <label htmlFor="period-select">{t('collection.period')}</label>
      <Select
        id="period-select"
        value={chosen.id}
        style={{ minWidth: 220 }}
        onChange={(id: string) => navigate(`/collection/${id}`)}
        options={list.map((p) => ({
          value: p.id,
          label: isOpen(p, now) ? t('collection.periodOpen', { name: p.name }) : p.name,
        }))}
      />
    </Space>
  );

  return (
    <div className="collection-page">
      <DemoBanner demo={periods.data.dataset.demo} />
      <div className="collection-bar">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('collection.title')}
        </Typography.Title>
        {periodSelect}
      </div>
      <CollectionReminder key={changes} session={session} periodId={chosen.id} navigate={navigate} />
      {scope.kind === 'institution' ? (
        <SchoolCollection
          key={chosen.id}
          session={session}
          periodId={chosen.id}
          code={scope.institutionCode}
          onChanged={() => setChanges((n) => n + 1)}
        />
      ) : (
        <Overview
          key={chosen.id}
          session={session}
          periodId={chosen.id}
          onChanged={() => setChanges((n) => n + 1)}
          forms={periods.data.forms.filter((f) => chosen.forms.includes(f.id))}
          navigate={navigate}
        />
      )}
    </div>
  );
}

/** A school clerk: the school's form, with the Excel template and upload. */
function SchoolCollection({
  session,
  periodId,
  code,
  onChanged,
}: {
  session: Session;
  periodId: string;
  code: string;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const [importing, setImporting] = useState(false);
  const [generation, setGeneration] = useState(0);
  return (
    <>
      <Space wrap className="collection-tools">
        <ExportButton
          id="download-template"
          size="middle"
          label={t('collection.downloadTemplate')}
          onExport={() => apiDownload(`/api/v1/collection/${periodId}/template`, `${periodId}.xlsx`)}
        />
        {session.permissions.includes('collection.enter') && (
          <Button id="open-import" onClick={() => setImporting(true)}>
            {t('collection.importExcel')}
          </Button>
        )}
      </Space>
      <SubmissionEditor
        key={generation}
        session={session}
        periodId={periodId}
        code={code}
        onChanged={onChanged}
      />
      <ImportDialog
        session={session}
        periodId={periodId}
        open={importing}
        onClose={() => setImporting(false)}
        onCommitted={() => {
          setGeneration((n) => n + 1);
          onChanged();
        }}
      />
    </>
  );
}

/** County and city: completeness, the review queue, templates, import and export. */
function Overview({
  session,
  periodId,
  forms,
  navigate,
  onChanged,
}: {
  session: Session;
  periodId: string;
  forms: PeriodsResponse['forms'];
  navigate: Navigate;
  /** After a bulk action or an import (the reminder refreshes). */
  onChanged(): void;
}) {
  const count = (n: number) => formatCount(n);
  const { t, language } = useI18n();
  const [org, setOrg] = useState<string | undefined>(undefined);
  const [filter, setFilter] = useState<SchoolFilter>('all');
  const [search, setSearch] = useState('');
  const [importing, setImporting] = useState(false);
  const [templateForm, setTemplateForm] = useState<string>(forms[0]?.id ?? '');
  const [bulk, setBulk] = useState<string[] | null>(null);
  const [state, retry, refresh] = useApiGet<CompletenessResponse>(
    `/api/v1/collection/${periodId}/completeness`,
  );
  const city = session.permissions.includes('collection.approve');
  const county = session.permissions.includes('collection.review');
  const schools = useMemo(
    () =>
      state.kind === 'loaded'
        ? filterSchools(state.data.schools, { filter, org, search, reviewer: city ? 'city' : 'county' })
        : [],
    [state, filter, org, search, city],
  );

  if (state.kind === 'loading') return <PageLoading />;
  if (state.kind === 'error') return <PageError error={state.error} onRetry={retry} />;
  const data = state.data;
  const countyNames = new Map(data.counties.map((c) => [c.code, c.name]));
  const totals = data.counties.reduce(
    (a, c) => ({
      expected: a.expected + c.expected,
      started: a.started + c.started,
      submitted: a.submitted + c.submitted,
      approved: a.approved + c.approved,
      final: a.final + c.final,
      late: a.late + c.late,
    }),
    { expected: 0, started: 0, submitted: 0, approved: 0, final: 0, late: 0 },
  );
  // Bulk approval covers what the filters show: the waiting forms of the selected county and of
  // the search, whatever state the list shows.
  const waiting = filterSchools(data.schools, {
    filter: 'waiting',
    org,
    search,
    reviewer: city ? 'city' : 'county',
  });
  const open = data.daysLeft >= 0;
  const names = new Map(data.schools.map((s) => [s.code, s.name]));

  const orgQuery = org ? `&org=${org}` : '';
  return (
    <>
      <div className="collection-summary">
        <Statistic title={t('collection.expected')} value={totals.expected} />
        <Statistic title={t('collection.started')} value={totals.started} />
        <Statistic title={t('collection.submittedCount')} value={totals.submitted} />
        <Statistic title={t('collection.countyApprovedCount')} value={totals.approved} />
        <Statistic title={t('collection.finalCount')} value={totals.final} />
        <Statistic title={t('collection.lateCount')} value={totals.late} />
        <Statistic
          title={open ? t('collection.daysLeftTitle') : t('collection.closedTitle')}
          value={open ? data.daysLeft : -data.daysLeft}
          suffix={t('collection.days')}
        />
      </div>
      <Progress
        className="collection-progress"
        percent={totals.expected ? Math.round((1000 * totals.final) / totals.expected) / 10 : 0}
        success={{ percent: totals.expected ? (100 * totals.final) / totals.expected : 0 }}
        format={() =>
          t('collection.finalShare', {
            share: formatPercent(totals.expected ? totals.final / totals.expected : null),
          })
        }
      />

      <Space wrap className="collection-tools">
        <Select
          aria-label={t('collection.templateForm')}
          value={templateForm}
          style={{ minWidth: 220 }}
          onChange={setTemplateForm}
          options={forms.map((f) => ({ value: f.id, label: f.name }))}
        />
        <ExportButton
          id="download-template"
          size="middle"
          label={t('collection.downloadTemplate')}
          onExport={() =>
            apiDownload(
              `/api/v1/collection/${periodId}/template?form=${templateForm}${orgQuery}`,
              `${periodId}-${templateForm}.xlsx`,
            )
          }
        />
        {county && (
          <Button id="open-import" onClick={() => setImporting(true)}>
            {t('collection.importExcel')}
          </Button>
        )}
        <ExportButton
          id="export-period"
          size="middle"
          label={t('collection.export')}
          onExport={() =>
            apiDownload(`/api/v1/collection/${periodId}/export?${orgQuery.slice(1)}`, `${periodId}.xlsx`)
          }
        />
      </Space>

      {data.counties.length > 1 && (
        <Table
          size="small"
          className="completeness-counties"
          scroll={{ x: 'max-content' }}
          rowKey="code"
          pagination={false}
          dataSource={data.counties}
          onRow={(c) => ({
            onClick: () => setOrg(org === c.code ? undefined : c.code),
            onKeyDown: (e) => {
              if (e.key === 'Enter' || e.key === ' ') setOrg(org === c.code ? undefined : c.code);
            },
            tabIndex: 0,
            'aria-selected': org === c.code,
          })}
          rowClassName={(c) => (c.code === org ? 'row-selected' : '')}
          columns={[
            { title: t('collection.col.county'), dataIndex: 'name' },
            { title: t('collection.expected'), dataIndex: 'expected', align: 'right', render: count },
            { title: t('collection.started'), dataIndex: 'started', align: 'right', render: count },
            { title: t('collection.submittedCount'), dataIndex: 'submitted', align: 'right', render: count },
            {
              title: t('collection.countyApprovedCount'),
              dataIndex: 'approved',
              align: 'right',
              render: count,
            },
            { title: t('collection.finalCount'), dataIndex: 'final', align: 'right', render: count },
            {
              title: t('collection.notSubmitted'),
              key: 'missing',
              align: 'right',
              render: (_: unknown, c) => formatCount(c.expected - c.submitted),
            },
            { title: t('collection.lateCount'), dataIndex: 'late', align: 'right', render: count },
            {
              title: t('collection.submittedShare'),
              key: 'share',
              width: 160,
              render: (_: unknown, c) => (
                <Progress
                  size="small"
                  percent={c.expected ? Math.round((100 * c.submitted) / c.expected) : 0}
                />
              ),
            },
          ]}
        />
      )}

      <div className="collection-filters">
        <Segmented<SchoolFilter>
          value={filter}
          onChange={setFilter}
          options={SCHOOL_FILTERS.map((f) => ({ value: f, label: t(`collection.filter.${f}`) }))}
        />
        <Input.Search
          allowClear
          placeholder={t('collection.searchSchool')}
          style={{ maxWidth: 260 }}
          onSearch={setSearch}
          onChange={(e) => e.target.value === '' && setSearch('')}
        />
        {org && (
          <Tag closable onClose={() => setOrg(undefined)}>
            {countyNames.get(org) ?? org}
          </Tag>
        )}
        <Typography.Text type="secondary">
          {t('collection.schoolCount', { count: formatCount(schools.length) })}
        </Typography.Text>
        {(city || county) && (
          <Button
            id="bulk-approve"
            className="bulk-approve"
            disabled={waiting.length === 0}
            onClick={() => setBulk(waiting.map((s) => s.code))}
          >
            {t(city ? 'collection.bulkApproveCity' : 'collection.bulkApproveCounty', {
              count: formatCount(waiting.length),
              unit: org ? (countyNames.get(org) ?? org) : t('collection.allUnits'),
            })}
          </Button>
        )}
      </div>
      {bulk && (
        <BulkApproveDialog
          session={session}
          periodId={periodId}
          codes={bulk}
          names={names}
          city={city}
          onClose={() => setBulk(null)}
          onDone={() => {
            refresh().catch(() => undefined);
            onChanged();
          }}
        />
      )}
      <Table
        size="small"
        className="completeness-schools"
        scroll={{ x: 'max-content' }}
        rowKey="code"
        dataSource={schools}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: t('collection.col.code'), dataIndex: 'code', width: 130 },
          {
            title: t('collection.col.school'),
            dataIndex: 'name',
            render: (name: string, s) => (
              <a
                href={appHref(`/collection/${periodId}/${s.code}`, undefined)}
                onClick={linkClick(navigate, `/collection/${periodId}/${s.code}`)}
              >
                {name}
              </a>
            ),
          },
          ...(data.counties.length > 1
            ? [
                {
                  title: t('collection.col.county'),
                  key: 'county',
                  render: (_: unknown, s: { countyCode: string }) =>
                    countyNames.get(s.countyCode) ?? s.countyCode,
                },
              ]
            : []),
          { title: t('collection.col.state'), dataIndex: 'state', render: (st) => <StateTag state={st} /> },
          {
            title: t('collection.col.submittedAt'),
            dataIndex: 'submittedAt',
            render: (v: string | null) => (v ? formatDateTime(new Date(v), language) : ''),
          },
          {
            title: t('collection.col.timeliness'),
            key: 'late',
            render: (_: unknown, s) =>
              s.late ? (
                <Tag color="red">{t('collection.late')}</Tag>
              ) : s.submitted ? (
                <Tag color="green">{t('collection.onTime')}</Tag>
              ) : null,
          },
        ]}
      />
      {county && (
        <ImportDialog
          session={session}
          periodId={periodId}
          open={importing}
          onClose={() => setImporting(false)}
          onCommitted={() => {
            void refresh();
            onChanged();
          }}
        />
      )}
    </>
  );
}
