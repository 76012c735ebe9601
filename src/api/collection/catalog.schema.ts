/**
 * Response schemas of the data-collection catalog (catalog/collection/*.yaml) as GET
 * /collection/periods sends it: categories, data elements, forms, validation rules and periods.
 *
 * Written for the API rather than reused from src/domain/collection/catalog.schema.ts: the domain's
 * item schemas are not exported on their own (only inside the *FileSchema objects), they are strict
 * objects carrying the file checks (trimmed text, code patterns, min ≤ max) and their Chinese file
 * messages. The catalog is validated once on load; here the shapes only describe what is sent.
 * The assertions at the end prove that each schema's output is exactly its domain type.
 */
import { z } from 'zod';
import type {
  CapacityRule,
  Category,
  CategoryCode,
  CategoryOption,
  ChangeFromPreviousRule,
  ClassSizeAtLeastRule,
  CollectionCatalog,
  CollectionPeriod,
  DataElement,
  ElementType,
  FormDefinition,
  FormSection,
  ListSumEqualsRule,
  NotGreaterRule,
  PerStudentOutlierRule,
  ValidationRule,
} from '../../domain/collection/catalog.types.ts';
import { assertSchemaMatches } from '../schema-match.ts';

export const categoryCodeSchema = z
  .enum(['grade', 'sex', 'stage'])
  .describe('分类：grade 年级、sex 性别、stage 学段')
  .meta({ id: 'CategoryCode' });

export const categoryOptionSchema = z
  .object({
    code: z.string(),
    name: z.string(),
  })
  .meta({ id: 'CategoryOption' });

export const categorySchema = z
  .object({
    code: categoryCodeSchema,
    name: z.string(),
    options: z.array(categoryOptionSchema),
  })
  .meta({ id: 'Category' });

export const elementTypeSchema = z
  .enum(['integer', 'number', 'integerList'])
  .describe('取值类型：integer 整数、number 数值、integerList 整数列表（如各班人数）')
  .meta({ id: 'ElementType' });

export const dataElementSchema = z
  .object({
    code: z.string(),
    name: z.string().describe('中文名称，与统计报表的写法一致'),
    unit: z.string(),
    type: elementTypeSchema,
    min: z.number().describe('取值下限（列表为每一项的下限）'),
    max: z.number().describe('取值上限（列表为每一项的上限）'),
    disaggregation: z
      .array(categoryCodeSchema)
      .describe('取值按哪些分类拆分，顺序即字段键的顺序（如先年级、后性别）'),
    description: z.string().optional(),
    feeds: z.array(z.string()).optional().describe('由哪些模块使用（目标、达标评估），仅供参考'),
  })
  .meta({ id: 'DataElement' });

export const formSectionSchema = z
  .object({
    title: z.string(),
    elements: z.array(z.string()).describe('本栏的数据元素代码'),
  })
  .meta({ id: 'FormSection' });

export const formDefinitionSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    name: z.string(),
    runningTypes: z.array(z.string()).describe('填报该报表的学校的办学类型码（JY/T 1001）'),
    grades: z.array(z.string()).describe('报表填报的年级选项（按顺序）'),
    stages: z.array(z.string()).describe('报表填报的学段选项'),
    sections: z.array(formSectionSchema),
  })
  .meta({ id: 'FormDefinition' });

export const ruleSeveritySchema = z
  .enum(['hard', 'soft'])
  .describe('hard：阻止提交；soft：需书面说明后方可提交');

const ruleBase = {
  id: z.string(),
  name: z.string().describe('规则的中文名称，随每个问题显示'),
  severity: ruleSeveritySchema,
};

export const listSumEqualsRuleSchema = z
  .object({
    ...ruleBase,
    kind: z.literal('listSumEquals'),
    list: z.string(),
    total: z.string(),
  })
  .describe('各年级列表各项之和等于合计（如各班人数之和 = 在校生数 男 + 女）')
  .meta({ id: 'ListSumEqualsRule' });

export const notGreaterRuleSchema = z
  .object({
    ...ruleBase,
    kind: z.literal('notGreater'),
    part: z.string(),
    whole: z.string(),
  })
  .describe('部分不超过整体，按共同的分类选项逐项比较（如持证教师 ≤ 专任教师，按学段）')
  .meta({ id: 'NotGreaterRule' });

