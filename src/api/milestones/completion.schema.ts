/**
 * Response schema of a milestone's completion rule (CompletionRule in src/domain/plan/plan.types.ts)
 * as GET /plan and GET /milestones send it. The plan file is validated on load by the domain's
 * planSchema; these shapes describe what is sent (component names, descriptions).
 */
import { z } from 'zod';
import {
  COUNTY_FIGURE_NAMES,
  COUNTY_VERDICT_NAMES,
  POPULATION_NAMES,
  TOWNSHIP_FACT_NAMES,
} from '../../domain/plan/plan.schema.ts';
import type { AttributeCondition, CompletionRule, TownshipFactName } from '../../domain/plan/plan.types.ts';
import type { AttributeName } from '../../domain/registry/registry.types.ts';
import { partialKeyedObject } from '../api.schema.ts';
import { attributeNameSchema, runningTypeSchema } from '../registry/registry.schema.ts';
import { assertSchemaMatches } from '../schema-match.ts';

export const townshipFactNameSchema = z
  .enum(TOWNSHIP_FACT_NAMES)
  .describe('乡镇事项：townVillageIntegration 幼儿园镇村一体化管理，strongTownshipPilot 强镇筑基试点')
  .meta({ id: 'TownshipFactName' });

const attributeConditionSchema = partialKeyedObject(
  attributeNameSchema.options as AttributeName[],
  z.array(z.union([z.string(), z.boolean()])),
)
  .describe('学校须具备的属性：每个属性取其中一个值')
  .meta({ id: 'AttributeCondition' });

const countyKinds = z
  .array(z.enum(['district', 'county', 'countyCity', 'zone']))
  .optional()
  .describe('适用的县级单位类型；省略时适用于全部，其余为“不涉及”');

const townships = z.enum(['all', 'towns']).describe('all：全部乡镇（街道）；towns：仅乡镇，不含街道');

export const completionRuleSchema = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('countyInstitution'),
        runningTypes: z.array(runningTypeSchema),
        attributes: attributeConditionSchema.optional(),
        population: z
          .object({ name: z.enum(POPULATION_NAMES), atLeast10k: z.number().describe('万人') })
          .optional()
          .describe('仅常住人口不少于该值的县市区须完成'),
        countyKinds,
      })
      .describe('县内至少有一所在办的该类学校'),
    z
      .object({
        kind: z.literal('townshipInstitution'),
        runningTypes: z.array(runningTypeSchema),
        attributes: attributeConditionSchema,
        townships,
        countyKinds,
      })
      .describe('每个乡镇（街道）至少有一所具备该属性的该类学校'),
    z
      .object({
        kind: z.literal('everyInstitution'),
        runningTypes: z.array(runningTypeSchema),
        where: attributeConditionSchema.optional(),
        attributes: attributeConditionSchema,
        townships,
        countyKinds,
      })
      .describe('每所该类（符合 where 的）学校都具备该属性'),
    z
      .object({
        kind: z.literal('countyFigure'),
        figure: z.enum(COUNTY_FIGURE_NAMES),
        atLeast: z.number(),
        countyKinds,
      })
      .describe('县级数据项（县域评估录入）不低于门槛'),
    z
      .object({ kind: z.literal('townshipFact'), fact: townshipFactNameSchema, townships, countyKinds })
      .describe('每个乡镇由县市区登记完成并经市级核实'),
    z
      .object({ kind: z.literal('countyVerdict'), verdict: z.enum(COUNTY_VERDICT_NAMES), countyKinds })
      .describe('县域评估结论为达标'),
    z
      .object({ kind: z.literal('reported'), evidence: z.string().describe('报送内容要求'), countyKinds })
      .describe('无数据可算：县市区报送并附佐证材料，市级核实'),
  ])
  .meta({ id: 'CompletionRule', description: '时间节点的完成规则' });

assertSchemaMatches<typeof attributeConditionSchema, AttributeCondition>(true);
assertSchemaMatches<typeof completionRuleSchema, CompletionRule>(true);
assertSchemaMatches<typeof townshipFactNameSchema, TownshipFactName>(true);
