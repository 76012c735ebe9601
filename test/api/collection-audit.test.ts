/**
 * What the audit log records of data collection (issue 12, item 13), through the API on the small
 * invented city (clock inside the 2026 autumn period) plus 60 kindergartens of county 2, so that
 * a county-1 account can name many schools outside its scope: template downloads (who, period,
 * form, unit, how many schools pre-filled), import previews (who, the file, rows, problems), one
 * aggregated `access.denied` entry per request for an import file's or a bulk review's
 * out-of-scope codes (the count and the first 50 codes), and the old and new values of online
 * saves and import commits (the first 20 fields, with the count of the rest).
 */
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppContext } from '../../src/app/app.context.ts';
import type { StoredAuditEntry } from '../../src/db/access/access.repository.ts';
import { bumpRevision, insertInstitutions } from '../../src/db/registry/registry.repository.ts';
import { formFields } from '../../src/domain/collection/fields.ts';
import { buildInstitution } from '../factories.ts';
import { type Login } from '../support/accounts.ts';
import { collectionCaller, collectionRequests, openCollectionApp } from '../support/collection.ts';
import { testBackends } from '../support/test-db.ts';

const PERIOD = '2026-autumn';
const BASE = `/api/v1/collection/${PERIOD}`;
const SHEET = '秋季统计（幼儿园）';
/** Kindergartens of county 2 (outside county1's scope): KX00000001 … KX00000060. */
const OUTSIDE = Array.from({ length: 60 }, (_, i) => `KX${String(i + 1).padStart(8, '0')}`);

