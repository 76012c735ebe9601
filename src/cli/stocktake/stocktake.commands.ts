/**
 * `eduplan stocktake [--org CODE]`: the monthly stocktake (月度调度); `eduplan stocktake record
 * --label 2026年11月`: records it; `eduplan evaluation [--year Y]`: the county duty evaluation
 * (督导评价). The same use cases as the API.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Evaluation, Stocktake } from '../../app/stocktake/stocktake.service.ts';
import { MILESTONE_STATUS_LABELS, PROGRESS_LABELS } from '../../app/stocktake/stocktake.workbook.ts';
import { DEMO_NOTICE, formatPercent, STATUS_LABELS } from '../../app/shared/labels.ts';
import { formatPoints } from '../../domain/stocktake/duty-evaluation.ts';
import { defineCliArea } from '../area.ts';
import { cliCaller, parseOrg, parseYear } from '../cli.kit.ts';

const formatOption = () =>
  new Option('--format <format>', '输出格式').choices(['table', 'json']).default('table');

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

function dataset(demo: unknown) {
  return { demo: demo !== null, notice: demo ? DEMO_NOTICE : null };
}

function moveText(move: number | null | undefined): string {
  if (move === null || move === undefined) return '';
  if (move > 0) return ` ▲${move}`;
  if (move < 0) return ` ▼${-move}`;
  return ' —';
}

/** The stocktake as text for the terminal. */
export function renderStocktake(s: Stocktake): string {
  const out: string[] = [];
  out.push(`${s.org.name}月度调度（截至 ${s.asOf}；目标数据 ${s.year}—${s.year + 1} 学年）`);
  if (s.demo) out.push(`注：${DEMO_NOTICE}`);
  if (s.lastRecord)
    out.push(`上次调度：${s.lastRecord.label}（${s.lastRecord.asOf}，${s.lastRecord.recordedBy}）`);
  out.push('', s.league.method, '');
  if (s.level === 'city') {
    out.push('排名  县（市、区）      逾期节点  逾期/受阻举措  滞后目标  达标目标  已完成举措  较上次');
    for (const r of s.rows) {
      const f = r.figures;
      out.push(
        `${String(r.rank).padStart(3)}${r.tied ? '=' : ' '} ${r.orgName.padEnd(8, '　')} ${String(f.milestonesOverdue).padStart(7)} ` +
          `${String(f.measuresLateOrBlocked).padStart(12)} ${String(f.targetsBehind).padStart(9)} ${String(f.targetsMet).padStart(9)} ` +
          `${String(`${f.measuresDone}/${f.measuresTotal}`).padStart(10)}${moveText(r.changes?.rank?.move)}` +
          (r.workPlan.approved ? '' : '  无经批准的工作方案'),
      );
    }
  } else {
    const r = s.rows[0]!;
    out.push(`名次：第 ${r.rank} 名（共 ${s.countyCount} 个县市区）${moveText(r.changes?.rank?.move)}`);
    if (!r.workPlan.approved) out.push('本县还没有经市级批准的工作方案');
    out.push('', '目标：');
    for (const t of r.targets) {
      out.push(
        `  ${t.targetId} ${t.shortTitle}：${formatPercent(t.value)}（按轨迹应达 ${formatPercent(t.expected)}，目标 ${formatPercent(t.threshold)}）${STATUS_LABELS[t.status]}`,
      );
    }
    out.push('', '时间节点：');
    for (const m of r.milestones) {
      const missing = m.missing.length > 0 ? `；缺：${m.missing.map((x) => x.name).join('、')}` : '';
      out.push(
        `  ${m.deadline} ${m.title}：${MILESTONE_STATUS_LABELS[m.status]}${m.since ? `（自 ${m.since}）` : ''}${missing}`,
      );
    }
    out.push('', '举措：');
    if (r.measures.length === 0) out.push('  （没有已批准的工作方案举措）');
    for (const m of r.measures) {
      const flags = [m.done ? '已完成' : '', m.late ? '逾期' : '', m.blocked ? '受阻' : '']
        .filter(Boolean)
        .join('、');
      out.push(
        `  任务${m.taskNumber} ${m.title}（${m.ownerName}，${m.ownerUnit}，截止 ${m.dueDate}）：${PROGRESS_LABELS[m.progress]}${flags ? `；${flags}` : ''}`,
      );
    }
  }
  const a = s.attention;
  out.push(
    '',
    `需要关注：滞后目标 ${a.targetsBehind.length} 项，逾期节点 ${a.milestonesOverdue.length} 个，逾期或受阻举措 ${a.measuresLateOrBlocked.length} 项`,
  );
  out.push(
    `本月（${s.month}）到期：时间节点 ${a.milestonesDueThisMonth.length} 个，举措 ${a.measuresDueThisMonth.length} 项`,
  );
  for (const m of a.measuresDueThisMonth) out.push(`  ${m.orgName} ${m.dueDate} ${m.title}`);
  return `${out.join('\n')}\n`;
}

