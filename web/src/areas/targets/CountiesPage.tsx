/**
 * 县区对比: the counties × targets league table (short titles and thresholds in the headers, the
 * status word in each cell, a legend; T4 as each county's two county-standard verdicts; a partial
 * year greyed, without verdicts) and the choropleth of one target. A cell opens the why view.
 */
import { Alert, Card, Col, Empty, Row, Segmented, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useMemo, useState } from 'react';
import type {
  CountyOverview,
  GeoFeatureCollection,
  PlanResponse,
  ScorecardResponse,
  StandardsOverviewResponse,
  TargetStatus,
} from '../../api';
import { buildChoroplethOption, geoNames, polygonCodes } from '../../charts/choropleth';
import { CountyMap } from '../../charts/CountyMap';
import { chartTitle } from '../../charts/png';
import {
  cellPresentation,
  compareCells,
  matrixRows,
  matrixTargets,
  statusCellStyle,
  type MatrixRow,
} from '../../charts/matrix';
import { ExportButton } from '../../components/ExportButton';
import { DemoBanner, PageError, PageLoading } from '../../components/PageStates';
import { buildSheet, downloadXlsx, exportFileName, type ExportColumn } from '../../export/xlsx';
import { YearSelect } from '../../components/YearSelect';
import { formatPercent } from '../../format';
import { useI18n, type Translate } from '../../i18n/i18n';
import { query } from '../../labels';
import { appHref, linkClick, type Navigate } from '../../navigation';
import { useApiGet } from '../../use-api';
import { whyClick, whyHref } from './why-link';
import './why-page.css';

interface Props {
  year: number | undefined;
  onYearChange(year: number): void;
  navigate: Navigate;
  /** The account may read the county standards (standards.read): T4 shows each county's verdicts. */
  standards?: boolean;
}

type PlanTarget = PlanResponse['plan']['targets'][number];

const LEGEND: TargetStatus[] = ['met', 'onTrack', 'lagging', 'severelyLagging', 'noData'];

/** "优质均衡 达标" and "普及普惠 未达标", one per line: a county's two verdicts. */
function T4Verdicts({ county, t }: { county: CountyOverview; t: Translate }) {
  return (
    <span className="t4-verdicts" data-org={county.countyCode}>
      <span
        className="t4-verdict"
        data-standard="compulsoryBalanced"
        data-verdict={county.compulsoryBalanced.verdict}
      >
        {t('league.t4Compulsory')} {t(`verdict.${county.compulsoryBalanced.verdict}`)}
      </span>
      <span
        className="t4-verdict"
        data-standard="preschoolUniversal"
        data-verdict={county.preschoolUniversal.verdict}
      >
        {t('league.t4Preschool')} {t(`verdict.${county.preschoolUniversal.verdict}`)}
      </span>
    </span>
  );
}

