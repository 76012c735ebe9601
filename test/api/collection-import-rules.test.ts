/**
 * The Excel preview runs the form's own rules (issue 13, item 14), on the small invented city with
 * a clock inside the 2026 autumn period: a file with certified teachers 12 > teachers 10 (H05) and
 * 小班 enrolment 64 against class sizes "25;25" (H01) previews with those two problems and cannot
 * be committed; its +62.2 % change on last year's enrolment (S01, soft) shows as a warning; every
 * rule is reported per row; the problem list downloads as .xlsx, sorted by row, read back with
 * exceljs and, when LibreOffice is installed, converted headless to CSV.
 *
 * Expected values by hand: 甲县实验幼儿园 had 180 children in the 2025 statistics (60 per grade);
 * the file gives 32 + 32 + 57 + 57 + 57 + 57 = 292, (292 − 180) / 180 = 62.2 %. Its county has two
 * other kindergartens (fewer than the 4 peers the outlier rules need: S03/S04 do not apply).
 */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/app.context.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { Login } from '../support/accounts.ts';
import { collectionRequests, openCollectionApp } from '../support/collection.ts';
import { documentClient, xlsxAsCsv } from '../support/documents.ts';
import { testBackends } from '../support/test-db.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BASE = '/api/v1/collection/2026-autumn';
const SHEET = '秋季统计（幼儿园）';

/** A complete kindergarten row; `over` replaces some cells. */
function kindergarten(over: Record<string, ExcelJS.CellValue> = {}): Record<string, ExcelJS.CellValue> {
  return {
    'ENR.K1.male': 32,
    'ENR.K1.female': 32,
    'ENR.K2.male': 57,
    'ENR.K2.female': 57,
    'ENR.K3.male': 57,
    'ENR.K3.female': 57,
    'CLASS_SIZES.K1': '25;25',
    'CLASS_SIZES.K2': '38;38;38',
    'CLASS_SIZES.K3': '38;38;38',
    'TEACHERS.preschool': 10,
    'TEACHERS_QUALIFIED.preschool': 8,
    'TEACHERS_BACKBONE.preschool': 2,
    'TEACHERS_PE_ARTS.preschool': 1,
    'TEACHERS_CERTIFIED.preschool': 12,
    'TEACHERS_ESTABLISHED.preschool': 6,
    'AREA_TEACHING.preschool': 1500,
    'AREA_SPORTS.preschool': 1200,
    'EQUIPMENT_VALUE.preschool': 300000,
    'MULTIMEDIA_ROOMS.preschool': 6,
    ...over,
  };
}

const H01 =
  '工作表“秋季统计（幼儿园）” 第 4 行 I 列（各班人数·小班（人）），值“25;25”：甲县实验幼儿园：小班：各班人数合计 50（25+25） ≠ 在校生数 64（男 32 + 女 32）（H01 各班人数合计等于该年级在校生数）';
const H05 =
  '工作表“秋季统计（幼儿园）” 第 4 行 P 列（持教师资格证专任教师数·学前（人）），值“12”：甲县实验幼儿园：学前：持教师资格证专任教师数 12 多于专任教师数 10（H05 持证教师数不超过专任教师数）';
const S01 =
  '工作表“秋季统计（幼儿园）” 第 4 行 C 列（在校生数·小班·男（人）），值“32”：甲县实验幼儿园：在校生数合计 292 人，上年 180 人，增加 62.2%，超过 30%，请说明原因；不阻止导入，提交前须填写说明（S01 较上年变化超过 30%）';