/** The duty evaluation as text for the terminal. */
export function renderEvaluation(e: Evaluation): string {
  const out: string[] = [];
  out.push(
    `${e.year} 年度县级履行教育职责督导评价（行动方案落实部分，截至 ${e.asOf}；目标取 ${e.targetYear}—${e.targetYear + 1} 学年数据）`,
  );
  if (e.rules.status === 'R') out.push(`注意：权重和规则由市教育局确定，当前为${e.rules.source}`);
  if (e.demo) out.push(`注：${DEMO_NOTICE}`);
  out.push('', ...e.method, '');
  for (const c of e.counties) {
    out.push(
      `第 ${c.rank} 名${c.tied ? '（并列）' : ''} ${c.orgName} ${c.total.toFixed(1)} 分：` +
        c.components
          .map((p) => `${p.label} ${formatPoints(p.points)}/${formatPoints(p.effectiveWeight)}`)
          .join('，'),
    );
    if (c.tieNote) out.push(`  ${c.tieNote}`);
    for (const p of c.components) {
      for (const i of p.items) out.push(`  · ${i.explanation}`);
      if (p.note) out.push(`  · ${p.note}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function parseLabel(v: string): string {
  const t = v.trim();
  if (t.length === 0 || t.length > 40)
    throw new InvalidArgumentError(`调度名称应为 1–40 个字，例如“2026年11月”，收到“${v}”`);
  return t;
}

export const cliArea = defineCliArea({
  register({ program, withContext }) {
    const stocktake = program
      .command('stocktake')
      .description('输出月度调度：各县目标、时间节点、举措和排名（含排序方法）、与上次调度相比的变化')
      .option('--org <code>', '全市或县（市、区）代码；省略时为全市', parseOrg)
      .addOption(formatOption())
      .action((opts: { org?: string; format: 'table' | 'json' }) =>
        withContext(async (ctx) => {
          const s = await ctx.stocktake.stocktake(cliCaller(ctx), { orgCode: opts.org });
          const { demo, ...rest } = s;
          process.stdout.write(
            opts.format === 'json' ? json({ stocktake: rest, dataset: dataset(demo) }) : renderStocktake(s),
          );
        }),
      );
    stocktake
      .command('record')
      .description('记录本次月度调度（保存各县的数字，下次调度显示与此相比的变化）；--format 同上')
      .requiredOption('--label <label>', '调度名称，例如 2026年11月（每次不同）', parseLabel)
      .action((_opts: { label: string }, cmd: Command) =>
        withContext(async (ctx) => {
          // --format belongs to `stocktake` (commander gives the parent's options to the parent).
          const opts = cmd.optsWithGlobals<{ label: string; format: 'table' | 'json' }>();
          const r = await ctx.stocktake.record(cliCaller(ctx), { label: opts.label });
          process.stdout.write(
            opts.format === 'json'
              ? json({ record: r })
              : `已记录月度调度“${r.label}”（截至 ${r.asOf}，编号 ${r.id}）\n`,
          );
        }),
      );
    program
      .command('evaluation')
      .description('输出县级履行教育职责督导评价：各县得分、排名和每一分的说明（权重由市教育局确定）')
      .option('--year <year>', '评价年度；省略时为今年', parseYear)
      .addOption(formatOption())
      .action((opts: { year?: number; format: 'table' | 'json' }) =>
        withContext(async (ctx) => {
          const e = await ctx.stocktake.evaluation(cliCaller(ctx), { year: opts.year });
          const { demo, ...rest } = e;
          process.stdout.write(
            opts.format === 'json' ? json({ evaluation: rest, dataset: dataset(demo) }) : renderEvaluation(e),
          );
        }),
      );
  },
});
