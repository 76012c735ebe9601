import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/app.context.ts';
import { AppError, type ErrorDetail } from '../app/app-error.ts';
import { actorOf } from './auth.plugin.ts';
import { XLSX_TYPE } from './file-reply.ts';

const CONTEXT_NAMES: Record<string, string> = {
  querystring: 'query',
  params: 'params',
  body: 'body',
  headers: 'headers',
};

/** `query.pageSize`, `params.code`; list items in a query parameter are named by the parameter. */
function fieldOf(instancePath: string, context: string | undefined): string {
  const segments = instancePath
    .replace(/^\//, '')
    .split('/')
    .filter((s) => s !== '');
  const where = CONTEXT_NAMES[context ?? 'body'] ?? 'body';
  const path = where === 'query' ? segments.slice(0, 1) : segments;
  return path.length > 0 ? `${where}.${path.join('.')}` : where;
}

/** What of a database error may be logged: its code and constraint, never the query parameters. */
function dbErrorSummary(err: unknown): { code?: string; constraint?: string; message?: string } | null {
  const cause = (err as { cause?: { code?: unknown; constraint?: unknown; message?: unknown } }).cause;
  if (!cause || typeof cause.code !== 'string') return null;
  return {
    code: cause.code,
    ...(typeof cause.constraint === 'string' ? { constraint: cause.constraint } : {}),
    ...(typeof cause.message === 'string' ? { message: cause.message.slice(0, 200) } : {}),
  };
}

type ErrorBody = { error: { code: string; message: string; details: ErrorDetail[] } };
const errorBody = (code: string, message: string, details: ErrorDetail[] = []): ErrorBody => ({
  error: { code, message, details },
});

const INTERNAL = errorBody('INTERNAL_ERROR', '服务器内部错误，请稍后重试或联系管理员');

/** A request's path for a message: without the query, at most 200 characters. */
const pathOf = (url: string) => {
  const p = url.split('?')[0] ?? '';
  return p.length > 200 ? `${p.slice(0, 200)}…` : p;
};

/** A wrong request body: 400 VALIDATION_FAILED naming `body`. */
const bodyError = (rule: string): ErrorBody =>
  errorBody('VALIDATION_FAILED', `请求参数有误：body ${rule}`, [{ field: 'body', message: rule }]);

/** Other refusals of the framework and its plugins (e.g. the static files'), by status. */
const BY_STATUS: Record<number, [string, string]> = {
  403: ['FORBIDDEN', '没有访问权限'],
  404: ['NOT_FOUND', '请求的资源不存在'],
  405: ['METHOD_NOT_ALLOWED', '不支持此请求方法'],
  406: ['NOT_ACCEPTABLE', '无法按请求头 Accept 要求的格式答复'],
  416: ['RANGE_NOT_SATISFIABLE', '请求头 Range 指定的范围超出了文件'],
};

/**
 * Fastify's own refusals (router, content-type parsers, size limits) in the platform's format and
 * in Chinese; null for an error that is not one of them.
 */
function frameworkAnswer(
  err: FastifyError,
  request: FastifyRequest,
): { status: number; body: ErrorBody } | null {
  switch (err.code) {
    case 'FST_ERR_BAD_URL':
      return {
        status: 400,
        body: errorBody(
          'VALIDATION_FAILED',
          `请求地址有误：${pathOf(request.url)} 含有无效的百分号编码（%XX 应为 UTF-8 编码的字符）`,
          [{ field: 'url', value: pathOf(request.url), message: '含有无效的百分号编码' }],
        ),
      };
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return {
        status: 414,
        body: errorBody('URI_TOO_LONG', `请求地址有误：路径参数不能超过 ${MAX_PARAM_LENGTH} 个字符`, [
          { field: 'params', message: `路径参数不能超过 ${MAX_PARAM_LENGTH} 个字符` },
        ]),
      };
    case 'FST_ERR_CTP_BODY_TOO_LARGE': {
      // Over the route's size limit: nothing was read, so nothing was written.
      const mb = Math.max(1, Math.round((request.routeOptions.bodyLimit ?? 1024 * 1024) / 1024 / 1024));
      const hint = request.routeOptions.config?.uploadHint;
      return {
        status: 413,
        body: errorBody(
          'PAYLOAD_TOO_LARGE',
          hint
            ? `文件超过 ${mb} MB 的上限，未导入任何数据；${hint}`
            : `请求内容超过 ${mb} MB 的上限，未作任何修改`,
          [{ field: 'body', message: `${hint ? '上传文件' : '请求内容'}不能超过 ${mb} MB` }],
        ),
      };
    }
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return {
        status: 400,
        body: bodyError('不是有效的 JSON（或含有不允许的键名 __proto__、constructor.prototype）'),
      };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        status: 400,
        body: bodyError(
          '不能为空（Content-Type 为 application/json 时须有请求体；没有请求体时请不要发送 Content-Type）',
        ),
      };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, body: bodyError('长度与请求头 Content-Length 不符') };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': {
      const type = request.headers['content-type'];
      const wanted = request.routeOptions.config?.uploadHint
        ? `请上传 .xlsx 文件（${XLSX_TYPE}）`
        : '请以 application/json 发送';
      const rule = `不支持的请求体类型${type ? `“${type.slice(0, 100)}”` : ''}：${wanted}`;
      return {
        status: 415,
        body: errorBody('UNSUPPORTED_MEDIA_TYPE', rule, [
          { field: 'headers.content-type', ...(type ? { value: type.slice(0, 100) } : {}), message: rule },
        ]),
      };
    }
    default: {
      const status = err.statusCode;
      if (!status || status < 400 || status >= 500) return null;
      const [code, message] = BY_STATUS[status] ?? ['BAD_REQUEST', `请求无法处理（${err.code ?? status}）`];
      return { status, body: errorBody(code, message) };
    }
  }
}

