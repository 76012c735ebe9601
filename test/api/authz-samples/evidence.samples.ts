/**
 * Authorisation samples of the evidence routes: one file stored for each org unit the matrix
 * picks (999901 and its township 999901001, 999902), uploaded by the operator in setup.
 */
import type { AreaSamples } from '../../support/authz.ts';
import { get } from '../../support/authz.ts';
import { streamOf, tinyPdf } from '../../support/evidence-files.ts';

/** The stored file of each org unit, by its code (filled by setup, per backend). */
const FILES = new Map<string, string>();

const samples: AreaSamples = {
  async setup(ctx) {
    const operator = {
      actor: { id: null, username: 'test', ip: null },
      scope: { kind: 'org', orgCode: '999900' },
    } as const;
    for (const org of ['999901', '999901001', '999902']) {
      const file = await ctx.evidence.upload(operator, {
        orgCode: org,
        fileName: `样例-${org}.pdf`,
        body: streamOf(tinyPdf(org)),
      });
      FILES.set(org, file.id);
    }
  },
  samples: {
    'POST /api/v1/evidence': {
      request: (p) =>
        p.org
          ? {
              method: 'POST',
              url: `/api/v1/evidence?org=${p.org}`,
              headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'sample.pdf' },
              payload: tinyPdf(`matrix ${p.org}`),
            }
          : null,
      okStatus: [201],
    },
    'GET /api/v1/evidence/:id': {
      request: (p) => (p.org && FILES.has(p.org) ? get(`/api/v1/evidence/${FILES.get(p.org)}`) : null),
    },
    'GET /api/v1/evidence/:id/info': {
      request: (p) => (p.org && FILES.has(p.org) ? get(`/api/v1/evidence/${FILES.get(p.org)}/info`) : null),
      check: (b, scope) =>
        scope.kind === 'org' && (scope.orgCode === '999900' || b.file.orgCode.startsWith(scope.orgCode))
          ? null
          : `file of ${b.file.orgCode} shown`,
    },
  },
};

export default samples;
