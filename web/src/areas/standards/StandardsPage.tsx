/**
 * 创建达标 overview: T4 (counties passing both county standards ÷ counties assessed) against its
 * 2027 target, and each assessed county's two verdicts and the combined one. A county account
 * sees its own county only, without T4 (a city figure).
 */
import { Alert, Card, Col, Row, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type {
  CountyOverview,
  StandardId,
  StandardsOverviewResponse,
  T4Figure,
  TargetsResponse,
  Verdict,
} from '../../api';
import { STATUS_COLOURS } from '../../charts/status';
import { ExportButton } from '../../components/ExportButton';
import { DemoBanner, PageError, PageLoading } from '../../components/PageStates';
import { YearSelect } from '../../components/YearSelect';
import { buildSheet, downloadXlsx, exportFileName, type ExportColumn } from '../../export/xlsx';
import { formatPercent, formatPoints } from '../../format';
import { useI18n, type Translate } from '../../i18n/i18n';
import { query } from '../../labels';
import { appHref, linkClick, type Navigate } from '../../navigation';
import { controlledColumns, EMPTY_VIEW, viewOf, visibleRows, type TableView } from '../../table-view';
import { STANDARD_IDS } from './types';
import { compareVerdicts } from './values';
import { VerdictTag } from './VerdictTag';
import { useApiGet, type Loadable } from '../../use-api';

interface Props {
  year: number | undefined;
  onYearChange(year: number): void;
  navigate: Navigate;
}

const VERDICTS: Verdict[] = ['pass', 'fail', 'incomplete'];

/** The overview's columns in the export: Chinese headers, verdicts as words. */
export function overviewExportColumns(t: Translate): ExportColumn<CountyOverview>[] {
  return [
    { header: t('col.countyCode'), value: (c) => c.countyCode, width: 12 },
    { header: t('standards.county'), value: (c) => c.countyName, width: 12 },
    { header: t('standard.combined'), value: (c) => t(`verdict.${c.countyStandardsVerdict}`), width: 10 },
    ...STANDARD_IDS.flatMap((id): ExportColumn<CountyOverview>[] => [
      { header: t(`standard.${id}`), value: (c) => t(`verdict.${c[id].verdict}`), width: 18 },
      {
        header: `${t(`standard.${id}`)} ${t('standards.failingRules')}`,
        value: (c) => c[id].counts.fail ?? 0,
        width: 14,
      },
      {
        header: `${t(`standard.${id}`)} ${t('standards.incompleteRules')}`,
        value: (c) => c[id].counts.incomplete ?? 0,
        width: 14,
      },
      { header: `${t(`standard.${id}`)} ${t('col.summary')}`, value: (c) => c[id].summary, width: 40 },
    ]),
  ];
}

function T4Card({ t4, targets }: { t4: T4Figure; targets: Loadable<TargetsResponse> }) {
  const { t } = useI18n();
  const card = targets.kind === 'loaded' ? targets.data.targets.find((c) => c.target.id === 'T4') : undefined;
  const status = card?.figure.status;
  const colour = status ? STATUS_COLOURS[status] : '#1f1f1f';
  const threshold = card?.target.threshold ?? null;
  const gap =
    threshold === null || t4.share === null
      ? t('common.none')
      : threshold - t4.share > 0
        ? t('card.gapPoints', { points: formatPoints(threshold - t4.share) })
        : t('card.gapNone');
  return (
    <Card
      size="small"
      className="t4-card"
      style={{ height: '100%', borderTop: `3px solid ${colour}` }}
      title={
        card ? (
          <span title={card.target.title}>
            <Typography.Text type="secondary">T4</Typography.Text> {card.target.shortTitle}
          </span>
        ) : (
          t('standards.t4Title')
        )
      }
      extra={
        status && (
          <Tag color={colour} className="t4-status">
            {t(`status.${status}`)}
          </Tag>
        )
      }
    >
      <div className="t4-value" style={{ color: colour }}>
        {formatPercent(t4.share)}
      </div>
      <dl className="target-facts t4-facts">
        <dt>{t('standards.t4Passing')}</dt>
        <dd className="t4-fraction">
          {t('standards.t4Fraction', { passing: t4.passingBoth, evaluated: t4.evaluated })}
        </dd>
        <dt>{t('standards.t4Failing')}</dt>
        <dd className="t4-failing">{t('standards.t4Counties', { count: t4.failing })}</dd>
        <dt>{t('standards.t4Incomplete')}</dt>
        <dd className="t4-incomplete">{t('standards.t4Counties', { count: t4.incomplete })}</dd>
        <dt>{t('card.target')}</dt>
        <dd className="t4-target">
          {targets.kind === 'loading'
            ? t('common.loading')
            : threshold === null
              ? t('standards.t4TargetUnknown')
              : formatPercent(threshold)}
        </dd>
        <dt>{t('card.gap')}</dt>
        <dd>{gap}</dd>
      </dl>
    </Card>
  );
}

export default function StandardsPage({ year, onYearChange, navigate }: Props) {
  const { t } = useI18n();
  const [overview, retry] = useApiGet<StandardsOverviewResponse>(`/api/v1/standards?${query({ year })}`);
  const [view, setView] = useState<TableView>(EMPTY_VIEW);
  // T4 is the city's: its target (and the city's name) come from the city's target cards.
  const cityYear = overview.kind === 'loaded' && overview.data.t4 ? overview.data.year : null;
  const [targets] = useApiGet<TargetsResponse>(
    cityYear === null ? null : `/api/v1/targets?${query({ year: cityYear })}`,
  );

  if (overview.kind === 'loading') return <PageLoading />;
  if (overview.kind === 'error') return <PageError error={overview.error} onRetry={retry} />;
  const data = overview.data;
  // The unit the page is about: the city (T4 shown), or the one county of a county account.
  const unit =
    targets.kind === 'loaded'
      ? targets.data.org.name
      : data.counties.length === 1 && !data.t4
        ? data.counties[0]!.countyName
        : null;

  const link = (c: CountyOverview) => (
    <a
      href={appHref(`/standards/${c.countyCode}`, year)}
      onClick={linkClick(navigate, `/standards/${c.countyCode}`)}
      className="standards-county-link"
      data-county={c.countyCode}
    >
      {c.countyName}
    </a>
  );
  const standardColumns = (id: StandardId): ColumnsType<CountyOverview>[number] => ({
    title: t(`standard.${id}`),
    key: id,
    children: [
      {
        title: t('col.verdict'),
        key: `${id}-verdict`,
        width: 90,
        render: (_: unknown, c: CountyOverview) => (
          <VerdictTag verdict={c[id].verdict} className={`verdict-${id}`} />
        ),
        filters: VERDICTS.map((v) => ({ text: t(`verdict.${v}`), value: v })),
        onFilter: (value, c: CountyOverview) => c[id].verdict === value,
        sorter: (a: CountyOverview, b: CountyOverview) => compareVerdicts(a[id].verdict, b[id].verdict),
      },
      {
        title: t('standards.failingRules'),
        key: `${id}-fail`,
        align: 'right',
        width: 90,
        render: (_: unknown, c: CountyOverview) => (
          <span className={`count-fail-${id}`}>{c[id].counts.fail ?? 0}</span>
        ),
        sorter: (a: CountyOverview, b: CountyOverview) => (a[id].counts.fail ?? 0) - (b[id].counts.fail ?? 0),
      },
      {
        title: t('standards.incompleteRules'),
        key: `${id}-incomplete`,
        align: 'right',
        width: 90,
        render: (_: unknown, c: CountyOverview) => (
          <span className={`count-incomplete-${id}`}>{c[id].counts.incomplete ?? 0}</span>
        ),
        sorter: (a: CountyOverview, b: CountyOverview) =>
          (a[id].counts.incomplete ?? 0) - (b[id].counts.incomplete ?? 0),
      },
    ],
  });
  const columns: ColumnsType<CountyOverview> = [
    {
      title: t('standards.county'),
      key: 'county',
      fixed: 'left',
      width: 100,
      render: (_: unknown, c) => link(c),
    },
    {
      title: t('standard.combined'),
      key: 'combined',
      width: 110,
      render: (_: unknown, c) => (
        <VerdictTag verdict={c.countyStandardsVerdict} className="verdict-combined" />
      ),
      filters: VERDICTS.map((v) => ({ text: t(`verdict.${v}`), value: v })),
      onFilter: (value, c) => c.countyStandardsVerdict === value,
      sorter: (a, b) => compareVerdicts(a.countyStandardsVerdict, b.countyStandardsVerdict),
    },
    ...STANDARD_IDS.map(standardColumns),
  ];

  const exportOverview = () =>
    downloadXlsx(exportFileName(`${t('standards.sheet')}-${data.year}`), [
      buildSheet(
        t('standards.sheet'),
        overviewExportColumns(t),
        visibleRows(columns, data.counties, view),
        data.dataset.demo,
      ),
    ]);

  return (
    <div className="standards-page">
      <DemoBanner demo={data.dataset.demo} />
      <div className="cockpit-bar">
        <Typography.Title level={4} style={{ margin: 0 }} className="standards-heading">
          {unit === null
            ? t('standards.heading', { year: data.year, next: data.year + 1 })
            : t('standards.headingUnit', { unit, year: data.year, next: data.year + 1 })}
        </Typography.Title>
        <YearSelect year={data.year} years={data.years} onChange={onYearChange} />
      </div>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={10} xl={8}>
          {data.t4 ? (
            <T4Card t4={data.t4} targets={targets} />
          ) : (
            <Alert className="t4-city-only" type="info" showIcon title={t('standards.t4CityOnly')} />
          )}
        </Col>
        <Col xs={24} md={14} xl={16}>
          <Card
            size="small"
            title={t('standards.about')}
            className="standards-about"
            style={{ height: '100%' }}
          >
            <Typography.Paragraph>{t('standards.note')}</Typography.Paragraph>
            <ul className="standards-counts">
              {STANDARD_IDS.map((id) => (
                <li key={id} data-standard={id}>
                  {t('standards.standardCounts', {
                    standard: t(`standard.${id}`),
                    ...Object.fromEntries(
                      VERDICTS.map((v) => [v, data.counties.filter((c) => c[id].verdict === v).length]),
                    ),
                  })}
                </li>
              ))}
            </ul>
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={t('standards.table')}
        className="standards-table-card"
        extra={<ExportButton onExport={exportOverview} />}
      >
        <Table<CountyOverview>
          className="standards-table"
          rowKey="countyCode"
          size="small"
          bordered
          columns={controlledColumns(columns, view)}
          dataSource={data.counties}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('standards.empty') }}
          onChange={(_p, filters, sorter) => setView(viewOf(filters, sorter))}
        />
      </Card>
    </div>
  );
}
