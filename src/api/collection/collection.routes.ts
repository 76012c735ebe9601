/**
 * Data collection (issue 6): the periods and forms, one school's submission (open, check, save,
 * submit), the county's review and the city's decision (one or many), the history, completeness,
 * and Excel templates, imports and exports. Routes validate, authorise (the permission here, the
 * caller's scope and level in the use case), make one call and present it.
 */
import { z } from 'zod';
import {
  ACTING_PERMISSION,
  type ApprovalAction,
  type ApprovalLevel,
} from '../../domain/collection/approval.ts';
import { PERIOD_ID_PATTERN } from '../../domain/collection/catalog.types.ts';
import { EXPORT_STATE_FILTERS } from '../../app/collection/export.workbook.ts';
import { MAX_PREVIEW_TOKEN_LENGTH } from '../../app/collection/import.token.ts';
import { MAX_IMPORT_BYTES } from '../../app/collection/workbook.import.ts';
import { datasetNoticeSchema, multilineText, orgParam, responses, textParam } from '../api.schema.ts';
import { defineApiArea } from '../area.ts';
import { callerOf } from '../auth.plugin.ts';
import { withDataset } from '../dataset-notice.ts';
import { sendXlsxFile, uploadedFile } from '../file-reply.ts';
import { collectionCatalogSchema } from './catalog.schema.ts';
import {
  bulkPreviewSchema,
  bulkResultSchema,
  checkResultSchema,
  completenessSchema,
  fieldValueSchema,
  historySchema,
  importResultSchema,
  submissionSchema,
} from './collection.schema.ts';

const params = z.object({
  period: z.string().regex(PERIOD_ID_PATTERN, '采集周期编号形如 2025-autumn'),
  code: z.string().regex(/^[A-Za-z0-9]{6,20}$/, '学校（机构）代码应为 6—20 位字母或数字'),
});
const periodParams = z.object({ period: params.shape.period });

const commentField = multilineText('意见', 1000).optional();

/** The levels that review, and the path of their actions: the county reviews, the city decides. */
type ReviewLevel = Exclude<ApprovalLevel, 'school'>;
const REVIEW_PATH: Readonly<Record<ReviewLevel, string>> = { county: 'review', city: 'decide' };

const orgQuery = orgParam.describe('组织机构代码（县市区、功能区或乡镇街道）；省略时为本单位');
const formQuery = z
  .string()
  .regex(/^[A-Z0-9-]{1,40}$/, '报表编号形如 AUTUMN-PRIMARY')
  .optional();

const valuesBody = (verb: string) =>
  z
    .record(z.string().max(60), fieldValueSchema)
    .refine((v) => Object.keys(v).length <= 2000, `一次最多${verb} 2000 个字段`);
const explanationsBody = z.record(z.string().max(20), multilineText('说明', 1000)).optional();

const MB = Math.round(MAX_IMPORT_BYTES / 1024 / 1024);

