/**
 * Authorisation samples of the progress-report routes. The measures are the delivery area's: its
 * samples' setup approves a work plan for each of 999901 and 999902, and its own samples may
 * approve a newer version while the matrix runs, so each request looks up the county's current
 * approved measures (and the report's current version) when it is made. The round is the current
 * one by the real clock. State-changing samples may meet a report another caller's sample moved
 * on: 409 is then the right answer, and 404 still the only one outside the scope.
 */
import type { InjectOptions } from 'fastify';
import type { AppContext } from '../../../src/app/app.context.ts';
import { get, inScopeOrg, type AreaSamples, type Pick } from '../../support/authz.ts';

let ctx: AppContext;

/** The county-level unit of a pick ('' for a school clerk's own pick: no county, sample skipped). */
const countyOf = (p: Pick) => p.org.slice(0, 6);
const round = () => ctx.reporting.currentRound()!.id;

/** The first approved measure of the pick's county, and its report's version in the current round. */
async function target(p: Pick): Promise<{ county: string; measure: string; version: number } | null> {
  const county = countyOf(p);
  if (county === '') return null;
  const measure = (await ctx.delivery.measures(null, { countyCode: county }))[0];
  if (!measure) throw new Error(`no approved measure in ${county}`);
  const report = await ctx.reporting.report(null, round(), measure.id);
  return { county, measure: measure.id, version: report.version };
}

const at = async (
  p: Pick,
  build: (t: { county: string; measure: string; version: number }) => InjectOptions,
) => {
  const t = await target(p);
  return t ? build(t) : null;
};

const inScopeItems = (
  items: Array<{ measure: { countyCode: string } }>,
  scope: Parameters<typeof inScopeOrg>[1],
) => {
  const out = items.filter((i) => !inScopeOrg(i.measure.countyCode, scope));
  return out.length === 0 ? null : `${out.length} items outside the scope`;
};

const samples: AreaSamples = {
  async setup(c) {
    ctx = c;
  },
  samples: {
    'GET /api/v1/reporting/rounds': {
      unscoped: true,
      request: () => get('/api/v1/reporting/rounds'),
      check: (b) => (b.current?.id === round() ? null : `current round ${JSON.stringify(b.current)}`),
    },
    'GET /api/v1/reporting/rounds/:round/counties/:county': {
      request: (p) => at(p, (t) => get(`/api/v1/reporting/rounds/${round()}/counties/${t.county}`)),
    },
    'GET /api/v1/reporting/rounds/:round/measures/:measure': {
      request: (p) => at(p, (t) => get(`/api/v1/reporting/rounds/${round()}/measures/${t.measure}`)),
    },
    'PUT /api/v1/reporting/rounds/:round/measures/:measure': {
      okStatus: [200, 409],
      request: (p) =>
        at(p, (t) => ({
          method: 'PUT',
          url: `/api/v1/reporting/rounds/${round()}/measures/${t.measure}`,
          payload: {
            version: t.version,
            progress: 'inProgress',
            text: '已完成选址',
            figure: 0,
            evidence: [],
          },
        })),
    },
    'POST /api/v1/reporting/rounds/:round/measures/:measure/submit': {
      okStatus: [200, 409],
      request: (p) =>
        at(p, (t) => ({
          method: 'POST',
          url: `/api/v1/reporting/rounds/${round()}/measures/${t.measure}/submit`,
          payload: { version: t.version },
        })),
    },
    // Accepting a report that is not (or no longer) submitted is refused by the workflow (409).
    'POST /api/v1/reporting/rounds/:round/measures/:measure/review': {
      okStatus: [200, 409],
      request: (p) =>
        at(p, (t) => ({
          method: 'POST',
          url: `/api/v1/reporting/rounds/${round()}/measures/${t.measure}/review`,
          payload: { action: 'accept', version: t.version },
        })),
    },
    'GET /api/v1/reporting/queue': {
      unscoped: true,
      request: () => get('/api/v1/reporting/queue?state=draft,submitted,accepted,returned'),
      check: (b, scope) => inScopeItems(b.items, scope),
    },
    'GET /api/v1/reporting/measures/:measure/history': {
      request: (p) => at(p, (t) => get(`/api/v1/reporting/measures/${t.measure}/history`)),
    },
    'GET /api/v1/reporting/escalations': {
      unscoped: true,
      request: () => get('/api/v1/reporting/escalations'),
      check: (b, scope) => inScopeItems(b.items, scope),
    },
  },
};

export default samples;
