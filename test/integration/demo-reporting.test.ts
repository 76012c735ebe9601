/**
 * The demo's progress reports as loaded (演示数据, on PGlite): reports in several rounds for the
 * approved demo measures, some returned with the city's comment, some blocked, some measures
 * overdue; every 已完成 carries evidence, and the evidence files are real, downloadable files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { createDemoData } from '../../src/app/demo/demo.service.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { listReports } from '../../src/db/reporting/reporting.repository.ts';
import { testBackends } from '../support/test-db.ts';

const NOW = new Date('2026-11-28T02:00:00Z');

describe('demo progress reports', () => {
  let ctx: AppContext;
  beforeAll(async () => {
    const database = await testBackends()[0]!.open();
    ctx = createAppContextFrom(database, loadPlan(), { clock: () => NOW });
    await createDemoData(ctx.database.db, { now: () => NOW });
  }, 300_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('has reports over several rounds, returned and blocked ones, and evidence for every 已完成', async () => {
    const reports = await listReports(ctx.db, {});
    const rounds = new Set(reports.map((r) => r.roundId));
    expect(rounds.size).toBeGreaterThanOrEqual(4);
    expect(rounds.has('2026-11')).toBe(true);
    expect(reports.some((r) => r.state === 'returned' && r.returnComment)).toBe(true);
    expect(reports.some((r) => r.progress === 'blocked' && r.blockedReason)).toBe(true);
    expect(reports.some((r) => r.state === 'submitted')).toBe(true);
    const done = reports.filter((r) => r.progress === 'done' && r.state !== 'draft');
    expect(done.length).toBeGreaterThan(0);
    expect(done.filter((r) => r.evidence.length === 0)).toEqual([]);
    // Closed rounds take no new reports: every submission of a closed round is before its closing day's end.
    for (const r of reports.filter((x) => x.roundId < '2026-10' && x.firstSubmittedAt)) {
      const round = ctx.reporting.rounds().find((x) => x.id === r.roundId)!;
      expect(r.firstSubmittedAt! < `${round.closesOn}T16:00:00.000Z`).toBe(true);
    }
  });

  it('escalates: overdue and blocked measures for the city, some red', async () => {
    const list = await ctx.reporting.escalations(null);
    expect(list.summary.overdue).toBeGreaterThan(0);
    expect(list.summary.blocked).toBeGreaterThan(0);
    expect(list.summary.red).toBeGreaterThan(0);
  });

  it('serves the evidence files as downloadable PDFs and PNGs', async () => {
    const reports = await listReports(ctx.db, {});
    const ids = [...new Set(reports.flatMap((r) => r.evidence))];
    const files = await ctx.evidence.describe(null, ids);
    expect(new Set(files.map((f) => f.kind))).toEqual(new Set(['pdf', 'image']));
    const png = files.find((f) => f.kind === 'image')!;
    const { stream } = await ctx.evidence.open(null, png.id);
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(Buffer.from(c as Uint8Array));
    expect(Buffer.concat(chunks).subarray(1, 4).toString()).toBe('PNG');
    expect(Buffer.concat(chunks).length).toBe(png.size);
  });

  it('is deterministic from the seed', async () => {
    const { demoReports } = await import('../../src/demo/demo.reporting.ts');
    const input = {
      seed: 7,
      now: NOW,
      settings: {
        frequency: 'monthly',
        firstRound: '2025-01',
        closeDay: 5,
        graceDays: 15,
        amberDays: 3,
      } as const,
      measures: [
        {
          measure: {
            id: '370811-001',
            countyCode: '370811',
            taskNumber: 1,
            title: '新建资源教室',
            output: '4 间',
            outputTarget: 4,
            outputUnit: '间',
            ownerName: '王明',
            ownerUnitCode: '370811',
            ownerUnit: '任城区教育和体育局',
            dueDate: '2026-09-30',
            sinceVersion: 1,
          },
          approvedOn: '2026-03-01',
        },
      ],
      countyUsers: { '370811': 'rencheng' },
      reviewer: 'city',
    };
    expect(JSON.stringify(demoReports(input))).toBe(JSON.stringify(demoReports(input)));
  });
});
