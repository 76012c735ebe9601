/**
 * Response schema of the action plan (plans/*.yaml) as GET /plan sends it: the headline targets with
 * the indicator that computes each, the status rules, the dated milestones and the tasks.
 *
 * The domain's planSchema (src/domain/plan/plan.schema.ts) has no transform or default: its output
 * is exactly `Plan` (asserted below). It is not reused as the response schema because it is the
 * file validator: strict objects with the file's cross-checks (T1–T7 each once, tasks numbered
 * 1..N, real calendar dates, …) and Chinese file messages, and its parts are not exported, so they
 * could carry neither component names nor descriptions. The plan is validated once on load; here
 * the shapes only describe what is sent.
 */
import { z } from 'zod';
import { TARGET_IDS, type planSchema } from '../../domain/plan/plan.schema.ts';
import type {
  CountyStandardsIndicator,
  IndicatorDefinition,
  Milestone,
  NotYetComputedIndicator,
  Plan,
  StatusRules,
  TargetDefinition,
  TargetId,
  TaskDefinition,
} from '../../domain/plan/plan.types.ts';
import type { PopulationFilter, ShareIndicator } from '../../domain/indicators/share.indicator.ts';
import { assertSchemaMatches } from '../schema-match.ts';
import { completionRuleSchema } from '../milestones/completion.schema.ts';
import { attributeNameSchema, ownershipSchema, runningTypeSchema } from '../registry/registry.schema.ts';

export const targetIdSchema = z.enum(TARGET_IDS).describe('目标编号 T1–T7').meta({ id: 'TargetId' });

export const populationFilterSchema = z
  .object({
    runningTypes: z.array(runningTypeSchema),
    ownerships: z.array(ownershipSchema).optional().describe('省略时为全部举办者类型'),
  })
  .describe('指标的统计对象（哪些学校、幼儿园）')
  .meta({ id: 'PopulationFilter' });

export const shareIndicatorSchema = z
  .object({
    kind: z.literal('share'),
    population: populationFilterSchema,
    weight: z
      .enum(['institutions', 'enrolment'])
      .describe('institutions：按学校（幼儿园）数；enrolment：按在校生（在园幼儿）数'),
    numerator: z
      .object({
        ownerships: z.array(ownershipSchema).optional(),
        attribute: attributeNameSchema.optional(),
        values: z.array(z.union([z.string(), z.boolean()])).optional(),
      })
      .describe(
        '计入分子的条件：举办者类型属于 ownerships（如给出），且该学年生效的属性 attribute 取值属于 values（如给出）',
      ),
  })
  .describe('占比指标：Σ 权重（分子学校）÷ Σ 权重（统计对象）')
  .meta({ id: 'ShareIndicator' });

export const notYetComputedIndicatorSchema = z
  .object({
    kind: z.literal('notYetComputed'),
    reason: z.string().describe('向用户显示的中文原因'),
  })
  .describe('平台暂不能计算的指标')
  .meta({ id: 'NotYetComputedIndicator' });

export const countyStandardsIndicatorSchema = z
  .object({
    kind: z.literal('countyStandards'),
  })
  .describe(
    '参评县市区中同时达到义务教育优质均衡和学前教育普及普惠两项国家创建标准的占比（市级指标，由创建达标评估模块按 catalog/standards 的规则包计算）',
  )
  .meta({ id: 'CountyStandardsIndicator' });

export const indicatorDefinitionSchema = z
  .discriminatedUnion('kind', [
    shareIndicatorSchema,
    notYetComputedIndicatorSchema,
    countyStandardsIndicatorSchema,
  ])
  .meta({ id: 'IndicatorDefinition' });

export const targetDefinitionSchema = z
  .object({
    id: targetIdSchema,
    title: z.string().describe('方案原文表述'),
    shortTitle: z.string().describe('卡片和表格中使用的简称'),
    threshold: z.number().describe('目标值，用小数表示（0.8 即 80%），始终为“不低于”'),
    deadlineYear: z.number().int().describe('目标年份：以该学年秋季统计为准'),
    baselineYear: z.number().int().describe('基期年份'),
    scope: z.array(z.enum(['city', 'county'])).describe('计算的组织层级'),
    indicator: indicatorDefinitionSchema,
    source: z.string().describe('方案文件中的章节，如“一、总体要求”'),
  })
  .meta({ id: 'TargetDefinition' });

