/** Org-unit tree and the institution directory. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/app.context.ts';
import {
  intParam,
  textParam,
  attributesSchema,
  datasetNoticeSchema,
  institutionSchema,
  orgTreeNodeSchema,
  responses,
  kgClassesParam,
  orgParam,
  ownershipsParam,
  runningTypesParam,
  urbanRuralParam,
  yearParam,
} from './api.schemas.ts';
import { sessionOf } from './auth.plugin.ts';
import { datasetNotice } from './dataset-notice.ts';

export function registryRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/org-units',
      {
        config: { access: { permission: 'orgUnits.read' } },
        schema: {
          tags: ['registry'],
          summary: '组织机构树：济宁市 → 县市区和功能区 → 乡镇（街道）',
          response: responses(z.object({ tree: orgTreeNodeSchema, dataset: datasetNoticeSchema })),
        },
      },
      async (request) => {
        const { tree, demo } = await ctx.registry.orgTree(sessionOf(request).account.scope);
        return { tree, dataset: datasetNotice(demo) };
      },
    );

    app.get(
      '/institutions',
      {
        config: { access: { permission: 'institutions.read' } },
        schema: {
          tags: ['registry'],
          summary: '学校和幼儿园名录：筛选、排序、分页',
          querystring: z.strictObject({
            year: yearParam,
            org: orgParam,
            runningType: runningTypesParam,
            ownership: ownershipsParam,
            kgClass: kgClassesParam,
            urbanRural: urbanRuralParam,
            q: textParam('搜索词', 50).optional().describe('名称的一部分或代码开头'),
            includeInactive: z
              .enum(['true', 'false'], { error: () => 'includeInactive 应为 true 或 false' })
              .transform((v) => v === 'true')
              .optional()
              .describe('是否包含当学年已停办、已合并或尚未开办的机构'),
            sort: z
              .enum(['code', 'name', 'enrolment', 'county', 'runningType'], {
                error: () => '排序字段应为 code、name、enrolment、county 或 runningType',
              })
              .optional(),
            order: z.enum(['asc', 'desc'], { error: () => '排序方向应为 asc 或 desc' }).optional(),
            page: intParam('页码', 1, 100_000),
            pageSize: intParam('每页条数', 1, 500),
          }),
          response: responses(
            z.object({
              year: z.number().int(),
              total: z.number().int(),
              page: z.number().int(),
              pageSize: z.number().int(),
              items: z.array(
                institutionSchema.extend({
                  enrolment: z.number().int().nullable().describe('该学年在校（园）生数'),
                  attributes: attributesSchema,
                }),
              ),
              dataset: datasetNoticeSchema,
            }),
          ),
        },
      },
      async (request) => {
        const q = request.query;
        const page = await ctx.registry.listInstitutions(
          {
            ...(q.year !== undefined ? { year: q.year } : {}),
            ...(q.org !== undefined ? { org: q.org } : {}),
            ...(q.runningType ? { runningTypes: q.runningType as never } : {}),
            ...(q.ownership ? { ownerships: q.ownership as never } : {}),
            ...(q.kgClass ? { kgClasses: q.kgClass as never } : {}),
            ...(q.urbanRural ? { urbanRural: q.urbanRural as never } : {}),
            ...(q.q ? { q: q.q } : {}),
            ...(q.includeInactive !== undefined ? { includeInactive: q.includeInactive } : {}),
            ...(q.sort ? { sort: q.sort } : {}),
            ...(q.order ? { order: q.order } : {}),
            ...(q.page ? { page: q.page } : {}),
            ...(q.pageSize ? { pageSize: q.pageSize } : {}),
          },
          sessionOf(request).account.scope,
        );
        const { demo, ...rest } = page;
        return { ...rest, dataset: datasetNotice(demo) };
      },
    );

    app.get(
      '/institutions/:code',
      {
        config: { access: { permission: 'institutions.read' } },
        schema: {
          tags: ['registry'],
          summary: '一所学校（幼儿园）：属性、属性历史、办学事件和历年统计',
          params: z.object({
            code: z.string().regex(/^[0-9A-Za-z]{10}$/, '学校（机构）代码应为 10 位字母或数字'),
          }),
          response: responses(
            z.object({
              institution: institutionSchema.extend({
                attributesByYear: z.array(z.object({ year: z.number().int(), attributes: attributesSchema })),
                attributeHistory: z
                  .array(
                    z.object({
                      id: z.number().int(),
                      name: z.string(),
                      value: z.unknown(),
                      effectiveFromYear: z.number().int(),
                      recordedAt: z.string(),
                      note: z.string().optional(),
                    }),
                  )
                  .describe('属性的全部记录（只增不改）'),
                events: z.array(
                  z.object({
                    kind: z.enum(['opened', 'closed', 'mergedInto']),
                    schoolYear: z.number().int(),
                    targetInstitutionCode: z.string().optional(),
                    note: z.string().optional(),
                  }),
                ),
                statistics: z
                  .array(
                    z.object({
                      schoolYear: z.number().int(),
                      grades: z.array(z.unknown()),
                      stages: z.record(z.string(), z.unknown()),
                    }),
                  )
                  .describe('历年秋季统计：分年级分性别在校生、班额、分学段教师和办学条件'),
              }),
              dataset: datasetNoticeSchema,
            }),
          ),
        },
      },
      async (request) => {
        const { demo, ...institution } = await ctx.registry.getInstitution(
          request.params.code,
          sessionOf(request).account.scope,
        );
        return { institution, dataset: datasetNotice(demo) };
      },
    );
  };
}
