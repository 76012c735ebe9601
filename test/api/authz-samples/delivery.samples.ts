/**
 * Authorisation samples of the delivery routes (tasks, work plans). Setup: each of the two counties
 * 999901 and 999902 has an approved v1 (one measure), so a version and a diff exist inside each
 * caller's scope. State-changing samples may meet a plan in another state (another caller's sample
 * changed it first): 409 is then the right answer, and 404 still the only one outside the scope.
 */
import type { InjectOptions } from 'fastify';
import type { Caller } from '../../../src/app/access/caller.ts';
import { get, type AreaSamples, type Pick } from '../../support/authz.ts';

/** The county-level unit of a pick ('' for a school clerk's own pick: no county, sample skipped). */
const countyOf = (p: Pick) => p.org.slice(0, 6);
const withCounty = (p: Pick, build: (county: string) => InjectOptions): InjectOptions | null =>
  countyOf(p) === '' ? null : build(countyOf(p));

const measure = (county: string) => ({
  taskNumber: 1,
  title: '新建公办幼儿园',
  output: '新建公办幼儿园 1 所',
  outputTarget: 1,
  outputUnit: '所',
  ownerName: '王明',
  ownerUnitCode: county,
  dueDate: '2026-08-31',
});

const post = (url: string, payload: unknown): InjectOptions => ({
  method: 'POST',
  url,
  payload: payload as object,
});

const samples: AreaSamples = {
  async setup(ctx) {
    const operator: Caller = {
      actor: { id: null, username: 'test', ip: null },
      scope: { kind: 'org', orgCode: '999900' },
    };
    for (const county of ['999901', '999902']) {
      await ctx.delivery.saveDraft(operator, county, { revision: null, measures: [measure(county)] });
      await ctx.delivery.submit(operator, county, { revision: 1 });
      await ctx.delivery.approve(operator, county, { revision: 2 });
    }
  },
  samples: {
    'GET /api/v1/tasks': {
      unscoped: true,
      request: () => get('/api/v1/tasks'),
      check: (body: { tasks?: unknown[] }) => (body.tasks?.length === 19 ? null : 'expected the 19 tasks'),
    },
    'GET /api/v1/work-plans': {
      unscoped: true,
      request: () => get('/api/v1/work-plans'),
      check: (body: { plans?: Array<{ countyCode: string }> }, scope) => {
        const codes = (body.plans ?? []).map((p) => p.countyCode);
        if (scope.kind !== 'org') return null;
        const foreign = codes.filter((c) => scope.orgCode !== '999900' && c !== scope.orgCode);
        return foreign.length === 0 ? null : `plans outside the scope: ${foreign.join(', ')}`;
      },
    },
    'GET /api/v1/measures': {
      request: (p) => withCounty(p, (c) => get(`/api/v1/measures?county=${c}`)),
    },
    'GET /api/v1/work-plans/:county': {
      request: (p) => withCounty(p, (c) => get(`/api/v1/work-plans/${c}`)),
    },
    'GET /api/v1/work-plans/:county/versions/:version': {
      request: (p) => withCounty(p, (c) => get(`/api/v1/work-plans/${c}/versions/1`)),
    },
    'GET /api/v1/work-plans/:county/diff': {
      request: (p) => withCounty(p, (c) => get(`/api/v1/work-plans/${c}/diff?from=1&to=1`)),
    },
    'PUT /api/v1/work-plans/:county/draft': {
      okStatus: [200, 409],
      request: (p) =>
        withCounty(p, (c) => ({
          method: 'PUT',
          url: `/api/v1/work-plans/${c}/draft`,
          payload: { revision: null, measures: [measure(c)] },
        })),
    },
    'POST /api/v1/work-plans/:county/submit': {
      okStatus: [200, 409],
      request: (p) => withCounty(p, (c) => post(`/api/v1/work-plans/${c}/submit`, { revision: 1 })),
    },
    'POST /api/v1/work-plans/:county/revise': {
      okStatus: [200, 409],
      request: (p) => withCounty(p, (c) => post(`/api/v1/work-plans/${c}/revise`, { revision: 3 })),
    },
    'POST /api/v1/work-plans/:county/approve': {
      okStatus: [200, 409],
      request: (p) => withCounty(p, (c) => post(`/api/v1/work-plans/${c}/approve`, { revision: 2 })),
    },
    'POST /api/v1/work-plans/:county/return': {
      okStatus: [200, 409],
      request: (p) =>
        withCounty(p, (c) => post(`/api/v1/work-plans/${c}/return`, { revision: 2, comment: '请补充' })),
    },
  },
};

export default samples;