export const statusRulesSchema = z
  .object({
    onTrackMaxGap: z.number().describe('差距 ≤ onTrackMaxGap：进度正常'),
    lagMaxGap: z.number().describe('onTrackMaxGap < 差距 ≤ lagMaxGap：滞后；更大：严重滞后'),
  })
  .describe(
    '相对从基期值到目标值的直线进度判断状态；差距 = 进度值 − 实际值，以小数表示的百分点（0.02 即 2 个百分点）',
  )
  .meta({ id: 'StatusRules' });

export const milestoneSchema = z
  .object({
    id: z.string(),
    task: z.number().int().describe('所属重点任务编号（1–19）'),
    title: z.string(),
    deadline: z.string().describe('完成期限，ISO 日期（YYYY-MM-DD，Asia/Shanghai）'),
    completion: completionRuleSchema,
  })
  .meta({ id: 'Milestone' });

export const taskDefinitionSchema = z
  .object({
    number: z.number().int().describe('任务编号 1–19，按方案顺序'),
    section: z.string().describe('方案章节，如“二(一)1”'),
    title: z.string(),
    action: z.string().describe('任务所属行动，如“实施学前教育普惠保障行动”'),
    leadSection: z.string().optional().describe('牵头科室，如“学前教育科”'),
    leadSectionConfirmed: z.boolean().optional().describe('牵头科室是否已经市教育局确认（缺省：待确认）'),
    targets: z.array(targetIdSchema).optional().describe('任务服务的核心目标'),
    milestones: z.array(z.string()).optional().describe('任务服务的时间节点（里程碑编号）'),
  })
  .meta({ id: 'TaskDefinition' });

export const planPeriodSchema = z
  .object({
    createdOn: z.string().describe('方案印发日期（YYYY-MM-DD）：举措完成期限不得早于此日'),
    measuresDueBy: z.string().describe('举措完成期限的最晚日期（YYYY-MM-DD），服务更晚时间节点的任务除外'),
  })
  .meta({ id: 'PlanPeriod' });

export const planResponseSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    documentNumber: z.string().describe('文号，如 济教字〔2024〕29号'),
    issuer: z.array(z.string()).describe('发文机关'),
    orgCode: z.string().describe('行政区划代码'),
    targets: z.array(targetDefinitionSchema),
    statusRules: statusRulesSchema,
    milestones: z.array(milestoneSchema),
    period: planPeriodSchema.optional(),
    tasks: z.array(taskDefinitionSchema),
  })
  .meta({ id: 'Plan' });

// Compile-time: each schema's output is exactly its domain type.
assertSchemaMatches<typeof targetIdSchema, TargetId>(true);
assertSchemaMatches<typeof populationFilterSchema, PopulationFilter>(true);
assertSchemaMatches<typeof shareIndicatorSchema, ShareIndicator>(true);
assertSchemaMatches<typeof notYetComputedIndicatorSchema, NotYetComputedIndicator>(true);
assertSchemaMatches<typeof countyStandardsIndicatorSchema, CountyStandardsIndicator>(true);
assertSchemaMatches<typeof indicatorDefinitionSchema, IndicatorDefinition>(true);
assertSchemaMatches<typeof targetDefinitionSchema, TargetDefinition>(true);
assertSchemaMatches<typeof statusRulesSchema, StatusRules>(true);
assertSchemaMatches<typeof milestoneSchema, Milestone>(true);
assertSchemaMatches<typeof taskDefinitionSchema, TaskDefinition>(true);
assertSchemaMatches<typeof planResponseSchema, Plan>(true);
// …and so is the domain's file schema: a parsed plan file and the response describe the same data.
assertSchemaMatches<typeof planSchema, Plan>(true);
