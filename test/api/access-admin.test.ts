/**
 * What the accounts page reads and does through the API: the list with role and unit names, the
 * roles an administrator may give and the units of its scope (config/roles.yaml: a county
 * administrator gives only 学校填报员, inside its county), and the import's count of created
 * accounts and its row errors (row, column, value, rule). Small invented city, test accounts.
 */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { createTestAccounts, login, type Login } from '../support/accounts.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function accountFile(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('账号');
  ws.addRow(['用户名', '姓名', '角色', '所属单位代码']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(testBackends())('accounts page API on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let city: Login;
  let county: Login;

  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    ctx = createAppContextFrom(database, { ...loadPlan(), orgCode: '999900' });
    app = await buildApp(ctx);
    city = await login(app, 'cityadmin');
    county = await login(app, 'county1');
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const get = (url: string, s: Login) => app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
  const upload = (s: Login, payload: Buffer) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/users/import',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': XLSX },
      payload,
    });

  it('names each account’s role and unit', async () => {
    const body = (await get('/api/v1/users?q=clerk', city)).json();
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      username: 'clerk',
      role: 'schoolClerk',
      roleName: '学校填报员',
      scope: { kind: 'institution', institutionCode: 'KA00000001' },
      scopeName: '甲县实验幼儿园',
    });
    const county1 = (await get('/api/v1/users?q=county1', city)).json().items[0];
    expect([county1.roleName, county1.scopeName]).toEqual(['县级管理员', '县1']);
  });

  it('lets the city administrator give the roles of its assignableRoles, never the auditor’s', async () => {
    const body = (await get('/api/v1/users', city)).json();
    const assignable = body.roles.filter((r: any) => r.assignable).map((r: any) => r.code);
    // config/roles.yaml, cityAdmin.assignableRoles.
    expect(assignable.sort()).toEqual(
      ['cityAdmin', 'cityStaff', 'countyAdmin', 'inspector', 'readOnly', 'schoolClerk'].sort(),
    );
    expect(body.roles.find((r: any) => r.code === 'auditAdmin')).toMatchObject({
      name: '安全审计员',
      assignable: false,
    });
    // The whole small city: the city, four county-level units (999901–999904) and five townships
    // (999901001, 999901002, 999902001, 999903001, 999904001).
    expect(body.units).toHaveLength(10);
    expect(body.units[0]).toEqual({ code: '999900', name: '测试市', level: 'city' });
  });

  it('shows a county administrator its county only, and only 学校填报员 to give', async () => {
    const body = (await get('/api/v1/users', county)).json();
    // Accounts anchored in county 1 or its schools: county1, inspector (999901), clerk (KA00000001).
    expect(body.items.map((a: any) => a.username).sort()).toEqual(['clerk', 'county1', 'inspector']);
    expect(body.roles.filter((r: any) => r.assignable).map((r: any) => r.code)).toEqual(['schoolClerk']);
    expect(body.roles.find((r: any) => r.code === 'schoolClerk').scopeLevels).toEqual(['institution']);
    expect(body.units.map((u: any) => u.code)).toEqual(['999901', '999901001', '999901002']);
  });

  it('tells how many accounts an import created', async () => {
    const res = await upload(
      county,
      await accountFile([
        ['imp_a1', '导入甲', '学校填报员', 'KA00000002'],
        ['imp_a2', '导入乙', 'schoolClerk', 'KA00000003'],
      ]),
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-accounts-created']).toBe('2');
    expect(res.headers['content-type']).toContain(XLSX);
    const names = (await get('/api/v1/users?q=imp_a', county)).json().items.map((a: any) => a.scopeName);
    expect(names.sort()).toEqual(['甲县育才幼儿园', '甲县阳光幼儿园'].sort());
  });

  it('names row, column and value of each problem of a rejected import', async () => {
    const res = await upload(
      county,
      await accountFile([
        ['imp_b1', '导入丙', '学校填报员', 'KA00000001'],
        // Row 3: a school of county 2, outside county 1.
        ['imp_b2', '导入丁', '学校填报员', 'KB00000001'],
      ]),
    );
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(error.details).toEqual([
      {
        field: '第 3 行「所属单位代码」',
        value: 'KB00000001',
        message: '学校（机构）代码 KB00000001 不存在或不在您的管理范围内',
      },
    ]);
    // All or nothing: the good row 2 was not created either.
    expect((await get('/api/v1/users?q=imp_b', county)).json().items).toEqual([]);
  });
});
