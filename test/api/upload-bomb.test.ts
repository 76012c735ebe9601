/**
 * The zip bomb of issue 12 through the real app, on the small invented city: the school's own
 * collection template (downloaded from the API) with its sheet replaced by a run of spaces three
 * times the upload's limit, compressed with deflate, the local header and the central directory
 * declaring the sheet's small original size. Previewing it as the school, or importing it as an
 * account list, is refused with the Chinese reason (400), alone and four at once, and nothing is
 * written.
 */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { createTestAccounts, login, type Login } from '../support/accounts.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';
import { BOMB_ENTRY, readEntries, zipBomb } from '../support/zip-bomb.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BASE = '/api/v1/collection/2026-autumn';
const MiB = 1024 * 1024;
/** The limits of UPLOAD_ZIP_LIMITS, written out: collection templates 32 MB, account lists 8 MB. */
const COLLECTION_REFUSAL =
  '文件解压后的内容超过 32 MB 的上限，不予读取；请检查文件，或拆分为较小的文件后重新上传';
const ACCOUNTS_REFUSAL =
  '文件解压后的内容超过 8 MB 的上限，不予读取；请检查文件，或拆分为较小的文件后重新上传';

describe.each(testBackends())('zip bombs uploaded on $name', (backend) => {
  let database: DatabaseHandle;
  let ctx: AppContext;
  let app: FastifyInstance;
  const sessions = new Map<string, Login>();
  let collectionBomb: Buffer;
  let accountsBomb: Buffer;

  beforeAll(async () => {
    database = await backend.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    ctx = createAppContextFrom(
      database,
      { ...loadPlan(), orgCode: '999900' },
      { clock: () => new Date('2026-09-15T10:00:00+08:00') },
    );
    app = await buildApp(ctx);
    for (const u of ['clerk', 'county1', 'county2', 'cityadmin']) sessions.set(u, await login(app, u));

    const template = await get('clerk', `${BASE}/template`);
    expect(template.statusCode).toBe(200);
    collectionBomb = zipBomb(template.rawPayload, 96 * MiB);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('账号').addRow(['用户名', '姓名', '角色', '所属单位代码']);
    accountsBomb = zipBomb(new Uint8Array(await wb.xlsx.writeBuffer()), 24 * MiB);
    // The lie: a file of some kilobytes whose headers declare the original, small sheet.
    for (const bomb of [collectionBomb, accountsBomb]) {
      expect(bomb.byteLength).toBeLessThan(200 * 1024);
      expect(readEntries(bomb).find((e) => e.name === BOMB_ENTRY)!.declaredSize).toBeLessThan(64 * 1024);
    }
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const headers = (user: string, extra: Record<string, string> = {}) => {
    const s = sessions.get(user)!;
    return { cookie: s.cookie, 'x-csrf-token': s.csrf, ...extra };
  };
  function get(user: string, url: string) {
    return app.inject({ method: 'GET', url, headers: headers(user) });
  }
  const upload = (user: string, url: string, payload: Buffer) =>
    app.inject({ method: 'POST', url, headers: headers(user, { 'content-type': XLSX }), payload });
  const preview = (user: string) => upload(user, `${BASE}/import/preview`, collectionBomb);
  const importAccounts = () => upload('cityadmin', '/api/v1/users/import', accountsBomb);
  const submission = async () => (await get('county1', `${BASE}/submissions/KA00000001`)).json();
  const accountCount = async () => (await get('cityadmin', '/api/v1/users')).json().items.length;

  function expectCollectionRefusal(res: Awaited<ReturnType<typeof preview>>) {
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('IMPORT_REJECTED');
    // A file-level problem of the import: the place (文件), the reason, the rule (文件格式).
    const problem = `文件：${COLLECTION_REFUSAL}（文件格式）`;
    expect(error.message).toBe(`无法导入：${problem}`);
    expect(error.details).toEqual([{ field: 'file', message: problem }]);
  }
  function expectAccountsRefusal(res: Awaited<ReturnType<typeof preview>>) {
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(error.details.map((d: { message: string }) => d.message)).toEqual([ACCOUNTS_REFUSAL]);
  }

  it('refuses the bomb as a collection template preview of the school, and writes nothing', async () => {
    const before = await submission();
    expectCollectionRefusal(await preview('clerk'));
    expect(await submission()).toEqual(before);
  });

  it('refuses the bomb as an account list, and creates no account', async () => {
    const before = await accountCount();
    expectAccountsRefusal(await importAccounts());
    expect(await accountCount()).toBe(before);
  });

  it('refuses four bombs sent at once by four accounts; the server still answers', async () => {
    const before = [await submission(), await accountCount()];
    const [a, b, c, d] = await Promise.all([
      preview('clerk'),
      preview('county1'),
      preview('county2'),
      importAccounts(),
    ]);
    for (const res of [a!, b!, c!]) expectCollectionRefusal(res);
    expectAccountsRefusal(d!);
    expect([await submission(), await accountCount()]).toEqual(before);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok' });
  });

  it('still previews the legitimate template it was made from', async () => {
    const template = await get('clerk', `${BASE}/template`);
    const res = await upload('clerk', `${BASE}/import/preview`, template.rawPayload);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().problems).toEqual([]);
  });
});
