/**
 * Tiny real files of every evidence format, built in the test (no binary fixtures): a PDF, a 1×1
 * PNG, a JPEG header, a GIF, a .docx (a zip written with test/support/zip-bomb.ts's writer), an
 * .xlsx (exceljs), an OLE compound-file header, a Windows executable; and a stream of any size.
 */
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { loadRoles, type RoleTable } from '../../src/app/access/roles.loader.ts';
import type { AppArea } from '../../src/app/area.ts';
import { AREAS, knownPermissions } from '../../src/app/areas.ts';
import { writeZip, type RawEntry } from './zip-bomb.ts';

export const CHUNK = 1024 * 1024;

/** A PDF of exactly `size` bytes (≥ 40): a valid header, a comment filler, a trailer. */
export function pdfOfSize(size: number, fill = 0x41): Buffer {
  const head = Buffer.from('%PDF-1.4\n%');
  const tail = Buffer.from('\ntrailer<<>>\n%%EOF\n');
  if (size < head.length + tail.length)
    throw new Error(`a PDF needs at least ${head.length + tail.length} bytes`);
  return Buffer.concat([head, Buffer.alloc(size - head.length - tail.length, fill), tail]);
}

export const tinyPdf = (text = '佐证材料') =>
  Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A real 1×1 PNG (one red pixel). */
export function tinyPng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(Buffer.from([0, 255, 0, 0]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A JPEG's start (SOI + JFIF APP0) and end marker. */
export const tinyJpeg = () =>
  Buffer.from([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00,
    0x01, 0x00, 0x00, 0xff, 0xd9,
  ]);

/** A 1×1 GIF. */
export const tinyGif = () =>
  Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

function entry(name: string, text: string, deflate: boolean): RawEntry {
  const raw = Buffer.from(text, 'utf8');
  return {
    name,
    method: deflate ? 8 : 0,
    data: deflate ? zlib.deflateRawSync(raw) : raw,
    crc: zlib.crc32(raw),
    declaredSize: raw.length,
  };
}

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

/** An OOXML package whose main part has `mainType` (a .docx by default). */
export function tinyDocx(mainType = WORD_MAIN, extra: RawEntry[] = []): Buffer {
  return writeZip([
    entry(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${mainType}"/></Types>`,
      true,
    ),
    entry(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      true,
    ),
    entry(
      'word/document.xml',
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>佐证材料</w:t></w:r></w:p></w:body></w:document>',
      false,
    ),
    ...extra,
  ]);
}

export const MACRO_WORD_MAIN = 'application/vnd.ms-word.document.macroEnabled.main+xml';

/** A real .xlsx written by exceljs. */
export async function tinyXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('进展').addRow(['举措', '完成']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A plain zip (no [Content_Types].xml). */
export const plainZip = () => writeZip([entry('readme.txt', 'hello', false)]);

/** The start of an OLE compound file (.doc/.xls), padded to one 512-byte header sector. */
export const oleHeader = () =>
  Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

/** A Windows executable's start: MZ header, DOS stub text, PE signature. */
export function tinyExe(): Buffer {
  const b = Buffer.alloc(1024);
  b.write('MZ', 0, 'ascii');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('This program cannot be run in DOS mode.', 0x4e, 'ascii');
  b.write('PE\0\0', 0x80, 'binary');
  return b;
}

/** `bytes` as a stream of parts of `part` bytes (how a socket delivers a body). */
export async function* streamOf(bytes: Uint8Array, part = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += part) yield bytes.subarray(i, i + part);
}

/** A stream of `size` bytes made on the fly (a PDF header, then filler): never held whole. */
export async function* generatedPdf(size: number, part = 64 * 1024): AsyncGenerator<Uint8Array> {
  const head = Buffer.from('%PDF-1.4\n%');
  let sent = 0;
  const filler = Buffer.alloc(part, 0x42);
  while (sent < size) {
    const n = Math.min(part, size - sent);
    const piece = sent === 0 ? Buffer.concat([head, filler]).subarray(0, n) : filler.subarray(0, n);
    sent += n;
    yield piece;
  }
}

/**
 * Context options for the evidence tests: the areas up to evidence only (the areas after it are
 * not needed, and may be in the middle of being built), with the roles of every area.
 */
export function evidenceAreasOnly(): { areas: readonly AppArea[]; roles: RoleTable } {
  return {
    areas: AREAS.slice(0, AREAS.findIndex((a) => a.name === 'evidence') + 1),
    roles: loadRoles(undefined, knownPermissions()),
  };
}
