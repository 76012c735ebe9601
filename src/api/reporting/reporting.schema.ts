/**
 * Exact response schemas of the progress reports (进展报送), each proven equal to the type its use
 * case returns (schema-match.ts).
 */
import { z } from 'zod';
import type {
  CountyRoundReports,
  EscalationList,
  MeasureHistory,
  ReportView,
  ReviewQueue,
  RoundsOverview,
} from '../../app/reporting/reporting.service.ts';
import {
  MEASURE_PROGRESS,
  REPORT_ACTIONS,
  REPORT_EVENTS,
  REPORT_STATES,
} from '../../domain/reporting/reporting.types.ts';
import { datasetNoticeSchema } from '../api.schema.ts';
import { evidenceFileSchema } from '../evidence/evidence.schema.ts';
import { assertSchemaMatches } from '../schema-match.ts';

export const measureProgressSchema = z.enum(MEASURE_PROGRESS).meta({
  id: 'MeasureProgress',
  description: 'notStarted 未开始；inProgress 推进中；done 已完成；blocked 受阻',
});
export const reportStateSchema = z.enum(REPORT_STATES).meta({
  id: 'ReportState',
  description: 'draft 草稿；submitted 已报送待审核；accepted 已通过；returned 已退回',
});
const reportActionSchema = z
  .enum(REPORT_ACTIONS)
  .meta({ id: 'ReportAction', description: 'save 保存；submit 报送；accept 审核通过；return 退回' });

export const roundSchema = z
  .object({
    id: z.string().describe('轮次编号：按月 2026-11，按季度 2026-Q4'),
    label: z.string().describe('2026年11月'),
    periodStart: z.string(),
    periodEnd: z.string(),
    opensOn: z.string().describe('开始接收报告的日期（含）'),
    closesOn: z.string().describe('截止日期（含）'),
    status: z.enum(['upcoming', 'open', 'closed']).describe('upcoming 未开始；open 报送中；closed 已截止'),
    closingSoon: z.boolean().describe('黄色提醒：报送中且距截止不超过提醒天数'),
    daysToClose: z.number().int().describe('距截止的天数（已截止为负数）'),
  })
  .meta({ id: 'ReportingRound', description: '一个报送轮次' });

export const roundsOverviewSchema = z
  .object({
    today: z.string(),
    current: roundSchema.nullable().describe('当前轮次：报送中且最先截止的轮次'),
    rounds: z.array(roundSchema).describe('从第一轮到当前期间的轮次，最新的在前'),
    settings: z.object({
      frequency: z.enum(['monthly', 'quarterly']),
      closeDay: z.number().int(),
      graceDays: z.number().int().describe('逾期或受阻后标红前的宽限天数（由市教育局设定）'),
      amberDays: z.number().int().describe('到期前几天开始黄色提醒'),
    }),
  })
  .meta({ id: 'ReportingRounds' });
assertSchemaMatches<typeof roundsOverviewSchema, RoundsOverview>(true);

export const measureInfoSchema = z
  .object({
    id: z.string(),
    countyCode: z.string(),
    countyName: z.string(),
    taskNumber: z.number().int(),
    title: z.string(),
    output: z.string().describe('可衡量的产出'),
    outputTarget: z.number().nullable().describe('产出的量化目标；null 为无量化目标'),
    outputUnit: z.string().nullable(),
    ownerName: z.string(),
    ownerUnit: z.string(),
    dueDate: z.string(),
  })
  .meta({ id: 'ReportMeasure', description: '报告所针对的举措（县级工作方案中已批准的版本）' });

export const reportSchema = z
  .object({
    id: z.number().int().nullable().describe('null：本轮尚未填写'),
    roundId: z.string(),
    measureId: z.string(),
    countyCode: z.string(),
    state: reportStateSchema.nullable().describe('null：尚未填写'),
    progress: measureProgressSchema,
    text: z.string(),
    blockedReason: z.string().nullable(),
    figure: z.number().nullable().describe('目前的完成数值（举措有量化目标时）'),
    evidence: z.array(evidenceFileSchema),
    returnComment: z.string().nullable().describe('最近一次退回的意见'),
    firstSubmittedAt: z.string().nullable(),
    submittedAt: z.string().nullable(),
    reviewedBy: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
    version: z.number().int().describe('版本：修改时须回传，他人已修改时拒绝'),
    actions: z.array(reportActionSchema).describe('当前用户现在可执行的操作'),
  })
  .meta({ id: 'ProgressReport', description: '一个举措一个轮次的进展报告' });
