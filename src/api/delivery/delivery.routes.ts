/** Tasks and the counties' work plans (任务与工作方案): reading, the county's draft, submission and the city's decision. */
import { z } from 'zod';
import { LIMITS } from '../../domain/delivery/work-plan.ts';
import { ORG_CODE_PATTERN } from '../../domain/registry/registry.types.ts';
import { datasetNoticeSchema, multilineText, responses, textParam } from '../api.schema.ts';
import { defineApiArea } from '../area.ts';
import { callerOf } from '../auth.plugin.ts';
import { withDataset } from '../dataset-notice.ts';
import {
  countyWorkPlanSchema,
  diffViewSchema,
  measureSchema,
  taskRowSchema,
  versionViewSchema,
  workPlanStateSchema,
} from './delivery.schema.ts';

const countyParams = z.object({
  county: z.string().regex(ORG_CODE_PATTERN, '县市区代码应为 6 位数字').describe('县级单位代码'),
});
const versionNumber = (label: string) =>
  z.coerce
    .number({ error: `${label}应为正整数` })
    .int(`${label}应为正整数`)
    .min(1, `${label}应为正整数`)
    .max(10_000, `${label}过大`);
const revisionField = z.number().int().min(0).describe('打开时的修订号（revision）');
const commentField = multilineText('意见', LIMITS.comment);

const measureBody = z.strictObject({
  id: z
    .string()
    .regex(/^\d{6}-\d{3,}$/, '举措编号应形如 370811-007；新增举措不填')
    .optional()
    .describe('保留的举措的编号；新增举措不填'),
  taskNumber: z.number({ error: '服务的任务应为 1–19 的整数' }).int('服务的任务应为整数'),
  title: textParam('举措名称', LIMITS.title),
  output: multilineText('可衡量的产出', LIMITS.output),
  outputTarget: z.number({ error: '产出目标值应为数字' }).nullable(),
  outputUnit: textParam('单位', LIMITS.outputUnit).nullable(),
  ownerName: textParam('责任人', LIMITS.ownerName),
  ownerUnitCode: z.string().regex(/^[0-9A-Za-z]{6,10}$/, '责任单位代码应为 6 或 9 位数字或 10 位学校代码'),
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '完成期限应为 YYYY-MM-DD'),
});

const planResponse = responses(z.object({ workPlan: countyWorkPlanSchema, dataset: datasetNoticeSchema }));