describe.each(testBackends())('collection audit entries on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  const sessions = new Map<string, Login>();

  beforeAll(async () => {
    ({ ctx, app } = await openCollectionApp(backend, sessions, ['clerk', 'county1'], async (db) => {
      await insertInstitutions(
        db,
        OUTSIDE.map((code) => buildInstitution({ code, countyCode: '999902', townshipCode: '999902001' })),
      );
      await bumpRevision(db);
    }));
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const { headers, get, upload } = collectionRequests(() => app, sessions, BASE);
  /** The audit entries of an action (newest first). */
  async function entries(action: string, actor?: string): Promise<StoredAuditEntry[]> {
    await ctx.audit.flush();
    return (await ctx.audit.search({ action, actor, page: 1, pageSize: 500 })).items;
  }
  async function countyWorkbook(): Promise<ExcelJS.Workbook> {
    const res = await get('county1', `${BASE}/template?form=AUTUMN-KG`);
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return wb;
  }
  const bytes = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
  const column = (ws: ExcelJS.Worksheet, key: string) => (ws.getRow(3).values as unknown[]).indexOf(key);

  it('records a template download: who, period, form, unit and how many schools were pre-filled', async () => {
    const saved = await app.inject({
      method: 'PUT',
      url: `${BASE}/submissions/KA00000001`,
      headers: headers('clerk'),
      payload: { version: 0, values: { 'ENR.K1.male': 20 } },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const before = (await entries('collection.template')).length;
    await countyWorkbook();
    expect((await get('clerk', `${BASE}/template`)).statusCode).toBe(200);
    const [school, county] = await entries('collection.template');
    expect((await entries('collection.template')).length).toBe(before + 2);
    // County 1 has three kindergartens; one of them (KA00000001) has saved values.
    expect(county).toMatchObject({
      actorUsername: 'county1',
      outcome: 'success',
      targetType: 'collectionPeriod',
      targetId: PERIOD,
      detail:
        '下载2026 年秋季统计填报模板：县1（999901），报表 AUTUMN-KG，3 所学校（机构），其中 1 所预填了已填报的数据',
      newValue: { org: '999901', form: 'AUTUMN-KG', formVersion: 1, schools: 3, prefilled: 1 },
    });
    expect(school).toMatchObject({
      actorUsername: 'clerk',
      newValue: { org: 'KA00000001', form: 'AUTUMN-KG', formVersion: 1, schools: 1, prefilled: 1 },
    });
  });

  it('records an import preview: who, the file’s name, size and digest, its rows and problems', async () => {
    const wb = await countyWorkbook();
    const ws = wb.getWorksheet(SHEET)!;
    ws.getCell(5, column(ws, 'ENR.K1.male')).value = 30; // KA00000002, in one class (H01)
    ws.getCell(5, column(ws, 'CLASS_SIZES.K1')).value = '30';
    const file = await bytes(wb);
    const res = await upload(
      'county1',
      `/import/preview?fileName=${encodeURIComponent('甲县幼儿园.xlsx')}`,
      file,
    );
    expect(res.statusCode, res.body).toBe(200);
    const [entry] = await entries('collection.import.preview', 'county1');
    expect(entry).toMatchObject({
      outcome: 'success',
      targetType: 'collectionPeriod',
      targetId: PERIOD,
      newValue: {
        fileName: '甲县幼儿园.xlsx',
        bytes: file.length,
        sha256: createHash('sha256').update(file).digest('hex'),
        form: 'AUTUMN-KG',
        rows: 3,
        changedRows: 1,
        changedFields: 2,
        problems: 0,
        // 30 children against 60 in 2025: −50 %, the soft rule S01.
        warnings: 1,
        problemList: false,
        outOfScope: 0,
      },
    });
    expect(entry!.detail).toMatch(
      /^预览 Excel 导入（2026 年秋季统计）：文件“甲县幼儿园\.xlsx” \d+ KB，报表 AUTUMN-KG，3 行（1 行有变化，2 个字段），0 个问题，1 条提示$/,
    );
    // A file that is not a workbook at all: recorded as a failed preview.
    const bad = await upload('clerk', '/import/preview', Buffer.from('学校代码,在校生数\nKA00000001,3'));
    expect(bad.statusCode).toBe(400);
    const [failed] = await entries('collection.import.preview', 'clerk');
    expect(failed).toMatchObject({
      outcome: 'failure',
      // 4 + 4 Chinese characters (3 bytes each), 2 commas, a line break, 10 + 1 characters: 38 bytes.
      newValue: { fileName: null, bytes: 38, form: null, rows: 0, problems: 1 },
    });
  });

  it('writes one access.denied entry for a preview naming 60 schools outside the scope (count, first 50 codes)', async () => {
    const wb = await countyWorkbook();
    const ws = wb.getWorksheet(SHEET)!;
    const col = column(ws, 'ENR.K1.male');
    OUTSIDE.forEach((code, i) => {
      ws.getCell(7 + i, 1).value = code;
      ws.getCell(7 + i, col).value = 5;
    });
    const denied = (await entries('access.denied', 'county1')).length;
    const res = await upload('county1', '/import/preview', await bytes(wb));
    expect(res.statusCode, res.body).toBe(200);
    // Each outside row is a problem, answered like an unknown code.
    expect(res.json().problems).toHaveLength(60);
    const all = await entries('access.denied', 'county1');
    expect(all).toHaveLength(denied + 1);
    expect(all[0]).toMatchObject({
      outcome: 'denied',
      targetType: 'collectionPeriod',
      targetId: PERIOD,
      newValue: { count: 60, codes: OUTSIDE.slice(0, 50), notListed: 10 },
      detail: `超出管理范围：Excel 导入 ${PERIOD}，60 个学校（机构）代码：${OUTSIDE.slice(0, 10).join('、')} 等`,
    });
    expect((await entries('collection.import.preview', 'county1'))[0]!.newValue).toMatchObject({
      problems: 60,
      outOfScope: 60,
    });
  });

  it('writes one access.denied entry for a bulk review listing schools outside the scope', async () => {
    const denied = (await entries('access.denied', 'county1')).length;
    const codes = ['KA00000001', ...OUTSIDE, 'KB00000001', 'ZZ99999999'];
    const res = await app.inject({
      method: 'POST',
      url: `${BASE}/review/bulk`,
      headers: headers('county1'),
      payload: { action: 'approve', codes },
    });
    expect(res.statusCode, res.body).toBe(200);
    // Nothing was waiting for approval: every school is refused, the outside ones as unknown.
    expect(res.json()).toMatchObject({ done: 0, refused: 63 });
    expect(res.json().results[1]).toMatchObject({
      code: 'KX00000001',
      ok: false,
      message: '学校（机构）代码 KX00000001 不存在',
    });
    const all = await entries('access.denied', 'county1');
    expect(all).toHaveLength(denied + 1);
    // 60 + KB00000001 outside the scope; ZZ99999999 does not exist and KA00000001 is inside.
    expect(all[0]).toMatchObject({
      outcome: 'denied',
      targetType: 'collectionPeriod',
      targetId: PERIOD,
      newValue: { count: 61, codes: OUTSIDE.slice(0, 50), notListed: 11 },
      detail: `超出管理范围：批量审核（approve）${PERIOD}，61 个学校（机构）代码：${OUTSIDE.slice(0, 10).join('、')} 等`,
    });
  });

  it('keeps the old and new values of an online save, at most 20 fields with the count of the rest', async () => {
    const res = await app.inject({
      method: 'PUT',
      url: `${BASE}/submissions/KA00000001`,
      headers: headers('clerk'),
      payload: { version: 1, values: { 'ENR.K1.male': 21, 'ENR.K1.female': 19 } },
    });
    expect(res.statusCode, res.body).toBe(200);
    const [entry] = await entries('collection.save', 'clerk');
    expect(entry).toMatchObject({
      targetId: `${PERIOD}/KA00000001`,
      detail: '修改 2 个字段',
      oldValue: { values: { 'ENR.K1.male': 20, 'ENR.K1.female': null } },
      newValue: { values: { 'ENR.K1.male': 21, 'ENR.K1.female': 19 }, changedFields: 2, notListed: 0 },
    });
    // A primary school's first save of 25 fields (form order): the first 20 are listed, 5 counted.
    const form = ctx.collection.formFor(ctx.collection.requirePeriod(PERIOD), '211')!;
    const fields = formFields(ctx.collection.catalog, form).slice(0, 25);
    expect(fields).toHaveLength(25);
    const value = (f: (typeof fields)[number], i: number) =>
      f.element.type === 'integerList' ? [i + 1] : i + 1;
    await ctx.collection.entry.save(
      PERIOD,
      'PA00000001',
      collectionCaller('clerkPA', 'school', { kind: 'institution', institutionCode: 'PA00000001' }),
      { version: 0, values: Object.fromEntries(fields.map((f, i) => [f.key, value(f, i)])) },
    );
    const [big] = await entries('collection.save', 'clerkPA');
    const listed = fields.slice(0, 20);
    expect(big!.oldValue).toEqual({ values: Object.fromEntries(listed.map((f) => [f.key, null])) });
    expect(big!.newValue).toEqual({
      values: Object.fromEntries(listed.map((f, i) => [f.key, value(f, i)])),
      changedFields: 25,
      notListed: 5,
    });
  });

  it('keeps the old and new values of each school of an import commit', async () => {
    const wb = await countyWorkbook();
    const ws = wb.getWorksheet(SHEET)!;
    // A field no hard rule reads: the import refuses a change that breaks one (issue 13).
    ws.getCell(4, column(ws, 'MULTIMEDIA_ROOMS.preschool')).value = 22; // KA00000001: none → 22
    ws.getCell(5, column(ws, 'MULTIMEDIA_ROOMS.preschool')).value = 30; // KA00000002: none → 30
    const file = await bytes(wb);
    const preview = await upload('county1', '/import/preview', file);
    const res = await upload(
      'county1',
      `/import/county-commit?previewToken=${preview.json().previewToken}`,
      file,
    );
    expect(res.statusCode, res.body).toBe(200);
    const byTarget = new Map((await entries('collection.import', 'county1')).map((e) => [e.targetId, e]));
    expect(byTarget.get(`${PERIOD}/KA00000001`)).toMatchObject({
      oldValue: { values: { 'MULTIMEDIA_ROOMS.preschool': null } },
      newValue: { values: { 'MULTIMEDIA_ROOMS.preschool': 22 }, changedFields: 1, notListed: 0 },
    });
    expect(byTarget.get(`${PERIOD}/KA00000002`)).toMatchObject({
      detail: 'Excel 导入修改 1 个字段（县级统一导入，由 county1 代学校导入）',
      oldValue: { values: { 'MULTIMEDIA_ROOMS.preschool': null } },
      newValue: { values: { 'MULTIMEDIA_ROOMS.preschool': 30 }, changedFields: 1, notListed: 0 },
    });
  });
});