export const capacityRuleSchema = z
  .object({
    ...ruleBase,
    kind: z.literal('capacity'),
    classes: z.string(),
    enrolment: z.string(),
    perClass: z.number().int(),
  })
  .describe('各年级班数 × perClass ≥ 在校生数')
  .meta({ id: 'CapacityRule' });

export const changeFromPreviousRuleSchema = z
  .object({
    ...ruleBase,
    kind: z.literal('changeFromPrevious'),
    elements: z.array(z.string()),
    maxRelativeChange: z.number(),
  })
  .describe('各数据元素合计：|本年 − 上年| ÷ 上年 ≤ maxRelativeChange')
  .meta({ id: 'ChangeFromPreviousRule' });

export const classSizeAtLeastRuleSchema = z
  .object({
    ...ruleBase,
    kind: z.literal('classSizeAtLeast'),
    list: z.string(),
    size: z.number().int(),
  })
  .describe('标出人数达到 size 及以上的每个班')
  .meta({ id: 'ClassSizeAtLeastRule' });

export const perStudentOutlierRuleSchema = z
  .object({
    ...ruleBase,
    kind: z.literal('perStudentOutlier'),
    element: z.string(),
    maxModifiedZ: z.number(),
  })
  .describe(
    '某学段生均量（element[学段] ÷ 该学段各年级在校生）与本县同一报表的学校比较：|修正 z 值| = 0.6745 · |x − 中位数| ÷ MAD > maxModifiedZ 时提示',
  )
  .meta({ id: 'PerStudentOutlierRule' });

export const validationRuleSchema = z
  .discriminatedUnion('kind', [
    listSumEqualsRuleSchema,
    notGreaterRuleSchema,
    capacityRuleSchema,
    changeFromPreviousRuleSchema,
    classSizeAtLeastRuleSchema,
    perStudentOutlierRuleSchema,
  ])
  .meta({ id: 'ValidationRule' });

export const collectionPeriodSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    schoolYear: z.number().int(),
    kind: z.enum(['schoolYear', 'semester']),
    forms: z.array(z.string()).describe('本周期填报的报表编号'),
    openFrom: z.string().describe('开始时间，带时区的 ISO 8601（Asia/Shanghai）'),
    closeAt: z.string().describe('截止时间，带时区的 ISO 8601（Asia/Shanghai）'),
  })
  .meta({ id: 'CollectionPeriod' });

export const collectionCatalogSchema = z
  .object({
    categories: z.array(categorySchema),
    elements: z.array(dataElementSchema),
    forms: z.array(formDefinitionSchema),
    rules: z.array(validationRuleSchema),
    periods: z.array(collectionPeriodSchema),
  })
  .meta({ id: 'CollectionCatalog' });

// Compile-time: each schema's output is exactly its domain type.
assertSchemaMatches<typeof categoryCodeSchema, CategoryCode>(true);
assertSchemaMatches<typeof categoryOptionSchema, CategoryOption>(true);
assertSchemaMatches<typeof categorySchema, Category>(true);
assertSchemaMatches<typeof elementTypeSchema, ElementType>(true);
assertSchemaMatches<typeof dataElementSchema, DataElement>(true);
assertSchemaMatches<typeof formSectionSchema, FormSection>(true);
assertSchemaMatches<typeof formDefinitionSchema, FormDefinition>(true);
assertSchemaMatches<typeof listSumEqualsRuleSchema, ListSumEqualsRule>(true);
assertSchemaMatches<typeof notGreaterRuleSchema, NotGreaterRule>(true);
assertSchemaMatches<typeof capacityRuleSchema, CapacityRule>(true);
assertSchemaMatches<typeof changeFromPreviousRuleSchema, ChangeFromPreviousRule>(true);
assertSchemaMatches<typeof classSizeAtLeastRuleSchema, ClassSizeAtLeastRule>(true);
assertSchemaMatches<typeof perStudentOutlierRuleSchema, PerStudentOutlierRule>(true);
assertSchemaMatches<typeof validationRuleSchema, ValidationRule>(true);
assertSchemaMatches<typeof collectionPeriodSchema, CollectionPeriod>(true);
assertSchemaMatches<typeof collectionCatalogSchema, CollectionCatalog>(true);
