/**
 * Refuses an .xlsx (a zip file) whose contents would unpack to more than a sane size, before any
 * library inflates it: a small upload must not be able to exhaust the server's memory (zip bomb).
 * Reads only the zip's central directory, which lists every entry's uncompressed size. The
 * messages are neutral: every upload of the platform (account lists, collection templates,
 * standards input files) shows them as they are.
 */
export interface ZipLimits {
  maxTotalBytes: number;
  maxEntries: number;
}

/** An ordinary upload (5,000 account rows, a county's standards file) unpacks to well under this. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 64 * 1024 * 1024, maxEntries: 2_000 };

/** A Chinese reason to refuse the file, or null when its declared sizes are acceptable. */
export function checkZipSizes(data: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): string | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  // End-of-central-directory record: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = data.byteLength - 22; i >= Math.max(0, data.byteLength - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null; // not a zip: the reader reports it as not an Excel file
  const entries = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || cdOffset === 0xffffffff) return '文件过大（ZIP64），不是正常的导入文件';
  if (entries > limits.maxEntries) return `文件包含 ${entries} 个内部条目，超过上限 ${limits.maxEntries}`;
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > data.byteLength || view.getUint32(p, true) !== 0x02014b50)
      return '文件已损坏（ZIP 目录无效）';
    const size = view.getUint32(p + 24, true);
    if (size === 0xffffffff) return '文件过大（ZIP64），不是正常的导入文件';
    total += size;
    if (total > limits.maxTotalBytes) {
      return `文件解压后超过 ${Math.round(limits.maxTotalBytes / 1024 / 1024)} MB，不是正常的导入文件`;
    }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return null;
}
