/** Renders target figures for the terminal (table), for scripts (JSON) and for Excel users (CSV). */
import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import { DEMO_NOTICE, formatPercent, STATUS_LABELS } from '../../app/shared/labels.ts';
import type { TargetFigure } from '../../domain/targets/target.engine.ts';
import type { Plan } from '../../domain/plan/plan.types.ts';

export interface TargetRow {
  orgCode: string;
  orgName: string;
  figure: TargetFigure;
}

export function renderTable(plan: Plan, rows: TargetRow[], year: number, demo: boolean): string {
  const table = new Table({
    head: ['单位', '目标', '指标', '当前值', '分子/分母', '2027目标', '按进度应达', '状态'],
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
    ]);
    if (f.reason) reasons.set(t.id, f.reason);
  }
  const notes = [...reasons].map(([id, reason]) => `注：${id} ${reason}。\n`).join('');
  const banner = demo ? `【${DEMO_NOTICE}】以下为合成的演示数据，不代表真实情况。\n` : '';
  return `${banner}${year}—${year + 1} 学年 ${plan.title} 目标进度\n${table.toString()}\n${notes}`;
}

export function renderCsv(plan: Plan, rows: TargetRow[], year: number, demo: boolean): string {
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
      figures: rows.map((r) => ({ orgName: r.orgName, ...r.figure })),
    },
    null,
    2,
  )}\n`;
}
