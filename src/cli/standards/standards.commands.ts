/**
 * `eduplan standards evaluate --input FILE`: offline county self-assessment (no database);
 * `eduplan standards check [DIR]`: validate the county-standard rule packs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { InvalidArgumentError, Option } from 'commander';
import { loadRulePacks, STANDARDS_DIR } from '../../app/standards/rule-pack.loader.ts';
import { parseStandardsInput } from '../../app/standards/section-file.parser.ts';
import { evaluateOffline } from '../../app/standards/standards.service.ts';
import { packRuleIds } from '../../domain/standards/rule-pack.schema.ts';
import { defineCliArea } from '../area.ts';
import { parseYear } from '../cli.kit.ts';
import { renderEvaluation } from './standards.format.ts';

export const cliArea = defineCliArea({
  register({ program }) {
    const standards = program.command('standards').description('县域义务教育优质均衡和学前教育普及普惠评估');

    standards
      .command('evaluate')
      .description('离线自评：按输入文件（每行一所学校的一个学段）评估一个县，不需要数据库')
      .requiredOption('--input <file>', '输入文件（.xlsx 或 .csv），格式见 docs/standards-input-format.md')
      .option('--county <code>', '县市区代码（文件的「县级数据」表未填写时使用）')
      .option('--name <name>', '县市区名称（同上）')
      .option('--year <year>', '学年（同上）', parseYear)
      .option('--rules <dir>', '规则包目录', STANDARDS_DIR)
      .option('--no-gap', '不计算达标差距方案')
      .addOption(new Option('--format <format>', '输出格式').choices(['table', 'json']).default('table'))
      .action(
        async (opts: {
          input: string;
          county?: string;
          name?: string;
          year?: number;
          rules: string;
          gap: boolean;
          format: 'table' | 'json';
        }) => {
          const packs = loadRulePacks(opts.rules);
          if (!existsSync(opts.input)) throw new InvalidArgumentError(`找不到输入文件 ${opts.input}`);
          const { input, warnings } = await parseStandardsInput(readFileSync(opts.input), opts.input, {
            countyCode: opts.county,
            countyName: opts.name,
            year: opts.year,
          });
          if (!input.countyCode || !input.countyName || !input.year) {
            throw new InvalidArgumentError(
              `${opts.input} 没有写明县市区和学年（CSV 文件不含「县级数据」表）：请用 --county 代码 --name 名称 --year 学年 指定，例如 --county 370811 --name 任城区 --year 2025`,
            );
          }
          for (const w of warnings) process.stderr.write(`提示：${w}\n`);
          const { evaluation, plan } = evaluateOffline(packs, input, opts.gap);
          process.stdout.write(
            opts.format === 'json'
              ? `${JSON.stringify({ evaluation, plan }, null, 2)}\n`
              : renderEvaluation(evaluation, plan, opts.input),
          );
        },
      );

    standards
      .command('check')
      .argument('[dir]', '规则包目录', STANDARDS_DIR)
      .description('校验县域评估规则包，通过时列出规则包和规则数')
      .action((dir: string) => {
        const packs = loadRulePacks(dir);
        for (const p of [packs.compulsoryBalanced, packs.preschoolUniversal]) {
          process.stdout.write(
            `${p.title}（${p.document}）第 ${p.version} 版，自 ${p.effectiveFrom} 起：${packRuleIds(p).length} 条规则\n`,
          );
        }
      });
  },
});
