/**
 * Just enough of the zip format to find one entry of an uploaded Office file without holding the
 * file: the end-of-central-directory record (in the file's last 64 KiB + 22 bytes), the central
 * directory's entries, and where an entry's data starts behind its local header. Pure: the
 * caller reads the byte ranges (from the stored chunks) and inflates. Sizes are never trusted for
 * allocation: the caller bounds what it reads and inflates. ZIP64 and encrypted entries are
 * refused (no Office file needs them below the evidence size limit).
 */

export interface ZipEntryInfo {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export type ZipProblem = { problem: string };

/** Bytes at the end of the file that always hold the end-of-central-directory record. */
export const EOCD_SEARCH_BYTES = 22 + 0xffff;

/** Longest central directory read (an Office file's has a few dozen entries). */
export const MAX_CENTRAL_DIRECTORY_BYTES = 4 * 1024 * 1024;

const u16 = (b: Uint8Array, p: number) => b[p]! | (b[p + 1]! << 8);
const u32 = (b: Uint8Array, p: number) =>
  (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24)) >>> 0;

/**
 * The central directory's place, from `tail` (the file's last bytes, starting at `tailOffset` of a
 * file of `size` bytes).
 */
export function findCentralDirectory(
  tail: Uint8Array,
  tailOffset: number,
  size: number,
): { offset: number; length: number; entries: number } | ZipProblem {
  for (let p = tail.length - 22; p >= 0; p--) {
    if (u32(tail, p) !== 0x06054b50) continue;
    const entries = u16(tail, p + 10);
    const length = u32(tail, p + 12);
    const offset = u32(tail, p + 16);
    if (entries === 0xffff || length === 0xffffffff || offset === 0xffffffff) {
      return { problem: 'ZIP64 格式' };
    }
    if (offset + length > tailOffset + p || offset + length > size) {
      return { problem: '中央目录位置超出文件范围' };
    }
    if (length > MAX_CENTRAL_DIRECTORY_BYTES) return { problem: '中央目录过大' };
    return { offset, length, entries };
  }
  return { problem: '找不到 ZIP 中央目录（文件不完整或不是 ZIP）' };
}

/** The entries of a central directory read whole. */
export function parseCentralDirectory(cd: Uint8Array, count: number): ZipEntryInfo[] | ZipProblem {
  const out: ZipEntryInfo[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || u32(cd, p) !== 0x02014b50) return { problem: '中央目录条目损坏' };
    const nameLen = u16(cd, p + 28);
    const extraLen = u16(cd, p + 30);
    const commentLen = u16(cd, p + 32);
    if (p + 46 + nameLen > cd.length) return { problem: '中央目录条目损坏' };
    const entry: ZipEntryInfo = {
      flags: u16(cd, p + 8),
      method: u16(cd, p + 10),
      compressedSize: u32(cd, p + 20),
      size: u32(cd, p + 24),
      localOffset: u32(cd, p + 42),
      name: new TextDecoder().decode(cd.subarray(p + 46, p + 46 + nameLen)),
    };
    if (
      entry.compressedSize === 0xffffffff ||
      entry.size === 0xffffffff ||
      entry.localOffset === 0xffffffff
    ) {
      return { problem: 'ZIP64 格式' };
    }
    out.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Where an entry's data starts, from the first 30 bytes of its local header. */
export function entryDataOffset(entry: ZipEntryInfo, localHeader: Uint8Array): number | ZipProblem {
  if (localHeader.length < 30 || u32(localHeader, 0) !== 0x04034b50) return { problem: '本地文件头损坏' };
  return entry.localOffset + 30 + u16(localHeader, 26) + u16(localHeader, 28);
}

export const isZipProblem = (x: unknown): x is ZipProblem =>
  typeof x === 'object' && x !== null && 'problem' in x;
