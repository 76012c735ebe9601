/** Evidence files (佐证材料): what a stored file is, as every area sees it. */

/** The four kinds of evidence the platform accepts (PDF, images, Word, Excel). */
export const EVIDENCE_KINDS = ['pdf', 'image', 'word', 'excel'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  pdf: 'PDF 文档',
  image: '图片',
  word: 'Word 文档',
  excel: 'Excel 表格',
};

/** One uploaded file: its name as uploaded, its checked type, the unit it belongs to. */
export interface EvidenceFile {
  /** uuid. */
  id: string;
  fileName: string;
  /** The media type found by content (never taken from the name or the request). */
  mediaType: string;
  kind: EvidenceKind;
  /** Bytes. */
  size: number;
  /** SHA-256 of the content, lower-case hex (the content's address). */
  sha256: string;
  /** The unit it belongs to: a county or township code. */
  orgCode: string;
  /** ISO 8601 instant. */
  uploadedAt: string;
  /** Username of the uploader. */
  uploadedBy: string;
}

/** The bytes of a stored file come in chunks of this size (the last one shorter). */
export const EVIDENCE_CHUNK_BYTES = 1024 * 1024;

/** Longest file name accepted (characters). */
export const MAX_FILE_NAME_LENGTH = 200;
