/** The monthly stocktake (月度调度), recording it, and the county duty evaluation (督导评价); both exportable as .xlsx. */
import { z } from 'zod';
import { evaluationWorkbook, stocktakeWorkbook } from '../../app/stocktake/stocktake.workbook.ts';
import { datasetNoticeSchema, orgParam, responses, textParam, yearParam } from '../api.schema.ts';
import { defineApiArea } from '../area.ts';
import { callerOf } from '../auth.plugin.ts';
import { withDataset } from '../dataset-notice.ts';
import { sendXlsxFile } from '../file-reply.ts';
import { evaluationSchema, stocktakeRecordSchema, stocktakeSchema } from './stocktake.schema.ts';

const orgQuery = z.strictObject({
  org: orgParam.describe('全市或县（市、区）的代码；省略时为本人所在单位（市级为全市）'),
});
const yearQuery = z.strictObject({
  year: yearParam.describe(
    '评价年度（目标取截至该年最近的完整学年，时间节点和举措取到该年 12 月 31 日或今天）；省略时为今年',
  ),
});

export const apiArea = defineApiArea({
  tag: { name: 'stocktake', description: '月度调度与督导评价' },
  routes: (ctx) => async (app) => {
    app.get(
      '/stocktake',
      {
        config: { access: { permission: 'stocktake.read' } },
        schema: {
          tags: ['stocktake'],
          summary:
            '月度调度：各县目标相对轨迹的状态、到期和逾期的时间节点、举措完成/逾期/受阻、排名（含排序方法）、与上次调度相比的变化；县级只看本县及其名次',
          querystring: orgQuery,
          response: responses(z.object({ stocktake: stocktakeSchema, dataset: datasetNoticeSchema })),
        },
      },
      async (request) => {
        const { dataset, ...stocktake } = withDataset(
          await ctx.stocktake.stocktake(callerOf(request), { orgCode: request.query.org }),
        );
        return { stocktake, dataset };
      },
    );

    app.get(
      '/stocktake/export',
      {
        config: { access: { permission: 'stocktake.read' }, heavy: 'export' },
        schema: {
          tags: ['stocktake'],
          summary: '导出月度调度（.xlsx：排名、目标、时间节点、举措四张表）',
          querystring: orgQuery,
        },
      },
      async (request, reply) => {
        const s = await ctx.stocktake.stocktake(callerOf(request), { orgCode: request.query.org });
        return sendXlsxFile(reply, await stocktakeWorkbook(s, ctx.clock()));
      },
    );

    app.post(
      '/stocktake/records',
      {
        config: { access: { permission: 'stocktake.record' } },
        schema: {
          tags: ['stocktake'],
          summary: '记录本次月度调度（保存各县的数字，下次调度显示与此相比的变化）；仅市级',
          body: z.strictObject({
            label: textParam('调度名称', 40)
              .min(1, '调度名称不能为空，例如“2026年11月”')
              .describe('调度名称，例如 2026年11月；每次不同'),
          }),
          response: responses(z.object({ record: stocktakeRecordSchema })),
        },
      },
      async (request) => ({
        record: await ctx.stocktake.record(callerOf(request), { label: request.body.label }),
      }),
    );

    app.get(
      '/stocktake/evaluation',
      {
        config: { access: { permission: 'stocktake.read' } },
        schema: {
          tags: ['stocktake'],
          summary:
            '县级履行教育职责督导评价（行动方案落实）：各县得分、排名，每一分说明来自哪个数字；权重由市教育局确定（config/duty-evaluation.yaml）',
          querystring: yearQuery,
          response: responses(z.object({ evaluation: evaluationSchema, dataset: datasetNoticeSchema })),
        },
      },
      async (request) => {
        const { dataset, ...evaluation } = withDataset(
          await ctx.stocktake.evaluation(callerOf(request), { year: request.query.year }),
        );
        return { evaluation, dataset };
      },
    );

    app.get(
      '/stocktake/evaluation/export',
      {
        config: { access: { permission: 'stocktake.read' }, heavy: 'export' },
        schema: {
          tags: ['stocktake'],
          summary: '导出督导评价（.xlsx：排名、得分明细、方法）',
          querystring: yearQuery,
        },
      },
      async (request, reply) => {
        const e = await ctx.stocktake.evaluation(callerOf(request), { year: request.query.year });
        return sendXlsxFile(reply, await evaluationWorkbook(e, ctx.clock()));
      },
    );
  },
});
