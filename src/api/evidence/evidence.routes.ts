/**
 * Evidence files (佐证材料): upload as the raw request body (streamed into the store, never held
 * whole; the size limit is config/evidence.yaml's, not Fastify's body limit), download as an
 * attachment that no browser runs, and a file's description.
 */
import { z } from 'zod';
import { AppError } from '../../app/app-error.ts';
import { EVIDENCE_FORMATS } from '../../domain/evidence/evidence.sniff.ts';
import { ORG_CODE_PATTERN } from '../../domain/registry/registry.types.ts';
import { responses } from '../api.schema.ts';
import { defineApiArea } from '../area.ts';
import { callerOf } from '../auth.plugin.ts';
import { datasetNotice } from '../dataset-notice.ts';
import { evidenceAnswerSchema, uploadResponses } from './evidence.schema.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const idParams = z.object({ id: z.string().regex(UUID, '佐证材料编号应为 UUID（如 0b6f…-…）') });

/** The only types a download is served as: the formats accepted on upload (none runs in a browser). */
const SERVED_TYPES = new Set(EVIDENCE_FORMATS.map((f) => f.mediaType));

/** RFC 5987 value: percent-encoded UTF-8, including the characters encodeURIComponent leaves. */
const rfc5987 = (s: string) =>
  encodeURIComponent(s).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** A plain-ASCII stand-in name for clients that ignore filename* (never a quote or a path). */
const asciiName = (s: string) => s.replace(/[^\x20-\x7e]|["\\/;%]/g, '_');

/** The X-File-Name header (encodeURIComponent of the name), decoded; refused in Chinese. */
function fileNameOf(header: string | string[] | undefined): string {
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw === undefined || raw === '') {
    throw new AppError(
      'VALIDATION_FAILED',
      '请在请求头 X-File-Name 中给出文件名（encodeURIComponent 编码）',
      [{ field: 'headers.x-file-name', message: '必须给出文件名' }],
    );
  }
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new AppError(
      'VALIDATION_FAILED',
      '请求头 X-File-Name 的百分号编码无效：应为 encodeURIComponent 编码的文件名',
      [{ field: 'headers.x-file-name', value: raw.slice(0, 200), message: '百分号编码无效' }],
    );
  }
}

export const apiArea = defineApiArea({
  tag: { name: 'evidence', description: '佐证材料' },
  routes: (ctx) => async (app) => {
    // In this plugin only: every request body is left unread for the handler, which streams it
    // into the store and stops at the evidence size limit (Fastify's body limit and the
    // app-wide buffering parsers do not apply here).
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));

    app.post(
      '/evidence',
      {
        config: { access: { permission: 'evidence.upload' } },
        schema: {
          tags: ['evidence'],
          summary: `上传一份佐证材料：请求体为文件本身（Content-Type: application/octet-stream），请求头 X-File-Name 为 encodeURIComponent 编码的文件名（不超过 200 个字符，不含路径）。类型按内容检查且须与扩展名一致（PDF、PNG/JPEG/GIF/WebP 图片、Word .docx/.doc、Excel .xlsx/.xls），不超过 ${Math.round(ctx.evidence.settings.maxBytes / 1024 / 1024)} MB；相同内容只存一份。记入审计日志`,
          querystring: z.strictObject({
            org: z
              .string()
              .regex(ORG_CODE_PATTERN, '组织机构代码应为 6 位（县市区）或 9 位（乡镇街道）数字')
              .describe('材料所属单位：县市区或乡镇街道代码（须在本账号范围内）'),
          }),
          response: uploadResponses,
        },
      },
      async (request, reply) => {
        const fileName = fileNameOf(request.headers['x-file-name']);
        const length = Number(request.headers['content-length']);
        try {
          const file = await ctx.evidence.upload(callerOf(request), {
            orgCode: request.query.org,
            fileName,
            // Not destroyed when the upload stops early: the socket must still carry the refusal.
            body: request.raw.iterator({ destroyOnReturn: false }),
            ...(Number.isSafeInteger(length) && length >= 0 ? { declaredSize: length } : {}),
          });
          const dataset = datasetNotice((await ctx.data.current().view()).demo);
          return reply.code(201).send({ file, dataset });
        } catch (e) {
          // Refused before the end of the body: the rest is not read, the connection is closed.
          if (!request.raw.readableEnded) reply.header('connection', 'close');
          throw e;
        }
      },
    );

    app.get(
      '/evidence/:id',
      {
        config: { access: { permission: 'evidence.read' } },
        schema: {
          tags: ['evidence'],
          summary:
            '下载一份佐证材料（附件，Content-Disposition: attachment；类型为上传时按内容识别的类型，浏览器不会执行）。记入审计日志',
          params: idParams,
        },
        // After the app's security headers: a downloaded file may do nothing in a browser.
        onSend: async (_request, reply, payload) => {
          if (reply.statusCode === 200) reply.header('Content-Security-Policy', 'sandbox');
          return payload;
        },
      },
      async (request, reply) => {
        const { file, stream } = await ctx.evidence.open(callerOf(request), request.params.id);
        return reply
          .type(SERVED_TYPES.has(file.mediaType) ? file.mediaType : 'application/octet-stream')
          .header(
            'Content-Disposition',
            `attachment; filename="${asciiName(file.fileName)}"; filename*=UTF-8''${rfc5987(file.fileName)}`,
          )
          .header('Content-Length', String(file.size))
          .header('X-Content-Type-Options', 'nosniff')
          .header('Cache-Control', 'private, no-store')
          .send(stream);
      },
    );

    app.get(
      '/evidence/:id/info',
      {
        config: { access: { permission: 'evidence.read' } },
        schema: {
          tags: ['evidence'],
          summary: '一份佐证材料的说明：文件名、类型、大小、SHA-256、所属单位、上传人和时间（不记审计）',
          params: idParams,
          response: responses(evidenceAnswerSchema),
        },
      },
      async (request) => {
        const [file] = await ctx.evidence.describe(callerOf(request), [request.params.id]);
        return { file: file!, dataset: datasetNotice((await ctx.data.current().view()).demo) };
      },
    );
  },
});
