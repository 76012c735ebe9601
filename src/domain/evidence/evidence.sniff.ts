/**
 * What a file is, by its content (magic bytes), never by its name: the formats evidence may have,
 * the name's extension that each needs, and the words for everything else a file might be (so a
 * refusal says what the file really is: "扩展名 .pdf，但内容是 Windows 可执行程序"). Word and Excel
 * files of Office 2007+ are zip files whose [Content_Types].xml names the main part; that last step
 * is `classifyOfficeZip` (the caller reads the zip, see zip-directory.ts).
 */
import type { EvidenceKind } from './evidence.types.ts';

export type FormatId = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'docx' | 'xlsx' | 'doc' | 'xls';

export interface EvidenceFormat {
  id: FormatId;
  kind: EvidenceKind;
  mediaType: string;
  /** Lower-case extensions without the dot; the first is the usual one. */
  extensions: readonly string[];
  label: string;
  /** What the first bytes are: a plain signature, a zip (OOXML), or an OLE compound file. */
  container: 'plain' | 'zip' | 'ole';
}

export const EVIDENCE_FORMATS: readonly EvidenceFormat[] = [
  {
    id: 'pdf',
    kind: 'pdf',
    mediaType: 'application/pdf',
    extensions: ['pdf'],
    label: 'PDF 文档',
    container: 'plain',
  },
  {
    id: 'png',
    kind: 'image',
    mediaType: 'image/png',
    extensions: ['png'],
    label: 'PNG 图片',
    container: 'plain',
  },
  {
    id: 'jpeg',
    kind: 'image',
    mediaType: 'image/jpeg',
    extensions: ['jpg', 'jpeg'],
    label: 'JPEG 图片',
    container: 'plain',
  },
  {
    id: 'gif',
    kind: 'image',
    mediaType: 'image/gif',
    extensions: ['gif'],
    label: 'GIF 图片',
    container: 'plain',
  },
  {
    id: 'webp',
    kind: 'image',
    mediaType: 'image/webp',
    extensions: ['webp'],
    label: 'WebP 图片',
    container: 'plain',
  },
  {
    id: 'docx',
    kind: 'word',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'Word 文档（.docx）',
    container: 'zip',
  },
  {
    id: 'xlsx',
    kind: 'excel',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'Excel 表格（.xlsx）',
    container: 'zip',
  },
  {
    id: 'doc',
    kind: 'word',
    mediaType: 'application/msword',
    extensions: ['doc'],
    label: 'Word 97–2003 文档（.doc）',
    container: 'ole',
  },
  {
    id: 'xls',
    kind: 'excel',
    mediaType: 'application/vnd.ms-excel',
    extensions: ['xls'],
    label: 'Excel 97–2003 表格（.xls）',
    container: 'ole',
  },
];

/** The accepted types in words, for the refusal of an unknown extension. */
export const ACCEPTED_TYPES_TEXT =
  'PDF（.pdf）、图片（.png、.jpg、.jpeg、.gif、.webp）、Word（.docx、.doc）和 Excel（.xlsx、.xls）';

