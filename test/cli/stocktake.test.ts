/**
 * `eduplan stocktake …` and `eduplan evaluation` as a user runs them: separate processes on a
 * PGlite data folder holding the small invented city, with 县1's (999901) work plan approved: one
 * measure due 20 days ago and never reported (late), one due at the plan's horizon (2027-12-31).
 * The commands run on the real clock, so the dates are set relative to today.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContextFrom } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { openDatabase } from '../../src/db/database.ts';
import { addDays } from '../../src/domain/reporting/rounds.ts';
import { shanghaiDay } from '../../src/domain/shared/time.ts';
import { approveMeasures, draft } from '../support/reporting.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/eduplan.js');

describe('eduplan stocktake and evaluation', () => {
  let dir: string;
  let base: string[];
  const today = shanghaiDay(Date.now());
  const eduplan = async (args: string[]) => {
    try {
      const { stdout, stderr } = await run('node', [BIN, ...base, ...args], {
        env: { ...process.env, DATABASE_URL: '' },
        maxBuffer: 1 << 24,
      });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eduplan-stocktake-'));
    const plan = join(dir, 'plan.yaml');
    const text = readFileSync(join(import.meta.dirname, '../../plans/jining-2024.yaml'), 'utf8');
    writeFileSync(plan, text.replace("orgCode: '370800'", "orgCode: '999900'"));
    const h = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data') });
    await loadSmallDataset(h.db);
    const ctx = createAppContextFrom(h, { ...loadPlan(), orgCode: '999900' });
    await approveMeasures(ctx, '999901', [
      draft('999901', { title: '修订送教上门方案', dueDate: addDays(today, -20) }),
      draft('999901', { title: '新建资源教室', dueDate: '2027-12-31' }),
    ]);
    await ctx.close();
    base = ['--data-dir', join(dir, 'data'), '--plan', plan];
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the city stocktake as JSON: every county, 县1 with one late measure of two', async () => {
    const r = await eduplan(['stocktake', '--format', 'json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout).stocktake;
    expect(s.level).toBe('city');
    expect(s.asOf).toBe(today);
    expect(s.rows.map((x: { orgCode: string }) => x.orgCode).sort()).toEqual([
      '999901',
      '999902',
      '999903',
      '999904',
    ]);
    const one = s.rows.find((x: { orgCode: string }) => x.orgCode === '999901');
    expect(one.figures).toMatchObject({
      measuresTotal: 2,
      measuresDone: 0,
      measuresLate: 1,
      measuresLateOrBlocked: 1,
    });
  }, 60_000);

  it("prints one county's stocktake as a table with its rank and the late measure", async () => {
    const r = await eduplan(['stocktake', '--org', '999901']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`县1月度调度（截至 ${today}`);
    expect(r.stdout).toMatch(/名次：第 \d 名（共 4 个县市区）/);
    expect(r.stdout).toContain(
      `任务1 修订送教上门方案（张三，县1教育和体育局，截止 ${addDays(today, -20)}）：未开始；逾期`,
    );
    const bad = await eduplan(['stocktake', '--org', '12']);
    expect(bad.code).not.toBe(0);
  }, 60_000);

  it('records a stocktake once, and the next one names it', async () => {
    const r = await eduplan(['stocktake', 'record', '--label', '测试调度', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).record).toMatchObject({ label: '测试调度', asOf: today });
    const again = await eduplan(['stocktake', 'record', '--label', '测试调度']);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('已经记录过名为“测试调度”的调度');
    const next = await eduplan(['stocktake']);
    expect(next.stdout).toContain(`上次调度：测试调度（${today}`);
  }, 60_000);

  it('prints the duty evaluation with every point explained and the bureau’s-to-set notice', async () => {
    const r = await eduplan(['evaluation', '--format', 'json']);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout).evaluation;
    expect(e.year).toBe(Number(today.slice(0, 4)));
    expect(e.rules.status).toBe('R');
    expect(e.counties).toHaveLength(4);
    // 县1: of its measures only the late one is due (0 of 25/1); the other is neither due nor done.
    const one = e.counties.find((c: { orgCode: string }) => c.orgCode === '999901');
    const measures = one.components.find((p: { key: string }) => p.key === 'measures');
    expect(measures.items.map((i: { label: string; credit: number }) => [i.label, i.credit])).toEqual([
      ['修订送教上门方案', 0],
    ]);
    expect(measures.points).toBe(0);
    const table = await eduplan(['evaluation']);
    expect(table.stdout).toContain('注意：权重和规则由市教育局确定，当前为平台初始设定（待市教育局确定）');
    expect(table.stdout).toContain('举措“修订送教上门方案”（任务 1，');
    const bad = await eduplan(['evaluation', '--year', '1999']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('不能评价 1999 年');
  }, 60_000);
});
