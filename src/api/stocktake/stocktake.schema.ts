/**
 * Exact response schemas of the stocktake (月度调度), a recorded stocktake and the county duty
 * evaluation (督导评价), each proven equal to the type its use case returns (schema-match.ts).
 */
import { z } from 'zod';
import type { Evaluation, Stocktake, StocktakeRecordInfo } from '../../app/stocktake/stocktake.service.ts';
import {
  COMPONENTS,
  LEAGUE_FIGURES,
  type LeagueFigure,
} from '../../domain/stocktake/duty-evaluation.schema.ts';
import { assertSchemaMatches } from '../schema-match.ts';
import { targetStatusSchema } from '../targets/targets.schema.ts';

const milestoneStatusSchema = z
  .enum(['done', 'notDone', 'overdue', 'toVerify', 'notRequired'])
  .describe('已完成、未完成、逾期未完成、待核实、不涉及');
const progressSchema = z
  .enum(['notStarted', 'inProgress', 'done', 'blocked'])
  .describe('未开始、推进中、已完成、受阻');
const leagueFigureSchema = z.enum(Object.keys(LEAGUE_FIGURES) as [LeagueFigure, ...LeagueFigure[]]);

const targetFactSchema = z
  .object({
    targetId: z.string(),
    shortTitle: z.string(),
    year: z.number().int(),
    value: z.number().nullable().describe('比例（0–1）'),
    threshold: z.number(),
    expected: z.number().nullable().describe('按直线轨迹该学年应达到的值'),
    status: targetStatusSchema,
    outlook: z
      .object({ value: z.number().nullable(), onTrack: z.boolean().nullable() })
      .nullable()
      .describe('按趋势外推的 2027 年值，及是否达到目标'),
    reason: z.string().nullable(),
  })
  .meta({ id: 'StocktakeTarget', description: '一个县的一项目标：数值、轨迹、状态和 2027 年趋势' });

const milestoneFactSchema = z
  .object({
    id: z.string(),
    task: z.number().int(),
    title: z.string(),
    deadline: z.string(),
    status: milestoneStatusSchema,
    since: z.string().nullable(),
    missing: z.array(z.object({ code: z.string(), name: z.string(), since: z.string().nullable() })),
    detail: z.string(),
  })
  .meta({ id: 'StocktakeMilestone', description: '一个县的一个时间节点：状态、缺少的乡镇或学校' });

const measureSchema = z
  .object({
    id: z.string(),
    taskNumber: z.number().int(),
    title: z.string(),
    ownerName: z.string(),
    ownerUnit: z.string(),
    dueDate: z.string(),
    progress: progressSchema,
    review: z.enum(['none', 'submitted', 'accepted', 'returned']),
    lastReportAt: z.string().nullable(),
    overdue: z.boolean(),
    overdueSince: z.string().nullable(),
    escalation: z.enum(['none', 'visible', 'red']),
    done: z.boolean(),
    doneOnTime: z.boolean(),
    late: z.boolean(),
    blocked: z.boolean(),
    dueThisMonth: z.boolean(),
  })
  .meta({ id: 'StocktakeMeasure', description: '一个县工作方案中的一项举措及其报送状态' });

const named = z.object({ id: z.string(), title: z.string() });

const changesSchema = z
  .object({
    orgCode: z.string(),
    orgName: z.string(),
    targets: z.array(
      z.object({
        targetId: z.string(),
        title: z.string(),
        from: targetStatusSchema,
        to: targetStatusSchema,
        direction: z.enum(['better', 'worse', 'other']),
      }),
    ),
    milestonesNewlyDone: z.array(named),
    milestonesNewlyOverdue: z.array(named),
    measuresNewlyDone: z.array(named),
    measuresNewlyLate: z.array(named),
    measuresNewlyBlocked: z.array(named),
    rank: z.object({ from: z.number().int(), to: z.number().int(), move: z.number().int() }).nullable(),
    changed: z.boolean(),
  })
  .meta({ id: 'StocktakeChanges', description: '与上次记录的调度相比的变化' });

const figuresSchema = z.object({
  workPlanMissing: z.number().int().describe('没有经批准的工作方案为 1，否则为 0'),
  milestonesOverdue: z.number().int(),
  measuresLateOrBlocked: z.number().int(),
  measuresLate: z.number().int(),
  measuresBlocked: z.number().int(),
  targetsBehind: z.number().int(),
  targetsMet: z.number().int(),
  measuresDone: z.number().int(),
  milestonesDone: z.number().int(),
  targetsScored: z.number().int(),
  targetsOnTrack: z.number().int(),
  milestonesDue: z.number().int(),
  milestonesToVerify: z.number().int(),
  measuresTotal: z.number().int(),
});

