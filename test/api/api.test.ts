/**
 * The HTTP API through app.inject(), on the small invented city (test/support/small-dataset.ts)
 * with the real Jining plan file applied to it. Expected values are worked out by hand in the
 * comments.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { listInstitutions, setDatasetInfo, bumpRevision } from '../../src/db/registry/registry.repository.ts';
import { createTestAccounts, login, type Login } from '../support/accounts.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

describe.each(testBackends())('API on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let session: Login;
  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    ctx = createAppContextFrom(database, { ...loadPlan(), orgCode: '999900' });
    app = await buildApp(ctx);
    // A city-level business account sees the whole invented city.
    session = await login(app, 'citystaff');
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const get = async (url: string) => {
    const res = await app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
    return { status: res.statusCode, body: res.json() as Record<string, any> };
  };

  describe('targets', () => {
    it('gives every target of a county with value, trajectory and status', async () => {
      const { status, body } = await get('/api/v1/targets?year=2025&org=999901');
      expect(status).toBe(200);
      expect(body.targets.map((c: any) => c.target.id)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7']);
      const card = (id: string) => body.targets.find((c: any) => c.target.id === id);
      // T1 county 甲: public 180 of 300 = 0.6; baseline 2023 200/400 = 0.5; trajectory 0.65 → 滞后.
      expect(card('T1').figure).toMatchObject({
        numerator: 180,
        denominator: 300,
        value: 0.6,
        status: 'lagging',
      });
      expect(card('T1').figure.expected).toBeCloseTo(0.65, 12);
      // T1 trend over both years with data.
      expect(card('T1').trend.map((p: any) => [p.year, p.value])).toEqual([
        [2023, 0.5],
        [2025, 0.6],
      ]);
      // T3: the one compulsory school (PA00000001) joined the programme in 2024 → 1/1 → 达标.
      expect(card('T3').figure).toMatchObject({ numerator: 1, denominator: 1, status: 'met' });
      // T4 is a city figure: a county's card says where its own verdicts are, never a number.
      expect(card('T4').figure).toMatchObject({ value: null, status: 'notComputed' });
      expect(card('T4').figure.reason).toMatch(/全市指标.*创建达标分析/);
      // T5: HA1 evaluated from 2024, HA2 not → 1/2; baseline 2023 0/2; trajectory 0 + 0.9 × 2/4 =
      // 0.45, so 0.5 is ahead → 进度正常 (not yet 达标: 0.9 needed).
      expect(card('T5').figure).toMatchObject({
        numerator: 1,
        denominator: 2,
        value: 0.5,
        status: 'onTrack',
      });
      expect(card('T5').figure.expected).toBeCloseTo(0.45, 12);
      // T6: HA1 city-featured, HA2 none → 1/2 = 0.5 ≥ 0.5 → 达标.
      expect(card('T6').figure).toMatchObject({ value: 0.5, status: 'met' });
      // T7: SA00000001 passed → 1/1.
      expect(card('T7').figure).toMatchObject({ value: 1, status: 'met' });
    });

    it('defaults to the city and the latest year', async () => {
      const { body } = await get('/api/v1/targets');
      expect(body.year).toBe(2025);
      expect(body.org.code).toBe('999900');
      // City T1 2025: (180 + 360 + 20 + 50 converted) / (300 + 400 + 100 + 50) = 610 / 850.
      expect(body.targets[0].figure).toMatchObject({ numerator: 610, denominator: 850 });
      // City T1 2023: KZ1 still private: 650 / 1050.
      expect(body.targets[0].trend[0].value).toBeCloseTo(650 / 1050, 12);
      // City T5 2025: HA1 ✓, HA2 ✗, HZ1 ✓ (zone) → 2/3; T6: HA1 city, HZ1 provincial → 2/3.
      expect(body.targets[4].figure).toMatchObject({ numerator: 2, denominator: 3 });
      expect(body.targets[5].figure).toMatchObject({ numerator: 2, denominator: 3, status: 'met' });
    });

    it('breaks a target down by county and by school', async () => {
      const byCounty = await get('/api/v1/targets/T1/breakdown?year=2025&org=999900&by=child');
      expect(byCounty.body.rows.map((r: any) => [r.orgCode, r.orgName, r.numerator, r.denominator])).toEqual([
        ['999901', '县1', 180, 300],
        ['999902', '县2', 360, 400],
        ['999903', '县3', 20, 100],
        ['999904', '开发区', 50, 50],
      ]);
      // County 县3 splits into its own township only: the zone's township is not under it.
      const c = await get('/api/v1/targets/T1/breakdown?year=2025&org=999903&by=child');
      expect(c.body.rows.map((r: any) => r.orgCode)).toEqual(['999903001']);
      // T2 county 乙 by school: 第一 class1 ✓, 第二 provincialDemo (corrected) ✓, 小太阳 class3 ✗ → 2/3.
      const bySchool = await get('/api/v1/targets/T2/breakdown?year=2025&org=999902&by=institution');
      expect(bySchool.body.total).toMatchObject({ numerator: 2, denominator: 3 });
      expect(
        bySchool.body.rows.map((r: any) => [r.institutionName, r.attributeValue, r.inNumerator]),
      ).toEqual([
        ['乙县第一幼儿园', 'class1', true],
        ['乙县第二幼儿园', 'provincialDemo', true],
        ['乙县小太阳幼儿园', 'class3', false],
      ]);
    });

    it('returns the full scorecard: 7 targets × units × years', async () => {
      const { body } = await get('/api/v1/targets/scorecard');
      // Six share targets × (city + 3 counties + 1 zone) × 2 years + T4 × city × 2 years = 60 + 2.
      expect(body.figures).toHaveLength(62);
      expect(body.orgNames['999903']).toBe('县3');
    });
  });

  describe('registry', () => {
    it('lists the org tree with institution counts of the latest year', async () => {
      const { body } = await get('/api/v1/org-units');
      expect(body.tree.code).toBe('999900');
      const a = body.tree.children.find((c: any) => c.code === '999901');
      // 甲 in 2025: KA1–3, SA1, PA1, HA1, HA2 (the teaching point was merged) = 7.
      expect(a.institutionCount).toBe(7);
      expect(a.children.map((t: any) => t.code)).toEqual(['999901001', '999901002']);
    });

    it('filters, sorts and pages the directory', async () => {
      const a = await get('/api/v1/institutions?org=999901&year=2025');
      expect(a.body.total).toBe(7);
      const all = await get('/api/v1/institutions?org=999901&year=2025&includeInactive=true');
      expect(all.body.total).toBe(8);
      expect(all.body.items.find((i: any) => i.code === 'PA00000002').operating).toBe(false);
      const sorted = await get('/api/v1/institutions?year=2025&sort=enrolment&order=desc&pageSize=2&page=1');
      expect(sorted.body.items.map((i: any) => [i.code, i.enrolment])).toEqual([
        ['HA00000001', 1150],
        ['HA00000002', 880],
      ]);
      const page2 = await get('/api/v1/institutions?year=2025&sort=enrolment&order=desc&pageSize=2&page=2');
      expect(page2.body.items.map((i: any) => i.code)).toEqual(['HZ00000001', 'PA00000001']);
      const rated = await get('/api/v1/institutions?year=2025&kgClass=class1,provincialDemo');
      expect(rated.body.items.map((i: any) => i.code).sort()).toEqual([
        'KA00000001',
        'KB00000001',
        'KB00000002',
      ]);
      // Private kindergartens in 2025: KA2, KA3, KB3, KC1 — KZ1 became public in 2025 — and 5 in 2023.
      const priv = await get('/api/v1/institutions?ownership=private,inclusivePrivate&runningType=111');
      expect(priv.body.total).toBe(4);
      const priv2023 = await get(
        '/api/v1/institutions?ownership=private,inclusivePrivate&runningType=111&year=2023',
      );
      expect(priv2023.body.total).toBe(5);
      const byName = await get(`/api/v1/institutions?q=${encodeURIComponent('特殊教育')}`);
      expect(byName.body.items.map((i: any) => i.code)).toEqual(['SA00000001', 'SC00000001']);
      const byCode = await get('/api/v1/institutions?q=KA0');
      expect(byCode.body.total).toBe(3);
    });

    it('places a functional zone and its township in the tree, and keeps them out of the legal county', async () => {
      const { body } = await get('/api/v1/org-units');
      const zone = body.tree.children.find((c: any) => c.code === '999904');
      expect(zone).toMatchObject({ countyKind: 'zone', codeSource: 'local', institutionCount: 2 });
      expect(zone.children).toEqual([
        expect.objectContaining({ code: '999904001', legalParentCode: '999903', parentCode: '999904' }),
      ]);
      const inZone = await get('/api/v1/institutions?org=999904');
      expect(inZone.body.items.map((i: any) => i.code)).toEqual(['HZ00000001', 'KZ00000001']);
      const c = await get('/api/v1/institutions?org=999903');
      expect(c.body.items.map((i: any) => i.code)).toEqual(['KC00000001', 'KC00000002', 'SC00000001']);
    });

    it('shows one institution with its whole history', async () => {
      const { status, body } = await get('/api/v1/institutions/KB00000002');
      expect(status).toBe(200);
      expect(body.institution.attributeHistory).toHaveLength(3);
      const byYear = Object.fromEntries(
        body.institution.attributesByYear.map((y: any) => [y.year, y.attributes.kgClass]),
      );
      expect(byYear).toEqual({ 2023: 'class2', 2025: 'provincialDemo' });
      expect(body.institution.statistics.map((s: any) => s.schoolYear)).toEqual([2023, 2025]);
    });
  });

  describe('errors: one format, stable code, Chinese message naming the field and value', () => {
    it.each([
      ['/api/v1/targets?year=1999', 400, 'VALIDATION_FAILED', 'query.year'],
      ['/api/v1/targets?year=abc', 400, 'VALIDATION_FAILED', 'query.year'],
      ['/api/v1/targets?org=123', 400, 'VALIDATION_FAILED', 'query.org'],
      ['/api/v1/institutions?runningType=999', 400, 'VALIDATION_FAILED', 'query.runningType'],
      ['/api/v1/institutions?pageSize=10000', 400, 'VALIDATION_FAILED', 'query.pageSize'],
      [`/api/v1/institutions?q=${'长'.repeat(51)}`, 400, 'VALIDATION_FAILED', 'query.q'],
      ['/api/v1/institutions?sort=password', 400, 'VALIDATION_FAILED', 'query.sort'],
      ['/api/v1/targets/T1/breakdown?by=everything', 400, 'VALIDATION_FAILED', 'query.by'],
      ['/api/v1/institutions/123', 400, 'VALIDATION_FAILED', 'params.code'],
      ['/api/v1/targets?year=0x7E9', 400, 'VALIDATION_FAILED', 'query.year'],
      ['/api/v1/targets?year=2025.0', 400, 'VALIDATION_FAILED', 'query.year'],
      ['/api/v1/institutions?page=1e3', 400, 'VALIDATION_FAILED', 'query.page'],
      ['/api/v1/institutions?runningTypes=513', 400, 'VALIDATION_FAILED', 'query.runningTypes'],
      ['/api/v1/targets?org=999901&yaer=2025', 400, 'VALIDATION_FAILED', 'query.yaer'],
    ])('%s → %i %s', async (url, status, code, field) => {
      const res = await get(url);
      expect(res.status).toBe(status);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(res.body.error.details[0].field).toBe(field);
    });

    it.each([
      ['/api/v1/targets?year=2024', 'YEAR_NOT_AVAILABLE', /2024/],
      ['/api/v1/targets?org=999999', 'ORG_UNIT_NOT_FOUND', /999999/],
      ['/api/v1/targets/T9/breakdown', 'TARGET_NOT_FOUND', /T9/],
      ['/api/v1/institutions/XX00000009', 'INSTITUTION_NOT_FOUND', /XX00000009/],
      ['/api/v1/nothing-here', 'NOT_FOUND', /接口不存在/],
    ])('%s → 404 %s', async (url, code, message) => {
      const res = await get(url);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toMatch(message);
    });

    it('names the value that was refused', async () => {
      const res = await get('/api/v1/institutions?pageSize=10000');
      expect(res.body.error.details[0]).toMatchObject({ field: 'query.pageSize', value: '10000' });
      expect(res.body.error.details[0].message).toMatch(/500/);
    });

    it('names the refused value of a path parameter and of an unknown parameter', async () => {
      const code = await get('/api/v1/institutions/123');
      expect(code.body.error.details[0]).toMatchObject({ field: 'params.code', value: '123' });
      const typo = await get('/api/v1/institutions?runningTypes=513');
      expect(typo.body.error.details[0]).toMatchObject({
        value: '513',
        message: '不支持的参数“runningTypes”',
      });
    });

    it('accepts SQL-like search text as plain text: no match, no error, nothing changed', async () => {
      const res = await get(`/api/v1/institutions?q=${encodeURIComponent("'; DROP TABLE institution; --")}`);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(0);
      expect(await listInstitutions(ctx.database.db)).toHaveLength(16);
    });

    it('refuses to apply a plan to another city’s data', async () => {
      const other = createAppContextFrom(ctx.database, loadPlan()); // the Jining plan: 370800
      const otherApp = await buildApp(other);
      const res = await otherApp.inject({
        method: 'GET',
        url: '/api/v1/targets',
        headers: { cookie: session.cookie },
      });
      await otherApp.close();
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'PLAN_ORG_MISMATCH' });
      expect(res.json().error.message).toContain('370800');
    });
  });

  describe('documents and pages', () => {
    it('publishes an OpenAPI document and a docs page', async () => {
      const doc = await get('/api/openapi.json');
      expect(Object.keys(doc.body.paths)).toEqual(
        expect.arrayContaining([
          '/api/v1/institutions',
          '/api/v1/targets',
          '/api/v1/targets/{targetId}/breakdown',
        ]),
      );
      const page = await app.inject({ method: 'GET', url: '/api/docs/' });
      expect(page.statusCode).toBe(200);
    });

    it('says 演示数据 on every response when the data is synthetic; "/" leads into the web app', async () => {
      const before = await get('/api/v1/targets');
      expect(before.body.dataset).toEqual({ demo: false, notice: null });
      await setDatasetInfo(ctx.database.db, 'demo', {
        seed: 1,
        generatedAt: '2026-01-01T00:00:00Z',
        notice: 'x',
      });
      await bumpRevision(ctx.database.db);
      const after = await get('/api/v1/institutions');
      expect(after.body.dataset).toEqual({ demo: true, notice: '演示数据' });
      // The server-rendered start page is retired (decision 0012): the web app shows the figures.
      const page = await app.inject({ method: 'GET', url: '/', headers: { cookie: session.cookie } });
      expect(page.statusCode).toBe(302);
      expect(page.headers.location).toBe('/app/');
    });
  });
});
