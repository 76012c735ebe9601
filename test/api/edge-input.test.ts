/**
 * The API's edge under attack (issue 12, items 10, 11 and 15a), on the small invented city with a
 * clock inside the 2026 autumn collection period:
 * - text PostgreSQL cannot store (a NUL, a lone UTF-16 surrogate) in a body string, a JSON key, a
 *   query or path parameter or a header is refused with 400 naming the field, before any route
 *   (it answered 500, or was stored as U+FFFD), and nothing is written;
 * - Fastify's own refusals (router, body parsers, HTTP parser, closing) answer in the one error
 *   format with a Chinese message;
 * - the API documentation has a strict Content-Security-Policy, and so does every HTML page.
 */
import { connect } from 'node:net';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { createTestAccounts, login, TEST_PASSWORD, type Login } from '../support/accounts.ts';
import { browserAvailable, CHROMIUM } from '../support/browser.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

const BASE = '/api/v1/collection/2026-autumn';
const KG = 'KA00000001';
const IN_PERIOD = () => new Date('2026-09-15T10:00:00+08:00');

/** The one error format, exactly: `{ error: { code, message, details } }`, the message in Chinese. */
function oneFormat(res: LightMyRequestResponse, status: number, code: string) {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = res.json() as { error: { code: string; message: string; details: unknown[] } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).sort()).toEqual(['code', 'details', 'message']);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/\p{Script=Han}/u);
  expect(Array.isArray(body.error.details)).toBe(true);
  return body.error as { code: string; message: string; details: Array<Record<string, unknown>> };
}

async function count(database: DatabaseHandle, table: string): Promise<number> {
  const r = (await database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))) as unknown as {
    rows: Array<{ n: number }>;
  };
  return r.rows[0]!.n;
}

/** The directives of a Content-Security-Policy header. */
function directives(csp: unknown): Map<string, string[]> {
  expect(typeof csp).toBe('string');
  return new Map(
    String(csp)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0] !== '')
      .map(([name, ...values]) => [name!, values]),
  );
}

/** A policy that allows only our own scripts, no inline script and no eval, and no framing. */
function expectStrictScripts(csp: unknown) {
  const d = directives(csp);
  expect(d.get('script-src')).toEqual(["'self'"]);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'none'"]);
  return d;
}

