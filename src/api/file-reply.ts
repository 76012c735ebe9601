/**
 * Files over HTTP, one way for every area: an .xlsx answer saved under its Chinese name, and an
 * uploaded .xlsx taken from the raw request body (the content-type parser in app.ts keeps it as
 * bytes; its size limit is the route's `bodyLimit`).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../app/app-error.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An .xlsx file as the answer, saved by the browser under `fileName` (UTF-8, RFC 6266). */
export function sendXlsxFile(reply: FastifyReply, file: { fileName: string; file: Buffer }): Buffer {
  reply
    .type(XLSX_TYPE)
    .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  return file.file;
}

/** The uploaded file's bytes; a request without a file body is refused in Chinese. */
export function uploadedFile(request: FastifyRequest, what = 'Excel 文件'): Buffer {
  if (!Buffer.isBuffer(request.body)) {
    throw new AppError('IMPORT_REJECTED', `请以 ${XLSX_TYPE} 上传 ${what}的内容`, [
      { field: 'body', message: '请求体应为 .xlsx 文件' },
    ]);
  }
  return request.body;
}
