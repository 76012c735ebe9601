/**
 * Exact response schemas of the county-standards API (县域义务教育优质均衡、学前教育普及普惠): the rule
 * packs, a county's evaluation and its gap-to-pass plan, as the domain returns them
 * (src/domain/standards/standards.types.ts). Every exported schema is proven equal to its domain type
 * by assertSchemaMatches at the end of this file, so the OpenAPI document (and the web app's types
 * generated from it) cannot drift from the data: a field added to a domain type without its schema
 * fails `npm run typecheck`.
 *
 * Objects written here are z.object: the serializer (safeEncode) drops unknown keys instead of
 * answering 500, and in the output direction the OpenAPI document still says
 * additionalProperties: false. Two kinds are strict, so an unknown key there is refused (a 500,
 * never a silently different object): the rule packs and RuleSource, which reuse the domain's
 * strict validation schemas (see below), and the records keyed by a code (keyedObject and
 * partialKeyedObject of api.schema.ts: sections, counts, before/after, changes, unit costs), whose
 * keys are the codes the domain types allow and nothing else.
 *
 * Numbers: every number the evaluator and the planner produce is finite or null when their inputs are
 * finite (divisions are guarded by `> 0` checks). The one value passed through unchecked is a
 * judgement's score (RuleResult.value and .judgement.score of a scored item), which evaluate.ts
 * echoes even when it is not finite; the API and the file import only record finite scores.
 * z.number() refuses NaN and ±Infinity, so a non-finite figure would surface as a 500 rather than as
 * a silent `null` in JSON.
 *
 * Components (.meta({ id })) are named like the domain types. Small enums and helper objects are
 * inlined on purpose.
 */
import { z } from 'zod';
import {
  compulsoryBalancedPackSchema as compulsoryBalancedPackInputSchema,
  preschoolUniversalPackSchema as preschoolUniversalPackInputSchema,
  ruleSourceSchema as ruleSourceInputSchema,
} from '../../domain/standards/rule-pack.schema.ts';
import {
  COUNTY_INPUT_KEYS,
  GAP_ACTION_KINDS,
  INDICATOR_CODES,
  KINDERGARTEN_GRADES,
  SECTION_NUMERIC_FIELDS,
  SECTIONS,
  STANDARD_IDS,
  type CompulsoryBalancedPack,
  type CompulsoryEvaluation,
  type CountyEvaluation,
  type CvResult,
  type GapEffect,
  type GapPlan,
  type GapPlanItem,
  type IndicatorValue,
  type Judgement,
  type KindergartenInput,
  type PreschoolEvaluation,
  type PreschoolUniversalPack,
  type RuleCheck,
  type RuleDetail,
  type RuleResult,
  type RuleSource,
  type RuleVerdict,
  type SchoolSectionResult,
  type SectionSummary,
  type UnitCosts,
  type Verdict,
} from '../../domain/standards/standards.types.ts';
import { OWNERSHIPS } from '../../domain/registry/registry.types.ts';
import { keyedObject, partialKeyedObject } from '../api.schema.ts';
import { assertSchemaMatches } from '../schema-match.ts';

// ---------------------------------------------------------------------------------------------
// Small enums (inlined in the document, not components)

const standardIdSchema = z
  .enum(STANDARD_IDS)
  .describe('compulsoryBalanced：义务教育优质均衡；preschoolUniversal：学前教育普及普惠');
const sectionSchema = z.enum(SECTIONS).describe('学段：primary 小学，junior 初中');
export const verdictSchema = z
  .enum(['pass', 'fail', 'incomplete'])
  .describe('pass 达标，fail 未达标，incomplete 待定（缺少数据或评估认定）');
const ruleVerdictSchema = z
  .enum(['pass', 'fail', 'incomplete', 'notApplicable'])
  .describe('pass 达标，fail 未达标，incomplete 待定，notApplicable 不适用（不计入标准结论）');
const comparatorSchema = z.enum(['>=', '<=']);
const indicatorCodeSchema = z.enum(INDICATOR_CODES).describe('资源配置指标 L1–L7');
const ownershipSchema = z
  .enum(OWNERSHIPS)
  .describe('public 公办，inclusivePrivate 普惠性民办，private 非普惠性民办');
const kindergartenGradeSchema = z.enum(KINDERGARTEN_GRADES).describe('K1 小班，K2 中班，K3 大班');
const gapActionKindSchema = z.enum(GAP_ACTION_KINDS).describe('改进措施类型');
const countyInputKeySchema = z.enum(COUNTY_INPUT_KEYS);

