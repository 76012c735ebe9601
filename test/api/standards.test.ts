/**
 * County standards through the HTTP API on the small invented city (test/support/small-dataset.ts),
 * on PGlite and PostgreSQL. The city has no teachers or buildings recorded, so no county passes;
 * the tests check what the service builds from stored data (sections, legal county of a zone's
 * school, ownership), how recordings change the verdicts, and the edges. Values by hand below.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { insertAccounts } from '../../src/db/access/access.repository.ts';
import { hashPassword } from '../../src/app/access/password.hasher.ts';
import { createTestAccounts, login, TEST_PASSWORD, type Login } from '../support/accounts.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

describe.each(testBackends())('county standards API on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  const sessions = new Map<string, Login>();
  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    // 丙县's own officer: the zone's kindergarten counts in 丙县's evaluation (decision 0011).
    await insertAccounts(database.db, [
      {
        username: 'county3',
        displayName: '测试丙县',
        role: 'countyAdmin',
        scope: { kind: 'org', orgCode: '999903' },
        passwordHash: await hashPassword(TEST_PASSWORD),
        mustChangePassword: false,
      },
    ]);
    ctx = createAppContextFrom(database, { ...loadPlan(), orgCode: '999900' });
    app = await buildApp(ctx);
    for (const u of ['citystaff', 'cityadmin', 'county1', 'county3', 'inspector'])
      sessions.set(u, await login(app, u));
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
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: res.statusCode, body: res.json() as Record<string, any> };
  };
  const rule = (evaluation: any, standard: string, id: string) =>
    evaluation[standard].rules.find((r: any) => r.ruleId === id);

  it('evaluates the three counties, not the zone, with T4 for the city', async () => {
    const { status, body } = await call('citystaff', 'GET', '/api/v1/standards?year=2025');
    expect(status).toBe(200);
    // 999904 is a functional zone: not an assessed unit.
    expect(body.counties.map((c: any) => c.countyCode)).toEqual(['999901', '999902', '999903']);
    // No county passes both (no school has teachers recorded): T4 = 0 / 3.
    expect(body.t4).toEqual({ evaluated: 3, passingBoth: 0, failing: 3, incomplete: 0, share: 0 });
    expect(body.dataset).toBeDefined();
  });

  it('splits the 完全中学 into its junior section and computes the preschool shares', async () => {
    const { status, body } = await call('citystaff', 'GET', '/api/v1/standards/counties/999901?year=2025');
    expect(status).toBe(200);
    const e = body.evaluation;
    // 甲县实验小学 (211): 480 pupils; 甲县第二中学 (341, J1–J3 and S1–S3): 880 split evenly over six
    // grades, 146 each and the remainder 4 in the first → junior J1 150 + J2 146 + J3 146 = 442.
    const schools = e.compulsoryBalanced.schools.map((s: any) => [s.institutionCode, s.section, s.students]);
    expect(schools).toEqual([
      ['HA00000002', 'junior', 442],
      ['PA00000001', 'primary', 480],
    ]);
    // Kindergartens 2025: 实验 180 public, 阳光 60 private, 育才 60 普惠性民办.
    // 普惠覆盖率 (180 + 60) / 300 = 0.80 (exactly the 80% threshold: passes); 公办占比 180/300 = 0.6.
    expect(rule(e, 'preschoolUniversal', 'PU-P02')).toMatchObject({ value: 0.8, verdict: 'pass' });
    expect(rule(e, 'preschoolUniversal', 'PU-P03')).toMatchObject({ value: 0.6, verdict: 'pass' });
    // One class per grade: 实验 60/60/60 exceeds 25/30/35; 阳光 and 育才 20/20/20 do not → 6 of 9
    // classes within the norm = 0.667 < 0.85.
    const classes = rule(e, 'preschoolUniversal', 'PU-P07');
    expect(classes.inputs).toMatchObject({ classes: 9, oversized: 3 });
    expect(classes.verdict).toBe('fail');
    // Compulsory classes: six primary grades of 80 (> 45) and three junior of 150/146/146 (> 50).
    expect(rule(e, 'compulsoryBalanced', 'CB-G05').inputs).toMatchObject({ classes: 9, oversized: 9 });
    // 学前三年毛入园率 needs the population aged 3–5, not recorded yet.
    expect(rule(e, 'preschoolUniversal', 'PU-P01').verdict).toBe('incomplete');
    expect(e.countyStandardsVerdict).toBe('fail');
  });

  it("counts a zone's kindergarten in the county its township legally belongs to", async () => {
    const { body } = await call('citystaff', 'GET', '/api/v1/standards/counties/999903?year=2025');
    // 丙县 2025: 金苹果 80 private, 中心 20 public, and 开发区启明 50 (zone 999904, township legally
    // in 丙县), public from 2025 on by its ownership record (民转公) → 150 children, 70 public.
    const share = rule(body.evaluation, 'preschoolUniversal', 'PU-P03');
    expect(share.inputs).toMatchObject({ numerator: 70, denominator: 150 });
    expect(share.value).toBeCloseTo(70 / 150, 12);
    expect(share.verdict).toBe('fail'); // 46.7% < 50%
  });

  it("shows a county the zone's school in its evaluation only under a pseudonym, as every other route hides it", async () => {
    const url = '/api/v1/standards/counties/999903?year=2025';
    const city = await call('citystaff', 'GET', url);
    const county = await call('county3', 'GET', url);
    expect(county.status).toBe(200);
    // The city sees the zone's kindergarten by code and name.
    expect(JSON.stringify(city.body)).toContain('KZ00000001');
    expect(JSON.stringify(city.body)).toContain('开发区启明幼儿园');
    // 丙县's officer gets the same figures (70 public of 150 children, the zone's 50 included) …
    const share = rule(county.body.evaluation, 'preschoolUniversal', 'PU-P03');
    expect(share.inputs).toMatchObject({ numerator: 70, denominator: 150 });
    expect(county.body.evaluation.preschoolUniversal.totals).toEqual(
      city.body.evaluation.preschoolUniversal.totals,
    );
    // … but nowhere the zone's kindergarten's code or name: it is 开发区's first institution.
    const text = JSON.stringify(county.body);
    expect(text).not.toContain('KZ00000001');
    expect(text).not.toContain('开发区启明幼儿园');
    expect(text).toContain('开发区所辖机构 01');
    // 丙县's own kindergartens keep their names.
    expect(text).toContain('金苹果');
    // The gap plan and the city overview agree.
    const gap = await call('county3', 'GET', '/api/v1/standards/counties/999903/gap?year=2025');
    expect(gap.status).toBe(200);
    expect(JSON.stringify(gap.body)).not.toMatch(/KZ00000001|开发区启明幼儿园/);
    const overview = await call('county3', 'GET', '/api/v1/standards?year=2025');
    expect(JSON.stringify(overview.body)).not.toMatch(/KZ00000001|开发区启明幼儿园/);
    // The registry answers for the same school exactly as for a missing one.
    const direct = await call('county3', 'GET', '/api/v1/institutions/KZ00000001');
    const missing = await call('county3', 'GET', '/api/v1/institutions/KZ99999999');
    expect(direct.status).toBe(404);
    expect(direct.body.error.code).toBe(missing.body.error.code);
  });

  it('refuses a functional zone as an assessed unit, in Chinese', async () => {
    const { status, body } = await call('citystaff', 'GET', '/api/v1/standards/counties/999904');
    expect(status).toBe(400);
    expect(body.error.code).toBe('NOT_AN_ASSESSED_COUNTY');
    expect(body.error.message).toMatch(/功能区.*法定县市区/);
  });

  it('records a county figure: the verdict follows at once, the history and the audit keep it', async () => {
    const before = await call('citystaff', 'GET', '/api/v1/standards/counties/999903?year=2025');
    expect(rule(before.body.evaluation, 'preschoolUniversal', 'PU-P01').verdict).toBe('incomplete');

    const first = await call('citystaff', 'POST', '/api/v1/standards/counties/999903/inputs', {
      year: 2025,
      values: { population3to5: 160 },
      evidence: '2025 年人口变动抽样调查',
    });
    expect(first.status).toBe(200);
    // 150 children ÷ 160 = 0.9375 ≥ 0.85 → 达标.
    let after = await call('citystaff', 'GET', '/api/v1/standards/counties/999903?year=2025');
    expect(rule(after.body.evaluation, 'preschoolUniversal', 'PU-P01')).toMatchObject({
      value: 150 / 160,
      verdict: 'pass',
    });
    // A correction is a new record; the latest counts: 150 ÷ 200 = 0.75 < 0.85 → 未达标.
    await call('citystaff', 'POST', '/api/v1/standards/counties/999903/inputs', {
      year: 2025,
      values: { population3to5: 200 },
      evidence: '更正：按公安户籍人口',
    });
    after = await call('citystaff', 'GET', '/api/v1/standards/counties/999903?year=2025');
    expect(rule(after.body.evaluation, 'preschoolUniversal', 'PU-P01')).toMatchObject({
      value: 0.75,
      verdict: 'fail',
    });
    const history = await call('citystaff', 'GET', '/api/v1/standards/counties/999903/records?year=2025');
    expect(history.body.inputs.map((r: any) => [r.item, r.value, r.recordedBy])).toEqual([
      ['population3to5', 200, 'citystaff'],
      ['population3to5', 160, 'citystaff'],
    ]);
    const audit = await ctx.audit.search({ action: 'standards.input', page: 1, pageSize: 50 });
    const last = audit.items.find(
      (a: any) => a.targetId === '999903/2025' && a.newValue?.population3to5 === 200,
    );
    expect(last).toMatchObject({
      actorUsername: 'citystaff',
      oldValue: { population3to5: 160 },
      outcome: 'success',
    });
  });

  it('lets an inspector record a judgement in scope, and nobody else', async () => {
    const item = 'CB-G01'; // 县域内义务教育学校规划布局合理
    const before = await call('inspector', 'GET', '/api/v1/standards/counties/999901?year=2025');
    expect(rule(before.body.evaluation, 'compulsoryBalanced', item).verdict).toBe('incomplete');
    const ok = await call('inspector', 'POST', '/api/v1/standards/counties/999901/judgements', {
      year: 2025,
      itemId: item,
      met: true,
      evidence: '县域义务教育学校布局专项规划（2023—2035 年）',
    });
    expect(ok.status).toBe(200);
    const after = await call('inspector', 'GET', '/api/v1/standards/counties/999901?year=2025');
    expect(rule(after.body.evaluation, 'compulsoryBalanced', item)).toMatchObject({
      verdict: 'pass',
      judgement: { met: true, evaluator: 'inspector' },
    });
    // The county bureau records figures, not judgements; the city admin neither.
    const county = await call('county1', 'POST', '/api/v1/standards/counties/999901/judgements', {
      year: 2025,
      itemId: item,
      met: true,
      evidence: '自评',
    });
    expect(county.status).toBe(403);
    const admin = await call('cityadmin', 'POST', '/api/v1/standards/counties/999901/inputs', {
      year: 2025,
      values: { population3to5: 1 },
      evidence: '测试',
    });
    expect(admin.status).toBe(403);
  });

  it('keeps the recordings append-only in the database (both tables hold rows by now)', async () => {
    // The driver wraps the database's error; its own message is the cause.
    const failure = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (e) {
        const err = e as Error & { cause?: Error };
        return err.cause?.message ?? err.message;
      }
      return 'no error';
    };
    expect(await failure(ctx.database.db.execute(sql`UPDATE county_standard_input SET value = 1`))).toMatch(
      /历史记录不可修改或删除/,
    );
    expect(await failure(ctx.database.db.execute(sql`DELETE FROM county_standard_judgement`))).toMatch(
      /历史记录不可修改或删除/,
    );
  });

  it.each([
    [
      'a negative figure',
      'inputs',
      { year: 2025, values: { rotatedTeachers: -3 }, evidence: '轮岗名单' },
      /本年度交流轮岗教师数.*不能为负数/,
    ],
    [
      'an unknown figure',
      'inputs',
      { year: 2025, values: { population: 100 }, evidence: '人口' },
      /不支持的参数“population”/,
    ],
    ['no figure at all', 'inputs', { year: 2025, values: {}, evidence: '空' }, /至少填写一项县级数据/],
    [
      'an evidence-free figure',
      'inputs',
      { year: 2025, values: { population3to5: 100 }, evidence: ' ' },
      /请填写依据/,
    ],
    [
      'an unknown judgement item',
      'judgements',
      { year: 2025, itemId: 'CB-X99', met: true, evidence: '依据文件' },
      /评估项目 CB-X99 不存在/,
    ],
    [
      'a 社会认可度 verdict without its score',
      'judgements',
      { year: 2025, itemId: 'CB-S01', met: true, evidence: '问卷调查报告' },
      /需要填写得分/,
    ],
    [
      'a score above 1',
      'judgements',
      { year: 2025, itemId: 'CB-S01', met: true, score: 87, evidence: '问卷调查报告' },
      /0—1 的小数/,
    ],
  ])('refuses %s with a Chinese message and records nothing', async (_name, kind, payload, message) => {
    const user = kind === 'inputs' ? 'citystaff' : 'inspector';
    const before = await call(user, 'GET', '/api/v1/standards/counties/999901/records?year=2025');
    const res = await call(user, 'POST', `/api/v1/standards/counties/999901/${kind}`, payload);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toMatch(message);
    const after = await call(user, 'GET', '/api/v1/standards/counties/999901/records?year=2025');
    expect(after.body).toEqual(before.body);
  });

  it('plans the gap to pass for a failing county, and T4 comes from the same evaluation', async () => {
    const { status, body } = await call(
      'citystaff',
      'GET',
      '/api/v1/standards/counties/999901/gap?year=2025',
    );
    expect(status).toBe(200);
    expect(body.plan.countyCode).toBe('999901');
    expect(body.plan.before.compulsoryBalanced).toBe('fail');
    expect(body.plan.items.length).toBeGreaterThan(0);
    for (const item of body.plan.items) expect(item.description).toMatch(/[\u4e00-\u9fff]/);
    // Splitting the oversized classes is part of it: 甲县实验小学's six classes of 80 need at least
    // two classes each to stay ≤ 45 → ≥ 6 extra classes there.
    const split = body.plan.items.filter(
      (i: any) => i.action === 'splitClass' && i.institutionCode === 'PA00000001',
    );
    expect(split.reduce((n: number, i: any) => n + i.amount, 0)).toBeGreaterThanOrEqual(6);
    const targets = await call('citystaff', 'GET', '/api/v1/targets?year=2025');
    const t4 = targets.body.targets.find((c: any) => c.target.id === 'T4');
    expect(t4.figure).toMatchObject({ numerator: 0, denominator: 3, value: 0 });
  });
});
