/**
 * `eduplan targets`: the seven headline targets for a year, for the city and every county (or one
 * unit); `eduplan targets why <T>`: the schools (or counties) that keep a figure down, ranked.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { defineCliArea } from '../area.ts';
import { parseOrg, parseYear } from '../cli.kit.ts';
import { targetWhy } from '../../app/targets/why.ts';
import { renderCsv, renderJson, renderTable, type TargetRow } from './targets.format.ts';
import { renderWhyJson, renderWhyTable } from './why.format.ts';

export const cliArea = defineCliArea({
  register({ program, withContext }) {
    const targets = program
      .command('targets')
      .description('输出某学年全市和各县市区（或指定单位）的七项目标进度')
      .option('--year <year>', '学年，例如 2025；省略时为最新学年', parseYear)
      .option('--org <code>', '组织机构代码；省略时为全市和各县市区、功能区', parseOrg)
      .addOption(
        new Option('--format <format>', '输出格式').choices(['table', 'json', 'csv']).default('table'),
      )
      .action((opts: { year?: number; org?: string; format: 'table' | 'json' | 'csv' }) =>
        withContext(async (ctx) => {
          let rows: TargetRow[];
          let year: number;
          let demo: boolean;
          if (opts.org === undefined) {
            const { figures, view } = await ctx.targets.scorecard();
            const r = await ctx.targets.targetsFor(opts.year, undefined);
            year = r.year;
            demo = view.demo !== null;
            const order = [view.orgIndex.city, ...view.orgIndex.counties];
            rows = order.flatMap((o) =>
              figures
                .filter((f) => f.year === year && f.orgCode === o.code)
                .map((figure) => ({ orgCode: o.code, orgName: o.name, figure })),
            );
            const { outlooks } = await ctx.targets.outlooks(year);
            rows = rows.map((x) => ({
              ...x,
              outlook: outlooks.get(`${x.figure.targetId}:${x.orgCode}`) ?? null,
            }));
          } else {
            const r = await ctx.targets.targetsFor(opts.year, opts.org);
            year = r.year;
            demo = r.view.demo !== null;
            rows = r.cards.map((c) => ({
              orgCode: r.org.code,
              orgName: r.org.name,
              figure: c.figure,
              outlook: c.outlook,
            }));
          }
          const out =
            opts.format === 'json'
              ? renderJson(rows, year, demo)
              : opts.format === 'csv'
                ? renderCsv(ctx.plan, rows, year, demo)
                : renderTable(ctx.plan, rows, year, demo);
          process.stdout.write(out);
        }),
      );

    targets
      .command('why')
      .description('为什么偏低：列出未计入分子的学校（T4 为尚未两项均达标的县市区），按计入后数值的提高排列')
      .argument('<target>', '目标编号，例如 T1')
      .option('--year <year>', '学年，例如 2025；省略时为最近的完整学年', parseYear)
      .option('--org <code>', '组织机构代码；省略时为全市', parseOrg)
      .addOption(new Option('--format <format>', '输出格式：table（默认）或 json').choices(['table', 'json']))
      .action((target: string, _local: unknown, cmd: Command) =>
        withContext(async (ctx) => {
          // `targets` has the same options and takes them wherever they stand: read both.
          const opts = cmd.optsWithGlobals<{ year?: number; org?: string; format?: string }>();
          if (opts.format !== undefined && opts.format !== 'table' && opts.format !== 'json') {
            throw new InvalidArgumentError(
              `targets why 的 --format 只能是 table 或 json，收到“${opts.format}”`,
            );
          }
          const why = await targetWhy(ctx.targets, ctx.plan, target, opts.year, opts.org);
          process.stdout.write(opts.format === 'json' ? renderWhyJson(why) : renderWhyTable(why));
        }),
      );
  },
});
