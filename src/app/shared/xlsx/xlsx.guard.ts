/**
 * The zip-bomb guard of every .xlsx upload (an .xlsx is a zip file), run before exceljs (JSZip)
 * sees the file. It does not trust the sizes the zip declares: it walks the zip exactly as JSZip
 * 3.10 will read it (the last end-of-central-directory record, the central directory's entries,
 * each entry's data at its local header offset + 30 + the local header's name and extra-field
 * lengths, the central directory's compressed size and method) and INFLATES every entry while
 * counting the bytes actually produced, stopping at the limit whatever the headers say.
 *
 * Inflating uses node:zlib's streaming inflateRaw (the work runs on libuv's threadpool, not on the
 * event loop); the output is counted and dropped chunk by chunk, so memory stays at a few chunks,
 * and the stream is destroyed as soon as the count passes the limit. Entries are inflated one
 * after the other, so one upload occupies at most one threadpool thread.
 *
 * Refused: more inflated bytes or entries than the limits, ZIP64, encrypted entries, compression
 * methods other than stored (0) and deflate (8), entries whose data overlap (the overlapping-entry
 * bomb), an entry whose inflated size differs from the size the zip records, and anything that
 * does not parse exactly (JSZip would otherwise read a different layout than the one counted).
 * The messages are neutral: every upload of the platform (account lists, collection templates,
 * standards input files) shows them as they are.
 */
import zlib from 'node:zlib';

export interface ZipLimits {
  /** Bytes all entries together may inflate to: counted while inflating, never taken from the headers. */
  maxTotalBytes: number;
  /** Entries in the zip (the platform's own workbooks have 17 to 22). */
  maxEntries: number;
}

const MiB = 1024 * 1024;

/**
 * The limits per kind of upload — the operator's knob (docs/SECURITY.md explains the figures).
 * Measured with exceljs 4.4.0 (the platform's template writer); Excel's own files are of the same size:
 * - collection: the city-wide template of 2,000 schools × 148 fields (bench/collection-import.ts)
 *   is a 1.1 MiB file that inflates to 9.8 MiB → 32 MiB, 3× that;
 * - accounts: 5,000 account rows (the import's row limit) inflate to 1.5 MiB → 8 MiB, 5×;
 * - standards: 20,000 school rows and 20,000 kindergarten rows (the parser's row limit per
 *   sheet) inflate to 19.3 MiB; a county's real file to well under 1 MiB → 32 MiB.
 * 200 entries for all: a workbook re-saved by Excel or WPS has at most a few dozen.
 */
export const UPLOAD_ZIP_LIMITS = {
  collection: { maxTotalBytes: 32 * MiB, maxEntries: 200 },
  accounts: { maxTotalBytes: 8 * MiB, maxEntries: 200 },
  standards: { maxTotalBytes: 32 * MiB, maxEntries: 200 },
} as const satisfies Record<string, ZipLimits>;

/** Which upload a file is: collection templates, account lists, standards input files. */
export type UploadKind = keyof typeof UPLOAD_ZIP_LIMITS;

/** Output chunk of the inflater: the count may pass the limit by at most this before it stops. */
export const INFLATE_CHUNK_BYTES = 64 * 1024;

export type ZipInspection =
  | { ok: true; entries: number; inflatedBytes: number }
  /**
   * refused: a bomb or a zip feature no upload needs (`message` says which, in Chinese);
   * corrupt: not a zip that can be read exactly (the caller says "not a valid Excel file").
   * `inflatedBytes`: what was inflated before stopping.
   */
  | { ok: false; reason: 'refused' | 'corrupt'; message: string; inflatedBytes: number };

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const EOCD_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

export const ZIP_MESSAGES = {
  tooLarge: (limit: number) =>
    `文件解压后的内容超过 ${Math.round(limit / MiB)} MB 的上限，不予读取；请检查文件，或拆分为较小的文件后重新上传`,
  tooManyEntries: (n: number, max: number) =>
    `文件包含 ${n} 个内部条目，超过上限 ${max} 个，不是正常的 Excel（.xlsx）文件`,
  zip64:
    '文件使用了 ZIP64 格式（超大压缩包），不是正常的 Excel（.xlsx）文件；请在 Excel 中另存为 .xlsx 后重新上传',
  encrypted: '文件的内部条目经过加密，无法读取；请另存为未加密的 Excel（.xlsx）文件后重新上传',
  method: (m: number) => `文件的内部条目使用了不支持的压缩方式（${m}），请在 Excel 中另存为 .xlsx 后重新上传`,
  overlap: '文件结构异常（内部条目相互重叠），不予读取',
  sizeMismatch: '文件结构异常（内部条目解压后的大小与文件中记录的不符），不予读取',
  corrupt: '文件已损坏（ZIP 结构无效）',
} as const;

interface Entry {
  method: number;
  declaredSize: number;
  headerOffset: number;
  dataStart: number;
  dataEnd: number;
}

type Parsed = { entries: Entry[] } | { reason: 'refused' | 'corrupt'; message: string };

const refused = (message: string): Parsed => ({ reason: 'refused', message });
const corrupt: Parsed = { reason: 'corrupt', message: ZIP_MESSAGES.corrupt };

