/**
 * Excel import of collection submissions through the API, on the small invented city with a clock
 * inside the 2026 autumn period (2026-09-15 10:00 Beijing time): download a template, fill it in,
 * preview (nothing written), commit (one transaction), re-upload (nothing changes), and the
 * refusals: a bad row (nothing saved at all), another school's row, a file that is not an xlsx,
 * a file over the size limit, and a closed period.
 */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { login, type Login } from '../support/accounts.ts';
import { collectionRequests, openCollectionApp } from '../support/collection.ts';
import { testBackends } from '../support/test-db.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BASE = '/api/v1/collection/2026-autumn';
const SHEET = '秋季统计（幼儿园）';

describe.each(testBackends())('collection Excel import on $name', (backend) => {
  let database: DatabaseHandle;
  let ctx: AppContext;
  let app: FastifyInstance;
  const sessions = new Map<string, Login>();

  beforeAll(async () => {
    ({ database, ctx, app } = await openCollectionApp(backend, sessions, ['clerk', 'county1']));
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const { headers, get, upload } = collectionRequests(() => app, sessions, BASE);

  /**
   * A commit as the web app makes it: the preview of the same file first, then the commit with
   * the preview's token (the versions it compared against).
   */
  async function commit(user: string, path: string, payload: Buffer) {
    const preview = await upload(user, '/import/preview', payload);
    expect(preview.statusCode, preview.body).toBe(200);
    const token = preview.json().previewToken as string;
    return upload(user, `${path}?previewToken=${token}`, payload);
  }

  async function templateOf(user: string, query = ''): Promise<ExcelJS.Workbook> {
    const res = await get(user, `${BASE}/template${query}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return wb;
  }
  /** Sets values by field key in the row of the given school. */
  function fill(wb: ExcelJS.Workbook, code: string, values: Record<string, ExcelJS.CellValue>) {
    const ws = wb.getWorksheet(SHEET)!;
    const keys = ws.getRow(3).values as unknown[];
    let row = -1;
    ws.eachRow((r, n) => {
      if (r.getCell(1).value === code) row = n;
    });
    expect(row).toBeGreaterThan(3);
    for (const [k, v] of Object.entries(values)) ws.getCell(row, keys.indexOf(k)).value = v;
  }
  const bytes = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
  const submission = async (code: string) => (await get('county1', `${BASE}/submissions/${code}`)).json();
  const history = async (code: string) =>
    (await get('county1', `${BASE}/submissions/${code}/history`)).json();

  let clerkFile: Buffer;

  it('gives a school clerk the template of its own school, with a Chinese file name', async () => {
    const res = await get('clerk', `${BASE}/template`);
    expect(res.statusCode).toBe(200);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(
      '2026年秋季统计-秋季统计（幼儿园）-甲县实验幼儿园.xlsx',
    );
    const wb = await templateOf('clerk');
    const ws = wb.getWorksheet(SHEET)!;
    expect(ws.getCell('A4').value).toBe('KA00000001');
    expect(ws.getCell('A5').value).toBeNull();
    // A county gets all its kindergartens in one workbook; another county's unit is not found.
    const county = (await templateOf('county1', '?form=AUTUMN-KG')).getWorksheet(SHEET)!;
    expect([4, 5, 6].map((r) => county.getCell(`A${r}`).value)).toEqual([
      'KA00000001',
      'KA00000002',
      'KA00000003',
    ]);
    expect((await get('county1', `${BASE}/template?form=AUTUMN-KG&org=999902`)).statusCode).toBe(404);
  });

  it('previews the changes row by row and writes nothing', async () => {
    const wb = await templateOf('clerk');
    fill(wb, 'KA00000001', { 'ENR.K1.male': 20, 'ENR.K1.female': 18, 'CLASS_SIZES.K1': '20;18' });
    clerkFile = await bytes(wb);
    const res = await upload('clerk', '/import/preview', clerkFile);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.problems).toEqual([]);
    expect(body.canCommit).toBe(true);
    expect(body.rows).toEqual([
      {
        row: 4,
        institution: { code: 'KA00000001', name: '甲县实验幼儿园' },
        state: 'notStarted',
        version: 'none',
        changes: [
          { field: 'ENR.K1.male', label: '在校生数·小班·男（人）', old: null, new: 20 },
          { field: 'ENR.K1.female', label: '在校生数·小班·女（人）', old: null, new: 18 },
          { field: 'CLASS_SIZES.K1', label: '各班人数·小班（人）', old: null, new: [20, 18] },
        ],
        // The form's rules on the row as it would be stored (issue 13): 38 children against 180
        // in 2025, (38 − 180) / 180 = −78.9 %; 14 of the 16 required fields still empty.
        checks: {
          issues: [
            {
              ruleId: 'S01',
              ruleName: '较上年变化超过 30%',
              severity: 'soft',
              fields: [
                'ENR.K1.male',
                'ENR.K1.female',
                'ENR.K2.male',
                'ENR.K2.female',
                'ENR.K3.male',
                'ENR.K3.female',
              ],
              message:
                '在校生数合计 38 人，上年 180 人，减少 78.9%，超过 30%，请说明原因（S01 较上年变化超过 30%）',
            },
          ],
          unfilled: 14,
          explained: [],
        },
      },
    ]);
    expect(body.warnings).toHaveLength(1);
    expect(body.previewToken).toMatch(/^p1\.[A-Za-z0-9_-]+$/);
    expect((await submission('KA00000001')).version).toBe(0);
  });

  it('commits the file in one go; the values and their history reflect it', async () => {
    const res = await commit('clerk', '/import/commit', clerkFile);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ committed: true, summary: { changedRows: 1, changedFields: 3 } });
    const s = await submission('KA00000001');
    expect(s.version).toBe(1);
    expect(s.values).toMatchObject({ 'ENR.K1.male': 20, 'ENR.K1.female': 18, 'CLASS_SIZES.K1': [20, 18] });
    const h = await history('KA00000001');
    expect(h.values.map((c: any) => [c.fieldKey, c.oldValue, c.newValue, c.changedBy])).toEqual([
      ['ENR.K1.male', null, 20, 'clerk'],
      ['ENR.K1.female', null, 18, 'clerk'],
      ['CLASS_SIZES.K1', null, [20, 18], 'clerk'],
    ]);
  });

  it('changes nothing when the same file is committed again', async () => {
    const before = await history('KA00000001');
    const res = await commit('clerk', '/import/commit', clerkFile);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().summary).toEqual({ rows: 1, changedRows: 0, unchangedRows: 1, changedFields: 0 });
    expect((await history('KA00000001')).values).toHaveLength(before.values.length);
    expect((await submission('KA00000001')).version).toBe(1);
    // A changed value becomes exactly one new history row with the old value.
    const wb = await templateOf('clerk');
    expect(wb.getWorksheet(SHEET)!.getCell('C4').value).toBe(20); // pre-filled with the current value
    // (With its class list: the import refuses a row that breaks a hard rule, here H01.)
    fill(wb, 'KA00000001', { 'ENR.K1.male': 21, 'CLASS_SIZES.K1': '21;18' });
    expect((await commit('clerk', '/import/commit', await bytes(wb))).statusCode).toBe(200);
    expect((await history('KA00000001')).values.slice(-2)).toMatchObject([
      { fieldKey: 'ENR.K1.male', oldValue: 20, newValue: 21 },
      { fieldKey: 'CLASS_SIZES.K1', oldValue: [20, 18], newValue: [21, 18] },
    ]);
  });

  it('shows one field’s whole history, imports and online saves in order (?field=)', async () => {
    // An import stores its changes as one change set per school; an online save one row per
    // field. The history interleaves both by time and answers per field.
    const version = (await submission('KA00000001')).version;
    const put = await app.inject({
      method: 'PUT',
      url: `${BASE}/submissions/KA00000001`,
      headers: headers('clerk'),
      payload: { version, values: { 'ENR.K1.male': 22 } },
    });
    expect(put.statusCode, put.body).toBe(200);
    const wb = await templateOf('clerk');
    fill(wb, 'KA00000001', {
      'ENR.K1.male': 23,
      'ENR.K2.male': 5,
      'CLASS_SIZES.K1': '23;18',
      'CLASS_SIZES.K2': '5',
    });
    expect((await commit('clerk', '/import/commit', await bytes(wb))).statusCode).toBe(200);
    const res = await get('county1', `${BASE}/submissions/KA00000001/history?field=ENR.K1.male`);
    expect(res.statusCode).toBe(200);
    const values = res.json().values as Array<Record<string, unknown>>;
    expect(values.map((c) => [c.fieldKey, c.oldValue, c.newValue, c.changedBy])).toEqual([
      ['ENR.K1.male', null, 20, 'clerk'],
      ['ENR.K1.male', 20, 21, 'clerk'],
      ['ENR.K1.male', 21, 22, 'clerk'],
      ['ENR.K1.male', 22, 23, 'clerk'],
    ]);
    expect(values.every((c) => typeof c.changedAt === 'string' && typeof c.id === 'number')).toBe(true);
    const times = values.map((c) => Date.parse(String(c.changedAt)));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    // The whole history: the first import's three fields, the second import's two, the online
    // save, the third import's four (in the file's column order).
    const all = (await history('KA00000001')).values as Array<Record<string, unknown>>;
    expect(all.map((c) => `${String(c.fieldKey)}:${JSON.stringify(c.newValue)}`)).toEqual([
      'ENR.K1.male:20',
      'ENR.K1.female:18',
      'CLASS_SIZES.K1:[20,18]',
      'ENR.K1.male:21',
      'CLASS_SIZES.K1:[21,18]',
      'ENR.K1.male:22',
      'ENR.K1.male:23',
      'ENR.K2.male:5',
      'CLASS_SIZES.K1:[23,18]',
      'CLASS_SIZES.K2:[5]',
    ]);
    // A field never changed has no history.
    expect(
      (await get('county1', `${BASE}/submissions/KA00000001/history?field=ENR.K3.male`)).json().values,
    ).toEqual([]);
  });

  it('saves nothing at all when one row of a county workbook is bad', async () => {
    const wb = await templateOf('county1', '?form=AUTUMN-KG');
    fill(wb, 'KA00000002', { 'ENR.K1.male': 30, 'CLASS_SIZES.K1': '30' });
    fill(wb, 'KA00000003', { 'ENR.K2.male': 'abc', 'ENR.K2.female': -1 });
    const res = await upload('county1', '/import/county-commit', await bytes(wb));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('IMPORT_REJECTED');
    expect(body.error.details.map((d: any) => d.message)).toEqual([
      '工作表“秋季统计（幼儿园）” 第 6 行 E 列（在校生数·中班·男（人）），值“abc”：是文本，应为数字（数据类型）',
      '工作表“秋季统计（幼儿园）” 第 6 行 F 列（在校生数·中班·女（人）），值“-1”：不能为负数（应在 0—3,000 人 之间）（取值范围）',
    ]);
    expect((await submission('KA00000002')).version).toBe(0);
    // The preview lists the same problems and the good row's changes, and writes nothing.
    const preview = (await upload('county1', '/import/preview', await bytes(wb))).json();
    expect(preview.canCommit).toBe(false);
    expect(preview.problems).toHaveLength(2);
    expect((await submission('KA00000002')).version).toBe(0);
  });

  it('lets a county import on behalf of its schools, recording who did it', async () => {
    const wb = await templateOf('county1', '?form=AUTUMN-KG');
    fill(wb, 'KA00000002', { 'ENR.K1.male': 30, 'CLASS_SIZES.K1': '30' });
    const res = await commit('county1', '/import/county-commit', await bytes(wb));
    expect(res.statusCode, res.body).toBe(200);
    // KA00000001's pre-filled row is unchanged: skipped, not rewritten.
    expect(res.json().summary).toMatchObject({ changedRows: 1, unchangedRows: 2 });
    expect((await history('KA00000002')).values).toEqual([
      expect.objectContaining({ fieldKey: 'ENR.K1.male', newValue: 30, changedBy: 'county1' }),
      expect.objectContaining({ fieldKey: 'CLASS_SIZES.K1', newValue: [30], changedBy: 'county1' }),
    ]);
    // A county cannot use the school clerk's route.
    expect((await upload('county1', '/import/commit', await bytes(wb))).statusCode).toBe(403);
  });

  it('refuses a school clerk uploading another school’s row', async () => {
    const wb = await templateOf('county1', '?form=AUTUMN-KG');
    fill(wb, 'KA00000003', { 'ENR.K1.male': 5 });
    const res = await upload('clerk', '/import/commit', await bytes(wb));
    expect(res.statusCode).toBe(400);
    const messages = res.json().error.details.map((d: any) => d.message);
    expect(messages).toContain(
      '工作表“秋季统计（幼儿园）” 第 5 行 A 列（学校代码），值“KA00000002”：学校（机构）代码不存在或不是本校（学校填报员只能导入本校的数据）（学校代码）',
    );
    expect((await submission('KA00000003')).version).toBe(0);
  });

  it('refuses a file that is not an xlsx, and one over the size limit with a Chinese 413', async () => {
    const notXlsx = await upload('clerk', '/import/commit', Buffer.from('学校代码,在校生数\nKA00000001,3'));
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json().error.message).toMatch(/不是 Excel（\.xlsx）文件/);
    const big = await upload('clerk', '/import/preview', Buffer.alloc(20 * 1024 * 1024, 1));
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: '文件超过 16 MB 的上限，未导入任何数据；请按县区或学校分批导入',
    });
  });

  it('refuses a commit after the period closed, and changes nothing', async () => {
    const late = createAppContextFrom(
      database,
      { ...loadPlan(), orgCode: '999900' },
      { clock: () => new Date('2026-11-05T10:00:00+08:00') },
    );
    const lateApp = await buildApp(late);
    try {
      const wb = await templateOf('clerk');
      fill(wb, 'KA00000001', { 'ENR.K3.male': 9, 'CLASS_SIZES.K3': '9' });
      const s = await login(lateApp, 'clerk');
      const res = await lateApp.inject({
        method: 'POST',
        url: `${BASE}/import/commit`,
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': XLSX },
        payload: await bytes(wb),
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.details[0].message).toMatch(
        /^工作表“秋季统计（幼儿园）” 第 4 行 A 列（学校代码），值“KA00000001”：.*截止/,
      );
      // (The late clock's login ends the other sessions as idle: read through the service.)
      const county = {
        actor: { id: null, username: 'county1', ip: null },
        scope: { kind: 'org' as const, orgCode: '999901' },
      };
      const s1 = await ctx.collection.entry.open('2026-autumn', 'KA00000001', county);
      expect(s1.values['ENR.K3.male']).toBeUndefined();
      // Two imports, an online save and another import before: nothing since.
      expect(s1.version).toBe(4);
    } finally {
      await lateApp.close();
    }
  });
});
