/**
 * `eduplan reports …` as a user runs it: separate processes on a PGlite data folder holding the
 * small invented city, with 999901's (县1) work plan approved (two measures) and one report submitted in the
 * current round. The commands run on the real clock, so dates are set relative to today: one
 * measure due 20 days ago (overdue and, past the 15 days' grace of config/reporting.yaml, red),
 * one due at the plan's horizon.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContextFrom } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { addDays } from '../../src/domain/reporting/rounds.ts';
import { shanghaiDay } from '../../src/domain/shared/time.ts';
import type { Measure } from '../../src/domain/delivery/delivery.types.ts';
import { openDatabase } from '../../src/db/database.ts';
import { approveMeasures, draft, OPERATOR } from '../support/reporting.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/eduplan.js');

describe('eduplan reports', () => {
  let dir: string;
  let base: string[];
  let late: Measure;
  let later: Measure;
  let round: string;
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
    dir = mkdtempSync(join(tmpdir(), 'eduplan-reports-'));
    const plan = join(dir, 'plan.yaml');
    const text = readFileSync(join(import.meta.dirname, '../../plans/jining-2024.yaml'), 'utf8');
    writeFileSync(plan, text.replace("orgCode: '370800'", "orgCode: '999900'"));
    const h = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data') });
    await loadSmallDataset(h.db);
    const ctx = createAppContextFrom(h, { ...loadPlan(), orgCode: '999900' });
    [late, later] = (await approveMeasures(ctx, '999901', [
      draft('999901', { title: '修订送教上门方案', dueDate: addDays(today, -20) }),
      draft('999901', { title: '新建资源教室', outputTarget: 4, outputUnit: '间', dueDate: '2027-12-31' }),
    ])) as [Measure, Measure];
    round = ctx.reporting.currentRound()!.id;
    await ctx.reporting.save(OPERATOR, round, later.id, {
      version: 0,
      progress: 'inProgress',
      text: '2 间已完成装修',
      blockedReason: null,
      figure: 2,
      evidence: [],
    });
    await ctx.reporting.submit(OPERATOR, round, later.id, 1);
    await ctx.close();
    base = ['--data-dir', join(dir, 'data'), '--plan', plan];
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the current round’s reports as JSON', async () => {
    const r = await eduplan(['reports', '--format', 'json']);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(doc.round.id).toBe(round);
    expect(doc.counties.map((c: any) => c.county.code)).toEqual(['999901']);
    expect(doc.counties[0].items.map((i: any) => [i.measure.title, i.report.state, i.report.figure])).toEqual(
      [
        ['修订送教上门方案', null, null],
        ['新建资源教室', 'submitted', 2],
      ],
    );
    expect(doc.withoutPlan).toEqual(['县2', '县3', '开发区']);
  });

  it('prints the escalated list: the measure due 20 days ago is red', async () => {
    const r = await eduplan(['reports', 'overdue', '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.items.map((i: any) => [i.measure.id, i.state.escalation, i.state.daysOverdue])).toEqual([
      [late.id, 'red', 20],
    ]);
    const text = await eduplan(['reports', 'overdue']);
    expect(text.stdout).toContain(`红 县1 ${late.id} 修订送教上门方案：逾期 20 天`);
  });

  it('reviews from the terminal: return with a comment, then the history shows it', async () => {
    const refused = await eduplan(['reports', 'return', round, later.id]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('退回时须填写退回意见');
    const ok = await eduplan(['reports', 'return', round, later.id, '--comment', '请附装修照片']);
    expect(ok.stdout).toContain('已退回：请附装修照片');
    const h = await eduplan(['reports', 'history', later.id, '--format', 'json']);
    const doc = JSON.parse(h.stdout);
    expect(doc.events.map((e: any) => [e.action, e.comment])).toEqual([
      ['create', null],
      ['submit', null],
      ['return', '请附装修照片'],
    ]);
    const table = await eduplan(['reports', '--county', '999901', '--round', round]);
    expect(table.stdout).toContain('退回意见：请附装修照片');
    const again = await eduplan(['reports', 'accept', round, later.id]);
    expect(again.stderr).toContain('只能审核已报送的报告');
  }, 180_000);

  it('refuses a malformed round in Chinese', async () => {
    const r = await eduplan(['reports', '--round', '2026-13']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('报送轮次编号形如 2026-11');
  });
});
