/**
 * The delivery routes via app.inject on the small invented city: county1 (999901) writes and submits
 * its plan, citystaff returns and approves it; county1 cannot see or edit county2's (999902) plan —
 * answered 404 as if absent; bad input is refused in Chinese naming the field.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { createTestAccounts, login, type Login } from '../support/accounts.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

const measure = {
  taskNumber: 3,
  title: '镇村幼儿园一体化管理',
  output: '镇1-1 中心园与村园实行一体化管理',
  outputTarget: null,
  outputUnit: null,
  ownerName: '赵强',
  ownerUnitCode: '999901001',
  dueDate: '2025-12-31',
};

describe.each(testBackends())('delivery API on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  const sessions = new Map<string, Login>();
  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    ctx = createAppContextFrom(
      database,
      { ...loadPlan(), orgCode: '999900' },
      { clock: () => new Date('2025-06-10T10:00:00+08:00') },
    );
    app = await buildApp(ctx);
    for (const u of ['county1', 'county2', 'citystaff', 'inspector']) sessions.set(u, await login(app, u));
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const call = async (user: string, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) => {
    const s = sessions.get(user)!;
    const res = await app.inject({
      method,
      url,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      ...(payload ? { payload } : {}),
    });
    return { status: res.statusCode, body: res.json() as Record<string, any> };
  };

  it('lists the 19 tasks with their lead sections and zero measures before any approval', async () => {
    const { status, body } = await call('county1', 'GET', '/api/v1/tasks');
    expect(status).toBe(200);
    expect(body.tasks).toHaveLength(19);
    expect(body.tasks[12]).toMatchObject({
      number: 13,
      leadSection: '特殊教育科',
      leadSectionConfirmed: false,
      milestoneIds: ['m13-special-school-county-coverage', 'm13-township-resource-centre-coverage'],
      measures: 0,
    });
    expect(body.dataset).toEqual({ demo: false, notice: null });
  });

  it('county1 saves and submits; county2 gets 404 for it; the city returns, then approves', async () => {
    let r = await call('county1', 'PUT', '/api/v1/work-plans/999901/draft', {
      revision: null,
      measures: [measure],
    });
    expect(r.status).toBe(200);
    expect(r.body.workPlan.current.measures[0]).toMatchObject({ id: '999901-001', ownerUnit: '镇1-1' });
    expect(r.body.workPlan.units.slice(0, 3)).toEqual([
      { code: '999901', name: '县1教育和体育局', kind: 'county' },
      { code: '999901001', name: '镇1-1', kind: 'township' },
      { code: '999901002', name: '镇1-2', kind: 'township' },
    ]);

    // Out of county2's scope: the plan, its versions, its diff and every write answer "not found".
    for (const [method, url, payload] of [
      ['GET', '/api/v1/work-plans/999901', undefined],
      ['GET', '/api/v1/work-plans/999901/versions/1', undefined],
      ['GET', '/api/v1/work-plans/999901/diff?from=1&to=1', undefined],
      ['GET', '/api/v1/measures?county=999901', undefined],
      ['PUT', '/api/v1/work-plans/999901/draft', { revision: 1, measures: [] }],
      ['POST', '/api/v1/work-plans/999901/submit', { revision: 1 }],
    ] as const) {
      const res = await call('county2', method, url, payload);
      expect([url, res.status, res.body.error?.code]).toEqual([url, 404, 'ORG_UNIT_NOT_FOUND']);
    }
    // Nor does county2's list name it.
    const list = await call('county2', 'GET', '/api/v1/work-plans');
    expect(list.body.plans.map((p: any) => p.countyCode)).toEqual(['999902']);

    r = await call('county1', 'POST', '/api/v1/work-plans/999901/submit', { revision: 1 });
    expect(r.body.workPlan.state).toMatchObject({ state: 'submitted', version: 1 });
    // The county cannot decide its own plan (no delivery.approve).
    expect((await call('county1', 'POST', '/api/v1/work-plans/999901/approve', { revision: 2 })).status).toBe(
      403,
    );

    const cityView = await call('citystaff', 'GET', '/api/v1/work-plans');
    expect(cityView.body.plans.map((p: any) => [p.countyCode, p.state])).toEqual([
      ['999901', 'submitted'],
      ['999902', 'none'],
      ['999903', 'none'],
      ['999904', 'none'],
    ]);
    r = await call('citystaff', 'GET', '/api/v1/work-plans/999901');
    expect(r.body.workPlan.actions).toEqual(['approve', 'return']);

    r = await call('citystaff', 'POST', '/api/v1/work-plans/999901/return', {
      revision: 2,
      comment: '请写明涉及的村园数',
    });
    expect(r.body.workPlan.current.version).toMatchObject({
      state: 'returned',
      decisionComment: '请写明涉及的村园数',
    });
    r = await call('county1', 'PUT', '/api/v1/work-plans/999901/draft', {
      revision: 3,
      measures: [{ ...measure, id: '999901-001', outputTarget: 4, outputUnit: '所村园' }],
    });
    expect(r.status).toBe(200);
    r = await call('county1', 'POST', '/api/v1/work-plans/999901/submit', { revision: 4 });
    expect(r.body.workPlan.state.state).toBe('submitted');
    r = await call('citystaff', 'POST', '/api/v1/work-plans/999901/approve', { revision: 5 });
    expect(r.status).toBe(200);
    expect(r.body.workPlan.state).toMatchObject({ state: 'approved', approvedVersion: 1, measures: 1 });

    const measures = await call('inspector', 'GET', '/api/v1/measures');
    expect(measures.body.measures.map((m: any) => [m.id, m.outputTarget, m.outputUnit])).toEqual([
      ['999901-001', 4, '所村园'],
    ]);
    const tasks = await call('citystaff', 'GET', '/api/v1/tasks');
    expect(tasks.body.tasks[2]).toMatchObject({ number: 3, measures: 1, counties: 1 });
  });

  it('refuses bad input in Chinese, naming field, value and rule', async () => {
    const before = await call('county2', 'GET', '/api/v1/work-plans/999902');
    expect(before.body.workPlan.current).toBeNull();
    const r = await call('county2', 'PUT', '/api/v1/work-plans/999902/draft', {
      revision: null,
      measures: [
        { ...measure, ownerUnitCode: '999901001' },
        { ...measure, ownerUnitCode: '999902', dueDate: '2023-06-30' },
      ],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
    expect(r.body.error.details).toEqual([
      {
        field: 'body.measures[0].ownerUnitCode',
        value: '999901001',
        message:
          '第 1 条举措：责任单位“999901001”不在县2：应为本县（市、区）教育部门、本县的乡镇（街道）或本县的学校',
      },
      {
        field: 'body.measures[1].dueDate',
        value: '2023-06-30',
        message: '第 2 条举措：完成期限“2023-06-30”早于方案印发日期 2024-01-01',
      },
    ]);
    // Nothing half-written: still no plan.
    expect((await call('county2', 'GET', '/api/v1/work-plans/999902')).body.workPlan.current).toBeNull();
    // Submitting nothing and an unknown version.
    expect(
      (await call('county2', 'POST', '/api/v1/work-plans/999902/submit', { revision: 0 })).body.error,
    ).toMatchObject({
      code: 'CONFLICT',
      message: '尚未编制工作方案，不能提交',
    });
    expect((await call('county2', 'GET', '/api/v1/work-plans/999902/versions/3')).body.error).toMatchObject({
      code: 'WORK_PLAN_NOT_FOUND',
      message: '县2没有第 3 版工作方案',
    });
  });
});
