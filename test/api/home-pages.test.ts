/**
 * The server-rendered pages (decision 0012) through app.inject(): the plain-HTML login form and
 * its protections (one-time token bound to a SameSite=Strict cookie, same-origin check), the
 * errors in Chinese on the page, the API's login limits applying to it, the password change and
 * logout forms, and the redirects of "/" and "/audit" into the web app.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { createTestAccounts, login, TEST_PASSWORD } from '../support/accounts.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

const FORM = 'application/x-www-form-urlencoded';
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe('server-rendered pages', () => {
  let ctx: AppContext;
  let app: FastifyInstance;

  beforeAll(async () => {
    const database = await testBackends()[0]!.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    ctx = createAppContextFrom(database, { ...loadPlan(), orgCode: '999900' });
    // Three failures per user name: the limit of the JSON login must hold for the form too.
    app = await buildApp(ctx, { loginLimits: { failuresPerIp: 100, failuresPerUser: 3, windowMs: 60_000 } });
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  /** The login page's token and cookie, as a browser gets them. */
  async function loginPage() {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'ep_login')!;
    const token = /name="loginToken" value="([^"]+)"/.exec(res.body)![1]!;
    return { res, cookie, token };
  }

  async function postLogin(
    fields: Record<string, string>,
    opts: { cookie?: string | null; origin?: string | null; site?: string } = {},
  ) {
    const page = await loginPage();
    const cookie = opts.cookie === undefined ? `ep_login=${page.cookie.value}` : opts.cookie;
    return app.inject({
      method: 'POST',
      url: '/login',
      headers: {
        'content-type': FORM,
        ...(cookie ? { cookie } : {}),
        ...(opts.origin === null ? {} : { origin: opts.origin ?? 'http://localhost:80' }),
        ...(opts.site ? { 'sec-fetch-site': opts.site } : {}),
      },
      payload: form({ loginToken: page.token, ...fields }),
    });
  }

  it('serves a login form that submits without JavaScript, with a notice on what needs it', async () => {
    const { res, cookie, token } = await loginPage();
    expect(res.body).toContain('<form class="box" id="login-form" method="post" action="/login"');
    expect(res.body).not.toMatch(/<button[^>]*disabled/);
    expect(res.body).toContain('网页应用需要 JavaScript');
    expect(token.length).toBeGreaterThanOrEqual(40);
    expect(cookie.value).toBe(token);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  });

  it('logs in by a form post: sets the session cookie and redirects to the web app', async () => {
    const res = await postLogin({ username: 'county1', password: TEST_PASSWORD });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/app/');
    const session = res.cookies.find((c) => c.name === 'ep_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    // The cookie is a working session.
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { cookie: `ep_session=${session.value}` },
    });
    expect(me.json().account.username).toBe('county1');
    // The one-time login token is spent.
    expect(res.cookies.find((c) => c.name === 'ep_login')?.value).toBe('');
  });

  it('sends a browser without JavaScript to the account page instead of the blank web app', async () => {
    const res = await postLogin({ username: 'county1', password: TEST_PASSWORD, noscript: '1' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/account');
    const cookie = `ep_session=${res.cookies.find((c) => c.name === 'ep_session')!.value}`;
    const account = await app.inject({ method: 'GET', url: '/account', headers: { cookie } });
    expect(account.statusCode).toBe(200);
    expect(account.body).toContain('用户名 county1');
    expect(account.body).toContain('id="logout-form"');
    expect(account.body).toContain('id="password-form"');
  });

  it('shows a wrong password in Chinese on the page, keeping the user name', async () => {
    const res = await postLogin({ username: 'county2', password: 'Wrong#Pass1' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('用户名或密码错误');
    expect(res.body).toContain('value="county2"');
    expect(res.cookies.find((c) => c.name === 'ep_session')).toBeUndefined();
  });

  it('applies the JSON login’s limit per user name to the form', async () => {
    for (let i = 0; i < 3; i++)
      expect((await postLogin({ username: 'finance', password: 'Wrong#Pass1' })).statusCode).toBe(401);
    const limited = await postLogin({ username: 'finance', password: TEST_PASSWORD });
    expect(limited.statusCode).toBe(429);
    expect(limited.body).toContain('登录尝试过于频繁');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses a form post without the page’s token or from another site, and records it', async () => {
    const noCookie = await postLogin({ username: 'citystaff', password: TEST_PASSWORD }, { cookie: null });
    expect(noCookie.statusCode).toBe(403);
    expect(noCookie.body).toContain('页面已过期或请求不是从本站发出');
    const otherCookie = await postLogin(
      { username: 'citystaff', password: TEST_PASSWORD },
      { cookie: 'ep_login=forged-token-of-another-page' },
    );
    expect(otherCookie.statusCode).toBe(403);
    const foreign = await postLogin(
      { username: 'citystaff', password: TEST_PASSWORD },
      { origin: 'https://evil.example' },
    );
    expect(foreign.statusCode).toBe(403);
    // Chromium sends "Origin: null" under Referrer-Policy: no-referrer; then Sec-Fetch-Site decides.
    const crossSite = await postLogin(
      { username: 'citystaff', password: TEST_PASSWORD },
      { origin: 'null', site: 'cross-site' },
    );
    expect(crossSite.statusCode).toBe(403);
    for (const r of [noCookie, otherCookie, foreign, crossSite])
      expect(r.cookies.find((c) => c.name === 'ep_session')).toBeUndefined();
    const denied = await ctx.audit.search({ action: 'access.denied', page: 1, pageSize: 50 });
    expect(denied.items.filter((e) => e.targetId === 'POST /login')).toHaveLength(4);
    // The same page's post, as Chromium sends it, passes.
    const chromium = await postLogin(
      { username: 'citystaff', password: TEST_PASSWORD },
      { origin: 'null', site: 'same-origin' },
    );
    expect(chromium.statusCode).toBe(303);
  });

  it('asks for a user name in Chinese', async () => {
    const res = await postLogin({ username: '  ', password: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('请输入用户名');
  });

  it('redirects "/" of a logged-in account to the web app, and /audit to the app’s audit page', async () => {
    const s = await login(app, 'citystaff');
    const home = await app.inject({ method: 'GET', url: '/', headers: { cookie: s.cookie } });
    expect(home.statusCode).toBe(302);
    expect(home.headers.location).toBe('/app/');
    const audit = await app.inject({ method: 'GET', url: '/audit?action=login&outcome=failure&page=2' });
    expect(audit.statusCode).toBe(302);
    expect(audit.headers.location).toBe('/app/audit?action=login&outcome=failure&page=2');
    const bare = await app.inject({ method: 'GET', url: '/audit' });
    expect(bare.headers.location).toBe('/app/audit');
  });

  it('changes the forced password and logs out by form posts carrying the session’s token', async () => {
    const s = await login(app, 'newbie');
    const headers = { cookie: s.cookie, 'content-type': FORM, origin: 'http://localhost:80' };
    const page = await app.inject({ method: 'GET', url: '/account', headers: { cookie: s.cookie } });
    expect(page.body).toContain('请先修改密码');
    expect(page.body).toContain(`name="csrfToken" value="${s.csrf}"`);
    // A wrong token is refused by the API's CSRF check, the page says so.
    const forged = await app.inject({
      method: 'POST',
      url: '/password',
      headers,
      payload: form({
        csrfToken: 'x'.repeat(43),
        currentPassword: TEST_PASSWORD,
        newPassword: 'Form#Pass2026',
        confirmPassword: 'Form#Pass2026',
      }),
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.body).toContain('防伪令牌');
    const mismatch = await app.inject({
      method: 'POST',
      url: '/password',
      headers,
      payload: form({
        csrfToken: s.csrf,
        currentPassword: TEST_PASSWORD,
        newPassword: 'Form#Pass2026',
        confirmPassword: 'Form#Pass2027',
      }),
    });
    expect(mismatch.body).toContain('两次输入的新密码不一致');
    const weak = await app.inject({
      method: 'POST',
      url: '/password',
      headers,
      payload: form({
        csrfToken: s.csrf,
        currentPassword: TEST_PASSWORD,
        newPassword: 'short',
        confirmPassword: 'short',
      }),
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.body).toContain('密码至少 8 个字符');
    const ok = await app.inject({
      method: 'POST',
      url: '/password',
      headers,
      payload: form({
        csrfToken: s.csrf,
        currentPassword: TEST_PASSWORD,
        newPassword: 'Form#Pass2026',
        confirmPassword: 'Form#Pass2026',
      }),
    });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/account?changed=1');
    const me = await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: s.cookie } });
    expect(me.json().mustChangePassword).toBe(false);
    const out = await app.inject({
      method: 'POST',
      url: '/logout',
      headers,
      payload: form({ csrfToken: s.csrf }),
    });
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe('/');
    const after = await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: s.cookie } });
    expect(after.statusCode).toBe(401);
  });
});
