/**
 * Evidence storage on PGlite and PostgreSQL: content addressed by SHA-256 and stored once, chunk
 * boundaries (1 MiB chunks), refused uploads leave no row behind (staging included), the backup
 * check finds a corrupted chunk, scope. Expected values worked out by hand from the sizes.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import type { Caller } from '../../src/app/access/caller.ts';
import { AppError } from '../../src/app/app-error.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { countEvidenceRows } from '../../src/db/evidence/evidence.repository.ts';
import {
  CHUNK,
  evidenceAreasOnly,
  generatedPdf,
  MACRO_WORD_MAIN,
  pdfOfSize,
  streamOf,
  tinyDocx,
  tinyExe,
  tinyPng,
  tinyXlsx,
} from '../support/evidence-files.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

const county1: Caller = {
  actor: { id: null, username: 'county1', ip: null },
  scope: { kind: 'org', orgCode: '999901' },
};
const county2: Caller = {
  actor: { id: null, username: 'county2', ip: null },
  scope: { kind: 'org', orgCode: '999902' },
};
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const p of stream) parts.push(Buffer.from(p));
  return Buffer.concat(parts);
}

describe.each(testBackends())('evidence storage on $name', (backend) => {
  let ctx: AppContext;
  const rows = () => countEvidenceRows(ctx.db);
  const upload = (caller: Caller, fileName: string, bytes: Uint8Array, orgCode = '999901') =>
    ctx.evidence.upload(caller, { orgCode, fileName, body: streamOf(bytes) });
  const refusal = async (p: Promise<unknown>) => {
    const e = await p.then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  };

  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    ctx = createAppContextFrom(
      database,
      { ...loadPlan(), orgCode: '999900' },
      {
        clock: () => new Date('2026-11-05T02:00:00Z'),
        evidence: { maxBytes: 3 * CHUNK },
        ...evidenceAreasOnly(),
      },
    );
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('stores the same bytes once: two uploads, one blob, two file records', async () => {
    const before = await rows();
    const pdf = pdfOfSize(5000);
    const a = await upload(county1, '推进方案.pdf', pdf);
    const b = await upload(county1, '推进方案（副本）.PDF', pdf, '999901001');
    expect(a.sha256).toBe(sha(pdf));
    expect(b.sha256).toBe(a.sha256);
    expect(a.id).not.toBe(b.id);
    expect(a).toMatchObject({ kind: 'pdf', mediaType: 'application/pdf', size: 5000, uploadedBy: 'county1' });
    expect(a.uploadedAt).toBe('2026-11-05T02:00:00.000Z');
    const after = await rows();
    // 5000 bytes: one chunk; one blob; two files; nothing left in staging.
    expect(after).toEqual({
      blobs: before.blobs + 1,
      chunks: before.chunks + 1,
      files: before.files + 2,
      staged: 0,
    });
  });

  it.each([
    // [size, chunks]: 1 MiB chunks, the last one shorter.
    [CHUNK - 1, 1],
    [CHUNK, 1],
    [CHUNK + 1, 2],
    [2 * CHUNK + 7, 3],
  ])('keeps a file of %i bytes in %i chunks and gives the same bytes back', async (size, chunks) => {
    const pdf = pdfOfSize(size, 0x30 + (size % 17));
    const before = await rows();
    const file = await ctx.evidence.upload(county1, {
      orgCode: '999901',
      fileName: `材料${size}.pdf`,
      // Parts of 100,000 bytes: chunk boundaries fall inside parts.
      body: streamOf(pdf, 100_000),
    });
    expect(file.size).toBe(size);
    expect((await rows()).chunks - before.chunks).toBe(chunks);
    const { stream } = await ctx.evidence.open(county1, file.id);
    const back = await readAll(stream);
    expect(back.length).toBe(size);
    expect(sha(back)).toBe(sha(pdf));
  });

  it('refuses an empty file and a one-byte file, leaving nothing', async () => {
    const before = await rows();
    const empty = await refusal(upload(county1, '空.pdf', Buffer.alloc(0)));
    expect(empty.code).toBe('EVIDENCE_REJECTED');
    expect(empty.message).toBe('文件“空.pdf”是空文件（0 字节），不能作为佐证材料');
    const one = await refusal(upload(county1, '一.pdf', Buffer.from('%')));
    expect(one.message).toContain('扩展名是 .pdf（PDF 文档），但内容是纯文本文件');
    expect(await rows()).toEqual(before);
  });

  it('stops reading at the size limit and keeps nothing of what it read', async () => {
    const before = await rows();
    let pulled = 0;
    async function* huge() {
      // 2 GB offered; the upload must stop after 3 MiB + one part.
      for await (const part of generatedPdf(2_000_000_000)) {
        pulled += part.byteLength;
        yield part;
      }
    }
    const e = await refusal(
      ctx.evidence.upload(county1, { orgCode: '999901', fileName: '大.pdf', body: huge() }),
    );
    expect(e.code).toBe('EVIDENCE_TOO_LARGE');
    expect(e.status).toBe(413);
    // Limit 3 MiB = 3145728 bytes; parts of 65536: refused on the part that passes it.
    expect(e.message).toContain('上限 3.00 MB（3145728 字节）');
    expect(pulled).toBe(3 * CHUNK + 65536);
    expect(await rows()).toEqual(before);
  });

  it('refuses a declared size over the limit before reading anything', async () => {
    let pulled = 0;
    async function* body() {
      pulled += 1;
      yield pdfOfSize(100);
    }
    const e = await refusal(
      ctx.evidence.upload(county1, {
        orgCode: '999901',
        fileName: '大.pdf',
        body: body(),
        declaredSize: 4 * CHUNK,
      }),
    );
    expect(e.message).toBe(
      '文件“大.pdf”大小 4.00 MB（4194304 字节），超过佐证材料的大小上限 3.00 MB（3145728 字节）：请压缩或分成几个文件上传',
    );
    expect(pulled).toBe(0);
  });

  it('refuses a renamed executable after its first bytes, before reading the rest', async () => {
    const before = await rows();
    let pulled = 0;
    async function* body() {
      const exe = tinyExe();
      for (;;) {
        pulled += 1;
        yield exe; // an endless program: refused on the first part
        if (pulled > 10) throw new Error('read on after the refusal');
      }
    }
    const e = await refusal(
      ctx.evidence.upload(county1, { orgCode: '999901', fileName: '验收报告.pdf', body: body() }),
    );
    expect(e.message).toBe(
      '文件“验收报告.pdf”的扩展名是 .pdf（PDF 文档），但内容是Windows 可执行程序（EXE/DLL）：文件类型按内容检查，请上传真实的PDF 文档',
    );
    expect(pulled).toBe(1);
    expect(await rows()).toEqual(before);
  });

  it('accepts a .docx and an .xlsx by their content types, and refuses a macro document and a docx named .xlsx', async () => {
    const docx = await upload(county1, '工作方案.docx', tinyDocx());
    expect(docx).toMatchObject({ kind: 'word', mediaType: expect.stringContaining('wordprocessingml') });
    const xlsx = await upload(county1, '进展台账.xlsx', await tinyXlsx());
    expect(xlsx).toMatchObject({ kind: 'excel', mediaType: expect.stringContaining('spreadsheetml') });
    const before = await rows();
    const macro = await refusal(upload(county1, '方案.docx', tinyDocx(MACRO_WORD_MAIN)));
    expect(macro.message).toContain('但内容是启用宏的 Word 文档（.docm，含宏，不接受）');
    const swapped = await refusal(upload(county1, '台账.xlsx', tinyDocx()));
    expect(swapped.message).toContain('扩展名是 .xlsx（Excel 表格（.xlsx）），但内容是Word 文档（.docx）');
    // A docx cut short: its end (the central directory) is missing.
    const cut = await refusal(upload(county1, '残缺.docx', tinyDocx().subarray(0, 200)));
    expect(cut.message).toContain('不是可读的 Office 文件');
    expect(await rows()).toEqual(before);
  });

  it('answers a file of another county as not found, and refuses to attach it', async () => {
    const png = await upload(county2, '现场照片.png', tinyPng(), '999902');
    const e = await refusal(ctx.evidence.describe(county1, [png.id]));
    expect(e.code).toBe('EVIDENCE_NOT_FOUND');
    expect(e.outOfScope).toEqual({ targetType: 'evidence', targetId: png.id });
    expect((await ctx.evidence.describe(county2, [png.id]))[0]!.fileName).toBe('现场照片.png');
    // A county's file may not go on a township's report; a township's may go on its county's.
    const town = await upload(county1, '乡镇.png', tinyPng(), '999901001');
    expect(await ctx.evidence.requireAttachable(county1, [town.id], '999901')).toHaveLength(1);
    const county = await upload(county1, '县.png', tinyPng(), '999901');
    const na = await refusal(ctx.evidence.requireAttachable(county1, [county.id], '999901001'));
    expect(na.code).toBe('EVIDENCE_NOT_ATTACHABLE');
    // Uploading for a unit outside the scope: not found.
    const out = await refusal(upload(county1, 'x.png', tinyPng(), '999902'));
    expect(out.code).toBe('ORG_UNIT_NOT_FOUND');
  });

  it('refuses to change or remove stored content (append-only)', async () => {
    const f = await upload(county1, '留存.pdf', pdfOfSize(300, 0x55));
    await expect(ctx.db.execute(sql`DELETE FROM evidence_file WHERE id = ${f.id}`)).rejects.toThrow();
    await expect(
      ctx.db.execute(sql`UPDATE evidence_chunk SET data = '\\x00'::bytea WHERE sha256 = ${f.sha256}`),
    ).rejects.toThrow();
    await expect(ctx.db.execute(sql`TRUNCATE evidence_blob CASCADE`)).rejects.toThrow();
  });

  it('verify recomputes every hash and names the blob whose chunk was corrupted', async () => {
    const clean = await ctx.evidence.verify();
    expect(clean.problems).toEqual([]);
    const victim = await upload(county1, '将被损坏.pdf', pdfOfSize(CHUNK + 10, 0x66));
    // Corrupt chunk 1 behind the application's back (an operator or a disk would).
    await ctx.db.execute(sql`ALTER TABLE evidence_chunk DISABLE TRIGGER evidence_chunk_append_only`);
    await ctx.db.execute(
      sql`UPDATE evidence_chunk SET data = overlay(data placing '\\x00'::bytea from 3 for 1) WHERE sha256 = ${victim.sha256} AND seq = 1`,
    );
    await ctx.db.execute(sql`ALTER TABLE evidence_chunk ENABLE TRIGGER evidence_chunk_append_only`);
    const report = await ctx.evidence.verify();
    expect(report.blobs).toBe(clean.blobs + 1);
    expect(report.problems).toEqual([
      { sha256: victim.sha256, problem: expect.stringContaining('与地址不符（分块已损坏）') },
    ]);
  });
});