/**
 * Fastify's `frameworkErrors`: what the router refuses before any route is chosen (an invalid
 * percent-encoding, a path parameter over the limit), in the one format.
 */
export function frameworkErrors(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const answer = frameworkAnswer(err, request);
  if (!answer) request.log.error({ err }, 'router error');
  void reply.status(answer?.status ?? 500).send(answer?.body ?? INTERNAL);
}

/**
 * Fastify's `clientErrorHandler`: what Node's HTTP parser refuses before Fastify sees a request
 * (malformed request line or headers, headers over 16 KB — a URL too long —, a request that took
 * too long), answered on the socket in the one format.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, body] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', errorBody('REQUEST_TIMEOUT', '请求超时：请求未在规定时间内发送完毕')]
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? [
            431,
            'Request Header Fields Too Large',
            errorBody('HEADERS_TOO_LARGE', '请求地址或请求头过长（合计不能超过 16 KB）', [
              { field: 'headers', message: '请求地址和请求头合计不能超过 16 KB' },
            ]),
          ]
        : [400, 'Bad Request', errorBody('BAD_REQUEST', '请求格式有误：不是有效的 HTTP 请求')];
  const json = JSON.stringify(body);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(json)}\r\nX-Content-Type-Options: nosniff\r\n` +
        `Cache-Control: no-store\r\nConnection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy(err);
}

/** The router's limit on one path parameter (a school code has 10 characters, a period 11). */
export const MAX_PARAM_LENGTH = 200;

/** Database errors caused by text the database cannot store (NUL, lone surrogates). */
function isUnstorableText(db: { code?: string; message?: string }): boolean {
  return (
    db.code === '22021' ||
    db.code === '22P05' ||
    (db.code === '22P02' && /unicode|surrogate/i.test(db.message ?? ''))
  );
}