/** Bytes of the file's start that `identifyHead` looks at (it needs no more). */
export const HEAD_BYTES = 512;

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) =>
  b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The lower-case extension of a file name ('' when it has none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 || dot === fileName.length - 1 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export function formatByExtension(ext: string): EvidenceFormat | null {
  return EVIDENCE_FORMATS.find((f) => f.extensions.includes(ext)) ?? null;
}

/** What a file's first bytes say it is. */
export type HeadId =
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'webp'
  | 'zip'
  | 'ole'
  | 'exe'
  | 'elf'
  | 'macho'
  | 'rar'
  | '7z'
  | 'gzip'
  | 'bmp'
  | 'tiff'
  | 'rtf'
  | 'html'
  | 'svg'
  | 'xml'
  | 'script'
  | 'text'
  | 'unknown';

/** What each head is, in words (the "what it is" of a refusal). */
export const HEAD_LABELS: Record<HeadId, string> = {
  pdf: 'PDF 文档',
  png: 'PNG 图片',
  jpeg: 'JPEG 图片',
  gif: 'GIF 图片',
  webp: 'WebP 图片',
  zip: 'ZIP 压缩文件',
  ole: '旧版 Office 文件（Word 97–2003 .doc 或 Excel 97–2003 .xls 格式）',
  exe: 'Windows 可执行程序（EXE/DLL）',
  elf: 'Linux 可执行程序（ELF）',
  macho: 'macOS 可执行程序（Mach-O）',
  rar: 'RAR 压缩文件',
  '7z': '7z 压缩文件',
  gzip: 'gzip 压缩文件',
  bmp: 'BMP 图片（请另存为 PNG 或 JPEG）',
  tiff: 'TIFF 图片（请另存为 PNG 或 JPEG）',
  rtf: 'RTF 文档（请另存为 .docx 或 PDF）',
  html: 'HTML 网页',
  svg: 'SVG 矢量图（可含脚本，不接受）',
  xml: 'XML 文件',
  script: '脚本文件',
  text: '纯文本文件',
  unknown: '无法识别类型的文件',
};

/** Text (after an optional BOM and white space) that starts with `prefix`, case-insensitive. */
function textStart(b: Uint8Array): string {
  let i = startsWith(b, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < b.length && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
  let s = '';
  for (let j = i; j < Math.min(b.length, i + 256); j++) s += String.fromCharCode(b[j]!);
  return s.toLowerCase();
}

function looksLikeText(b: Uint8Array): boolean {
  if (b.length === 0) return false;
  for (const x of b) {
    if (x === 0) return false;
    if (x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0d && x !== 0x0c) return false;
  }
  return true;
}

/** What the first bytes (up to HEAD_BYTES; fewer only when the file is shorter) are. */
export function identifyHead(head: Uint8Array): HeadId {
  if (startsWith(head, ascii('%PDF-'))) return 'pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return 'gif';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(head, ascii('MZ'))) return 'exe';
  if (startsWith(head, [0x7f, 0x45, 0x4c, 0x46])) return 'elf';
  if (
    startsWith(head, [0xfe, 0xed, 0xfa, 0xce]) ||
    startsWith(head, [0xfe, 0xed, 0xfa, 0xcf]) ||
    startsWith(head, [0xce, 0xfa, 0xed, 0xfe]) ||
    startsWith(head, [0xcf, 0xfa, 0xed, 0xfe]) ||
    startsWith(head, [0xca, 0xfe, 0xba, 0xbe])
  )
    return 'macho';
  if (startsWith(head, ascii('Rar!\x1a\x07'))) return 'rar';
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
  if (startsWith(head, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(head, ascii('II*\0')) || startsWith(head, ascii('MM\0*'))) return 'tiff';
  if (startsWith(head, ascii('{\\rtf'))) return 'rtf';
  if (startsWith(head, ascii('BM')) && head.length >= 14) return 'bmp';
  const text = textStart(head);
  if (text.startsWith('#!')) return 'script';
  if (/^<(!doctype html|html|head|body|script|iframe|meta|!--)/.test(text)) return 'html';
  if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg'))) return 'svg';
  if (text.startsWith('<?xml')) return 'xml';
  if (looksLikeText(head)) return 'text';
  return 'unknown';
}

/** What the head must be for a format. */
function headFits(format: EvidenceFormat, head: HeadId): boolean {
  if (format.container === 'zip') return head === 'zip';
  if (format.container === 'ole') return head === 'ole';
  return head === format.id;
}

export type HeadVerdict =
  | {
      ok: true;
      format: EvidenceFormat;
      /** The zip's [Content_Types].xml must still be read. */ needsZip: boolean;
    }
  | { ok: false; claims: EvidenceFormat | null; is: HeadId; message: string };

/**
 * Whether the name's extension and the first bytes agree. `fileName` as uploaded (for the
 * message); `head` the first HEAD_BYTES (or the whole file when shorter, never empty).
 */
export function checkHead(fileName: string, head: Uint8Array): HeadVerdict {
  const ext = extensionOf(fileName);
  const claims = formatByExtension(ext);
  const is = identifyHead(head);
  if (!claims) {
    return {
      ok: false,
      claims: null,
      is,
      message: `文件“${fileName}”的${ext ? `扩展名 .${ext}` : '名称没有扩展名'}，不是可上传的佐证材料类型（内容为${HEAD_LABELS[is]}）：只接受 ${ACCEPTED_TYPES_TEXT}`,
    };
  }
  if (!headFits(claims, is)) return mismatch(fileName, ext, claims, HEAD_LABELS[is], is);
  return { ok: true, format: claims, needsZip: claims.container === 'zip' };
}

function mismatch(
  fileName: string,
  ext: string,
  claims: EvidenceFormat,
  isLabel: string,
  is: HeadId,
): Extract<HeadVerdict, { ok: false }> {
  return {
    ok: false,
    claims,
    is,
    message: `文件“${fileName}”的扩展名是 .${ext}（${claims.label}），但内容是${isLabel}：文件类型按内容检查，请上传真实的${claims.label}`,
  };
}

/** What a zip is, by the content types of its parts ([Content_Types].xml). */
export type OfficeZip = 'docx' | 'xlsx' | 'docm' | 'xlsm' | 'pptx' | 'otherOoxml' | 'plainZip';

export const OFFICE_ZIP_LABELS: Record<Exclude<OfficeZip, 'docx' | 'xlsx'>, string> = {
  docm: '启用宏的 Word 文档（.docm，含宏，不接受）',
  xlsm: '启用宏的 Excel 表格（.xlsm，含宏，不接受）',
  pptx: 'PowerPoint 演示文稿（.pptx）',
  otherOoxml: '其他 Office Open XML 文件',
  plainZip: 'ZIP 压缩文件',
};

/**
 * The kind of an OOXML package from its [Content_Types].xml (null: the zip has none — a plain
 * zip). The main part's content type decides: Word's document.main, Excel's sheet.main; the
 * macro-enabled variants are refused (a macro is a program).
 */
export function classifyOfficeZip(contentTypes: string | null): OfficeZip {
  if (contentTypes === null) return 'plainZip';
  const x = contentTypes.toLowerCase();
  if (x.includes('application/vnd.ms-word.document.macroenabled.main+xml') || x.includes('vbaproject'))
    return x.includes('spreadsheetml') || x.includes('ms-excel') ? 'xlsm' : 'docm';
  if (x.includes('application/vnd.ms-excel.sheet.macroenabled.main+xml')) return 'xlsm';
  if (x.includes('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'))
    return 'docx';
  if (x.includes('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')) return 'xlsx';
  if (x.includes('presentationml')) return 'pptx';
  return 'otherOoxml';
}

/** The final check of a zip-based format: the package must be what the extension says. */
export function checkOfficeZip(
  fileName: string,
  claims: EvidenceFormat,
  found: OfficeZip,
): { ok: true } | { ok: false; message: string } {
  if (found === claims.id) return { ok: true };
  const label =
    found === 'docx' || found === 'xlsx'
      ? EVIDENCE_FORMATS.find((f) => f.id === found)!.label
      : OFFICE_ZIP_LABELS[found];
  const is: HeadId = 'zip';
  const { message } = mismatch(fileName, extensionOf(fileName), claims, label, is);
  return { ok: false, message };
}

/**
 * A file name fit to store and to offer for download: the problem in Chinese, or null. No path
 * (a slash or backslash), no control characters, at most `maxLength` characters, not only dots.
 */
export function fileNameProblem(fileName: string, maxLength: number): string | null {
  if (fileName.trim() === '') return '文件名不能为空';
  if ([...fileName].length > maxLength) return `文件名不能超过 ${maxLength} 个字符`;
  if (/[/\\]/.test(fileName)) return '文件名不能含有路径分隔符（/ 或 \\）';
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(fileName)) return '文件名不能含有控制字符';
  if (/^\.+$/.test(fileName.trim())) return '文件名不能只由点组成';
  return null;
}
