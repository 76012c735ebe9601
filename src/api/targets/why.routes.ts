/**
 * GET /targets/:targetId/why: the schools (or, for T4, the counties) that keep a figure down,
 * ranked by how much each would raise it. Registered by targets.routes.ts.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/app.context.ts';
import { targetWhy } from '../../app/targets/why.ts';
import { orgParam, responses, yearParam } from '../api.schema.ts';
import { callerOf } from '../auth.plugin.ts';
import { datasetNotice } from '../dataset-notice.ts';
import { whyResponseSchema } from './why.schema.ts';

type ZodApp = Parameters<FastifyPluginAsyncZod>[0];

export function registerWhyRoute(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/targets/:targetId/why',
    {
      config: { access: { permission: 'targets.read' } },
      schema: {
        tags: ['targets'],
        summary:
          '为什么偏低：未计入分子的学校（T4 为尚未两项均达标的县市区），按计入后数值的提高从大到小排列（默认本账号的单位和最近的完整学年）',
        params: z.object({ targetId: z.string().regex(/^T\d{1,2}$/, '目标编号形如 T1…T7') }),
        querystring: z.strictObject({ year: yearParam, org: orgParam }),
        response: responses(whyResponseSchema),
      },
    },
    async (request) => {
      const { view, ...why } = await targetWhy(
        ctx.targets,
        ctx.plan,
        request.params.targetId,
        request.query.year,
        request.query.org,
        callerOf(request),
      );
      return { ...why, dataset: datasetNotice(view.demo) };
    },
  );
}
