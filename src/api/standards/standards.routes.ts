/**
 * County standards (县域义务教育优质均衡、学前教育普及普惠; issue 5): the city overview with T4,
 * one county's evaluation with every number's inputs, its gap-to-pass plan, the rule packs, and
 * the recording of county figures and evaluators' verdicts.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { COUNTY_INPUT_NAMES } from '../../app/standards/standards.service.ts';
import { COUNTY_INPUT_KEYS, type CountyInputs } from '../../domain/standards/standards.types.ts';
import { datasetNoticeSchema, responses, textParam, yearParam } from '../api.schema.ts';
import { defineApiArea } from '../area.ts';
import { actorOf, sessionOf } from '../auth.plugin.ts';
import { datasetNotice } from '../dataset-notice.ts';
import {
  compulsoryBalancedPackResponseSchema,
  countyEvaluationSchema,
  gapPlanSchema,
  preschoolUniversalPackResponseSchema,
  standardSummarySchema,
  verdictSchema,
} from './standards.schema.ts';

const countyParam = z.object({
  county: z.string().regex(/^\d{6}$/, '县市区代码应为 6 位数字'),
});

/** A year in a JSON body (the school year of the autumn statistics). */
const bodyYear = z
  .number({ error: () => '学年 year 应为四位数字年份，例如 2025' })
  .int('学年 year 应为整数')
  .min(2000, '学年不能早于 2000')
  .max(2100, '学年不能晚于 2100');

const evidenceField = textParam('依据 evidence', 500).pipe(
  z.string().min(2, '请填写依据（文件、数据来源或佐证材料），至少 2 个字'),
);

const inputValues = z
  .strictObject(
    Object.fromEntries(
      COUNTY_INPUT_KEYS.map((k) => [
        k,
        z
          .number({ error: () => `${COUNTY_INPUT_NAMES[k]}（${k}）应为数字` })
          .finite()
          .min(0, `${COUNTY_INPUT_NAMES[k]}（${k}）不能为负数`)
          .max(1e9, `${COUNTY_INPUT_NAMES[k]}（${k}）过大`)
          .optional(),
      ]),
    ) as Record<keyof CountyInputs, z.ZodOptional<z.ZodNumber>>,
  )
  .refine((v) => Object.values(v).some((x) => x !== undefined), '至少填写一项县级数据');

