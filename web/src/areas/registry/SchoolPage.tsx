/** One school: its attributes in the selected year, attribute history, lifecycle events, yearly figures. */
import { Card, Descriptions, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { InstitutionDetailResponse } from '../../api';
import { ExportButton } from '../../components/ExportButton';
import { DemoBanner, PageError, PageLoading } from '../../components/PageStates';
import { buildSheet, downloadXlsx, exportFileName, type ExportColumn } from '../../export/xlsx';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { attributeText, labelOf } from '../../labels';
import { appHref, linkClick, type Navigate } from '../../navigation';
import { stagesPresent, yearlyFigures, type YearFigures } from './school-figures';
import { useApiGet } from '../../use-api';

interface Props {
  code: string;
  year: number | undefined;
  navigate: Navigate;
}

type Detail = InstitutionDetailResponse['institution'];
type HistoryRow = Detail['attributeHistory'][number];
type EventRow = Detail['events'][number];

export default function SchoolPage({ code, year, navigate }: Props) {
  const { t, language } = useI18n();
  const [detail, retry] = useApiGet<InstitutionDetailResponse>(
    `/api/v1/institutions/${encodeURIComponent(code)}`,
  );
  const back = (
    <a href={appHref('/schools', year)} onClick={linkClick(navigate, '/schools')}>
      {t('school.back')}
    </a>
  );
  if (detail.kind === 'loading') return <PageLoading />;
  if (detail.kind === 'error')
    return (
      <div className="school-page">
        <PageError error={detail.error} onRetry={retry} />
        {back}
      </div>
    );

  const { institution: s, dataset } = detail.data;
  const years = s.attributesByYear.map((a) => a.year);
  const shownYear = year !== undefined && years.includes(year) ? year : years.at(-1);
  const attributes = s.attributesByYear.find((a) => a.year === shownYear)?.attributes ?? {};
  const attrName = (name: string) => labelOf(t, 'attr', name);

  const figures = yearlyFigures(s.statistics);
  const stages = stagesPresent(figures);
  const figureColumns: ExportColumn<YearFigures>[] = [
    { header: t('col.schoolYear'), value: (f) => f.year },
    { header: t('col.total'), value: (f) => f.total },
    ...stages.map((st) => ({ header: t(`stage.${st}`), value: (f: YearFigures) => f.byStage[st] })),
    { header: t('col.classes'), value: (f) => f.classes },
    { header: t('col.teachers'), value: (f) => f.teachers },
  ];
  const historyColumns: ExportColumn<HistoryRow>[] = [
    { header: t('col.attrName'), value: (r) => attrName(r.name) },
    { header: t('col.attrValue'), value: (r) => attributeText(t, r.value) },
    { header: t('col.effectiveFrom'), value: (r) => r.effectiveFromYear },
    { header: t('col.recordedAt'), value: (r) => formatDateTime(new Date(r.recordedAt), language) },
    { header: t('col.note'), value: (r) => r.note ?? null },
  ];
  const eventColumns: ExportColumn<EventRow>[] = [
    { header: t('col.schoolYear'), value: (r) => r.schoolYear },
    { header: t('col.event'), value: (r) => labelOf(t, 'event', r.kind) },
    { header: t('col.eventTarget'), value: (r) => r.targetInstitutionCode ?? null },
    { header: t('col.note'), value: (r) => r.note ?? null },
  ];
  /** antd columns from export columns: one definition for the screen and the file. */
  function tableColumns<T>(cols: ExportColumn<T>[]): ColumnsType<T> {
    return cols.map((c, i) => ({
      title: c.header,
      key: String(i),
      render: (_: unknown, row: T) => c.value(row) ?? t('common.none'),
    }));
  }
  const exportAll = () =>
    downloadXlsx(exportFileName(`${s.name}-${s.code}`), [
      buildSheet(t('school.statistics'), figureColumns, figures, dataset.demo),
      buildSheet(t('school.history'), historyColumns, s.attributeHistory, dataset.demo),
      buildSheet(t('school.events'), eventColumns, s.events, dataset.demo),
    ]);

  const attributeEntries = Object.entries(attributes);
  return (
    <div className="school-page">
      <DemoBanner demo={dataset.demo} />
      <div className="cockpit-bar">
        <Space wrap>
          {back}
          <Typography.Title level={4} style={{ margin: 0 }} className="school-heading">
            {s.name}
          </Typography.Title>
        </Space>
        <ExportButton onExport={exportAll} />
      </div>
      <Card size="small" title={t('school.basic')} className="school-basic">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} bordered>
          <Descriptions.Item label={t('col.code')}>{s.code}</Descriptions.Item>
          <Descriptions.Item label={t('col.county')}>{s.countyName}</Descriptions.Item>
          <Descriptions.Item label={t('col.township')}>{s.townshipName}</Descriptions.Item>
          <Descriptions.Item label={t('col.runningType')}>
            {labelOf(t, 'runningType', s.runningType)}
          </Descriptions.Item>
          <Descriptions.Item label={t('col.ownership')}>
            {labelOf(t, 'ownership', s.ownership)}
          </Descriptions.Item>
          <Descriptions.Item label={t('col.urbanRural')}>{s.urbanRural}</Descriptions.Item>
          <Descriptions.Item label={t('col.operating')}>
            {s.operating ? t('operating.yes') : t('operating.no')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {shownYear !== undefined && (
        <Card
          size="small"
          className="school-attributes"
          title={t('school.attributes', { year: shownYear, next: shownYear + 1 })}
        >
          {attributeEntries.length === 0 ? (
            <Typography.Text type="secondary">{t('school.empty')}</Typography.Text>
          ) : (
            <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
              {attributeEntries.map(([name, value]) => (
                <Descriptions.Item key={name} label={attrName(name)}>
                  {attributeText(t, value)}
                </Descriptions.Item>
              ))}
            </Descriptions>
          )}
        </Card>
      )}
      <Card size="small" title={t('school.statistics')} className="school-statistics">
        <Table<YearFigures>
          rowKey="year"
          size="small"
          columns={tableColumns(figureColumns)}
          dataSource={figures}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('school.empty') }}
        />
      </Card>
      <Card size="small" title={t('school.history')} className="school-history">
        <Table<HistoryRow>
          rowKey="id"
          size="small"
          columns={tableColumns(historyColumns)}
          dataSource={s.attributeHistory}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('school.empty') }}
        />
      </Card>
      <Card size="small" title={t('school.events')} className="school-events">
        <Table<EventRow>
          rowKey={(r) => `${r.kind}-${r.schoolYear}`}
          size="small"
          columns={tableColumns(eventColumns)}
          dataSource={s.events}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('school.empty') }}
        />
      </Card>
    </div>
  );
}
