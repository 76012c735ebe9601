/**
 * Opening and writing .xlsx files with exceljs, the same way for every upload and download of the
 * platform: the file's signature, the zip-bomb guard (xlsx.guard.ts: every entry inflated and
 * counted, off the event loop, before exceljs inflates anything), then exceljs. Readers word their
 * own "not an Excel file" message for their upload.
 */
import ExcelJS from 'exceljs';
import { inspectZip, UPLOAD_ZIP_LIMITS, type UploadKind, type ZipLimits } from './xlsx.guard.ts';

/** A zip file (an .xlsx is one): "PK\x03\x04". */
export const isZip = (d: Uint8Array): boolean =>
  d.byteLength >= 4 && d[0] === 0x50 && d[1] === 0x4b && d[2] === 0x03 && d[3] === 0x04;

/** An OLE compound file: the old .xls format. */
export const isOle = (d: Uint8Array): boolean =>
  d.byteLength >= 4 && d[0] === 0xd0 && d[1] === 0xcf && d[2] === 0x11 && d[3] === 0xe0;

export type OpenedWorkbook =
  | { ok: true; workbook: ExcelJS.Workbook }
  /**
   * tooLarge: the zip guard refused it — too large once inflated, or a zip feature no upload needs
   * (ZIP64, encryption, overlapping entries …); `message` says why, in Chinese. unreadable: not a
   * zip that can be read exactly, or exceljs could not read it.
   */
  | { ok: false; reason: 'tooLarge'; message: string }
  | { ok: false; reason: 'unreadable' };

/**
 * exceljs 4.4.0 types `load` with its own `Buffer extends ArrayBuffer` (exceljs/exceljs#2877), so
 * a Node Buffer does not type-check; an ArrayBuffer does and is what JSZip reads anyway.
 */
function toArrayBuffer(data: Uint8Array): ArrayBuffer {
  return new Uint8Array(data).buffer;
}

/**
 * Reads an uploaded workbook; never throws for bad input. `limits`: the kind of upload (its limits
 * are in UPLOAD_ZIP_LIMITS), or explicit limits.
 */
export async function openWorkbook(
  data: Uint8Array,
  limits: UploadKind | ZipLimits,
): Promise<OpenedWorkbook> {
  const checked = await inspectZip(data, typeof limits === 'string' ? UPLOAD_ZIP_LIMITS[limits] : limits);
  if (!checked.ok) {
    return checked.reason === 'refused'
      ? { ok: false, reason: 'tooLarge', message: checked.message }
      : { ok: false, reason: 'unreadable' };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(toArrayBuffer(data));
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  return { ok: true, workbook };
}

/** A new workbook carrying the platform's name as its author. */
export function newWorkbook(created?: Date): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'EduPlan 扩优提质行动平台';
  if (created) wb.created = created;
  return wb;
}

/** A workbook (template, export, credentials list) as .xlsx bytes. */
export async function writeWorkbook(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