/** A count (rules, schools, classes): always a whole number. */
const count = () => z.number().int();

// ---------------------------------------------------------------------------------------------
// Rule packs

/**
 * Unit costs: the domain input schema declares them as Record<string, number | null> and checks the
 * keys per standard in a superRefine, so its z.output is not the domain's UnitCosts
 * (Partial<Record<GapActionKind, number | null>>) and the document would allow any key. The
 * response schema replaces only this record; everything else is the domain's validation schema.
 */
const unitCostsSchema = partialKeyedObject(GAP_ACTION_KINDS, z.number().nullable()).describe(
  `各项措施的单位成本（元）；null 或缺省表示未配置。键为措施类型：${GAP_ACTION_KINDS.join('、')}`,
);

/**
 * The rule packs are the domain's validation schemas (rule-pack.schema.ts), reused so that the pack
 * shape has one definition. Their objects are strict and their refinements run again when a response
 * is encoded; the packs the API returns were loaded through the same schemas, so they pass. Only
 * planning.unitCosts is replaced (see unitCostsSchema). No transform: the output JSON Schema is fully
 * typed.
 */
export const compulsoryBalancedPackResponseSchema = compulsoryBalancedPackInputSchema
  .safeExtend({
    planning: compulsoryBalancedPackInputSchema.shape.planning.extend({ unitCosts: unitCostsSchema }),
  })
  .meta({
    id: 'CompulsoryBalancedPack',
    description:
      '县域义务教育优质均衡发展督导评估规则包（教督〔2017〕6号）：L1–L7 指标与阈值、校际差异系数上限、政府保障与评估认定项目及其出处',
  });

export const preschoolUniversalPackResponseSchema = preschoolUniversalPackInputSchema
  .safeExtend({
    planning: preschoolUniversalPackInputSchema.shape.planning.extend({ unitCosts: unitCostsSchema }),
  })
  .meta({
    id: 'PreschoolUniversalPack',
    description:
      '县域学前教育普及普惠督导评估规则包（教督〔2020〕1号）：六项可计算指标、评估认定项目及其出处',
  });

// ---------------------------------------------------------------------------------------------
// Evaluation results

/** The rule packs' own source schema (strict, no transform), named as a component. */
export const ruleSourceSchema = ruleSourceInputSchema.meta({
  id: 'RuleSource',
  description: '规则出处：文件、条款和可信度标记（P 原文，S 二手来源，R 回忆待核实）',
});

export const judgementSchema = z
  .object({
    itemId: z.string().describe('评估认定项目编号，例如 CB-G01'),
    met: z.boolean().describe('是否达标；一票否决项中“是”表示未发现违规'),
    score: z
      .number()
      .nullable()
      .optional()
      .describe('按得分认定的项目（如社会认可度）的得分，用小数表示（0.87 即 87%）'),
    evaluator: z.string().describe('评估人'),
    evidence: z.string().describe('依据'),
    recordedAt: z.string().describe('认定日期或时间（ISO 格式）；同一项目多次认定时以最新一条为准'),
  })
  .meta({ id: 'Judgement', description: '评估员对需人工判断项目的认定' });

export const ruleDetailSchema = z
  .object({
    institutionCode: z.string().nullable(),
    institutionName: z.string().nullable(),
    section: sectionSchema.nullable(),
    label: z.string().describe('中文说明，例如“第 3 个班 52 人”'),
    value: z.number().nullable(),
    threshold: z.number().nullable(),
    met: z.boolean().nullable(),
    inputs: z.record(z.string(), z.number()).optional().describe('其他相关数字（学生数、数量等）'),
  })
  .meta({ id: 'RuleDetail', description: '规则结论背后的一行明细：一所学校、一个班或一所幼儿园' });

export const ruleCheckSchema = z
  .object({
    name: z.string(),
    value: z.number().nullable(),
    threshold: z.number(),
    comparator: comparatorSchema,
    met: z.boolean().nullable(),
  })
  .meta({ id: 'RuleCheck', description: '含多个条件的规则（如交流轮岗）的一个子条件' });