export const apiArea = defineApiArea({
  tag: { name: 'collection', description: '数据采集：报表、填报、审核、Excel 导入导出、填报进度' },
  routes: (ctx) => async (app) => {
    const collection = ctx.collection;

    app.get(
      '/collection/periods',
      {
        config: { access: { permission: 'collection.read' } },
        schema: {
          tags: ['collection'],
          summary: '采集周期和报表（数据元素、分组、校验规则见 catalog/collection），以及服务器当前时间 now',
          response: responses(
            collectionCatalogSchema.extend({ now: z.string(), dataset: datasetNoticeSchema }),
          ),
        },
      },
      async () => withDataset(await collection.periods()),
    );

    app.get(
      '/collection/:period/completeness',
      {
        config: { access: { permission: 'collection.read' } },
        schema: {
          tags: ['collection'],
          summary: '填报进度：各县市区和各校应报、已提交、已审核、已生效、逾期，以及距截止的天数',
          params: periodParams,
          querystring: z.strictObject({
            org: orgQuery,
            schools: z
              .enum(['true', 'false'], { error: () => 'schools 应为 true 或 false' })
              .default('true')
              .describe('false：只要汇总数（各状态学校数、各县计数），不要逐校列表'),
          }),
          response: responses(completenessSchema),
        },
      },
      async (request) => {
        const c = await collection.completeness.completeness(
          request.params.period,
          callerOf(request),
          request.query.org,
        );
        return withDataset({ ...c, schools: request.query.schools === 'true' ? c.schools : [] });
      },
    );

    app.get(
      '/collection/:period/submissions/:code',
      {
        config: { access: { permission: 'collection.read' } },
        schema: {
          tags: ['collection'],
          summary: '一所学校某采集周期的报表：当前值、上年值、校验结果、可执行的操作',
          params,
          response: responses(submissionSchema),
        },
      },
      async (request) =>
        withDataset(
          await collection.entry.open(request.params.period, request.params.code, callerOf(request)),
        ),
    );

    app.put(
      '/collection/:period/submissions/:code',
      {
        config: { access: { permission: 'collection.enter' } },
        schema: {
          tags: ['collection'],
          summary: '保存草稿（学校填报员）：只保存给出的字段；version 为打开时的版本，他人已修改时拒绝',
          params,
          body: z.strictObject({
            version: z.number().int().min(0),
            values: valuesBody('保存'),
            explanations: explanationsBody,
          }),
          response: responses(submissionSchema),
        },
      },
      async (request) =>
        withDataset(
          await collection.entry.save(
            request.params.period,
            request.params.code,
            callerOf(request),
            request.body,
          ),
        ),
    );

    app.post(
      '/collection/:period/submissions/:code/submit',
      {
        config: { access: { permission: 'collection.enter' } },
        schema: {
          tags: ['collection'],
          summary: '提交（学校填报员）：全部校验通过（软规则已说明）后提交县级审核',
          params,
          response: responses(submissionSchema),
        },
      },
      async (request) =>
        withDataset(
          await collection.entry.submit(request.params.period, request.params.code, callerOf(request)),
        ),
    );

    app.post(
      '/collection/:period/submissions/:code/check',
      {
        config: { access: { permission: 'collection.enter' } },
        schema: {
          tags: ['collection'],
          summary:
            '即时校验（学校填报员）：已保存的值加上未保存的修改，按提交时的规则校验（含上年值和本县同类学校），不保存任何数据',
          params,
          body: z.strictObject({ values: valuesBody('校验'), explanations: explanationsBody }),
          response: responses(checkResultSchema),
        },
      },
      async (request) =>
        collection.entry.check(request.params.period, request.params.code, callerOf(request), request.body),
    );

    // The county's review and the city's decision: the same shape, each with its own level (which
    // gives the path and the permission) and actions.
    const actionRoute = (
      level: ReviewLevel,
      actions: readonly [ApprovalAction, ...ApprovalAction[]],
      summary: string,
    ) =>
      app.post(
        `/collection/:period/submissions/:code/${REVIEW_PATH[level]}`,
        {
          config: { access: { permission: ACTING_PERMISSION[level] } },
          schema: {
            tags: ['collection'],
            summary,
            params,
            body: z.strictObject({
              action: z.enum(actions, { error: () => `action 应为 ${actions.join('、')} 之一` }),
              comment: commentField,
            }),
            response: responses(submissionSchema),
          },
        },
        async (request) =>
          withDataset(
            await collection.review.actAs(
              level,
              request.params.period,
              request.params.code,
              callerOf(request),
              request.body.action,
              request.body.comment,
            ),
          ),
      );
    actionRoute(
      'county',
      ['return', 'approve', 'requestUnlock'],
      '县级审核：退回（需意见）、审核通过、申请解锁（需意见）',
    );
    actionRoute(
      'city',
      ['approve', 'return', 'unlock', 'grantUnlock', 'rejectUnlock'],
      '市级审核：通过并锁定、退回（需意见）、直接解锁（需意见）、同意或驳回解锁申请',
    );

    // Bulk review: the county approves (or returns) its submitted forms in one go, the city the
    // forms its counties approved. Each school is decided on its own, with all the checks of one.
    const bulkBody = z
      .strictObject({
        action: z.enum(['approve', 'return'], {
          error: () => 'action 应为 approve（通过）或 return（退回）',
        }),
        codes: z.array(params.shape.code).max(5000, '一次最多 5000 所学校').optional(),
        comment: commentField,
      })
      .refine((b) => b.action !== 'return' || (b.comment ?? '') !== '', {
        path: ['comment'],
        message: '批量退回时必须填写意见，以便学校了解要修改什么',
      });
    const bulkRoute = (level: ReviewLevel, summary: string) => {
      app.post(
        `/collection/:period/${REVIEW_PATH[level]}/bulk`,
        {
          config: { access: { permission: ACTING_PERMISSION[level] }, heavy: 'bulkReview' },
          schema: {
            tags: ['collection'],
            summary,
            params: periodParams,
            body: bulkBody,
            response: responses(bulkResultSchema),
          },
        },
        async (request) =>
          collection.review.bulkActAs(level, request.params.period, callerOf(request), request.body.action, {
            codes: request.body.codes,
            comment: request.body.comment,
          }),
      );
      // The dry run of the same request: what would be moved (and locked), per county, with the
      // soft rules of those forms, before anything is written.
      app.post(
        `/collection/:period/${REVIEW_PATH[level]}/bulk/preview`,
        {
          config: { access: { permission: ACTING_PERMISSION[level] }, heavy: 'bulkReview' },
          schema: {
            tags: ['collection'],
            summary: `${level === 'city' ? '市级' : '县级'}批量审核预演（不写入任何数据）：同一请求将处理哪些报表、是否锁定、各县市区的份数，以及这些报表的软规则提示及学校是否已说明；不能处理的逐校说明原因`,
            params: periodParams,
            body: bulkBody,
            response: responses(bulkPreviewSchema),
          },
        },
        async (request) =>
          collection.review.bulkPreview(
            level,
            request.params.period,
            callerOf(request),
            request.body.action,
            {
              codes: request.body.codes,
              comment: request.body.comment,
            },
          ),
      );
    };
    bulkRoute(
      'county',
      '县级批量审核：对多所学校执行同一操作（默认：本县全部待审核的报表），逐校报告结果；同一学校只处理一次',
    );
    bulkRoute(
      'city',
      '市级批量审核：对多所学校执行同一操作（默认：全市县级已审核的报表），通过即锁定并生效，逐校报告结果',
    );

    app.get(
      '/collection/:period/submissions/:code/history',
      {
        config: { access: { permission: 'collection.read' } },
        schema: {
          tags: ['collection'],
          summary: '报表的全部修改记录（字段、原值、新值、修改人、时间）和审核记录',
          params,
          querystring: z.strictObject({ field: z.string().max(60).optional() }),
          response: responses(historySchema),
        },
      },
      async (request) =>
        collection.entry.history(
          request.params.period,
          request.params.code,
          callerOf(request),
          request.query.field,
        ),
    );

    app.get(
      '/collection/:period/template',
      {
        config: { access: { permission: 'collection.read' }, heavy: 'export' },
        schema: {
          tags: ['collection'],
          summary:
            '下载 Excel 填报模板：学校填报员为本校；县级和市级为所选单位（org，默认本单位）中填报该报表（form）的全部学校，预填当前值',
          params: periodParams,
          querystring: z.strictObject({ form: formQuery, org: orgQuery }),
        },
      },
      async (request, reply) =>
        sendXlsxFile(
          reply,
          await collection.workbooks.template(
            request.params.period,
            callerOf(request),
            request.query.form,
            request.query.org,
          ),
        ),
    );

    // Excel upload: the preview (any reader, nothing written), the school's commit and the
    // county's commit on behalf of its schools — the same checks, each with its own permission.
    // A commit carries the preview's token (the versions it compared against) in the query.
    const importQuery = z.strictObject({
      previewToken: z
        .string()
        .max(MAX_PREVIEW_TOKEN_LENGTH, '预览凭据过长，请重新预览')
        .regex(/^p1\.[A-Za-z0-9_-]+$/, '预览凭据 previewToken 格式不对，请重新预览')
        .optional()
        .describe(
          '导入时必填：预览同一文件时返回的 previewToken；预览后有学校的报表被修改时拒绝导入。预览时不用',
        ),
      fileName: textParam('文件名', 255).optional().describe('文件名（只记入审计日志）'),
    });
    const importRoute = (
      path: 'preview' | 'commit' | 'county-commit',
      permission: 'collection.read' | 'collection.enter' | 'collection.review',
      summary: string,
    ) =>
      app.post(
        `/collection/:period/import/${path}`,
        {
          config: { access: { permission }, uploadHint: '请按县区或学校分批导入', heavy: 'import' },
          bodyLimit: MAX_IMPORT_BYTES,
          schema: {
            tags: ['collection'],
            summary,
            params: periodParams,
            querystring: importQuery,
            response: responses(importResultSchema),
          },
        },
        async (request) =>
          collection.workbooks.importWorkbook(
            request.params.period,
            uploadedFile(request, 'Excel 文件（从本平台下载的报表模板）'),
            callerOf(request),
            path === 'preview' ? 'preview' : 'commit',
            path === 'county-commit',
            request.query,
          ),
      );
    app.post(
      '/collection/:period/import/problems',
      {
        config: {
          access: { permission: 'collection.read' },
          uploadHint: '请按县区或学校分批导入',
          heavy: 'import',
        },
        bodyLimit: MAX_IMPORT_BYTES,
        schema: {
          tags: ['collection'],
          summary:
            '下载 Excel 导入的问题清单（.xlsx）：请求体为要导入的文件，按预览的全部检查（含报表的校验规则）列出每个错误和提示，按行排序；不写入任何数据，记入审计日志',
          params: periodParams,
          querystring: z.strictObject({ fileName: importQuery.shape.fileName }),
        },
      },
      async (request, reply) =>
        sendXlsxFile(
          reply,
          await collection.workbooks.problemList(
            request.params.period,
            uploadedFile(request, 'Excel 文件（从本平台下载的报表模板）'),
            callerOf(request),
            request.query,
          ),
        ),
    );
    importRoute(
      'preview',
      'collection.read',
      `预览 Excel 导入（请求体为 .xlsx 文件，不超过 ${MB} MB）：逐行列出学校、状态、将修改的字段（原值 → 新值）和全部问题；不写入任何数据`,
    );
    importRoute(
      'commit',
      'collection.enter',
      '学校填报员导入本校 Excel：须带上预览同一文件返回的 previewToken；与预览相同的检查，有任何问题、或预览后有学校的报表被修改（409，逐校列出），则全部不保存；否则在一个事务中保存全部有变化的行（重复导入同一文件不产生变化）',
    );
    importRoute(
      'county-commit',
      'collection.review',
      '县级统一导入：县级账号代本县学校导入 Excel（仅限草稿或退回状态、采集期内），须带上预览同一文件返回的 previewToken；预览后有学校的报表被修改时拒绝（409，逐校列出）；全部成功或全部不保存；修改记录和审计日志记下导入人',
    );

    app.get(
      '/collection/:period/export',
      {
        config: { access: { permission: 'collection.read' }, heavy: 'export' },
        schema: {
          tags: ['collection'],
          summary:
            '导出某采集周期的数据（.xlsx）：管理范围内（可用 org 限定单位）每所学校一行、每种报表一张工作表，含状态、提交时间和全部字段，另有“说明”工作表；可按报表 form 和状态 state（all 全部、submitted 已上报、approved 县级已审核及以上、final 已生效）筛选；每次导出都记入审计日志',
          params: periodParams,
          querystring: z.strictObject({
            org: orgQuery,
            form: formQuery,
            state: z
              .enum(EXPORT_STATE_FILTERS, {
                error: () => `状态 state 取值无效，应为 ${EXPORT_STATE_FILTERS.join('、')} 之一`,
              })
              .optional(),
          }),
        },
      },
      async (request, reply) =>
        sendXlsxFile(
          reply,
          await collection.workbooks.exportWorkbook(request.params.period, callerOf(request), request.query),
        ),
    );
  },
});
