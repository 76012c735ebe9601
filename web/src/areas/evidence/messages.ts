/** The UI text of the evidence files (佐证材料): zh-CN first, English second; the type demands both. */
import type { AreaMessageTable } from '../area';

export const zhCN = {
  'evidence.choose': '选择佐证材料',
  'evidence.uploading': '正在上传 {name}…',
  'evidence.uploaded': '已上传 {name}',
  'evidence.failed': '{name} 未上传：{reason}',
  'evidence.accept':
    '可上传 PDF、图片（PNG、JPEG、GIF、WebP）、Word（.docx、.doc）和 Excel（.xlsx、.xls），按内容检查类型',
  'evidence.remove': '移除',
  'evidence.download': '下载',
  'evidence.empty': '没有佐证材料',
  'evidence.kind.pdf': 'PDF',
  'evidence.kind.image': '图片',
  'evidence.kind.word': 'Word',
  'evidence.kind.excel': 'Excel',
  'evidence.uploadedBy': '{user} 上传于 {at}',
} as const;

export const en: Record<keyof typeof zhCN, string> = {
  'evidence.choose': 'Choose evidence files',
  'evidence.uploading': 'Uploading {name}…',
  'evidence.uploaded': '{name} uploaded',
  'evidence.failed': '{name} was not uploaded: {reason}',
  'evidence.accept':
    'PDF, images (PNG, JPEG, GIF, WebP), Word (.docx, .doc) and Excel (.xlsx, .xls); the type is checked by content',
  'evidence.remove': 'Remove',
  'evidence.download': 'Download',
  'evidence.empty': 'No evidence files',
  'evidence.kind.pdf': 'PDF',
  'evidence.kind.image': 'Image',
  'evidence.kind.word': 'Word',
  'evidence.kind.excel': 'Excel',
  'evidence.uploadedBy': 'Uploaded by {user} on {at}',
};

export const messages: AreaMessageTable<keyof typeof zhCN> = { 'zh-CN': zhCN, en };

declare module '../../i18n/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys to MessageKey
  interface AreaMessages extends Record<keyof typeof zhCN, string> {}
}
