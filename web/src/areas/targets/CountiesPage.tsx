/** 县区对比: the counties × targets matrix and the choropleth of one target. */
import { Card, Col, Empty, Row, Segmented, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useMemo, useState } from 'react';
import type { GeoFeatureCollection, ScorecardResponse } from '../../api';
import { buildChoroplethOption, polygonCodes } from '../../charts/choropleth';
import { CountyMap } from '../../charts/CountyMap';
import { chartTitle } from '../../charts/png';
import {
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
import { useI18n } from '../../i18n/i18n';
import { appHref, linkClick, type Navigate } from '../../navigation';
import { useApiGet } from '../../use-api';

interface Props {
  year: number | undefined;
  onYearChange(year: number): void;
  navigate: Navigate;
}

export default function CountiesPage({ year, onYearChange, navigate }: Props) {
  const { t } = useI18n();
  const [scorecard, retryScorecard] = useApiGet<ScorecardResponse>('/api/v1/targets/scorecard');
  const [geo, retryGeo] = useApiGet<GeoFeatureCollection>('/api/v1/geo/counties');
  const [mapTarget, setMapTarget] = useState('T1');
  const open = useCallback((code: string) => navigate(`/counties/${code}`), [navigate]);

  const data = scorecard.kind === 'loaded' ? scorecard.data : null;
  const shownYear = data && (year !== undefined && data.years.includes(year) ? year : data.years.at(-1));
  const rows = useMemo(() => (data && shownYear ? matrixRows(data, shownYear) : []), [data, shownYear]);
  const targets = useMemo(() => (data && shownYear ? matrixTargets(data, shownYear) : []), [data, shownYear]);

  if (scorecard.kind === 'loading') return <PageLoading />;
  if (scorecard.kind === 'error') return <PageError error={scorecard.error} onRetry={retryScorecard} />;
  if (!data || !shownYear) return <Empty description={t('counties.empty')} />;

  const target = targets.includes(mapTarget) ? mapTarget : (targets[0] ?? 'T1');
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
      title: id,
      key: id,
      align: 'right' as const,
      sorter: (a: MatrixRow, b: MatrixRow) => compareCells(a.cells[id], b.cells[id]),
      render: (_: unknown, row: MatrixRow) => {
        const cell = row.cells[id];
        if (!cell) return t('common.none');
        return (
          <span
            className="matrix-cell"
            data-org={row.code}
            data-target={id}
            data-status={cell.status}
            title={`${t(`status.${cell.status}`)} · ${cell.numerator}/${cell.denominator}`}
            style={{ ...statusCellStyle(cell.status), padding: '2px 6px', borderRadius: 4 }}
          >
            {formatPercent(cell.value)}
          </span>
        );
      },
    })),
  ];

  const exportColumns: ExportColumn<MatrixRow>[] = [
    { header: t('counties.unit'), value: (r) => r.name, width: 18 },
    ...targets.flatMap((id): ExportColumn<MatrixRow>[] => [
      { header: id, value: (r) => (r.cells[id] ? formatPercent(r.cells[id].value) : null) },
      {
        header: `${id} ${t('col.status')}`,
        value: (r) => (r.cells[id] ? t(`status.${r.cells[id].status}`) : null),
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
