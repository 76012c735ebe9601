/**
 * Progress reports (进展报送): the rounds; a county's reports of a round; filing a draft,
 * submitting, the city's review (accept / return with a comment); the city's queue; a measure's
 * report history; the escalation list of overdue and blocked measures. Routes validate, authorise
 * (the permission here, the scope in the use case: another county's measure answers 404) and make
 * one call.
 */
import { z } from 'zod';
import {
  MAX_EVIDENCE_FILES,
  MAX_REPORT_TEXT,
  MAX_REVIEW_COMMENT,
  MEASURE_PROGRESS,
  REPORT_STATES,
} from '../../domain/reporting/reporting.types.ts';
import { csvEnum, datasetNoticeSchema, intParam, multilineText, responses } from '../api.schema.ts';
import { defineApiArea } from '../area.ts';
import { callerOf } from '../auth.plugin.ts';
import { withDataset } from '../dataset-notice.ts';
import {
  countyRoundSchema,
  escalationListSchema,
  measureHistorySchema,
  reportSchema,
  reviewQueueSchema,
  roundsOverviewSchema,
} from './reporting.schema.ts';

const roundParam = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, '报送轮次编号形如 2026-11（按月）或 2026-Q4（按季度）');
const countyParam = z.string().regex(/^\d{6}$/, '县市区代码应为 6 位数字');
const measureParam = z.string().regex(/^[0-9A-Za-z][0-9A-Za-z_-]{0,59}$/, '举措编号形如 370811-007');
const reportParams = z.object({ round: roundParam, measure: measureParam });
const versionField = z.number().int().min(0).describe('打开报告时的版本（尚未填写为 0）');

const reportAnswer = z.object({ report: reportSchema, dataset: datasetNoticeSchema });

