/**
 * The rules of one standard: id, name, part, value against the threshold, verdict and how it was
 * computed; a row expands to the sub-checks, the evaluator's judgement, the source (document,
 * clause, confidence) and the schools or classes behind the figure.
 */
import { Button, Card, Checkbox, Descriptions, Grid, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { ExportButton } from '../../components/ExportButton';
import { buildSheet, downloadXlsx, exportFileName, type ExportColumn } from '../../export/xlsx';
import { useI18n, type Translate } from '../../i18n/i18n';
import { controlledColumns, EMPTY_VIEW, viewOf, visibleRows, type TableView } from '../../table-view';
import type { RuleDetail, RuleResult, RuleVerdict } from '../../api';
import { formatRecordedAt } from './recording';
import { RuleName } from './RuleName';
import {
  compareVerdicts,
  formatThreshold,
  formatValue,
  ruleValueKind,
  withoutSchool,
  type ValueKind,
} from './values';
import { VerdictTag } from './VerdictTag';

const RULE_VERDICTS: RuleVerdict[] = ['pass', 'fail', 'incomplete', 'notApplicable'];
/** The verdicts to act on: 未达标 and 待补充. */
const OPEN: RuleVerdict[] = ['fail', 'incomplete'];

interface Props {
  rules: RuleResult[];
  /** Rule id → rule-pack kind (values.ts packKinds). */
  kinds: Map<string, string>;
  /** e.g. 义务教育优质均衡 */
  standardName: string;
  /** Export file name without date, e.g. 任城区-义务教育优质均衡规则-2025 */
  fileBase: string;
  demo: boolean;
  className: string;
  /** Given for accounts with standards.judge: the 录入认定 action of each judgement rule. */
  onJudge?: (rule: RuleResult) => void;
}

function metVerdict(met: boolean | null): RuleVerdict {
  return met === null ? 'notApplicable' : met ? 'pass' : 'fail';
}

/** The rule columns of the export (also used by the browser test to compare with the screen). */
export function ruleExportColumns(
  t: Translate,
  kindOf: (r: RuleResult) => ValueKind,
  language: 'zh-CN' | 'en',
): ExportColumn<RuleResult>[] {
  return [
    { header: t('col.rule'), value: (r) => r.name, width: 40 },
    { header: t('col.ruleId'), value: (r) => r.ruleId, width: 18 },
    { header: t('col.part'), value: (r) => r.part, width: 14 },
    { header: t('col.value'), value: (r) => formatValue(r.value, kindOf(r), language), width: 12 },
    {
      header: t('col.threshold'),
      value: (r) => formatThreshold(r.threshold, r.comparator, kindOf(r), language),
      width: 12,
    },
    { header: t('col.verdict'), value: (r) => t(`verdict.${r.verdict}`), width: 10 },
    { header: t('col.explanation'), value: (r) => r.explanation, width: 60 },
    { header: t('source.document'), value: (r) => r.source.document, width: 30 },
    { header: t('source.clause'), value: (r) => r.source.clause, width: 20 },
    { header: t('source.tag'), value: (r) => t(`sourceTag.${r.source.tag}`), width: 14 },
  ];
}

function RuleExpansion({ rule, kind }: { rule: RuleResult; kind: ValueKind }) {
  const { t, language } = useI18n();
  const detailColumns: ColumnsType<RuleDetail & { key: number }> = [
    {
      title: t('col.school'),
      key: 'school',
      width: 200,
      render: (_: unknown, d) =>
        d.institutionName === null
          ? t('common.none')
          : d.section
            ? t('common.withSection', { name: d.institutionName, section: t(`stage.${d.section}`) })
            : d.institutionName,
    },
    {
      title: t('col.detail'),
      key: 'label',
      width: 420,
      // The school column names the school: the detail without it.
      render: (_: unknown, d) => withoutSchool(d.label, d.institutionName),
    },
    {
      title: t('col.met'),
      key: 'met',
      width: 90,
      render: (_: unknown, d) => <VerdictTag verdict={metVerdict(d.met)} />,
      filters: [
        { text: t('verdict.pass'), value: 'pass' },
        { text: t('verdict.fail'), value: 'fail' },
      ],
      onFilter: (value, d) => metVerdict(d.met) === value,
    },
  ];
  const details = useMemo(() => rule.details.map((d, key) => ({ ...d, key })), [rule.details]);
  const source = rule.source;
  return (
    <div className="rule-expansion" data-rule={rule.ruleId}>
      {rule.checks.length > 0 && (
        <div className="rule-checks">
          <Typography.Text strong>{t('rules.checks')}</Typography.Text>
          <ul>
            {rule.checks.map((c) => (
              <li key={c.name}>
                {t('rules.checkLine', {
                  name: c.name,
                  value: formatValue(c.value, kind, language),
                  threshold: formatThreshold(c.threshold, c.comparator, kind, language),
                })}{' '}
                <VerdictTag verdict={metVerdict(c.met)} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {rule.kind === 'judgement' && (
        <div className="rule-judgement">
          <Typography.Text strong>{t('rules.judgement')}</Typography.Text>
          <div>
            {rule.judgement
              ? [
                  t('rules.judgementBy', {
                    evaluator: rule.judgement.evaluator,
                    at: formatRecordedAt(rule.judgement.recordedAt, language),
                    verdict: t(rule.judgement.met ? 'verdict.pass' : 'verdict.fail'),
                  }),
                  rule.judgement.score !== null && rule.judgement.score !== undefined
                    ? t('rules.judgementScore', { score: formatValue(rule.judgement.score, 'share') })
                    : null,
                  t('rules.judgementEvidence', { evidence: rule.judgement.evidence }),
                ]
                  .filter(Boolean)
                  .join(t('common.clauseSeparator'))
              : t('rules.judgementNone')}
          </div>
        </div>
      )}
      <Typography.Text strong>{t('rules.source')}</Typography.Text>
      <Descriptions
        className="rule-source"
        size="small"
        column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 4, xxl: 4 }}
        items={[
          { key: 'document', label: t('source.document'), children: source.document },
          { key: 'clause', label: t('source.clause'), children: source.clause },
          {
            key: 'tag',
            label: t('source.tag'),
            children: (
              <Tag color={source.tag === 'P' ? 'green' : source.tag === 'S' ? 'blue' : 'orange'}>
                {source.tag} · {t(`sourceTag.${source.tag}`)}
              </Tag>
            ),
          },
          ...(source.url
            ? [
                {
                  key: 'url',
                  label: t('source.link'),
                  children: (
                    <a href={source.url} target="_blank" rel="noreferrer noopener" className="source-link">
                      {source.url}
                    </a>
                  ),
                },
              ]
            : []),
          ...(source.note
            ? [{ key: 'note', label: t('source.note'), children: source.note, span: 'filled' as const }]
            : []),
        ]}
      />
      {details.length > 0 && (
        <div className="rule-details">
          <Typography.Text strong>{t('rules.details', { count: details.length })}</Typography.Text>
          <Table
            size="small"
            columns={detailColumns}
            dataSource={details}
            rowClassName="detail-row"
            pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: 'max-content' }}
          />
        </div>
      )}
    </div>
  );
}

export function RuleCard({ rules, kinds, standardName, fileBase, demo, className, onJudge }: Props) {
  const { t, language } = useI18n();
  const screens = Grid.useBreakpoint();
  const [view, setView] = useState<TableView>(EMPTY_VIEW);
  const [judgementOnly, setJudgementOnly] = useState(false);
  const listed = judgementOnly ? rules.filter((r) => r.kind === 'judgement') : rules;
  const kindOf = (r: RuleResult) => ruleValueKind(r, kinds);
  const parts = [...new Set(rules.map((r) => r.part))];

  const columns: ColumnsType<RuleResult> = [
    {
      title: t('col.rule'),
      dataIndex: 'name',
      key: 'name',
      // Kept in view while scrolling sideways, but not at phone width, where it would cover the
      // other columns (and the 录入认定 button).
      fixed: screens.md ? 'left' : undefined,
      width: screens.md ? 300 : 200,
      render: (name: string, r) => (
        <RuleName name={name} id={r.ruleId}>
          {r.veto && (
            <Tag color="magenta" className="rule-flag">
              {t('rules.veto')}
            </Tag>
          )}
          {!r.computable && (
            <Tag className="rule-flag" color="geekblue">
              {t('rules.judgementItem')}
            </Tag>
          )}
        </RuleName>
      ),
    },
    {
      title: t('col.part'),
      dataIndex: 'part',
      key: 'part',
      width: 100,
      filters: parts.map((p) => ({ text: p, value: p })),
      onFilter: (value, r) => r.part === value,
    },
    {
      title: t('col.value'),
      key: 'value',
      align: 'right',
      width: 90,
      render: (_: unknown, r) => (
        <span className="rule-value">{formatValue(r.value, kindOf(r), language)}</span>
      ),
    },
    {
      title: t('col.threshold'),
      key: 'threshold',
      align: 'right',
      width: 100,
      render: (_: unknown, r) => (
        <span className="rule-threshold">
          {formatThreshold(r.threshold, r.comparator, kindOf(r), language)}
        </span>
      ),
    },
    {
      title: t('col.verdict'),
      dataIndex: 'verdict',
      key: 'verdict',
      width: 90,
      render: (v: RuleVerdict) => <VerdictTag verdict={v} />,
      filters: RULE_VERDICTS.map((v) => ({ text: t(`verdict.${v}`), value: v })),
      onFilter: (value, r) => r.verdict === value,
      sorter: (a, b) => compareVerdicts(a.verdict, b.verdict),
    },
    { title: t('col.explanation'), dataIndex: 'explanation', key: 'explanation', width: 400 },
    ...(onJudge
      ? [
          {
            title: t('col.recordAction'),
            key: 'action',
            fixed: 'right' as const,
            width: 96,
            render: (_: unknown, r: RuleResult) =>
              r.kind === 'judgement' ? (
                <Button size="small" className="judge-button" data-rule={r.ruleId} onClick={() => onJudge(r)}>
                  {t('judge.action')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  const verdictFilter = view.filters.verdict ?? [];
  const openOnly = verdictFilter.length === OPEN.length && OPEN.every((v) => verdictFilter.includes(v));
  const shown = visibleRows(columns, listed, view);

  const exportRules = () =>
    downloadXlsx(exportFileName(fileBase), [
      buildSheet(
        t('rules.sheet', { standard: standardName }),
        ruleExportColumns(t, kindOf, language),
        shown,
        demo,
      ),
    ]);

  return (
    <Card
      size="small"
      className={`rules-card ${className}`}
      title={t('rules.title')}
      extra={<ExportButton onExport={exportRules} />}
    >
      <div className="sections-toolbar">
        <Checkbox
          className="open-only"
          checked={openOnly}
          onChange={(e) =>
            setView((v) => ({ ...v, filters: { ...v.filters, verdict: e.target.checked ? OPEN : null } }))
          }
        >
          {t('rules.openOnly')}
        </Checkbox>
        <Checkbox
          className="judgement-only"
          checked={judgementOnly}
          onChange={(e) => setJudgementOnly(e.target.checked)}
        >
          {t('rules.judgementOnly')}
        </Checkbox>
        <Typography.Text type="secondary" className="sections-count">
          {t('rules.count', { count: shown.length })}
        </Typography.Text>
      </div>
      <Table<RuleResult>
        className="rule-table"
        rowKey="ruleId"
        size="small"
        rowClassName="rule-row"
        columns={controlledColumns(columns, view)}
        dataSource={listed}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('rules.empty') }}
        expandable={{ expandedRowRender: (r) => <RuleExpansion rule={r} kind={kindOf(r)} /> }}
        onChange={(_p, filters, sorter) => setView(viewOf(filters, sorter))}
      />
    </Card>
  );
}
