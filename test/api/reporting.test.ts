/**
 * The progress-report routes through app.inject(), on the small invented city with a clock the test
 * moves: 县1 (999901) has two approved measures (新建资源教室, 4 间, due 2026-10-31; 召开联席会议),
 * 县2 (999902) one. A county officer uploads a PDF, files and submits a report; the city returns
 * it with a comment; the county resubmits; the city accepts. Bad input is refused in Chinese.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import type { Measure } from '../../src/domain/delivery/delivery.types.ts';
import { tinyPdf } from '../../src/demo/demo.reporting.ts';
import { createTestAccounts, login, type Login } from '../support/accounts.ts';
import { approveMeasures, draft } from '../support/reporting.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

const [backend] = testBackends();

describe('progress-report routes', () => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let now = new Date('2026-10-20T10:00:00+08:00');
  let rooms: Measure;
  let meeting: Measure;
  let other: Measure;
  const sessions = new Map<string, Login>();
  const call = (user: string, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) => {
    const s = sessions.get(user)!;
    return app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      ...(payload ? { payload } : {}),
    });
  };

  /** Moves the clock; sessions idle that long have expired, so everyone logs in again. */
  const moveClock = async (to: string) => {
    now = new Date(to);
    for (const u of sessions.keys()) sessions.set(u, await login(app, u));
  };

  beforeAll(async () => {
    const database = await backend!.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    ctx = createAppContextFrom(
      database,
      { ...loadPlan(), orgCode: '999900' },
      {
        clock: () => now,
        reporting: { frequency: 'monthly', firstRound: '2026-01', closeDay: 5, graceDays: 15, amberDays: 3 },
      },
    );
    [rooms, meeting] = (await approveMeasures(ctx, '999901', [
      draft('999901', { title: '新建资源教室', outputTarget: 4, outputUnit: '间' }),
      draft('999901', { title: '召开联席会议', dueDate: '2026-12-31' }),
    ])) as [Measure, Measure];
    [other] = (await approveMeasures(ctx, '999902', [draft('999902', { title: '县2资源中心' })])) as [
      Measure,
    ];
    app = await buildApp(ctx);
    for (const u of ['county1', 'county2', 'citystaff']) sessions.set(u, await login(app, u));
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  it('runs file → submit → return → resubmit → accept with a PDF as evidence', async () => {
    const s = sessions.get('county1')!;
    const up = await app.inject({
      method: 'POST',
      url: '/api/v1/evidence?org=999901',
      headers: {
        cookie: s.cookie,
        'x-csrf-token': s.csrf,
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent('验收单.pdf'),
      },
      payload: Buffer.from(tinyPdf(['Acceptance'])),
    });
    expect(up.statusCode).toBe(201);
    const fileId = up.json().file.id as string;

    const rounds = await call('county1', 'GET', '/reporting/rounds');
    expect(rounds.json().current).toMatchObject({ id: '2026-10', closesOn: '2026-11-05', status: 'open' });

    const url = `/reporting/rounds/2026-10/measures/${rooms.id}`;
    let res = await call('county1', 'PUT', url, {
      version: 0,
      progress: 'done',
      text: '4 间资源教室已验收',
      figure: 4,
      evidence: [fileId],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().report).toMatchObject({ state: 'draft', version: 1, actions: ['save', 'submit'] });
    expect(res.json().report.evidence[0]).toMatchObject({ fileName: '验收单.pdf', kind: 'pdf' });

    res = await call('county1', 'POST', `${url}/submit`, { version: 1 });
    expect(res.json().report.state).toBe('submitted');

    const queue = await call('citystaff', 'GET', '/reporting/queue?round=2026-10');
    expect(queue.json().items.map((i: any) => [i.measure.title, i.report.evidence.length])).toEqual([
      ['新建资源教室', 1],
    ]);

    // The county cannot review (403); the city must give a reason to return (400).
    expect(
      (await call('county1', 'POST', `${url}/review`, { action: 'accept', version: 2 })).statusCode,
    ).toBe(403);
    res = await call('citystaff', 'POST', `${url}/review`, { action: 'return', version: 2 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('退回意见');
    res = await call('citystaff', 'POST', `${url}/review`, {
      action: 'return',
      version: 2,
      comment: '请补充签字页',
    });
    expect(res.json().report).toMatchObject({ state: 'returned', returnComment: '请补充签字页' });

    const page = await call('county1', 'GET', '/reporting/rounds/2026-10/counties/999901');
    expect(
      page.json().items.map((i: any) => [i.measure.title, i.report.state, i.report.returnComment]),
    ).toEqual([
      ['新建资源教室', 'returned', '请补充签字页'],
      ['召开联席会议', null, null],
    ]);

    res = await call('county1', 'POST', `${url}/submit`, { version: 3 });
    expect(res.json().report.state).toBe('submitted');
    res = await call('citystaff', 'POST', `${url}/review`, { action: 'accept', version: 4 });
    expect(res.json().report.state).toBe('accepted');

    const history = await call('county1', 'GET', `/reporting/measures/${rooms.id}/history`);
    expect(history.json().events.map((e: any) => e.action)).toEqual([
      'create',
      'submit',
      'return',
      'resubmit',
      'accept',
    ]);
    expect(history.json().dataset).toEqual({ demo: false, notice: null });
  });

  it('refuses bad input in Chinese, naming the field', async () => {
    const url = `/reporting/rounds/2026-10/measures/${meeting.id}`;
    let res = await call('county1', 'PUT', url, { version: 0, progress: 'finished', text: 'x' });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error.details)).toContain('状态应为');
    res = await call('county1', 'PUT', url, { version: 0, progress: 'inProgress', text: 'x', figure: 3 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({ field: 'figure', value: 3 });
    expect(res.json().error.message).toContain('没有量化目标');
    res = await call('county1', 'PUT', url, {
      version: 0,
      progress: 'inProgress',
      text: 'x',
      evidence: ['not-a-uuid'],
    });
    expect(res.statusCode).toBe(400);
    res = await call('county1', 'GET', '/reporting/rounds/2027-01/counties/999901');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('ROUND_NOT_FOUND');
  });

  it('answers another county’s measure as not found', async () => {
    const url = `/reporting/rounds/2026-10/measures/${other.id}`;
    for (const res of [
      await call('county1', 'GET', url),
      await call('county1', 'PUT', url, { version: 0, progress: 'inProgress', text: 'x' }),
      await call('county1', 'GET', `/reporting/measures/${other.id}/history`),
      await call('county1', 'GET', '/reporting/rounds/2026-10/counties/999902'),
    ]) {
      expect(res.statusCode).toBe(404);
    }
    expect((await call('county2', 'GET', url)).statusCode).toBe(200);
  });

  it('refuses a report after the round closed, naming the round and its closing date', async () => {
    await moveClock('2026-11-06T08:00:00+08:00');
    const res = await call('county1', 'PUT', `/reporting/rounds/2026-10/measures/${meeting.id}`, {
      version: 0,
      progress: 'inProgress',
      text: '会议方案已起草',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('ROUND_CLOSED');
    expect(res.json().error.message).toContain('2026年10月的进展报送已于 2026-11-05 截止');
  });

  it('lists the escalated measures for the city after the due date, red after the grace period', async () => {
    await moveClock('2026-11-16T09:00:00+08:00');
    const res = await call('citystaff', 'GET', '/reporting/escalations');
    // 新建资源教室 was accepted as 已完成; 县2资源中心 (due 10-31, never reported) is 16 days late.
    expect(
      res.json().items.map((i: any) => [i.measure.title, i.state.escalation, i.state.daysOverdue]),
    ).toEqual([['县2资源中心', 'red', 16]]);
    const county = await call('county1', 'GET', '/reporting/escalations');
    expect(county.json().items).toEqual([]);
  });
});