export const apiArea = defineApiArea({
  tag: {
    name: 'reporting',
    description: '进展报送：报送轮次、各举措的进展报告和佐证材料、市级审核、逾期和受阻督办',
  },
  routes: (ctx) => async (app) => {
    const reporting = ctx.reporting;
    const demoNotice = async () => withDataset({ demo: (await ctx.data.current().view()).demo });

    app.get(
      '/reporting/rounds',
      {
        config: { access: { permission: 'reporting.read' } },
        schema: {
          tags: ['reporting'],
          summary: '报送轮次（按月或按季度，见 config/reporting.yaml）、当前轮次、截止日和督办宽限期',
          response: responses(roundsOverviewSchema),
        },
      },
      async () => reporting.overview(),
    );

    app.get(
      '/reporting/rounds/:round/counties/:county',
      {
        config: { access: { permission: 'reporting.read' } },
        schema: {
          tags: ['reporting'],
          summary: '一个县市区一个轮次的进展报告：已批准工作方案中的每个举措、本轮报告和推进状态',
          params: z.object({ round: roundParam, county: countyParam }),
          response: responses(countyRoundSchema.extend({ dataset: datasetNoticeSchema })),
        },
      },
      async (request) =>
        withDataset(
          await reporting.countyRound(callerOf(request), request.params.county, request.params.round),
        ),
    );

    app.get(
      '/reporting/rounds/:round/measures/:measure',
      {
        config: { access: { permission: 'reporting.read' } },
        schema: {
          tags: ['reporting'],
          summary: '一个举措一个轮次的报告（含佐证材料清单和可执行的操作）',
          params: reportParams,
          response: responses(reportAnswer),
        },
      },
      async (request) => ({
        report: await reporting.report(callerOf(request), request.params.round, request.params.measure),
        ...(await demoNotice()),
      }),
    );

    app.put(
      '/reporting/rounds/:round/measures/:measure',
      {
        config: { access: { permission: 'reporting.submit' } },
        schema: {
          tags: ['reporting'],
          summary:
            '填写或修改报告草稿（县级）：状态、进展说明、完成数值、佐证材料编号；version 为打开时的版本，他人已修改时拒绝；轮次截止后拒绝',
          params: reportParams,
          body: z.strictObject({
            version: versionField,
            progress: z.enum(MEASURE_PROGRESS, {
              error: () => `状态应为 ${MEASURE_PROGRESS.join('、')} 之一（未开始、推进中、已完成、受阻）`,
            }),
            text: multilineText('进展说明', MAX_REPORT_TEXT),
            blockedReason: multilineText('受阻原因', MAX_REPORT_TEXT)
              .nullable()
              .default(null)
              .transform((v) => (v === '' ? null : v)),
            figure: z
              .number({ error: () => '完成数值应为数字' })
              .nullable()
              .default(null),
            evidence: z
              .array(z.uuid('佐证材料编号应为上传时得到的编号（UUID）'))
              .max(MAX_EVIDENCE_FILES, `每份报告最多附 ${MAX_EVIDENCE_FILES} 份佐证材料`)
              .default([]),
          }),
          response: responses(reportAnswer),
        },
      },
      async (request) => ({
        report: await reporting.save(
          callerOf(request),
          request.params.round,
          request.params.measure,
          request.body,
        ),
        ...(await demoNotice()),
      }),
    );

    app.post(
      '/reporting/rounds/:round/measures/:measure/submit',
      {
        config: { access: { permission: 'reporting.submit' } },
        schema: {
          tags: ['reporting'],
          summary:
            '报送（县级）：进展说明必填，受阻须写原因，有量化目标须填完成数值，已完成须附佐证材料；退回后再次报送',
          params: reportParams,
          body: z.strictObject({ version: versionField }),
          response: responses(reportAnswer),
        },
      },
      async (request) => ({
        report: await reporting.submit(
          callerOf(request),
          request.params.round,
          request.params.measure,
          request.body.version,
        ),
        ...(await demoNotice()),
      }),
    );

    app.post(
      '/reporting/rounds/:round/measures/:measure/review',
      {
        config: { access: { permission: 'reporting.review' } },
        schema: {
          tags: ['reporting'],
          summary: '市级审核：通过（accept），或退回（return，须写退回意见）',
          params: reportParams,
          body: z.strictObject({
            action: z.enum(['accept', 'return'], {
              error: () => 'action 应为 accept（通过）或 return（退回）',
            }),
            version: versionField,
            comment: multilineText('退回意见', MAX_REVIEW_COMMENT).nullable().optional(),
          }),
          response: responses(reportAnswer),
        },
      },
      async (request) => ({
        report: await reporting.review(
          callerOf(request),
          request.params.round,
          request.params.measure,
          request.body,
        ),
        ...(await demoNotice()),
      }),
    );

    app.get(
      '/reporting/queue',
      {
        config: { access: { permission: 'reporting.read' } },
        schema: {
          tags: ['reporting'],
          summary:
            '审核队列：各县市区的进展报告（默认为已报送待审核的），最早报送的在前；可按轮次、县市区、状态、任务筛选',
          querystring: z.strictObject({
            round: roundParam.optional(),
            county: countyParam.optional(),
            state: csvEnum(REPORT_STATES, '报告状态'),
            task: intParam('任务序号', 1, 99),
          }),
          response: responses(reviewQueueSchema.extend({ dataset: datasetNoticeSchema })),
        },
      },
      async (request) => {
        const { round, county, state, task } = request.query;
        return withDataset(
          await reporting.queue(callerOf(request), {
            ...(round ? { roundId: round } : {}),
            ...(county ? { countyCode: county } : {}),
            ...(state && state.length > 0 ? { states: state } : {}),
            ...(task !== undefined ? { taskNumber: task } : {}),
          }),
        );
      },
    );

    app.get(
      '/reporting/measures/:measure/history',
      {
        config: { access: { permission: 'reporting.read' } },
        schema: {
          tags: ['reporting'],
          summary: '一个举措各轮报告的全部记录（填写、修改、报送、通过、退回及退回意见），只增不改',
          params: z.object({ measure: measureParam }),
          response: responses(measureHistorySchema.extend({ dataset: datasetNoticeSchema })),
        },
      },
      async (request) => withDataset(await reporting.history(callerOf(request), request.params.measure)),
    );

    app.get(
      '/reporting/escalations',
      {
        config: { access: { permission: 'reporting.read' } },
        schema: {
          tags: ['reporting'],
          summary: '督办清单：逾期（过完成时限未通过“已完成”）和受阻的举措；超过宽限期的标红，标红的在前',
          querystring: z.strictObject({ county: countyParam.optional() }),
          response: responses(escalationListSchema.extend({ dataset: datasetNoticeSchema })),
        },
      },
      async (request) =>
        withDataset(
          await reporting.escalations(
            callerOf(request),
            request.query.county ? { countyCode: request.query.county } : {},
          ),
        ),
    );
  },
});
