/**
 * Authentication and authorisation for every route, server side:
 * - each route declares its access in `config.access` (public, any logged-in account, or a
 *   permission); a route without a declaration makes the app refuse to start (fail closed);
 * - the session comes from the httpOnly, SameSite=Strict `ep_session` cookie;
 * - state-changing requests must carry the session's CSRF token in `X-CSRF-Token`;
 * - an account that must change its password can do nothing else until it has;
 * - org scope is checked by the use cases (out-of-scope records answer 404).
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app/app.context.ts';
import { AppError } from '../app/app-error.ts';
import { safeEqual, type SessionContext } from '../app/access/auth.service.ts';
import type { Actor } from '../app/access/audit.service.ts';
import type { Caller } from '../app/access/caller.ts';
import type { Permission } from '../domain/access/access.types.ts';

export type RouteAccess =
  { public: true } | { authenticated: true; duringPasswordChange?: boolean } | { permission: Permission };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** An upload route: what to do with a file over its `bodyLimit` (e.g. 请按县区或学校分批导入). */
    uploadHint?: string;
  }
  interface FastifyRequest {
    auth: SessionContext | null;
  }
}

export const SESSION_COOKIE = 'ep_session';

export interface RouteInfo {
  method: string;
  url: string;
  access: RouteAccess;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Routes served by plugins that carry no data (the API documentation). */
const isDocsRoute = (url: string) => url === '/api/docs' || url.startsWith('/api/docs/');

export function actorOf(request: FastifyRequest): Actor {
  return request.auth
    ? { id: request.auth.account.id, username: request.auth.account.username, ip: request.ip }
    : { id: null, username: 'anonymous', ip: request.ip };
}

/** The caller of the request's use case: who, within which scope, with which permissions. */
export function callerOf(request: FastifyRequest): Caller {
  const session = sessionOf(request);
  return { actor: actorOf(request), scope: session.account.scope, permissions: session.permissions };
}

/** The caller's session, for routes that require one (the hook has already checked it). */
export function sessionOf(request: FastifyRequest): SessionContext {
  if (!request.auth) throw new AppError('UNAUTHENTICATED', '请先登录');
  return request.auth;
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: '/',
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: '/',
  });
}

export async function registerAuth(app: FastifyInstance, ctx: AppContext): Promise<RouteInfo[]> {
  await app.register(cookie);
  app.decorateRequest('auth', null);
  const routes: RouteInfo[] = [];

  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (isDocsRoute(route.url)) return;
    const access = route.config?.access;
    if (!access) {
      throw new Error(`路由 ${methods.join(',')} ${route.url} 没有声明访问权限（config.access）`);
    }
    for (const m of methods) if (m !== 'HEAD') routes.push({ method: m, url: route.url, access });
  });

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.auth = token ? await ctx.auth.authenticate(token) : null;
    const url = request.routeOptions.url;
    if (url === undefined || isDocsRoute(url)) return; // not found, or documentation
    const access = request.routeOptions.config.access;
    if (!access) throw new AppError('FORBIDDEN', '没有访问权限');
    if ('public' in access) return;
    const auth = request.auth;
    if (!auth) throw new AppError('UNAUTHENTICATED', '请先登录（会话不存在或已过期）');
    if (STATE_CHANGING.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, auth.csrfToken)) {
        await ctx.audit.record(actorOf(request), {
          action: 'access.denied',
          outcome: 'denied',
          targetType: 'route',
          targetId: `${request.method} ${url}`,
          detail: '缺少或错误的防伪令牌（CSRF）',
        });
        throw new AppError('CSRF_FAILED', '请求缺少有效的防伪令牌（X-CSRF-Token），请刷新页面后重试');
      }
    }
    const duringChange = 'authenticated' in access && access.duringPasswordChange === true;
    if (auth.account.mustChangePassword && !duringChange) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', '首次登录或密码重置后，请先修改密码');
    }
    if ('permission' in access && !auth.permissions.has(access.permission)) {
      await ctx.audit.record(actorOf(request), {
        action: 'access.denied',
        outcome: 'denied',
        targetType: 'route',
        targetId: `${request.method} ${url}`,
        detail: `缺少权限 ${access.permission}`,
      });
      throw new AppError('FORBIDDEN', `您的角色（${auth.role.name}）没有此操作的权限`);
    }
  });

  return routes;
}
