/**
 * The zip-bomb guard, attacked (issue 12): a real workbook whose sheet is replaced by a run of
 * spaces compressed with deflate, both headers declaring the small original size. The guard must
 * count what it inflates and stop at the limit, whatever the headers say.
 */
import ExcelJS from 'exceljs';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BOMB_ENTRY,
  inflatedSize,
  readEntries,
  writeZip,
  zipBomb,
  type RawEntry,
} from '../../../../test/support/zip-bomb.ts';
import { openWorkbook } from './xlsx.file.ts';
import { INFLATE_CHUNK_BYTES, inspectZip, type ZipLimits } from './xlsx.guard.ts';

const MiB = 1024 * 1024;
/** Small limits so that a bomb three times over stays fast. */
const LIMITS: ZipLimits = { maxTotalBytes: 4 * MiB, maxEntries: 50 };
const TOO_LARGE_4MB = '文件解压后的内容超过 4 MB 的上限，不予读取；请检查文件，或拆分为较小的文件后重新上传';

async function accountsWorkbook(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('账号');
  ws.addRow(['用户名', '姓名', '角色', '所属单位代码']);
  for (let i = 0; i < rows; i++)
    ws.addRow([`user${i}`, `姓名${i}`, '学校填报员', `KA${String(i).padStart(8, '0')}`]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('inspectZip', () => {
  let template: Uint8Array;
  let entries: RawEntry[];
  beforeAll(async () => {
    template = await accountsWorkbook(50);
    entries = readEntries(template);
  });

  it('accepts a real workbook and counts what its entries really inflate to', async () => {
    const total = entries.reduce((s, e) => s + inflatedSize(e), 0);
    expect(await inspectZip(template, LIMITS)).toEqual({
      ok: true,
      entries: entries.length,
      inflatedBytes: total,
    });
  });

  it('refuses the bomb with false sizes, and stops inflating at the limit', async () => {
    const bomb = zipBomb(template, 12 * MiB); // three times the limit
    // The lie: both headers declare the sheet's original size, a few kilobytes.
    const sheet = readEntries(bomb).find((e) => e.name === BOMB_ENTRY)!;
    expect(sheet.declaredSize).toBe(entries.find((e) => e.name === BOMB_ENTRY)!.declaredSize);
    expect(sheet.declaredSize).toBeLessThan(64 * 1024);
    expect(bomb.byteLength).toBeLessThan(64 * 1024);

    const r = await inspectZip(bomb, LIMITS);
    expect(r).toMatchObject({ ok: false, reason: 'refused', message: TOO_LARGE_4MB });
    // Counted while inflating: past the limit by at most one output chunk, far from 12 MiB.
    expect(r.inflatedBytes).toBeGreaterThan(4 * MiB);
    expect(r.inflatedBytes).toBeLessThanOrEqual(4 * MiB + INFLATE_CHUNK_BYTES);
  });

  it('refuses four bombs in parallel, each stopped at the limit', async () => {
    const bomb = zipBomb(template, 12 * MiB);
    const results = await Promise.all([1, 2, 3, 4].map(() => inspectZip(bomb, LIMITS)));
    for (const r of results) {
      expect(r).toMatchObject({ ok: false, message: TOO_LARGE_4MB });
      expect(r.inflatedBytes).toBeLessThanOrEqual(4 * MiB + INFLATE_CHUNK_BYTES);
    }
  });

  it('counts every entry, not only the sheets (a bomb in another entry)', async () => {
    const r = await inspectZip(zipBomb(template, 12 * MiB, 'docProps/app.xml'), LIMITS);
    expect(r).toMatchObject({ ok: false, message: TOO_LARGE_4MB });
    expect(r.inflatedBytes).toBeLessThanOrEqual(4 * MiB + INFLATE_CHUNK_BYTES);
  });

  it('counts a stored entry by its stored bytes, whatever it declares', async () => {
    const data = Buffer.alloc(5 * MiB, 0x20);
    const stored = entries.map((e) =>
      e.name === BOMB_ENTRY ? { ...e, method: 0, data, crc: zlib.crc32(data), declaredSize: 100 } : e,
    );
    expect(await inspectZip(writeZip(stored), LIMITS)).toMatchObject({ ok: false, message: TOO_LARGE_4MB });
  });

  it('refuses honest sizes over the limit without inflating anything', async () => {
    const honest = entries.map((e) => (e.name === BOMB_ENTRY ? { ...e, declaredSize: 5 * MiB } : e));
    expect(await inspectZip(writeZip(honest), LIMITS)).toEqual({
      ok: false,
      reason: 'refused',
      message: TOO_LARGE_4MB,
      inflatedBytes: 0,
    });
  });

  it('refuses an entry that inflates to another size than declared, within the limit', async () => {
    const text = Buffer.alloc(100_000, 0x20);
    const lying = entries.map((e) =>
      e.name === BOMB_ENTRY ? { ...e, data: zlib.deflateRawSync(text), declaredSize: 1000 } : e,
    );
    expect(await inspectZip(writeZip(lying), LIMITS)).toMatchObject({
      ok: false,
      reason: 'refused',
      message: '文件结构异常（内部条目解压后的大小与文件中记录的不符），不予读取',
    });
  });

  it('refuses ZIP64 markers, encryption, unknown methods, too many and overlapping entries', async () => {
    const patch = (name: string, change: Partial<RawEntry>) =>
      entries.map((e) => (e.name === name ? { ...e, ...change } : e));
    const refusal = async (zip: Uint8Array) => {
      const r = await inspectZip(zip, LIMITS);
      return r.ok ? 'accepted' : r.message;
    };
    expect(await refusal(writeZip(patch(BOMB_ENTRY, { declaredSize: 0xffffffff })))).toBe(
      '文件使用了 ZIP64 格式（超大压缩包），不是正常的 Excel（.xlsx）文件；请在 Excel 中另存为 .xlsx 后重新上传',
    );
    expect(await refusal(writeZip(patch(BOMB_ENTRY, { flags: 1 })))).toBe(
      '文件的内部条目经过加密，无法读取；请另存为未加密的 Excel（.xlsx）文件后重新上传',
    );
    expect(await refusal(writeZip(patch(BOMB_ENTRY, { method: 12 })))).toBe(
      '文件的内部条目使用了不支持的压缩方式（12），请在 Excel 中另存为 .xlsx 后重新上传',
    );
    const many = Array.from({ length: 51 }, (_, i) => ({ ...entries[0]!, name: `x/${i}.xml` }));
    expect(await refusal(writeZip(many))).toBe(
      '文件包含 51 个内部条目，超过上限 50 个，不是正常的 Excel（.xlsx）文件',
    );
    // Every central entry points at the first local header: one kernel, inflated many times.
    const shared = Array.from({ length: 3 }, (_, i) => ({ ...entries[0]!, name: `k${i}` }));
    expect(await refusal(writeZip(shared, { centralOffset: () => 0 }))).toBe(
      '文件结构异常（内部条目相互重叠），不予读取',
    );
  });

  it('refuses what it cannot read exactly as JSZip will: not a zip, truncated, data prepended', async () => {
    const corrupt = { ok: false, reason: 'corrupt', message: '文件已损坏（ZIP 结构无效）', inflatedBytes: 0 };
    expect(await inspectZip(new Uint8Array(Buffer.from('hello')), LIMITS)).toEqual(corrupt);
    expect(await inspectZip(template.subarray(0, template.byteLength - 10), LIMITS)).toEqual(corrupt);
    // Bytes prepended to a zip (a self-extracting stub): JSZip would shift every offset by them.
    const prefixed = Buffer.concat([Buffer.from('MZ-stub'), template]);
    expect(await inspectZip(prefixed, LIMITS)).toEqual(corrupt);
  });

  it('reads entry data where JSZip does: after the local header’s own extra field', async () => {
    const extra = Buffer.from([0xfe, 0xca, 0x04, 0x00, 1, 2, 3, 4]);
    const shifted = entries.map((e) => ({ ...e, localExtra: extra }));
    const zip = writeZip(shifted);
    const total = entries.reduce((s, e) => s + inflatedSize(e), 0);
    expect(await inspectZip(zip, LIMITS)).toEqual({
      ok: true,
      entries: entries.length,
      inflatedBytes: total,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(zip).buffer);
    expect(wb.worksheets[0]!.getCell('A2').value).toBe('user0');
  });
});

describe('openWorkbook', () => {
  it('opens a legitimate workbook, and refuses the bomb at the limit of its kind of upload', async () => {
    const template = await accountsWorkbook(3);
    const opened = await openWorkbook(template, 'accounts');
    expect(opened.ok && opened.workbook.worksheets[0]!.getCell('B4').value).toBe('姓名2');
    // The account lists' limit is 8 MB: a 24 MiB bomb.
    expect(await openWorkbook(zipBomb(template, 24 * MiB), 'accounts')).toEqual({
      ok: false,
      reason: 'tooLarge',
      message: '文件解压后的内容超过 8 MB 的上限，不予读取；请检查文件，或拆分为较小的文件后重新上传',
    });
    expect(await openWorkbook(new Uint8Array(Buffer.from('PK\x03\x04garbage')), 'collection')).toEqual({
      ok: false,
      reason: 'unreadable',
    });
  });
});
