/**
 * Exact response schema of a school's standing (GET /api/v1/standing/:institution), proven equal to
 * the type the use case returns (schema-match.ts).
 */
import { z } from 'zod';
import type { Standing } from '../../app/standing/standing.service.ts';
import { SECTIONS } from '../../domain/standards/standards.types.ts';
import { schoolStateSchema } from '../collection/collection.schema.ts';
import { ownershipSchema, runningTypeSchema } from '../registry/registry.schema.ts';
import { assertSchemaMatches } from '../schema-match.ts';
import { indicatorValueSchema, verdictSchema } from '../standards/standards.schema.ts';
import { targetStatusSchema } from '../targets/targets.schema.ts';
import { targetIdSchema } from '../targets/plan.schema.ts';

const standingFigureSchema = z
  .object({
    orgCode: z.string(),
    orgName: z.string(),
    value: z.number().nullable().describe('比例（0–1）；无统计对象时为 null'),
    numerator: z.number(),
    denominator: z.number(),
    status: targetStatusSchema,
    expected: z.number().nullable().describe('按直线进度该学年应达到的值'),
  })
  .meta({ id: 'StandingFigure', description: '所在县市区或全市的目标值（汇总数，不含其他学校）' });

const standingTargetSchema = z
  .object({
    target: z.object({
      id: targetIdSchema,
      title: z.string(),
      shortTitle: z.string(),
      threshold: z.number(),
    }),
    weight: z
      .enum(['institutions', 'enrolment'])
      .describe('institutions：按学校计 1；enrolment：按在校生数计'),
    attribute: z.string().nullable().describe('决定是否计入分子的属性（ownership 为举办者）'),
    value: z.union([z.string(), z.boolean()]).nullable().describe('本校该学年的属性值'),
    inNumerator: z.boolean().describe('本校是否计入分子'),
    numerator: z.number().describe('本校计入分子的数（学校数或在校生数）'),
    denominator: z.number().describe('本校计入分母的数'),
    county: standingFigureSchema,
    city: standingFigureSchema,
  })
  .meta({ id: 'StandingTarget', description: '本校计入的一项目标' });

const standingIndicatorSchema = indicatorValueSchema
  .extend({
    unit: z.string(),
    countyMean: z.number().nullable().describe('所在县该学段参评学校按在校生加权的均值'),
    cityMean: z.number().nullable().describe('全市各参评县该学段按在校生加权的均值'),
  })
  .meta({ id: 'StandingIndicator', description: '本校一个学段的一项资源配置指标及县、市均值' });

const standingSectionSchema = z
  .object({
    section: z.enum(SECTIONS).describe('学段：primary 小学，junior 初中'),
    runningType: z.string(),
    students: z.number(),
    exclusion: z
      .object({ id: z.string(), reason: z.string(), scope: z.enum(['all', 'resourceAllocation']) })
      .nullable(),
    verdict: z.enum(['pass', 'fail', 'excluded']),
    metCount: z.number().int().nullable(),
    explanation: z.string(),
    indicators: z.array(standingIndicatorSchema),
    countySchoolsEvaluated: z.number().int(),
    countySchoolsPassing: z.number().int(),
  })
  .meta({ id: 'StandingSection', description: '本校一个学段的县域优质均衡资源配置指标 L1–L7' });

const kindergartenMeasureSchema = z
  .object({
    key: z.enum(['childrenPerTeacher', 'certifiedShare', 'classesWithinNorm']),
    ruleId: z.string(),
    name: z.string(),
    own: z.number().nullable(),
    county: z.number().nullable(),
    city: z.number().nullable(),
    threshold: z.number(),
    comparator: z.enum(['>=', '<=']),
    met: z.boolean().nullable(),
  })
  .meta({ id: 'KindergartenMeasure', description: '本园一项普及普惠指标及县、市值' });

const standingReturnSchema = z
  .object({
    periodId: z.string(),
    periodName: z.string(),
    schoolYear: z.number().int(),
    openFrom: z.string(),
    closeAt: z.string(),
    daysLeft: z.number().int().describe('距截止的整天数（截止后为负）'),
    open: z.boolean().describe('当前是否在填报期内'),
    state: schoolStateSchema,
    submittedAt: z.string().nullable(),
    late: z.boolean(),
    final: z.boolean(),
  })
  .meta({ id: 'StandingReturn', description: '本校在一个采集期的报表状态和截止时间' });

export const standingSchema = z
  .object({
    institution: z.object({
      code: z.string(),
      name: z.string(),
      runningType: runningTypeSchema,
      ownership: ownershipSchema,
      countyCode: z.string(),
      countyName: z.string(),
      townshipCode: z.string(),
      townshipName: z.string(),
    }),
    year: z.number().int(),
    years: z.array(z.number().int()),
    operating: z.boolean(),
    city: z.object({ code: z.string(), name: z.string() }),
    targets: z.array(standingTargetSchema),
    standards: z.object({
      county: z.object({ code: z.string(), name: z.string() }).nullable(),
      verdicts: z
        .object({
          compulsoryBalanced: verdictSchema,
          preschoolUniversal: verdictSchema,
          countyStandardsVerdict: verdictSchema,
        })
        .nullable(),
      sections: z.array(standingSectionSchema),
      kindergarten: z
        .object({
          ownership: z.enum(['public', 'inclusivePrivate', 'private']),
          children: z.number(),
          teachers: z.number(),
          certifiedTeachers: z.number(),
          classes: z.number().int(),
          measures: z.array(kindergartenMeasureSchema),
        })
        .nullable(),
      note: z.string().nullable(),
    }),
    returns: z
      .array(standingReturnSchema)
      .nullable()
      .describe('本校各采集期的报表；角色无数据采集查看权限时为 null'),
  })
  .meta({ id: 'Standing', description: '一所学校的本校概况' });
assertSchemaMatches<typeof standingSchema, Omit<Standing, 'demo'>>(true);
