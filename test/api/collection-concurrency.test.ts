/**
 * An Excel import against a school's concurrent edit (issue 12, item 4), through the API on the
 * small invented city with a clock inside the 2026 autumn period, as the attack was run: the
 * county previews 509 → 700 for 甲县实验幼儿园, the school then saves 800, the county commits the
 * previewed file — which must be refused (409) naming the school, the field, the value now stored
 * and the file's, with nothing written; a commit whose versions are unchanged succeeds; a commit
 * without the preview's token, or with the token of another file, is refused; and an import and
 * an online save run in parallel ten times: each time exactly one of them wins, the other is
 * refused, the stored value is the winner's and the history has exactly the winner's change.
 * On PostgreSQL two more races are made deterministic with a transaction held open on another
 * connection: a save that commits while the import's transaction waits for the row lock, and a
 * school's first save that commits while the import creates the same submission.
 */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type AppContext } from '../../src/app/app.context.ts';
import type { DatabaseHandle, Db } from '../../src/db/database.ts';
import { type Login } from '../support/accounts.ts';
import { collectionCaller, collectionRequests, openCollectionApp } from '../support/collection.ts';
import { testBackends } from '../support/test-db.ts';

const PERIOD = '2026-autumn';
const BASE = `/api/v1/collection/${PERIOD}`;
const SHEET = '秋季统计（幼儿园）';
// A field no hard rule reads (the import refuses rows that break one, issue 13): the rows of these
// files stay valid drafts whatever the counts, and only the versions decide.
const FIELD = 'MULTIMEDIA_ROOMS.preschool';
const LABEL = '网络多媒体教室数·学前（间）';
/** Beijing time as the refusal names it ("2026-09-15 10:00"); its value is not asserted. */
const AT = String.raw`\d{4}-\d\d-\d\d \d\d:\d\d`;

