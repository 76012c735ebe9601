/** The registry: the org-unit tree, the institution directory, one institution, county boundaries. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  datasetNoticeSchema,
  intParam,
  kgClassesParam,
  orgParam,
  orgTreeNodeSchema,
  ownershipsParam,
  responses,
  runningTypesParam,
  textParam,
  urbanRuralParam,
  yearParam,
} from '../api.schema.ts';
import { COUNTY_GEOJSON_FILE } from '../../app/registry/registry-config.loader.ts';
import { defineApiArea } from '../area.ts';
import { sessionOf } from '../auth.plugin.ts';
import { withDataset } from '../dataset-notice.ts';
import {
  countyBoundariesSchema,
  institutionDetailSchema,
  institutionListItemSchema,
} from './registry.schema.ts';

export const apiArea = defineApiArea({
  tag: { name: 'registry', description: '组织机构与学校名录' },
  routes: (ctx) => {
    /**
     * Map boundaries for the web app's choropleth: the county-level polygons of Jining
     * (data/jining-counties.geojson, DataV.GeoAtlas / AutoNavi, GCJ-02; see data/SOURCES.md). Read
     * and checked once when the routes are built; sent as stored (no zone has a polygon).
     */
    const counties = countyBoundariesSchema.parse(JSON.parse(readFileSync(COUNTY_GEOJSON_FILE, 'utf8')));
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
        async (request) => withDataset(await ctx.registry.orgTree(sessionOf(request).account.scope)),
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
                items: z.array(institutionListItemSchema),
                dataset: datasetNoticeSchema,
              }),
            ),
          },
        },
        async (request) => {
          const { runningType, ownership, kgClass, urbanRural, ...q } = request.query;
          return withDataset(
            await ctx.registry.listInstitutions(
              { ...q, runningTypes: runningType, ownerships: ownership, kgClasses: kgClass, urbanRural },
              sessionOf(request).account.scope,
            ),
          );
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
              z.object({ institution: institutionDetailSchema, dataset: datasetNoticeSchema }),
            ),
          },
        },
        async (request) => {
          const { dataset, ...institution } = withDataset(
            await ctx.registry.getInstitution(request.params.code, sessionOf(request).account.scope),
          );
          return { institution, dataset };
        },
      );

      app.get(
        '/geo/counties',
        {
          config: { access: { permission: 'orgUnits.read' } },
          schema: {
            tags: ['registry'],
            summary: '济宁市县级行政区边界（GeoJSON，GCJ-02 坐标；来源 DataV.GeoAtlas，高德）',
            response: responses(countyBoundariesSchema),
          },
        },
        async (_request, reply) => {
          reply.header('Cache-Control', 'private, max-age=3600');
          return counties;
        },
      );
    };
  },
});