export const ruleResultSchema = z
  .object({
    ruleId: z.string().describe('在本标准内唯一：规则包编号（CB-G05）或派生编号（CB-CV-primary-L1）'),
    standard: standardIdSchema,
    name: z.string(),
    part: z.string().describe('所属评估部分（一级指标）'),
    section: sectionSchema.nullable(),
    kind: z.enum(['sectionCoverage', 'schoolIndicators', 'cv', 'guarantee', 'preschool', 'judgement']),
    computable: z.boolean().describe('评估认定项目为 false（只能由评估员认定）'),
    value: z.number().nullable(),
    threshold: z.number().nullable(),
    comparator: comparatorSchema.nullable(),
    verdict: ruleVerdictSchema,
    explanation: z.string().describe('中文说明：数值如何计算，或缺少什么'),
    inputs: z.record(z.string(), z.number().nullable()).describe('计算所用的汇总数字（分子、分母等）'),
    checks: z.array(ruleCheckSchema),
    details: z.array(ruleDetailSchema),
    source: ruleSourceSchema,
    judgement: judgementSchema
      .nullable()
      .optional()
      .describe('评估认定项目：所依据的认定；尚无认定记录时为 null'),
    veto: z.boolean().optional().describe('是否为一票否决项'),
  })
  .meta({ id: 'RuleResult', description: '一条规则的结论及其计算依据' });

export const indicatorValueSchema = z
  .object({
    code: indicatorCodeSchema,
    name: z.string(),
    numerator: z.number().describe('分子（教师数、平方米、元、间）'),
    students: z.number(),
    value: z.number(),
    threshold: z.number(),
    floor: z.number().describe('最低值：floorShare × 阈值'),
    met: z.boolean(),
    atLeastFloor: z.boolean(),
  })
  .meta({ id: 'IndicatorValue', description: '一个学校（学段）的一项资源配置指标' });

export const schoolSectionResultSchema = z
  .object({
    institutionCode: z.string(),
    institutionName: z.string(),
    section: sectionSchema,
    runningType: z.string().describe('办学类型代码（JY/T 1001）'),
    students: z.number(),
    exclusion: z
      .object({
        id: z.string(),
        reason: z.string(),
        scope: z.enum(['all', 'resourceAllocation']),
      })
      .nullable()
      .describe('不参评时的原因；scope 为 all 表示不参加任何规则，resourceAllocation 表示仅不参加资源配置'),
    indicators: z.array(indicatorValueSchema).describe('不参加资源配置评估时为空'),
    metCount: count().nullable(),
    verdict: z.enum(['pass', 'fail', 'excluded']),
    explanation: z.string().describe('中文小结，例如“7 项中达标 6 项……”'),
  })
  .meta({ id: 'SchoolSectionResult', description: '一个学校（学段）的资源配置评估结果' });

export const cvResultSchema = z
  .object({
    section: sectionSchema,
    code: indicatorCodeSchema,
    name: z.string(),
    mean: z.number().nullable().describe('按在校生加权的均值（Σ 数量 ÷ Σ 学生数，指标单位）'),
    sd: z.number().nullable(),
    cv: z.number().nullable(),
    limit: z.number(),
    verdict: ruleVerdictSchema,
    schools: count(),
    students: z.number(),
  })
  .meta({ id: 'CvResult', description: '一个学段一项指标的校际差异系数' });

export const sectionSummarySchema = z
  .object({
    section: sectionSchema,
    schoolsEvaluated: count().describe('参评学校（学段）数（未被排除且在校生大于 0）'),
    schoolsExcluded: count(),
    schoolsPassing: count(),
    applicable: z.boolean(),
    reason: z.string().nullable().describe('不适用时的原因'),
    cv: z.array(cvResultSchema),
    compositeCv: z.number().nullable().describe('综合差异系数：七项差异系数的均值；仅供参考，无阈值'),
  })
  .meta({ id: 'SectionSummary', description: '一个学段的参评情况和差异系数' });

const standardEvaluationShape = {
  packVersion: count(),
  title: z.string(),
  document: z.string(),
  verdict: verdictSchema,
  summary: z.string().describe('中文一句话小结'),
  rules: z.array(ruleResultSchema),
  counts: keyedObject(ruleVerdictSchema.options, count()).describe(
    '各结论的规则数（pass、fail、incomplete、notApplicable）',
  ),
};

/** One standard's verdict of a county as the city overview lists it. */
export const standardSummarySchema = z.object({
  verdict: verdictSchema,
  summary: standardEvaluationShape.summary,
  counts: standardEvaluationShape.counts,
});

export const compulsoryEvaluationSchema = z
  .object({
    standard: z.literal('compulsoryBalanced'),
    ...standardEvaluationShape,
    schools: z.array(schoolSectionResultSchema),
    sections: keyedObject(SECTIONS, sectionSummarySchema).describe('各学段小结（primary、junior）'),
  })
  .meta({ id: 'CompulsoryEvaluation', description: '县域义务教育优质均衡发展评估结果' });

