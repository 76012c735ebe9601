/**
 * What an uploaded zip is (a .docx, an .xlsx, a macro-enabled or other package, a plain zip), read
 * from the stored chunks by range: the end of the file, the central directory, and only the entry
 * [Content_Types].xml, inflated with a hard output limit (a zip bomb in it stops at 1 MiB). The
 * other entries are never inflated: the platform stores the file, it does not open it.
 */
import zlib from 'node:zlib';
import { classifyOfficeZip, type OfficeZip } from '../../domain/evidence/evidence.sniff.ts';
import {
  EOCD_SEARCH_BYTES,
  entryDataOffset,
  findCentralDirectory,
  isZipProblem,
  parseCentralDirectory,
} from '../../domain/evidence/zip-directory.ts';

/** The largest [Content_Types].xml read (Office's are 1–3 KiB), compressed and inflated. */
export const MAX_CONTENT_TYPES_BYTES = 1024 * 1024;
const MAX_ENTRIES = 10_000;

export type ReadRange = (offset: number, length: number) => Promise<Uint8Array>;

export async function readOfficeZip(read: ReadRange, size: number): Promise<OfficeZip | { problem: string }> {
  const tailOffset = Math.max(0, size - EOCD_SEARCH_BYTES);
  const tail = await read(tailOffset, size - tailOffset);
  const cd = findCentralDirectory(tail, tailOffset, size);
  if (isZipProblem(cd)) return cd;
  if (cd.entries > MAX_ENTRIES) return { problem: `条目超过 ${MAX_ENTRIES} 个` };
  const entries = parseCentralDirectory(await read(cd.offset, cd.length), cd.entries);
  if (isZipProblem(entries)) return entries;
  const ct = entries.find((e) => e.name === '[Content_Types].xml');
  if (!ct) return classifyOfficeZip(null);
  if ((ct.flags & 1) !== 0) return { problem: '条目已加密' };
  if (ct.compressedSize > MAX_CONTENT_TYPES_BYTES || ct.size > MAX_CONTENT_TYPES_BYTES) {
    return { problem: '[Content_Types].xml 过大' };
  }
  const start = entryDataOffset(ct, await read(ct.localOffset, 30));
  if (isZipProblem(start)) return start;
  if (start + ct.compressedSize > size) return { problem: '条目数据超出文件范围' };
  const data = await read(start, ct.compressedSize);
  let xml: Uint8Array;
  if (ct.method === 0) xml = data;
  else if (ct.method === 8) {
    try {
      xml = zlib.inflateRawSync(data, { maxOutputLength: MAX_CONTENT_TYPES_BYTES });
    } catch {
      return { problem: '[Content_Types].xml 无法解压或解压后过大' };
    }
  } else return { problem: `不支持的压缩方式 ${ct.method}` };
  return classifyOfficeZip(Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength).toString('utf8'));
}
