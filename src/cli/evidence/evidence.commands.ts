/**
 * `eduplan evidence add | get | verify`: store a file as evidence of a unit, save a stored file,
 * and the backup check (every blob's SHA-256 recomputed from its chunks). The same use cases as
 * the API: the content is checked, the size limited, uploads and downloads audited.
 */
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { InvalidArgumentError, Option } from 'commander';
import type { EvidenceFile, EvidenceVerifyReport } from '../../app/evidence/evidence.service.ts';
import { EVIDENCE_KIND_LABELS } from '../../domain/evidence/evidence.types.ts';
import { defineCliArea } from '../area.ts';
import { cliCaller, parseOrg } from '../cli.kit.ts';

type Format = 'table' | 'json';
const formatOption = () =>
  new Option('--format <format>', '输出格式').choices(['table', 'json']).default('table');

function parseId(v: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)) {
    throw new InvalidArgumentError(`佐证材料编号应为 UUID，收到“${v}”`);
  }
  return v.toLowerCase();
}

/** One file as lines for the terminal. */
export function renderEvidenceFile(f: EvidenceFile): string {
  return [
    `${f.fileName}（${EVIDENCE_KIND_LABELS[f.kind]}，${f.mediaType}）`,
    `  编号：${f.id}`,
    `  大小：${f.size} 字节；SHA-256：${f.sha256}`,
    `  所属单位：${f.orgCode}；上传：${f.uploadedBy}，${f.uploadedAt}`,
    '',
  ].join('\n');
}

export function renderVerify(r: EvidenceVerifyReport): string {
  const lines = [`已校验 ${r.blobs} 份内容，共 ${r.bytes} 字节。`];
  if (r.problems.length === 0) lines.push('全部完好：每份内容的 SHA-256 与其地址一致。');
  else {
    lines.push(`${r.problems.length} 份内容有问题：`);
    for (const p of r.problems) lines.push(`  ${p.sha256}：${p.problem}`);
  }
  return `${lines.join('\n')}\n`;
}

export const cliArea = defineCliArea({
  register({ program, withContext }) {
    const evidence = program.command('evidence').description('佐证材料：上传、下载、备份校验');

    evidence
      .command('add')
      .description('上传一份佐证材料（按内容检查类型，不超过 config/evidence.yaml 的大小上限；记入审计日志）')
      .argument('<file>', '文件路径（文件名即材料名）')
      .requiredOption('--org <code>', '材料所属单位：县市区或乡镇街道代码', parseOrg)
      .addOption(formatOption())
      .action((path: string, opts: { org: string; format: Format }) =>
        withContext(async (ctx) => {
          let size: number;
          try {
            size = statSync(path).size;
          } catch {
            throw new InvalidArgumentError(`找不到文件“${path}”`);
          }
          const file = await ctx.evidence.upload(cliCaller(ctx), {
            orgCode: opts.org,
            fileName: basename(path),
            body: createReadStream(path, { highWaterMark: 256 * 1024 }),
            declaredSize: size,
          });
          process.stdout.write(
            opts.format === 'json' ? `${JSON.stringify({ file }, null, 2)}\n` : renderEvidenceFile(file),
          );
        }),
      );

    evidence
      .command('get')
      .description('把一份佐证材料保存为文件（不覆盖已有文件；记入审计日志）')
      .argument('<id>', '佐证材料编号（UUID）', parseId)
      .requiredOption('--out <file>', '保存到的文件路径')
      .addOption(formatOption())
      .action((id: string, opts: { out: string; format: Format }) =>
        withContext(async (ctx) => {
          const caller = cliCaller(ctx);
          const { file, stream } = await ctx.evidence.open(caller, id);
          try {
            await pipeline(stream, createWriteStream(opts.out, { flags: 'wx' }));
          } catch (e) {
            if ((e as { code?: string }).code === 'EEXIST') {
              throw new InvalidArgumentError(`文件“${opts.out}”已存在，未覆盖：请换一个 --out 路径`);
            }
            throw e;
          }
          process.stdout.write(
            opts.format === 'json'
              ? `${JSON.stringify({ file, out: opts.out }, null, 2)}\n`
              : `已保存到 ${opts.out}\n${renderEvidenceFile(file)}`,
          );
        }),
      );

    evidence
      .command('verify')
      .description(
        '备份校验：由分块重新计算每份内容的 SHA-256，列出与地址不符或分块缺失的内容（有问题时退出码为 1）',
      )
      .addOption(formatOption())
      .action((opts: { format: Format }) =>
        withContext(async (ctx) => {
          const report = await ctx.evidence.verify();
          process.stdout.write(
            opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderVerify(report),
          );
          if (report.problems.length > 0) process.exitCode = 1;
        }),
      );
  },
});
