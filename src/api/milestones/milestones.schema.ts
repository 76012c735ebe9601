/**
 * Exact response schemas of the milestones routes (时间节点), proven equal to the use case's types
 * (schema-match.ts).
 */
import { z } from 'zod';
import type {
  MilestoneRecords,
  MilestoneReportView,
  MilestonesAnswer,
  ReviewView,
  TownshipFactView,
} from '../../app/milestones/milestones.service.ts';
import type {
  MilestoneStatus,
  MilestoneUnit,
  MilestoneUnitStatus,
  MissingUnit,
} from '../../domain/milestones/milestones.types.ts';
import { MILESTONE_UNIT_STATUSES } from '../../domain/milestones/milestones.types.ts';
import { datasetNoticeSchema, errorResponses } from '../api.schema.ts';
import { evidenceFileSchema } from '../evidence/evidence.schema.ts';
import { assertSchemaMatches } from '../schema-match.ts';
import { townshipFactNameSchema } from './completion.schema.ts';

export const milestoneUnitStatusSchema = z
  .enum(MILESTONE_UNIT_STATUSES)
  .describe('done 已完成，notDone 未完成，overdue 逾期未完成，toVerify 待核实，notRequired 不涉及')
  .meta({ id: 'MilestoneUnitStatus' });

const missingUnitSchema = z
  .object({
    code: z.string().describe('乡镇（街道）、学校或县市区代码'),
    name: z.string(),
    since: z.string().nullable().describe('逾期起始日（截止日的次日，或其后失去条件之日）；未逾期为 null'),
  })
  .meta({ id: 'MissingUnit', description: '未达到完成条件的乡镇、学校或县市区' });

const milestoneUnitSchema = z
  .object({
    orgCode: z.string(),
    orgName: z.string(),
    status: milestoneUnitStatusSchema,
    since: z.string().nullable().describe('逾期未完成：逾期起始日；已完成：完成日（已知时）；否则为 null'),
    missing: z.array(missingUnitSchema),
    awaiting: z
      .array(missingUnitSchema)
      .describe('县市区已登记或报送、待市级核实的乡镇或报送（since 为其完成日）'),
    detail: z.string().describe('核对了什么（一句中文）'),
  })
  .meta({ id: 'MilestoneUnit', description: '一个县市区（功能区）的时间节点完成情况' });

export const milestoneStatusSchema = z
  .object({
    id: z.string(),
    task: z.number().int(),
    title: z.string(),
    deadline: z.string(),
    method: z
      .enum(['computed', 'reported'])
      .describe('computed 由平台数据计算；reported 县市区报送、市级核实'),
    rule: z.string().describe('完成规则（中文）'),
    units: z.array(milestoneUnitSchema),
    summary: z.object({
      done: z.number().int(),
      notDone: z.number().int(),
      overdue: z.number().int(),
      toVerify: z.number().int(),
      notRequired: z.number().int(),
    }),
    cityStatus: milestoneUnitStatusSchema.describe('全市：所有须完成的县市区均已完成才为已完成'),
  })
  .meta({ id: 'MilestoneStatus', description: '一个时间节点在各县市区的完成情况' });

export const milestonesResponseSchema = z
  .object({
    asOf: z.string().describe('核对日期（YYYY-MM-DD，北京时间）'),
    org: z.object({ code: z.string(), name: z.string(), level: z.enum(['city', 'county']) }),
    milestones: z.array(milestoneStatusSchema),
    dataset: datasetNoticeSchema,
  })
  .meta({ id: 'MilestonesResponse' });

const reviewStateSchema = z
  .enum(['pending', 'verified', 'rejected'])
  .describe('pending 待核实，verified 已核实，rejected 已退回')
  .meta({ id: 'MilestoneReviewState' });

const reviewViewSchema = z
  .object({
    decision: z.enum(['verified', 'rejected']),
    comment: z.string(),
    reviewedBy: z.string(),
    reviewedAt: z.string(),
  })
  .meta({ id: 'MilestoneReview' });

export const townshipFactViewSchema = z
  .object({
    id: z.string(),
    townshipCode: z.string(),
    townshipName: z.string(),
    countyCode: z.string(),
    countyName: z.string(),
    fact: townshipFactNameSchema,
    factName: z.string(),
    value: z.boolean().describe('true：已完成（已纳入）；false：未完成'),
    effectiveFrom: z.string().describe('自该日起生效'),
    note: z.string(),
    evidence: z.array(evidenceFileSchema),
    recordedBy: z.string(),
    recordedAt: z.string(),
    state: reviewStateSchema,
    reviews: z.array(reviewViewSchema),
  })
  .meta({ id: 'TownshipFact', description: '县市区登记的一条乡镇事项' });

export const milestoneReportViewSchema = z
  .object({
    id: z.string(),
    milestoneId: z.string(),
    milestoneTitle: z.string(),
    countyCode: z.string(),
    countyName: z.string(),
    completedOn: z.string(),
    text: z.string(),
    evidence: z.array(evidenceFileSchema),
    reportedBy: z.string(),
    reportedAt: z.string(),
    state: reviewStateSchema,
    reviews: z.array(reviewViewSchema),
  })
  .meta({ id: 'MilestoneReport', description: '县市区报送的一条时间节点完成情况' });

export const milestoneRecordsResponseSchema = z
  .object({
    facts: z.array(townshipFactViewSchema),
    reports: z.array(milestoneReportViewSchema),
    dataset: datasetNoticeSchema,
  })
  .meta({ id: 'MilestoneRecordsResponse' });

export const createdResponses = <T extends z.ZodType>(ok: T) => ({ 201: ok, ...errorResponses });

type Dataset = { dataset: z.infer<typeof datasetNoticeSchema> };
assertSchemaMatches<typeof milestoneUnitStatusSchema, MilestoneUnitStatus>(true);
assertSchemaMatches<typeof missingUnitSchema, MissingUnit>(true);
assertSchemaMatches<typeof milestoneUnitSchema, MilestoneUnit>(true);
assertSchemaMatches<typeof milestoneStatusSchema, MilestoneStatus>(true);
assertSchemaMatches<typeof milestonesResponseSchema, Omit<MilestonesAnswer, 'demo'> & Dataset>(true);
assertSchemaMatches<typeof reviewViewSchema, ReviewView>(true);
assertSchemaMatches<typeof townshipFactViewSchema, TownshipFactView>(true);
assertSchemaMatches<typeof milestoneReportViewSchema, MilestoneReportView>(true);
assertSchemaMatches<typeof milestoneRecordsResponseSchema, Omit<MilestoneRecords, 'demo'> & Dataset>(true);
