/** Headline targets: one unit's targets, the full scorecard, breakdowns, why a figure is low (why.routes.ts); and the plan itself. */
import { z } from 'zod';
import { datasetNoticeSchema, orgParam, orgUnitSchema, responses, yearParam } from '../api.schema.ts';
import { defineApiArea } from '../area.ts';
import { callerOf } from '../auth.plugin.ts';
import { datasetNotice } from '../dataset-notice.ts';
import { planResponseSchema } from './plan.schema.ts';
import {
  childFigureSchema,
  contributionSchema,
  coverageSchema,
  figureSchema,
  targetCardSchema,
  targetSummarySchema,
} from './targets.schema.ts';
import { registerWhyRoute } from './why.routes.ts';

const targetIdParam = z.object({
  targetId: z.string().regex(/^T\d{1,2}$/, '目标编号形如 T1…T7'),
});

const pendingParam = z
  .enum(['true', 'false'], { error: () => 'pending 应为 true 或 false' })
  .default('false')
  .transform((v) => v === 'true')
  .describe('是否计入待审核的报表（已提交、县级已审核但尚未终审）；默认只用已审核数据');

export const apiArea = defineApiArea({
  tag: { name: 'targets', description: '行动方案与 2027 年目标' },
  routes: (ctx) => async (app) => {
    app.get(
      '/plan',
      {
        // The plan is a published government document (济教字〔2024〕29号): public.
        config: { access: { public: true } },
        schema: {
          tags: ['targets'],
          summary: '行动方案：七项 2027 年目标、时间节点和 19 项重点任务',
          response: responses(z.object({ plan: planResponseSchema })),
        },
      },
      async () => ({ plan: ctx.plan }),
    );

    app.get(
      '/targets',
      {
        config: { access: { permission: 'targets.read' } },
        schema: {
          tags: ['targets'],
          summary: '某学年某单位的全部目标：数值、2027 目标、差距、状态和历年趋势（默认最近的完整学年）',
          querystring: z.strictObject({ year: yearParam, org: orgParam, pending: pendingParam }),
          response: responses(
            z.object({
              year: z.number().int(),
              org: orgUnitSchema,
              years: z.array(z.number().int()),
              pending: z.boolean(),
              coverage: coverageSchema,
              targets: z.array(targetCardSchema),
              dataset: datasetNoticeSchema,
            }),
          ),
        },
      },
      async (request) => {
        const r = await ctx.targets.targetsFor(
          request.query.year,
          request.query.org,
          callerOf(request),
          request.query.pending,
        );
        return {
          year: r.year,
          org: r.org,
          years: r.view.years,
          pending: r.pending,
          coverage: r.coverage,
          targets: r.cards,
          dataset: datasetNotice(r.view.demo),
        };
      },
    );

    app.get(
      '/targets/scorecard',
      {
        config: { access: { permission: 'targets.read' } },
        schema: {
          tags: ['targets'],
          summary: '全部目标 × 全市和各县市区、功能区 × 全部学年',
          querystring: z.strictObject({ pending: pendingParam }),
          response: responses(
            z.object({
              years: z.array(z.number().int()),
              pending: z.boolean(),
              coverage: coverageSchema,
              orgNames: z.record(z.string(), z.string()),
              figures: z.array(figureSchema),
              dataset: datasetNoticeSchema,
            }),
          ),
        },
      },
      async (request) => {
        const r = await ctx.targets.scorecard(callerOf(request), request.query.pending);
        return {
          years: r.years,
          pending: r.pending,
          coverage: r.coverage,
          orgNames: r.orgNames,
          figures: r.figures,
          dataset: datasetNotice(r.view.demo),
        };
      },
    );

    app.get(
      '/targets/:targetId/breakdown',
      {
        config: { access: { permission: 'targets.read' } },
        schema: {
          tags: ['targets'],
          summary: '目标分解：按下级单位（市 → 县市区，县市区 → 乡镇街道）或按学校列出分子和分母',
          params: targetIdParam,
          querystring: z.strictObject({
            year: yearParam,
            org: orgParam,
            by: z
              .enum(['child', 'institution'], {
                error: () => 'by 应为 child（下级单位）或 institution（学校）',
              })
              .default('child'),
            pending: pendingParam,
          }),
          response: responses(
            z.object({
              target: targetSummarySchema,
              year: z.number().int(),
              org: orgUnitSchema,
              by: z.enum(['child', 'institution']),
              pending: z.boolean(),
              total: figureSchema,
              rows: z.array(z.union([childFigureSchema, contributionSchema])),
              dataset: datasetNoticeSchema,
            }),
          ),
        },
      },
      async (request) => {
        const { year, org, by, pending } = request.query;
        const caller = callerOf(request);
        const r =
          by === 'institution'
            ? await ctx.targets.breakdownByInstitution(request.params.targetId, year, org, caller, pending)
            : await ctx.targets.breakdownByChild(request.params.targetId, year, org, caller, pending);
        return {
          target: r.target,
          year: r.year,
          org: r.org,
          by,
          pending: r.pending,
          total: r.total,
          rows: r.rows,
          dataset: datasetNotice(r.view.demo),
        };
      },
    );

    registerWhyRoute(app, ctx);
  },
});
