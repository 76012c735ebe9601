/**
 * Authorisation samples of the stocktake routes (月度调度, 督导评价). A stocktake names a unit (the
 * county of the pick; outside: another county → 404); the evaluation names none, so its answer is
 * checked to hold only counties of the caller's scope. Recording needs a new label each time.
 */
import { get, inScopeOrg, type AreaSamples } from '../../support/authz.ts';

let labels = 0;

const samples: AreaSamples = {
  samples: {
    'GET /api/v1/stocktake': {
      request: (p) => (p.org ? get(`/api/v1/stocktake?org=${p.org.slice(0, 6)}`) : null),
    },
    'GET /api/v1/stocktake/export': {
      request: (p) => (p.org ? get(`/api/v1/stocktake/export?org=${p.org.slice(0, 6)}`) : null),
    },
    'POST /api/v1/stocktake/records': {
      unscoped: true,
      request: () => ({
        method: 'POST',
        url: '/api/v1/stocktake/records',
        payload: { label: `授权矩阵 ${++labels}` },
      }),
    },
    'GET /api/v1/stocktake/evaluation': {
      unscoped: true,
      request: () => get('/api/v1/stocktake/evaluation'),
      check: (b, scope) => {
        const out = (b.evaluation.counties as Array<{ orgCode: string }>).filter(
          (c) => !inScopeOrg(c.orgCode, scope),
        );
        return out.length === 0
          ? null
          : `counties outside the scope: ${out.map((c) => c.orgCode).join(', ')}`;
      },
    },
    'GET /api/v1/stocktake/evaluation/export': {
      unscoped: true,
      request: () => get('/api/v1/stocktake/evaluation/export'),
    },
  },
};

export default samples;
