/**
 * Export of a collection period's data through the API (GET /collection/:period/export), on the
 * small invented city with a clock inside the 2026 autumn period: the workbook read back with
 * exceljs holds exactly the saved values (one sheet per form, the fixed columns, Chinese state
 * names, Beijing submission time), the 说明 sheet names the filters and counts, the filters work,
 * every export is audited, and the scope and input refusals answer in Chinese.
 */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import type { CollectionCaller } from '../../src/app/collection/collection.core.ts';
import { EXPORT_FIXED_HEADERS } from '../../src/app/collection/export.workbook.ts';
import { headerOf } from '../../src/app/collection/workbook.template.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { formFields, type FieldValue } from '../../src/domain/collection/fields.ts';
import { createTestAccounts, login, type Login } from '../support/accounts.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BASE = '/api/v1/collection/2026-autumn';
const KG_SHEET = '秋季统计（幼儿园）';
const CLOCK = '2026-09-15T10:00:00+08:00';

/** A complete kindergarten form: 10 boys and 10 girls in one class per grade; preschool staff. */
function kgValues(extra: Record<string, FieldValue> = {}): Record<string, FieldValue> {
  const v: Record<string, FieldValue> = {};
  for (const g of ['K1', 'K2', 'K3']) {
    v[`ENR.${g}.male`] = 10;
    v[`ENR.${g}.female`] = 10;
    v[`CLASS_SIZES.${g}`] = [20];
  }
  Object.assign(v, {
    'TEACHERS.preschool': 6,
    'TEACHERS_QUALIFIED.preschool': 4,
    'TEACHERS_BACKBONE.preschool': 1,
    'TEACHERS_PE_ARTS.preschool': 1,
    'TEACHERS_CERTIFIED.preschool': 6,
    'TEACHERS_ESTABLISHED.preschool': 3,
    'AREA_TEACHING.preschool': 850.5,
    'AREA_SPORTS.preschool': 600,
    'EQUIPMENT_VALUE.preschool': 120000,
    'MULTIMEDIA_ROOMS.preschool': 3,
  });
  return { ...v, ...extra };
}

const asSchool = (code: string): CollectionCaller => ({
  actor: { id: null, username: `clerk-${code}`, ip: null },
  scope: { kind: 'institution', institutionCode: code },
});

/** Rows of a sheet below its header, as objects keyed by header. */
function rowsOf(ws: ExcelJS.Worksheet): Array<Record<string, ExcelJS.CellValue>> {
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const out: Array<Record<string, ExcelJS.CellValue>> = [];
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const o: Record<string, ExcelJS.CellValue> = {};
    header.forEach((h, i) => (o[h] = r.getCell(i + 1).value ?? null));
    out.push(o);
  });
  return out;
}

/** The 说明 sheet as label → value. */
function notesOf(wb: ExcelJS.Workbook): Map<string, ExcelJS.CellValue> {
  const m = new Map<string, ExcelJS.CellValue>();
  wb.getWorksheet('说明')!.eachRow((r) => m.set(String(r.getCell(1).value ?? ''), r.getCell(2).value));
  return m;
}

