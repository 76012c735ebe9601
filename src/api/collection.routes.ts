/**
 * Data collection (issue 6): the periods and forms, one school's submission (open, save, submit),
 * the county's review and the city's decision, and the history of a submission. Every route checks
 * the caller's scope in the service; a school outside it answers as not found.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/app.context.ts';
import type { CollectionCaller, SubmissionView } from '../app/collection/collection.service.ts';
import type { ApprovalAction, ApprovalLevel } from '../domain/collection/approval.ts';
import { datasetNoticeSchema, multilineText, responses } from './api.schemas.ts';
import { datasetNotice } from './dataset-notice.ts';
import { actorOf, sessionOf } from './auth.plugin.ts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../app/app-error.ts';
import { MAX_IMPORT_BYTES } from '../app/collection/workbook.import.ts';
import { EXPORT_STATE_FILTERS } from '../app/collection/export.ts';
import { XLSX_TYPE } from './access.routes.ts';
import { formFields } from '../domain/collection/fields.ts';
import { writeWorkbook } from '../app/shared/xlsx/xlsx.file.ts';

const params = z.object({
  period: z.string().regex(/^[a-z0-9-]{1,40}$/, '采集周期编号形如 2025-autumn'),
  code: z.string().regex(/^[A-Za-z0-9]{6,20}$/, '学校（机构）代码应为 6—20 位字母或数字'),
});

const fieldValue = z.union([
  z.number().finite(),
  z.array(z.number().finite()).max(100, '一个年级最多 100 个班'),
  z.null(),
]);

const commentField = multilineText('意见', 1000).optional();

const issueSchema = z.object({
  ruleId: z.string(),
  ruleName: z.string(),
  severity: z.enum(['hard', 'soft']),
  fields: z.array(z.string()),
  message: z.string(),
});

const submissionSchema = z.object({
  periodId: z.string(),
  schoolYear: z.number().int(),
  institution: z.object({
    code: z.string(),
    name: z.string(),
    countyCode: z.string(),
    townshipCode: z.string(),
    runningType: z.string(),
  }),
  form: z.looseObject({ id: z.string(), version: z.number() }),
  state: z.string(),
  version: z.number().int(),
  values: z.record(z.string(), fieldValue),
  explanations: z.record(z.string(), z.string()),
  previous: z.record(z.string(), fieldValue).nullable(),
  issues: z.array(issueSchema),
  allowedActions: z.array(z.string()),
  dataset: datasetNoticeSchema,
  rules: z.array(z.object({ id: z.string(), name: z.string(), severity: z.enum(['hard', 'soft']) })),
  fields: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      section: z.string(),
      element: z.string(),
      unit: z.string(),
      type: z.enum(['integer', 'number', 'integerList']),
      min: z.number(),
      max: z.number(),
      description: z.string().nullable(),
    }),
  ),
});

function callerOf(request: FastifyRequest, level: ApprovalLevel): CollectionCaller {
  return { actor: actorOf(request), scope: sessionOf(request).account.scope, level };
}

/** The level a reader acts at, from the scope of its account: a school, the city, or a county. */
async function readerLevel(ctx: AppContext, request: FastifyRequest): Promise<ApprovalLevel> {
  const scope = sessionOf(request).account.scope;
  if (scope.kind === 'institution') return 'school';
  return scope.orgCode === (await ctx.cache.get()).orgIndex.city.code ? 'city' : 'county';
}

/** A reader acts at the level of its account's scope. */
async function readerOf(ctx: AppContext, request: FastifyRequest): Promise<CollectionCaller> {
  return callerOf(request, await readerLevel(ctx, request));
}

/** An .xlsx file as the answer, saved under its (Chinese) name. */
function sendXlsx(reply: FastifyReply, fileName: string, file: Buffer): Buffer {
  reply
    .type(XLSX_TYPE)
    .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  return file;
}

