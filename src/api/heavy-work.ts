/**
 * Heavy work (Excel imports and previews, exports, template and credential downloads, standards
 * evaluations) is bounded per process and per account (issue 12): a route declares
 * `config: { heavy: 'import' | 'export' | 'bulkReview' | 'evaluation' }` and its handler then runs only with a
 * slot of the process's WorkLimiter (src/app/shared/work-limiter.ts).
 *
 * The slot is taken after every hook (the session check of auth.plugin.ts included, so the
 * account is known; body parsing and validation too) and right before the handler, and given
 * back exactly once when the handler has finished — answered, failed, or its client gone: a
 * client that disconnects does not free the slot while the work it started still runs. A request
 * whose client goes away while it waits leaves the queue.
 *
 * Answers: 429 WORK_IN_PROGRESS when the account already has its share running or waiting; 503
 * SERVER_BUSY with Retry-After when every slot is taken and the queue is full, or the wait timed
 * out. Both in the one error format.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import { AppError } from '../app/app-error.ts';
import { WorkLimiter, type WorkLimits } from '../app/shared/work-limiter.ts';

/** What a heavy route does (all kinds share the same slots). */
export type HeavyWork = 'import' | 'export' | 'bulkReview' | 'evaluation';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Runs only with a heavy-work slot (src/api/heavy-work.ts). */
    heavy?: HeavyWork;
  }
}

export interface HeavyWorkOptions extends Partial<WorkLimits> {
  /** Seconds in the Retry-After header of a 503 (default 10). */
  retryAfterSeconds?: number;
}

export const DEFAULT_RETRY_AFTER_SECONDS = 10;

/** The account of the request (the session's), or its address when there is no session. */
function holderOf(request: FastifyRequest): string {
  return request.auth ? `account:${request.auth.account.id}` : `ip:${request.ip}`;
}

/** Aborted when the client goes away before the response is complete. */
function clientGone(reply: FastifyReply): { signal: AbortSignal; stop: () => void } {
  const controller = new AbortController();
  const onClose = () => {
    if (!reply.raw.writableFinished) controller.abort();
  };
  reply.raw.once('close', onClose);
  return { signal: controller.signal, stop: () => reply.raw.off('close', onClose) };
}

/**
 * Applies the limits to every route registered after this call whose `config.heavy` is set. Call
 * it on the root instance after the session check (registerAuth) and before the routes.
 */
export function registerHeavyWorkLimits(app: FastifyInstance, options: HeavyWorkOptions = {}): WorkLimiter {
  const { retryAfterSeconds = DEFAULT_RETRY_AFTER_SECONDS, ...limits } = options;
  if (!Number.isInteger(retryAfterSeconds) || retryAfterSeconds < 1) {
    throw new Error(`invalid retryAfterSeconds: ${retryAfterSeconds}`);
  }
  const limiter = new WorkLimiter(limits);
  const { maxPerAccount, maxRunning, maxWaitMs } = limiter.limits;

  const refuse = (
    reason: 'account' | 'busy' | 'timeout' | 'aborted',
    holder: string,
    reply: FastifyReply,
  ) => {
    if (reason === 'account') {
      const n = limiter.activeFor(holder);
      return new AppError(
        'WORK_IN_PROGRESS',
        `您已有 ${n} 项导入、导出、批量审核等大批量任务正在进行，请等它完成后再试`,
        [
          {
            field: 'account',
            value: n,
            message: `每个账号同时最多进行 ${maxPerAccount} 项导入、导出、批量审核等大批量任务`,
          },
        ],
      );
    }
    reply.header('Retry-After', String(retryAfterSeconds));
    const detail = {
      field: 'server',
      value: limiter.running,
      message: `同时最多进行 ${maxRunning} 项导入、导出、批量审核等大批量任务，排队最多 ${limiter.limits.maxQueued} 项、${Math.ceil(maxWaitMs / 1000)} 秒`,
    };
    const message =
      reason === 'timeout'
        ? `服务器正忙：排队等待超过 ${Math.ceil(maxWaitMs / 1000)} 秒仍未轮到，请 ${retryAfterSeconds} 秒后再试`
        : `服务器正忙：导入、导出、批量审核等大批量任务已满，请 ${retryAfterSeconds} 秒后再试`;
    return new AppError('SERVER_BUSY', message, [detail]);
  };

  app.addHook('onRoute', (route) => {
    if (!route.config?.heavy) return;
    const handler = route.handler as RouteHandlerMethod;
    route.handler = async function heavyWork(this: FastifyInstance, request, reply) {
      const holder = holderOf(request);
      const gone = clientGone(reply);
      const admission = await limiter.acquire(holder, gone.signal);
      gone.stop();
      if (!admission.ok) throw refuse(admission.reason, holder, reply);
      try {
        return await handler.call(this, request, reply);
      } finally {
        admission.release();
      }
    };
  });
  return limiter;
}
