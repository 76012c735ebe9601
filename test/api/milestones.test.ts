/**
 * The milestones API (时间节点) through app.inject(), on the small invented city
 * (test/support/small-dataset.ts) with four milestones of its own, on PGlite and PostgreSQL. The
 * clock stands at 2026-01-05 (Beijing time), school year 2025. Expected values by hand:
 *
 * - m-special (≥ 20 万 residents, deadline 2025-12-31): 县1 (25 万) has 甲县特殊教育学校 → done;
 *   县2 (21 万) has none → overdue since 2026-01-01; 县3 (15 万) → 不涉及; 开发区 (population not
 *   given) is a zone and the rule is for counties only → 不涉及.
 * - m-facts (townshipFact townVillageIntegration, all townships, deadline 2025-12-31): nothing
 *   recorded → every county overdue; 县1 misses 镇1-1 and 镇1-2.
 * - m-report (reported, deadline 2026-06-30): nothing reported → 未完成.
 */
import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import type { Milestone } from '../../src/domain/plan/plan.types.ts';
import { createTestAccounts, login, type Login } from '../support/accounts.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

const MILESTONES: Milestone[] = [
  {
    id: 'm-special',
    task: 13,
    title: '特教学校全覆盖',
    deadline: '2025-12-31',
    completion: {
      kind: 'countyInstitution',
      runningTypes: ['511', '512', '513', '514'],
      population: { name: 'residents', atLeast10k: 20 },
      countyKinds: ['county'],
    },
  },
  {
    id: 'm-facts',
    task: 3,
    title: '镇村一体化',
    deadline: '2025-12-31',
    completion: {
      kind: 'townshipFact',
      fact: 'townVillageIntegration',
      townships: 'all',
      countyKinds: ['county'],
    },
  },
  {
    id: 'm-report',
    task: 8,
    title: '报送的节点',
    deadline: '2026-06-30',
    completion: { kind: 'reported', evidence: '县政府文件', countyKinds: ['county'] },
  },
];

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe.each(testBackends())('milestones API on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  const sessions = new Map<string, Login>();
  let evidenceId = '';
  let otherCountyEvidence = '';

  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    ctx = createAppContextFrom(
      database,
      { ...loadPlan(), orgCode: '999900', milestones: MILESTONES },
      {
        clock: () => new Date('2026-01-05T10:00:00+08:00'),
        milestonePopulation10k: new Map([
          ['999901', 25],
          ['999902', 21],
          ['999903', 15],
        ]),
      },
    );
    app = await buildApp(ctx);
    for (const u of ['county1', 'county2', 'citystaff', 'finance']) sessions.set(u, await login(app, u));
    const county1 = {
      actor: { id: null, username: 'county1', ip: null },
      scope: { kind: 'org' as const, orgCode: '999901' },
    };
    const file = await ctx.evidence.upload(county1, {
      orgCode: '999901',
      fileName: '镇村一体化批复.pdf',
      body: Readable.from([PDF]),
    });
    evidenceId = file.id;
    const county2 = {
      actor: { id: null, username: 'county2', ip: null },
      scope: { kind: 'org' as const, orgCode: '999902' },
    };
    otherCountyEvidence = (
      await ctx.evidence.upload(county2, {
        orgCode: '999902',
        fileName: '乙县.pdf',
        body: Readable.from([PDF]),
      })
    ).id;
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const call = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const s = sessions.get(user)!;
    const res = await app.inject({
      method,
      url,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    return { status: res.statusCode, body: res.json() as Record<string, any> };
  };
  const unitOf = (body: Record<string, any>, id: string, code: string) =>
    body.milestones.find((m: any) => m.id === id).units.find((u: any) => u.orgCode === code);

  it('gives the city every county, with the units missing and since when', async () => {
    const { status, body } = await call('citystaff', 'GET', '/api/v1/milestones');
    expect(status).toBe(200);
    expect(body.asOf).toBe('2026-01-05');
    const special = body.milestones.find((m: any) => m.id === 'm-special');
    expect(special.units.map((u: any) => [u.orgCode, u.status, u.since])).toEqual([
      ['999901', 'done', null],
      ['999902', 'overdue', '2026-01-01'],
      ['999903', 'notRequired', null],
      ['999904', 'notRequired', null],
    ]);
    expect(special.summary).toEqual({ done: 1, notDone: 0, overdue: 1, toVerify: 0, notRequired: 2 });
    expect(special.cityStatus).toBe('overdue');
    expect(unitOf(body, 'm-facts', '999901').missing).toEqual([
      { code: '999901001', name: '镇1-1', since: '2026-01-01' },
      { code: '999901002', name: '镇1-2', since: '2026-01-01' },
    ]);
    expect(unitOf(body, 'm-report', '999901')).toMatchObject({ status: 'notDone', since: null });
    // The same on the deadline: not yet overdue.
    const before = await call('citystaff', 'GET', '/api/v1/milestones?asOf=2025-12-31');
    expect(unitOf(before.body, 'm-special', '999902')).toMatchObject({ status: 'notDone', since: null });
  });

  it('gives a county its own county only, and answers another as not found', async () => {
    const own = await call('county1', 'GET', '/api/v1/milestones');
    expect(own.body.org).toEqual({ code: '999901', name: '县1', level: 'county' });
    expect(own.body.milestones[0].units.map((u: any) => u.orgCode)).toEqual(['999901']);
    const other = await call('county1', 'GET', '/api/v1/milestones?org=999902');
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('ORG_UNIT_NOT_FOUND');
    const bad = await call('county1', 'GET', '/api/v1/milestones?asOf=2025-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('日期“2025-02-30”无效');
  });

  it('records township facts, waits for verification, and counts them once verified', async () => {
    const record = (townshipCode: string) =>
      call('county1', 'POST', '/api/v1/milestones/facts', {
        townshipCode,
        fact: 'townVillageIntegration',
        value: true,
        effectiveFrom: '2025-11-01',
        note: '县政府批复',
        evidenceIds: [evidenceId],
      });
    const first = await record('999901001');
    expect(first.status).toBe(201);
    expect(first.body.fact).toMatchObject({
      townshipName: '镇1-1',
      state: 'pending',
      factName: '完成幼儿园镇村一体化管理体制改革',
    });
    expect(first.body.fact.evidence[0]).toMatchObject({ id: evidenceId, fileName: '镇村一体化批复.pdf' });
    const second = await record('999901002');
    // Both recorded, none verified: 待核实 (after the deadline too).
    let st = await call('county1', 'GET', '/api/v1/milestones');
    expect(unitOf(st.body, 'm-facts', '999901')).toMatchObject({ status: 'toVerify', missing: [] });
    expect(unitOf(st.body, 'm-facts', '999901').awaiting.map((a: any) => a.code)).toEqual([
      '999901001',
      '999901002',
    ]);

    // The county cannot verify; the city verifies one and rejects the other with a comment.
    expect(
      (
        await call('county1', 'POST', `/api/v1/milestones/facts/${first.body.fact.id}/review`, {
          decision: 'verified',
        })
      ).status,
    ).toBe(403);
    const noComment = await call(
      'citystaff',
      'POST',
      `/api/v1/milestones/facts/${second.body.fact.id}/review`,
      { decision: 'rejected' },
    );
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.message).toContain('退回时应写明意见');
    expect(
      (
        await call('citystaff', 'POST', `/api/v1/milestones/facts/${first.body.fact.id}/review`, {
          decision: 'verified',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await call('citystaff', 'POST', `/api/v1/milestones/facts/${second.body.fact.id}/review`, {
          decision: 'rejected',
          comment: '批复文件不是本镇的',
        })
      ).status,
    ).toBe(200);
    // A second review of the same record is refused.
    const again = await call('citystaff', 'POST', `/api/v1/milestones/facts/${first.body.fact.id}/review`, {
      decision: 'rejected',
      comment: 'x',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('已核实，不能再次核实或退回');

    st = await call('county1', 'GET', '/api/v1/milestones');
    // 镇1-2's record was rejected: missing again, overdue since the day after the deadline.
    expect(unitOf(st.body, 'm-facts', '999901')).toMatchObject({
      status: 'overdue',
      missing: [{ code: '999901002', since: '2026-01-01' }],
      awaiting: [],
    });
    const records = await call('county1', 'GET', '/api/v1/milestones/records');
    expect(records.body.facts.map((f: any) => [f.townshipCode, f.state])).toEqual([
      ['999901002', 'rejected'],
      ['999901001', 'verified'],
    ]);
    expect(records.body.facts[0].reviews[0]).toMatchObject({
      decision: 'rejected',
      comment: '批复文件不是本镇的',
      reviewedBy: 'citystaff',
    });
    // 县2 sees none of 县1's records.
    expect((await call('county2', 'GET', '/api/v1/milestones/records')).body.facts).toEqual([]);
  });

  it('refuses bad facts in Chinese and writes nothing', async () => {
    const base = {
      fact: 'townVillageIntegration',
      value: true,
      effectiveFrom: '2025-11-01',
      evidenceIds: [evidenceId],
    };
    // A township of another county: not found, as if absent.
    const outside = await call('county1', 'POST', '/api/v1/milestones/facts', {
      ...base,
      townshipCode: '999902001',
    });
    expect(outside.status).toBe(404);
    expect(outside.body.error.message).toBe('乡镇（街道）999902001 不存在');
    const noEvidence = await call('county1', 'POST', '/api/v1/milestones/facts', {
      ...base,
      townshipCode: '999901001',
      evidenceIds: [],
    });
    expect(noEvidence.status).toBe(400);
    expect(noEvidence.body.error.message).toContain('佐证材料 evidenceIds 至少应有 1 份');
    const foreign = await call('county1', 'POST', '/api/v1/milestones/facts', {
      ...base,
      townshipCode: '999901001',
      evidenceIds: [otherCountyEvidence],
    });
    expect(foreign.status).toBe(404);
    const future = await call('county1', 'POST', '/api/v1/milestones/facts', {
      ...base,
      townshipCode: '999901001',
      effectiveFrom: '2026-02-01',
    });
    expect(future.status).toBe(400);
    expect(future.body.error.message).toBe('生效日期 2026-02-01 不能晚于今天（2026-01-05）');
    const unknown = await call('county1', 'POST', '/api/v1/milestones/facts', {
      ...base,
      townshipCode: '999901001',
      fact: 'magic',
    });
    expect(unknown.status).toBe(400);
    const records = await call('county1', 'GET', '/api/v1/milestones/records');
    expect(records.body.facts).toHaveLength(2);
  });

  it('takes a county report of a reported milestone, and refuses the others', async () => {
    const body = {
      countyCode: '999901',
      completedOn: '2026-01-02',
      text: '县政府已印发文件',
      evidenceIds: [evidenceId],
    };
    const unknown = await call('county1', 'POST', '/api/v1/milestones/m-nothing/reports', body);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({
      code: 'MILESTONE_NOT_FOUND',
      message: '时间节点“m-nothing”不存在',
    });
    const computed = await call('county1', 'POST', '/api/v1/milestones/m-special/reports', body);
    expect(computed.status).toBe(400);
    expect(computed.body.error.message).toBe('时间节点“特教学校全覆盖”由平台数据计算，无需报送');
    const otherCounty = await call('county1', 'POST', '/api/v1/milestones/m-report/reports', {
      ...body,
      countyCode: '999902',
    });
    expect(otherCounty.status).toBe(404);
    const created = await call('county1', 'POST', '/api/v1/milestones/m-report/reports', body);
    expect(created.status).toBe(201);
    expect(created.body.report).toMatchObject({
      milestoneTitle: '报送的节点',
      state: 'pending',
      completedOn: '2026-01-02',
    });
    let st = await call('citystaff', 'GET', '/api/v1/milestones');
    expect(unitOf(st.body, 'm-report', '999901')).toMatchObject({
      status: 'toVerify',
      awaiting: [{ code: '999901', since: '2026-01-02' }],
    });
    expect(
      (
        await call('citystaff', 'POST', `/api/v1/milestones/reports/${created.body.report.id}/review`, {
          decision: 'verified',
        })
      ).status,
    ).toBe(200);
    st = await call('citystaff', 'GET', '/api/v1/milestones');
    expect(unitOf(st.body, 'm-report', '999901')).toMatchObject({ status: 'done', since: '2026-01-02' });
    const missing = await call('citystaff', 'POST', '/api/v1/milestones/reports/999999/review', {
      decision: 'verified',
    });
    expect(missing.status).toBe(404);
  });

  it('lets a read-only role read but not report', async () => {
    expect((await call('finance', 'GET', '/api/v1/milestones')).status).toBe(200);
    const res = await call('finance', 'POST', '/api/v1/milestones/facts', {
      townshipCode: '999901001',
      fact: 'townVillageIntegration',
      value: false,
      effectiveFrom: '2025-11-01',
      evidenceIds: [],
    });
    expect(res.status).toBe(403);
  });
});
