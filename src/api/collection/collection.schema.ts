/**
 * Exact response schemas of the data-collection routes (the catalog's are in catalog.schema.ts):
 * one school's submission, the live check, completeness, history, bulk review, Excel import.
 * Each is proven equal to the type its use case returns (schema-match.ts).
 */
import { z } from 'zod';
import type { ImportProblem } from '../../app/collection/workbook.import.ts';
import type {
  Completeness,
  CountyProgress,
  SchoolProgress,
} from '../../app/collection/completeness.service.ts';
import type { SubmissionEvent, SubmissionHistory, ValueChange } from '../../app/collection/entry.service.ts';
import type { BulkPreview, BulkResult } from '../../app/collection/review.service.ts';
import type { FormFieldView, SubmissionView } from '../../app/collection/submission.view.ts';
import type {
  ImportResult,
  ImportRowChecks,
  ImportRowPreview,
} from '../../app/collection/workbook.service.ts';
import { APPROVAL_ACTIONS, APPROVAL_LEVELS, SUBMISSION_STATES } from '../../domain/collection/approval.ts';
import type { ValidationIssue } from '../../domain/collection/validation.ts';
import { MAX_CLASSES_PER_GRADE } from '../../domain/collection/field.rules.ts';
import { datasetNoticeSchema } from '../api.schema.ts';
import { assertSchemaMatches } from '../schema-match.ts';
import { runningTypeSchema } from '../registry/registry.schema.ts';
import {
  collectionPeriodSchema,
  elementTypeSchema,
  formDefinitionSchema,
  ruleSeveritySchema,
} from './catalog.schema.ts';

export const submissionStateSchema = z
  .enum(SUBMISSION_STATES)
  .describe('草稿、已提交、已退回、县级已审核、市级已审核（已锁定）、解锁申请中')
  .meta({ id: 'SubmissionState' });
/** A school's state in a period: a submission's, or notStarted before its first save. */
export const schoolStateSchema = z
  .enum([...SUBMISSION_STATES, 'notStarted'])
  .describe('报表状态；notStarted：学校尚未保存过报表')
  .meta({ id: 'SchoolState' });
export const approvalActionSchema = z
  .enum(APPROVAL_ACTIONS)
  .describe('保存、提交、退回、审核通过、申请解锁、批准解锁申请、驳回解锁申请、直接解锁')
  .meta({ id: 'ApprovalAction' });
export const approvalLevelSchema = z.enum(APPROVAL_LEVELS).describe('学校、县级、市级');

/** A field's value: a number, the sizes of a grade's classes, or null when not filled in. */
export const fieldValueSchema = z
  .union([
    z.number().finite(),
    z.array(z.number().finite()).max(MAX_CLASSES_PER_GRADE, `一个年级最多 ${MAX_CLASSES_PER_GRADE} 个班`),
    z.null(),
  ])
  .meta({ id: 'FieldValue' });

export const validationIssueSchema = z
  .object({
    ruleId: z.string().describe('校验规则编号，或 TYPE、RANGE、REQUIRED（字段检查）'),
    ruleName: z.string(),
    severity: ruleSeveritySchema,
    fields: z.array(z.string()).describe('涉及的字段（第一个为界面上显示问题的位置）'),
    message: z.string(),
  })
  .meta({ id: 'ValidationIssue' });
assertSchemaMatches<typeof validationIssueSchema, ValidationIssue>(true);

export const formFieldViewSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    section: z.string(),
    element: z.string(),
    unit: z.string(),
    type: elementTypeSchema,
    min: z.number(),
    max: z.number(),
    description: z.string().nullable(),
  })
  .meta({ id: 'FormFieldView' });
assertSchemaMatches<typeof formFieldViewSchema, FormFieldView>(true);

const fieldValuesSchema = z.record(z.string(), fieldValueSchema);

export const submissionSchema = z
  .object({
    periodId: z.string(),
    schoolYear: z.number().int(),
    institution: z.object({
      code: z.string(),
      name: z.string(),
      countyCode: z.string(),
      townshipCode: z.string(),
      runningType: runningTypeSchema,
    }),
    form: formDefinitionSchema,
    state: submissionStateSchema,
    version: z.number().int().describe('乐观锁版本：保存时须带上打开时的版本；0 表示尚未开始填报'),
    values: fieldValuesSchema,
    explanations: z.record(z.string(), z.string()).describe('软规则的书面说明（按规则编号）'),
    previous: fieldValuesSchema.nullable().describe('上学年的值'),
    issues: z.array(validationIssueSchema),
    allowedActions: z.array(approvalActionSchema).describe('当前账号现在可执行的操作'),
    rules: z.array(z.object({ id: z.string(), name: z.string(), severity: ruleSeveritySchema })),
    fields: z.array(formFieldViewSchema),
    dataset: datasetNoticeSchema,
  })
  .meta({ id: 'Submission' });
