/** Renders target figures for the terminal (table), for scripts (JSON) and for Excel users (CSV). */
import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import { DEMO_NOTICE, formatPercent, STATUS_LABELS } from '../../app/shared/labels.ts';
import type { TargetOutlook } from '../../domain/targets/outlook.ts';
import type { TargetFigure } from '../../domain/targets/target.engine.ts';
import type { Plan } from '../../domain/plan/plan.types.ts';

export interface TargetRow {
  orgCode: string;
  orgName: string;
  figure: TargetFigure;
  /** The 2027 outlook of the unit's card (decision 0013); absent or null: not shown. */
  outlook?: TargetOutlook | null;
}

/** "70.0%（60.7%–75.3%）能达到" — the projected value, its band, and whether the pace suffices. */
export function formatOutlook(o: TargetOutlook | null | undefined): string {
  if (!o || o.value === null) return '—';
  const band =
    o.low === null || o.high === null ? '' : `（${formatPercent(o.low)}–${formatPercent(o.high)}）`;
  return `${formatPercent(o.value)}${band} ${o.onTrack ? '能达到' : '达不到'}`;
}

function outlookCells(o: TargetOutlook | null | undefined): string[] {
  const share = (v: number | null | undefined) => (v === null || v === undefined ? '' : v.toFixed(6));
  return [
    share(o?.value),
    share(o?.low),
    share(o?.high),
    o ? o.basisYears.join(';') : '',
    o?.onTrack === null || o?.onTrack === undefined ? '' : o.onTrack ? '能达到' : '达不到',
  ];
}

/** The footnote stating the method, once per output that shows an outlook. */
function outlookNote(rows: TargetRow[]): string {
  const years = [...new Set(rows.flatMap((r) => r.outlook?.basisYears ?? []))].sort((a, b) => a - b);
  if (years.length === 0) return '';
  return (
    `注：2027展望 = 最近三个完整学年（本表用到 ${years.join('、')}）的最小二乘直线外推到 2027 年，` +
    '限定在 0–100%；括号内为不确定区间（回测误差或拟合残差，见 docs/decisions/0013）；' +
    '“能达到”指外推值不低于 2027 年目标。\n'
  );
}

/** Rows carry outlooks (the commands pass them): the outputs then have the outlook columns. */
const withOutlook = (rows: TargetRow[]) => rows.some((r) => r.outlook !== undefined);

export function renderTable(plan: Plan, rows: TargetRow[], year: number, demo: boolean): string {
  const outlook = withOutlook(rows);
  const table = new Table({
    head: [
      '单位',
      '目标',
      '指标',
      '当前值',
      '分子/分母',
      '2027目标',
      '按进度应达',
      '状态',
      ...(outlook ? ['2027展望'] : []),
    ],
    style: { head: [], border: [], compact: true },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  const reasons = new Map<string, string>();
  for (const r of rows) {
    const t = plan.targets.find((x) => x.id === r.figure.targetId)!;
    const f = r.figure;
    table.push([
      r.orgName,
      t.id,
      t.shortTitle,
      f.status === 'notComputed' ? '—' : formatPercent(f.value),
      f.status === 'notComputed' ? '—' : `${f.numerator}/${f.denominator}`,
      `≥${formatPercent(t.threshold, 0)}`,
      formatPercent(f.expected),
      STATUS_LABELS[f.status],
      ...(outlook ? [formatOutlook(r.outlook)] : []),
    ]);
    if (f.reason) reasons.set(t.id, f.reason);
  }
  const notes = [...reasons].map(([id, reason]) => `注：${id} ${reason}。\n`).join('');
  const banner = demo ? `【${DEMO_NOTICE}】以下为合成的演示数据，不代表真实情况。\n` : '';
  return `${banner}${year}—${year + 1} 学年 ${plan.title} 目标进度\n${table.toString()}\n${notes}${outlookNote(rows)}`;
}

export function renderCsv(plan: Plan, rows: TargetRow[], year: number, demo: boolean): string {
  const outlook = withOutlook(rows);
  const records = rows.map((r) => {
    const t = plan.targets.find((x) => x.id === r.figure.targetId)!;
    const f = r.figure;
    return [
      year,
      r.orgCode,
      r.orgName,
      t.id,
      t.shortTitle,
      f.value === null ? '' : f.value.toFixed(6),
      f.numerator,
      f.denominator,
      t.threshold,
      f.expected === null ? '' : f.expected.toFixed(6),
      STATUS_LABELS[f.status],
      f.reason ?? '',
      ...(outlook ? outlookCells(r.outlook) : []),
      demo ? DEMO_NOTICE : '',
    ];
  });
  // A UTF-8 byte-order mark so that Excel on Chinese Windows opens the file with the right encoding.
  return (
    '\uFEFF' +
    stringify(
      [
        [
          '学年',
          '单位代码',
          '单位',
          '目标',
          '指标',
          '当前值',
          '分子',
          '分母',
          '2027目标',
          '按进度应达',
          '状态',
          '说明',
          ...(outlook ? ['2027外推值', '2027区间下限', '2027区间上限', '拟合学年', '按此速度2027年'] : []),
          '数据性质',
        ],
        ...records,
      ],
      { record_delimiter: '\r\n' },
    )
  );
}

export function renderJson(rows: TargetRow[], year: number, demo: boolean): string {
  return `${JSON.stringify(
    {
      year,
      dataset: { demo, notice: demo ? DEMO_NOTICE : null },
      figures: rows.map((r) => ({
        orgName: r.orgName,
        ...r.figure,
        ...(r.outlook === undefined ? {} : { outlook: r.outlook }),
      })),
    },
    null,
    2,
  )}\n`;
}
