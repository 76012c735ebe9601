/**
 * Exact response schemas of the delivery routes (tasks, work plans, measures), proven equal to the
 * use cases' types (schema-match.ts).
 */
import { z } from 'zod';
import type {
  CountyWorkPlan,
  OwnerUnit,
  WorkPlanDiffView,
  WorkPlanEventInfo,
  WorkPlanState,
  WorkPlanVersionInfo,
  WorkPlanVersionView,
} from '../../app/delivery/delivery.service.ts';
import type { FieldChange, Measure, TaskInfo, WorkPlanDiff } from '../../domain/delivery/delivery.types.ts';
import { WORK_PLAN_ACTIONS, WORK_PLAN_STATUSES } from '../../domain/delivery/delivery.types.ts';
import { assertSchemaMatches } from '../schema-match.ts';
import { targetIdSchema } from '../targets/plan.schema.ts';

export const workPlanStatusSchema = z
  .enum(WORK_PLAN_STATUSES)
  .describe('draft 草稿，submitted 已提交待审核，approved 已批准，returned 已退回')
  .meta({ id: 'WorkPlanStatus' });
export const planStateSchema = z
  .enum(['none', ...WORK_PLAN_STATUSES])
  .describe('none 未编制，其余同 WorkPlanStatus')
  .meta({ id: 'WorkPlanPlanState' });
export const workPlanActionSchema = z
  .enum(WORK_PLAN_ACTIONS)
  .describe('save 保存草稿，submit 提交，approve 批准，return 退回，revise 新建修订版本')
  .meta({ id: 'WorkPlanAction' });

export const taskInfoSchema = z
  .object({
    number: z.number().int(),
    section: z.string(),
    title: z.string(),
    action: z.string(),
    leadSection: z.string().describe('牵头科室；空：方案文件未指定'),
    leadSectionConfirmed: z.boolean().describe('false：平台建议，待市教育局确认'),
    targetIds: z.array(targetIdSchema),
    milestoneIds: z.array(z.string()),
    dueBy: z.string().describe('服务本任务的举措最晚完成日期'),
  })
  .meta({ id: 'TaskInfo' });

export const taskRowSchema = taskInfoSchema
  .extend({
    measures: z.number().int().describe('已批准工作方案中服务本任务的举措数（范围内各县）'),
    counties: z.number().int().describe('有这类举措的县市区数'),
  })
  .meta({ id: 'TaskRow' });

export const measureSchema = z
  .object({
    id: z.string().describe('举措编号，各版本不变，如 370811-007'),
    countyCode: z.string(),
    sinceVersion: z.number().int().describe('首次出现的工作方案版本'),
    taskNumber: z.number().int(),
    title: z.string(),
    output: z.string().describe('可衡量的产出（文字）'),
    outputTarget: z.number().nullable(),
    outputUnit: z.string().nullable(),
    ownerName: z.string().describe('责任人'),
    ownerUnitCode: z.string().describe('责任单位代码：本县、本县的乡镇（街道）或学校'),
    ownerUnit: z.string(),
    dueDate: z.string().describe('完成期限 YYYY-MM-DD'),
  })
  .meta({ id: 'Measure' });

export const workPlanStateSchema = z
  .object({
    countyCode: z.string(),
    countyName: z.string(),
    version: z.number().int().nullable(),
    state: planStateSchema,
    approvedVersion: z.number().int().nullable(),
    approvedAt: z.string().nullable(),
    measures: z.number().int(),
    approvedMeasures: z.number().int(),
    submittedAt: z.string().nullable(),
  })
  .meta({ id: 'WorkPlanState' });

const versionInfoSchema = z
  .object({
    version: z.number().int(),
    state: workPlanStatusSchema,
    revision: z.number().int().describe('修订号：修改、提交和审批时原样送回，他人已修改时拒绝'),
    basedOnVersion: z.number().int().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    submittedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decisionComment: z.string().nullable(),
    measureCount: z.number().int(),
  })
  .meta({ id: 'WorkPlanVersionInfo' });

const eventSchema = z
  .object({
    version: z.number().int(),
    action: workPlanActionSchema,
    fromState: planStateSchema,
    toState: workPlanStatusSchema,
    actor: z.string(),
    comment: z.string().nullable(),
    at: z.string(),
  })
  .meta({ id: 'WorkPlanEvent' });

const ownerUnitSchema = z
  .object({ code: z.string(), name: z.string(), kind: z.enum(['county', 'township', 'school']) })
  .meta({ id: 'OwnerUnit' });

const fieldChangeSchema = z
  .object({
    field: z.enum([
      'taskNumber',
      'title',
      'output',
      'outputTarget',
      'outputUnit',
      'ownerName',
      'ownerUnit',
      'dueDate',
    ]),
    from: z.union([z.string(), z.number()]).nullable(),
    to: z.union([z.string(), z.number()]).nullable(),
  })
  .meta({ id: 'MeasureFieldChange' });

export const workPlanDiffSchema = z
  .object({
    added: z.array(measureSchema),
    removed: z.array(measureSchema),
    changed: z.array(z.object({ measure: measureSchema, changes: z.array(fieldChangeSchema) })),
    unchanged: z.number().int(),
  })
  .meta({ id: 'WorkPlanDiff' });

const countyRefSchema = z.object({ code: z.string(), name: z.string() });

export const countyWorkPlanSchema = z
  .object({
    county: countyRefSchema,
    state: workPlanStateSchema,
    versions: z.array(versionInfoSchema),
    current: z.object({ version: versionInfoSchema, measures: z.array(measureSchema) }).nullable(),
    approved: z.object({ version: z.number().int(), measures: z.array(measureSchema) }).nullable(),
    diff: workPlanDiffSchema.nullable().describe('从已批准版本到最新版本的变化'),
    history: z.array(eventSchema),
    actions: z.array(workPlanActionSchema).describe('当前账号现在可以进行的操作'),
    units: z.array(ownerUnitSchema).describe('可选的责任单位'),
  })
  .meta({ id: 'CountyWorkPlan' });

export const versionViewSchema = z
  .object({ county: countyRefSchema, version: versionInfoSchema, measures: z.array(measureSchema) })
  .meta({ id: 'WorkPlanVersionView' });

export const diffViewSchema = z
  .object({ county: countyRefSchema, from: z.number().int(), to: z.number().int(), diff: workPlanDiffSchema })
  .meta({ id: 'WorkPlanDiffView' });

assertSchemaMatches<typeof taskInfoSchema, TaskInfo>(true);
assertSchemaMatches<typeof measureSchema, Measure>(true);
assertSchemaMatches<typeof workPlanStateSchema, WorkPlanState>(true);
assertSchemaMatches<typeof versionInfoSchema, WorkPlanVersionInfo>(true);
assertSchemaMatches<typeof eventSchema, WorkPlanEventInfo>(true);
assertSchemaMatches<typeof ownerUnitSchema, OwnerUnit>(true);
assertSchemaMatches<typeof fieldChangeSchema, FieldChange>(true);
assertSchemaMatches<typeof workPlanDiffSchema, WorkPlanDiff>(true);
assertSchemaMatches<typeof countyWorkPlanSchema, Omit<CountyWorkPlan, 'demo'>>(true);
assertSchemaMatches<typeof versionViewSchema, Omit<WorkPlanVersionView, 'demo'>>(true);
assertSchemaMatches<typeof diffViewSchema, Omit<WorkPlanDiffView, 'demo'>>(true);