export const preschoolEvaluationSchema = z
  .object({
    standard: z.literal('preschoolUniversal'),
    ...standardEvaluationShape,
    totals: z
      .object({
        kindergartens: count(),
        children: z.number(),
        publicChildren: z.number(),
        inclusivePrivateChildren: z.number(),
        privateChildren: z.number(),
        teachers: z.number(),
        certifiedTeachers: z.number(),
        classes: count(),
      })
      .describe('全县合计'),
  })
  .meta({ id: 'PreschoolEvaluation', description: '县域学前教育普及普惠评估结果' });

export const countyEvaluationSchema = z
  .object({
    countyCode: z.string(),
    countyName: z.string(),
    year: count(),
    compulsoryBalanced: compulsoryEvaluationSchema,
    preschoolUniversal: preschoolEvaluationSchema,
    countyStandardsVerdict: verdictSchema.describe(
      '两项均达标为 pass；任一项未达标为 fail；否则为 incomplete',
    ),
    passesBoth: z.boolean(),
    warnings: z.array(z.string()).describe('关于输入数据的中文提示（如未知评估项目的认定）'),
  })
  .meta({ id: 'CountyEvaluation', description: '一个县市区两项县域标准的评估结果' });

// ---------------------------------------------------------------------------------------------
// Gap plans

const sectionChangesSchema = partialKeyedObject(SECTION_NUMERIC_FIELDS, z.number()).describe(
  `各字段的增量。键：${SECTION_NUMERIC_FIELDS.join('、')}`,
);

export const kindergartenInputSchema = z
  .object({
    institutionCode: z.string(),
    institutionName: z.string(),
    ownership: ownershipSchema,
    children: z.number().describe('在园幼儿'),
    classes: z.array(z.object({ grade: kindergartenGradeSchema, size: z.number() })),
    teachers: z.number().describe('专任教师'),
    certifiedTeachers: z.number().describe('持证专任教师'),
  })
  .meta({ id: 'KindergartenInput', description: '一所幼儿园的评估数据' });

export const gapEffectSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('sectionDelta'),
      institutionCode: z.string(),
      section: sectionSchema,
      changes: sectionChangesSchema,
    }),
    z.object({
      kind: z.literal('splitClasses'),
      institutionCode: z.string(),
      section: sectionSchema,
      splits: z
        .array(z.object({ size: z.number(), into: count() }))
        .describe('每个 size 人的班拆为 into 个人数相近的班'),
    }),
    z.object({
      kind: z.literal('splitCampus'),
      institutionCode: z.string(),
      newInstitutionCode: z.string(),
      newInstitutionName: z.string(),
      moves: z
        .array(
          z.object({
            section: sectionSchema,
            students: z.number(),
            classSizes: z.array(z.number()),
            changes: sectionChangesSchema,
          }),
        )
        .describe('各学段分流的班级和随迁教师（校舍设施不随迁，新校区另行建设）'),
    }),
    z.object({
      kind: z.literal('countyDelta'),
      changes: partialKeyedObject(COUNTY_INPUT_KEYS, z.number()).describe(
        `县级数据的增量。键：${COUNTY_INPUT_KEYS.join('、')}`,
      ),
    }),
    z.object({
      kind: z.literal('kindergartenDelta'),
      institutionCode: z.string(),
      changes: partialKeyedObject(['teachers', 'certifiedTeachers'] as const, z.number()).describe(
        '幼儿园教师数的增量。键：teachers、certifiedTeachers',
      ),
    }),
    z.object({
      kind: z.literal('kindergartenOwnership'),
      institutionCode: z.string(),
      from: ownershipSchema,
      to: ownershipSchema,
    }),
    z.object({
      kind: z.literal('kindergartenSplitClasses'),
      institutionCode: z.string(),
      splits: z.array(z.object({ grade: kindergartenGradeSchema, size: z.number(), into: count() })),
    }),
    z.object({ kind: z.literal('newKindergarten'), kindergarten: kindergartenInputSchema }),
  ])
  .meta({ id: 'GapEffect', description: '实施该项改进对输入数据的改变（按 kind 区分）' });

