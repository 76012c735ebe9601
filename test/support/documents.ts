/**
 * Generated documents opened in real clients: LibreOffice headless (Debian libreoffice-calc-nogui,
 * libreoffice-writer-nogui) converts .xlsx/.docx, poppler-utils' pdftotext reads PDFs. Without
 * them a test skips its document check with a notice — unless EDUPLAN_REQUIRE_E2E=1 (CI, which
 * installs them in .ci/run), where a missing client is an error, so a check never silently skips.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const find = (...paths: string[]) => paths.find((p) => existsSync(p)) ?? null;

export const SOFFICE = find('/usr/bin/soffice', '/usr/local/bin/soffice');
export const PDFTOTEXT = find('/usr/bin/pdftotext', '/usr/local/bin/pdftotext');
export const PDFINFO = find('/usr/bin/pdfinfo', '/usr/local/bin/pdfinfo');

const REQUIRED = process.env.EDUPLAN_REQUIRE_E2E === '1';

/**
 * Whether a document client is there. Missing: throws under EDUPLAN_REQUIRE_E2E=1, else warns
 * (naming the Debian package) and returns false so the caller skips only that check.
 */
export function documentClient(tool: 'soffice' | 'pdftotext' | 'pdfinfo'): boolean {
  const path = { soffice: SOFFICE, pdftotext: PDFTOTEXT, pdfinfo: PDFINFO }[tool];
  if (path) return true;
  const pkg = tool === 'soffice' ? 'libreoffice-calc-nogui libreoffice-writer-nogui' : 'poppler-utils';
  if (REQUIRED) throw new Error(`找不到 ${tool}：请安装 Debian 软件包 ${pkg}（CI 的 .ci/run 会安装）`);
  console.warn(`[documents] 未安装 ${tool}（apt-get install ${pkg}）：跳过文档检查`);
  return false;
}

/**
 * Converts a file with LibreOffice headless (a fresh profile each time, so parallel runs don't
 * share one) and returns the converted file's bytes. `filter` e.g.
 * 'csv:Text - txt - csv (StarCalc):44,34,76' (UTF-8 CSV of the first sheet) or 'pdf'.
 */
export function convertWithLibreOffice(
  file: string | { name: string; bytes: Uint8Array },
  filter: string,
): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'eduplan-lo-'));
  let path: string;
  if (typeof file === 'string') path = file;
  else {
    path = join(dir, file.name);
    writeFileSync(path, file.bytes);
  }
  const out = join(dir, 'out');
  execFileSync(
    SOFFICE!,
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      out,
      path,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const stem = basename(path).replace(/\.[^.]+$/, '');
  const made = readdirSync(out).find((f) => f.startsWith(`${stem}.`));
  if (!made) throw new Error(`LibreOffice 未能转换 ${basename(path)}（${filter}）`);
  return readFileSync(join(out, made));
}

/** The CSV (UTF-8) LibreOffice writes for the first sheet of a workbook, cells as displayed. */
export function xlsxAsCsv(file: string | { name: string; bytes: Uint8Array }): string {
  return convertWithLibreOffice(file, 'csv:Text - txt - csv (StarCalc):44,34,76').toString('utf8');
}

/** The text of a PDF as pdftotext reads it (layout kept). */
export function pdfText(file: string): string {
  return execFileSync(PDFTOTEXT!, ['-layout', file, '-'], { encoding: 'utf8', timeout: 60_000 });
}