assertSchemaMatches<
  typeof submissionSchema,
  Omit<SubmissionView, 'demo'> & { dataset: z.output<typeof datasetNoticeSchema> }
>(true);

export const checkResultSchema = z.object({
  issues: z.array(validationIssueSchema),
  blocking: z.array(validationIssueSchema).describe('阻止提交的问题：硬规则，以及未说明的软规则'),
});
assertSchemaMatches<typeof checkResultSchema, { issues: ValidationIssue[]; blocking: ValidationIssue[] }>(
  true,
);

const schoolProgressSchema = z.object({
  code: z.string(),
  name: z.string(),
  countyCode: z.string(),
  townshipCode: z.string(),
  state: schoolStateSchema,
  submittedAt: z.string().nullable().describe('首次提交时间'),
  submitted: z.boolean(),
  approved: z.boolean(),
  final: z.boolean().describe('已生效：数值已成为统计数据'),
  late: z.boolean(),
});
assertSchemaMatches<typeof schoolProgressSchema, SchoolProgress>(true);

const countyProgressSchema = z.object({
  code: z.string(),
  name: z.string(),
  expected: z.number().int(),
  started: z.number().int(),
  submitted: z.number().int(),
  approved: z.number().int(),
  final: z.number().int(),
  late: z.number().int(),
});
assertSchemaMatches<typeof countyProgressSchema, CountyProgress>(true);

export const completenessSchema = z
  .object({
    period: collectionPeriodSchema,
    daysLeft: z.number().int().describe('距截止的天数（截止后为负）'),
    states: z.record(z.string(), z.number().int()).describe('各状态的学校数（含 notStarted）'),
    counties: z.array(countyProgressSchema),
    schools: z.array(schoolProgressSchema).describe('逐校列表；schools=false 时为空'),
    dataset: datasetNoticeSchema,
  })
  .meta({ id: 'Completeness' });
assertSchemaMatches<
  typeof completenessSchema,
  Omit<Completeness, 'demo'> & { dataset: z.output<typeof datasetNoticeSchema> }
>(true);

const valueChangeSchema = z.object({
  id: z.number().int(),
  submissionId: z.number().int(),
  fieldKey: z.string(),
  oldValue: fieldValueSchema,
  newValue: fieldValueSchema,
  changedBy: z.string(),
  changedAt: z.string(),
});
assertSchemaMatches<typeof valueChangeSchema, ValueChange>(true);

const submissionEventSchema = z.object({
  id: z.number().int(),
  submissionId: z.number().int(),
  action: approvalActionSchema,
  fromState: submissionStateSchema,
  toState: submissionStateSchema,
  actorUsername: z.string(),
  actorLevel: approvalLevelSchema,
  comment: z.string().nullable(),
  at: z.string(),
});
assertSchemaMatches<typeof submissionEventSchema, SubmissionEvent>(true);

export const historySchema = z
  .object({ values: z.array(valueChangeSchema), events: z.array(submissionEventSchema) })
  .meta({ id: 'SubmissionHistory' });
assertSchemaMatches<typeof historySchema, SubmissionHistory>(true);

export const bulkResultSchema = z
  .object({
    done: z.number().int(),
    refused: z.number().int(),
    results: z.array(
      z.object({
        code: z.string(),
        ok: z.boolean(),
        state: z.string().describe('操作后的状态；未处理时为空'),
        message: z.string().nullable().describe('未处理的原因'),
      }),
    ),
  })
  .meta({ id: 'BulkReviewResult' });
assertSchemaMatches<typeof bulkResultSchema, BulkResult>(true);