assertSchemaMatches<typeof reportSchema, ReportView>(true);

export const measureStateSchema = z
  .object({
    measureId: z.string(),
    countyCode: z.string(),
    progress: measureProgressSchema.describe('最近一份已报送或已通过的报告的状态'),
    review: z.enum(['none', 'submitted', 'accepted', 'returned']),
    lastRoundId: z.string().nullable(),
    lastReportAt: z.string().nullable(),
    figure: z.number().nullable(),
    overdue: z.boolean().describe('已过完成时限且没有审核通过的“已完成”报告'),
    blocked: z.boolean(),
    blockedSince: z.string().nullable(),
    overdueSince: z.string().nullable(),
    daysOverdue: z.number().int().nullable(),
    escalation: z.enum(['none', 'visible', 'red']).describe('visible：市级可见；red：超过宽限期，标红'),
    redFrom: z.string().nullable(),
    dueSoon: z.boolean().describe('黄色提醒：未完成且距完成时限不超过提醒天数'),
    done: z.boolean(),
  })
  .meta({ id: 'MeasureState', description: '举措的推进状态和督办（逾期、受阻）' });

export const countyRoundSchema = z
  .object({
    today: z.string(),
    round: roundSchema,
    county: z.object({ code: z.string(), name: z.string() }),
    items: z.array(z.object({ measure: measureInfoSchema, report: reportSchema, state: measureStateSchema })),
    summary: z.object({
      measures: z.number().int(),
      notFiled: z.number().int(),
      draft: z.number().int(),
      submitted: z.number().int(),
      accepted: z.number().int(),
      returned: z.number().int(),
    }),
  })
  .meta({ id: 'CountyRoundReports', description: '一个县市区一个轮次的全部进展报告' });
assertSchemaMatches<typeof countyRoundSchema, Omit<CountyRoundReports, 'demo'>>(true);

export const reviewQueueSchema = z
  .object({
    today: z.string(),
    items: z.array(z.object({ measure: measureInfoSchema, report: reportSchema, roundLabel: z.string() })),
  })
  .meta({ id: 'ReportReviewQueue', description: '市级审核队列' });
assertSchemaMatches<typeof reviewQueueSchema, Omit<ReviewQueue, 'demo'>>(true);

export const measureHistorySchema = z
  .object({
    measure: measureInfoSchema,
    state: measureStateSchema,
    events: z.array(
      z.object({
        id: z.number().int(),
        roundId: z.string(),
        action: z.enum(REPORT_EVENTS),
        fromState: reportStateSchema.nullable(),
        toState: reportStateSchema,
        progress: measureProgressSchema,
        text: z.string(),
        blockedReason: z.string().nullable(),
        figure: z.number().nullable(),
        evidence: z.array(z.string()).describe('当时所附佐证材料的编号'),
        comment: z.string().nullable(),
        actor: z.string(),
        at: z.string(),
      }),
    ),
  })
  .meta({ id: 'MeasureReportHistory', description: '一个举措全部报告的全部记录（只增不改）' });
assertSchemaMatches<typeof measureHistorySchema, Omit<MeasureHistory, 'demo'>>(true);

export const escalationListSchema = z
  .object({
    today: z.string(),
    graceDays: z.number().int(),
    items: z.array(z.object({ measure: measureInfoSchema, state: measureStateSchema })),
    summary: z.object({
      visible: z.number().int(),
      red: z.number().int(),
      overdue: z.number().int(),
      blocked: z.number().int(),
    }),
  })
  .meta({ id: 'ReportEscalations', description: '督办清单：逾期和受阻的举措，超过宽限期标红' });
assertSchemaMatches<typeof escalationListSchema, Omit<EscalationList, 'demo'>>(true);

export { datasetNoticeSchema };
