/**
 * `eduplan tasks` and `eduplan workplan show|diff` as processes on a PGlite data folder with the small
 * invented city, where county 999901 has an approved v1 (two measures) and a v2 draft that changes
 * the first measure's due date and adds a third (made through the service before the commands run).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/app/access/caller.ts';
import { createAppContextFrom } from '../../src/app/app.context.ts';
import { parsePlan } from '../../src/app/plan/plan.loader.ts';
import { openDatabase } from '../../src/db/database.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/eduplan.js');

const m = (title: string, dueDate: string) => ({
  taskNumber: 1,
  title,
  output: `${title}的产出`,
  outputTarget: null,
  outputUnit: null,
  ownerName: '王明',
  ownerUnitCode: '999901',
  dueDate,
});

describe('eduplan tasks / workplan', () => {
  let dir: string;
  let base: string[];
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
    dir = mkdtempSync(join(tmpdir(), 'eduplan-delivery-'));
    const planFile = join(dir, 'plan.yaml');
    const text = readFileSync(join(import.meta.dirname, '../../plans/jining-2024.yaml'), 'utf8');
    writeFileSync(planFile, text.replace("orgCode: '370800'", "orgCode: '999900'"));
    const h = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data') });
    await loadSmallDataset(h.db);
    const ctx = createAppContextFrom(h, parsePlan(readFileSync(planFile, 'utf8'), planFile));
    const op: Caller = {
      actor: { id: null, username: 'test', ip: null },
      scope: { kind: 'org', orgCode: '999900' },
    };
    await ctx.delivery.saveDraft(op, '999901', {
      revision: null,
      measures: [m('甲', '2026-06-30'), m('乙', '2026-06-30')],
    });
    await ctx.delivery.submit(op, '999901', { revision: 1 });
    await ctx.delivery.approve(op, '999901', { revision: 2 });
    await ctx.delivery.revise(op, '999901', { revision: 3 });
    await ctx.delivery.saveDraft(op, '999901', {
      revision: 1,
      measures: [
        { ...m('甲', '2026-12-31'), id: '999901-001' },
        { ...m('乙', '2026-06-30'), id: '999901-002' },
        m('丙', '2027-06-30'),
      ],
    });
    await ctx.close();
    base = ['--data-dir', join(dir, 'data'), '--plan', planFile];
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the 19 tasks, with the approved measures counted', async () => {
    const r = await eduplan(['tasks', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      tasks: Array<{ number: number; leadSection: string; measures: number }>;
    };
    expect(doc.tasks).toHaveLength(19);
    // v1 (approved) has two measures of task 1; the v2 draft's third does not count yet.
    expect(doc.tasks[0]).toMatchObject({ number: 1, leadSection: '学前教育科', measures: 2 });
    const table = await eduplan(['tasks']);
    expect(table.stdout).toContain('二(一)1 稳步提升“公办率” · 牵头：学前教育科（待确认）');
  });

  it('shows the plan, a version and the diff of two versions', async () => {
    const show = await eduplan(['workplan', 'show', '999901']);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('县1（999901）工作方案：第 2 版，草稿；已批准版本：1');
    expect(show.stdout).toContain('+ 新增 999901-003 丙');
    const v1 = JSON.parse(
      (await eduplan(['workplan', 'show', '999901', '--version', '1', '--format', 'json'])).stdout,
    );
    expect(v1.workPlan.measures.map((x: { id: string }) => x.id)).toEqual(['999901-001', '999901-002']);
    const diff = await eduplan(['workplan', 'diff', '999901', '1', '2']);
    expect(diff.stdout).toBe(
      [
        '县1（999901）工作方案 第 1 版 → 第 2 版：',
        '+ 新增 999901-003 丙',
        '~ 修改 999901-001 甲',
        '    完成期限：2026-06-30 → 2026-12-31',
        '  未变 1 条',
        '',
      ].join('\n'),
    );
  });

  it('refuses an unknown version in Chinese', async () => {
    const r = await eduplan(['workplan', 'show', '999901', '--version', '5']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('县1没有第 5 版工作方案');
  });
});
