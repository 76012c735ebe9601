/**
 * Generated authorisation test: every route the app registers × every role (and anonymous) ×
 * (a record inside the caller's scope, one outside it). Expected answers are derived from
 * config/roles.yaml, not from the code: no account → 401; a role without the route's permission
 * → 403; with it, inside the scope → allowed; outside → 404, as if the record did not exist.
 * A new route without an entry in SAMPLES fails the test.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadRoles } from '../../src/app/access/roles.loader.ts';
import { loadCollectionCatalog } from '../../src/app/collection/catalog.loader.ts';
import { buildTemplate } from '../../src/app/collection/workbook.template.ts';
import { writeWorkbook } from '../../src/app/shared/xlsx/xlsx.file.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import type { Scope } from '../../src/domain/access/access.types.ts';
import { createTestAccounts, login, TEST_ACCOUNTS, type Login } from '../support/accounts.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

import { countyOf, get, inScopeOrg, type AreaSamples, type Pick, type Sample } from '../support/authz.ts';

type Caller = { username: string; scope: Scope } | null;

const IN_COUNTY: Record<string, Pick> = {
  '999900': { institution: 'KB00000001', org: '999902', clerkAccount: 'target2', clerkScope: 'KB00000002' },
  '999901': {
    institution: 'KA00000002',
    org: '999901001',
    clerkAccount: 'target1',
    clerkScope: 'KA00000003',
  },
  '999902': { institution: 'KB00000001', org: '999902', clerkAccount: 'target2', clerkScope: 'KB00000002' },
};
const OUT_COUNTY: Record<string, Pick | null> = {
  '999900': null, // the city scope has no outside
  '999901': IN_COUNTY['999902']!,
  '999902': IN_COUNTY['999901']!,
};

function picks(scope: Scope): { inside: Pick | null; outside: Pick | null } {
  if (scope.kind === 'institution') {
    // A school clerk: its own school inside; everything else outside.
    return {
      inside: { institution: scope.institutionCode, org: '', clerkAccount: '', clerkScope: '' },
      outside: {
        institution: 'KA00000002',
        org: '999901',
        clerkAccount: 'target1',
        clerkScope: 'KA00000003',
      },
    };
  }
  return { inside: IN_COUNTY[scope.orgCode]!, outside: OUT_COUNTY[scope.orgCode] ?? null };
}

let unique = 0;
async function xlsx(scopeCode: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('账号');
  ws.addRow(['用户名', '姓名', '角色', '所属单位代码']);
  ws.addRow([`imp${++unique}`, '导入', '学校填报员', scopeCode]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A 2026 autumn kindergarten template (all sample schools are kindergartens) with one change. */
const collectionCatalog = loadCollectionCatalog();
/** A row that keeps the form's hard rules (one class holding the K1 boys), so only scope and workflow refuse it. */
const sampleValues = (n: number) => ({ 'ENR.K1.male': n, 'CLASS_SIZES.K1': [n] });
async function collectionXlsx(code: string): Promise<Buffer> {
  const c = collectionCatalog;
  const wb = buildTemplate(
    c,
    c.periods.find((x) => x.id === '2026-autumn')!,
    c.forms.find((f) => f.id === 'AUTUMN-KG')!,
    [{ code, name: code, values: sampleValues(++unique) }],
  );
  return writeWorkbook(wb);
}
const collectionUpload = async (path: string, code: string): Promise<InjectOptions> => ({
  method: 'POST',
  url: `/api/v1/collection/2026-autumn/import/${path}`,
  headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  payload: await collectionXlsx(code),
});

