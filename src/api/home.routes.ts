/**
 * The server-rendered pages, which need no JavaScript (decision 0012): login, the forced and the
 * voluntary password change, logout, and the notice that the web app under /app/ needs
 * JavaScript. Everything else is the web app: "/" sends a logged-in account there, and the old
 * audit page address (/audit) to the app's audit page with its query string.
 *
 * The forms are plain HTML form posts. Each is passed on to the JSON API's own endpoint
 * (POST/DELETE /api/v1/session, POST /api/v1/session/password) in-process, from the caller's
 * address, so that login limits, lockout, password rules and audit rows are the API's, not a
 * second copy. What a form cannot send, this module checks before:
 * - the login form carries a one-time token that must equal the `ep_login` cookie (httpOnly,
 *   SameSite=Strict) set with the page: a form posted from another site has no such cookie;
 * - the password and logout forms carry the session's CSRF token, which the API checks exactly as
 *   it checks the X-CSRF-Token header of the web app;
 * - every form post must come from this origin (Origin, else Sec-Fetch-Site, when the browser
 *   sends them), and the Content-Security-Policy allows forms to post only here (form-action 'self').
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/app.context.ts';
import { safeEqual } from '../app/access/auth.service.ts';
import { actorOf, SESSION_COOKIE } from './auth.plugin.ts';

const SESSION_JS = readFileSync(new URL('./assets/session.js', import.meta.url), 'utf8');

/** The cookie holding the login form's one-time token. */
export const LOGIN_COOKIE = 'ep_login';
/** Form bodies are a few fields: 16 KB is plenty. */
const FORM_LIMIT = 16 * 1024;
const FORM_TYPE = 'application/x-www-form-urlencoded';