const importProblemSchema = z.object({
  sheet: z.string().nullable(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  header: z.string().nullable(),
  value: z.string().nullable(),
  rule: z.string(),
  message: z.string(),
  kind: z
    .enum(['file', 'cell', 'institution', 'state', 'rule'])
    .optional()
    .describe(
      'state：填报状态不允许修改（采集期已截止、已锁定等），不是文件本身的问题；rule：报表的校验规则（与在线填报相同）',
    ),
});
assertSchemaMatches<typeof importProblemSchema, ImportProblem>(true);

const importRowChecksSchema = z
  .object({
    issues: z
      .array(validationIssueSchema)
      .describe('导入后本行数值违反的全部硬规则和软规则（与在线填报提交时的校验相同）'),
    unfilled: z.number().int().describe('导入后仍未填写的字段数（草稿可以不完整，提交时须填齐）'),
    explained: z.array(z.string()).describe('学校已填写说明的软规则编号'),
  })
  .meta({ id: 'ImportRowChecks' });
assertSchemaMatches<typeof importRowChecksSchema, ImportRowChecks>(true);

const importRowSchema = z.object({
  row: z.number().int(),
  institution: z.object({ code: z.string(), name: z.string() }),
  state: schoolStateSchema,
  version: z
    .union([z.number().int(), z.literal('none')])
    .describe('预览时比对的该校报表版本；none：该校尚未开始填报。导入时版本已变则拒绝'),
  changes: z.array(
    z.object({ field: z.string(), label: z.string(), old: fieldValueSchema, new: fieldValueSchema }),
  ),
  checks: importRowChecksSchema,
});
assertSchemaMatches<typeof importRowSchema, ImportRowPreview>(true);

export const importResultSchema = z
  .object({
    mode: z.enum(['preview', 'commit']),
    period: z.object({ id: z.string(), name: z.string() }),
    form: z.object({ id: z.string(), version: z.number().int(), name: z.string() }).nullable(),
    sheet: z.string().nullable(),
    onBehalf: z.boolean().describe('县级统一导入（县级账号代本县学校导入）'),
    rows: z.array(importRowSchema),
    problems: z
      .array(importProblemSchema)
      .describe('阻止导入的问题（按行排序，文件本身的问题在前），含涉及文件所改数值的硬规则'),
    warnings: z
      .array(importProblemSchema)
      .describe(
        '不阻止导入的规则提示（按行排序）：软规则（学校提交前须填写说明），以及文件未改动的已保存数值原有的硬规则问题',
      ),
    summary: z.object({
      rows: z.number().int(),
      changedRows: z.number().int(),
      unchangedRows: z.number().int(),
      changedFields: z.number().int(),
    }),
    canCommit: z.boolean(),
    committed: z.boolean(),
    previewToken: z
      .string()
      .nullable()
      .describe(
        '预览凭据（预览时各行报表的版本和文件摘要）：导入同一文件时作为 previewToken 带上；导入的结果为 null',
      ),
  })
  .meta({ id: 'ImportResult' });
assertSchemaMatches<typeof importResultSchema, ImportResult>(true);

const bulkSoftFlagSchema = z.object({
  ruleId: z.string(),
  ruleName: z.string(),
  message: z.string(),
  explanation: z.string().nullable().describe('学校的书面说明；null：尚未说明'),
});

export const bulkPreviewSchema = z
  .object({
    action: z.enum(['approve', 'return', 'requestUnlock', 'grantUnlock', 'rejectUnlock', 'unlock']),
    level: z.enum(['county', 'city']),
    locks: z.boolean().describe('通过后报表锁定（市级审核通过）'),
    becomesFinal: z.boolean().describe('通过后数值立即生效，计入各项目标'),
    accepted: z.number().int().describe('将处理的报表数'),
    refused: z.number().int().describe('不能处理的报表数'),
    counties: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        accepted: z.number().int(),
        flagged: z.number().int().describe('有软规则提示的报表数'),
        unexplained: z.number().int().describe('其中有提示尚未说明的报表数'),
      }),
    ),
    softRules: z.array(
      z.object({
        ruleId: z.string(),
        ruleName: z.string(),
        schools: z.number().int(),
        unexplained: z.number().int(),
      }),
    ),
    schools: z.array(
      z.object({
        code: z.string(),
        name: z.string().describe('不能处理（含超出管理范围）的学校为空'),
        countyCode: z.string(),
        ok: z.boolean(),
        message: z.string().nullable().describe('不能处理的原因'),
        flags: z.array(bulkSoftFlagSchema),
      }),
    ),
  })
  .meta({ id: 'BulkReviewPreview' });
assertSchemaMatches<typeof bulkPreviewSchema, BulkPreview>(true);