export const apiArea = defineApiArea({
  tag: { name: 'standards', description: '县域义务教育优质均衡和学前教育普及普惠评估' },
  routes: (ctx) => async (app) => {
    /** The asked year, else the year every page opens on (the latest complete one for the caller). */
    const yearOf = async (request: FastifyRequest<{ Querystring: { year?: number } }>) =>
      request.query.year ?? (await ctx.targets.defaultYearFor(sessionOf(request).account.scope));

    app.get(
      '/standards/rule-packs',
      {
        config: { access: { permission: 'standards.read' } },
        schema: {
          tags: ['standards'],
          summary: '县域评估规则包：指标、阈值和每条规则的出处（可配置，见 catalog/standards）',
          response: responses(
            z.object({
              packs: z.tuple([compulsoryBalancedPackResponseSchema, preschoolUniversalPackResponseSchema]),
            }),
          ),
        },
      },
      async () => {
        const { compulsoryBalanced, preschoolUniversal } = ctx.standards.packs;
        const packs: [typeof compulsoryBalanced, typeof preschoolUniversal] = [
          compulsoryBalanced,
          preschoolUniversal,
        ];
        return { packs };
      },
    );

    app.get(
      '/standards',
      {
        config: { access: { permission: 'standards.read' } },
        schema: {
          tags: ['standards'],
          summary: '全市县域评估概览：各县市区两项标准的结论和 T4（两项均达标的县市区占比）',
          querystring: z.strictObject({ year: yearParam }),
          response: responses(
            z.object({
              year: z.number().int(),
              years: z.array(z.number().int()),
              t4: z
                .object({
                  evaluated: z.number().int(),
                  passingBoth: z.number().int(),
                  failing: z.number().int(),
                  incomplete: z.number().int(),
                  share: z.number().nullable(),
                })
                .nullable()
                .describe('全市口径；县级账号为 null'),
              counties: z.array(
                z.object({
                  countyCode: z.string(),
                  countyName: z.string(),
                  countyStandardsVerdict: verdictSchema,
                  compulsoryBalanced: standardSummarySchema,
                  preschoolUniversal: standardSummarySchema,
                }),
              ),
              dataset: datasetNoticeSchema,
            }),
          ),
        },
      },
      async (request) => {
        const r = await ctx.standards.city(await yearOf(request), sessionOf(request).account.scope);
        return {
          year: r.year,
          years: r.years,
          t4: r.city.t4,
          counties: r.city.counties.map((c) => ({
            countyCode: c.countyCode,
            countyName: c.countyName,
            countyStandardsVerdict: c.countyStandardsVerdict,
            compulsoryBalanced: {
              verdict: c.compulsoryBalanced.verdict,
              summary: c.compulsoryBalanced.summary,
              counts: c.compulsoryBalanced.counts,
            },
            preschoolUniversal: {
              verdict: c.preschoolUniversal.verdict,
              summary: c.preschoolUniversal.summary,
              counts: c.preschoolUniversal.counts,
            },
          })),
          dataset: datasetNotice(r.view.demo),
        };
      },
    );

    app.get(
      '/standards/counties/:county',
      {
        config: { access: { permission: 'standards.read' } },
        schema: {
          tags: ['standards'],
          summary: '一个县市区的县域评估：每所学校（学段）的七项指标、差异系数、每条规则的结论和计算依据',
          params: countyParam,
          querystring: z.strictObject({ year: yearParam }),
          response: responses(
            z.object({
              years: z.array(z.number().int()),
              evaluation: countyEvaluationSchema,
              dataset: datasetNoticeSchema,
            }),
          ),
        },
      },
      async (request) => {
        const r = await ctx.standards.county(
          request.params.county,
          await yearOf(request),
          sessionOf(request).account.scope,
        );
        return { years: r.years, evaluation: r.evaluation, dataset: datasetNotice(r.view.demo) };
      },
    );

    app.get(
      '/standards/counties/:county/gap',
      {
        config: { access: { permission: 'standards.read' } },
        schema: {
          tags: ['standards'],
          summary: '达标差距方案：使可计算规则全部达标的最小一组具体改进（学校、数量、费用）',
          params: countyParam,
          querystring: z.strictObject({ year: yearParam }),
          response: responses(z.object({ plan: gapPlanSchema, dataset: datasetNoticeSchema })),
        },
      },
      async (request) => {
        const r = await ctx.standards.gap(
          request.params.county,
          await yearOf(request),
          sessionOf(request).account.scope,
        );
        return { plan: r.plan, dataset: datasetNotice(r.view.demo) };
      },
    );

    app.get(
      '/standards/counties/:county/records',
      {
        config: { access: { permission: 'standards.read' } },
        schema: {
          tags: ['standards'],
          summary: '县级数据和评估认定的全部记录（最新在前；更正为追加的新记录）',
          params: countyParam,
          querystring: z.strictObject({ year: yearParam }),
          response: responses(
            z.object({
              year: z.number().int(),
              inputs: z.array(
                z.object({
                  item: z.string(),
                  value: z.number(),
                  evidence: z.string(),
                  recordedBy: z.string(),
                  recordedAt: z.string(),
                }),
              ),
              judgements: z.array(
                z.object({
                  itemId: z.string(),
                  met: z.boolean(),
                  score: z.number().nullable(),
                  evidence: z.string(),
                  evaluator: z.string(),
                  recordedAt: z.string(),
                }),
              ),
            }),
          ),
        },
      },
      async (request) => {
        const r = await ctx.standards.history(
          request.params.county,
          await yearOf(request),
          sessionOf(request).account.scope,
        );
        return { year: r.year, inputs: r.inputs, judgements: r.judgements };
      },
    );

    app.post(
      '/standards/counties/:county/inputs',
      {
        config: { access: { permission: 'standards.record' } },
        schema: {
          tags: ['standards'],
          summary: '录入县级数据（3—5 岁人口、交流轮岗、特教生均公用经费），每项追加一条记录',
          params: countyParam,
          body: z.strictObject({ year: bodyYear, values: inputValues, evidence: evidenceField }),
          response: responses(z.object({ ok: z.literal(true) })),
        },
      },
      async (request) => {
        const { year, values, evidence } = request.body;
        const given = Object.fromEntries(
          Object.entries(values).filter(([, v]) => v !== undefined),
        ) as Partial<Record<keyof CountyInputs, number>>;
        await ctx.standards.recordInputs(
          actorOf(request),
          sessionOf(request).account.scope,
          request.params.county,
          year,
          given,
          evidence,
        );
        return { ok: true as const };
      },
    );

    app.post(
      '/standards/counties/:county/judgements',
      {
        config: { access: { permission: 'standards.judge' } },
        schema: {
          tags: ['standards'],
          summary: '录入评估认定（需人工判断的项目：是否达标、得分和依据），追加一条记录',
          params: countyParam,
          body: z.strictObject({
            year: bodyYear,
            itemId: z.string().regex(/^[A-Z]{2}-[A-Z0-9-]{2,20}$/, '项目编号形如 CB-G01、PU-Q01'),
            met: z.boolean({ error: () => '是否达标 met 应为 true 或 false' }),
            score: z
              .number()
              .min(0, '得分不能为负数')
              .max(1, '得分为 0—1 的小数（0.87 表示 87%）')
              .nullable()
              .default(null),
            evidence: evidenceField,
          }),
          response: responses(z.object({ ok: z.literal(true) })),
        },
      },
      async (request) => {
        const { year, ...judgement } = request.body;
        await ctx.standards.recordJudgement(
          actorOf(request),
          sessionOf(request).account.scope,
          request.params.county,
          year,
          judgement,
        );
        return { ok: true as const };
      },
    );
  },
});
