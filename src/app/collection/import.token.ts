/**
 * The preview token of an Excel import (issue 12, item 4): what a preview compared the file
 * against, so that the commit refuses rows whose submission changed since. It holds the file's
 * SHA-256 (first 16 bytes: the commit must upload the very file previewed) and, per row the preview
 * read, its Excel row number and the version of the school's submission (0: none yet), as varints,
 * deflated and base64url-encoded behind "p1.". No secret is needed: the token only says what the
 * client saw; a forged one can claim no more than a fresh preview would, and the server re-reads
 * and locks every row before writing.
 *
 * Size: the row numbers are consecutive (deflated to almost nothing) and versions are small: a
 * file of 1,800 schools gives 66 characters when none has started, about 2,100 when their
 * versions are spread evenly over 1–30 and about 3,100 for 2,000 schools over 1–127 (measured by
 * the unit test). The decoder refuses a token whose inflated size exceeds what MAX_IMPORT_ROWS
 * rows can need.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { MAX_IMPORT_ROWS } from './workbook.import.ts';

const PREFIX = 'p1.';
const DIGEST_BYTES = 16;
/**
 * Longest token (it travels in the commit's query string): with the path and a file name the
 * request line stays within 8 KB, the default of common reverse proxies (nginx
 * large_client_header_buffers) and well within Node's 16 KB. A preview whose token would be
 * longer is refused as a problem of the file ("split it by county").
 */
export const MAX_PREVIEW_TOKEN_LENGTH = 7_000;
/** A varint of a 32-bit number takes at most 5 bytes; count + (row, version) per row. */
const MAX_RAW_BYTES = DIGEST_BYTES + 5 + MAX_IMPORT_ROWS * 2 * 5;

export interface PreviewedRow {
  /** Excel row number. */
  row: number;
  /** The submission's version the preview compared against; 0: the school had none. */
  version: number;
}

export interface PreviewToken {
  /** The first 16 bytes of the previewed file's SHA-256. */
  digest: Buffer;
  /** Excel row → version. */
  versions: Map<number, number>;
}

/** The file's SHA-256 (its first 16 bytes bind a token to the file; the audit log keeps all). */
export function fileSha256(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

/** Whether the token was made for the file of this SHA-256. */
export function tokenMatchesFile(token: PreviewToken, sha256: Buffer): boolean {
  return token.digest.equals(sha256.subarray(0, DIGEST_BYTES));
}

function pushVarint(out: number[], n: number): void {
  let v = n;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

export function encodePreviewToken(sha256: Buffer, rows: ReadonlyArray<PreviewedRow>): string {
  const bytes: number[] = [...sha256.subarray(0, DIGEST_BYTES)];
  pushVarint(bytes, rows.length);
  let previous = 0;
  for (const r of rows) {
    // Rows come in file order (increasing); the delta of consecutive rows is 1.
    pushVarint(bytes, r.row - previous);
    pushVarint(bytes, r.version);
    previous = r.row;
  }
  return PREFIX + deflateRawSync(Buffer.from(bytes), { level: 9 }).toString('base64url');
}

/** The token's content, or null when it is not a token of this format (never throws). */
export function decodePreviewToken(token: string): PreviewToken | null {
  if (!token.startsWith(PREFIX) || token.length > MAX_PREVIEW_TOKEN_LENGTH) return null;
  const body = token.slice(PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) return null;
  let raw: Buffer;
  try {
    raw = inflateRawSync(Buffer.from(body, 'base64url'), { maxOutputLength: MAX_RAW_BYTES });
  } catch {
    return null;
  }
  if (raw.length < DIGEST_BYTES + 1) return null;
  let at = DIGEST_BYTES;
  const read = (): number | null => {
    let v = 0;
    let scale = 1;
    for (let i = 0; i < 5; i++) {
      if (at >= raw.length) return null;
      const b = raw[at++]!;
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 0x80;
    }
    return null;
  };
  const count = read();
  if (count === null || count > MAX_IMPORT_ROWS) return null;
  const versions = new Map<number, number>();
  let row = 0;
  for (let i = 0; i < count; i++) {
    const delta = read();
    const version = read();
    if (delta === null || version === null || delta === 0) return null;
    row += delta;
    versions.set(row, version);
  }
  if (at !== raw.length) return null;
  return { digest: Buffer.from(raw.subarray(0, DIGEST_BYTES)), versions };
}
