/**
 * The stocktake routes through app.inject() on the small invented city (县1 999901, 县2 999902,
 * 县3 999903, 开发区 999904), the clock at 2026-11-16 10:00 Beijing time, monthly report rounds
 * from 2026-01. 县1's approved work plan: 教师培训 due 2026-10-31, never reported (late);
 * 家长学校 due 2026-12-31, reported 已完成 in round 2026-11 and accepted (done on time). So 县1
 * has 2 measures, 1 done (50.0 %), 1 late, none blocked. Who sees what (a county its own row,
 * another county not found), recording (the city only, a label once, a Chinese error for an empty
 * one) and the two .xlsx exports, opened in LibreOffice (numbers as numbers, shares with a % format,
 * Chinese headers).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import type { Caller } from '../../src/app/access/caller.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { tinyPdf } from '../../src/demo/demo.reporting.ts';
import { createTestAccounts, login, type Login } from '../support/accounts.ts';
import { documentClient, SOFFICE, xlsxAsCsv } from '../support/documents.ts';
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

/**
 * The CSV of one sheet (1-based) of a workbook, cells as LibreOffice displays them (test/support/
 * documents.ts converts the first sheet only; LibreOffice names a chosen sheet's file <stem>-<sheet>.csv).
 */
function sheetCsv(bytes: Buffer, sheet: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'eduplan-lo-s-'));
  const file = join(dir, 'export.xlsx');
  writeFileSync(file, bytes);
  execFileSync(
    SOFFICE!,
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,${sheet}`,
      '--outdir',
      join(dir, 'out'),
      file,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const made = readdirSync(join(dir, 'out')).find((f) => f.startsWith('export-') && f.endsWith('.csv'));
  if (!made) throw new Error(`LibreOffice 未能转换第 ${sheet} 张工作表`);
  return readFileSync(join(dir, 'out', made), 'utf8');
}

/** The CSV's lines without the empty cells LibreOffice pads every row with to the sheet's width. */
const rows = (csv: string) => csv.split(/\r?\n/).map((l) => l.replace(/,+$/, ''));

describe.each(testBackends())('stocktake API on $name', (backend) => {
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
      { clock: () => new Date('2026-11-16T10:00:00+08:00'), reporting: SETTINGS },
    );
    app = await buildApp(ctx);
    const [, parents] = await approveMeasures(ctx, '999901', [
      draft('999901', { title: '教师培训', dueDate: '2026-10-31' }),
      draft('999901', { title: '家长学校', dueDate: '2026-12-31' }),
    ]);
    const role = (r: 'countyAdmin' | 'cityStaff') => new Set(ctx.roles.get(r)!.permissions);
    const county1: Caller = {
      actor: { id: null, username: 'county1', ip: null },
      scope: { kind: 'org', orgCode: '999901' },
      permissions: role('countyAdmin'),
    };
    const city: Caller = {
      actor: { id: null, username: 'citystaff', ip: null },
      scope: { kind: 'org', orgCode: '999900' },
      permissions: role('cityStaff'),
    };
    const pdf = await ctx.evidence.upload(county1, {
      orgCode: '999901',
      fileName: '家长学校.pdf',
      body: Readable.from([tinyPdf(['done'])]),
    });
    const saved = await ctx.reporting.save(county1, '2026-11', parents!.id, {
      progress: 'done',
      text: '家长学校已开班',
      blockedReason: null,
      figure: null,
      evidence: [pdf.id],
      version: 0,
    });
    const submitted = await ctx.reporting.submit(county1, '2026-11', parents!.id, saved.version);
    await ctx.reporting.review(city, '2026-11', parents!.id, {
      action: 'accept',
      version: submitted.version,
    });
    for (const u of ['county1', 'county2', 'citystaff', 'cityadmin', 'clerk'])
      sessions.set(u, await login(app, u));
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const get = async (user: string, url: string) => {
    const res = await app.inject({ method: 'GET', url, headers: { cookie: sessions.get(user)!.cookie } });
    const json = String(res.headers['content-type'] ?? '').startsWith('application/json');
    return {
      status: res.statusCode,
      body: (json ? res.json() : {}) as Record<string, any>,
      raw: res.rawPayload,
      res,
    };
  };
  const post = async (user: string, url: string, payload: unknown) => {
    const s = sessions.get(user)!;
    const res = await app.inject({
      method: 'POST',
      url,
      payload: payload as Record<string, unknown>,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    });
    return { status: res.statusCode, body: res.json() as Record<string, any> };
  };

  it('gives the city every county ranked, with the method', async () => {
    const { status, body } = await get('citystaff', '/api/v1/stocktake');
    expect(status).toBe(200);
    const s = body.stocktake;
    expect(s.level).toBe('city');
    expect(s.rows.map((r: any) => r.orgCode).sort()).toEqual(['999901', '999902', '999903', '999904']);
    expect(s.league.method).toMatch(
      /^排序方法：依次比较 ① 没有经批准的工作方案（少者在前），② 逾期未完成的时间节点数（少者在前）/,
    );
    // Only 县1 has an approved work plan.
    expect(
      s.rows
        .filter((r: any) => !r.workPlan.approved)
        .map((r: any) => r.orgCode)
        .sort(),
    ).toEqual(['999902', '999903', '999904']);
    const one = s.rows.find((r: any) => r.orgCode === '999901');
    expect(one.figures).toMatchObject({
      measuresDone: 1,
      measuresLate: 1,
      measuresBlocked: 0,
      measuresTotal: 2,
    });
    expect(s.canRecord).toBe(true);
    expect(body.dataset).toEqual({ demo: false, notice: null });
  });

  it('gives a county its own row only and answers another county as not found', async () => {
    const own = await get('county1', '/api/v1/stocktake');
    expect(own.status).toBe(200);
    expect(own.body.stocktake.level).toBe('county');
    expect(own.body.stocktake.rows.map((r: any) => r.orgCode)).toEqual(['999901']);
    expect(own.body.stocktake.canRecord).toBe(false);
    expect(own.body.stocktake.attention.measuresLateOrBlocked.map((m: any) => m.title)).toEqual(['教师培训']);
    const other = await get('county1', '/api/v1/stocktake?org=999902');
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('ORG_UNIT_NOT_FOUND');
    const ev = await get('county2', '/api/v1/stocktake/evaluation');
    expect(ev.body.evaluation.counties.map((c: any) => c.orgCode)).toEqual(['999902']);
    expect(ev.body.evaluation.countyCount).toBe(4);
    expect((await get('clerk', '/api/v1/stocktake')).status).toBe(403);
  });

  it('records a stocktake for the city staff only, once per label, in Chinese', async () => {
    expect((await post('county1', '/api/v1/stocktake/records', { label: '2026年11月' })).status).toBe(403);
    expect((await post('cityadmin', '/api/v1/stocktake/records', { label: '2026年11月' })).status).toBe(403);
    const ok = await post('citystaff', '/api/v1/stocktake/records', { label: '2026年11月' });
    expect(ok.status).toBe(200);
    expect(ok.body.record).toMatchObject({
      label: '2026年11月',
      asOf: '2026-11-16',
      recordedBy: 'citystaff',
    });
    const twice = await post('citystaff', '/api/v1/stocktake/records', { label: '2026年11月' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('STOCKTAKE_LABEL_TAKEN');
    const empty = await post('citystaff', '/api/v1/stocktake/records', { label: '' });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body.error)).toContain('调度名称不能为空');
    // The next stocktake compares with it: nothing changed in between.
    const after = await get('citystaff', '/api/v1/stocktake');
    expect(after.body.stocktake.lastRecord.label).toBe('2026年11月');
    expect(after.body.stocktake.rows.every((r: any) => r.changes && !r.changes.changed)).toBe(true);
  });

  it('refuses an unknown query key and a year outside the data', async () => {
    expect((await get('citystaff', '/api/v1/stocktake?orgg=999901')).status).toBe(400);
    const y = await get('citystaff', '/api/v1/stocktake/evaluation?year=2031');
    expect(y.status).toBe(404);
    expect(y.body.error.message).toBe('不能评价 2031 年：可评价 2023—2026 年（有数据的第一年到今年）');
  });

  it('exports the stocktake as .xlsx that LibreOffice opens: numbers, shares in %, Chinese headers', async () => {
    const { status, raw, res } = await get('citystaff', '/api/v1/stocktake/export');
    expect(status).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent('测试市月度调度-2026-11-16.xlsx'),
    );
    if (!documentClient('soffice')) return;
    const csv = xlsxAsCsv({ name: 'stocktake.xlsx', bytes: raw });
    const lines = rows(csv);
    expect(lines[0]).toBe('测试市月度调度（截至 2026-11-16）');
    expect(lines).toContain(
      '排名,县（市、区）,代码,工作方案,逾期未完成的时间节点,逾期或受阻的举措,滞后于轨迹的目标,已达标的目标,已完成的举措,举措总数,举措完成率,排序依据,较上次排名',
    );
    const one = lines.find((l) => l.includes(',县1,999901,'))!.split(',');
    // 工作方案 已批准, 逾期或受阻 1 (教师培训), 已完成 1, 总数 2, 完成率 50.0%; no change since 2026年11月 (—).
    expect([one[3], one[5], one[8], one[9], one[10], one[12]]).toEqual([
      '已批准',
      '1',
      '1',
      '2',
      '50.0%',
      '—',
    ]);
    // The 目标 sheet: shares with a % format (T1 of 县1 in 2025: 180 public of 300 children = 60.0%).
    const targets = rows(sheetCsv(raw, 2));
    expect(targets[0]).toBe(
      '县（市、区）,代码,目标,名称,学年,实际值,按轨迹应达,2027 目标,状态,2027 年趋势预测',
    );
    const t1 = targets.find((l) => l.startsWith('县1,999901,T1,'))!.split(',');
    expect([t1[4], t1[5], t1[7]]).toEqual(['2025', '60.0%', '80.0%']);
  });

  it('exports the evaluation as .xlsx with points as numbers and the bureau’s-to-set notice', async () => {
    const { status, raw } = await get('citystaff', '/api/v1/stocktake/evaluation/export?year=2026');
    expect(status).toBe(200);
    if (!documentClient('soffice')) return;
    const lines = rows(xlsxAsCsv({ name: 'evaluation.xlsx', bytes: raw }));
    expect(lines[0]).toBe('2026 年度县级履行教育职责督导评价（行动方案落实部分）');
    expect(lines[1]).toBe(
      '权重和规则由市教育局确定，当前为平台初始设定（待市教育局确定）（config/duty-evaluation.yaml）',
    );
    expect(lines).toContain(
      '排名,县（市、区）,代码,总分,目标达成（30 分）,目标进度（20 分）,时间节点（25 分）,举措落实（25 分）,得分率,并列与排序说明',
    );
    // 县1's measures: 教师培训 due and late (0), 家长学校 done early (1): 25/2 × 1 = 12.50.
    const one = lines.find((l) => l.includes(',县1,999901,'))!.split(',');
    expect(one[7]).toBe('12.50');
    // The total is a number and its share a percentage of 100.
    expect(Number(one[3])).toBeGreaterThan(0);
    expect(one[8]).toMatch(/^\d+\.\d%$/);
    expect(Math.abs(parseFloat(one[8]!) - Number(one[3]))).toBeLessThanOrEqual(0.051);
  });
});
