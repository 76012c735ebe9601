/**
 * `eduplan evidence add | get | verify` as a user runs them: separate processes on a PGlite data
 * folder holding the small invented city. A PDF goes in and comes back byte for byte; an .exe
 * renamed .pdf is refused in Chinese with exit code 1; verify finds everything intact.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallCityCli, type SmallCityCli } from '../support/cli.ts';
import { tinyExe, tinyPdf } from '../support/evidence-files.ts';

describe('eduplan evidence', () => {
  let dir: string;
  let cli: SmallCityCli;
  const eduplan = (args: string[]) => cli.eduplan(args);
  beforeAll(async () => {
    cli = await smallCityCli('evidence');
    dir = cli.dir;
  });
  afterAll(() => cli.close());

  it('adds a PDF, gets it back byte for byte, and verify finds it intact', async () => {
    const pdf = tinyPdf('甲县 2026 年 11 月进展');
    const path = join(dir, '进展报告.pdf');
    writeFileSync(path, pdf);
    const added = await eduplan(['evidence', 'add', path, '--org', '999901', '--format', 'json']);
    expect(added.code).toBe(0);
    const { file } = JSON.parse(added.stdout) as { file: Record<string, unknown> };
    expect(file).toMatchObject({
      fileName: '进展报告.pdf',
      kind: 'pdf',
      size: pdf.length,
      orgCode: '999901',
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
    const out = join(dir, 'back.pdf');
    const got = await eduplan(['evidence', 'get', String(file.id), '--out', out]);
    expect(got.code).toBe(0);
    expect(got.stdout).toContain(`已保存到 ${out}`);
    expect(readFileSync(out).equals(pdf)).toBe(true);
    // Never overwrites.
    const again = await eduplan(['evidence', 'get', String(file.id), '--out', out]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('已存在，未覆盖');

    const verify = await eduplan(['evidence', 'verify']);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain(`已校验 1 份内容，共 ${pdf.length} 字节。`);
    expect(verify.stdout).toContain('全部完好');
    // Five processes, each opening the data folder: generous on a busy machine.
  }, 300_000);

  it('refuses an .exe renamed .pdf in Chinese', async () => {
    const path = join(dir, '验收报告.pdf');
    writeFileSync(path, tinyExe());
    const r = await eduplan(['evidence', 'add', path, '--org', '999901']);
    // Refusals end with exit code 2, as every refused command of eduplan.
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '文件“验收报告.pdf”的扩展名是 .pdf（PDF 文档），但内容是Windows 可执行程序（EXE/DLL）',
    );
  });
});