export const gapPlanItemSchema = z
  .object({
    standard: standardIdSchema,
    ruleIds: z.array(z.string()).describe('该项改进针对的规则'),
    action: gapActionKindSchema,
    institutionCode: z.string().nullable(),
    institutionName: z.string().nullable(),
    section: sectionSchema.nullable(),
    field: z.string().describe('改变的输入字段，例如 peArtsTeachers、classSizes、rotatedTeachers、ownership'),
    amount: z.number().describe('措施的数量（人、平方米、元、间、班、学生、学位、幼儿）'),
    unit: z.string().describe('中文单位：名、平方米、元、间、个班、个学位……'),
    unitCost: z.number().nullable(),
    cost: count().nullable().describe('数量 × 单位成本（元，取整）；未配置单位成本时为 null'),
    description: z.string().describe('中文说明，例如“……增加体育艺术专任教师 3 名”'),
    effect: gapEffectSchema,
  })
  .meta({ id: 'GapPlanItem', description: '达标差距方案中的一项具体改进' });

export const gapPlanSchema = z
  .object({
    countyCode: z.string(),
    countyName: z.string(),
    year: count(),
    items: z.array(gapPlanItemSchema),
    totalCost: count().nullable().describe('已知费用合计（元）；没有任何一项有费用时为 null'),
    uncostedItems: count().describe('费用未知（未配置单位成本）的项目数'),
    judgementsNeeded: z
      .array(
        z.object({
          standard: standardIdSchema,
          itemId: z.string(),
          name: z.string(),
          part: z.string(),
          message: z.string(),
        }),
      )
      .describe('尚未认定或认定未达标的评估认定项目：需评估员认定'),
    missingInputs: z
      .array(
        z.object({
          standard: standardIdSchema,
          field: countyInputKeySchema,
          ruleIds: z.array(z.string()),
          message: z.string(),
        }),
      )
      .describe('尚未录入的县级数据（录入前相关规则为待定）'),
    unresolved: z
      .array(
        z.object({ standard: standardIdSchema, ruleId: z.string(), name: z.string(), reason: z.string() }),
      )
      .describe('自动规划无法使之达标的可计算规则及原因'),
    before: keyedObject(STANDARD_IDS, verdictSchema).describe('方案实施前可计算规则的结论'),
    after: keyedObject(STANDARD_IDS, verdictSchema).describe('方案实施后可计算规则的结论'),
  })
  .meta({ id: 'GapPlan', description: '达标差距方案：使可计算规则全部达标的最小一组具体改进' });

// ---------------------------------------------------------------------------------------------
// Compile-time proof: each schema's output is exactly its domain type.

assertSchemaMatches<typeof compulsoryBalancedPackResponseSchema, CompulsoryBalancedPack>(true);
assertSchemaMatches<typeof preschoolUniversalPackResponseSchema, PreschoolUniversalPack>(true);
assertSchemaMatches<typeof unitCostsSchema, UnitCosts>(true);
assertSchemaMatches<typeof ruleSourceSchema, RuleSource>(true);
assertSchemaMatches<typeof judgementSchema, Judgement>(true);
assertSchemaMatches<typeof ruleDetailSchema, RuleDetail>(true);
assertSchemaMatches<typeof ruleCheckSchema, RuleCheck>(true);
assertSchemaMatches<typeof ruleResultSchema, RuleResult>(true);
assertSchemaMatches<typeof indicatorValueSchema, IndicatorValue>(true);
assertSchemaMatches<typeof schoolSectionResultSchema, SchoolSectionResult>(true);
assertSchemaMatches<typeof cvResultSchema, CvResult>(true);
assertSchemaMatches<typeof sectionSummarySchema, SectionSummary>(true);
assertSchemaMatches<typeof compulsoryEvaluationSchema, CompulsoryEvaluation>(true);
assertSchemaMatches<typeof preschoolEvaluationSchema, PreschoolEvaluation>(true);
assertSchemaMatches<typeof countyEvaluationSchema, CountyEvaluation>(true);
assertSchemaMatches<typeof kindergartenInputSchema, KindergartenInput>(true);
assertSchemaMatches<typeof gapEffectSchema, GapEffect>(true);
assertSchemaMatches<typeof gapPlanItemSchema, GapPlanItem>(true);
assertSchemaMatches<typeof gapPlanSchema, GapPlan>(true);
assertSchemaMatches<typeof verdictSchema, Verdict>(true);
assertSchemaMatches<typeof ruleVerdictSchema, RuleVerdict>(true);

// The domain's validation schemas alone are not exact: their unitCosts is Record<string, number | null>
// (see unitCostsSchema). Should they become exact, these lines fail and the safeExtend can go.
// @ts-expect-error unitCosts differs from the domain type UnitCosts
assertSchemaMatches<typeof compulsoryBalancedPackInputSchema, CompulsoryBalancedPack>(true);
// @ts-expect-error unitCosts differs from the domain type UnitCosts
assertSchemaMatches<typeof preschoolUniversalPackInputSchema, PreschoolUniversalPack>(true);
