/** Exact response schemas of the evidence routes, proven equal to the use case's type (schema-match.ts). */
import { z } from 'zod';
import type { EvidenceFile } from '../../app/evidence/evidence.service.ts';
import { EVIDENCE_KINDS } from '../../domain/evidence/evidence.types.ts';
import { datasetNoticeSchema, errorResponses, errorSchema } from '../api.schema.ts';
import { assertSchemaMatches } from '../schema-match.ts';

export const evidenceFileSchema = z
  .object({
    id: z.string().describe('佐证材料编号（UUID）'),
    fileName: z.string().describe('上传时的文件名'),
    mediaType: z.string().describe('按内容识别的类型（不取自文件名或请求）'),
    kind: z.enum(EVIDENCE_KINDS).describe('pdf：PDF 文档；image：图片；word：Word 文档；excel：Excel 表格'),
    size: z.number().int().describe('字节数'),
    sha256: z.string().describe('内容的 SHA-256（十六进制小写），相同内容只存一份'),
    orgCode: z.string().describe('材料所属单位（县市区或乡镇街道）代码'),
    uploadedAt: z.string().describe('上传时间（ISO 8601）'),
    uploadedBy: z.string().describe('上传人用户名'),
  })
  .meta({ id: 'EvidenceFile', description: '一份佐证材料' });

export const evidenceAnswerSchema = z.object({ file: evidenceFileSchema, dataset: datasetNoticeSchema });

/** The answers of the upload: 201 with the stored file, or the uniform errors (413 over the limit). */
export const uploadResponses = {
  201: evidenceAnswerSchema,
  ...errorResponses,
  413: errorSchema.describe('文件超过大小上限（EVIDENCE_TOO_LARGE）'),
};

assertSchemaMatches<typeof evidenceFileSchema, EvidenceFile>(true);
