/**
 * Every school section (a school's 小学 or 初中 part) with its seven resource indicators, coloured:
 * met, not met but at least 85% of the standard, below that; how many are met and the verdict.
 */
import { Card, Checkbox, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ExportButton } from '../../components/ExportButton';
import { buildSheet, downloadXlsx, exportFileName, type ExportColumn } from '../../export/xlsx';
import { formatFixed } from '../../format';
import { useI18n, type Translate } from '../../i18n/i18n';
import { labelOf } from '../../labels';
import { controlledColumns, EMPTY_VIEW, viewOf, visibleRows, type TableView } from '../../table-view';
import type { IndicatorDef, SchoolSectionResult, SchoolVerdict } from '../../api';
import { INDICATOR_CODES, SECTIONS } from './types';
import {
  compareIndicator,
  compareVerdicts,
  indicatorOf,
  indicatorState,
  INDICATOR_STATE_COLOURS,
  type IndicatorState,
} from './values';
import { VerdictTag } from './VerdictTag';

interface Props {
  schools: SchoolSectionResult[];
  /** Indicator code → its definition (name, unit) from the rule pack; empty when not loaded. */
  indicators: Map<string, IndicatorDef>;
  fileBase: string;
  demo: boolean;
}

const SCHOOL_VERDICTS: SchoolVerdict[] = ['pass', 'fail', 'excluded'];
const STATES: IndicatorState[] = ['met', 'floor', 'below'];
const rowKey = (s: SchoolSectionResult) => `${s.institutionCode}-${s.section}`;

export function sectionExportColumns(
  t: Translate,
  indicators: Map<string, IndicatorDef>,
): ExportColumn<SchoolSectionResult>[] {
  return [
    { header: t('col.code'), value: (s) => s.institutionCode, width: 16 },
    { header: t('col.name'), value: (s) => s.institutionName, width: 28 },
    { header: t('col.section'), value: (s) => t(`stage.${s.section}`), width: 8 },
    { header: t('col.runningType'), value: (s) => labelOf(t, 'runningType', s.runningType), width: 16 },
    { header: t('col.students'), value: (s) => s.students, width: 10 },
    ...INDICATOR_CODES.map((code): ExportColumn<SchoolSectionResult> => ({
      header: indicators.get(code)
        ? t('sections.indicatorHeader', { code, unit: indicators.get(code)!.unit })
        : code,
      value: (s) => {
        const v = indicatorOf(s, code)?.value;
        return v === undefined ? null : Number(v.toFixed(2));
      },
      width: 10,
    })),
    { header: t('col.metCount'), value: (s) => s.metCount, width: 10 },
    { header: t('col.verdict'), value: (s) => t(`verdict.${s.verdict}`), width: 10 },
    { header: t('col.explanation'), value: (s) => s.explanation, width: 50 },
  ];
}

export function SchoolSectionsCard({ schools, indicators, fileBase, demo }: Props) {
  const { t } = useI18n();
  const [view, setView] = useState<TableView>(EMPTY_VIEW);
  const verdictFilter = view.filters.verdict;
  const failingOnly = verdictFilter?.length === 1 && verdictFilter[0] === 'fail';

  const columns: ColumnsType<SchoolSectionResult> = [
    {
      title: t('col.name'),
      dataIndex: 'institutionName',
      key: 'name',
      fixed: 'left',
      width: 170,
      render: (name: string) => <span className="section-school">{name}</span>,
    },
    {
      title: t('col.section'),
      dataIndex: 'section',
      key: 'section',
      width: 70,
      render: (s: string) => t(`stage.${s as 'primary'}`),
      filters: SECTIONS.map((s) => ({ text: t(`stage.${s}`), value: s })),
      onFilter: (value, s) => s.section === value,
    },
    {
      title: t('col.students'),
      dataIndex: 'students',
      key: 'students',
      align: 'right',
      width: 80,
      sorter: (a, b) => a.students - b.students,
    },
    ...INDICATOR_CODES.map((code) => {
      const def = indicators.get(code);
      return {
        title: def ? (
          <Tooltip title={t('sections.indicatorTip', { name: def.name, unit: def.unit })}>
            <span className="indicator-head">
              {code}
              <span className="indicator-unit">{def.unit}</span>
            </span>
          </Tooltip>
        ) : (
          code
        ),
        key: code,
        align: 'right' as const,
        width: 78,
        sorter: (a: SchoolSectionResult, b: SchoolSectionResult) => compareIndicator(a, b, code),
        render: (_: unknown, s: SchoolSectionResult) => {
          const ind = indicatorOf(s, code);
          if (!ind) return <span className="indicator-cell">{t('common.none')}</span>;
          const state = indicatorState(ind);
          return (
            <span
              className={`indicator-cell indicator-${state}`}
              data-indicator={code}
              data-state={state}
              title={t('sections.cellTip', {
                threshold: formatFixed(ind.threshold, 2),
                floor: formatFixed(ind.floor, 2),
              })}
              style={{ color: INDICATOR_STATE_COLOURS[state] }}
            >
              {formatFixed(ind.value, 2)}
            </span>
          );
        },
      };
    }),
    {
      title: t('col.metCount'),
      dataIndex: 'metCount',
      key: 'metCount',
      align: 'right',
      width: 90,
      render: (n: number | null) => (n === null ? t('common.none') : `${n} / 7`),
      sorter: (a, b) => (a.metCount ?? -1) - (b.metCount ?? -1),
    },
    {
      title: t('col.verdict'),
      dataIndex: 'verdict',
      key: 'verdict',
      width: 90,
      render: (v: SchoolVerdict) => <VerdictTag verdict={v} />,
      filters: SCHOOL_VERDICTS.map((v) => ({ text: t(`verdict.${v}`), value: v })),
      onFilter: (value, s) => s.verdict === value,
      sorter: (a, b) => compareVerdicts(a.verdict, b.verdict),
    },
    { title: t('col.explanation'), dataIndex: 'explanation', key: 'explanation', width: 400 },
  ];

  const shown = visibleRows(columns, schools, view);
  const exportSections = () =>
    downloadXlsx(exportFileName(fileBase), [
      buildSheet(t('sections.sheet'), sectionExportColumns(t, indicators), shown, demo),
    ]);

  return (
    <Card
      size="small"
      className="school-sections"
      title={t('sections.title')}
      extra={<ExportButton onExport={exportSections} />}
    >
      <div className="sections-toolbar">
        <Checkbox
          className="failing-only"
          checked={failingOnly}
          onChange={(e) =>
            setView((v) => ({ ...v, filters: { ...v.filters, verdict: e.target.checked ? ['fail'] : null } }))
          }
        >
          {t('sections.failingOnly')}
        </Checkbox>
        <Space wrap size={12} className="indicator-legend">
          {STATES.map((state) => (
            <span key={state} className="legend-item">
              <span className="legend-swatch" style={{ background: INDICATOR_STATE_COLOURS[state] }} />
              {t(
                state === 'met'
                  ? 'sections.legendMet'
                  : state === 'floor'
                    ? 'sections.legendFloor'
                    : 'sections.legendBelow',
              )}
            </span>
          ))}
        </Space>
        <Typography.Text type="secondary" className="sections-count">
          {t('sections.count', { count: shown.length })}
        </Typography.Text>
      </div>
      <Table<SchoolSectionResult>
        className="sections-table"
        rowKey={rowKey}
        size="small"
        columns={controlledColumns(columns, view)}
        dataSource={schools}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('sections.empty') }}
        onChange={(_p, filters, sorter) => setView(viewOf(filters, sorter))}
      />
    </Card>
  );
}
