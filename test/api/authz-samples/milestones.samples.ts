/**
 * Authorisation samples of the milestones routes (时间节点). Reviews need a waiting record each
 * time they are asked: the request makes one first (a township fact through the service, a report
 * straight into its table, as the Jining plan has no reported milestone).
 */
import type { AppContext } from '../../../src/app/app.context.ts';
import { insertMilestoneReports } from '../../../src/db/milestones/milestones.repository.ts';
import { get, type AreaSamples } from '../../support/authz.ts';

let ctx: AppContext | null = null;
const operator = {
  actor: { id: null, username: 'test', ip: null },
  scope: { kind: 'org' as const, orgCode: '999900' },
};

async function waitingFact(countyCode: string): Promise<string> {
  const fact = await ctx!.milestones.recordFact(operator, {
    townshipCode: `${countyCode}001`,
    fact: 'strongTownshipPilot',
    value: false,
    effectiveFrom: '2024-09-01',
    note: '授权矩阵',
    evidenceIds: [],
  });
  return fact.id;
}

async function waitingReport(countyCode: string): Promise<string> {
  const [id] = await insertMilestoneReports(ctx!.db, [
    {
      milestoneId: 'm08-quality-balanced-county-coverage',
      countyCode,
      completedOn: '2024-12-01',
      text: '授权矩阵',
      evidenceIds: [],
      reportedBy: 'test',
    },
  ]);
  return String(id);
}

const samples: AreaSamples = {
  setup: async (c) => {
    ctx = c;
  },
  samples: {
    'GET /api/v1/milestones': {
      request: (p) => (p.org ? get(`/api/v1/milestones?org=${p.org.slice(0, 6)}`) : null),
    },
    'GET /api/v1/milestones/records': {
      request: (p) => (p.org ? get(`/api/v1/milestones/records?org=${p.org.slice(0, 6)}`) : null),
    },
    'POST /api/v1/milestones/facts': {
      request: (p) =>
        p.org
          ? {
              method: 'POST',
              url: '/api/v1/milestones/facts',
              payload: {
                townshipCode: `${p.org.slice(0, 6)}001`,
                fact: 'strongTownshipPilot',
                value: false,
                effectiveFrom: '2024-09-01',
                evidenceIds: [],
              },
            }
          : null,
      okStatus: [201],
    },
    'POST /api/v1/milestones/:milestone/reports': {
      // Past authorisation and scope, the Jining plan's milestones are computed: 400 MILESTONE_NOT_REPORTED.
      request: (p) =>
        p.org
          ? {
              method: 'POST',
              url: '/api/v1/milestones/m08-quality-balanced-county-coverage/reports',
              payload: {
                countyCode: p.org.slice(0, 6),
                completedOn: '2024-12-01',
                text: '授权矩阵',
                evidenceIds: [],
              },
            }
          : null,
      okStatus: [400],
    },
    'POST /api/v1/milestones/facts/:id/review': {
      request: async (p) =>
        p.org
          ? {
              method: 'POST',
              url: `/api/v1/milestones/facts/${await waitingFact(p.org.slice(0, 6))}/review`,
              payload: { decision: 'verified' },
            }
          : null,
    },
    'POST /api/v1/milestones/reports/:id/review': {
      request: async (p) =>
        p.org
          ? {
              method: 'POST',
              url: `/api/v1/milestones/reports/${await waitingReport(p.org.slice(0, 6))}/review`,
              payload: { decision: 'rejected', comment: '授权矩阵' },
            }
          : null,
    },
  },
};

export default samples;
