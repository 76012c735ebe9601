/** A school's own standing (本校概况): its figures against its county and the city. */
import { z } from 'zod';
import { datasetNoticeSchema, responses, yearParam } from '../api.schema.ts';
import { defineApiArea } from '../area.ts';
import { callerOf } from '../auth.plugin.ts';
import { withDataset } from '../dataset-notice.ts';
import { standingSchema } from './standing.schema.ts';

export const apiArea = defineApiArea({
  tag: { name: 'standing', description: '本校概况' },
  routes: (ctx) => async (app) => {
    app.get(
      '/standing/:institution',
      {
        config: { access: { permission: 'institutions.read' } },
        schema: {
          tags: ['standing'],
          summary:
            '一所学校的本校概况：计入的目标（是否计入分子、属性值、所在县和全市的值）、县域评估的学段指标、各采集期报表和截止时间',
          params: z.object({
            institution: z.string().regex(/^[0-9A-Za-z]{10}$/, '学校（机构）代码应为 10 位字母或数字'),
          }),
          querystring: z.strictObject({ year: yearParam }),
          response: responses(z.object({ standing: standingSchema, dataset: datasetNoticeSchema })),
        },
      },
      async (request) => {
        const { dataset, ...standing } = withDataset(
          await ctx.standing.standing(request.params.institution, request.query.year, callerOf(request)),
        );
        return { standing, dataset };
      },
    );
  },
});