describe.each(testBackends())('the API edge on $name', (backend) => {
  let database: DatabaseHandle;
  let ctx: AppContext;
  let app: FastifyInstance;
  const sessions = new Map<string, Login>();
  let targetId = 0;

  beforeAll(async () => {
    database = await backend.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    ctx = createAppContextFrom(database, { ...loadPlan(), orgCode: '999900' }, { clock: IN_PERIOD });
    app = await buildApp(ctx);
    const cli = { actor: { id: null, username: 'test', ip: null }, session: null };
    await ctx.users.create(cli, {
      username: 'target1',
      displayName: '目标一',
      role: 'schoolClerk',
      scopeCode: 'KA00000003',
    });
    targetId = (await ctx.users.list(cli)).find((a) => a.username === 'target1')!.id;
    for (const u of ['clerk', 'county1', 'cityadmin', 'auditor', 'citystaff'])
      sessions.set(u, await login(app, u));

    // The clerk fills in the kindergarten's form from last year's figures and submits it, so
    // that the county has something to review.
    const opened = (await call('clerk', 'GET', `${BASE}/submissions/${KG}`)).json();
    const values = Object.fromEntries(Object.entries(opened.previous).map(([k, v]) => [k, v ?? 0]));
    const saved = await call('clerk', 'PUT', `${BASE}/submissions/${KG}`, {
      version: 0,
      values,
      explanations: { S02: '小班暂时合班上课，下学期分班后消除大班额' },
    });
    expect(saved.statusCode, saved.body.slice(0, 300)).toBe(200);
    const submitted = await call('clerk', 'POST', `${BASE}/submissions/${KG}/submit`);
    expect(submitted.json().state, submitted.body.slice(0, 300)).toBe('submitted');
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  function call(user: string | null, method: string, url: string, payload?: unknown, headers = {}) {
    const s = user ? sessions.get(user)! : null;
    return app.inject({
      method: method as 'GET',
      url,
      headers: { ...(s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {}), ...headers },
      ...(payload === undefined ? {} : { payload: payload as string }),
    });
  }
  const json = { 'content-type': 'application/json' };

  it('refuses a lone surrogate or a NUL in a review comment (body.comment), and writes nothing', async () => {
    const events = await count(database, 'submission_event');
    // A lone surrogate used to be stored as U+FFFD; a NUL was refused as a "control character".
    const surrogate = await call('county1', 'POST', `${BASE}/submissions/${KG}/review`, {
      action: 'return',
      comment: '请核对\ud800小班人数',
    });
    const e1 = oneFormat(surrogate, 400, 'VALIDATION_FAILED');
    expect(e1.message).toBe('请求参数有误：body.comment 包含无效的 Unicode 字符（单独的代理项）');
    expect(e1.details).toEqual([
      {
        field: 'body.comment',
        value: '请核对\ud800小班人数',
        message: '包含无效的 Unicode 字符（单独的代理项）',
      },
    ]);
    const nul = await call('county1', 'POST', `${BASE}/submissions/${KG}/review`, {
      action: 'return',
      comment: '请核对\u0000',
    });
    expect(oneFormat(nul, 400, 'VALIDATION_FAILED').details).toEqual([
      { field: 'body.comment', value: '请核对\u0000', message: '不能包含空字符（U+0000）' },
    ]);
    expect(await count(database, 'submission_event')).toBe(events);
    expect((await call('county1', 'GET', `${BASE}/submissions/${KG}`)).json().state).toBe('submitted');
  });

  it('refuses ?field=%00 on the history route (query.field) instead of answering 500', async () => {
    const res = await call('county1', 'GET', `${BASE}/submissions/${KG}/history?field=%00`);
    const e = oneFormat(res, 400, 'VALIDATION_FAILED');
    expect(e.details).toEqual([
      { field: 'query.field', value: '\u0000', message: '不能包含空字符（U+0000）' },
    ]);
    // A NUL in a repeated parameter or in a parameter's name is named the same way.
    const named = await call('county1', 'GET', `${BASE}/submissions/${KG}/history?field=a&field=b%00`);
    expect(oneFormat(named, 400, 'VALIDATION_FAILED').details[0]!.field).toBe('query.field');
    const key = await call('county1', 'GET', `${BASE}/submissions/${KG}/history?fi%00eld=a`);
    expect(oneFormat(key, 400, 'VALIDATION_FAILED').details).toEqual([
      { field: 'query.fi\\u0000eld', message: '键名不能包含空字符（U+0000）' },
    ]);
  });

  it('refuses a NUL in a path parameter (params.code) before the route sees it', async () => {
    const res = await call('county1', 'GET', `${BASE}/submissions/KA0000000%00`);
    expect(oneFormat(res, 400, 'VALIDATION_FAILED').details).toEqual([
      { field: 'params.code', value: 'KA0000000\u0000', message: '不能包含空字符（U+0000）' },
    ]);
    // Also in the web app's catch-all path, which has no schema of its own.
    const web = await call(null, 'GET', '/app/x%00.js');
    expect(oneFormat(web, 400, 'VALIDATION_FAILED').details[0]!.field).toBe('params.*');
  });

  it('refuses a NUL or a lone surrogate in a JSON key, at any depth, and writes nothing', async () => {
    const changes = await count(database, 'submission_value_change');
    // An explanation keyed by a rule id with a lone surrogate reached the jsonb column (500).
    const explained = await call(
      'clerk',
      'PUT',
      `${BASE}/submissions/KA00000002`,
      '{"version":0,"values":{"ENR.K1.male":12},"explanations":{"S02\\ud800":"合班上课"}}',
      json,
    );
    expect(oneFormat(explained, 400, 'VALIDATION_FAILED').details).toEqual([
      { field: 'body.explanations.S02\\uD800', message: '键名包含无效的 Unicode 字符（单独的代理项）' },
    ]);
    const nulKey = await call(
      'clerk',
      'POST',
      `${BASE}/submissions/${KG}/check`,
      '{"values":{"ENR.K1.male":1,"\\u0000":2}}',
      json,
    );
    expect(oneFormat(nulKey, 400, 'VALIDATION_FAILED').details).toEqual([
      { field: 'body.values.\\u0000', message: '键名不能包含空字符（U+0000）' },
    ]);
    expect(await count(database, 'submission_value_change')).toBe(changes);
  });

  it('refuses a lone surrogate in a display name and in standards evidence (both answered 500)', async () => {
    const accounts = await count(database, 'account');
    const inputs = await count(database, 'county_standard_input');
    const renamed = await call('cityadmin', 'PATCH', `/api/v1/users/${targetId}`, {
      displayName: '改名\udc00',
    });
    expect(oneFormat(renamed, 400, 'VALIDATION_FAILED').details[0]).toMatchObject({
      field: 'body.displayName',
      message: '包含无效的 Unicode 字符（单独的代理项）',
    });
    const created = await call('cityadmin', 'POST', '/api/v1/users', {
      username: 'surrogate1',
      displayName: '新账号\ud83d',
      role: 'schoolClerk',
      scopeCode: 'KA00000003',
    });
    expect(oneFormat(created, 400, 'VALIDATION_FAILED').details[0]!.field).toBe('body.displayName');
    const evidence = await call('county1', 'POST', '/api/v1/standards/counties/999901/inputs', {
      year: 2025,
      values: { population3to5: 1234 },
      evidence: '人口抽样调查\ud800',
    });
    expect(oneFormat(evidence, 400, 'VALIDATION_FAILED').details[0]!.field).toBe('body.evidence');
    expect(await count(database, 'account')).toBe(accounts);
    expect(await count(database, 'county_standard_input')).toBe(inputs);
    const stored = (await call('cityadmin', 'GET', `/api/v1/users/${targetId}`)).json();
    expect(stored.account.displayName).toBe('目标一');
  });

  it('refuses a NUL in the User-Agent at login (stored with the session) instead of answering 500', async () => {
    const before = await count(database, 'session');
    for (const ua of ['Mozilla/5.0\u0000', 'Mozilla/5.0 \ud800']) {
      const res = await call(
        null,
        'POST',
        '/api/v1/session',
        { username: 'citystaff', password: TEST_PASSWORD },
        {
          'user-agent': ua,
        },
      );
      expect(oneFormat(res, 400, 'VALIDATION_FAILED').details[0]!.field).toBe('headers.user-agent');
      expect(res.cookies.find((c) => c.name === 'ep_session')).toBeUndefined();
    }
    expect(await count(database, 'session')).toBe(before);
  });

  it('refuses a body nested deeper than 32 levels, unread', async () => {
    const deep = `{"values":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const res = await call('clerk', 'POST', `${BASE}/submissions/${KG}/check`, deep, json);
    const e = oneFormat(res, 400, 'VALIDATION_FAILED');
    expect(e.details).toHaveLength(1);
    expect(e.details[0]!.message).toBe('嵌套层数不能超过 32 层');
    // The field names where the nesting went too deep: body.values.a and then 30 list items.
    expect(e.details[0]!.field).toBe(`body.values.a${'.0'.repeat(30)}`);
  });

  it('answers /api/v1/users/%FF (an invalid percent-encoding) in the one format', async () => {
    const res = await call('cityadmin', 'GET', '/api/v1/users/%FF');
    const e = oneFormat(res, 400, 'VALIDATION_FAILED');
    expect(e.message).toBe(
      '请求地址有误：/api/v1/users/%FF 含有无效的百分号编码（%XX 应为 UTF-8 编码的字符）',
    );
    expect(e.details).toEqual([
      { field: 'url', value: '/api/v1/users/%FF', message: '含有无效的百分号编码' },
    ]);
    // The router answers before any hook: the security headers are still there.
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expectStrictScripts(res.headers['content-security-policy']);
    // A lone surrogate as (invalid) UTF-8 in a path parameter is the same case.
    oneFormat(await call('cityadmin', 'GET', '/api/v1/institutions/%ED%A0%80'), 400, 'VALIDATION_FAILED');
  });

  it('answers a 500-character path parameter with 414 in the one format', async () => {
    const res = await call('county1', 'GET', `${BASE}/submissions/${'K'.repeat(500)}`);
    const e = oneFormat(res, 414, 'URI_TOO_LONG');
    expect(e.message).toBe('请求地址有误：路径参数不能超过 200 个字符');
    expect(e.details).toEqual([{ field: 'params', message: '路径参数不能超过 200 个字符' }]);
  });

  it("answers Fastify's own refusals (body parsers, unknown methods, cookies) in the one format", async () => {
    const login = '/api/v1/session';
    const invalid = oneFormat(
      await call(null, 'POST', login, '{"username":', json),
      400,
      'VALIDATION_FAILED',
    );
    expect(invalid.details).toEqual([
      { field: 'body', message: '不是有效的 JSON（或含有不允许的键名 __proto__、constructor.prototype）' },
    ]);
    const polluted = await call(null, 'POST', login, '{"__proto__":{"isAdmin":true},"username":"a"}', json);
    expect(oneFormat(polluted, 400, 'VALIDATION_FAILED').details[0]!.field).toBe('body');
    const empty = oneFormat(await call('clerk', 'DELETE', login, '', json), 400, 'VALIDATION_FAILED');
    expect(empty.message).toBe(
      '请求参数有误：body 不能为空（Content-Type 为 application/json 时须有请求体；没有请求体时请不要发送 Content-Type）',
    );
    const form = await call(null, 'POST', login, 'username=a&password=b', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(oneFormat(form, 415, 'UNSUPPORTED_MEDIA_TYPE').details).toEqual([
      {
        field: 'headers.content-type',
        value: 'application/x-www-form-urlencoded',
        message: '不支持的请求体类型“application/x-www-form-urlencoded”：请以 application/json 发送',
      },
    ]);
    const upload = await call('clerk', 'POST', `${BASE}/import/preview`, '--x--', {
      'content-type': 'multipart/form-data; boundary=x',
    });
    expect(oneFormat(upload, 415, 'UNSUPPORTED_MEDIA_TYPE').message).toContain('请上传 .xlsx 文件');
    const length = await call(null, 'POST', login, '{"username":"a","password":"b"}', {
      ...json,
      'content-length': '5',
    });
    expect(oneFormat(length, 400, 'VALIDATION_FAILED').details[0]!.message).toBe(
      '长度与请求头 Content-Length 不符',
    );
    // A plugin's refusal (the static files'): a range beyond the file.
    const range = await call(null, 'GET', '/api/docs/static/swagger-ui.css', undefined, {
      range: 'bytes=999999999-',
    });
    expect(oneFormat(range, 416, 'RANGE_NOT_SATISFIABLE').message).toBe('请求头 Range 指定的范围超出了文件');
    // Unknown methods and paths, HEAD, and a malformed cookie.
    expect(oneFormat(await call(null, 'OPTIONS', '/api/v1/session'), 404, 'NOT_FOUND').message).toBe(
      '接口不存在：OPTIONS /api/v1/session',
    );
    oneFormat(await call('clerk', 'PATCH', '/api/v1/session', '{}', json), 404, 'NOT_FOUND');
    const head = await call(null, 'HEAD', '/api/v1/nothing-here');
    expect(head.statusCode).toBe(404);
    expect(head.body).toBe('');
    const cookie = await call(null, 'GET', '/api/v1/session', undefined, {
      cookie: 'ep_session=%E4%B8; =;;',
    });
    oneFormat(cookie, 401, 'UNAUTHENTICATED');
  });

  it('gives the API documentation a strict Content-Security-Policy', async () => {
    for (const url of [
      '/api/docs',
      '/api/docs/',
      '/api/docs/static/swagger-ui-bundle.js',
      '/api/docs/json',
    ]) {
      const res = await call(null, 'GET', url);
      expect(res.statusCode, url).toBe(200);
      const d = expectStrictScripts(res.headers['content-security-policy']);
      expect(d.get('default-src')).toEqual(["'none'"]);
      expect(d.get('script-src-attr')).toEqual(["'none'"]);
      expect(d.get('connect-src')).toEqual(["'self'"]);
      expect(d.get('form-action')).toEqual(["'none'"]);
      // Styles: our own files and the one inline style element (the logo's colours) by its hash.
      expect(d.get('style-src')).toEqual(["'self'", "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='"]);
    }
    // What the page loads comes from the same origin, so the policy lets the page work.
    const html = (await call(null, 'GET', '/api/docs')).body;
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(3);
    expect(refs.filter((r) => /^(?:[a-z]+:)?\/\//i.test(r))).toEqual([]);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('gives every HTML page the server renders a Content-Security-Policy', async () => {
    const pages: Array<[string | null, string]> = [
      [null, '/'], // the login page
      ['citystaff', '/account'], // the account page (password change, logout)
      [null, '/app/'], // the web app (index.html)
      [null, '/app/collection/2026-autumn'], // a deep link into it
      [null, '/api/docs'],
    ];
    for (const [user, url] of pages) {
      const res = await call(user, 'GET', url);
      if (url.startsWith('/app/') && res.statusCode === 404) continue; // web/dist not built
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/^text\/html/);
      expectStrictScripts(res.headers['content-security-policy']);
    }
  });
});

describe('the HTTP parser’s refusals', () => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let port = 0;

  beforeAll(async () => {
    const database = await testBackends()[0]!.open();
    ctx = createAppContextFrom(database, { ...loadPlan(), orgCode: '999900' });
    app = await buildApp(ctx);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  /** Sends raw bytes on a socket and reads the whole answer. */
  function raw(request: string): Promise<{ status: number; headers: string; body: string }> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(request));
      const chunks: Buffer[] = [];
      socket.on('data', (c) => chunks.push(c));
      socket.on('error', reject);
      socket.on('close', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const [head = '', body = ''] = text.split('\r\n\r\n');
        resolve({ status: Number(head.split(' ')[1]), headers: head, body });
      });
    });
  }

  it('answers 503 in the one format to a request that arrives on an open connection while the server closes', async () => {
    // A second server with a route that waits: one request is in progress when closing starts,
    // and the next one arrives on the same connection.
    const other = await buildApp(ctx);
    let entered: () => void = () => {};
    const inProgress = new Promise<void>((resolve) => (entered = resolve));
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    other.get('/api/test-wait', { config: { access: { public: true } } }, async () => {
      entered();
      await gate;
      return { ok: true };
    });
    let closingStarted: () => void = () => {};
    const preClosed = new Promise<void>((resolve) => (closingStarted = resolve));
    other.addHook('preClose', (done) => {
      closingStarted();
      done();
    });
    // The refused request's answer releases the waiting one (responses go out in order).
    other.addHook('onSend', async (request, _reply, payload) => {
      if (request.url === '/api/health') release();
      return payload;
    });
    await other.listen({ host: '127.0.0.1', port: 0 });
    const address = other.server.address();
    const otherPort = typeof address === 'object' && address ? address.port : 0;

    const socket = connect(otherPort, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    const ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write('GET /api/test-wait HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
    await inProgress;
    const closed = other.close();
    await preClosed;
    socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n');
    // Should the refusal bypass the hooks (Fastify's own 503), the waiting request is released
    // anyway, so that the test fails on the answer rather than hanging.
    const fallback = setTimeout(release, 5000);
    await ended;
    clearTimeout(fallback);
    await closed;
    const text = Buffer.concat(chunks).toString('utf8');
    const second = text.slice(text.indexOf('HTTP/1.1', 10));
    expect(second.split('\r\n')[0]).toBe('HTTP/1.1 503 Service Unavailable');
    expect(JSON.parse(second.slice(second.indexOf('\r\n\r\n') + 4))).toEqual({
      error: {
        code: 'SERVICE_UNAVAILABLE',
        message: '服务器正在停止（维护或重启），请稍后重试',
        details: [],
      },
    });
  });

  it('answers a URL over 16 KB with 431 in the one format', async () => {
    const res = await raw(`GET /api/v1/institutions?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(res.headers).toMatch(/content-type: application\/json/i);
    expect(JSON.parse(res.body)).toEqual({
      error: {
        code: 'HEADERS_TOO_LARGE',
        message: '请求地址或请求头过长（合计不能超过 16 KB）',
        details: [{ field: 'headers', message: '请求地址和请求头合计不能超过 16 KB' }],
      },
    });
  });

  it('answers a malformed request (a NUL in a header) with 400 in the one format', async () => {
    const res = await raw('GET /api/health HTTP/1.1\r\nHost: x\r\nUser-Agent: a\u0000b\r\n\r\n');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({
      error: { code: 'BAD_REQUEST', message: '请求格式有误：不是有效的 HTTP 请求', details: [] },
    });
  });
});

describe.skipIf(!browserAvailable)('the API documentation in a browser', () => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let base = '';

  beforeAll(async () => {
    const database = await testBackends()[0]!.open();
    ctx = createAppContextFrom(database, { ...loadPlan(), orgCode: '999900' });
    app = await buildApp(ctx);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  it('shows every operation under its Content-Security-Policy, with no violation', async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      // Every violation the page reports (the browser also logs it; this keeps what was blocked).
      await page.addInitScript({
        content: `window.cspViolations = [];
          document.addEventListener('securitypolicyviolation', (e) =>
            window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample));`,
      });
      const response = await page.goto(`${base}/api/docs`);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.waitForSelector('.opblock', { timeout: 30_000 });
      // One operation per route of the OpenAPI document.
      const doc = (await (await fetch(`${base}/api/openapi.json`)).json()) as {
        paths: Record<string, object>;
      };
      const operations = Object.values(doc.paths).reduce((n, p) => n + Object.keys(p).length, 0);
      expect(await page.locator('.opblock').count()).toBe(operations);
      // "Try it out" calls the API from the page (connect-src 'self').
      await page.locator('.opblock-summary').first().click();
      await page.locator('.try-out__btn').first().click();
      await page.locator('.execute').first().click();
      await page.waitForSelector('.live-responses-table', { timeout: 30_000 });
      expect(await page.evaluate('window.cspViolations')).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
