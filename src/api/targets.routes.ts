/** Headline targets: one unit's targets, the full scorecard, breakdowns; and the plan itself. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/app.context.ts';
import {
  datasetNoticeSchema,
  figureSchema,
  orgParam,
  orgUnitSchema,
  responses,
  targetStatusSchema,
  targetSummarySchema,
  yearParam,
} from './api.schemas.ts';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../app/app-error.ts';
import { sessionOf } from './auth.plugin.ts';
import { datasetNotice } from './dataset-notice.ts';

const targetIdParam = z.object({
  targetId: z.string().regex(/^T\d{1,2}$/, '目标编号形如 T1…T7'),
});

const pendingParam = z
  .enum(['true', 'false'], { error: () => 'pending 应为 true 或 false' })
  .default('false')
  .transform((v) => v === 'true')
  .describe('是否计入待审核的报表（已提交、县级已审核但尚未终审）；默认只用已审核数据');

/**
 * Figures with forms still under review are for those who take part in the collection: a role
 * without collection.read (e.g. 发改、财政) sees approved data only.
 */
function pendingAllowed(request: FastifyRequest, pending: boolean): boolean {
  if (pending && !sessionOf(request).permissions.has('collection.read')) {
    throw new AppError(
      'FORBIDDEN',
      '您的角色不能查看待审核的数据（需要数据采集的查看权限），请去掉 pending=true',
      [{ field: 'pending', value: true, message: '需要 collection.read 权限' }],
    );
  }
  return pending;
}

const coverageSchema = z
  .array(
    z.object({
      year: z.number().int(),
      expected: z.number().int().describe('当学年应报送的在办机构数'),
      reported: z.number().int().describe('已有审核通过数据的机构数'),
      pendingReported: z.number().int().describe('另有待审核报表的机构数'),
      share: z.number().describe('报送比例（计入待审核报表时含 pendingReported）'),
      complete: z.boolean().describe('报送比例达到完整阈值（config/live-figures.yaml）'),
      periodId: z.string().nullable(),
      periodName: z.string().nullable(),
      daysLeft: z.number().int().nullable().describe('距采集截止的天数（截止后为负）'),
    }),
  )
  .describe('各学年数据的报送完整度；未指定学年时默认为最近的完整学年');

export function targetsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/plan',
      {
        // The plan is a published government document (济教字〔2024〕29号): public.
        config: { access: { public: true } },
        schema: {
          tags: ['targets'],
          summary: '行动方案：七项 2027 年目标、时间节点和 19 项重点任务',
          response: responses(z.object({ plan: z.record(z.string(), z.unknown()) })),
        },
      },
      async () => ({ plan: ctx.plan as unknown as Record<string, unknown> }),
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
              targets: z.array(
                z.object({
                  target: targetSummarySchema,
                  figure: figureSchema,
                  trend: z.array(
                    z.object({
                      year: z.number().int(),
                      value: z.number().nullable(),
                      status: targetStatusSchema,
                      expected: z.number().nullable(),
                    }),
                  ),
                }),
              ),
              dataset: datasetNoticeSchema,
            }),
          ),
        },
      },
      async (request) => {
        const r = await ctx.targets.targetsFor(
          request.query.year,
          request.query.org,
          sessionOf(request).account.scope,
          pendingAllowed(request, request.query.pending),
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
        const r = await ctx.targets.scorecard(
          sessionOf(request).account.scope,
          pendingAllowed(request, request.query.pending),
        );
        const shown = new Set(r.figures.map((f) => f.orgCode));
        const orgNames = Object.fromEntries(
          [r.view.orgIndex.city, ...r.view.orgIndex.counties]
            .filter((o) => shown.has(o.code))
            .map((o) => [o.code, o.name]),
        );
        return {
          years: r.years,
          pending: r.pending,
          coverage: r.coverage,
          orgNames,
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
              rows: z.array(
                z.union([
                  figureSchema.extend({ orgName: z.string() }),
                  z.object({
                    institutionCode: z.string(),
                    institutionName: z.string(),
                    countyCode: z.string(),
                    countyName: z.string(),
                    townshipCode: z.string(),
                    townshipName: z.string(),
                    runningType: z.string(),
                    ownership: z.string(),
                    attributeValue: z.unknown(),
                    inNumerator: z.boolean(),
                    numerator: z.number(),
                    denominator: z.number(),
                    missingStatistics: z.boolean(),
                  }),
                ]),
              ),
              dataset: datasetNoticeSchema,
            }),
          ),
        },
      },
      async (request) => {
        const { year, org, by } = request.query;
        const pending = pendingAllowed(request, request.query.pending);
        const scope = sessionOf(request).account.scope;
        const r =
          by === 'institution'
            ? await ctx.targets.breakdownByInstitution(request.params.targetId, year, org, scope, pending)
            : await ctx.targets.breakdownByChild(request.params.targetId, year, org, scope, pending);
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
  };
}
