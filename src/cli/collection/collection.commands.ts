/**
 * Data collection at the command line: `eduplan collection check [DIR]` validates the catalog;
 * `eduplan collection completeness` reports a period's progress; `eduplan collection export` writes
 * a period's data as .xlsx. The operator acts as the city (every permission), through the same use
 * cases as the API, audited under the system user's name.
 */
import { existsSync, writeFileSync } from 'node:fs';
import Table from 'cli-table3';
import { InvalidArgumentError, Option } from 'commander';
import { COLLECTION_DIR, loadCollectionCatalog } from '../../app/collection/catalog.loader.ts';
import { EXPORT_STATE_FILTERS, type ExportStateFilter } from '../../app/collection/export.workbook.ts';
import { PERIOD_ID_PATTERN } from '../../domain/collection/catalog.types.ts';
import { formFields } from '../../domain/collection/fields.ts';
import { defineCliArea } from '../area.ts';
import { cliCaller, parseOrg } from '../cli.kit.ts';

function parsePeriod(v: string): string {
  if (!PERIOD_ID_PATTERN.test(v)) throw new InvalidArgumentError(`采集周期编号形如 2026-autumn，收到“${v}”`);
  return v;
}

export const cliArea = defineCliArea({
  register({ program, withContext }) {
    const collection = program.command('collection').description('数据采集：目录校验、填报进度、数据导出');

    collection
      .command('check')
      .argument('[dir]', '目录', COLLECTION_DIR)
      .description('校验数据采集目录，通过时列出报表、字段数、规则和采集周期')
      .action((dir: string) => {
        const catalog = loadCollectionCatalog(dir);
        const lines = catalog.forms.map(
          (f) =>
            `  ${f.id} 第 ${f.version} 版 ${f.name}（办学类型 ${f.runningTypes.join('、')}）：${formFields(catalog, f).length} 个字段`,
        );
        process.stdout.write(
          `数据采集目录 ${dir} 校验通过：${catalog.elements.length} 个数据元素，${catalog.forms.length} 张报表，${catalog.rules.length} 条校验规则（${catalog.rules.filter((r) => r.severity === 'hard').length} 条阻止提交），${catalog.periods.length} 个采集周期。\n${lines.join('\n')}\n`,
        );
      });

    collection
      .command('completeness')
      .description('某采集周期的填报进度：各县市区应报、已开始、已提交、已审核、已生效、逾期')
      .requiredOption('--period <id>', '采集周期，例如 2026-autumn', parsePeriod)
      .option('--org <code>', '只看一个单位（县市区或乡镇代码）', parseOrg)
      .addOption(new Option('--format <format>', '输出格式').choices(['table', 'json']).default('table'))
      .action((opts: { period: string; org?: string; format: 'table' | 'json' }) =>
        withContext(async (ctx) => {
          const c = await ctx.collection.completeness.completeness(opts.period, cliCaller(ctx), opts.org);
          if (opts.format === 'json') {
            process.stdout.write(`${JSON.stringify({ ...c, demo: c.demo !== null }, null, 2)}\n`);
            return;
          }
          const table = new Table({
            head: ['县市区', '应报', '已开始', '已提交', '已审核', '已生效', '逾期'],
            style: { head: [], border: [], compact: true },
          });
          for (const k of c.counties) {
            table.push([k.name, k.expected, k.started, k.submitted, k.approved, k.final, k.late]);
          }
          const days = c.daysLeft >= 0 ? `距截止 ${c.daysLeft} 天` : `已截止 ${-c.daysLeft} 天`;
          process.stdout.write(
            `${c.period.name}（${c.period.id}）填报进度，${days}${c.demo ? '（演示数据）' : ''}\n${table.toString()}\n`,
          );
        }),
      );

    collection
      .command('export')
      .description('导出某采集周期的数据（.xlsx，每种报表一张工作表，另有“说明”）；记入审计日志')
      .requiredOption('--period <id>', '采集周期，例如 2026-autumn', parsePeriod)
      .requiredOption('--out <file>', '写出的 .xlsx 文件（不能已存在）')
      .option('--org <code>', '只导出一个单位（县市区或乡镇代码）', parseOrg)
      .option('--form <id>', '只导出一张报表，例如 AUTUMN-PRIMARY')
      .addOption(new Option('--state <state>', '状态筛选').choices([...EXPORT_STATE_FILTERS]).default('all'))
      .action(
        (opts: { period: string; out: string; org?: string; form?: string; state: ExportStateFilter }) => {
          if (existsSync(opts.out)) {
            throw new InvalidArgumentError(`输出文件 ${opts.out} 已存在，为免覆盖，请换一个文件名`);
          }
          return withContext(async (ctx) => {
            const e = await ctx.collection.workbooks.exportWorkbook(opts.period, cliCaller(ctx), {
              org: opts.org,
              form: opts.form,
              state: opts.state,
            });
            writeFileSync(opts.out, e.file, { flag: 'wx' });
            process.stdout.write(
              `已导出${e.period.name}：${e.rows} 所学校（机构），${e.sheets.length} 张报表 → ${opts.out}\n`,
            );
          });
        },
      );
  },
});