const rowSchema = z
  .object({
    orgCode: z.string(),
    orgName: z.string(),
    rank: z.number().int(),
    tied: z.boolean(),
    decidedBy: z.string().nullable().describe('排在上一行之后的依据（第一个不同的指标）'),
    figures: figuresSchema,
    workPlan: z.object({ approved: z.boolean(), approvedAt: z.string().nullable() }),
    targets: z.array(targetFactSchema),
    milestones: z.array(milestoneFactSchema),
    measures: z.array(measureSchema),
    changes: changesSchema.nullable(),
  })
  .meta({ id: 'StocktakeRow', description: '排名表中一个县的一行' });

const withOrg = <T extends z.ZodRawShape>(s: z.ZodObject<T>) =>
  s.extend({ orgCode: z.string(), orgName: z.string() });

export const stocktakeRecordSchema = z
  .object({
    id: z.number().int(),
    label: z.string(),
    asOf: z.string(),
    recordedBy: z.string(),
    recordedAt: z.string(),
  })
  .meta({ id: 'StocktakeRecord', description: '一次记录的月度调度' });
assertSchemaMatches<typeof stocktakeRecordSchema, StocktakeRecordInfo>(true);

const rulesSchema = z.object({
  status: z.enum(['R', 'confirmed']).describe('R：平台初始设定，待市教育局确定；confirmed：已确定'),
  source: z.string(),
});

export const stocktakeSchema = z
  .object({
    level: z.enum(['city', 'county']),
    org: z.object({ code: z.string(), name: z.string() }),
    asOf: z.string(),
    year: z.number().int(),
    month: z.string(),
    round: z.object({ id: z.string(), label: z.string() }).nullable(),
    league: z.object({ order: z.array(leagueFigureSchema), method: z.string() }),
    countyCount: z.number().int(),
    rows: z.array(rowSchema),
    attention: z.object({
      targetsBehind: z.array(targetFactSchema),
      milestonesOverdue: z.array(withOrg(milestoneFactSchema)),
      measuresLateOrBlocked: z.array(withOrg(measureSchema)),
      milestonesDueThisMonth: z.array(withOrg(milestoneFactSchema)),
      measuresDueThisMonth: z.array(withOrg(measureSchema)),
    }),
    lastRecord: stocktakeRecordSchema.nullable(),
    records: z.array(stocktakeRecordSchema),
    canRecord: z.boolean(),
    rules: rulesSchema,
  })
  .meta({ id: 'Stocktake', description: '月度调度：全市（各县排名）或一个县' });
assertSchemaMatches<typeof stocktakeSchema, Omit<Stocktake, 'demo'>>(true);

const itemSchema = z.object({
  ref: z.string(),
  label: z.string(),
  max: z.number(),
  points: z.number(),
  credit: z.number(),
  explanation: z.string(),
});

const countyScoreSchema = z
  .object({
    orgCode: z.string(),
    orgName: z.string(),
    total: z.number(),
    components: z.array(
      z.object({
        key: z.enum(COMPONENTS),
        label: z.string(),
        weight: z.number(),
        effectiveWeight: z.number(),
        points: z.number(),
        items: z.array(itemSchema),
        excluded: z.array(z.object({ ref: z.string(), label: z.string(), reason: z.string() })),
        note: z.string().nullable(),
      }),
    ),
    rank: z.number().int(),
    tied: z.boolean(),
    tieNote: z.string().nullable(),
  })
  .meta({ id: 'DutyEvaluationCounty', description: '一个县的督导评价得分，每一分都有说明' });

export const evaluationSchema = z
  .object({
    year: z.number().int(),
    years: z.array(z.number().int()),
    targetYear: z.number().int().describe('目标数据所取的学年（截至评价年度最近的完整学年）'),
    asOf: z.string(),
    method: z.array(z.string()),
    rules: rulesSchema,
    countyCount: z.number().int(),
    counties: z.array(countyScoreSchema),
  })
  .meta({ id: 'DutyEvaluation', description: '县级履行教育职责督导评价（权重由市教育局确定）' });
assertSchemaMatches<typeof evaluationSchema, Omit<Evaluation, 'demo'>>(true);
