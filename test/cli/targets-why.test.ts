/**
 * `eduplan targets why <T>` as a user runs it: a separate process on a PGlite data folder holding
 * the small invented city (test/support/small-dataset.ts). Expected values are worked out by hand.
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

describe('eduplan targets why', () => {
  let dir: string;
  let base: string[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eduplan-why-'));
    const plan = join(dir, 'plan.yaml');
    const text = readFileSync(join(import.meta.dirname, '../../plans/jining-2024.yaml'), 'utf8');
    writeFileSync(plan, text.replace("orgCode: '370800'", "orgCode: '999900'"));
    const h = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data') });
    await loadSmallDataset(h.db);
    await h.close();
    base = ['--data-dir', join(dir, 'data'), '--plan', plan];
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the ranked schools of a county as JSON', { timeout: 60_000 }, async () => {
    const r = await eduplan([
      ...base,
      'targets',
      'why',
      'T1',
      '--org',
      '999901',
      '--year',
      '2025',
      '--format',
      'json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      org: { code: string };
      kind: string;
      schools: Array<{ institutionName: string; gain: number; valueIfCounted: number; rank: number }>;
      neededToReach: number | null;
    };
    expect(doc.org.code).toBe('999901');
    expect(doc.kind).toBe('schools');
    // 甲县 T1 2025: 180 of 300 public; 阳光 and 育才 60 each → +60 ÷ 300 = 0.2, to 240 ÷ 300 = 0.8.
    expect(doc.schools.map((s) => [s.rank, s.institutionName, s.gain, s.valueIfCounted])).toEqual([
      [1, '甲县阳光幼儿园', 0.2, 0.8],
      [2, '甲县育才幼儿园', 0.2, 0.8],
    ]);
    // 0.6 + 0.2 = 0.8 reaches the 80 % target: one school.
    expect(doc.neededToReach).toBe(1);
  });

  it(
    'prints a table for the city by default, with the basis and the gain in points',
    { timeout: 60_000 },
    async () => {
      const r = await eduplan([...base, 'targets', 'why', 'T1', '--year', '2025']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('计入分子的条件：办学性质为公办');
      // City: 610 / 850; 丙县金苹果 80 children → +80 ÷ 850 = 9.4 points, to 690 ÷ 850 = 81.2 %.
      const first = r.stdout.split('\n').find((l) => l.includes('丙县金苹果幼儿园'));
      expect(first).toMatch(/1\s*│\s*丙县金苹果幼儿园.*\+9\.4 个百分点\s*│\s*81\.2%/);
    },
  );

  it('refuses an unknown target with a Chinese message', { timeout: 60_000 }, async () => {
    const r = await eduplan([...base, 'targets', 'why', 'T9']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('目标 T9 不存在');
  });
});
