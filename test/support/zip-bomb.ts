/**
 * Zip files written by hand for the zip-bomb tests (issue 12): read a real .xlsx into its entries,
 * change them, write them back with whatever sizes the attacker wants the headers to declare.
 * Used by tests and benchmarks only.
 */
import zlib from 'node:zlib';

export interface RawEntry {
  name: string;
  /** 0 stored, 8 deflate (or anything else, to test refusals). */
  method: number;
  /** The entry's data as stored in the zip (compressed for method 8). */
  data: Buffer;
  crc: number;
  /** The uncompressed size the local header and central directory declare. */
  declaredSize: number;
  flags?: number;
  /** Extra-field bytes of the local header only (the central directory's stays empty). */
  localExtra?: Buffer;
}

/** The entries of a zip, from its central directory (the layout exceljs and Excel write). */
export function readEntries(zip: Uint8Array): RawEntry[] {
  const b = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const out: RawEntry[] = [];
  for (let i = 0; i < count; i++) {
    const method = b.readUInt16LE(p + 10);
    const crc = b.readUInt32LE(p + 16);
    const compressed = b.readUInt32LE(p + 20);
    const declaredSize = b.readUInt32LE(p + 24);
    const nameLen = b.readUInt16LE(p + 28);
    const local = b.readUInt32LE(p + 42);
    const name = b.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    out.push({ name, method, crc, declaredSize, data: Buffer.from(b.subarray(start, start + compressed)) });
    p += 46 + nameLen + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return out;
}

/** Bytes an entry really inflates to (inflated here, synchronously: test data only). */
export function inflatedSize(e: RawEntry): number {
  return e.method === 0 ? e.data.byteLength : zlib.inflateRawSync(e.data).byteLength;
}

export interface WriteOptions {
  /** Local header offset written in the central directory for entry i (default: where it is). */
  centralOffset?: (i: number, actual: number) => number;
}

/** A zip of `entries`, both headers declaring each entry's `declaredSize`. */
export function writeZip(entries: readonly RawEntry[], options: WriteOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  entries.forEach((e, i) => {
    const name = Buffer.from(e.name, 'utf8');
    const extra = e.localExtra ?? Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.byteLength, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.byteLength, 26);
    local.writeUInt16LE(extra.byteLength, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.flags ?? 0, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.data.byteLength, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(options.centralOffset ? options.centralOffset(i, offset) : offset, 42);
    locals.push(local, name, extra, e.data);
    centrals.push(central, name);
    offset += 30 + name.byteLength + extra.byteLength + e.data.byteLength;
  });
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.byteLength, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

export const BOMB_ENTRY = 'xl/worksheets/sheet1.xml';

/**
 * The attack of issue 12: `template` (a real .xlsx) with `entry` replaced by `inflatedBytes`
 * spaces compressed with deflate, the local header and the central directory both declaring the
 * entry's small original size.
 */
export function zipBomb(template: Uint8Array, inflatedBytes: number, entry = BOMB_ENTRY): Buffer {
  const spaces = Buffer.alloc(inflatedBytes, 0x20);
  const entries = readEntries(template).map((e) =>
    e.name === entry
      ? { ...e, method: 8, data: zlib.deflateRawSync(spaces, { level: 9 }), crc: zlib.crc32(spaces) }
      : e,
  );
  if (!entries.some((e) => e.name === entry)) throw new Error(`${entry} is not in the template`);
  return writeZip(entries);
}