/** The zip's layout as JSZip will read it; anything JSZip would read otherwise is refused. */
function parse(data: Uint8Array, limits: ZipLimits): Parsed {
  const len = data.byteLength;
  const view = new DataView(data.buffer, data.byteOffset, len);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);

  // JSZip takes the LAST end-of-central-directory signature in the whole file (from len - 4).
  const eocd = Buffer.from(data.buffer, data.byteOffset, len).lastIndexOf(EOCD_SIGNATURE, len - 4);
  if (eocd < 0 || eocd + 22 > len || eocd + 22 + u16(eocd + 20) > len) return corrupt;
  const disk = u16(eocd + 4);
  const cdDisk = u16(eocd + 6);
  const recordsHere = u16(eocd + 8);
  const records = u16(eocd + 10);
  const cdSize = u32(eocd + 12);
  const cdOffset = u32(eocd + 16);
  if (
    [disk, cdDisk, recordsHere, records].includes(0xffff) ||
    cdSize === 0xffffffff ||
    cdOffset === 0xffffffff
  ) {
    return refused(ZIP_MESSAGES.zip64);
  }
  // One disk, and the central directory ends exactly at the record: JSZip shifts every offset
  // when it does not (data prepended), so only this layout is read the way it is counted here.
  if (disk !== 0 || cdDisk !== 0 || recordsHere !== records || cdOffset + cdSize !== eocd) return corrupt;

  // JSZip reads central headers from cdOffset for as long as the signature matches; here they
  // must tile [cdOffset, eocd) exactly, which is the same set of entries.
  const entries: Entry[] = [];
  let p = cdOffset;
  while (p < eocd) {
    if (p + 46 > eocd || u32(p) !== SIG_CENTRAL) return corrupt;
    const flags = u16(p + 8);
    const method = u16(p + 10);
    const compressedSize = u32(p + 20);
    const declaredSize = u32(p + 24);
    const headerOffset = u32(p + 42);
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || headerOffset === 0xffffffff) {
      return refused(ZIP_MESSAGES.zip64);
    }
    if ((flags & 0x0001) !== 0) return refused(ZIP_MESSAGES.encrypted);
    if (method !== 0 && method !== 8) return refused(ZIP_MESSAGES.method(method));
    // Local header: signature, then (JSZip skips 22 bytes) name and extra-field lengths at +26.
    if (headerOffset + 30 > cdOffset || u32(headerOffset) !== SIG_LOCAL) return corrupt;
    const dataStart = headerOffset + 30 + u16(headerOffset + 26) + u16(headerOffset + 28);
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > cdOffset) return corrupt;
    entries.push({ method, declaredSize, headerOffset, dataStart, dataEnd });
    p += 46 + u16(p + 28) + u16(p + 30) + u16(p + 32);
  }
  if (p !== eocd || entries.length !== records) return corrupt;
  if (entries.length > limits.maxEntries) {
    return refused(ZIP_MESSAGES.tooManyEntries(entries.length, limits.maxEntries));
  }
  // No two entries may share bytes (local header and data): the overlapping-entry bomb.
  const sorted = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.headerOffset < sorted[i - 1]!.dataEnd) return refused(ZIP_MESSAGES.overlap);
  }
  return { entries };
}

/**
 * Inflates raw deflate data on the threadpool, counting the output and dropping it; stops (and
 * destroys the stream) as soon as the count passes `budget`.
 */
function countInflated(compressed: Uint8Array, budget: number): Promise<{ bytes: number; ok: boolean }> {
  return new Promise((resolve) => {
    const inflater = zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK_BYTES });
    let bytes = 0;
    let settled = false;
    const finish = (ok: boolean) => {
      if (settled) return;
      settled = true;
      resolve({ bytes, ok });
    };
    inflater.on('data', (chunk: Buffer) => {
      bytes += chunk.byteLength;
      if (bytes > budget) {
        finish(false);
        inflater.destroy();
      }
    });
    inflater.on('end', () => finish(true));
    inflater.on('error', () => finish(false));
    inflater.on('close', () => finish(false));
    inflater.end(compressed);
  });
}

/**
 * Inspects an upload before any library inflates it. Never throws; `inflatedBytes` is the number
 * of bytes actually produced (for a refused bomb: the limit plus at most one chunk).
 */
export async function inspectZip(data: Uint8Array, limits: ZipLimits): Promise<ZipInspection> {
  const parsed = parse(data, limits);
  if ('reason' in parsed) return { ok: false, ...parsed, inflatedBytes: 0 };
  const { entries } = parsed;
  const tooLarge = (inflatedBytes: number): ZipInspection => ({
    ok: false,
    reason: 'refused',
    message: ZIP_MESSAGES.tooLarge(limits.maxTotalBytes),
    inflatedBytes,
  });
  // An honest header over the limit is refused without inflating anything.
  if (entries.reduce((sum, e) => sum + e.declaredSize, 0) > limits.maxTotalBytes) return tooLarge(0);

  let total = 0;
  for (const e of entries) {
    const budget = limits.maxTotalBytes - total;
    const stored = e.dataEnd - e.dataStart;
    let produced: number;
    if (e.method === 0) {
      produced = stored;
      if (produced > budget) return tooLarge(total);
    } else {
      const r = await countInflated(data.subarray(e.dataStart, e.dataEnd), budget);
      produced = r.bytes;
      if (produced > budget) return tooLarge(total + produced);
      if (!r.ok)
        return {
          ok: false,
          reason: 'corrupt',
          message: ZIP_MESSAGES.corrupt,
          inflatedBytes: total + produced,
        };
    }
    total += produced;
    // JSZip refuses the same file, but only after inflating it whole.
    if (produced !== e.declaredSize) {
      return { ok: false, reason: 'refused', message: ZIP_MESSAGES.sizeMismatch, inflatedBytes: total };
    }
  }
  return { ok: true, entries: entries.length, inflatedBytes: total };
}
