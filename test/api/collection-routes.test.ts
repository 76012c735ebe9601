/**
 * The collection routes' edges on the small invented city, clock inside the 2026 autumn period
 * (2026-09-15 10:00 Beijing time): comments over several lines are accepted; a reader who may not
 * act (督学) is offered no action; a role that holds an approval permission outside its level is
 * refused (the level is the account's scope, whatever roles.yaml grants); a bulk return needs a
 * comment; figures with pending forms need the collection's read permission.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadRoles } from '../../src/app/access/roles.loader.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { createTestAccounts, login, type Login } from '../support/accounts.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

const BASE = '/api/v1/collection/2026-autumn';
const KG = 'KA00000001';

describe.each(testBackends())('collection route edges on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  const sessions = new Map<string, Login>();

  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    // A roles file edited so that the county role also holds the city's approval permission.
    const roles = new Map(loadRoles());
    const county = roles.get('countyAdmin')!;
    roles.set('countyAdmin', {
      ...county,
      permissions: [...county.permissions, 'collection.approve'],
    } as never);
    ctx = createAppContextFrom(
      database,
      { ...loadPlan(), orgCode: '999900' },
      { clock: () => new Date('2026-09-15T10:00:00+08:00'), roles },
    );
    app = await buildApp(ctx);
    for (const u of ['clerk', 'county1', 'citystaff', 'inspector', 'finance'])
      sessions.set(u, await login(app, u));
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const call = (user: string, method: 'GET' | 'PUT' | 'POST', url: string, payload?: unknown) => {
    const s = sessions.get(user)!;
    return app.inject({
      method,
      url,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      payload: payload as never,
    });
  };

  it('takes a return comment over several lines, and refuses other control characters', async () => {
    // The clerk fills in the kindergarten's form from last year's figures and submits it.
    const opened = (await call('clerk', 'GET', `${BASE}/submissions/${KG}`)).json();
    const values = Object.fromEntries(Object.entries(opened.previous).map(([k, v]) => [k, v ?? 0]));
    const saved = await call('clerk', 'PUT', `${BASE}/submissions/${KG}`, {
      version: 0,
      values,
      explanations: { S02: '第一行\n第二行：合班上课' },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().explanations.S02).toBe('第一行\n第二行：合班上课');
    expect((await call('clerk', 'POST', `${BASE}/submissions/${KG}/submit`)).json().state).toBe('submitted');

    const bell = await call('county1', 'POST', `${BASE}/submissions/${KG}/review`, {
      action: 'return',
      comment: '请核对\u0007',
    });
    expect(bell.statusCode).toBe(400);
    expect(bell.json().error.details[0].message).toBe('意见不能包含控制字符');
    const returned = await call('county1', 'POST', `${BASE}/submissions/${KG}/review`, {
      action: 'return',
      comment: '1. 请核对小班人数；\r\n2. 请补充教师数。',
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json().state).toBe('returned');
    const history = (await call('county1', 'GET', `${BASE}/submissions/${KG}/history`)).json();
    expect(history.events.at(-1).comment).toBe('1. 请核对小班人数；\r\n2. 请补充教师数。');
  });

  it('offers a 督学 (read only) no action on a form the county may act on', async () => {
    await call('clerk', 'POST', `${BASE}/submissions/${KG}/submit`);
    const asCounty = (await call('county1', 'GET', `${BASE}/submissions/${KG}`)).json();
    expect(asCounty.allowedActions).toEqual(expect.arrayContaining(['approve', 'return']));
    const asInspector = await call('inspector', 'GET', `${BASE}/submissions/${KG}`);
    expect(asInspector.statusCode).toBe(200);
    expect(asInspector.json().allowedActions).toEqual([]);
  });

  it('refuses the city’s decision to a county account even when its role holds the permission', async () => {
    const res = await call('county1', 'POST', `${BASE}/submissions/${KG}/decide`, { action: 'approve' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('此操作只能由市级账号执行（您的账号属于县级）');
    const bulk = await call('county1', 'POST', `${BASE}/decide/bulk`, { action: 'approve' });
    expect(bulk.statusCode).toBe(403);
    // Nothing happened: the form still waits for the county.
    expect((await call('county1', 'GET', `${BASE}/submissions/${KG}`)).json().state).toBe('submitted');
    // And a city account cannot review as a county.
    const cityReview = await call('citystaff', 'POST', `${BASE}/submissions/${KG}/review`, {
      action: 'approve',
    });
    expect(cityReview.statusCode).toBe(403);
  });

  it('needs a comment for a bulk return', async () => {
    const res = await call('county1', 'POST', `${BASE}/review/bulk`, { action: 'return' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].message).toBe('批量退回时必须填写意见，以便学校了解要修改什么');
    expect((await call('county1', 'GET', `${BASE}/submissions/${KG}`)).json().state).toBe('submitted');
  });

  it('gives the counts per state without the school list when asked (the reminder on the cockpit)', async () => {
    const res = await call('county1', 'GET', `${BASE}/completeness?schools=false`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.schools).toEqual([]);
    // 甲县's seven schools operating in 2026 (王庄小学教学点 merged in 2025): the kindergarten has
    // submitted, the six others have not started.
    expect(body.states).toEqual({ submitted: 1, notStarted: 6 });
    expect((await call('county1', 'GET', `${BASE}/completeness`)).json().schools).toHaveLength(7);
    expect((await call('county1', 'GET', `${BASE}/completeness?schools=no`)).statusCode).toBe(400);
  });

  it('shows figures with pending forms only to roles that take part in the collection', async () => {
    const finance = await call('finance', 'GET', '/api/v1/targets/scorecard?pending=true');
    expect(finance.statusCode).toBe(403);
    expect((await call('finance', 'GET', '/api/v1/targets/scorecard')).statusCode).toBe(200);
    const city = await call('citystaff', 'GET', '/api/v1/targets/scorecard?pending=true');
    expect(city.statusCode).toBe(200);
    expect(city.json().pending).toBe(true);
  });

  it('refuses a write of another level before looking anything up, and audits the refusal', async () => {
    // The county role holds collection.approve here: the level, not the role, decides. Another
    // county's school and an unknown period are refused as a level matter, not as "not found".
    const other = await call('county1', 'POST', `${BASE}/submissions/KB00000001/decide`, {
      action: 'approve',
    });
    expect(other.statusCode).toBe(403);
    const unknown = await call(
      'county1',
      'POST',
      '/api/v1/collection/no-such-period/submissions/KA00000001/decide',
      { action: 'approve' },
    );
    expect(unknown.statusCode).toBe(403);
    const denied = await ctx.audit.search({
      action: 'access.denied',
      actor: 'county1',
      page: 1,
      pageSize: 50,
    });
    expect(
      denied.items.some(
        (e) => e.targetId === 'no-such-period/KA00000001' && (e.detail ?? '').includes('需要市级账号'),
      ),
    ).toBe(true);
  });

  it('handles a school listed twice in a bulk review once', async () => {
    const res = await call('county1', 'POST', `${BASE}/review/bulk`, { action: 'approve', codes: [KG, KG] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      done: 1,
      refused: 0,
      results: [{ code: KG, ok: true, state: 'countyApproved', message: null }],
    });
  });
});
