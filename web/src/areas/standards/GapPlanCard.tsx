/**
 * 达标差距方案 of one standard: the concrete changes (school, amount, unit cost, cost), their total,
 * the verdicts before and after, and what no change can supply: evaluators' judgements and
 * missing county figures.
 */
import { Card, Col, Row, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { ExportButton } from '../../components/ExportButton';
import { buildSheet, downloadXlsx, exportFileName, type ExportColumn } from '../../export/xlsx';
import { formatYuan } from '../../format';
import { useI18n, type Translate } from '../../i18n/i18n';
import { labelOf } from '../../labels';
import { controlledColumns, EMPTY_VIEW, viewOf, visibleRows, type TableView } from '../../table-view';
import type { GapPlan, GapPlanItem, StandardId } from '../../api';
import { RuleCode, RuleName } from './RuleName';
import { formatAmount, gapOfStandard, withoutSchool } from './values';
import { VerdictTag } from './VerdictTag';

interface Props {
  plan: GapPlan;
  standard: StandardId;
  /** Rule id → its Chinese name (the evaluation's rules): rules are named, their codes secondary. */
  ruleNames: Map<string, string>;
  fileBase: string;
  demo: boolean;
}

type Row = GapPlanItem & { key: number };

function schoolText(t: Translate, item: GapPlanItem): string {
  if (item.institutionName === null) return t('common.none');
  return item.section
    ? t('common.withSection', { name: item.institutionName, section: t(`stage.${item.section}`) })
    : item.institutionName;
}

/** The measure without the school's name, which the school column gives. */
const measureText = (item: GapPlanItem) => withoutSchool(item.description, item.institutionName);

export function gapExportColumns(t: Translate, names: Map<string, string>): ExportColumn<GapPlanItem>[] {
  return [
    { header: t('col.action'), value: (i) => labelOf(t, 'gapAction', i.action), width: 18 },
    { header: t('col.code'), value: (i) => i.institutionCode, width: 16 },
    { header: t('col.school'), value: (i) => schoolText(t, i), width: 28 },
    { header: t('col.description'), value: measureText, width: 70 },
    { header: t('col.amount'), value: (i) => i.amount, width: 12 },
    { header: t('col.unit'), value: (i) => i.unit, width: 10 },
    { header: t('col.unitCostYuan'), value: (i) => i.unitCost, width: 12 },
    { header: t('col.costYuan'), value: (i) => i.cost, width: 14 },
    {
      header: t('col.rules'),
      value: (i) => i.ruleIds.map((id) => names.get(id) ?? id).join(t('common.enumSeparator')),
      width: 30,
    },
    { header: t('col.ruleIds'), value: (i) => i.ruleIds.join(t('common.enumSeparator')), width: 20 },
  ];
}

export function GapPlanCard({ plan, standard, ruleNames, fileBase, demo }: Props) {
  const { t, language } = useI18n();
  /** Rules by name, each with its code small and grey after it. */
  const ruleRefs = (ids: readonly string[]): ReactNode => (
    <span className="rule-refs">
      {ids.map((id, k) => (
        <Fragment key={id}>
          {k > 0 && t('common.enumSeparator')}
          {ruleNames.has(id) ? <RuleName name={ruleNames.get(id)!} id={id} /> : <RuleCode id={id} />}
        </Fragment>
      ))}
    </span>
  );
  const gap = useMemo(() => gapOfStandard(plan, standard), [plan, standard]);
  const rows = useMemo<Row[]>(() => gap.items.map((item, key) => ({ ...item, key })), [gap.items]);
  const [view, setView] = useState<TableView>(EMPTY_VIEW);
  const actions = [...new Set(gap.items.map((i) => i.action))];
  const otherItems = plan.items.length - gap.items.length;

  const columns: ColumnsType<Row> = [
    {
      title: t('col.action'),
      dataIndex: 'action',
      key: 'action',
      width: 130,
      render: (a: string) => labelOf(t, 'gapAction', a),
      filters: actions.map((a) => ({ text: labelOf(t, 'gapAction', a), value: a })),
      onFilter: (value, i) => i.action === value,
    },
    {
      title: t('col.school'),
      key: 'school',
      width: 180,
      render: (_: unknown, i) => schoolText(t, i),
    },
    {
      title: t('col.description'),
      key: 'description',
      width: 420,
      render: (_: unknown, i) => <span className="gap-measure">{measureText(i)}</span>,
    },
    {
      title: t('col.amount'),
      key: 'amount',
      align: 'right',
      width: 110,
      render: (_: unknown, i) => formatAmount(i, language),
    },
    {
      title: t('col.unitCost'),
      key: 'unitCost',
      align: 'right',
      width: 110,
      render: (_: unknown, i) =>
        i.unitCost === null ? (
          <Typography.Text type="secondary">{t('gap.unitCostNone')}</Typography.Text>
        ) : (
          `${formatYuan(i.unitCost, language)}/${i.unit}`
        ),
    },
    {
      title: t('col.cost'),
      key: 'cost',
      align: 'right',
      width: 100,
      render: (_: unknown, i) => (i.cost === null ? t('common.none') : formatYuan(i.cost, language)),
      sorter: (a, b) => (a.cost ?? -1) - (b.cost ?? -1),
    },
    {
      title: t('col.rules'),
      key: 'rules',
      width: 130,
      render: (_: unknown, i) => ruleRefs(i.ruleIds),
    },
  ];

  const exportPlan = () => {
    const shown = visibleRows(columns, rows, view);
    return downloadXlsx(exportFileName(fileBase), [
      buildSheet(t('gap.sheet'), gapExportColumns(t, ruleNames), shown, demo),
      buildSheet(
        t('gap.judgementsSheet'),
        [
          { header: t('col.item'), value: (j) => j.name, width: 40 },
          { header: t('col.ruleId'), value: (j) => j.itemId, width: 12 },
          { header: t('col.part'), value: (j) => j.part, width: 14 },
          { header: t('col.message'), value: (j) => j.message, width: 50 },
        ],
        gap.judgementsNeeded,
        demo,
      ),
      buildSheet(
        t('gap.missingSheet'),
        [
          { header: t('col.field'), value: (m) => labelOf(t, 'figure', m.field), width: 24 },
          {
            header: t('col.rules'),
            value: (m) => m.ruleIds.map((id) => ruleNames.get(id) ?? id).join(t('common.enumSeparator')),
            width: 24,
          },
          { header: t('col.ruleIds'), value: (m) => m.ruleIds.join(t('common.enumSeparator')), width: 16 },
          { header: t('col.message'), value: (m) => m.message, width: 60 },
        ],
        gap.missingInputs,
        demo,
      ),
    ]);
  };

  const list = (className: string, title: string, items: { key: string; text: ReactNode }[]) => (
    <div className={`gap-list ${className}`}>
      <Typography.Text strong>{title}</Typography.Text>
      {items.length === 0 ? (
        <div>
          <Typography.Text type="secondary">{t('gap.none')}</Typography.Text>
        </div>
      ) : (
        <ul>
          {items.map((i) => (
            <li key={i.key}>{i.text}</li>
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <Card
      size="small"
      className="gap-plan"
      data-standard={standard}
      title={t('gap.title')}
      extra={<ExportButton onExport={exportPlan} />}
    >
      <div className="gap-summary">
        <Space wrap size={[16, 8]}>
          <span className="gap-verdicts">
            {t('gap.before')} <VerdictTag verdict={gap.before} className="gap-before" /> → {t('gap.after')}{' '}
            <VerdictTag verdict={gap.after} className="gap-after" />
          </span>
          <span className="gap-cost">
            {t('gap.cost')}{' '}
            <strong className="gap-cost-value">
              {gap.cost === null ? t('common.none') : formatYuan(gap.cost, language)}
            </strong>
            {gap.items.length > 0 && (
              <span className="gap-priced">
                {t('gap.priced', { total: gap.items.length, priced: gap.priced })}
              </span>
            )}
          </span>
          {gap.uncosted > 0 && (
            <Typography.Text type="secondary" className="gap-uncosted">
              {t(gap.cost === null ? 'gap.allUncosted' : 'gap.uncosted', { count: gap.uncosted })}
            </Typography.Text>
          )}
          {otherItems > 0 && plan.totalCost !== null && plan.totalCost !== gap.cost && (
            <Typography.Text type="secondary" className="gap-plan-total">
              {t('gap.planTotal', { cost: formatYuan(plan.totalCost, language) })}
            </Typography.Text>
          )}
        </Space>
        <Typography.Paragraph type="secondary" className="gap-note">
          {t('gap.note')}
        </Typography.Paragraph>
      </div>
      <Typography.Text strong>{t('gap.items', { count: gap.items.length })}</Typography.Text>
      <Table<Row>
        className="gap-items"
        size="small"
        columns={controlledColumns(columns, view)}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('gap.empty') }}
        onChange={(_p, filters, sorter) => setView(viewOf(filters, sorter))}
      />
      <Row gutter={[16, 8]} className="gap-lists">
        <Col xs={24} md={8}>
          {list(
            'gap-judgements',
            t('gap.judgements'),
            gap.judgementsNeeded.map((j) => ({
              key: j.itemId,
              text: (
                <>
                  <RuleName name={j.name} id={j.itemId} />
                  {t('gap.itemText', { text: j.message })}
                </>
              ),
            })),
          )}
        </Col>
        <Col xs={24} md={8}>
          {list(
            'gap-missing',
            t('gap.missingInputs'),
            gap.missingInputs.map((m) => ({ key: m.field, text: m.message })),
          )}
        </Col>
        <Col xs={24} md={8}>
          {list(
            'gap-unresolved',
            t('gap.unresolved'),
            gap.unresolved.map((u) => ({
              key: u.ruleId,
              text: (
                <>
                  <RuleName name={u.name} id={u.ruleId} />
                  {t('gap.itemText', { text: u.reason })}
                </>
              ),
            })),
          )}
        </Col>
      </Row>
    </Card>
  );
}
