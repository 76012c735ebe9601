/**
 * Work-plan versioning through the delivery service, on PGlite and PostgreSQL, on the small invented
 * city (test/support/small-dataset.ts): county 999901 (县1, townships 999901001 and 999901002, schools
 * KA00000001 …) writes v1 with three measures, the city approves it; v2 starts from it, keeps one,
 * changes one (due date and owner), removes one and adds one → that diff, with the ids kept; the
 * approved measures stay v1's until v2 is approved. Clock: 2026-03-02 09:00 Beijing time.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/app/access/caller.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import type { Permission } from '../../src/domain/access/access.types.ts';
import type { MeasureDraft } from '../../src/domain/delivery/delivery.types.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

const county: Caller = {
  actor: { id: null, username: 'county1', ip: null },
  scope: { kind: 'org', orgCode: '999901' },
  permissions: new Set<Permission>(['delivery.read', 'delivery.plan']),
};
const otherCounty: Caller = {
  ...county,
  actor: { id: null, username: 'county2', ip: null },
  scope: { kind: 'org', orgCode: '999902' },
};
const city: Caller = {
  actor: { id: null, username: 'citystaff', ip: null },
  scope: { kind: 'org', orgCode: '999900' },
  permissions: new Set<Permission>(['delivery.read', 'delivery.approve']),
};

const A: MeasureDraft = {
  taskNumber: 1,
  title: '新建公办幼儿园',
  output: '新建公办幼儿园 2 所，新增学位 540 个',
  outputTarget: 540,
  outputUnit: '个学位',
  ownerName: '王明',
  ownerUnitCode: '999901',
  dueDate: '2026-08-31',
};
const B: MeasureDraft = {
  taskNumber: 7,
  title: '强镇筑基试点',
  output: '镇1-1 纳入市级强镇筑基试点',
  outputTarget: null,
  outputUnit: null,
  ownerName: '李华',
  ownerUnitCode: '999901001',
  dueDate: '2025-12-31',
};
const C: MeasureDraft = {
  taskNumber: 14,
  title: '特教学校附设学前部',
  output: '甲县特殊教育学校附设学前教育部',
  outputTarget: 1,
  outputUnit: '个',
  ownerName: '张敏',
  ownerUnitCode: 'SA00000001',
  dueDate: '2025-12-31',
};

describe.each(testBackends())('work plans on $name', (backend) => {
  let ctx: AppContext;
  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    ctx = createAppContextFrom(database, loadPlan(), { clock: () => new Date('2026-03-02T09:00:00+08:00') });
  });
  afterAll(async () => ctx?.close());

  const eventCount = async () =>
    Number(
      (
        (await ctx.database.db.execute(sql`SELECT count(*) AS n FROM work_plan_event`)) as unknown as {
          rows: Array<{ n: string | number }>;
        }
      ).rows[0]!.n,
    );

  it('gives the 19 tasks with their lead sections', () => {
    const tasks = ctx.delivery.tasks();
    expect(tasks).toHaveLength(19);
    expect(tasks[0]).toMatchObject({ number: 1, leadSection: '学前教育科', targetIds: ['T1', 'T4'] });
    // Task 8 serves m08 (2030-12-31): its measures may run to then; task 1's to 2027-12-31.
    expect(tasks[7]!.dueBy).toBe('2030-12-31');
    expect(tasks[0]!.dueBy).toBe('2027-12-31');
  });

  it('v1: saved, refused while submitted, approved; the approved measures carry stable ids', async () => {
    expect((await ctx.delivery.planStates(city)).find((s) => s.countyCode === '999901')).toMatchObject({
      state: 'none',
      version: null,
    });
    const saved = await ctx.delivery.saveDraft(county, '999901', { revision: null, measures: [A, B, C] });
    expect(saved.current!.version).toMatchObject({ version: 1, state: 'draft', revision: 1 });
    expect(saved.current!.measures.map((m) => [m.id, m.ownerUnit])).toEqual([
      ['999901-001', '县1教育和体育局'],
      ['999901-002', '镇1-1'],
      ['999901-003', '甲县特殊教育学校'],
    ]);
    expect(saved.actions).toEqual(['save', 'submit']);

    const submitted = await ctx.delivery.submit(county, '999901', { revision: 1 });
    expect(submitted.current!.version).toMatchObject({ state: 'submitted', revision: 2 });
    await expect(
      ctx.delivery.saveDraft(county, '999901', { revision: 2, measures: [A] }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '第 1 版工作方案已提交，等待市级审核，不能修改；如需修改请联系市级退回',
    });
    // Nothing approved yet: no measures for the other areas.
    expect(await ctx.delivery.measures(city)).toEqual([]);

    const approved = await ctx.delivery.approve(city, '999901', { revision: 2 });
    expect(approved.state).toMatchObject({ state: 'approved', version: 1, approvedVersion: 1, measures: 3 });
    const measures = await ctx.delivery.measures(city);
    expect(measures.map((m) => [m.id, m.sinceVersion, m.taskNumber])).toEqual([
      ['999901-001', 1, 1],
      ['999901-002', 1, 7],
      ['999901-003', 1, 14],
    ]);
    // County 999902 sees none of them.
    expect(await ctx.delivery.measures(otherCounty)).toEqual([]);
    await expect(ctx.delivery.workPlan(otherCounty, '999901')).rejects.toMatchObject({
      code: 'ORG_UNIT_NOT_FOUND',
    });
  });

  it('v2 keeps one, changes one, removes one, adds one: the diff, ids kept, v1 still counts', async () => {
    const revised = await ctx.delivery.revise(county, '999901', { revision: 3 });
    expect(revised.current!.version).toMatchObject({
      version: 2,
      state: 'draft',
      basedOnVersion: 1,
      revision: 1,
    });
    expect(revised.current!.measures.map((m) => m.id)).toEqual(['999901-001', '999901-002', '999901-003']);
    expect(revised.diff).toEqual({ added: [], removed: [], changed: [], unchanged: 3 });

    const D: MeasureDraft = {
      ...A,
      taskNumber: 8,
      title: '优质均衡县创建',
      output: '通过省级评估',
      outputTarget: null,
      outputUnit: null,
      dueDate: '2030-06-30',
    };
    const v2 = await ctx.delivery.saveDraft(county, '999901', {
      revision: 1,
      measures: [
        { ...A, id: '999901-001' },
        { ...C, id: '999901-003', dueDate: '2026-06-30', ownerUnitCode: '999901' },
        D,
      ],
    });
    expect(v2.current!.measures.map((m) => [m.id, m.sinceVersion])).toEqual([
      ['999901-001', 1],
      ['999901-003', 1],
      ['999901-004', 2],
    ]);
    expect(v2.diff!.added.map((m) => m.id)).toEqual(['999901-004']);
    expect(v2.diff!.removed.map((m) => m.id)).toEqual(['999901-002']);
    expect(v2.diff!.unchanged).toBe(1);
    expect(v2.diff!.changed.map((c) => [c.measure.id, c.changes])).toEqual([
      [
        '999901-003',
        [
          { field: 'ownerUnit', from: '甲县特殊教育学校', to: '县1教育和体育局' },
          { field: 'dueDate', from: '2025-12-31', to: '2026-06-30' },
        ],
      ],
    ]);
    // The same through the explicit diff of v1 and v2.
    const explicit = await ctx.delivery.diff(city, '999901', 1, 2);
    expect(explicit.diff).toEqual(v2.diff);
    // The approved plan is still v1.
    expect((await ctx.delivery.measures(city, { countyCode: '999901' })).map((m) => m.id)).toEqual([
      '999901-001',
      '999901-002',
      '999901-003',
    ]);
  });

  it('refuses bad input and stale edits with nothing written', async () => {
    const before = await eventCount();
    const draft = (await ctx.delivery.workPlan(county, '999901')).current!;
    const kept = draft.measures.map(
      ({ id, taskNumber, title, output, outputTarget, outputUnit, ownerName, ownerUnitCode, dueDate }) => ({
        id,
        taskNumber,
        title,
        output,
        outputTarget,
        outputUnit,
        ownerName,
        ownerUnitCode,
        dueDate,
      }),
    );
    await expect(
      ctx.delivery.saveDraft(county, '999901', {
        revision: draft.version.revision,
        measures: [
          ...kept,
          { ...A, ownerUnitCode: '999902001' },
          { ...A, dueDate: '2028-01-01' },
          { ...A, taskNumber: 20 },
          { ...A, title: '' },
        ],
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [
        expect.objectContaining({ field: 'body.measures[3].ownerUnitCode', value: '999902001' }),
        expect.objectContaining({
          field: 'body.measures[4].dueDate',
          message: '第 5 条举措：完成期限“2028-01-01”晚于方案期限：服务任务 1 的举措应在 2027-12-31 前完成',
        }),
        expect.objectContaining({ field: 'body.measures[5].taskNumber', value: 20 }),
        expect.objectContaining({
          field: 'body.measures[6].title',
          message: '第 7 条举措：举措名称不能为空',
        }),
      ],
    });
    await expect(
      ctx.delivery.saveDraft(county, '999901', { revision: draft.version.revision - 1, measures: kept }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: [expect.objectContaining({ field: 'revision' })] });
    await expect(
      ctx.delivery.approve(city, '999901', { revision: draft.version.revision }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '第 2 版工作方案是草稿，尚未提交，不能批准',
    });
    await expect(
      ctx.delivery.approve(county, '999901', { revision: draft.version.revision }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await eventCount()).toBe(before);
    const after = (await ctx.delivery.workPlan(county, '999901')).current!;
    expect(after.version.revision).toBe(draft.version.revision);
    expect(after.measures).toEqual(draft.measures);
  });

  it('returned with a comment, edited, resubmitted, approved: v2 counts; history is append-only', async () => {
    let plan = await ctx.delivery.workPlan(county, '999901');
    plan = await ctx.delivery.submit(county, '999901', { revision: plan.current!.version.revision });
    await expect(
      ctx.delivery.returnPlan(city, '999901', { revision: plan.current!.version.revision }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ field: 'body.comment' })],
    });
    plan = await ctx.delivery.returnPlan(city, '999901', {
      revision: plan.current!.version.revision,
      comment: '举措 999901-004 请写明评估年份',
    });
    expect(plan.current!.version).toMatchObject({
      state: 'returned',
      decisionComment: '举措 999901-004 请写明评估年份',
    });
    await expect(
      ctx.delivery.approve(city, '999901', { revision: plan.current!.version.revision }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '第 2 版工作方案已退回县级修改，尚未重新提交，不能批准',
    });
    const measures = plan.current!.measures.map(
      ({ countyCode: _c, sinceVersion: _s, ownerUnit: _u, ...m }) => m,
    );
    measures[2] = { ...measures[2]!, output: '2029 年通过省级优质均衡评估' };
    plan = await ctx.delivery.saveDraft(county, '999901', {
      revision: plan.current!.version.revision,
      measures,
    });
    expect(plan.current!.version.state).toBe('returned');
    plan = await ctx.delivery.submit(county, '999901', { revision: plan.current!.version.revision });
    plan = await ctx.delivery.approve(city, '999901', { revision: plan.current!.version.revision });
    expect(plan.state).toMatchObject({ version: 2, state: 'approved', approvedVersion: 2, measures: 3 });
    expect(plan.diff).toBeNull();
    expect((await ctx.delivery.measures(city)).map((m) => [m.id, m.sinceVersion])).toEqual([
      ['999901-001', 1],
      ['999901-003', 1],
      ['999901-004', 2],
    ]);
    await expect(
      ctx.delivery.returnPlan(city, '999901', { revision: plan.current!.version.revision, comment: 'x' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '第 2 版工作方案已批准，不能退回',
    });
    // v1: save, submit, approve; v2: revise, save, (refused ones wrote nothing), submit, return, save, submit, approve.
    expect(plan.history.map((h) => `${h.version}:${h.action}`)).toEqual([
      '1:save',
      '1:submit',
      '1:approve',
      '2:revise',
      '2:save',
      '2:submit',
      '2:return',
      '2:save',
      '2:submit',
      '2:approve',
    ]);
    const failure = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (e) {
        return String((e as { cause?: { message?: string } }).cause?.message ?? (e as Error).message);
      }
      return 'no error';
    };
    expect(await failure(ctx.database.db.execute(sql`UPDATE work_plan_event SET comment = 'x'`))).toMatch(
      /历史记录不可修改或删除/,
    );
    expect(await failure(ctx.database.db.execute(sql`DELETE FROM work_plan_measure`))).toMatch(
      /已提交或已批准的工作方案版本不可修改/,
    );
  });
});