describe.each(testBackends())('collection Excel preview with the form’s rules on $name', (backend) => {
  let database: DatabaseHandle;
  let ctx: AppContext;
  let app: FastifyInstance;
  const sessions = new Map<string, Login>();

  beforeAll(async () => {
    ({ database, ctx, app } = await openCollectionApp(backend, sessions, ['clerk', 'county1', 'county2']));
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
    void database;
  });

  const { get, upload } = collectionRequests(() => app, sessions, BASE);

  async function templateOf(user: string, query = ''): Promise<ExcelJS.Workbook> {
    const res = await get(user, `${BASE}/template${query}`);
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return wb;
  }
  function fill(wb: ExcelJS.Workbook, code: string, values: Record<string, ExcelJS.CellValue>) {
    const ws = wb.getWorksheet(SHEET)!;
    const keys = ws.getRow(3).values as unknown[];
    let row = -1;
    ws.eachRow((r, n) => {
      if (r.getCell(1).value === code) row = n;
    });
    expect(row).toBeGreaterThan(3);
    for (const [k, v] of Object.entries(values)) {
      expect(keys.indexOf(k), k).toBeGreaterThan(0);
      ws.getCell(row, keys.indexOf(k)).value = v;
    }
  }
  const bytes = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
  const version = async (code: string) =>
    (await get('county1', `${BASE}/submissions/${code}`)).json().version as number;

  it('previews the hard-rule breaks as problems and the +62.2 % change as a warning', async () => {
    const wb = await templateOf('clerk');
    fill(wb, 'KA00000001', kindergarten());
    const file = await bytes(wb);
    const res = await upload('clerk', '/import/preview?fileName=bad.xlsx', file);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.canCommit).toBe(false);
    expect(body.problems.map((p: { message: string }) => p.message)).toEqual([H01, H05]);
    expect(body.problems[0]).toMatchObject({
      sheet: SHEET,
      row: 4,
      column: 'I',
      header: '各班人数·小班（人）',
      value: '25;25',
      rule: 'H01 各班人数合计等于该年级在校生数',
      kind: 'rule',
    });
    expect(body.problems[1]).toMatchObject({
      column: 'P',
      value: '12',
      rule: 'H05 持证教师数不超过专任教师数',
    });
    expect(body.warnings.map((p: { message: string }) => p.message)).toEqual([S01]);
    // Per row, every rule the row breaks, as the entry form lists them (field checks pass: 19 of
    // 19 fields filled).
    const checks = body.rows[0].checks;
    expect(
      checks.issues.map((i: { ruleId: string; severity: string }) => `${i.ruleId}:${i.severity}`),
    ).toEqual(['H01:hard', 'H05:hard', 'S01:soft']);
    expect(checks.issues[2].fields[0]).toBe('ENR.K1.male');
    expect(checks.unfilled).toBe(0);
    expect(checks.explained).toEqual([]);
    // The preview's token exists, but the commit refuses the file, naming row, column, value, rule.
    const commit = await upload('clerk', `/import/commit?previewToken=${body.previewToken}`, file);
    expect(commit.statusCode).toBe(400);
    const error = commit.json().error;
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(error.message).toBe(`导入被拒绝，未保存任何数据：共 2 个问题，第一个：${H01}`);
    expect(error.details).toEqual([
      { field: `${SHEET}!I4`, value: '25;25', message: H01 },
      { field: `${SHEET}!P4`, value: '12', message: H05 },
    ]);
    expect(await version('KA00000001')).toBe(0);
  });

  it('commits once the hard rules pass; the soft warning stays in the preview and does not block', async () => {
    const wb = await templateOf('clerk');
    fill(wb, 'KA00000001', kindergarten({ 'CLASS_SIZES.K1': '32;32', 'TEACHERS_CERTIFIED.preschool': 10 }));
    const file = await bytes(wb);
    const preview = (await upload('clerk', '/import/preview', file)).json();
    expect(preview.problems).toEqual([]);
    expect(preview.canCommit).toBe(true);
    expect(preview.warnings).toHaveLength(1);
    expect(preview.warnings[0].rule).toBe('S01 较上年变化超过 30%');
    expect(preview.rows[0].checks.issues.map((i: { ruleId: string }) => i.ruleId)).toEqual(['S01']);
    const commit = await upload('clerk', `/import/commit?previewToken=${preview.previewToken}`, file);
    expect(commit.statusCode, commit.body).toBe(200);
    expect(commit.json()).toMatchObject({ committed: true, summary: { changedRows: 1, changedFields: 19 } });
    expect(await version('KA00000001')).toBe(1);
  });

  it('checks only the rows that change: an unchanged row that breaks a rule does not block', async () => {
    // A county workbook, pre-filled: KA00000001 as just imported (unchanged), KA00000002 gets
    // a consistent change (60 children as in 2025, one class per grade), KA00000003 nothing.
    const wb = await templateOf('county1', '?form=AUTUMN-KG');
    fill(wb, 'KA00000002', {
      'ENR.K1.male': 10,
      'ENR.K1.female': 10,
      'CLASS_SIZES.K1': '20',
    });
    const preview = (await upload('county1', '/import/preview', await bytes(wb))).json();
    // Every row is checked and shows its rules: KA00000001 still breaks S01 (+62.2 %), KA00000002
    // 20 children against 60 in 2025 (−66.7 %), KA00000003 nothing against 60 (−100 %). Only the
    // row that changes can be refused or warned about: the others write nothing.
    expect(
      preview.rows.map((r: { row: number; checks: { issues: Array<{ ruleId: string }> } }) => [
        r.row,
        r.checks.issues.map((i) => i.ruleId),
      ]),
    ).toEqual([
      [4, ['S01']],
      [5, ['S01']],
      [6, ['S01']],
    ]);
    expect(preview.problems).toEqual([]);
    expect(preview.warnings.map((w: { message: string }) => w.message)).toEqual([
      '工作表“秋季统计（幼儿园）” 第 5 行 C 列（在校生数·小班·男（人）），值“10”：甲县阳光幼儿园：在校生数合计 20 人，上年 60 人，减少 66.7%，超过 30%，请说明原因；不阻止导入，提交前须填写说明（S01 较上年变化超过 30%）',
    ]);
    // KA00000002 with only 小班 filled: 16 required fields, 2 of them filled (the class list of
    // 小班 is not required), 14 still empty — a draft may be incomplete.
    expect(preview.rows[1].checks.unfilled).toBe(14);
    expect(preview.canCommit).toBe(true);
  });

  it('downloads the problem list as .xlsx, sorted by row, with named columns', async () => {
    const wb = await templateOf('county1', '?form=AUTUMN-KG');
    // Row 6 (KA00000003): text in a number cell. Row 5 (KA00000002): 7 certified of 5 teachers.
    // Row 4 (KA00000001): 小班 64 against 25;25 (H01) and the +62.2 % change (S01).
    fill(wb, 'KA00000003', { 'ENR.K2.male': 'abc' });
    fill(
      wb,
      'KA00000002',
      kindergarten({
        'ENR.K1.male': 10,
        'ENR.K1.female': 10,
        'ENR.K2.male': 10,
        'ENR.K2.female': 10,
        'ENR.K3.male': 10,
        'ENR.K3.female': 10,
        'CLASS_SIZES.K1': '20',
        'CLASS_SIZES.K2': '20',
        'CLASS_SIZES.K3': '20',
        'TEACHERS.preschool': 5,
        'TEACHERS_QUALIFIED.preschool': 4,
        'TEACHERS_CERTIFIED.preschool': 7,
        'TEACHERS_ESTABLISHED.preschool': 3,
      }),
    );
    fill(wb, 'KA00000001', { 'CLASS_SIZES.K1': '25;25' });
    const file = await bytes(wb);
    const res = await upload(
      'county1',
      '/import/problems?fileName=%E7%94%B2%E5%8E%BF%E5%B9%BC%E5%84%BF%E5%9B%AD.xlsx',
      file,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(
      '导入问题清单-2026年秋季统计-甲县幼儿园.xlsx',
    );
    const list = new ExcelJS.Workbook();
    await list.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = list.getWorksheet('问题清单')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      '行',
      '学校（机构）代码',
      '学校名称',
      '工作表',
      '列',
      '表头',
      '值',
      '类别',
      '规则',
      '问题说明',
    ]);
    const lines = [2, 3, 4, 5].map((n) => (ws.getRow(n).values as unknown[]).slice(1, 10));
    expect(lines).toEqual([
      [
        4,
        'KA00000001',
        '甲县实验幼儿园',
        SHEET,
        'I',
        '各班人数·小班（人）',
        '25;25',
        '错误（阻止导入）',
        'H01 各班人数合计等于该年级在校生数',
      ],
      [
        4,
        'KA00000001',
        '甲县实验幼儿园',
        SHEET,
        'C',
        '在校生数·小班·男（人）',
        '32',
        '提示（提交前须说明）',
        'S01 较上年变化超过 30%',
      ],
      [
        5,
        'KA00000002',
        '甲县阳光幼儿园',
        SHEET,
        'P',
        '持教师资格证专任教师数·学前（人）',
        '7',
        '错误（阻止导入）',
        'H05 持证教师数不超过专任教师数',
      ],
      [
        6,
        'KA00000003',
        '甲县育才幼儿园',
        SHEET,
        'E',
        '在校生数·中班·男（人）',
        'abc',
        '错误（阻止导入）',
        '数据类型',
      ],
    ]);
    expect(ws.getRow(4).getCell(10).value).toBe(
      '工作表“秋季统计（幼儿园）” 第 5 行 P 列（持教师资格证专任教师数·学前（人）），值“7”：甲县阳光幼儿园：学前：持教师资格证专任教师数 7 多于专任教师数 5（H05 持证教师数不超过专任教师数）',
    );
    expect(ws.rowCount).toBe(5);
    // The notes sheet: counts by kind.
    const notes = list.getWorksheet('说明')!;
    const result = notes.getColumn(1).values.indexOf('结果');
    expect(notes.getRow(result).getCell(2).value).toBe(
      '数据 3 行（2 行有变化）；错误 3 个（校验规则 2，单元格 1），提示 1 条；有错误，改正后才能导入',
    );
    // Nothing was written; the download is audited as a preview.
    expect(await version('KA00000002')).toBe(0);
    await ctx.audit.flush();
    const audit = await ctx.audit.search({
      action: 'collection.import.preview',
      actor: 'county1',
      page: 1,
      pageSize: 1,
    });
    expect(audit.items[0]!.detail).toMatch(
      /，2 行（2 行有变化，20 个字段），3 个问题，1 条提示；下载问题清单$/,
    );
    expect(audit.items[0]!.newValue).toMatchObject({ problems: 3, warnings: 1, problemList: true });

    if (documentClient('soffice')) {
      // LibreOffice opens it: converted headless to CSV, the first sheet reads the same.
      const csv = xlsxAsCsv({ name: 'problems.xlsx', bytes: res.rawPayload });
      const rows = csv.trim().split('\n');
      expect(rows[0]).toBe('行,学校（机构）代码,学校名称,工作表,列,表头,值,类别,规则,问题说明');
      expect(rows.slice(1).map((r) => r.split(',').slice(0, 2).join(','))).toEqual([
        '4,KA00000001',
        '4,KA00000001',
        '5,KA00000002',
        '6,KA00000003',
      ]);
    }
  }, 180_000);

  it('gives another county’s file no names and refuses a reader without collection.read', async () => {
    const wb = await templateOf('county1', '?form=AUTUMN-KG');
    fill(wb, 'KA00000001', { 'CLASS_SIZES.K1': '25;25' });
    const res = await upload('county2', '/import/problems', await bytes(wb));
    expect(res.statusCode, res.body).toBe(200);
    const list = new ExcelJS.Workbook();
    await list.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = list.getWorksheet('问题清单')!;
    // Every row names a school outside 乙县: the code as the file has it, never the name.
    const names = [2, 3, 4].map((n) => [ws.getRow(n).getCell(2).value, ws.getRow(n).getCell(3).value]);
    expect(names).toEqual([
      ['KA00000001', ''],
      ['KA00000002', ''],
      ['KA00000003', ''],
    ]);
    expect(String(ws.getRow(2).getCell(10).value)).toContain('不在你的管理范围内');
    const anonymous = await app.inject({
      method: 'POST',
      url: `${BASE}/import/problems`,
      headers: { 'content-type': XLSX },
      payload: await bytes(wb),
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