const SAMPLES: Record<string, Sample> = {
  'GET /': { request: () => get('/'), unscoped: true, okStatus: [200, 302] },
  'GET /favicon.ico': { request: () => get('/favicon.ico'), unscoped: true },
  'GET /assets/session.js': { request: () => get('/assets/session.js'), unscoped: true },
  'GET /api/health': { request: () => get('/api/health'), unscoped: true },
  // The web app's files are public (the data behind them is not). A missing file answers 404
  // whether or not web/dist has been built, so the answer does not depend on the build.
  'GET /app': { request: () => get('/app'), unscoped: true, okStatus: [302] },
  'GET /app/*': { request: () => get('/app/assets/missing-file.js'), unscoped: true, okStatus: [404] },
  'GET /api/openapi.json': { request: () => get('/api/openapi.json'), unscoped: true },
  'GET /api/v1/plan': { request: () => get('/api/v1/plan'), unscoped: true },
  'POST /api/v1/session': {
    // Wrong credentials: a public route still answers 401 for bad credentials, never 403.
    request: () => ({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username: `nobody${++unique}`, password: 'x' },
    }),
    okStatus: [401],
  },
  'GET /api/v1/session': { request: () => get('/api/v1/session') },
  'DELETE /api/v1/session': {
    request: () => ({ method: 'DELETE', url: '/api/v1/session' }),
    freshSession: true,
  },
  'POST /api/v1/session/password': {
    // A wrong current password proves the request got past authorisation without changing anything.
    request: () => ({
      method: 'POST',
      url: '/api/v1/session/password',
      payload: { currentPassword: 'not-it', newPassword: 'Another#Pass2026' },
    }),
    okStatus: [400],
    unscoped: true,
  },
  'GET /api/v1/geo/counties': { request: () => get('/api/v1/geo/counties'), unscoped: true },
  'GET /api/v1/org-units': {
    request: () => get('/api/v1/org-units'),
    unscoped: true,
    check: (b, scope) => (b.tree.code === countyOf(scope) ? null : `tree root ${b.tree.code}`),
  },
  'GET /api/v1/institutions': {
    request: (p) => (p.org ? get(`/api/v1/institutions?org=${p.org}`) : get('/api/v1/institutions')),
    check: (b, scope) => {
      const out = b.items.filter((i: any) =>
        scope.kind === 'institution' ? i.code !== scope.institutionCode : !inScopeOrg(i.townshipCode, scope),
      );
      return out.length === 0
        ? null
        : `institutions outside the scope: ${out.map((i: any) => i.code).join(',')}`;
    },
  },
  'GET /api/v1/institutions/:code': { request: (p) => get(`/api/v1/institutions/${p.institution}`) },
  'GET /api/v1/standing/:institution': { request: (p) => get(`/api/v1/standing/${p.institution}`) },
  'GET /api/v1/targets': { request: (p) => (p.org ? get(`/api/v1/targets?org=${p.org}`) : null) },
  'GET /api/v1/targets/scorecard': {
    request: () => get('/api/v1/targets/scorecard'),
    unscoped: true,
    check: (b, scope) => {
      const out = b.figures.filter((f: any) => !inScopeOrg(f.orgCode, scope));
      return out.length === 0 && b.figures.length > 0 ? null : `${out.length} figures outside the scope`;
    },
  },
  'GET /api/v1/targets/:targetId/why': {
    request: (p) => (p.org ? get(`/api/v1/targets/T1/why?org=${p.org}`) : null),
  },
  'GET /api/v1/targets/:targetId/breakdown': {
    request: (p) => (p.org ? get(`/api/v1/targets/T1/breakdown?org=${p.org}&by=institution`) : null),
  },
  'GET /api/v1/users': {
    request: () => get('/api/v1/users'),
    unscoped: true,
    check: (b, scope) => {
      // A county's accounts are anchored at the county, its townships or its schools (codes KA/KB… by county).
      const county = countyOf(scope);
      const schoolsOf: Record<string, string> = { '999901': 'KA', '999902': 'KB' };
      const out = b.items.filter((a: any) => {
        if (county === '999900') return false;
        const code = a.scope.orgCode ?? a.scope.institutionCode;
        return !(code.startsWith(county) || code.startsWith(schoolsOf[county]!));
      });
      return out.length === 0
        ? null
        : `accounts outside the scope: ${out.map((a: any) => a.username).join(',')}`;
    },
  },
  'GET /api/v1/users/import-template': {
    request: () => get('/api/v1/users/import-template'),
    unscoped: true,
  },
  'GET /api/v1/users/:id': {
    request: (p, ids) => (p.clerkAccount ? get(`/api/v1/users/${ids.get(p.clerkAccount)}`) : null),
  },
  'POST /api/v1/users': {
    request: (p) =>
      p.clerkScope
        ? {
            method: 'POST',
            url: '/api/v1/users',
            payload: {
              username: `new${++unique}`,
              displayName: '新账号',
              role: 'schoolClerk',
              scopeCode: p.clerkScope,
            },
          }
        : null,
    // Creating an account for a unit outside one's scope is refused as invalid input.
    outsideStatus: 400,
  },
  'PATCH /api/v1/users/:id': {
    request: (p, ids) =>
      p.clerkAccount
        ? {
            method: 'PATCH',
            url: `/api/v1/users/${ids.get(p.clerkAccount)}`,
            payload: { displayName: `改名${++unique}` },
          }
        : null,
  },
  'POST /api/v1/users/:id/password-reset': {
    request: (p, ids) =>
      p.clerkAccount
        ? { method: 'POST', url: `/api/v1/users/${ids.get(p.clerkAccount)}/password-reset` }
        : null,
  },
  'POST /api/v1/users/import': {
    request: async (p): Promise<InjectOptions | null> =>
      p.clerkScope
        ? {
            method: 'POST',
            url: '/api/v1/users/import',
            headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
            payload: await xlsx(p.clerkScope),
          }
        : null,
    outsideStatus: 400,
  },
  'GET /api/v1/audit': { request: () => get('/api/v1/audit'), unscoped: true },
  'POST /api/v1/audit/verify': {
    request: () => ({ method: 'POST', url: '/api/v1/audit/verify', payload: {} }),
    unscoped: true,
  },
  'GET /api/v1/collection/periods': { request: () => get('/api/v1/collection/periods'), unscoped: true },
  'GET /api/v1/collection/:period/completeness': {
    request: () => get('/api/v1/collection/2026-autumn/completeness'),
    unscoped: true,
    check: (b, scope) => {
      const out = b.schools.filter((x: any) =>
        scope.kind === 'institution' ? x.code !== scope.institutionCode : !inScopeOrg(x.townshipCode, scope),
      );
      return out.length === 0 && b.schools.length > 0 ? null : `${out.length} schools outside the scope`;
    },
  },
  'GET /api/v1/collection/:period/submissions/:code': {
    request: (p) => get(`/api/v1/collection/2026-autumn/submissions/${p.institution}`),
  },
  'GET /api/v1/collection/:period/submissions/:code/history': {
    request: (p) => get(`/api/v1/collection/2026-autumn/submissions/${p.institution}/history`),
  },
  // The test clock is real time: the 2026 autumn period has closed (31 October), so an allowed
  // caller inside its scope gets past authorisation to the workflow's refusal (409), never 403.
  'PUT /api/v1/collection/:period/submissions/:code': {
    request: (p) => ({
      method: 'PUT',
      url: `/api/v1/collection/2026-autumn/submissions/${p.institution}`,
      payload: { version: 0, values: {} },
    }),
    okStatus: [200, 409],
  },
  'POST /api/v1/collection/:period/submissions/:code/submit': {
    request: (p) => ({
      method: 'POST',
      url: `/api/v1/collection/2026-autumn/submissions/${p.institution}/submit`,
    }),
    okStatus: [409],
  },
  // Live validation writes nothing and does not depend on the period being open.
  'POST /api/v1/collection/:period/submissions/:code/check': {
    request: (p) => ({
      method: 'POST',
      url: `/api/v1/collection/2026-autumn/submissions/${p.institution}/check`,
      payload: { values: {} },
    }),
  },
  'POST /api/v1/collection/:period/submissions/:code/review': {
    request: (p) => ({
      method: 'POST',
      url: `/api/v1/collection/2026-autumn/submissions/${p.institution}/review`,
      payload: { action: 'approve' },
    }),
    okStatus: [409],
  },
  // Bulk review names no school: each school of the caller's scope is checked in the service; a
  // school outside it is reported as not found in the per-school results (tested in integration).
  'POST /api/v1/collection/:period/review/bulk': {
    request: () => ({
      method: 'POST',
      url: '/api/v1/collection/2026-autumn/review/bulk',
      payload: { action: 'approve' },
    }),
    unscoped: true,
    check: (b) => (b.done === 0 && b.refused === 0 ? null : `unexpected results ${JSON.stringify(b)}`),
  },
  'POST /api/v1/collection/:period/review/bulk/preview': {
    request: () => ({
      method: 'POST',
      url: '/api/v1/collection/2026-autumn/review/bulk/preview',
      payload: { action: 'approve' },
    }),
    unscoped: true,
  },
  'POST /api/v1/collection/:period/decide/bulk/preview': {
    request: () => ({
      method: 'POST',
      url: '/api/v1/collection/2026-autumn/decide/bulk/preview',
      payload: { action: 'approve' },
    }),
    unscoped: true,
  },
  'POST /api/v1/collection/:period/decide/bulk': {
    request: () => ({
      method: 'POST',
      url: '/api/v1/collection/2026-autumn/decide/bulk',
      payload: { action: 'approve' },
    }),
    unscoped: true,
  },
  'POST /api/v1/collection/:period/submissions/:code/decide': {
    request: (p) => ({
      method: 'POST',
      url: `/api/v1/collection/2026-autumn/submissions/${p.institution}/decide`,
      payload: { action: 'approve' },
    }),
    okStatus: [409],
  },
  'GET /api/v1/collection/:period/template': {
    request: (p) =>
      get(`/api/v1/collection/2026-autumn/template?form=AUTUMN-KG${p.org ? `&org=${p.org}` : ''}`),
  },
  // The preview reads the file and lists every problem (an outside school's row is one of them,
  // answered like an unknown code and audited); it writes nothing.
  'GET /api/v1/collection/:period/export': {
    request: (p) => get(`/api/v1/collection/2026-autumn/export${p.org ? `?org=${p.org}` : ''}`),
  },
  'POST /api/v1/collection/:period/import/preview': {
    request: (p) => collectionUpload('preview', p.institution),
    outsideStatus: 200,
  },
  // The problem list of the same upload: an outside school is listed by its code, never its name.
  'POST /api/v1/collection/:period/import/problems': {
    request: (p) => collectionUpload('problems', p.institution),
    outsideStatus: 200,
  },
  // The period has closed (real-time clock): inside, the workflow refuses (409), or the file's
  // own rules do first when the school's saved values make the row break one (400, the closed
  // period named among the problems); an outside school's row is refused as invalid input (400).
  'POST /api/v1/collection/:period/import/commit': {
    request: (p) => collectionUpload('commit', p.institution),
    okStatus: [400, 409],
    outsideStatus: 400,
  },
  'POST /api/v1/collection/:period/import/county-commit': {
    request: (p) => collectionUpload('county-commit', p.institution),
    okStatus: [400, 409],
    outsideStatus: 400,
  },
  'GET /api/v1/standards/rule-packs': { request: () => get('/api/v1/standards/rule-packs'), unscoped: true },
  'GET /api/v1/standards': {
    request: () => get('/api/v1/standards'),
    unscoped: true,
    check: (b, scope) => {
      const out = b.counties.filter((c: any) => !inScopeOrg(c.countyCode, scope));
      if (out.length > 0 || b.counties.length === 0) return `${out.length} counties outside the scope`;
      // T4 is a city figure: only city-wide callers get it.
      return (countyOf(scope) === '999900') === (b.t4 !== null) ? null : `t4 ${JSON.stringify(b.t4)}`;
    },
  },
  'GET /api/v1/standards/counties/:county': {
    request: (p) => (p.org ? get(`/api/v1/standards/counties/${p.org.slice(0, 6)}`) : null),
  },
  'GET /api/v1/standards/counties/:county/gap': {
    request: (p) => (p.org ? get(`/api/v1/standards/counties/${p.org.slice(0, 6)}/gap`) : null),
  },
  'GET /api/v1/standards/counties/:county/records': {
    request: (p) => (p.org ? get(`/api/v1/standards/counties/${p.org.slice(0, 6)}/records`) : null),
  },
  'POST /api/v1/standards/counties/:county/inputs': {
    request: (p) =>
      p.org
        ? {
            method: 'POST',
            url: `/api/v1/standards/counties/${p.org.slice(0, 6)}/inputs`,
            payload: {
              year: 2025,
              values: { population3to5: 1000 + ++unique },
              evidence: '2025 年人口抽样调查',
            },
          }
        : null,
  },
  'POST /api/v1/standards/counties/:county/judgements': {
    request: (p) =>
      p.org
        ? {
            method: 'POST',
            url: `/api/v1/standards/counties/${p.org.slice(0, 6)}/judgements`,
            payload: { year: 2025, itemId: 'CB-G01', met: true, evidence: '县域学校布局规划（2023—2035）' },
          }
        : null,
  },
  'GET /audit': { request: () => get('/audit'), unscoped: true, okStatus: [302] },
  'POST /login': {
    request: () => ({
      method: 'POST',
      url: '/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    }),
    unscoped: true,
    okStatus: [403],
  },
  'GET /account': { request: () => get('/account'), unscoped: true, okStatus: [200, 302] },
  'POST /password': {
    request: () => ({
      method: 'POST',
      url: '/password',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    }),
    unscoped: true,
    okStatus: [303, 403],
  },
  'POST /logout': {
    request: () => ({
      method: 'POST',
      url: '/logout',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    }),
    unscoped: true,
    okStatus: [303, 403],
  },
};

/** Each area's samples from test/api/authz-samples/<area>.samples.ts. */
const AREA_SAMPLES: AreaSamples[] = [];
const SAMPLE_DIR = join(import.meta.dirname, 'authz-samples');
for (const file of readdirSync(SAMPLE_DIR)
  .filter((f) => f.endsWith('.samples.ts'))
  .sort()) {
  const area = ((await import(join(SAMPLE_DIR, file))) as { default: AreaSamples }).default;
  for (const key of Object.keys(area.samples))
    if (key in SAMPLES) throw new Error(`${file}: ${key} has a sample already`);
  Object.assign(SAMPLES, area.samples);
  AREA_SAMPLES.push(area);
}

const roles = loadRoles();

describe.each(testBackends())('authorisation matrix on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  const sessions = new Map<string, Login>();
  const ids = new Map<string, number>();

  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    ctx = createAppContextFrom(database, { ...loadPlan(), orgCode: '999900' });
    // Generous login limits: this test logs in hundreds of times from one address.
    app = await buildApp(ctx, {
      loginLimits: { failuresPerIp: 10_000, failuresPerUser: 10_000, windowMs: 1000 },
    });
    const cli = { actor: { id: null, username: 'test', ip: null }, session: null };
    await ctx.users.create(cli, {
      username: 'target1',
      displayName: '目标一',
      role: 'schoolClerk',
      scopeCode: 'KA00000003',
    });
    await ctx.users.create(cli, {
      username: 'target2',
      displayName: '目标二',
      role: 'schoolClerk',
      scopeCode: 'KB00000002',
    });
    for (const a of await ctx.users.list(cli)) ids.set(a.username, a.id);
    for (const area of AREA_SAMPLES) await area.setup?.(ctx, app);
    for (const a of TEST_ACCOUNTS) if (!a.mustChange) sessions.set(a.username, await login(app, a.username));
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  it('has a sample for every route the app serves', () => {
    const routes = app.eduplanRoutes.map((r) => `${r.method} ${r.url}`);
    expect(routes.filter((r) => !(r in SAMPLES))).toEqual([]);
    expect(Object.keys(SAMPLES).filter((k) => !routes.includes(k))).toEqual([]);
  });

  const callers: Caller[] = [
    null,
    ...TEST_ACCOUNTS.filter((a) => !a.mustChange).map((a) => ({ username: a.username, scope: a.scope })),
  ];

  it.each(callers.map((c) => [c?.username ?? 'anonymous', c] as const))(
    'answers every route correctly for %s',
    async (_name, caller) => {
      const failures: string[] = [];
      for (const route of app.eduplanRoutes) {
        const key = `${route.method} ${route.url}`;
        const sample = SAMPLES[key]!;
        const role = caller
          ? roles.get(TEST_ACCOUNTS.find((a) => a.username === caller.username)!.role)!
          : null;
        const allowed =
          'public' in route.access ||
          (caller !== null &&
            ('authenticated' in route.access || role!.permissions.includes(route.access.permission)));
        const { inside, outside } = caller ? picks(caller.scope) : picks({ kind: 'org', orgCode: '999900' });
        for (const [where, pick] of [
          ['inside', inside],
          ['outside', outside],
        ] as const) {
          if (!pick || (where === 'outside' && sample.unscoped)) continue;
          const base = await sample.request(pick, ids);
          if (!base) continue;
          let session = caller ? sessions.get(caller.username)! : null;
          if (session && sample.freshSession) session = await login(app, caller!.username);
          const res = await app.inject({
            ...base,
            headers: {
              ...(base.headers ?? {}),
              ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
            },
          });
          let expected: (s: number) => boolean;
          let label: string;
          if (!allowed) {
            const status = caller ? 403 : 401;
            expected = (s) => s === status;
            label = String(status);
          } else if (
            where === 'outside' &&
            !('public' in route.access) &&
            !('authenticated' in route.access)
          ) {
            const status = sample.outsideStatus ?? 404;
            expected = (s) => s === status;
            label = String(status);
          } else if (sample.okStatus) {
            expected = (s) => sample.okStatus!.includes(s);
            label = sample.okStatus.join('/');
          } else {
            expected = (s) => s >= 200 && s < 300;
            label = '2xx';
          }
          if (!expected(res.statusCode))
            failures.push(
              `${key} [${where}] → ${res.statusCode}, expected ${label}: ${res.body.slice(0, 160)}`,
            );
        }
      }
      expect(failures).toEqual([]);
    },
  );
});
