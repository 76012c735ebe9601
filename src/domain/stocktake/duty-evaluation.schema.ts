/**
 * The rules of the county duty evaluation (督导评价) and of the stocktake's league table as data
 * (config/duty-evaluation.yaml), validated on load. Pure: zod only. Every rule carries its own
 * Chinese message; objects are strict so that a misspelt key is refused.
 */
import { z } from 'zod';

/** The four parts of a county's score, in the order they are shown and break ties by default. */
export const COMPONENTS = ['attainment', 'trajectory', 'milestones', 'measures'] as const;
export type ComponentKey = (typeof COMPONENTS)[number];

export const COMPONENT_LABELS: Record<ComponentKey, string> = {
  attainment: '目标达成',
  trajectory: '目标进度',
  milestones: '时间节点',
  measures: '举措落实',
};

/** The figures the stocktake's league table may be ordered by, each with its better direction. */
export const LEAGUE_FIGURES = {
  workPlanMissing: { label: '没有经批准的工作方案', better: 'lower' },
  milestonesOverdue: { label: '逾期未完成的时间节点数', better: 'lower' },
  measuresLateOrBlocked: { label: '逾期或受阻的举措数', better: 'lower' },
  measuresLate: { label: '逾期的举措数', better: 'lower' },
  measuresBlocked: { label: '受阻的举措数', better: 'lower' },
  targetsBehind: { label: '滞后于轨迹的目标数', better: 'lower' },
  targetsMet: { label: '已达标的目标数', better: 'higher' },
  measuresDone: { label: '已完成的举措数', better: 'higher' },
  milestonesDone: { label: '已完成的时间节点数', better: 'higher' },
} as const satisfies Record<string, { label: string; better: 'lower' | 'higher' }>;
export type LeagueFigure = keyof typeof LEAGUE_FIGURES;
const LEAGUE_FIGURE_KEYS = Object.keys(LEAGUE_FIGURES) as [LeagueFigure, ...LeagueFigure[]];

const credit = (what: string) =>
  z
    .number({ error: () => `${what}应为 0 到 1 之间的数（1 = 该项满分）` })
    .min(0, `${what}不能小于 0`)
    .max(1, `${what}不能大于 1（1 = 该项满分）`);

const weight = z
  .number({ error: () => '权重应为数字（分）' })
  .min(0, '权重不能小于 0')
  .max(100, '权重不能大于 100');

export const dutyEvaluationSchema = z
  .strictObject({
    version: z.literal(1, { error: () => 'version 应为 1' }),
    /** Who sets the weights and whether they are confirmed: shown on every page and export. */
    status: z.enum(['R', 'confirmed'], {
      error: () => 'status 应为 R（平台初始设定，待市教育局确定）或 confirmed（市教育局已确定）',
    }),
    source: z.string().min(1, 'source 不能为空：写明权重的来源（文件号或“平台初始设定”）'),
    components: z.strictObject({
      attainment: z.strictObject({
        weight,
        scoring: z.enum(['proportional', 'binary'], {
          error: () => 'scoring 应为 proportional（按达成度 实际值÷目标值 计分）或 binary（达标才得分）',
        }),
      }),
      trajectory: z.strictObject({
        weight,
        credit: z.strictObject({
          met: credit('达标的得分比例'),
          onTrack: credit('进度正常的得分比例'),
          lagging: credit('滞后的得分比例'),
          severelyLagging: credit('严重滞后的得分比例'),
        }),
        outlookOnTrackCredit: credit('按趋势 2027 年可达标时的最低得分比例'),
      }),
      milestones: z.strictObject({
        weight,
        credit: z.strictObject({
          done: credit('已完成的得分比例'),
          toVerify: credit('待核实的得分比例'),
          overdue: credit('逾期未完成的得分比例'),
        }),
      }),
      measures: z.strictObject({
        weight,
        credit: z.strictObject({
          doneOnTime: credit('按期完成的得分比例'),
          doneLate: credit('逾期后完成的得分比例'),
          blocked: credit('受阻的得分比例'),
          late: credit('逾期未完成的得分比例'),
        }),
      }),
    }),
    emptyComponent: z.enum(['full', 'redistribute'], {
      error: () =>
        'emptyComponent 应为 full（没有可评事项的部分按满分计）或 redistribute（其权重按比例分给其他部分）',
    }),
    ranking: z.strictObject({
      decimals: z
        .number()
        .int('decimals 应为整数')
        .min(0, 'decimals 不能小于 0')
        .max(3, 'decimals 不能大于 3'),
      tieBreak: z
        .array(z.enum(COMPONENTS, { error: () => `应为 ${COMPONENTS.join('、')} 之一` }))
        .refine((a) => new Set(a).size === a.length, '同一部分不能重复出现'),
    }),
    leagueTable: z.strictObject({
      order: z
        .array(z.enum(LEAGUE_FIGURE_KEYS, { error: () => `应为 ${LEAGUE_FIGURE_KEYS.join('、')} 之一` }))
        .min(1, '至少列出一个排序指标')
        .refine((a) => new Set(a).size === a.length, '同一指标不能重复出现'),
    }),
  })
  .superRefine((c, ctx) => {
    const sum = COMPONENTS.reduce((s, k) => s + c.components[k].weight, 0);
    if (Math.abs(sum - 100) > 1e-9) {
      ctx.addIssue({
        code: 'custom',
        path: ['components'],
        message: `四部分的权重之和应为 100，现为 ${COMPONENTS.map((k) => `${k} ${c.components[k].weight}`).join(' + ')} = ${Number(sum.toFixed(6))}`,
      });
    }
  });

export type DutyEvaluationRules = z.infer<typeof dutyEvaluationSchema>;
