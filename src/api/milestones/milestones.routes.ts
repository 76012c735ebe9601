/**
 * Milestone completion (时间节点): every milestone's status per county on a day; the township facts
 * and reports; a county records a township fact or reports a milestone with evidence; the city
 * verifies or rejects.
 */
import { z } from 'zod';
import { TOWNSHIP_FACT_NAMES } from '../../domain/plan/plan.schema.ts';
import { datasetNoticeSchema, responses } from '../api.schema.ts';
import { defineApiArea } from '../area.ts';
import { callerOf } from '../auth.plugin.ts';
import { datasetNotice, withDataset } from '../dataset-notice.ts';
import {
  createdResponses,
  milestoneRecordsResponseSchema,
  milestoneReportViewSchema,
  milestonesResponseSchema,
  townshipFactViewSchema,
} from './milestones.schema.ts';

const day = (what: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${what}应为 YYYY-MM-DD 格式的日期`)
    .describe(`${what}（YYYY-MM-DD，北京时间）`);
const countyCode = z.string().regex(/^\d{6}$/, '县市区代码应为 6 位数字');
const orgQuery = z
  .string()
  .regex(/^\d{6}$/, '组织机构代码应为 6 位数字（全市或县市区）')
  .optional()
  .describe('全市或县市区（功能区）代码；省略时为本账号的单位');
const evidenceIds = z
  .array(z.string().max(64, '佐证材料编号过长'), { error: () => '佐证材料 evidenceIds 应为编号列表' })
  .max(20, '佐证材料最多 20 份')
  .describe('佐证材料编号（先 POST /api/v1/evidence 上传）');
const recordId = z.object({ id: z.string().regex(/^\d{1,15}$/, '记录编号应为数字') });
const reviewBody = z.strictObject({
  decision: z.enum(['verified', 'rejected'], {
    error: () => '核实结论 decision 应为 verified（核实）或 rejected（退回）',
  }),
  comment: z.string().max(2000, '意见不超过 2000 字').default(''),
});
const ok = z.object({ ok: z.literal(true) });

export const apiArea = defineApiArea({
  tag: { name: 'milestones', description: '时间节点' },
  routes: (ctx) => async (app) => {
    app.get(
      '/milestones',
      {
        config: { access: { permission: 'milestones.read' } },
        schema: {
          tags: ['milestones'],
          summary:
            '各时间节点在各县市区的完成情况（已完成、未完成、逾期未完成、待核实、不涉及），含未达到条件的乡镇或学校及逾期起始日',
          querystring: z.strictObject({ org: orgQuery, asOf: day('核对日期').optional() }),
          response: responses(milestonesResponseSchema),
        },
      },
      async (request) =>
        withDataset(
          await ctx.milestones.status(callerOf(request), {
            ...(request.query.org ? { orgCode: request.query.org } : {}),
            ...(request.query.asOf ? { asOf: request.query.asOf } : {}),
          }),
        ),
    );

    app.get(
      '/milestones/records',
      {
        config: { access: { permission: 'milestones.read' } },
        schema: {
          tags: ['milestones'],
          summary: '县市区登记的乡镇事项和时间节点报送，含佐证材料和市级核实记录（新的在前）',
          querystring: z.strictObject({ org: orgQuery }),
          response: responses(milestoneRecordsResponseSchema),
        },
      },
      async (request) =>
        withDataset(
          await ctx.milestones.records(
            callerOf(request),
            request.query.org ? { orgCode: request.query.org } : {},
          ),
        ),
    );

    app.post(
      '/milestones/facts',
      {
        config: { access: { permission: 'milestones.report' } },
        schema: {
          tags: ['milestones'],
          summary:
            '县市区登记一个乡镇的事项（幼儿园镇村一体化、强镇筑基试点），自某日起生效，附佐证材料，待市级核实',
          body: z.strictObject({
            townshipCode: z.string().regex(/^\d{9}$/, '乡镇（街道）代码应为 9 位数字'),
            fact: z.enum(TOWNSHIP_FACT_NAMES, {
              error: (iss) =>
                `未知的乡镇事项“${String(iss.input)}”，应为 ${TOWNSHIP_FACT_NAMES.join('、')} 之一`,
            }),
            value: z.boolean({ error: () => '是否完成 value 应为 true 或 false' }),
            effectiveFrom: day('生效日期'),
            note: z.string().max(2000, '说明不超过 2000 字').default(''),
            evidenceIds,
          }),
          response: createdResponses(
            z.object({ fact: townshipFactViewSchema, dataset: datasetNoticeSchema }),
          ),
        },
      },
      async (request, reply) => {
        const fact = await ctx.milestones.recordFact(callerOf(request), request.body);
        const dataset = datasetNotice((await ctx.data.current().view()).demo);
        return reply.code(201).send({ fact, dataset });
      },
    );

    app.post(
      '/milestones/:milestone/reports',
      {
        config: { access: { permission: 'milestones.report' } },
        schema: {
          tags: ['milestones'],
          summary:
            '县市区报送一个时间节点的完成情况（完成日期、说明、佐证材料），待市级核实；只适用于完成规则为报送的时间节点',
          params: z.object({ milestone: z.string().max(80, '时间节点编号过长') }),
          body: z.strictObject({
            countyCode,
            completedOn: day('完成日期'),
            text: z.string().max(4000, '说明不超过 4000 字'),
            evidenceIds,
          }),
          response: createdResponses(
            z.object({ report: milestoneReportViewSchema, dataset: datasetNoticeSchema }),
          ),
        },
      },
      async (request, reply) => {
        const report = await ctx.milestones.report(callerOf(request), request.params.milestone, request.body);
        const dataset = datasetNotice((await ctx.data.current().view()).demo);
        return reply.code(201).send({ report, dataset });
      },
    );

    for (const subject of ['fact', 'report'] as const) {
      app.post(
        `/milestones/${subject}s/:id/review`,
        {
          config: { access: { permission: 'milestones.verify' } },
          schema: {
            tags: ['milestones'],
            summary:
              subject === 'fact'
                ? '市级核实或退回一条待核实的乡镇事项登记（退回须写明意见）'
                : '市级核实或退回一条待核实的时间节点报送（退回须写明意见）',
            params: recordId,
            body: reviewBody,
            response: responses(ok),
          },
        },
        async (request) => {
          await ctx.milestones.review(callerOf(request), subject, request.params.id, request.body);
          return { ok: true as const };
        },
      );
    }
  },
});
