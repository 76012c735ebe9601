/**
 * Exact response schema of GET /targets/:targetId/why: the schools (or counties, for T4) that keep
 * a figure down, ranked by how much each would raise it. Proven equal to the use case's type.
 */
import { z } from 'zod';
import type { TargetWhy, WhyCountyRow, WhySchoolRow } from '../../app/targets/why.ts';
import type { WhyBasis } from '../../domain/targets/why.ts';
import { datasetNoticeSchema, orgUnitSchema } from '../api.schema.ts';
import {
  attributeNameSchema,
  institutionAttributesSchema,
  ownershipSchema,
  runningTypeSchema,
} from '../registry/registry.schema.ts';
import { assertSchemaMatches } from '../schema-match.ts';
import { coverageSchema, figureSchema, targetSummarySchema } from './targets.schema.ts';

export const whyBasisSchema = z
  .object({
    ownerships: z.array(ownershipSchema).nullable().describe('计入分子的办学性质；null 为不限'),
    attribute: attributeNameSchema.nullable().describe('分子所看的属性；null 为只看办学性质'),
    values: z.array(z.union([z.string(), z.boolean()])).describe('计入分子的属性值'),
  })
  .meta({ id: 'WhyBasis', description: '学校计入分子的条件' });
assertSchemaMatches<typeof whyBasisSchema, WhyBasis>(true);

export const whySchoolSchema = z
  .object({
    rank: z.number().int(),
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
    denominator: z.number().describe('该校在分母中的权重（学校数为 1，按在园幼儿加权时为其人数）'),
    missingStatistics: z.boolean(),
    gain: z.number().describe('该校计入分子后数值的提高（比例 0–1，0.01 即 1 个百分点）'),
    valueIfCounted: z.number().describe('该校计入分子后的数值（比例 0–1）'),
  })
  .meta({ id: 'WhySchool' });
assertSchemaMatches<typeof whySchoolSchema, WhySchoolRow>(true);

export const whyCountySchema = z
  .object({
    rank: z.number().int(),
    orgCode: z.string(),
    orgName: z.string(),
    gain: z.number().describe('该县两项标准均达标后全市 T4 的提高（比例 0–1）'),
    valueIfCounted: z.number(),
  })
  .meta({ id: 'WhyCounty' });
assertSchemaMatches<typeof whyCountySchema, WhyCountyRow>(true);

const whyShape = {
  target: targetSummarySchema,
  year: z.number().int(),
  org: orgUnitSchema,
  total: figureSchema,
  coverage: coverageSchema.element.nullable().describe('该学年本单位数据的报送完整度'),
  kind: z
    .enum(['schools', 'counties', 'none'])
    .describe('schools：按学校排列；counties：T4 按县市区排列；none：无可排列的对象（见 reason）'),
  basis: whyBasisSchema.nullable(),
  schools: z.array(whySchoolSchema).describe('未计入分子的学校，按计入后数值的提高从大到小'),
  counties: z.array(whyCountySchema).describe('两项县域标准尚未均达标的县市区（T4，全市）'),
  neededToReach: z
    .number()
    .int()
    .nullable()
    .describe('按排列顺序，需要多少所学校（县市区）计入才能达到 2027 年目标；达不到时为 null'),
  reason: z.string().nullable(),
};

export const whyResponseSchema = z
  .object({ ...whyShape, dataset: datasetNoticeSchema })
  .meta({ id: 'TargetWhyResponse' });

/** The use case's answer without its data view: exactly the response, less `dataset`. */
const _whyProofSchema = z.object(whyShape);
assertSchemaMatches<typeof _whyProofSchema, Omit<TargetWhy, 'view'>>(true);