describe.each(testBackends())('collection data export on $name', (backend) => {
  let database: DatabaseHandle;
  let ctx: AppContext;
  let app: FastifyInstance;
  const sessions = new Map<string, Login>();

  beforeAll(async () => {
    database = await backend.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    ctx = createAppContextFrom(
      database,
      { ...loadPlan(), orgCode: '999900' },
      { clock: () => new Date(CLOCK) },
    );
    app = await buildApp(ctx);
    for (const u of ['clerk', 'county1', 'county2', 'citystaff']) sessions.set(u, await login(app, u));
    // 甲县实验幼儿园 (the clerk's school): half a form, saved through the API → draft.
    const put = await app.inject({
      method: 'PUT',
      url: `${BASE}/submissions/KA00000001`,
      headers: { cookie: sessions.get('clerk')!.cookie, 'x-csrf-token': sessions.get('clerk')!.csrf },
      payload: { version: 0, values: { 'ENR.K1.male': 21, 'ENR.K1.female': 19, 'CLASS_SIZES.K1': [21, 19] } },
    });
    expect(put.statusCode, put.body).toBe(200);
    // 甲县阳光幼儿园: a complete form, submitted; 乙县第一幼儿园 (another county): submitted too.
    for (const code of ['KA00000002', 'KB00000001']) {
      await ctx.collection.entry.save('2026-autumn', code, asSchool(code), {
        version: 0,
        values: kgValues(),
        // 乙县第一幼儿园 had 240 children in 2025: a change of more than 30% needs a reason (S01).
        explanations: { S01: '分园独立办学，在园幼儿减少' },
      });
      await ctx.collection.review.act('2026-autumn', code, asSchool(code), 'submit');
    }
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const get = (user: string, url: string) => {
    const s = sessions.get(user)!;
    return app.inject({ method: 'GET', url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } });
  };
  async function exportOf(user: string, query = ''): Promise<ExcelJS.Workbook> {
    const res = await get(user, `${BASE}/export${query}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return wb;
  }

  it('exports the county’s schools with exactly the values saved, one sheet per form', async () => {
    const res = await get('county1', `${BASE}/export`);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(
      '2026年秋季统计-数据导出-县1-20260915.xlsx',
    );
    const wb = await exportOf('county1');
    // 说明 first, then the forms of 甲县's schools in catalog order.
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '说明',
      KG_SHEET,
      '秋季统计（小学、教学点）',
      '秋季统计（完全中学）',
      '秋季统计（高级中学）',
      '秋季统计（特殊教育学校）',
    ]);
    const ws = wb.getWorksheet(KG_SHEET)!;
    const form = ctx.collection.catalog.forms.find((f) => f.id === 'AUTUMN-KG')!;
    const fields = formFields(ctx.collection.catalog, form);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      ...EXPORT_FIXED_HEADERS,
      ...fields.map(headerOf),
    ]);
    const rows = rowsOf(ws);
    expect(rows.map((r) => [r['学校（机构）代码'], r['名称'], r['县市区'], r['状态']])).toEqual([
      ['KA00000001', '甲县实验幼儿园', '县1', '草稿'],
      ['KA00000002', '甲县阳光幼儿园', '县1', '已提交'],
      ['KA00000003', '甲县育才幼儿园', '县1', '未开始'],
    ]);
    // Every field equals the stored value (class lists as "21;19"; not filled in: empty).
    for (const code of ['KA00000001', 'KA00000002', 'KA00000003']) {
      const stored = (await ctx.collection.entry.open('2026-autumn', code, asSchool(code))).values;
      const row = rows.find((r) => r['学校（机构）代码'] === code)!;
      for (const f of fields) {
        const v = stored[f.key] ?? null;
        expect(row[headerOf(f)], `${code} ${f.key}`).toEqual(Array.isArray(v) ? v.join(';') : v);
      }
    }
    const h = (key: string) => headerOf(fields.find((f) => f.key === key)!);
    expect(rows[0]![h('ENR.K1.male')]).toBe(21);
    expect(rows[0]![h('CLASS_SIZES.K1')]).toBe('21;19');
    expect(rows[0]![h('TEACHERS.preschool')]).toBeNull();
    expect(rows[1]![h('AREA_TEACHING.preschool')]).toBe(850.5);
    // Submission time in Beijing time; none for a draft or a school that has not started.
    expect(rows.map((r) => r['提交时间'])).toEqual(['', '2026-09-15 10:00:00', ''].map((x) => x || null));
    expect(rows.map((r) => r['乡镇街道'])).toEqual(['镇1-1', '镇1-2', '镇1-2']);
    // Nothing of 乙县 (县2).
    expect(
      wb.worksheets.flatMap((w) => (w.name === '说明' ? [] : rowsOf(w))).map((r) => r['县市区']),
    ).not.toContain('县2');
    const notes = notesOf(wb);
    expect(notes.get('采集周期')).toBe('2026 年秋季统计（2026-autumn，2026 学年）');
    expect(notes.get('导出时间')).toBe('2026-09-15 10:00:00（北京时间）');
    expect(notes.get('导出人')).toBe('county1');
    expect(notes.get('范围')).toBe('县1');
    expect(notes.get('筛选：状态 state')).toContain('all');
    expect(notes.get('  其中草稿')).toBe(1);
    expect(notes.get('  其中已提交')).toBe(1);
    expect(notes.get(`工作表“${KG_SHEET}”`)).toBe(3);
    // Not demo data: no notice.
    expect(notes.has('演示数据')).toBe(false);
  });

  it('filters by form, state and org unit', async () => {
    const kg = await exportOf('county1', '?form=AUTUMN-KG&state=submitted');
    expect(kg.worksheets.map((w) => w.name)).toEqual(['说明', KG_SHEET]);
    expect(rowsOf(kg.getWorksheet(KG_SHEET)!).map((r) => r['学校（机构）代码'])).toEqual(['KA00000002']);
    expect(notesOf(kg).get('筛选：报表 form')).toBe('AUTUMN-KG（秋季统计（幼儿园））');
    // Nothing is final yet: only the 说明 sheet, with a count of 0.
    const final = await exportOf('citystaff', '?state=final');
    expect(final.worksheets.map((w) => w.name)).toEqual(['说明']);
    expect(notesOf(final).get('学校（机构）数')).toBe(0);
    // The city limits to one county with org.
    const b = await exportOf('citystaff', '?org=999902&form=AUTUMN-KG');
    expect(rowsOf(b.getWorksheet(KG_SHEET)!).map((r) => [r['学校（机构）代码'], r['状态']])).toEqual([
      ['KB00000001', '已提交'],
      ['KB00000002', '未开始'],
      ['KB00000003', '未开始'],
    ]);
    expect(notesOf(b).get('范围')).toBe('县2');
  });

  it('gives a school clerk its own school only', async () => {
    const wb = await exportOf('clerk');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', KG_SHEET]);
    expect(rowsOf(wb.getWorksheet(KG_SHEET)!).map((r) => r['学校（机构）代码'])).toEqual(['KA00000001']);
    // An org unit is not found for a school clerk, like the completeness report.
    const res = await get('clerk', `${BASE}/export?org=999901`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('ORG_UNIT_NOT_FOUND');
  });

  it('answers an org unit outside the scope as not found, and audits the refusal', async () => {
    const res = await get('county1', `${BASE}/export?org=999902`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({
      code: 'ORG_UNIT_NOT_FOUND',
      message: '组织机构代码 999902 不存在',
    });
    await ctx.audit.flush(); // the refusal is recorded right after the answer
    const denied = await ctx.audit.search({ actor: 'county1', outcome: 'denied', page: 1, pageSize: 50 });
    expect(denied.items.some((e) => e.targetId === '999902')).toBe(true);
  });

  it('runs one export per account at a time: a second one in parallel answers 429 in Chinese', async () => {
    // Heavy work is bounded per account (issue 12): the real app's export route has a slot.
    const [a, b] = await Promise.all([
      get('citystaff', `${BASE}/export`),
      get('citystaff', `${BASE}/export`),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 429]);
    const refused = a.statusCode === 429 ? a : b;
    expect(refused.json().error).toMatchObject({ code: 'WORK_IN_PROGRESS' });
    expect(refused.json().error.message).toMatch(/已有 1 项.*正在进行/);
    // Another account is not held up by it, and the slot is free again afterwards.
    const [c, d] = await Promise.all([get('citystaff', `${BASE}/export`), get('county1', `${BASE}/export`)]);
    expect([c.statusCode, d.statusCode]).toEqual([200, 200]);
  });

  it('refuses a bad period, org, form or state with a clear Chinese message', async () => {
    const unknown = await get('county1', '/api/v1/collection/2030-spring/export');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe(
      '采集周期 2030-spring 不存在（可用：2025-autumn、2026-autumn）',
    );
    const badPeriod = await get('county1', '/api/v1/collection/2026_AUTUMN/export');
    expect(badPeriod.statusCode).toBe(400);
    expect(JSON.stringify(badPeriod.json().error)).toContain('采集周期编号形如 2025-autumn');
    const badOrg = await get('county1', `${BASE}/export?org=12ab`);
    expect(badOrg.statusCode).toBe(400);
    expect(JSON.stringify(badOrg.json().error)).toContain('组织机构代码应为 6 位或 9 位数字');
    const noOrg = await get('citystaff', `${BASE}/export?org=999999`);
    expect(noOrg.statusCode).toBe(404);
    expect(noOrg.json().error.message).toBe('组织机构代码 999999 不存在');
    const badForm = await get('county1', `${BASE}/export?form=AUTUMN-XX`);
    expect(badForm.statusCode).toBe(400);
    expect(badForm.json().error.message).toBe('2026 年秋季统计没有报表 AUTUMN-XX');
    const badState = await get('county1', `${BASE}/export?state=locked`);
    expect(badState.statusCode).toBe(400);
    expect(JSON.stringify(badState.json().error)).toContain(
      '状态 state 取值无效，应为 all、submitted、approved、final 之一',
    );
  });

  it('audits every export with who, what and how many', async () => {
    const { items } = await ctx.audit.search({ action: 'collection.export', page: 1, pageSize: 50 });
    expect(items.length).toBeGreaterThanOrEqual(6);
    const first = items.find((e) => e.actorUsername === 'clerk')!;
    expect(first).toMatchObject({
      outcome: 'success',
      targetType: 'collectionPeriod',
      targetId: '2026-autumn',
      newValue: { org: null, form: null, state: 'all', rows: 1 },
    });
    expect(first.detail).toContain('甲县实验幼儿园，1 所学校（机构）');
  });
});
