/**
 * `eduplan tasks`: the 19 tasks with their lead sections and what they serve; `eduplan workplan show
 * <county>` and `eduplan workplan diff <county> <v1> <v2>`: a county's work plan and what changed
 * between two versions — from the same use cases as the API.
 */
import { InvalidArgumentError, Option } from 'commander';
import type { Measure } from '../../domain/delivery/delivery.types.ts';
import type { WorkPlanDiff } from '../../domain/delivery/delivery.types.ts';
import { STATUS_LABELS } from '../../domain/delivery/work-plan.ts';
import { DEMO_NOTICE } from '../../app/shared/labels.ts';
import { defineCliArea } from '../area.ts';
import { cliCaller, parseOrg } from '../cli.kit.ts';

function parseVersion(v: string): number {
  if (!/^[1-9]\d{0,3}$/.test(v)) throw new InvalidArgumentError(`版本号应为正整数，收到“${v}”`);
  return Number(v);
}

const FIELD_LABELS: Record<string, string> = {
  taskNumber: '服务任务',
  title: '名称',
  output: '产出',
  outputTarget: '目标值',
  outputUnit: '单位',
  ownerName: '责任人',
  ownerUnit: '责任单位',
  dueDate: '完成期限',
};

const dataset = (demo: unknown) => ({ demo: demo !== null, notice: demo ? DEMO_NOTICE : null });
const json = (v: unknown): void => void process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);

function measureLine(m: Measure): string {
  const figure = m.outputTarget === null ? '' : `（${m.outputTarget} ${m.outputUnit ?? ''}）`;
  return `  ${m.id} [任务${m.taskNumber}] ${m.title}：${m.output}${figure}；${m.ownerUnit} ${m.ownerName}；${m.dueDate} 前`;
}

export function renderDiff(d: WorkPlanDiff): string[] {
  const lines: string[] = [];
  for (const m of d.added) lines.push(`+ 新增 ${m.id} ${m.title}`);
  for (const m of d.removed) lines.push(`- 删除 ${m.id} ${m.title}`);
  for (const c of d.changed) {
    lines.push(`~ 修改 ${c.measure.id} ${c.measure.title}`);
    for (const f of c.changes) {
      lines.push(
        `    ${FIELD_LABELS[f.field] ?? f.field}：${String(f.from ?? '—')} → ${String(f.to ?? '—')}`,
      );
    }
  }
  lines.push(`  未变 ${d.unchanged} 条`);
  return lines;
}

export const cliArea = defineCliArea({
  register({ program, withContext }) {
    const format = () =>
      new Option('--format <format>', '输出格式').choices(['table', 'json']).default('table');
    program
      .command('tasks')
      .description('输出方案的 19 项重点任务：牵头科室、服务的目标和时间节点、已批准的举措数')
      .addOption(format())
      .action((opts: { format: 'table' | 'json' }) =>
        withContext(async (ctx): Promise<void> => {
          const r = await ctx.delivery.taskCounts(cliCaller(ctx));
          if (opts.format === 'json') return json({ tasks: r.tasks, dataset: dataset(r.demo) });
          const lines = r.demo ? [`注：${DEMO_NOTICE}`] : [];
          for (const t of r.tasks) {
            lines.push(
              `${t.section} ${t.title} · 牵头：${t.leadSection || '未指定'}${t.leadSectionConfirmed ? '' : '（待确认）'}` +
                ` · 目标：${t.targetIds.join('、') || '—'} · 时间节点：${t.milestoneIds.join('、') || '—'}` +
                ` · 举措 ${t.measures} 条（${t.counties} 个县市区）`,
            );
          }
          return void process.stdout.write(`${lines.join('\n')}\n`);
        }),
      );

    const workplan = program.command('workplan').description('县级工作方案（细化落实举措）');
    workplan
      .command('show')
      .description('输出一个县市区的工作方案：最新版本或指定版本的举措、状态和历史')
      .argument('<county>', '县市区代码（6 位）', parseOrg)
      .option('--version <n>', '版本号；省略时为最新版本', parseVersion)
      .addOption(format())
      .action((county: string, opts: { version?: number; format: 'table' | 'json' }) =>
        withContext(async (ctx): Promise<void> => {
          const caller = cliCaller(ctx);
          if (opts.version !== undefined) {
            const { demo, ...v } = await ctx.delivery.workPlanVersion(caller, county, opts.version);
            if (opts.format === 'json') return json({ workPlan: v, dataset: dataset(demo) });
            const lines = [
              `${v.county.name}（${v.county.code}）第 ${v.version.version} 版工作方案：${STATUS_LABELS[v.version.state]}，${v.measures.length} 条举措`,
              ...v.measures.map(measureLine),
            ];
            return void process.stdout.write(`${lines.join('\n')}\n`);
          }
          const { demo, ...p } = await ctx.delivery.workPlan(caller, county);
          if (opts.format === 'json') return json({ workPlan: p, dataset: dataset(demo) });
          const lines = demo ? [`注：${DEMO_NOTICE}`] : [];
          lines.push(
            `${p.county.name}（${p.county.code}）工作方案：${p.state.version === null ? '未编制' : `第 ${p.state.version} 版，${STATUS_LABELS[p.state.state]}`}` +
              `；已批准版本：${p.state.approvedVersion ?? '无'}`,
          );
          if (p.current) lines.push(...p.current.measures.map(measureLine));
          if (p.diff && p.approved)
            lines.push('', `相对已批准的第 ${p.approved.version} 版：`, ...renderDiff(p.diff));
          if (p.history.length > 0) lines.push('', '历史：');
          for (const h of p.history) {
            lines.push(
              `  ${h.at} 第 ${h.version} 版 ${h.action} ${h.actor}${h.comment ? `：${h.comment}` : ''}`,
            );
          }
          return void process.stdout.write(`${lines.join('\n')}\n`);
        }),
      );
    workplan
      .command('diff')
      .description('输出一个县市区工作方案两个版本之间的变化（新增、删除、修改的举措）')
      .argument('<county>', '县市区代码（6 位）', parseOrg)
      .argument('<v1>', '起始版本', parseVersion)
      .argument('<v2>', '对比版本', parseVersion)
      .addOption(format())
      .action((county: string, v1: number, v2: number, opts: { format: 'table' | 'json' }) =>
        withContext(async (ctx): Promise<void> => {
          const { demo, ...d } = await ctx.delivery.diff(cliCaller(ctx), county, v1, v2);
          if (opts.format === 'json') return json({ workPlan: d, dataset: dataset(demo) });
          const lines = [
            `${d.county.name}（${d.county.code}）工作方案 第 ${v1} 版 → 第 ${v2} 版：`,
            ...renderDiff(d.diff),
          ];
          return void process.stdout.write(`${lines.join('\n')}\n`);
        }),
      );
  },
});
