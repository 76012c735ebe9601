/**
 * Exact response schemas of the headline targets: a figure, a target card with its trend, the
 * data coverage per school year, and the rows of a breakdown (child units or institutions). Each
 * is proven equal to the type its use case returns (schema-match.ts).
 */
import { z } from 'zod';
import type { TargetCard, YearCoverage } from '../../app/targets/targets.service.ts';
import type { InstitutionContribution } from '../../domain/indicators/share.indicator.ts';
import type { TargetFigure } from '../../domain/targets/target.engine.ts';
import type { TargetOutlook } from '../../domain/targets/outlook.ts';
import { TARGET_STATUSES, type TargetStatus } from '../../domain/targets/target.status.ts';
import {
  institutionAttributesSchema,
  ownershipSchema,
  runningTypeSchema,
} from '../registry/registry.schema.ts';
import { assertSchemaMatches } from '../schema-match.ts';
import { targetIdSchema } from './plan.schema.ts';

export const targetStatusSchema = z
  .enum(TARGET_STATUSES)
  .describe('达标、进度正常、滞后、严重滞后、基线年前、无统计对象、暂未计算')
  .meta({ id: 'TargetStatus' });
assertSchemaMatches<typeof targetStatusSchema, TargetStatus>(true);

export const figureSchema = z
  .object({
    targetId: targetIdSchema,
    year: z.number().int(),
    orgCode: z.string(),
    numerator: z.number(),
    denominator: z.number(),
    value: z.number().nullable().describe('比例（0–1）；无统计对象或暂未计算时为 null'),
    institutions: z.number().int(),
    missingStatistics: z.number().int(),
    threshold: z.number(),
    baselineValue: z.number().nullable(),
    status: targetStatusSchema,
    expected: z.number().nullable().describe('按基线到 2027 年目标的直线进度，该学年应达到的值'),
    gapToTrajectory: z.number().nullable(),
    gapToTarget: z.number().nullable(),
    reason: z.string().nullable().describe('暂未计算的原因'),
  })
  .meta({ id: 'TargetFigure' });
assertSchemaMatches<typeof figureSchema, TargetFigure>(true);

export const targetSummarySchema = z
  .object({
    id: targetIdSchema,
    title: z.string().describe('方案原文表述'),
    shortTitle: z.string(),
    threshold: z.number(),
    deadlineYear: z.number().int(),
    baselineYear: z.number().int(),
    source: z.string(),
  })
  .meta({ id: 'TargetSummary' });
assertSchemaMatches<typeof targetSummarySchema, TargetCard['target']>(true);

export const outlookSchema = z
  .object({
    targetYear: z.literal(2027),
    value: z.number().nullable().describe('按趋势外推的 2027 年值（0–1）；完整学年不足两个时为 null'),
    low: z.number().nullable().describe('不确定区间下限（0–1）；无法估计时为 null'),
    high: z.number().nullable().describe('不确定区间上限（0–1）；无法估计时为 null'),
    basisYears: z.array(z.number().int()).describe('拟合所用的完整学年（最近三个，截至所选学年）'),
    method: z.literal('linear3').describe('最近三个完整学年的最小二乘直线外推到 2027 年'),
    onTrack: z.boolean().nullable().describe('按此速度 2027 年能否达到目标（外推值 ≥ 目标值）'),
    note: z.string().nullable().describe('区间的估计方法，或无法外推的原因'),
  })
  .describe('2027 年展望（决策记录 0013）')
  .meta({ id: 'TargetOutlook' });
assertSchemaMatches<typeof outlookSchema, TargetOutlook>(true);

export const targetCardSchema = z
  .object({
    target: targetSummarySchema,
    figure: figureSchema,
    trend: z.array(
      z.object({
        year: z.number().int(),
        value: z.number().nullable(),
        status: targetStatusSchema,
        expected: z.number().nullable(),
      }),
    ),
    outlook: outlookSchema.nullable().describe('暂未计算的目标（如县级的 T4）为 null'),
  })
  .meta({ id: 'TargetCard' });
assertSchemaMatches<typeof targetCardSchema, TargetCard>(true);

export const coverageSchema = z
  .array(
    z.object({
      year: z.number().int(),
      expected: z.number().int().describe('当学年应报送的在办机构数'),
      reported: z.number().int().describe('已有审核通过数据的机构数'),
      pendingReported: z.number().int().describe('另有待审核报表的机构数'),
      share: z.number().describe('报送比例（计入待审核报表时含 pendingReported）'),
      complete: z.boolean().describe('报送比例达到完整阈值（config/live-figures.yaml）'),
      periodId: z.string().nullable(),
      periodName: z.string().nullable(),
      daysLeft: z.number().int().nullable().describe('距采集截止的天数（截止后为负）'),
    }),
  )
  .describe('各学年数据的报送完整度；未指定学年时默认为最近的完整学年');
assertSchemaMatches<typeof coverageSchema, YearCoverage[]>(true);

/** A child unit's figure in a breakdown (city → county-level units, county → townships). */
export const childFigureSchema = figureSchema.extend({ orgName: z.string() }).meta({ id: 'ChildFigure' });
assertSchemaMatches<typeof childFigureSchema, TargetFigure & { orgName: string }>(true);

/** An institution behind a figure: its share of the numerator and the denominator. */
export const contributionSchema = z
  .object({
    institutionCode: z.string(),
    institutionName: z.string(),
    countyCode: z.string(),
    countyName: z.string(),
    townshipCode: z.string(),
    townshipName: z.string(),
    runningType: runningTypeSchema,
    ownership: ownershipSchema,
    attributeValue: z
      .union(Object.values(institutionAttributesSchema.shape))
      .nullable()
      .describe('分子所看的属性在该学年的值（不看属性或未记录时为 null）'),
    inNumerator: z.boolean(),
    numerator: z.number(),
    denominator: z.number(),
    missingStatistics: z.boolean(),
  })
  .meta({ id: 'InstitutionContribution' });
assertSchemaMatches<
  typeof contributionSchema,
  InstitutionContribution & { countyName: string; townshipName: string }
>(true);
