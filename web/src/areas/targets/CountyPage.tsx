/**
 * One county-level unit: its seven targets and, for the chosen one, the schools behind the number
 * (with what makes each count) and a link to the why view (the schools that keep it down).
 */
import { Card, Col, Empty, Row, Segmented, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type {
  InstitutionBreakdownResponse,
  InstitutionRow,
  Ownership,
  PlanResponse,
  StandardsOverviewResponse,
  TargetsResponse,
} from '../../api';
import { DemoBanner, PageError, PageLoading } from '../../components/PageStates';
import { TargetCard } from './TargetCard';
import { MilestonePanel } from '../milestones/MilestonePanel';
import { STATUS_COLOURS } from '../../charts/status';
import { chartTitle } from '../../charts/png';
import { buildTrendOption } from '../../charts/trend';
import { TrendChart } from '../../charts/TrendChart';
import { YearSelect } from '../../components/YearSelect';
import { formatPercent } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { ExportButton } from '../../components/ExportButton';
import { buildSheet, downloadXlsx, exportFileName, type ExportColumn } from '../../export/xlsx';
import { attributeText, labelOf, query } from '../../labels';
import { appHref, linkClick, type Navigate } from '../../navigation';
import { useApiGet } from '../../use-api';
import { whyClick, whyHref } from './why-link';

interface Props {
  code: string;
  year: number | undefined;
  onYearChange(year: number): void;
  navigate: Navigate;
  /** The account may read the county standards (standards.read): link to the analysis. */
  standards?: boolean;
}

const OWNERSHIPS: Ownership[] = ['public', 'inclusivePrivate', 'private'];

export default function CountyPage({ code, year, onYearChange, navigate, standards = false }: Props) {
  const { t } = useI18n();
  const [targets, retry] = useApiGet<TargetsResponse>(`/api/v1/targets?${query({ org: code, year })}`);
  // Only assessed counties (not functional zones) have a standards analysis: the list says which.
  const [assessed] = useApiGet<StandardsOverviewResponse>(
    standards ? `/api/v1/standards?${query({ year })}` : null,
  );
  const isAssessed = assessed.kind === 'loaded' && assessed.data.counties.some((c) => c.countyCode === code);
  const [chosen, setChosen] = useState('T1');
  const [plan] = useApiGet<PlanResponse>('/api/v1/plan');
  const loaded = targets.kind === 'loaded' ? targets.data : null;
  const ids: string[] = loaded ? loaded.targets.map((c) => c.target.id) : [];
  const target = ids.includes(chosen) ? chosen : (ids[0] ?? chosen);
  const [breakdown, retryBreakdown] = useApiGet<InstitutionBreakdownResponse>(
    loaded
      ? `/api/v1/targets/${target}/breakdown?${query({ org: code, year: loaded.year, by: 'institution' })}`
      : null,
  );

  if (targets.kind === 'loading') return <PageLoading />;
  if (targets.kind === 'error' || !loaded)
    return (
      <div className="county-page">
        <PageError error={targets.kind === 'error' ? targets.error : null} onRetry={retry} />
        <a href={appHref('/counties', year)} onClick={linkClick(navigate, '/counties')}>
          {t('county.back')}
        </a>
      </div>
    );

  const chosenCard = loaded.targets.find((c) => c.target.id === target);
  // What makes a school count (the plan is public): T1 looks at ownership, the others at an attribute.
  const indicator =
    plan.kind === 'loaded' ? plan.data.plan.targets.find((p) => p.id === target)?.indicator : undefined;
  const numerator = indicator?.kind === 'share' ? indicator.numerator : null;
  const basisName = numerator?.attribute
    ? labelOf(t, 'attr', numerator.attribute)
    : numerator?.ownerships
      ? t('countyPage.basisOwnership')
      : null;
  const basisTitle = basisName ? t('countyPage.basisColumn', { name: basisName }) : t('col.attribute');
  const basisValue = (r: InstitutionRow): string => {
    if (numerator?.attribute)
      return r.attributeValue === null ? t('countyPage.notRecorded') : attributeText(t, r.attributeValue);
    if (numerator?.ownerships) return labelOf(t, 'ownership', r.ownership);
    return attributeText(t, r.attributeValue);
  };
  const why = whyHref(target, code, loaded.year);
  const exportColumns: ExportColumn<InstitutionRow>[] = [
    { header: t('col.code'), value: (r) => r.institutionCode, width: 14 },
    { header: t('col.name'), value: (r) => r.institutionName, width: 28 },
    { header: t('col.township'), value: (r) => r.townshipName, width: 16 },
    { header: t('col.runningType'), value: (r) => labelOf(t, 'runningType', r.runningType), width: 14 },
    { header: t('col.ownership'), value: (r) => labelOf(t, 'ownership', r.ownership), width: 12 },
    { header: basisTitle, value: basisValue },
    { header: t('col.inNumerator'), value: (r) => (r.inNumerator ? t('common.yes') : t('common.no')) },
    { header: t('col.numerator'), value: (r) => r.numerator },
    { header: t('col.denominator'), value: (r) => r.denominator },
  ];
  const exportSchools = async () => {
    if (breakdown.kind !== 'loaded') return;
    const name = `${loaded.org.name}-${target}-${loaded.year}`;
    await downloadXlsx(exportFileName(name), [
      buildSheet(
        t('county.schools', { target }),
        exportColumns,
        breakdown.data.rows,
        breakdown.data.dataset.demo,
      ),
    ]);
  };

  const columns: ColumnsType<InstitutionRow> = [
    { title: t('col.name'), dataIndex: 'institutionName', key: 'name' },
    { title: t('col.township'), dataIndex: 'townshipName', key: 'township' },
    {
      title: t('col.runningType'),
      dataIndex: 'runningType',
      key: 'runningType',
      render: (v: string) => labelOf(t, 'runningType', v),
    },
    {
      title: t('col.ownership'),
      dataIndex: 'ownership',
      key: 'ownership',
      render: (v: Ownership) => labelOf(t, 'ownership', v),
      filters: OWNERSHIPS.map((o) => ({ text: t(`ownership.${o}`), value: o })),
      onFilter: (value, row) => row.ownership === value,
    },
    {
      title: basisTitle,
      dataIndex: 'attributeValue',
      key: 'attribute',
      render: (_: unknown, row) => basisValue(row),
    },
    {
      title: t('col.inNumerator'),
      dataIndex: 'inNumerator',
      key: 'inNumerator',
      render: (v: boolean) => (v ? t('common.yes') : t('common.no')),
      filters: [
        { text: t('common.yes'), value: true },
        { text: t('common.no'), value: false },
      ],
      onFilter: (value, row) => row.inNumerator === value,
    },
    {
      title: t('col.numerator'),
      dataIndex: 'numerator',
      key: 'numerator',
      align: 'right',
      sorter: (a, b) => a.numerator - b.numerator,
    },
    {
      title: t('col.denominator'),
      dataIndex: 'denominator',
      key: 'denominator',
      align: 'right',
      sorter: (a, b) => a.denominator - b.denominator,
    },
  ];

  return (
    <div className="county-page">
      <DemoBanner demo={loaded.dataset.demo} />
      <div className="cockpit-bar">
        <Space wrap>
          <a href={appHref('/counties', year)} onClick={linkClick(navigate, '/counties')}>
            {t('county.back')}
          </a>
          <Typography.Title level={4} style={{ margin: 0 }} className="county-heading">
            {t('county.heading', { org: loaded.org.name, year: loaded.year, next: loaded.year + 1 })}
          </Typography.Title>
          {isAssessed && (
            <a
              href={appHref(`/standards/${code}`, year)}
              onClick={linkClick(navigate, `/standards/${code}`)}
              className="standards-link"
            >
              {t('county.standardsLink')}
            </a>
          )}
        </Space>
        <YearSelect year={loaded.year} years={loaded.years} onChange={onYearChange} />
      </div>
      {loaded.targets.length === 0 ? (
        <Empty description={t('cockpit.empty')} />
      ) : (
        <Row gutter={[12, 12]} className="target-cards">
          {loaded.targets.map((card) => (
            <Col key={card.target.id} xs={24} sm={12} lg={8} xl={6}>
              <TargetCard
                card={card}
                year={loaded.year}
                orgName={loaded.org.name}
                demo={loaded.dataset.demo}
                coverage={loaded.coverage}
                orgCode={loaded.org.code}
              />
            </Col>
          ))}
        </Row>
      )}
      {chosenCard && (
        <Card
          size="small"
          className="county-trend"
          title={t('county.trend', { target })}
          extra={
            <Segmented size="small" value={target} options={ids} onChange={(v) => setChosen(String(v))} />
          }
        >
          {chosenCard.figure.status === 'notComputed' ? (
            <Typography.Paragraph type="secondary">
              {chosenCard.figure.reason ?? t('status.notComputed')}
            </Typography.Paragraph>
          ) : (
            <TrendChart
              option={buildTrendOption(
                chosenCard.trend,
                chosenCard.target.threshold,
                STATUS_COLOURS[chosenCard.figure.status],
                {
                  title: chartTitle(
                    `${loaded.org.name} · ${target} ${chosenCard.target.shortTitle}`,
                    loaded.dataset.demo,
                    t,
                  ),
                  value: t('chart.value'),
                  expected: t('chart.expected'),
                  threshold: t('chart.threshold'),
                },
              )}
              fileName={`${loaded.org.name}-${target}-${t('card.trend')}-${loaded.year}`}
            />
          )}
        </Card>
      )}
      <Card
        size="small"
        className="school-breakdown"
        title={t('county.schools', { target })}
        extra={
          <Space wrap>
            <span>{t('county.target')}</span>
            <Segmented size="small" value={target} options={ids} onChange={(v) => setChosen(String(v))} />
            {breakdown.kind === 'loaded' && <ExportButton onExport={exportSchools} />}
          </Space>
        }
      >
        {breakdown.kind === 'loading' && <PageLoading />}
        {breakdown.kind === 'error' && <PageError error={breakdown.error} onRetry={retryBreakdown} />}
        {breakdown.kind === 'loaded' && (
          <>
            <Typography.Paragraph className="breakdown-total">
              {t('county.summary', {
                numerator: breakdown.data.total.numerator,
                denominator: breakdown.data.total.denominator,
                value: formatPercent(breakdown.data.total.value),
              })}
            </Typography.Paragraph>
            {breakdown.data.rows.some((r) => !r.inNumerator) && (
              <Typography.Paragraph>
                <a href={why} onClick={whyClick(why)} className="why-link" data-target={target}>
                  {t('countyPage.whyLink', { target })}
                </a>
              </Typography.Paragraph>
            )}
            <Table<InstitutionRow>
              rowKey="institutionCode"
              size="small"
              columns={columns}
              dataSource={breakdown.data.rows}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('county.schoolsEmpty') }}
            />
          </>
        )}
      </Card>
      {code.length === 6 && (
        <Card size="small" className="county-milestones" title={t('ms.countySection')}>
          <MilestonePanel orgCode={code} navigate={navigate} />
        </Card>
      )}
    </div>
  );
}