export const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0;background:#f5f6f8;color:#1f1f1f}
header{background:#003a8c;color:#fff;padding:14px 24px}
header h1{margin:0;font-size:20px}header p{margin:4px 0 0;opacity:.85;font-size:13px}
main{padding:16px 24px}.muted{color:#8c8c8c;font-size:12px}
footer{padding:12px 24px;color:#8c8c8c;font-size:12px}a{color:#0958d9}
.box{max-width:400px;margin:40px auto;background:#fff;border-radius:8px;padding:24px 28px;box-shadow:0 2px 8px rgba(0,0,0,.1)}
.box h2{margin-top:0}.box label{display:block;margin:12px 0 4px;font-size:14px}.box input{width:100%;box-sizing:border-box;padding:8px;font-size:15px;border:1px solid #d9d9d9;border-radius:4px}
.box button{margin-top:18px;width:100%;padding:9px;font-size:15px;background:#0958d9;color:#fff;border:0;border-radius:4px;cursor:pointer}
.box button.secondary{background:#fff;color:#0958d9;border:1px solid #0958d9}
.err{color:#cf1322;margin-top:12px;font-size:14px}
.notice{max-width:400px;margin:16px auto 0;background:#e6f4ff;border:1px solid #91caff;border-radius:6px;padding:10px 14px;font-size:14px}`;

function page(title: string, subtitle: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head><body>
<header><h1>EduPlan 扩优提质行动平台</h1><p>${esc(subtitle)}</p></header>
<main>${body}</main>
<footer>接口文档：<a href="/api/docs">/api/docs</a> · OpenAPI：<a href="/api/openapi.json">/api/openapi.json</a></footer>
<script src="/assets/session.js"></script>
</body></html>`;
}

const errorBlock = (id: string, message: string | null) =>
  `<div class="err" id="${id}" role="alert"${message ? '' : ' hidden'}>${message ? esc(message) : ''}</div>`;

/** The notice every server page shows: what needs JavaScript and what does not. */
const JS_NOTICE = `<div class="notice" id="js-notice"><b>网页应用需要 JavaScript。</b>驾驶舱、县区对比、学校名录、数据采集和审计日志等页面在 <a href="/app/">/app/</a>，须在浏览器中启用 JavaScript。本页的登录、修改密码和退出不需要 JavaScript。</div>`;

const PASSWORD_RULE =
  '新密码至少 8 位，含小写字母、大写字母、数字、符号中的至少 3 类，不含用户名，不能是常见密码（如 Password1、P@ssw0rd）或最近 5 次用过的密码。当前密码连续输错 5 次，账号锁定 15 分钟。';

interface FormError {
  status: number;
  message: string;
}

/** The API's error answer as one Chinese sentence: its message and each detail's. */
function apiErrorText(body: string, status: number): string {
  try {
    const e = (JSON.parse(body) as { error?: { message?: string; details?: Array<{ message?: string }> } })
      .error;
    const details = (e?.details ?? []).map((d) => d.message).filter((m): m is string => !!m);
    const message = e?.message ?? `请求失败（${status}）`;
    const extra = details.filter((d) => !message.includes(d));
    return extra.length > 0 ? `${message}：${extra.join('；')}` : message;
  } catch {
    return `请求失败（${status}）`;
  }
}

/** A posted form's fields (only the first value of a repeated name counts). */
function formOf(request: FastifyRequest): Record<string, string> {
  const body = request.body;
  return body && typeof body === 'object' && !Buffer.isBuffer(body) ? (body as Record<string, string>) : {};
}

/**
 * Whether a form post comes from one of this server's pages. Browsers send Origin on form posts,
 * but as "null" under this server's Referrer-Policy: no-referrer; current ones also send
 * Sec-Fetch-Site. A post without either (an old browser, a tool) still needs the form's token.
 */
function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== '' && origin !== 'null') {
    if (origin !== `${request.protocol}://${request.host}`) return false;
  }
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

export function homeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // Only this module's routes read form bodies (the API takes JSON and files).
    app.addContentTypeParser(FORM_TYPE, { parseAs: 'string', bodyLimit: FORM_LIMIT }, (_r, body, done) => {
      const fields: Record<string, string> = {};
      for (const [k, v] of new URLSearchParams(body as string)) if (!(k in fields)) fields[k] = v;
      done(null, fields);
    });

    /** The login page; a new one-time token (cookie and hidden field) with every rendering. */
    const loginPage = (
      reply: FastifyReply,
      request: FastifyRequest,
      error: FormError | null,
      username = '',
    ) => {
      const token = randomBytes(32).toString('base64url');
      reply.setCookie(LOGIN_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: request.protocol === 'https',
        path: '/',
      });
      reply
        .status(error?.status ?? 200)
        .type('text/html; charset=utf-8')
        .send(
          page(
            'EduPlan 扩优提质行动平台 — 登录',
            `${ctx.plan.title}（${ctx.plan.documentNumber}）`,
            `<form class="box" id="login-form" method="post" action="/login" autocomplete="on"><h2>登录</h2>
<input type="hidden" name="loginToken" value="${token}"><noscript><input type="hidden" name="noscript" value="1"></noscript>
<label for="username">用户名</label><input id="username" name="username" autocomplete="username" required maxlength="64" value="${esc(username)}">
<label for="password">密码</label><input id="password" name="password" type="password" autocomplete="current-password" required maxlength="256">
<button type="submit">登录</button>${errorBlock('login-error', error?.message ?? null)}
<p class="muted">连续 5 次密码错误，账号锁定 15 分钟。忘记密码请联系本单位管理员重置。</p></form>${JS_NOTICE}`,
          ),
        );
      return reply;
    };

    /** The logged-in account's page: who, the password change (forced or not), logout. */
    const accountPage = (
      reply: FastifyReply,
      request: FastifyRequest,
      error: FormError | null,
      notice: string | null = null,
    ) => {
      const auth = request.auth!;
      const forced = auth.account.mustChangePassword;
      reply
        .status(error?.status ?? 200)
        .type('text/html; charset=utf-8')
        .send(
          page(
            `EduPlan 扩优提质行动平台 — ${forced ? '修改密码' : '本人账号'}`,
            forced
              ? '首次登录或密码已被重置：请先修改密码'
              : `${ctx.plan.title}（${ctx.plan.documentNumber}）`,
            `<div class="box" id="account"><h2>${esc(auth.account.displayName)}</h2>
<p id="account-who">用户名 ${esc(auth.account.username)} · ${esc(auth.role.name)}</p>
${forced ? '<p><b>首次登录或密码已被重置，请先修改密码。</b></p>' : '<p><a id="open-app" href="/app/">打开网页应用（需要 JavaScript）</a></p>'}
<form id="logout-form" method="post" action="/logout"><input type="hidden" name="csrfToken" value="${esc(auth.csrfToken)}"><button type="submit" id="logout" class="secondary">退出登录</button></form></div>
<form class="box" id="password-form" method="post" action="/password"><h2>修改密码</h2>
<input type="hidden" name="csrfToken" value="${esc(auth.csrfToken)}">
<p class="muted">${PASSWORD_RULE}</p>
<label for="currentPassword">当前密码</label><input id="currentPassword" name="currentPassword" type="password" autocomplete="current-password" required maxlength="256">
<label for="newPassword">新密码</label><input id="newPassword" name="newPassword" type="password" autocomplete="new-password" required maxlength="256">
<label for="confirmPassword">再次输入新密码</label><input id="confirmPassword" name="confirmPassword" type="password" autocomplete="new-password" required maxlength="256">
<button type="submit">修改密码</button>${errorBlock('password-error', error?.message ?? null)}${notice ? `<p id="password-done" role="status">${esc(notice)}</p>` : ''}</form>${JS_NOTICE}`,
          ),
        );
      return reply;
    };

    /** A form post from another site (or a stale page): refused, recorded, the page shown again. */
    const refuseForeign = async (request: FastifyRequest, what: string) => {
      await ctx.audit.record(actorOf(request), {
        action: 'access.denied',
        outcome: 'denied',
        targetType: 'route',
        targetId: `POST ${request.routeOptions.url ?? ''}`,
        detail: `表单${what}：来源不是本站或缺少有效的防伪令牌`,
      });
      return { status: 403, message: '页面已过期或请求不是从本站发出：请刷新页面后重试' };
    };

    /** Calls the JSON API in-process as the caller (same address, browser, session cookie). */
    const callApi = (
      request: FastifyRequest,
      method: 'POST' | 'DELETE',
      url: string,
      payload: Record<string, string> | undefined,
      csrf?: string,
    ) => {
      const cookie = request.cookies[SESSION_COOKIE];
      return app.inject({
        method,
        url,
        remoteAddress: request.ip,
        headers: {
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...(request.headers['user-agent'] ? { 'user-agent': request.headers['user-agent'] } : {}),
          ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}),
          ...(csrf !== undefined ? { 'x-csrf-token': csrf } : {}),
        },
        ...(payload ? { payload: JSON.stringify(payload) } : {}),
      });
    };

    app.get(
      '/assets/session.js',
      { schema: { hide: true }, config: { access: { public: true } } },
      async (_r, reply) => {
        reply.type('text/javascript; charset=utf-8').header('Cache-Control', 'no-cache');
        return SESSION_JS;
      },
    );

    app.get(
      '/favicon.ico',
      { schema: { hide: true }, config: { access: { public: true } } },
      async (_r, reply) => reply.status(204).header('Cache-Control', 'max-age=86400').send(),
    );

    // The login page; a logged-in account goes to the web app (which asks for a forced change).
    app.get('/', { schema: { hide: true }, config: { access: { public: true } } }, async (request, reply) => {
      if (request.auth) return reply.redirect('/app/');
      return loginPage(reply, request, null);
    });

    app.post(
      '/login',
      { schema: { hide: true }, config: { access: { public: true } } },
      async (request, reply) => {
        const form = formOf(request);
        const username = typeof form.username === 'string' ? form.username.slice(0, 64) : '';
        const cookieToken = request.cookies[LOGIN_COOKIE];
        if (
          !sameOrigin(request) ||
          typeof form.loginToken !== 'string' ||
          !cookieToken ||
          !safeEqual(form.loginToken, cookieToken)
        ) {
          return loginPage(reply, request, await refuseForeign(request, '登录'), username);
        }
        if (!username.trim()) return loginPage(reply, request, { status: 400, message: '请输入用户名' });
        if (!form.password)
          return loginPage(reply, request, { status: 400, message: '请输入密码' }, username);
        const res = await callApi(request, 'POST', '/api/v1/session', {
          username,
          password: form.password,
        });
        if (res.statusCode !== 200) {
          const retry = res.headers['retry-after'];
          if (typeof retry === 'string') reply.header('Retry-After', retry);
          return loginPage(
            reply,
            request,
            { status: res.statusCode, message: apiErrorText(res.body, res.statusCode) },
            username,
          );
        }
        const setCookie = res.headers['set-cookie'];
        if (setCookie) reply.header('set-cookie', setCookie);
        reply.clearCookie(LOGIN_COOKIE, { path: '/' });
        const session = JSON.parse(res.body) as { mustChangePassword: boolean };
        // Without JavaScript (the form's <noscript> field) the web app cannot run: the account page.
        return reply.redirect(
          form.noscript === '1' || session.mustChangePassword ? '/account' : '/app/',
          303,
        );
      },
    );

    app.get(
      '/account',
      { schema: { hide: true }, config: { access: { public: true } } },
      async (request, reply) => {
        if (!request.auth) return reply.redirect('/');
        const changed = (request.query as { changed?: unknown }).changed === '1';
        return accountPage(reply, request, null, changed ? '密码已修改。' : null);
      },
    );

    app.post(
      '/password',
      { schema: { hide: true }, config: { access: { public: true } } },
      async (request, reply) => {
        if (!request.auth) return reply.redirect('/', 303);
        const form = formOf(request);
        if (!sameOrigin(request) || typeof form.csrfToken !== 'string') {
          return accountPage(reply, request, await refuseForeign(request, '修改密码'));
        }
        if (!form.currentPassword)
          return accountPage(reply, request, { status: 400, message: '请输入当前密码' });
        if (!form.newPassword) return accountPage(reply, request, { status: 400, message: '请输入新密码' });
        if (form.newPassword !== form.confirmPassword) {
          return accountPage(reply, request, { status: 400, message: '两次输入的新密码不一致' });
        }
        const res = await callApi(
          request,
          'POST',
          '/api/v1/session/password',
          { currentPassword: form.currentPassword, newPassword: form.newPassword },
          form.csrfToken,
        );
        if (res.statusCode !== 200) {
          // A wrong current password may have ended the session (lockout): then the login page.
          const session = request.cookies[SESSION_COOKIE];
          if (!session || !(await ctx.auth.authenticate(session))) return reply.redirect('/', 303);
          return accountPage(reply, request, {
            status: res.statusCode,
            message: apiErrorText(res.body, res.statusCode),
          });
        }
        return reply.redirect('/account?changed=1', 303);
      },
    );

    app.post(
      '/logout',
      { schema: { hide: true }, config: { access: { public: true } } },
      async (request, reply) => {
        if (!request.auth) return reply.redirect('/', 303);
        const form = formOf(request);
        if (!sameOrigin(request) || typeof form.csrfToken !== 'string') {
          return accountPage(reply, request, await refuseForeign(request, '退出'));
        }
        const res = await callApi(request, 'DELETE', '/api/v1/session', undefined, form.csrfToken);
        if (res.statusCode !== 200) {
          return accountPage(reply, request, {
            status: res.statusCode,
            message: apiErrorText(res.body, res.statusCode),
          });
        }
        const setCookie = res.headers['set-cookie'];
        if (setCookie) reply.header('set-cookie', setCookie);
        return reply.redirect('/', 303);
      },
    );

    // The audit log is the web app's page now; old links and bookmarks keep their search.
    app.get(
      '/audit',
      { schema: { hide: true }, config: { access: { public: true } } },
      async (request, reply) => {
        const at = request.url.indexOf('?');
        return reply.redirect(at >= 0 ? `/app/audit${request.url.slice(at)}` : '/app/audit');
      },
    );
  };
}