const LEVEL_NAMES: Record<ApprovalLevel, string> = { school: '学校', county: '县级', city: '市级' };

/**
 * The caller of a write at `level`, refused unless the account's scope is of that level: a school
 * account enters, a county account reviews, the city decides — whatever permissions a role in
 * config/roles.yaml is given. Refusals are audited like a missing permission.
 */
async function actingAs(
  ctx: AppContext,
  request: FastifyRequest,
  level: ApprovalLevel,
): Promise<CollectionCaller> {
  const actual = await readerLevel(ctx, request);
  if (actual !== level) {
    await ctx.audit.record(actorOf(request), {
      action: 'access.denied',
      outcome: 'denied',
      targetType: 'route',
      targetId: `${request.method} ${request.url.split('?')[0]}`,
      detail: `需要${LEVEL_NAMES[level]}账号，当前为${LEVEL_NAMES[actual]}账号`,
    });
    throw new AppError(
      'FORBIDDEN',
      `此操作只能由${LEVEL_NAMES[level]}账号执行（您的账号属于${LEVEL_NAMES[actual]}）`,
    );
  }
  return callerOf(request, level);
}

/** The permission a level's actions need (an inspector reads at county level but acts at none). */
const ACTING_PERMISSION: Record<ApprovalLevel, string> = {
  school: 'collection.enter',
  county: 'collection.review',
  city: 'collection.approve',
};

/**
 * A submission as the API sends it: the form's fields spelled out for the entry screen, and only
 * the actions the caller's role may take.
 */
function presenter(ctx: AppContext) {
  return async (v: SubmissionView, request: FastifyRequest) =>
    ({
      ...v,
      allowedActions: sessionOf(request).permissions.has(
        ACTING_PERMISSION[await readerLevel(ctx, request)] as never,
      )
        ? v.allowedActions
        : [],
      dataset: datasetNotice((await ctx.cache.get()).demo),
      rules: ctx.collection.catalog.rules.map((r) => ({ id: r.id, name: r.name, severity: r.severity })),
      fields: formFields(ctx.collection.catalog, v.form).map((f) => ({
        key: f.key,
        label: f.label,
        section: f.section,
        element: f.element.code,
        unit: f.element.unit,
        type: f.element.type,
        min: f.element.min,
        max: f.element.max,
        description: f.element.description ?? null,
      })),
    }) as never;
}

const importResultSchema = z.looseObject({
  mode: z.enum(['preview', 'commit']),
  period: z.object({ id: z.string(), name: z.string() }),
  form: z.looseObject({ id: z.string(), version: z.number() }).nullable(),
  onBehalf: z.boolean(),
  rows: z.array(
    z.object({
      row: z.number().int(),
      institution: z.object({ code: z.string(), name: z.string() }),
      state: z.string(),
      changes: z.array(z.object({ field: z.string(), label: z.string(), old: fieldValue, new: fieldValue })),
    }),
  ),
  problems: z.array(
    z.looseObject({
      sheet: z.string().nullable(),
      row: z.number().nullable(),
      column: z.string().nullable(),
      header: z.string().nullable(),
      value: z.string().nullable(),
      rule: z.string(),
      message: z.string(),
    }),
  ),
  summary: z.object({
    rows: z.number().int(),
    changedRows: z.number().int(),
    unchangedRows: z.number().int(),
    changedFields: z.number().int(),
  }),
  canCommit: z.boolean(),
  committed: z.boolean(),
});

const MB = Math.round(MAX_IMPORT_BYTES / 1024 / 1024);

/** The uploaded file's bytes (the body is the raw .xlsx). */
function fileOf(request: FastifyRequest): Buffer {
  if (!Buffer.isBuffer(request.body)) {
    throw new AppError('IMPORT_REJECTED', `请以 ${XLSX_TYPE} 上传 Excel 文件内容（从本平台下载的报表模板）`, [
      { field: 'body', message: '请求体应为 .xlsx 文件' },
    ]);
  }
  return request.body;
}

