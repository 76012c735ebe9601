/**
 * `eduplan milestones`: every milestone's completion per county (and the townships or schools
 * missing), from the same use case as GET /api/v1/milestones; and the county's and the city's
 * writes: township facts, reports, reviews (the operator acts with the city's scope).
 */
import Table from 'cli-table3';
import { InvalidArgumentError, Option } from 'commander';
import type { MilestonesAnswer } from '../../app/milestones/milestones.service.ts';
import { DEMO_NOTICE } from '../../app/shared/labels.ts';
import type { MilestoneUnitStatus } from '../../domain/milestones/milestones.types.ts';
import { defineCliArea } from '../area.ts';
import { cliCaller, parseOrg } from '../cli.kit.ts';

export const STATUS_ZH: Record<MilestoneUnitStatus, string> = {
  done: '已完成',
  notDone: '未完成',
  overdue: '逾期未完成',
  toVerify: '待核实',
  notRequired: '不涉及',
};

function parseDay(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new InvalidArgumentError(`日期应为 YYYY-MM-DD，收到“${v}”`);
  return v;
}

const MAX_NAMES = 8;
const names = (list: ReadonlyArray<{ name: string }>) =>
  list.length === 0
    ? '—'
    : list.length <= MAX_NAMES
      ? list.map((m) => m.name).join('、')
      : `${list
          .slice(0, MAX_NAMES)
          .map((m) => m.name)
          .join('、')} 等 ${list.length} 个`;

/** The answer as text: one table per milestone, a row per county. */
export function renderMilestones(a: MilestonesAnswer): string {
  const out: string[] = [`时间节点完成情况 · ${a.org.name} · 核对日期 ${a.asOf}`];
  if (a.demo) out.push(`注：${DEMO_NOTICE}`);
  for (const m of a.milestones) {
    const s = m.summary;
    out.push(
      '',
      `【任务${m.task}】${m.title}（截止 ${m.deadline}，${m.method === 'reported' ? '县市区报送' : '平台计算'}）`,
      `规则：${m.rule}`,
      `全市：${STATUS_ZH[m.cityStatus]}；已完成 ${s.done}、未完成 ${s.notDone}、逾期未完成 ${s.overdue}、待核实 ${s.toVerify}、不涉及 ${s.notRequired}`,
    );
    const table = new Table({
      head: ['县市区', '状态', '起始日', '未达到条件的单位', '待核实', '核对内容'],
      wordWrap: true,
    });
    for (const u of m.units) {
      table.push([
        u.orgName,
        STATUS_ZH[u.status],
        u.since ?? '—',
        names(u.missing),
        names(u.awaiting),
        u.detail,
      ]);
    }
    out.push(table.toString());
  }
  return `${out.join('\n')}\n`;
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
const dataset = (demo: unknown) => ({ demo: demo !== null, notice: demo ? DEMO_NOTICE : null });
const idList = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export const cliArea = defineCliArea({
  register({ program, withContext }) {
    program
      .command('milestones')
      .description('输出各时间节点在各县市区的完成情况，含未达到条件的乡镇或学校及逾期起始日')
      .option('--org <code>', '全市或县市区代码；省略时为全市', parseOrg)
      .option('--asof <date>', '核对日期 YYYY-MM-DD；省略时为今天（北京时间）', parseDay)
      .addOption(new Option('--format <format>', '输出格式').choices(['table', 'json']).default('table'))
      .action((opts: { org?: string; asof?: string; format: 'table' | 'json' }) =>
        withContext(async (ctx) => {
          const a = await ctx.milestones.status(null, {
            ...(opts.org ? { orgCode: opts.org } : {}),
            ...(opts.asof ? { asOf: opts.asof } : {}),
          });
          const { demo, ...rest } = a;
          process.stdout.write(
            opts.format === 'json' ? json({ ...rest, dataset: dataset(demo) }) : renderMilestones(a),
          );
        }),
      );

    program
      .command('milestone-records')
      .description('输出县市区登记的乡镇事项和时间节点报送（JSON），含核实记录')
      .option('--org <code>', '全市或县市区代码；省略时为全市', parseOrg)
      .action((opts: { org?: string }) =>
        withContext(async (ctx) => {
          const { demo, ...rest } = await ctx.milestones.records(null, opts.org ? { orgCode: opts.org } : {});
          process.stdout.write(json({ ...rest, dataset: dataset(demo) }));
        }),
      );

    program
      .command('milestone-fact')
      .description(
        '登记一个乡镇的事项（townVillageIntegration 镇村一体化、strongTownshipPilot 强镇筑基试点），待市级核实',
      )
      .requiredOption('--township <code>', '乡镇（街道）代码（9 位）', parseOrg)
      .requiredOption('--fact <name>', '事项：townVillageIntegration 或 strongTownshipPilot')
      .requiredOption('--from <date>', '生效日期 YYYY-MM-DD', parseDay)
      .option('--not-done', '登记为未完成（默认为已完成）')
      .option('--evidence <ids>', '佐证材料编号，逗号分隔', idList, [])
      .option('--note <text>', '说明', '')
      .action(
        (opts: {
          township: string;
          fact: string;
          from: string;
          notDone?: boolean;
          evidence: string[];
          note: string;
        }) =>
          withContext(async (ctx) => {
            const fact = await ctx.milestones.recordFact(cliCaller(ctx), {
              townshipCode: opts.township,
              fact: opts.fact,
              value: opts.notDone !== true,
              effectiveFrom: opts.from,
              note: opts.note,
              evidenceIds: opts.evidence,
            });
            process.stdout.write(json({ fact }));
          }),
      );

    program
      .command('milestone-report')
      .description('报送一个时间节点的完成情况（仅适用于完成规则为报送的时间节点），待市级核实')
      .argument('<milestone>', '时间节点编号')
      .requiredOption('--county <code>', '县市区代码', parseOrg)
      .requiredOption('--completed <date>', '完成日期 YYYY-MM-DD', parseDay)
      .requiredOption('--text <text>', '完成情况说明')
      .requiredOption('--evidence <ids>', '佐证材料编号，逗号分隔', idList)
      .action(
        (milestone: string, opts: { county: string; completed: string; text: string; evidence: string[] }) =>
          withContext(async (ctx) => {
            const report = await ctx.milestones.report(cliCaller(ctx), milestone, {
              countyCode: opts.county,
              completedOn: opts.completed,
              text: opts.text,
              evidenceIds: opts.evidence,
            });
            process.stdout.write(json({ report }));
          }),
      );

    program
      .command('milestone-review')
      .description('市级核实或退回一条待核实的乡镇事项（fact）或时间节点报送（report）')
      .addOption(
        new Option('--subject <subject>', '记录类型').choices(['fact', 'report']).makeOptionMandatory(),
      )
      .requiredOption('--id <id>', '记录编号')
      .addOption(
        new Option('--decision <decision>', '结论').choices(['verified', 'rejected']).makeOptionMandatory(),
      )
      .option('--comment <text>', '意见（退回时必填）', '')
      .action(
        (opts: {
          subject: 'fact' | 'report';
          id: string;
          decision: 'verified' | 'rejected';
          comment: string;
        }) =>
          withContext(async (ctx) => {
            await ctx.milestones.review(cliCaller(ctx), opts.subject, opts.id, {
              decision: opts.decision,
              comment: opts.comment,
            });
            process.stdout.write(
              `已${opts.decision === 'verified' ? '核实' : '退回'} ${opts.subject} ${opts.id}\n`,
            );
          }),
      );
  },
});
