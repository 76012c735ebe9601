/**
 * Progress reports through the service, on PGlite and PostgreSQL, on the small invented city
 * (县1 999901, 县2 999902) with a clock the test moves. Monthly rounds closing on the 5th of the
 * next month, 15 days' grace, amber 3 days before. 县1's approved work plan: 新建资源教室 (4 间,
 * due 2026-10-31), 召开联席会议 (no figure, due 2026-12-31), 修订送教上门方案 (due 2026-10-31,
 * never reported); 县2's: one measure. The expected values are worked out from those dates.
 */
import { sql } from 'drizzle-orm';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { AppError } from '../../src/app/app-error.ts';
import type { Caller } from '../../src/app/access/caller.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import type { RoleCode } from '../../src/domain/access/access.types.ts';
import type { Measure } from '../../src/domain/delivery/delivery.types.ts';
import { tinyPdf } from '../../src/demo/demo.reporting.ts';
import { approveMeasures, draft } from '../support/reporting.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

const SETTINGS = {
  frequency: 'monthly',
  firstRound: '2026-01',
  closeDay: 5,
  graceDays: 15,
  amberDays: 3,
} as const;

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe.each(testBackends())('progress reports on $name', (backend) => {
  let ctx: AppContext;
  let now = new Date('2026-10-20T10:00:00+08:00');
  let rooms: Measure;
  let meeting: Measure;
  let plan: Measure;
  let other: Measure;
  let pdfId: string;
  const caller = (username: string, role: RoleCode, orgCode: string): Caller => ({
    actor: { id: null, username, ip: null },
    scope: { kind: 'org', orgCode },
    permissions: new Set(ctx.roles.get(role)!.permissions),
  });
  let county1: Caller;
  let city: Caller;

  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    ctx = createAppContextFrom(
      database,
      { ...loadPlan(), orgCode: '999900' },
      { clock: () => now, reporting: SETTINGS },
    );
    county1 = caller('county1', 'countyAdmin', '999901');
    city = caller('citystaff', 'cityStaff', '999900');
    [rooms, meeting, plan] = (await approveMeasures(ctx, '999901', [
      draft('999901', { title: '新建资源教室', outputTarget: 4, outputUnit: '间' }),
      draft('999901', { title: '召开联席会议', dueDate: '2026-12-31', taskNumber: 2 }),
      draft('999901', { title: '修订送教上门方案' }),
    ])) as [Measure, Measure, Measure];
    [other] = (await approveMeasures(ctx, '999902', [draft('999902', { title: '乙县资源中心建设' })])) as [
      Measure,
    ];
    const file = await ctx.evidence.upload(county1, {
      orgCode: '999901',
      fileName: '资源教室验收单.pdf',
      body: Readable.from([tinyPdf(['Acceptance of 4 resource rooms'])]),
    });
    pdfId = file.id;
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('computes the current round from the clock', () => {
    expect(ctx.reporting.currentRound()).toMatchObject({ id: '2026-10', closesOn: '2026-11-05' });
    expect(
      ctx.reporting
        .rounds()
        .map((r) => r.id)
        .at(-1),
    ).toBe('2026-10');
    expect(ctx.reporting.rounds()).toHaveLength(10);
  });

  it('files → submits → is returned → resubmits → is accepted, with every event in the history', async () => {
    const content = {
      progress: 'done' as const,
      text: '4 间资源教室已建成并验收',
      blockedReason: null,
      figure: 4,
    };
    // 已完成 without evidence: saved as a draft, refused on submit (box-ticking).
    let r = await ctx.reporting.save(county1, '2026-10', rooms.id, { ...content, evidence: [], version: 0 });
    expect(r).toMatchObject({ state: 'draft', version: 1, actions: ['save', 'submit'] });
    const noEvidence = await refusal(ctx.reporting.submit(county1, '2026-10', rooms.id, 1));
    expect(noEvidence.code).toBe('VALIDATION_FAILED');
    expect(noEvidence.details.map((d) => d.field)).toEqual(['evidence']);
    expect(noEvidence.message).toContain('佐证材料');

    // The figure is checked against the measure.
    const negative = await refusal(
      ctx.reporting.save(county1, '2026-10', rooms.id, {
        ...content,
        figure: -2,
        evidence: [pdfId],
        version: 1,
      }),
    );
    expect(negative.details).toEqual([
      { field: 'figure', value: -2, message: '完成数值不能为负数（目标 4间）' },
    ]);

    r = await ctx.reporting.save(county1, '2026-10', rooms.id, { ...content, evidence: [pdfId], version: 1 });
    expect(r.version).toBe(2);
    expect(r.evidence.map((f) => f.fileName)).toEqual(['资源教室验收单.pdf']);
    // A stale copy (version 1) is refused.
    const stale = await refusal(
      ctx.reporting.save(county1, '2026-10', rooms.id, { ...content, evidence: [], version: 1 }),
    );
    expect(stale.code).toBe('CONFLICT');

    r = await ctx.reporting.submit(county1, '2026-10', rooms.id, 2);
    expect(r).toMatchObject({ state: 'submitted', version: 3, actions: [] });
    expect(
      (
        await refusal(
          ctx.reporting.save(county1, '2026-10', rooms.id, { ...content, evidence: [pdfId], version: 3 }),
        )
      ).code,
    ).toBe('REPORT_STATE_CONFLICT');
    // The county cannot review; the city must give a reason to return.
    expect(
      (await refusal(ctx.reporting.review(county1, '2026-10', rooms.id, { action: 'accept', version: 3 })))
        .code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await refusal(
          ctx.reporting.review(city, '2026-10', rooms.id, { action: 'return', version: 3, comment: ' ' }),
        )
      ).code,
    ).toBe('VALIDATION_FAILED');

    const queue = await ctx.reporting.queue(city, { roundId: '2026-10' });
    expect(queue.items.map((i) => [i.measure.id, i.report.state, i.report.actions])).toEqual([
      [rooms.id, 'submitted', ['accept', 'return']],
    ]);

    r = await ctx.reporting.review(city, '2026-10', rooms.id, {
      action: 'return',
      version: 3,
      comment: '请补充验收单的签字页',
    });
    expect(r).toMatchObject({
      state: 'returned',
      returnComment: '请补充验收单的签字页',
      reviewedBy: 'citystaff',
    });
    expect((await ctx.reporting.queue(city, {})).items).toEqual([]);

    // The round closes on 5 November; a returned report may still be corrected and resubmitted.
    now = new Date('2026-11-08T09:00:00+08:00');
    r = await ctx.reporting.save(county1, '2026-10', rooms.id, {
      ...content,
      text: '4 间资源教室已建成，验收单签字页已补充',
      evidence: [pdfId],
      version: 4,
    });
    expect(r).toMatchObject({ state: 'returned', version: 5 });
    r = await ctx.reporting.submit(county1, '2026-10', rooms.id, 5);
    expect(r.state).toBe('submitted');
    r = await ctx.reporting.review(city, '2026-10', rooms.id, { action: 'accept', version: 6 });
    expect(r).toMatchObject({ state: 'accepted', actions: [] });

    const history = await ctx.reporting.history(county1, rooms.id);
    expect(history.events.map((e) => [e.action, e.fromState, e.toState, e.actor])).toEqual([
      ['create', null, 'draft', 'county1'],
      ['save', 'draft', 'draft', 'county1'],
      ['submit', 'draft', 'submitted', 'county1'],
      ['return', 'submitted', 'returned', 'citystaff'],
      ['save', 'returned', 'returned', 'county1'],
      ['resubmit', 'returned', 'submitted', 'county1'],
      ['accept', 'submitted', 'accepted', 'citystaff'],
    ]);
    expect(history.events[3]!.comment).toBe('请补充验收单的签字页');
    expect(history.events[4]!.text).toBe('4 间资源教室已建成，验收单签字页已补充');
    expect(history.state).toMatchObject({
      progress: 'done',
      review: 'accepted',
      done: true,
      overdue: false,
      escalation: 'none',
      figure: 4,
    });
  });

  it('refuses a report after the round closed, naming the round and its closing date', async () => {
    now = new Date('2026-11-08T09:00:00+08:00');
    const e = await refusal(
      ctx.reporting.save(county1, '2026-10', meeting.id, {
        progress: 'inProgress',
        text: '已起草会议方案',
        blockedReason: null,
        figure: null,
        evidence: [],
        version: 0,
      }),
    );
    expect(e.code).toBe('ROUND_CLOSED');
    expect(e.status).toBe(409);
    expect(e.message).toContain('2026年10月的进展报送已于 2026-11-05 截止');
    expect(e.message).toContain('召开联席会议');
    const rows = await ctx.db.execute(
      sql`SELECT count(*)::int AS n FROM progress_report WHERE measure_id = ${meeting.id}`,
    );
    expect((rows as unknown as { rows: Array<{ n: number }> }).rows[0]!.n).toBe(0);
    // The November round takes it.
    const r = await ctx.reporting.save(county1, '2026-11', meeting.id, {
      progress: 'blocked',
      text: '联席会议未能召开',
      blockedReason: '分管副县长调整，会议待定',
      figure: null,
      evidence: [],
      version: 0,
    });
    expect(r.state).toBe('draft');
    await ctx.reporting.submit(county1, '2026-11', meeting.id, 1);
  });

  it('answers a measure of another county as not found', async () => {
    for (const p of [
      ctx.reporting.save(county1, '2026-11', other.id, {
        progress: 'inProgress',
        text: 'x',
        blockedReason: null,
        figure: null,
        evidence: [],
        version: 0,
      }),
      ctx.reporting.history(county1, other.id),
      ctx.reporting.report(county1, '2026-11', other.id),
    ]) {
      const e = await refusal(p);
      expect(e.code).toBe('MEASURE_NOT_FOUND');
      expect(e.status).toBe(404);
      expect(e.outOfScope).toEqual({ targetType: 'measure', targetId: other.id });
    }
    expect((await refusal(ctx.reporting.countyRound(county1, '999902', '2026-11'))).status).toBe(404);
  });

  it('escalates on a moving clock: overdue visible from 11-01, red from 11-16; blocked red after its grace', async () => {
    const states = async () =>
      new Map(
        (await ctx.reporting.measureStates(city, { countyCode: '999901' })).map((s) => [s.measureId, s]),
      );
    now = new Date('2026-11-08T09:00:00+08:00');
    let s = await states();
    // 修订送教上门方案: due 10-31, never reported.
    expect(s.get(plan.id)).toMatchObject({
      progress: 'notStarted',
      overdue: true,
      overdueSince: '2026-11-01',
      daysOverdue: 8,
      escalation: 'visible',
      redFrom: '2026-11-16',
    });
    // 召开联席会议: blocked, submitted on 11-08 → red from 11-24.
    expect(s.get(meeting.id)).toMatchObject({
      blocked: true,
      blockedSince: '2026-11-08',
      escalation: 'visible',
      redFrom: '2026-11-24',
    });
    expect(s.get(rooms.id)!.escalation).toBe('none');
    now = new Date('2026-11-15T23:59:00+08:00');
    expect((await states()).get(plan.id)!.escalation).toBe('visible');
    now = new Date('2026-11-16T00:01:00+08:00');
    s = await states();
    expect(s.get(plan.id)!.escalation).toBe('red');
    expect(s.get(meeting.id)!.escalation).toBe('visible');
    const list = await ctx.reporting.escalations(city, { countyCode: '999901' });
    expect(list.items.map((i) => [i.measure.title, i.state.escalation])).toEqual([
      ['修订送教上门方案', 'red'],
      ['召开联席会议', 'visible'],
    ]);
    expect(list.summary).toEqual({ visible: 1, red: 1, overdue: 1, blocked: 1 });
    now = new Date('2026-11-24T08:00:00+08:00');
    expect((await states()).get(meeting.id)!.escalation).toBe('red');
    // 县2 sees none of 县1's.
    const county2 = caller('county2', 'countyAdmin', '999902');
    expect((await ctx.reporting.escalations(county2)).items.map((i) => i.measure.countyCode)).toEqual([
      '999902',
    ]);
  });

  it('keeps the history append-only', async () => {
    await expect(ctx.db.execute(sql`UPDATE progress_report_event SET text = 'x'`)).rejects.toThrow();
    await expect(ctx.db.execute(sql`DELETE FROM progress_report_event`)).rejects.toThrow();
  });

  it('the county round lists every measure of the approved plan with its report', async () => {
    now = new Date('2026-11-20T10:00:00+08:00');
    const round = await ctx.reporting.countyRound(county1, '999901', '2026-11');
    expect(round.round).toMatchObject({
      id: '2026-11',
      status: 'open',
      closesOn: '2026-12-05',
      daysToClose: 15,
    });
    expect(round.items.map((i) => [i.measure.title, i.report.state])).toEqual([
      ['新建资源教室', null],
      ['召开联席会议', 'submitted'],
      ['修订送教上门方案', null],
    ]);
    expect(round.summary).toEqual({
      measures: 3,
      notFiled: 2,
      draft: 0,
      submitted: 1,
      accepted: 0,
      returned: 0,
    });
  });
});