const uploadOptions = {
  bodyLimit: MAX_IMPORT_BYTES,
} as const;

export function collectionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const present = presenter(ctx);
  return async (app) => {
    app.get(
      '/collection/periods',
      {
        config: { access: { permission: 'collection.read' } },
        schema: {
          tags: ['collection'],
          summary: '采集周期和报表（数据元素、分组、校验规则见 catalog/collection），以及服务器当前时间 now',
          response: responses(
            z.object({
              periods: z.array(z.looseObject({ id: z.string() })),
              forms: z.array(z.looseObject({ id: z.string() })),
              rules: z.array(z.looseObject({ id: z.string() })),
              elements: z.array(z.looseObject({ code: z.string() })),
              categories: z.array(z.looseObject({ code: z.string() })),
              now: z.string(),
              dataset: datasetNoticeSchema,
            }),
          ),
        },
      },
      // The server's clock decides which period is open (the browser's may be wrong).
      async () =>
        ({
          ...ctx.collection.catalog,
          now: ctx.clock().toISOString(),
          dataset: datasetNotice((await ctx.cache.get()).demo),
        }) as never,
    );

    app.get(
      '/collection/:period/completeness',
      {
        config: { access: { permission: 'collection.read' } },
        schema: {
          tags: ['collection'],
          summary: '填报进度：各县市区和各校应报、已提交、已审核、已生效、逾期，以及距截止的天数',
          params: z.object({ period: params.shape.period }),
          querystring: z.strictObject({
            org: z
              .string()
              .regex(/^\d{6}(\d{3})?$/, '组织机构代码应为 6 位或 9 位数字')
              .optional(),
            schools: z
              .enum(['true', 'false'], { error: () => 'schools 应为 true 或 false' })
              .default('true')
              .describe('false：只要汇总数（各状态学校数、各县计数），不要逐校列表'),
          }),
          response: responses(
            z.object({
              period: z.looseObject({ id: z.string() }),
              daysLeft: z.number().int(),
              states: z.record(z.string(), z.number().int()),
              counties: z.array(z.looseObject({ code: z.string(), expected: z.number() })),
              schools: z.array(z.looseObject({ code: z.string(), state: z.string() })),
              dataset: datasetNoticeSchema,
            }),
          ),
        },
      },
      async (request) => {
        const c = await ctx.collection.completeness(
          request.params.period,
          await readerOf(ctx, request),
          request.query.org,
        );
        return {
          ...c,
          schools: request.query.schools === 'true' ? c.schools : [],
          dataset: datasetNotice((await ctx.cache.get()).demo),
        } as never;
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
        await present(
          await ctx.collection.open(request.params.period, request.params.code, await readerOf(ctx, request)),
          request,
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
            values: z
              .record(z.string().max(60), fieldValue)
              .refine((v) => Object.keys(v).length <= 2000, '一次最多保存 2000 个字段'),
            explanations: z.record(z.string().max(20), multilineText('说明', 1000)).optional(),
          }),
          response: responses(submissionSchema),
        },
      },
      async (request) =>
        await present(
          await ctx.collection.save(
            request.params.period,
            request.params.code,
            await actingAs(ctx, request, 'school'),
            request.body,
          ),
          request,
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
        await present(
          await ctx.collection.act(
            request.params.period,
            request.params.code,
            await actingAs(ctx, request, 'school'),
            'submit',
          ),
          request,
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
          body: z.strictObject({
            values: z
              .record(z.string().max(60), fieldValue)
              .refine((v) => Object.keys(v).length <= 2000, '一次最多校验 2000 个字段'),
            explanations: z.record(z.string().max(20), multilineText('说明', 1000)).optional(),
          }),
          response: responses(z.object({ issues: z.array(issueSchema), blocking: z.array(issueSchema) })),
        },
      },
      async (request) =>
        (await ctx.collection.check(
          request.params.period,
          request.params.code,
          await actingAs(ctx, request, 'school'),
          request.body,
        )) as never,
    );

    // The county's review and the city's decision: the same shape, each with its own level,
    // permission and actions.
    const actionRoute = (
      path: 'review' | 'decide',
      permission: 'collection.review' | 'collection.approve',
      level: ApprovalLevel,
      actions: readonly [ApprovalAction, ...ApprovalAction[]],
      summary: string,
    ) =>
      app.post(
        `/collection/:period/submissions/:code/${path}`,
        {
          config: { access: { permission } },
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
          await present(
            await ctx.collection.act(
              request.params.period,
              request.params.code,
              await actingAs(ctx, request, level),
              request.body.action,
              request.body.comment,
            ),
            request,
          ),
      );
    actionRoute(
      'review',
      'collection.review',
      'county',
      ['return', 'approve', 'requestUnlock'],
      '县级审核：退回（需意见）、审核通过、申请解锁（需意见）',
    );
    actionRoute(
      'decide',
      'collection.approve',
      'city',
      ['approve', 'return', 'unlock', 'grantUnlock', 'rejectUnlock'],
      '市级审核：通过并锁定、退回（需意见）、直接解锁（需意见）、同意或驳回解锁申请',
    );

    // Bulk review: the county approves (or returns) its submitted forms in one go, the city the
    // forms its counties approved. Each school is handled on its own, with all the checks of one.
    const bulkRoute = (
      path: 'review' | 'decide',
      permission: 'collection.review' | 'collection.approve',
      level: ApprovalLevel,
      summary: string,
    ) =>
      app.post(
        `/collection/:period/${path}/bulk`,
        {
          config: { access: { permission } },
          schema: {
            tags: ['collection'],
            summary,
            params: z.object({ period: params.shape.period }),
            body: z
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
              }),
            response: responses(
              z.object({
                done: z.number().int(),
                refused: z.number().int(),
                results: z.array(
                  z.object({
                    code: z.string(),
                    ok: z.boolean(),
                    state: z.string(),
                    message: z.string().nullable(),
                  }),
                ),
              }),
            ),
          },
        },
        async (request) =>
          ctx.collection.bulkAct(
            request.params.period,
            await actingAs(ctx, request, level),
            request.body.action,
            {
              codes: request.body.codes,
              comment: request.body.comment,
            },
          ),
      );
    bulkRoute(
      'review',
      'collection.review',
      'county',
      '县级批量审核：对多所学校执行同一操作（默认：本县全部待审核的报表），逐校报告结果',
    );
    bulkRoute(
      'decide',
      'collection.approve',
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
          response: responses(
            z.object({ values: z.array(z.looseObject({})), events: z.array(z.looseObject({})) }),
          ),
        },
      },
      async (request) =>
        (await ctx.collection.history(
          request.params.period,
          request.params.code,
          await readerOf(ctx, request),
          request.query.field,
        )) as never,
    );

    // A file over the upload limit: a clear Chinese 413 (the root handler would say only
    // "请求无法处理"); every other error goes on to the root handler.
    app.setErrorHandler(async (err: FastifyError, _request, reply: FastifyReply) => {
      if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return reply.status(413).send({
          error: {
            code: 'PAYLOAD_TOO_LARGE',
            message: `文件超过 ${MB} MB 的上限，未导入任何数据；请按县区或学校分批导入`,
            details: [{ field: 'body', message: `上传文件不能超过 ${MB} MB` }],
          },
        });
      }
      throw err;
    });

    const templateQuery = z.strictObject({
      form: z
        .string()
        .regex(/^[A-Z0-9-]{1,40}$/, '报表编号形如 AUTUMN-PRIMARY')
        .optional(),
      org: z
        .string()
        .regex(/^\d{6}(\d{3})?$/, '组织机构代码应为 6 位或 9 位数字')
        .optional(),
    });

    app.get(
      '/collection/:period/template',
      {
        config: { access: { permission: 'collection.read' } },
        schema: {
          tags: ['collection'],
          summary:
            '下载 Excel 填报模板：学校填报员为本校；县级和市级为所选单位（org，默认本单位）中填报该报表（form）的全部学校，预填当前值',
          params: z.object({ period: params.shape.period }),
          querystring: templateQuery,
        },
      },
      async (request, reply) => {
        const { buildTemplate, templateFileName } = await import('../app/collection/workbook.template.ts');
        const t = await ctx.collection.templateFor(
          request.params.period,
          await readerOf(ctx, request),
          request.query.form,
          request.query.org,
        );
        return sendXlsx(
          reply,
          templateFileName(t.period, t.form, t.unitName),
          await writeWorkbook(buildTemplate(ctx.collection.catalog, t.period, t.form, t.schools)),
        );
      },
    );

    // Excel upload: the preview (any reader, nothing written), the school's commit and the
    // county's commit on behalf of its schools — the same checks, each with its own permission.
    const importRoute = (
      path: 'preview' | 'commit' | 'county-commit',
      permission: 'collection.read' | 'collection.enter' | 'collection.review',
      summary: string,
    ) =>
      app.post(
        `/collection/:period/import/${path}`,
        {
          config: { access: { permission } },
          ...uploadOptions,
          schema: {
            tags: ['collection'],
            summary,
            params: z.object({ period: params.shape.period }),
            response: responses(importResultSchema),
          },
        },
        async (request) =>
          (await ctx.collection.importWorkbook(
            request.params.period,
            fileOf(request),
            path === 'preview'
              ? await readerOf(ctx, request)
              : await actingAs(ctx, request, path === 'commit' ? 'school' : 'county'),
            path === 'preview' ? 'preview' : 'commit',
            path === 'county-commit',
          )) as never,
      );
    importRoute(
      'preview',
      'collection.read',
      `预览 Excel 导入（请求体为 .xlsx 文件，不超过 ${MB} MB）：逐行列出学校、状态、将修改的字段（原值 → 新值）和全部问题；不写入任何数据`,
    );
    importRoute(
      'commit',
      'collection.enter',
      '学校填报员导入本校 Excel：与预览相同的检查，有任何问题则全部不保存；否则在一个事务中保存全部有变化的行（重复导入同一文件不产生变化）',
    );
    importRoute(
      'county-commit',
      'collection.review',
      '县级统一导入：县级账号代本县学校导入 Excel（仅限草稿或退回状态、采集期内），全部成功或全部不保存；修改记录和审计日志记下导入人',
    );

    const exportQuery = z.strictObject({
      org: templateQuery.shape.org,
      form: templateQuery.shape.form,
      state: z
        .enum(EXPORT_STATE_FILTERS, {
          error: () => `状态 state 取值无效，应为 ${EXPORT_STATE_FILTERS.join('、')} 之一`,
        })
        .optional(),
    });

    app.get(
      '/collection/:period/export',
      {
        config: { access: { permission: 'collection.read' } },
        schema: {
          tags: ['collection'],
          summary:
            '导出某采集周期的数据（.xlsx）：管理范围内（可用 org 限定单位）每所学校一行、每种报表一张工作表，含状态、提交时间和全部字段，另有“说明”工作表；可按报表 form 和状态 state（all 全部、submitted 已上报、approved 县级已审核及以上、final 已生效）筛选；每次导出都记入审计日志',
          params: z.object({ period: params.shape.period }),
          querystring: exportQuery,
        },
      },
      async (request, reply) => {
        const e = await ctx.collection.exportWorkbook(
          request.params.period,
          await readerOf(ctx, request),
          request.query,
        );
        return sendXlsx(reply, e.fileName, e.file);
      },
    );
  };
}