describe.each(testBackends())('Excel import against concurrent edits on $name', (backend) => {
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
  const save = (version: number, value: number) =>
    app.inject({
      method: 'PUT',
      url: `${BASE}/submissions/KA00000001`,
      headers: headers('clerk'),
      payload: { version, values: { [FIELD]: value } },
    });
  const submission = async (code: string) => (await get('county1', `${BASE}/submissions/${code}`)).json();
  const history = async (code: string) =>
    (await get('county1', `${BASE}/submissions/${code}/history`)).json().values as Array<{
      fieldKey: string;
      oldValue: unknown;
      newValue: unknown;
      changedBy: string;
    }>;
  const importEntries = async () =>
    (await ctx.audit.search({ action: 'collection.import', page: 1, pageSize: 500 })).total;

  /** The county's kindergarten workbook with the given values of MULTIMEDIA_ROOMS.preschool by school. */
  async function countyFile(values: Record<string, number>): Promise<Buffer> {
    const res = await get('county1', `${BASE}/template?form=AUTUMN-KG`);
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(SHEET)!;
    const col = (ws.getRow(3).values as unknown[]).indexOf(FIELD);
    ws.eachRow((r, n) => {
      const code = String(r.getCell(1).value);
      if (n > 3 && code in values) ws.getCell(n, col).value = values[code]!;
    });
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  async function preview(file: Buffer) {
    const res = await upload('county1', '/import/preview', file);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  const commit = (file: Buffer, token: string) =>
    upload('county1', `/import/county-commit?previewToken=${token}`, file);

  it('refuses a commit after the school saved 800 over the previewed 509 → 700, naming the school; nothing is written', async () => {
    expect((await save(0, 509)).statusCode).toBe(200);
    const file = await countyFile({ KA00000001: 700, KA00000002: 30 });
    const p = await preview(file);
    // Each row says which version of the school's submission it compared against.
    expect(p.rows.map((r: any) => [r.institution.code, r.version, r.changes])).toEqual([
      ['KA00000001', 1, [{ field: FIELD, label: LABEL, old: 509, new: 700 }]],
      ['KA00000002', 'none', [{ field: FIELD, label: LABEL, old: null, new: 30 }]],
      ['KA00000003', 'none', []],
    ]);
    expect(p.canCommit).toBe(true);

    expect((await save(1, 800)).statusCode).toBe(200);
    const entries = await importEntries();
    const res = await commit(file, p.previewToken);
    expect(res.statusCode, res.body).toBe(409);
    const error = res.json().error;
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      '导入被拒绝，未保存任何数据：预览后有 1 所学校的报表被修改，请重新预览后再导入：甲县实验幼儿园（KA00000001）',
    );
    expect(error.details).toHaveLength(1);
    expect(error.details[0].field).toBe(`${SHEET}!A4`);
    expect(error.details[0].value).toBe('KA00000001');
    expect(error.details[0].message).toMatch(
      new RegExp(
        `^甲县实验幼儿园（KA00000001）预览后报表已被修改（clerk 于 ${AT}；版本 1 → 2）：网络多媒体教室数·学前（间）现为 800，文件中为 700$`,
      ),
    );
    // The school's 800 stands; nothing of the file was written, KA00000002 included.
    const s = await submission('KA00000001');
    expect([s.values[FIELD], s.version]).toEqual([800, 2]);
    expect((await submission('KA00000002')).version).toBe(0);
    expect((await history('KA00000001')).map((c) => [c.oldValue, c.newValue, c.changedBy])).toEqual([
      [null, 509, 'clerk'],
      [509, 800, 'clerk'],
    ]);
    expect(await importEntries()).toBe(entries);
  });

  it('refuses a commit when a school without a submission at the preview has started since', async () => {
    const file = await countyFile({ KA00000002: 12 });
    const p = await preview(file);
    expect(p.rows.find((r: any) => r.institution.code === 'KA00000002').version).toBe('none');
    // The school saves its first draft (through the same use case as the API).
    await ctx.collection.entry.save(
      PERIOD,
      'KA00000002',
      collectionCaller('clerk2', 'school', { kind: 'institution', institutionCode: 'KA00000002' }),
      { version: 0, values: { [FIELD]: 15 } },
    );
    const res = await commit(file, p.previewToken);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.details.map((d: any) => d.message)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^甲县阳光幼儿园（KA00000002）预览后学校已开始填报（clerk2 于 ${AT}）：网络多媒体教室数·学前（间）现为 15，文件中为 12$`,
        ),
      ),
    ]);
    expect((await submission('KA00000002')).values[FIELD]).toBe(15);
  });

  describe.runIf(backend.name === 'postgres')('with a transaction held open on another connection', () => {
    /**
     * Runs `write` in a transaction on another pooled connection and keeps it open until `during`
     * (started once the write is done) has reached a lock wait, then commits it.
     */
    async function whileHeld<T>(write: (tx: Db) => Promise<void>, during: () => Promise<T>): Promise<T> {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let written!: () => void;
      const done = new Promise<void>((r) => (written = r));
      const held = database.db.transaction(async (tx) => {
        await write(tx as unknown as Db);
        written();
        await gate;
      });
      await done;
      const result = during();
      // Until the other request waits for the held transaction's lock (bounded polling).
      let waiting = 0;
      for (let i = 0; i < 500 && waiting === 0; i++) {
        const r = await database.db.execute(
          sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        waiting = Number((r as unknown as { rows: Array<{ n: number }> }).rows[0]!.n);
        if (waiting === 0) await new Promise((r) => setTimeout(r, 10));
      }
      expect(waiting).toBe(1);
      release();
      await held;
      return result;
    }

    it('refuses the commit when a save commits while the import waits for the row lock', async () => {
      const before = await submission('KA00000001');
      const file = await countyFile({ KA00000001: 555 });
      const p = await preview(file);
      // The "save" holds the row when the commit reads it (old version) and locks it (waits).
      const res = await whileHeld(
        async (tx) => {
          await tx.execute(sql`UPDATE submission SET values = jsonb_set(values, '{MULTIMEDIA_ROOMS.preschool}', '777'),
            version = version + 1, updated_at = now()
            WHERE period_id = ${PERIOD} AND institution_code = 'KA00000001'`);
        },
        () => commit(file, p.previewToken),
      );
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().error.details).toEqual([
        expect.objectContaining({
          value: 'KA00000001',
          message: expect.stringContaining(
            `版本 ${before.version} → ${before.version + 1}）：网络多媒体教室数·学前（间）现为 777，文件中为 555`,
          ),
        }),
      ]);
      expect((await submission('KA00000001')).values[FIELD]).toBe(777);
    });

    it('refuses the commit when a school’s first save commits while the import creates it', async () => {
      const file = await countyFile({ KA00000003: 16 });
      const p = await preview(file);
      expect(p.rows[2]).toMatchObject({ institution: { code: 'KA00000003' }, version: 'none' });
      // The school's first save holds its new submission when the commit inserts the same one.
      const res = await whileHeld(
        async (tx) => {
          await tx.execute(sql`WITH created AS (
              INSERT INTO submission (period_id, form_id, form_version, institution_code, state, values, explanations, version)
              VALUES (${PERIOD}, 'AUTUMN-KG', ${p.form.version}, 'KA00000003', 'draft', '{"MULTIMEDIA_ROOMS.preschool": 41}', '{}', 1)
              RETURNING id)
            INSERT INTO submission_value_change (submission_id, field_key, old_value, new_value, changed_by)
            SELECT id, 'MULTIMEDIA_ROOMS.preschool', 'null', '41', 'clerk3' FROM created`);
        },
        () => commit(file, p.previewToken),
      );
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().error.details.map((d: any) => d.message)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^甲县育才幼儿园（KA00000003）预览后学校已开始填报（clerk3 于 ${AT}）：网络多媒体教室数·学前（间）现为 41，文件中为 16$`,
          ),
        ),
      ]);
      expect((await submission('KA00000003')).values[FIELD]).toBe(41);
    });
  });

  it('commits once the county previewed again (versions unchanged since)', async () => {
    const file = await countyFile({ KA00000001: 700, KA00000002: 30 });
    const p = await preview(file);
    expect(p.rows[0]).toMatchObject({ changes: [{ new: 700 }] });
    const res = await commit(file, p.previewToken);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ committed: true, previewToken: null, summary: { changedRows: 2 } });
    expect((await submission('KA00000001')).values[FIELD]).toBe(700);
    expect((await submission('KA00000002')).values[FIELD]).toBe(30);
    expect((await history('KA00000001')).at(-1)).toMatchObject({ newValue: 700, changedBy: 'county1' });
  });

  it('refuses a commit without the preview’s token, with a token of another file, or with no token at all', async () => {
    const file = await countyFile({ KA00000001: 701 });
    const other = await countyFile({ KA00000001: 702 });
    const p = await preview(file);
    const missing = await upload('county1', '/import/county-commit', file);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'previewToken', message: '缺少预览凭据，请先预览此文件' }],
    });
    const wrongFile = await commit(other, p.previewToken);
    expect(wrongFile.statusCode).toBe(400);
    expect(wrongFile.json().error.message).toBe('上传的文件与预览时的文件不同，请重新预览后再导入');
    const garbage = await commit(file, 'p1.AAAA');
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error.message).toBe('预览凭据 previewToken 无效，请重新预览后再导入');
    expect((await submission('KA00000001')).values[FIELD]).toBe(700);
  });

  it('lets exactly one of an import and a parallel save win, ten times out of ten', async () => {
    for (let i = 0; i < 10; i++) {
      const before = await submission('KA00000001');
      const changesBefore = (await history('KA00000001')).length;
      const imported = 100 + i;
      const saved = 200 + i;
      const file = await countyFile({ KA00000001: imported });
      const p = await preview(file);
      expect(p.rows[0].version).toBe(before.version);
      const [importRes, saveRes] = await Promise.all([
        commit(file, p.previewToken),
        save(before.version, saved),
      ]);
      const statuses = [importRes.statusCode, saveRes.statusCode];
      expect([...statuses].sort(), `${importRes.body.slice(0, 300)} ${saveRes.body.slice(0, 300)}`).toEqual([
        200, 409,
      ]);
      const importWon = importRes.statusCode === 200;
      // The loser is told why, in Chinese, and nothing of it is kept.
      if (importWon)
        expect(saveRes.json().error.message).toBe('报表已被他人修改，请刷新后再保存（你的修改未保存）');
      else expect(importRes.json().error.details[0].value).toBe('KA00000001');
      const after = await submission('KA00000001');
      expect(after.values[FIELD]).toBe(importWon ? imported : saved);
      expect(after.version).toBe(before.version + 1);
      const h = await history('KA00000001');
      expect(h).toHaveLength(changesBefore + 1);
      expect(h.at(-1)).toMatchObject({
        fieldKey: FIELD,
        oldValue: before.values[FIELD],
        newValue: importWon ? imported : saved,
        changedBy: importWon ? 'county1' : 'clerk',
      });
    }
  });
});
