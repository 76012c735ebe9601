/**
 * `eduplan reports`: the counties' progress reports of a round (default: the current one);
 * `eduplan reports overdue`: the escalated measures (overdue and blocked, red after the grace
 * period); `eduplan reports history <measure>`; the city's review from the terminal:
 * `eduplan reports accept|return <round> <measure>`. Built on the reporting use cases.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { AppContext } from '../../app/app.context.ts';
import type { CountyRoundReports } from '../../app/reporting/reporting.service.ts';
import { DEMO_NOTICE } from '../../app/shared/labels.ts';
import { defineCliArea } from '../area.ts';
import { cliCaller } from '../cli.kit.ts';
import {
  renderCountyRounds,
  renderEscalations,
  renderHistory,
  type CountyRoundsOut,
} from './reporting.format.ts';

type Format = 'table' | 'json';

function parseCounty(v: string): string {
  if (!/^\d{6}$/.test(v)) throw new InvalidArgumentError(`县市区代码应为 6 位数字，收到“${v}”`);
  return v;
}

function parseRound(v: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/.test(v)) {
    throw new InvalidArgumentError(`报送轮次编号形如 2026-11（按月）或 2026-Q4（按季度），收到“${v}”`);
  }
  return v;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const dataset = (demo: unknown) => ({ demo: demo !== null, notice: demo ? DEMO_NOTICE : null });

/** Every county with an approved work plan (or the one asked for): its reports of the round. */
async function countyRounds(
  ctx: AppContext,
  opts: { county?: string; round?: string },
): Promise<CountyRoundsOut> {
  const roundId = opts.round ?? ctx.reporting.currentRound()?.id;
  if (roundId === undefined)
    throw new InvalidArgumentError('还没有报送轮次（见 config/reporting.yaml 的 firstRound）');
  const view = await ctx.data.current().view();
  const counties = opts.county
    ? [opts.county]
    : [...new Set((await ctx.delivery.measures(null, {})).map((m) => m.countyCode))].sort();
  const out: CountyRoundReports[] = [];
  for (const code of counties) out.push(await ctx.reporting.countyRound(null, code, roundId));
  const withoutPlan = view.orgIndex.counties.filter((c) => !counties.includes(c.code)).map((c) => c.name);
  return { roundId, counties: out, withoutPlan: opts.county ? [] : withoutPlan, demo: view.demo };
}

export const cliArea = defineCliArea({
  register({ program, withContext }) {
    const formatOption = () =>
      new Option('--format <format>', '输出格式').choices(['table', 'json']).default('table');

    const reports = program
      .command('reports')
      .description('输出各县市区某报送轮次（默认当前轮次）每个举措的进展报告和审核状态')
      .option('--county <code>', '县市区代码；省略时为所有有已批准工作方案的县市区', parseCounty)
      .option('--round <id>', '报送轮次，例如 2026-11；省略时为当前轮次', parseRound)
      .addOption(formatOption())
      .action((opts: { county?: string; round?: string; format: Format }) =>
        withContext(async (ctx) => {
          const r = await countyRounds(ctx, opts);
          process.stdout.write(
            opts.format === 'json'
              ? json({
                  round: r.counties[0]?.round ?? { id: r.roundId },
                  counties: r.counties.map(({ demo: _demo, round: _round, ...c }) => c),
                  withoutPlan: r.withoutPlan,
                  dataset: dataset(r.demo),
                })
              : renderCountyRounds(r),
          );
        }),
      );

    reports
      .command('overdue')
      .description('督办清单：逾期（过完成时限未通过“已完成”）和受阻的举措，超过宽限期的标红')
      .option('--county <code>', '县市区代码；省略时为全市', parseCounty)
      .addOption(formatOption())
      .action((_opts: unknown, cmd: Command) =>
        withContext(async (ctx) => {
          const opts = cmd.optsWithGlobals<{ county?: string; format: Format }>();
          const list = await ctx.reporting.escalations(null, opts.county ? { countyCode: opts.county } : {});
          const { demo, ...rest } = list;
          process.stdout.write(
            opts.format === 'json' ? json({ ...rest, dataset: dataset(demo) }) : renderEscalations(list),
          );
        }),
      );

    reports
      .command('history')
      .description('一个举措各轮报告的全部记录（填写、报送、通过、退回及意见）')
      .argument('<measure>', '举措编号，例如 370811-001')
      .addOption(formatOption())
      .action((measure: string, _opts: unknown, cmd: Command) =>
        withContext(async (ctx) => {
          const opts = cmd.optsWithGlobals<{ format: Format }>();
          const h = await ctx.reporting.history(null, measure);
          const { demo, ...rest } = h;
          process.stdout.write(
            opts.format === 'json' ? json({ ...rest, dataset: dataset(demo) }) : renderHistory(h),
          );
        }),
      );

    for (const action of ['accept', 'return'] as const) {
      reports
        .command(action)
        .description(
          action === 'accept'
            ? '市级审核：通过一份已报送的报告'
            : '市级审核：退回一份已报送的报告（须写退回意见）',
        )
        .argument('<round>', '报送轮次，例如 2026-11', parseRound)
        .argument('<measure>', '举措编号，例如 370811-001')
        .option('--comment <text>', action === 'return' ? '退回意见（必填）' : '审核意见（可选）')
        .addOption(formatOption())
        .action((round: string, measure: string, _opts: unknown, cmd: Command) =>
          withContext(async (ctx) => {
            const opts = cmd.optsWithGlobals<{ comment?: string; format: Format }>();
            const caller = cliCaller(ctx);
            const current = await ctx.reporting.report(caller, round, measure);
            const report = await ctx.reporting.review(caller, round, measure, {
              action,
              version: current.version,
              comment: opts.comment ?? null,
            });
            process.stdout.write(
              opts.format === 'json'
                ? json({ report })
                : `举措 ${measure} ${round} 的报告已${action === 'accept' ? '审核通过' : `退回：${opts.comment ?? ''}`}\n`,
            );
          }),
        );
    }
  },
});
