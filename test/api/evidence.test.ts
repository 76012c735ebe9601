/**
 * The evidence routes through app.inject() on the small invented city: upload as the raw body,
 * download headers (attachment, nosniff, CSP sandbox, the type found by content), scope (another
 * county's file is not found), refusals in Chinese (a renamed .exe, too large, empty, a bad file
 * name, no CSRF token), and the audit entries of uploads and downloads.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { countEvidenceRows } from '../../src/db/evidence/evidence.repository.ts';
import { createTestAccounts, login, type Login } from '../support/accounts.ts';
import { evidenceAreasOnly, generatedPdf, tinyExe, tinyPdf, tinyPng } from '../support/evidence-files.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

const LIMIT = 2 * 1024 * 1024;

describe.each(testBackends())('evidence API on $name', (backend) => {
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
      {
        clock: () => new Date('2026-11-05T02:00:00Z'),
        evidence: { maxBytes: LIMIT },
        ...evidenceAreasOnly(),
      },
    );
    app = await buildApp(ctx);
    for (const u of ['county1', 'county2', 'citystaff', 'clerk']) sessions.set(u, await login(app, u));
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const post = (
    user: string,
    org: string,
    name: string,
    payload: Buffer | Readable,
    extra: Record<string, string> = {},
  ) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/evidence?org=${org}`,
      headers: {
        cookie: sessions.get(user)!.cookie,
        'x-csrf-token': sessions.get(user)!.csrf,
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(name),
        ...extra,
      },
      payload,
    });
  const get = (user: string, url: string) =>
    app.inject({ method: 'GET', url, headers: { cookie: sessions.get(user)!.cookie } });
  const auditOf = async (action: string) => {
    await ctx.audit.flush();
    const r = await ctx.db.execute(
      sql`SELECT actor_username, outcome, target_type, target_id, detail FROM audit_log WHERE action = ${action} ORDER BY id`,
    );
    return (r as unknown as { rows: Array<Record<string, string>> }).rows;
  };

  it('uploads a PDF as the raw body and serves it back as an attachment nobody runs', async () => {
    const pdf = tinyPdf();
    const res = await post('county1', '999901001', '整改报告 (终稿).pdf', pdf);
    expect(res.statusCode).toBe(201);
    const { file, dataset } = res.json();
    expect(file).toMatchObject({
      fileName: '整改报告 (终稿).pdf',
      kind: 'pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
      orgCode: '999901001',
      uploadedBy: 'county1',
    });
    expect(dataset).toEqual({ demo: false, notice: null });

    const down = await get('county1', `/api/v1/evidence/${file.id}`);
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(pdf)).toBe(true);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    expect(down.headers['content-security-policy']).toBe('sandbox');
    // RFC 5987: 整改报告 (终稿).pdf percent-encoded, the parentheses too.
    expect(down.headers['content-disposition']).toBe(
      `attachment; filename="____ (__).pdf"; filename*=UTF-8''${encodeURIComponent('整改报告')}%20%28${encodeURIComponent('终稿')}%29.pdf`,
    );
    // The city reads every county's files.
    expect((await get('citystaff', `/api/v1/evidence/${file.id}/info`)).json().file.id).toBe(file.id);

    const uploads = await auditOf('evidence.upload');
    expect(uploads.at(-1)).toMatchObject({
      actor_username: 'county1',
      outcome: 'success',
      target_id: file.id,
    });
    const downloads = await auditOf('evidence.download');
    expect(downloads).toEqual([
      expect.objectContaining({
        actor_username: 'county1',
        outcome: 'success',
        target_type: 'evidence',
        target_id: file.id,
      }),
    ]);
  });

  it('serves an image as its own type, and answers another county with 404', async () => {
    const res = await post('county2', '999902', '照片.png', tinyPng());
    expect(res.statusCode).toBe(201);
    const id = res.json().file.id as string;
    const down = await get('county2', `/api/v1/evidence/${id}`);
    expect(down.headers['content-type']).toBe('image/png');
    for (const url of [`/api/v1/evidence/${id}`, `/api/v1/evidence/${id}/info`]) {
      const other = await get('county1', url);
      expect(other.statusCode).toBe(404);
      expect(other.json().error.code).toBe('EVIDENCE_NOT_FOUND');
    }
    // A school clerk has no evidence permission.
    expect((await get('clerk', `/api/v1/evidence/${id}/info`)).statusCode).toBe(403);
    // County 1 may not upload for county 2's units either.
    const out = await post('county1', '999902', '照片.png', tinyPng());
    expect(out.statusCode).toBe(404);
  });

  it('refuses an .exe renamed .pdf in Chinese, naming the file, what it claims and what it is', async () => {
    const before = await countEvidenceRows(ctx.db);
    const res = await post('county1', '999901', '验收材料.pdf', tinyExe());
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'EVIDENCE_REJECTED',
      message:
        '文件“验收材料.pdf”的扩展名是 .pdf（PDF 文档），但内容是Windows 可执行程序（EXE/DLL）：文件类型按内容检查，请上传真实的PDF 文档',
    });
    expect(await countEvidenceRows(ctx.db)).toEqual(before);
    const failures = (await auditOf('evidence.upload')).filter((e) => e.outcome === 'failure');
    expect(failures.at(-1)!.detail).toContain('验收材料.pdf');
  });

  it('refuses an empty file and a bad file name', async () => {
    const empty = await post('county1', '999901', '空白.pdf', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toBe('文件“空白.pdf”是空文件（0 字节），不能作为佐证材料');
    const path = await post('county1', '999901', '../../etc/passwd.pdf', tinyPdf());
    expect(path.statusCode).toBe(400);
    expect(path.json().error.details[0]).toMatchObject({
      field: 'fileName',
      message: '文件名不能含有路径分隔符（/ 或 \\）',
    });
    const long = await post('county1', '999901', `${'长'.repeat(197)}.pdf`, tinyPdf());
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details[0].message).toBe('文件名不能超过 200 个字符');
    const none = await app.inject({
      method: 'POST',
      url: '/api/v1/evidence?org=999901',
      headers: { cookie: sessions.get('county1')!.cookie, 'x-csrf-token': sessions.get('county1')!.csrf },
      payload: tinyPdf(),
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toContain('X-File-Name');
  });

  it('refuses a file over the limit: by its Content-Length at once, and while streaming', async () => {
    const before = await countEvidenceRows(ctx.db);
    const declared = await post('county1', '999901', '大.pdf', Buffer.alloc(LIMIT + 1, 0x25));
    expect(declared.statusCode).toBe(413);
    expect(declared.json().error.message).toBe(
      '文件“大.pdf”大小 2.00 MB（2097153 字节），超过佐证材料的大小上限 2.00 MB（2097152 字节）：请压缩或分成几个文件上传',
    );
    // A chunked upload without Content-Length: stopped when the count passes the limit.
    const streamed = await post('county1', '999901', '大.pdf', Readable.from(generatedPdf(LIMIT * 4)));
    expect(streamed.statusCode).toBe(413);
    expect(streamed.json().error.code).toBe('EVIDENCE_TOO_LARGE');
    expect(streamed.headers.connection).toBe('close');
    expect(await countEvidenceRows(ctx.db)).toEqual(before);
    // Fastify's 1 MB body limit does not apply here: a file just under the evidence limit is stored.
    const ok = await post('county1', '999901', '不大.pdf', Readable.from(generatedPdf(LIMIT - 100)));
    expect(ok.statusCode).toBe(201);
    expect(ok.json().file.size).toBe(LIMIT - 100);
  });

  it('over a real socket: answers 413 in Chinese and stops reading a body far over the limit', async () => {
    const server = await buildApp(ctx);
    await server.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.server.address() as AddressInfo;
    const s = sessions.get('county1')!;
    let sent = 0;
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/v1/evidence?org=999901',
          headers: {
            cookie: s.cookie,
            'x-csrf-token': s.csrf,
            'content-type': 'application/octet-stream',
            'x-file-name': encodeURIComponent('超大.pdf'),
          },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      // The server closes the connection after its answer: writes after that fail, as they should.
      req.on('error', (e) => (sent > LIMIT ? undefined : reject(e)));
      const source = Readable.from(generatedPdf(LIMIT * 100));
      source.on('data', (part: Buffer) => {
        sent += part.length;
        if (!req.write(part)) source.pause();
      });
      req.on('drain', () => source.resume());
      req.on('close', () => source.destroy());
    });
    await server.close();
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.message).toContain('超过佐证材料的大小上限 2.00 MB（2097152 字节）');
    // 200 MB offered: the server stopped after the limit (plus what the socket buffers held).
    expect(sent).toBeLessThan(LIMIT * 10);
  });

  it('refuses an upload without the CSRF token', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/evidence?org=999901',
      headers: {
        cookie: sessions.get('county1')!.cookie,
        'content-type': 'application/octet-stream',
        'x-file-name': 'a.pdf',
      },
      payload: tinyPdf(),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
  });
});
