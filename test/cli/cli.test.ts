/**
 * The `eduplan` command as a user runs it: a separate process on a PGlite data folder holding the
 * small invented city. Expected values are the hand-computed ones of test/support/small-dataset.ts.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/eduplan.js');

async function eduplan(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: '' };
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args], { env, maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('eduplan CLI', () => {
  let dir: string;
  let plan: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eduplan-cli-'));
    // The Jining plan, applied to the invented city 999900.
    plan = join(dir, 'plan.yaml');
    const text = readFileSync(join(import.meta.dirname, '../../plans/jining-2024.yaml'), 'utf8');
    writeFileSync(plan, text.replace("orgCode: '370800'", "orgCode: '999900'"));
    const h = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data') });
    await loadSmallDataset(h.db);
    await h.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the targets of a county as CSV with Chinese headers', async () => {
    const r = await eduplan([
      '--data-dir',
      join(dir, 'data'),
      '--plan',
      plan,
      'targets',
      '--year',
      '2025',
      '--org',
      '999901',
      '--format',
      'csv',
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '学年,单位代码,单位,目标,指标,当前值,分子,分母,2027目标,按进度应达,状态,说明,数据性质',
    );
    expect(lines).toHaveLength(8);
    // T1 county 甲 2025: 180 / 300 = 0.6, trajectory 0.65, 滞后.
    expect(lines[1]).toBe('2025,999901,县1,T1,公办园在园幼儿占比,0.600000,180,300,0.8,0.650000,滞后,,');
  });

  it('prints JSON for scripts, with the city and every county by default', async () => {
    const r = await eduplan(['--data-dir', join(dir, 'data'), '--plan', plan, 'targets', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      year: number;
      figures: Array<{ orgCode: string; targetId: string; value: number | null }>;
    };
    expect(doc.year).toBe(2025);
    // Six targets for city + 3 counties + 1 zone, T4 for the city only: 6 × 5 + 1.
    expect(doc.figures).toHaveLength(31);
    // City T1 2025: 610 / 850 (see test/support/small-dataset.ts).
    const cityT1 = doc.figures.find((f) => f.orgCode === '999900' && f.targetId === 'T1');
    expect(cityT1?.value).toBeCloseTo(610 / 850, 12);
  });

  it('refuses bad arguments with a Chinese message and a non-zero exit code', async () => {
    const year = await eduplan(['--data-dir', join(dir, 'data'), '--plan', plan, 'targets', '--year', '20x']);
    expect(year.code).not.toBe(0);
    expect(year.stderr).toContain('错误：选项 --year <year> 的取值无效：学年应为四位数字年份，收到“20x”');
    const format = await eduplan([
      '--data-dir',
      join(dir, 'data'),
      '--plan',
      plan,
      'targets',
      '--format',
      'xlsx',
    ]);
    expect(format.code).not.toBe(0);
    expect(format.stderr).toContain('取值“xlsx”无效');
    const missing = await eduplan([
      '--data-dir',
      join(dir, 'data'),
      '--plan',
      plan,
      'targets',
      '--year',
      '2024',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('没有 2024 学年的统计数据');
    const org = await eduplan([
      '--data-dir',
      join(dir, 'data'),
      '--plan',
      plan,
      'targets',
      '--org',
      '999999',
    ]);
    expect(org.code).toBe(2);
    expect(org.stderr).toContain('组织机构代码 999999 不存在');
    const port = await eduplan(['--data-dir', join(dir, 'data'), 'serve', '--port', '70000']);
    expect(port.code).not.toBe(0);
    expect(port.stderr).toContain('端口应为 1–65535 的整数');
  });

  it('reports an unreachable PostgreSQL server in Chinese, without a stack trace or the password', async () => {
    const env = { ...process.env, DATABASE_URL: 'postgres://eduplan:s3cret@127.0.0.1:9/eduplan' };
    const r = await run('node', [BIN, 'targets'], { env }).catch((e: { code: number; stderr: string }) => e);
    expect((r as { code: number }).code).toBe(2);
    const stderr = (r as { stderr: string }).stderr;
    expect(stderr).toContain('无法连接数据库 postgres://eduplan:***@127.0.0.1:9/eduplan');
    expect(stderr).not.toContain('s3cret');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('checks plan files', async () => {
    const ok = await eduplan(['plan', 'check']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('7 项目标');
    expect(ok.stdout).toContain('19 项重点任务');
    const bad = join(dir, 'bad-plan.yaml');
    writeFileSync(bad, 'id: x\n');
    const r = await eduplan(['plan', 'check', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(bad);
  });
});
