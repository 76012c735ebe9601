/**
 * The dry run of a bulk approval (issue 13, item 8): POST …/review/bulk/preview and
 * …/decide/bulk/preview answer what the same request would do — forms per county, whether they
 * get locked, the soft rules of each and whether the school explained them, and the refusals —
 * and write nothing; with the permission, level and scope checks of the bulk review itself.
 * On the small invented city, clock inside 2026 年秋季统计 (finalLevel: city).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/app.context.ts';
import type { FieldValue } from '../../src/domain/collection/fields.ts';
import type { Login } from '../support/accounts.ts';
import { collectionCaller, collectionRequests, openCollectionApp } from '../support/collection.ts';
import { testBackends } from '../support/test-db.ts';

const PERIOD = '2026-autumn';
const BASE = `/api/v1/collection/${PERIOD}`;

/**
 * 60 children as in 2025 (no change on last year); `big`: 2 in 小班, none in 中班, 58 in 大班 in one
 * class (S02, 56 or more).
 */
function kindergarten(big: boolean): Record<string, FieldValue> {
  return {
    'ENR.K1.male': big ? 1 : 10,
    'ENR.K1.female': big ? 1 : 10,
    'ENR.K2.male': big ? 0 : 10,
    'ENR.K2.female': big ? 0 : 10,
    'ENR.K3.male': big ? 30 : 10,
    'ENR.K3.female': big ? 28 : 10,
    'CLASS_SIZES.K1': [big ? 2 : 20],
    'CLASS_SIZES.K2': big ? [] : [20],
    'CLASS_SIZES.K3': [big ? 58 : 20],
    'TEACHERS.preschool': 5,
    'TEACHERS_QUALIFIED.preschool': 4,
    'TEACHERS_BACKBONE.preschool': 1,
    'TEACHERS_PE_ARTS.preschool': 1,
    'TEACHERS_CERTIFIED.preschool': 5,
    'TEACHERS_ESTABLISHED.preschool': 3,
    'AREA_TEACHING.preschool': 600,
    'AREA_SPORTS.preschool': 500,
    'EQUIPMENT_VALUE.preschool': 80000,
    'MULTIMEDIA_ROOMS.preschool': 2,
  };
}

describe.each(testBackends())('bulk approval dry run on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  const sessions = new Map<string, Login>();

  beforeAll(async () => {
    ({ ctx, app } = await openCollectionApp(backend, sessions, ['county1', 'citystaff', 'clerk']));
    // 甲县阳光幼儿园 (plain) and 甲县育才幼儿园 (a class of 58, explained) submitted.
    for (const [code, big] of [
      ['KA00000002', false],
      ['KA00000003', true],
    ] as const) {
      const school = collectionCaller(`clerk-${code}`, 'school', {
        kind: 'institution',
        institutionCode: code,
      });
      await ctx.collection.entry.save(PERIOD, code, school, {
        version: 0,
        values: kindergarten(big),
        explanations: big ? { S02: '大班幼儿合班上课，下学期分班' } : {},
      });
      await ctx.collection.entry.submit(PERIOD, code, school);
    }
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const { headers } = collectionRequests(() => app, sessions, BASE);
  const post = (user: string, path: string, payload: unknown) =>
    app.inject({ method: 'POST', url: `${BASE}${path}`, headers: headers(user), payload: payload as object });
  const state = async (code: string) =>
    (
      await ctx.collection.entry.open(
        PERIOD,
        code,
        collectionCaller('county1', 'county', { kind: 'org', orgCode: '999901' }),
      )
    ).state;

  it('tells the county what it would approve, per county, with the soft rules explained or not; writes nothing', async () => {
    const res = await post('county1', '/review/bulk/preview', { action: 'approve' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      action: 'approve',
      level: 'county',
      // The county's approval neither locks nor counts (the final level is the city).
      locks: false,
      becomesFinal: false,
      accepted: 2,
      refused: 0,
      counties: [{ code: '999901', name: '县1', accepted: 2, flagged: 1, unexplained: 0 }],
      softRules: [{ ruleId: 'S02', ruleName: '存在大班额（56 人及以上的班）', schools: 1, unexplained: 0 }],
    });
    const flagged = body.schools.find((s: { code: string }) => s.code === 'KA00000003');
    expect(flagged.flags).toEqual([
      {
        ruleId: 'S02',
        ruleName: '存在大班额（56 人及以上的班）',
        message:
          '大班：1 个班达到 56 人及以上（58 人），请说明原因和消除计划（S02 存在大班额（56 人及以上的班））',
        explanation: '大班幼儿合班上课，下学期分班',
      },
    ]);
    expect(await state('KA00000002')).toBe('submitted');
    expect(await state('KA00000003')).toBe('submitted');
  });

  it('names the refusals; a school outside the scope is not named', async () => {
    const res = await post('county1', '/review/bulk/preview', {
      action: 'approve',
      codes: ['KA00000002', 'KB00000001', 'KA00000001'],
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.accepted).toBe(1);
    expect(body.refused).toBe(2);
    const [, outside, notStarted] = body.schools;
    expect(outside).toMatchObject({ code: 'KB00000001', name: '', ok: false });
    expect(outside.message).toContain('不存在');
    expect(notStarted).toMatchObject({ code: 'KA00000001', ok: false });
    expect(notStarted.message).not.toBeNull();
  });

  it('keeps the permission and level checks of the bulk review', async () => {
    expect((await post('clerk', '/review/bulk/preview', { action: 'approve' })).statusCode).toBe(403);
    // The city decides, it does not review (and the county does not decide).
    expect((await post('citystaff', '/review/bulk/preview', { action: 'approve' })).statusCode).toBe(403);
    expect((await post('county1', '/decide/bulk/preview', { action: 'approve' })).statusCode).toBe(403);
    // A return needs a comment, in the dry run as in the real one.
    expect((await post('county1', '/review/bulk/preview', { action: 'return' })).statusCode).toBe(400);
  });

  it('tells the city its approval locks and counts at once', async () => {
    expect((await post('county1', '/review/bulk', { action: 'approve' })).json().done).toBe(2);
    const res = await post('citystaff', '/decide/bulk/preview', { action: 'approve' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ level: 'city', locks: true, becomesFinal: true, accepted: 2 });
    expect(await state('KA00000002')).toBe('countyApproved');
  });
});