export default function CountiesPage({ year, onYearChange, navigate, standards = false }: Props) {
  const { t } = useI18n();
  const [scorecard, retryScorecard] = useApiGet<ScorecardResponse>('/api/v1/targets/scorecard');
  const [geo, retryGeo] = useApiGet<GeoFeatureCollection>('/api/v1/geo/counties');
  // The plan is public: the targets' short titles and thresholds for the headers.
  const [plan] = useApiGet<PlanResponse>('/api/v1/plan');
  const [mapTarget, setMapTarget] = useState('T1');

  const data = scorecard.kind === 'loaded' ? scorecard.data : null;
  const shownYear = data && (year !== undefined && data.years.includes(year) ? year : data.years.at(-1));
  const [overview] = useApiGet<StandardsOverviewResponse>(
    standards && shownYear ? `/api/v1/standards?${query({ year: shownYear })}` : null,
  );
  const rows = useMemo(() => (data && shownYear ? matrixRows(data, shownYear) : []), [data, shownYear]);
  const targets = useMemo(() => (data && shownYear ? matrixTargets(data, shownYear) : []), [data, shownYear]);
  const inScope = useMemo(() => new Set(rows.map((r) => r.code)), [rows]);
  // Other counties are labelled on the map, but only the caller's own units open.
  const open = useCallback(
    (code: string) => {
      if (inScope.has(code)) navigate(`/counties/${code}`);
    },
    [navigate, inScope],
  );

  if (scorecard.kind === 'loading') return <PageLoading />;
  if (scorecard.kind === 'error') return <PageError error={scorecard.error} onRetry={retryScorecard} />;
  if (!data || !shownYear) return <Empty description={t('counties.empty')} />;

  const target = targets.includes(mapTarget) ? mapTarget : (targets[0] ?? 'T1');
  const planTargets = new Map<string, PlanTarget>(
    plan.kind === 'loaded' ? plan.data.plan.targets.map((p) => [p.id, p] as const) : [],
  );
  const isStandards = (id: string) => planTargets.get(id)?.indicator.kind === 'countyStandards';
  const coverage = data.coverage.find((c) => c.year === shownYear) ?? null;
  const partial = coverage !== null && !coverage.complete;
  const verdicts = new Map(
    overview.kind === 'loaded' ? overview.data.counties.map((c) => [c.countyCode, c] as const) : [],
  );
  const header = (id: string) => {
    const p = planTargets.get(id);
    return (
      <span className="league-header" data-target={id}>
        <strong>{id}</strong>
        {p && <span className="league-header-title">{p.shortTitle}</span>}
        {p && (
          <span className="league-header-threshold">
            {t('league.threshold', { threshold: `${Math.round(p.threshold * 100)}%` })}
          </span>
        )}
      </span>
    );
  };
  const t4Cell = (row: MatrixRow) => {
    const county = verdicts.get(row.code);
    if (county) return <T4Verdicts county={county} t={t} />;
    if (overview.kind === 'loaded') {
      // Assessed counties are in the overview; a functional zone is not assessed on its own.
      return (
        <span className="t4-verdicts t4-zone" data-org={row.code} title={t('league.t4ZoneNote')}>
          {t('league.t4Zone')}
        </span>
      );
    }
    return (
      <span className="t4-verdicts" data-org={row.code}>
        {standards ? t('common.loading') : t('league.t4NoAccess')}
      </span>
    );
  };
  const columns: ColumnsType<MatrixRow> = [
    {
      title: t('counties.unit'),
      dataIndex: 'name',
      key: 'name',
      fixed: 'left',
      render: (name: string, row) => (
        <a
          href={appHref(`/counties/${row.code}`, year)}
          onClick={linkClick(navigate, `/counties/${row.code}`)}
          className="county-link"
          data-org={row.code}
        >
          {name}
        </a>
      ),
    },
    ...targets.map((id) => ({
      title: header(id),
      key: id,
      align: 'right' as const,
      sorter: isStandards(id)
        ? undefined
        : (a: MatrixRow, b: MatrixRow) => compareCells(a.cells[id], b.cells[id]),
      render: (_: unknown, row: MatrixRow) => {
        const cell = row.cells[id];
        if (!cell) return isStandards(id) ? t4Cell(row) : t('common.none');
        const look = cellPresentation(cell, partial);
        const href = whyHref(id, row.code, shownYear);
        return (
          <a
            href={href}
            onClick={whyClick(href)}
            className={`matrix-cell${partial ? ' matrix-partial' : ''}`}
            data-org={row.code}
            data-target={id}
            data-status={partial ? 'partial' : cell.status}
            title={t('league.cellTitle', {
              status: t(look.word as Parameters<Translate>[0]),
              numerator: cell.numerator,
              denominator: cell.denominator,
            })}
            style={{ ...look.style, padding: '2px 6px', borderRadius: 4 }}
          >
            <span className="matrix-value">{formatPercent(cell.value)}</span>
            <span className="matrix-status">{t(look.word as Parameters<Translate>[0])}</span>
          </a>
        );
      },
    })),
  ];

  const exportColumns: ExportColumn<MatrixRow>[] = [
    { header: t('counties.unit'), value: (r) => r.name, width: 18 },
    ...targets.flatMap((id): ExportColumn<MatrixRow>[] => [
      {
        header: planTargets.has(id) ? `${id} ${planTargets.get(id)!.shortTitle}` : id,
        value: (r) => (r.cells[id] ? formatPercent(r.cells[id].value) : null),
      },
      {
        header: `${id} ${t('col.status')}`,
        value: (r) => {
          const cell = r.cells[id];
          if (!cell) {
            const v = verdicts.get(r.code);
            return v && isStandards(id)
              ? `${t('league.t4Compulsory')} ${t(`verdict.${v.compulsoryBalanced.verdict}`)}；${t('league.t4Preschool')} ${t(`verdict.${v.preschoolUniversal.verdict}`)}`
              : null;
          }
          return t(cellPresentation(cell, partial).word as Parameters<Translate>[0]);
        },
        width: 10,
      },
    ]),
  ];
  const exportMatrix = () =>
    downloadXlsx(exportFileName(`${t('counties.sheet')}-${shownYear}`), [
      buildSheet(t('counties.sheet'), exportColumns, rows, data.dataset.demo),
    ]);

  const onMap = geo.kind === 'loaded' ? polygonCodes(geo.data) : new Set<string>();
  const units = rows.map((r) => ({ code: r.code, name: r.name, value: r.cells[target]?.value ?? null }));
  const zones = units.filter((u) => !onMap.has(u.code));
  const option = buildChoroplethOption(
    units.filter((u) => onMap.has(u.code)),
    { series: target, noValue: t('counties.noValue') },
    geo.kind === 'loaded' ? geoNames(geo.data) : undefined,
  );

  return (
    <div className="counties">
      <DemoBanner demo={data.dataset.demo} />
      <div className="cockpit-bar">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('counties.heading', { year: shownYear, next: shownYear + 1 })}
        </Typography.Title>
        <YearSelect year={shownYear} years={data.years} onChange={onYearChange} />
      </div>
      {partial && coverage && (
        <Alert
          className="league-partial"
          type="warning"
          showIcon
          title={t('league.partial', {
            year: shownYear,
            next: shownYear + 1,
            reported: coverage.reported,
            expected: coverage.expected,
            share: formatPercent(coverage.share),
          })}
        />
      )}
      <Card
        size="small"
        title={t('counties.matrix')}
        className="county-matrix"
        extra={<ExportButton onExport={exportMatrix} />}
      >
        <Table<MatrixRow>
          rowKey="code"
          size="small"
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('counties.empty') }}
        />
        <div className="league-legend" aria-label={t('league.legend')}>
          <strong>{t('league.legend')}</strong>
          {partial ? (
            <span className="legend-item" data-status="partial">
              <span
                className="legend-swatch matrix-partial"
                style={cellPresentation({ status: 'noData', value: 0 }, true).style}
              >
                {t('league.partialWord')}
              </span>
            </span>
          ) : (
            LEGEND.map((status) => (
              <span key={status} className="legend-item" data-status={status}>
                <span className="legend-swatch" style={statusCellStyle(status)}>
                  {t(`status.${status}`)}
                </span>
              </span>
            ))
          )}
          <span className="legend-note">{t('league.legendDash')}</span>
          <span className="legend-note">{t('league.legendClick')}</span>
        </div>
      </Card>
      <Card
        size="small"
        className="county-map-card"
        title={t('counties.map', { target })}
        extra={
          <Space wrap>
            <span>{t('counties.mapTarget')}</span>
            <Segmented
              size="small"
              value={target}
              options={targets}
              onChange={(v) => setMapTarget(String(v))}
            />
          </Space>
        }
      >
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={17}>
            {geo.kind === 'loading' && <PageLoading />}
            {geo.kind === 'error' && <PageError error={geo.error} onRetry={retryGeo} />}
            {geo.kind === 'loaded' && (
              <CountyMap
                geo={geo.data}
                option={option}
                label={t('counties.map', { target })}
                title={chartTitle(
                  t('counties.mapTitle', { target, year: shownYear, next: shownYear + 1 }),
                  data.dataset.demo,
                  t,
                )}
                onSelect={open}
              />
            )}
            <Typography.Text type="secondary" className="map-attribution">
              {t('counties.attribution')}
            </Typography.Text>
          </Col>
          <Col xs={24} lg={7}>
            {/* A plain list: antd's List is deprecated in antd 6 and warns in the console. */}
            <div className="zone-list">
              <div className="zone-list-header">
                <strong>{t('counties.zones')}</strong>
              </div>
              {zones.length === 0 ? (
                <Typography.Text type="secondary">{t('counties.noZones')}</Typography.Text>
              ) : (
                <ul>
                  {zones.map((zone) => (
                    <li key={zone.code} className="zone-item" data-org={zone.code}>
                      <a
                        href={appHref(`/counties/${zone.code}`, year)}
                        onClick={linkClick(navigate, `/counties/${zone.code}`)}
                      >
                        {zone.name}
                      </a>
                      <span className="zone-value">{formatPercent(zone.value, t('counties.noValue'))}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </Col>
        </Row>
      </Card>
    </div>
  );
}