export const apiArea = defineApiArea({
  tag: { name: 'delivery', description: '任务与工作方案' },
  routes: (ctx) => async (app) => {
    const delivery = ctx.delivery;
    const wrap = <T extends { demo: unknown }>(r: T) => {
      const { dataset, ...workPlan } = withDataset(r as T & { demo: never });
      return { workPlan, dataset };
    };

    app.get(
      '/tasks',
      {
        config: { access: { permission: 'delivery.read' } },
        schema: {
          tags: ['delivery'],
          summary: '方案的 19 项重点任务：牵头科室、服务的目标和时间节点、范围内已批准的举措数',
          response: responses(z.object({ tasks: z.array(taskRowSchema), dataset: datasetNoticeSchema })),
        },
      },
      async (request) => withDataset(await delivery.taskCounts(callerOf(request))),
    );

    app.get(
      '/work-plans',
      {
        config: { access: { permission: 'delivery.read' } },
        schema: {
          tags: ['delivery'],
          summary: '范围内各县市区工作方案的状态（版本、待审核、已批准版本、举措数）',
          response: responses(
            z.object({ plans: z.array(workPlanStateSchema), dataset: datasetNoticeSchema }),
          ),
        },
      },
      async (request) => withDataset(await delivery.overview(callerOf(request))),
    );

    app.get(
      '/measures',
      {
        config: { access: { permission: 'delivery.read' } },
        schema: {
          tags: ['delivery'],
          summary: '各县市区当前已批准工作方案的举措（举措编号各版本不变）',
          querystring: z.strictObject({
            county: z.string().regex(ORG_CODE_PATTERN, '县市区代码应为 6 位数字').optional(),
          }),
          response: responses(z.object({ measures: z.array(measureSchema), dataset: datasetNoticeSchema })),
        },
      },
      async (request) => {
        const caller = callerOf(request);
        const county = request.query.county;
        const measures = await delivery.measures(caller, county === undefined ? {} : { countyCode: county });
        const { demo } = await delivery.overview(caller);
        return withDataset({ measures, demo });
      },
    );

    app.get(
      '/work-plans/:county',
      {
        config: { access: { permission: 'delivery.read' } },
        schema: {
          tags: ['delivery'],
          summary:
            '一个县市区的工作方案：各版本、最新版本的举措、相对已批准版本的变化、历史记录、可进行的操作',
          params: countyParams,
          response: planResponse,
        },
      },
      async (request) => wrap(await delivery.workPlan(callerOf(request), request.params.county)),
    );

    app.get(
      '/work-plans/:county/versions/:version',
      {
        config: { access: { permission: 'delivery.read' } },
        schema: {
          tags: ['delivery'],
          summary: '工作方案的某一版本及其举措',
          params: countyParams.extend({ version: versionNumber('版本号') }),
          response: responses(z.object({ workPlan: versionViewSchema, dataset: datasetNoticeSchema })),
        },
      },
      async (request) =>
        wrap(
          await delivery.workPlanVersion(callerOf(request), request.params.county, request.params.version),
        ),
    );

    app.get(
      '/work-plans/:county/diff',
      {
        config: { access: { permission: 'delivery.read' } },
        schema: {
          tags: ['delivery'],
          summary: '两个版本之间的变化：新增、删除、修改的举措（逐字段）',
          params: countyParams,
          querystring: z.strictObject({
            from: versionNumber('起始版本 from'),
            to: versionNumber('对比版本 to'),
          }),
          response: responses(z.object({ workPlan: diffViewSchema, dataset: datasetNoticeSchema })),
        },
      },
      async (request) =>
        wrap(
          await delivery.diff(callerOf(request), request.params.county, request.query.from, request.query.to),
        ),
    );

    app.put(
      '/work-plans/:county/draft',
      {
        config: { access: { permission: 'delivery.plan' } },
        schema: {
          tags: ['delivery'],
          summary:
            '保存草稿（县级）：整份举措清单，保留的举措带编号，新增的不带；全部校验通过才保存；revision 为打开时的修订号（首次编制为 null）',
          params: countyParams,
          body: z.strictObject({
            revision: revisionField.nullable(),
            measures: z.array(measureBody).max(LIMITS.measures, `一份工作方案最多 ${LIMITS.measures} 条举措`),
          }),
          response: planResponse,
        },
      },
      async (request) =>
        wrap(await delivery.saveDraft(callerOf(request), request.params.county, request.body)),
    );

    const decisionRoute = (
      path: 'submit' | 'revise' | 'approve' | 'return',
      permission: 'delivery.plan' | 'delivery.approve',
      summary: string,
    ) =>
      app.post(
        `/work-plans/:county/${path}`,
        {
          config: { access: { permission } },
          schema: {
            tags: ['delivery'],
            summary,
            params: countyParams,
            body: z.strictObject({ revision: revisionField, comment: commentField.optional() }),
            response: planResponse,
          },
        },
        async (request) => {
          const caller = callerOf(request);
          const county = request.params.county;
          const input = { revision: request.body.revision, comment: request.body.comment ?? null };
          if (path === 'submit') return wrap(await delivery.submit(caller, county, input));
          if (path === 'revise') return wrap(await delivery.revise(caller, county, input));
          if (path === 'approve') return wrap(await delivery.approve(caller, county, input));
          return wrap(await delivery.returnPlan(caller, county, input));
        },
      );
    decisionRoute('submit', 'delivery.plan', '提交（县级）：草稿或被退回的版本提交市级审核');
    decisionRoute(
      'revise',
      'delivery.plan',
      '新建修订版本（县级）：从已批准的版本复制举措（编号不变）成为新草稿',
    );
    decisionRoute('approve', 'delivery.approve', '批准（市级）：已提交的版本成为当前执行的工作方案');
    decisionRoute('return', 'delivery.approve', '退回（市级）：须填写意见，县级修改后重新提交');
  },
});
