import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/app.context.ts';
import { AppError, type ErrorDetail } from '../app/app-error.ts';
import { actorOf } from './auth.plugin.ts';

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

/** One error format for every failure: `{ error: { code, message, details } }`. */
export function registerErrorHandling(app: FastifyInstance, ctx: AppContext): void {
  app.setErrorHandler(async (err: FastifyError | AppError | Error, request, reply) => {
    if (err instanceof AppError) {
      if (err.outOfScope && request.auth) {
        await ctx.audit.record(actorOf(request), {
          action: 'access.denied',
          outcome: 'denied',
          targetType: err.outOfScope.targetType,
          targetId: err.outOfScope.targetId,
          detail: `超出管理范围：${request.method} ${request.url.split('?')[0]}`,
        });
      }
      return reply
        .status(err.status)
        .send({ error: { code: err.code, message: err.message, details: err.details } });
    }
    const db = dbErrorSummary(err);
    if (db?.code === '23505') {
      // A unique key taken by a parallel request (e.g. two administrators creating one user name).
      return reply.status(409).send({
        error: {
          code: 'CONFLICT',
          message: '数据已存在（可能刚被其他人同时提交），请刷新后重试',
          details: [],
        },
      });
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
      return reply.status(400).send({
        error: {
          code: 'VALIDATION_FAILED',
          message: first ? `请求参数有误：${first.field} ${first.message}` : '请求参数有误',
          details,
        },
      });
    }
    const fe = err as FastifyError;
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      // Over the route's size limit: nothing was read, so nothing was written.
      const mb = Math.max(1, Math.round((request.routeOptions.bodyLimit ?? 1024 * 1024) / 1024 / 1024));
      const hint = request.routeOptions.config.uploadHint;
      return reply.status(413).send({
        error: {
          code: 'PAYLOAD_TOO_LARGE',
          message: hint
            ? `文件超过 ${mb} MB 的上限，未导入任何数据；${hint}`
            : `请求内容超过 ${mb} MB 的上限，未作任何修改`,
          details: [{ field: 'body', message: `${hint ? '上传文件' : '请求内容'}不能超过 ${mb} MB` }],
        },
      });
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply.status(fe.statusCode).send({
        error: { code: 'BAD_REQUEST', message: `请求无法处理（${fe.code ?? fe.statusCode}）`, details: [] },
      });
    }
    // Database errors carry their query parameters (hashes, tokens): log the code only.
    if (db) request.log.error({ db, route: request.routeOptions.url }, 'database error');
    else request.log.error({ err }, 'unhandled error');
    return reply.status(500).send({
      error: { code: 'INTERNAL_ERROR', message: '服务器内部错误，请稍后重试或联系管理员', details: [] },
    });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: {
        code: 'NOT_FOUND',
        message: `接口不存在：${request.method} ${request.url.split('?')[0]}`,
        details: [],
      },
    }),
  );
}