/** One error format for every failure: `{ error: { code, message, details } }`. */
export function registerErrorHandling(app: FastifyInstance, ctx: AppContext): void {
  app.setErrorHandler(async (err: FastifyError | AppError | Error, request, reply) => {
    try {
      return await answerError(err, request, reply);
    } catch (failure) {
      // The answer itself failed (e.g. the audit write of a refusal): still the one format.
      request.log.error({ err: failure }, 'error handler failed');
      return reply.status(500).send(INTERNAL);
    }
  });

  async function answerError(
    err: FastifyError | AppError | Error,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    if (err instanceof AppError) {
      if (err.outOfScope && request.auth) {
        // Queued, not awaited: an out-of-scope record answers as fast as a missing one (the
        // entry keeps the time of the refusal and is written right after; flushed on close).
        ctx.audit.recordSoon(actorOf(request), {
          action: 'access.denied',
          outcome: 'denied',
          targetType: err.outOfScope.targetType,
          targetId: err.outOfScope.targetId,
          detail: `超出管理范围：${request.method} ${request.url.split('?')[0]}`,
        });
      }
      return reply.status(err.status).send(errorBody(err.code, err.message, err.details));
    }
    const db = dbErrorSummary(err);
    if (db?.code === '23505') {
      // A unique key taken by a parallel request (e.g. two administrators creating one user name).
      return reply
        .status(409)
        .send(errorBody('CONFLICT', '数据已存在（可能刚被其他人同时提交），请刷新后重试'));
    }
    if (db && isUnstorableText(db)) {
      // A channel the edge check (app.ts) does not cover: still the client's input, not a fault.
      request.log.warn({ db, route: request.routeOptions.url }, 'unstorable text reached the database');
      return reply
        .status(400)
        .send(
          errorBody(
            'VALIDATION_FAILED',
            '请求参数有误：含有数据库不能保存的字符（空字符 U+0000 或单独的代理项）',
          ),
        );
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const context = err.validationContext;
      const source = (
        context === 'querystring' ? request.query : context === 'params' ? request.params : {}
      ) as Record<string, unknown> | undefined;
      const details: ErrorDetail[] = err.validation.flatMap((v): ErrorDetail[] => {
        const where = CONTEXT_NAMES[context ?? 'body'] ?? 'body';
        // An unknown parameter (often a typo): name each one.
        if (v.keyword === 'unrecognized_keys') {
          const keys = ((v.params as { keys?: string[] }).keys ?? []).slice(0, 10);
          return keys.map((k) => ({
            field: `${where}.${k}`,
            value: source?.[k],
            message: `不支持的参数“${k}”`,
          }));
        }
        const field = fieldOf(v.instancePath, context);
        const key = v.instancePath.replace(/^\//, '').split('/')[0] ?? '';
        const raw = source?.[key];
        return [{ field, ...(raw !== undefined ? { value: raw } : {}), message: v.message ?? '取值无效' }];
      });
      const first = details[0];
      return reply
        .status(400)
        .send(
          errorBody(
            'VALIDATION_FAILED',
            first ? `请求参数有误：${first.field} ${first.message}` : '请求参数有误',
            details,
          ),
        );
    }
    const answer = frameworkAnswer(err as FastifyError, request);
    if (answer) return reply.status(answer.status).send(answer.body);
    // Database errors carry their query parameters (hashes, tokens): log the code only.
    if (db) request.log.error({ db, route: request.routeOptions.url }, 'database error');
    else request.log.error({ err }, 'unhandled error');
    return reply.status(500).send(INTERNAL);
  }

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send(errorBody('NOT_FOUND', `接口不存在：${request.method} ${pathOf(request.url)}`)),
  );

  // While the server closes, requests still arriving on open connections are refused in the one
  // format (Fastify's own 503 is switched off in app.ts: return503OnClosing).
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (closing) {
      return reply
        .status(503)
        .header('Connection', 'close')
        .send(errorBody('SERVICE_UNAVAILABLE', '服务器正在停止（维护或重启），请稍后重试'));
    }
  });
}
