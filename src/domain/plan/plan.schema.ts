/**
 * Validation of a plan file (plans/*.yaml) against the `Plan` types. Pure: zod only, no I/O.
 * Built-in zod messages come from the locale the caller configures (the loader sets zh-CN); every
 * rule written here carries its own Chinese message. Objects are strict so that a misspelt key is
 * refused rather than silently ignored.
 */
import { z } from 'zod';
import {
  CONDITIONS_CLASSES,
  KG_CLASSES,
  OWNERSHIPS,
  RUNNING_TYPES,
  type AttributeName,
  type CountyKind,
  type FeaturedHighSchool,
  type SpecialEdEvaluation,
} from '../registry/registry.types.ts';
import type {
  AttributeCondition,
  CompletionRule,
  CompletionRuleKind,
  CountyFigureName,
  CountyVerdictName,
  Plan,
  PopulationName,
  TargetId,
  TownshipFactName,
} from './plan.types.ts';

export const TARGET_IDS = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'] as const satisfies readonly TargetId[];

/** Earliest and latest year a plan file may name. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const FEATURED_HIGH_SCHOOLS = ['provincial', 'city', 'none'] as const satisfies readonly FeaturedHighSchool[];
const SPECIAL_ED_EVALUATIONS = [
  'passed',
  'failed',
  'notEvaluated',
] as const satisfies readonly SpecialEdEvaluation[];

// Compile-time: the lists above name every member of their union type.
const _allFeatured: [Exclude<FeaturedHighSchool, (typeof FEATURED_HIGH_SCHOOLS)[number]>] extends [never]
  ? true
  : never = true;
const _allSpecialEd: [Exclude<SpecialEdEvaluation, (typeof SPECIAL_ED_EVALUATIONS)[number]>] extends [never]
  ? true
  : never = true;

/** What a share indicator's `numerator.values` may hold for each institution attribute. */
type AttributeValueDomain =
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'boolean' }
  /** A list-valued attribute: it cannot be matched against `values`. */
  | { kind: 'list' };

/** One entry per key of InstitutionAttributes (`satisfies` makes a missing or extra key a type error). */
const ATTRIBUTE_DOMAINS = {
  ownership: { kind: 'enum', values: OWNERSHIPS },
  kgClass: { kind: 'enum', values: KG_CLASSES },
  strongSchoolProgramme: { kind: 'boolean' },
  highSchoolEvaluationCompleted: { kind: 'boolean' },
  featuredHighSchool: { kind: 'enum', values: FEATURED_HIGH_SCHOOLS },
  subjectBases: { kind: 'list' },
  specialEdEvaluation: { kind: 'enum', values: SPECIAL_ED_EVALUATIONS },
  resourceCentre: { kind: 'boolean' },
  preschoolDepartment: { kind: 'boolean' },
  vocationalDepartment: { kind: 'boolean' },
  townshipSeat: { kind: 'boolean' },
  conditionsClass: { kind: 'enum', values: CONDITIONS_CLASSES },
} as const satisfies Record<AttributeName, AttributeValueDomain>;

const ATTRIBUTE_NAMES = Object.keys(ATTRIBUTE_DOMAINS) as AttributeName[];

const quote = (v: unknown): string => `“${String(v)}”`;
const listOf = (values: readonly unknown[]): string => values.map((v) => String(v)).join('、');

/** `['targets', 1, 'id']` → `targets[1].id`, for messages that point at another element. */
const renderPath = (path: readonly PropertyKey[]): string =>
  path
    .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? String(seg) : `.${String(seg)}`))
    .join('');

/** Adds an issue for every repeated element of a list of primitives. */
function refineUnique<T extends string | number | boolean>(
  items: readonly T[],
  ctx: z.RefinementCtx,
  what: string,
  pathOf: (index: number) => PropertyKey[] = (i) => [i],
): void {
  const firstAt = new Map<T, number>();
  items.forEach((item, i) => {
    const first = firstAt.get(item);
    if (first === undefined) firstAt.set(item, i);
    else {
      const firstPath = pathOf(first);
      const where = firstPath.length === 1 ? `本列表第 ${first + 1} 项` : ` ${renderPath(firstPath)}`;
      ctx.addIssue({
        code: 'custom',
        path: pathOf(i),
        message: `${what}${quote(item)}重复（已出现在${where}）`,
      });
    }
  });
}

const uniqueList = <T extends z.ZodType<string | number | boolean>>(item: T, what: string) =>
  z
    .array(item)
    .min(1, { error: `${what}不能为空` })
    .superRefine((items, ctx) => refineUnique(items as Array<string | number | boolean>, ctx, what));

const nonEmptyText = z.string().trim().min(1, { error: '不能为空' });

const year = z
  .int({ error: '年份应为整数' })
  .min(MIN_YEAR, { error: `年份应在 ${MIN_YEAR}–${MAX_YEAR} 之间` })
  .max(MAX_YEAR, { error: `年份应在 ${MIN_YEAR}–${MAX_YEAR} 之间` });

const runningType = z.enum(RUNNING_TYPES, {
  error: (iss) =>
    `办学类型代码${quote(iss.input)}无效，应为 ${listOf(RUNNING_TYPES)} 之一（见 STANDARDS.md §5）`,
});
const ownership = z.enum(OWNERSHIPS, {
  error: (iss) => `举办者${quote(iss.input)}无效，应为 ${listOf(OWNERSHIPS)} 之一`,
});
const attributeName = z.enum(ATTRIBUTE_NAMES, {
  error: (iss) => `未知的学校属性${quote(iss.input)}，应为 ${listOf(ATTRIBUTE_NAMES)} 之一`,
});

const populationFilterSchema = z.strictObject({
  runningTypes: uniqueList(runningType, '办学类型代码'),
  ownerships: uniqueList(ownership, '举办者').optional(),
});

const shareIndicatorSchema = z
  .strictObject({
    kind: z.literal('share'),
    population: populationFilterSchema,
    weight: z.enum(['institutions', 'enrolment'], {
      error: (iss) => `权重${quote(iss.input)}无效，应为 institutions（按学校数）或 enrolment（按在校生数）`,
    }),
    numerator: z.strictObject({
      ownerships: uniqueList(ownership, '举办者').optional(),
      attribute: attributeName.optional(),
      values: z.array(z.union([z.string(), z.boolean()])).optional(),
    }),
  })
  .superRefine((ind, ctx) => {
    const { ownerships, attribute, values } = ind.numerator;
    if (ownerships === undefined && attribute === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['numerator'],
        message: '分子至少应给出 ownerships 或 attribute 之一，否则占比恒为 100%',
      });
    }
    if (attribute === undefined) {
      if (values !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['numerator', 'values'],
          message: '给出 values 时必须同时给出 attribute',
        });
      }
      return;
    }
    if (values === undefined || values.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['numerator', 'values'],
        message: `给出 attribute 时必须给出非空的 values（属性 ${attribute} 的哪些取值计入分子）`,
      });
      return;
    }
    const domain: AttributeValueDomain = ATTRIBUTE_DOMAINS[attribute];
    if (domain.kind === 'list') {
      ctx.addIssue({
        code: 'custom',
        path: ['numerator', 'attribute'],
        message: `属性 ${attribute} 是列表，不能用 values 匹配，不能作为占比指标的分子条件`,
      });
      return;
    }
    values.forEach((v, i) => {
      const path = ['numerator', 'values', i];
      if (domain.kind === 'boolean') {
        if (typeof v !== 'boolean') {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `属性 ${attribute} 取值应为 true 或 false，实际为${quote(v)}`,
          });
        }
      } else if (typeof v !== 'string' || !domain.values.includes(v)) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `属性 ${attribute} 的取值应为 ${listOf(domain.values)} 之一，实际为${quote(v)}`,
        });
      }
    });
    refineUnique(values, ctx, '取值', (i) => ['numerator', 'values', i]);
  });

const notYetComputedIndicatorSchema = z.strictObject({
  kind: z.literal('notYetComputed'),
  reason: nonEmptyText,
});

const countyStandardsIndicatorSchema = z.strictObject({ kind: z.literal('countyStandards') });

const indicatorSchema = z.discriminatedUnion(
  'kind',
  [shareIndicatorSchema, notYetComputedIndicatorSchema, countyStandardsIndicatorSchema],
  {
    error: (iss) => {
      if (iss.code !== 'invalid_union') return undefined;
      const input: unknown = iss.input;
      const kind = typeof input === 'object' && input !== null ? (input as { kind?: unknown }).kind : input;
      return `指标类型 kind 应为 share、countyStandards 或 notYetComputed，实际为${quote(kind)}`;
    },
  },
);

const targetSchema = z
  .strictObject({
    id: z.enum(TARGET_IDS, { error: (iss) => `目标编号${quote(iss.input)}无效，应为 T1–T7 之一` }),
    title: nonEmptyText,
    shortTitle: nonEmptyText,
    threshold: z.number().refine((t) => t > 0 && t <= 1, {
      error: (iss) => `阈值应满足 0 < 阈值 ≤ 1（用小数表示，0.8 即 80%），实际为 ${String(iss.input)}`,
    }),
    deadlineYear: year,
    baselineYear: year,
    scope: uniqueList(
      z.enum(['city', 'county'], { error: (iss) => `计算层级${quote(iss.input)}无效，应为 city 或 county` }),
      '计算层级',
    ),
    indicator: indicatorSchema,
    source: nonEmptyText,
  })
  .superRefine((t, ctx) => {
    if (t.baselineYear >= t.deadlineYear) {
      ctx.addIssue({
        code: 'custom',
        path: ['baselineYear'],
        message: `基期年份（${t.baselineYear}）应早于目标年份 deadlineYear（${t.deadlineYear}）`,
      });
    }
  });

const statusRulesSchema = z
  .strictObject({
    onTrackMaxGap: z.number().min(0, { error: 'onTrackMaxGap 不能为负数' }),
    lagMaxGap: z.number().max(1, { error: 'lagMaxGap 应不大于 1（用小数表示的百分点差距）' }),
  })
  .superRefine((r, ctx) => {
    if (!(r.onTrackMaxGap < r.lagMaxGap)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lagMaxGap'],
        message: `应满足 0 ≤ onTrackMaxGap < lagMaxGap，实际 onTrackMaxGap=${r.onTrackMaxGap}、lagMaxGap=${r.lagMaxGap}`,
      });
    }
  });

/** True when `s` is YYYY-MM-DD and names a real calendar day (no 2025-02-30). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

// ——— Milestone completion rules (CompletionRule in plan.types.ts) ———

export const POPULATION_NAMES = ['residents'] as const satisfies readonly PopulationName[];
export const COUNTY_FIGURE_NAMES = [
  'population3to5',
  'rotationEligibleTeachers',
  'rotatedTeachers',
  'rotatedBackboneTeachers',
  'specialEducationFundingPerStudent',
] as const satisfies readonly CountyFigureName[];
export const TOWNSHIP_FACT_NAMES = [
  'townVillageIntegration',
  'strongTownshipPilot',
] as const satisfies readonly TownshipFactName[];
export const COUNTY_VERDICT_NAMES = [
  'compulsoryBalanced',
  'preschoolUniversal',
  'countyStandards',
] as const satisfies readonly CountyVerdictName[];
export const COMPLETION_RULE_KINDS = [
  'countyInstitution',
  'townshipInstitution',
  'everyInstitution',
  'countyFigure',
  'townshipFact',
  'countyVerdict',
  'reported',
] as const satisfies readonly CompletionRuleKind[];
const COUNTY_KINDS = ['district', 'county', 'countyCity', 'zone'] as const satisfies readonly CountyKind[];

// Compile-time: the lists above name every member of their union type.
const _allFigures: [Exclude<CountyFigureName, (typeof COUNTY_FIGURE_NAMES)[number]>] extends [never]
  ? true
  : never = true;
const _allKinds: [Exclude<CompletionRuleKind, (typeof COMPLETION_RULE_KINDS)[number]>] extends [never]
  ? true
  : never = true;

/** `{ resourceCentre: [true] }`: each attribute known, each value in its domain, no list attribute. */
const attributeConditionSchema = z
  .record(z.string(), z.array(z.union([z.string(), z.boolean()])).min(1, { error: '取值列表不能为空' }))
  .superRefine((cond, ctx) => {
    const names = Object.keys(cond);
    if (names.length === 0) ctx.addIssue({ code: 'custom', message: '属性条件至少应给出一个属性' });
    for (const name of names) {
      if (!(ATTRIBUTE_NAMES as string[]).includes(name)) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: `未知的学校属性${quote(name)}，应为 ${listOf(ATTRIBUTE_NAMES)} 之一`,
        });
        continue;
      }
      const domain: AttributeValueDomain = ATTRIBUTE_DOMAINS[name as AttributeName];
      if (domain.kind === 'list') {
        ctx.addIssue({ code: 'custom', path: [name], message: `属性 ${name} 是列表，不能作为完成条件` });
        continue;
      }
      cond[name]!.forEach((v, i) => {
        const ok =
          domain.kind === 'boolean'
            ? typeof v === 'boolean'
            : typeof v === 'string' && domain.values.includes(v);
        if (!ok) {
          ctx.addIssue({
            code: 'custom',
            path: [name, i],
            message:
              domain.kind === 'boolean'
                ? `属性 ${name} 取值应为 true 或 false，实际为${quote(v)}`
                : `属性 ${name} 的取值应为 ${listOf(domain.values)} 之一，实际为${quote(v)}`,
          });
        }
      });
      refineUnique(cond[name]!, ctx, '取值', (i) => [name, i]);
    }
  })
  .transform((c) => c as AttributeCondition);

const countyKindsSchema = uniqueList(
  z.enum(COUNTY_KINDS, {
    error: (iss) => `县级单位类型${quote(iss.input)}无效，应为 ${listOf(COUNTY_KINDS)} 之一`,
  }),
  '县级单位类型',
).optional();

const townshipSelectionSchema = z.enum(['all', 'towns'], {
  error: (iss) =>
    `乡镇范围 townships${quote(iss.input)}无效，应为 all（全部乡镇街道）或 towns（仅乡镇，不含街道）`,
});

const completionRuleSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('countyInstitution'),
      runningTypes: uniqueList(runningType, '办学类型代码'),
      attributes: attributeConditionSchema.optional(),
      population: z
        .strictObject({
          name: z.enum(POPULATION_NAMES, {
            error: (iss) => `未知的人口口径${quote(iss.input)}，应为 ${listOf(POPULATION_NAMES)} 之一`,
          }),
          atLeast10k: z.number().positive({ error: '人口门槛 atLeast10k（万人）应为正数' }),
        })
        .optional(),
      countyKinds: countyKindsSchema,
    }),
    z.strictObject({
      kind: z.literal('townshipInstitution'),
      runningTypes: uniqueList(runningType, '办学类型代码'),
      attributes: attributeConditionSchema,
      townships: townshipSelectionSchema,
      countyKinds: countyKindsSchema,
    }),
    z.strictObject({
      kind: z.literal('everyInstitution'),
      runningTypes: uniqueList(runningType, '办学类型代码'),
      where: attributeConditionSchema.optional(),
      attributes: attributeConditionSchema,
      townships: townshipSelectionSchema,
      countyKinds: countyKindsSchema,
    }),
    z.strictObject({
      kind: z.literal('countyFigure'),
      figure: z.enum(COUNTY_FIGURE_NAMES, {
        error: (iss) => `未知的县级数据项${quote(iss.input)}，应为 ${listOf(COUNTY_FIGURE_NAMES)} 之一`,
      }),
      atLeast: z.number({ error: '门槛 atLeast 应为数字' }),
      countyKinds: countyKindsSchema,
    }),
    z.strictObject({
      kind: z.literal('townshipFact'),
      fact: z.enum(TOWNSHIP_FACT_NAMES, {
        error: (iss) => `未知的乡镇事项${quote(iss.input)}，应为 ${listOf(TOWNSHIP_FACT_NAMES)} 之一`,
      }),
      townships: townshipSelectionSchema,
      countyKinds: countyKindsSchema,
    }),
    z.strictObject({
      kind: z.literal('countyVerdict'),
      verdict: z.enum(COUNTY_VERDICT_NAMES, {
        error: (iss) => `未知的县域评估结论${quote(iss.input)}，应为 ${listOf(COUNTY_VERDICT_NAMES)} 之一`,
      }),
      countyKinds: countyKindsSchema,
    }),
    z.strictObject({
      kind: z.literal('reported'),
      evidence: nonEmptyText,
      countyKinds: countyKindsSchema,
    }),
  ],
  {
    error: (iss) => {
      if (iss.code !== 'invalid_union') return undefined;
      const input: unknown = iss.input;
      const kind = typeof input === 'object' && input !== null ? (input as { kind?: unknown }).kind : input;
      return `完成规则类型 kind 应为 ${listOf(COMPLETION_RULE_KINDS)} 之一，实际为${quote(kind)}`;
    },
  },
);

/**
 * A milestone without `completion` is decided by a county report verified by the city: the only
 * rule that claims nothing the data would have to show.
 */
const REPORTED_BY_DEFAULT: CompletionRule = { kind: 'reported', evidence: '县市区报送完成情况和佐证材料' };

const milestoneSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: (iss) =>
      `里程碑编号${quote(iss.input)}应由小写字母、数字和连字符组成，如 m03-town-village-integration`,
  }),
  task: z.int({ error: '任务编号应为整数' }).positive({ error: '任务编号应为正整数' }),
  title: nonEmptyText,
  deadline: z.string().superRefine((s, ctx) => {
    if (!isIsoDate(s)) {
      ctx.addIssue({ code: 'custom', message: `日期${quote(s)}无效，应为 YYYY-MM-DD 格式的真实日期` });
      return;
    }
    const y = Number(s.slice(0, 4));
    if (y < MIN_YEAR || y > MAX_YEAR) {
      ctx.addIssue({ code: 'custom', message: `日期${quote(s)}的年份应在 ${MIN_YEAR}–${MAX_YEAR} 之间` });
    }
  }),
  completion: completionRuleSchema.optional().transform((c): CompletionRule => c ?? REPORTED_BY_DEFAULT),
});

const taskSchema = z.strictObject({
  number: z.int({ error: '任务编号应为整数' }).positive({ error: '任务编号应为正整数' }),
  section: nonEmptyText,
  title: nonEmptyText,
  action: nonEmptyText,
  leadSection: nonEmptyText.optional(),
  leadSectionConfirmed: z.boolean({ error: 'leadSectionConfirmed 应为 true 或 false' }).optional(),
  // Known ids are checked against the plan's targets and milestones below (the path names the entry).
  targets: z
    .array(
      z.enum(TARGET_IDS, {
        error: (iss) => `任务服务的目标${quote(iss.input)}不存在，应为 ${listOf(TARGET_IDS)} 之一`,
      }),
    )
    .optional(),
  milestones: z.array(z.string({ error: '里程碑编号应为文字' })).optional(),
});

/** A day of the plan's period: a real YYYY-MM-DD date within MIN_YEAR–MAX_YEAR. */
const periodDate = z.string({ error: '日期应为 YYYY-MM-DD 格式的文字' }).superRefine((s, ctx) => {
  if (!isIsoDate(s)) {
    ctx.addIssue({ code: 'custom', message: `日期${quote(s)}无效，应为 YYYY-MM-DD 格式的真实日期` });
    return;
  }
  const y = Number(s.slice(0, 4));
  if (y < MIN_YEAR || y > MAX_YEAR) {
    ctx.addIssue({ code: 'custom', message: `日期${quote(s)}的年份应在 ${MIN_YEAR}–${MAX_YEAR} 之间` });
  }
});

const periodSchema = z
  .strictObject({ createdOn: periodDate, measuresDueBy: periodDate })
  .superRefine((p, ctx) => {
    if (isIsoDate(p.createdOn) && isIsoDate(p.measuresDueBy) && p.measuresDueBy < p.createdOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['measuresDueBy'],
        message: `举措最晚完成日期${quote(p.measuresDueBy)}不能早于方案印发日期${quote(p.createdOn)}`,
      });
    }
  });

export const planSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: (iss) => `方案编号${quote(iss.input)}应由小写字母、数字和连字符组成，如 jining-2024`,
    }),
    title: nonEmptyText,
    documentNumber: nonEmptyText,
    issuer: z.array(nonEmptyText).min(1, { error: '发文机关 issuer 不能为空' }),
    orgCode: z.string().regex(/^\d{6}$/, { error: '行政区划代码 orgCode 应为 6 位数字' }),
    targets: z.array(targetSchema),
    statusRules: statusRulesSchema,
    milestones: z.array(milestoneSchema),
    period: periodSchema.optional(),
    tasks: z.array(taskSchema).min(1, { error: '任务列表 tasks 不能为空' }),
  })
  .superRefine((plan, ctx) => {
    // Targets: each of T1–T7 exactly once.
    refineUnique(
      plan.targets.map((t) => t.id),
      ctx,
      '目标编号',
      (i) => ['targets', i, 'id'],
    );
    const present = new Set(plan.targets.map((t) => t.id));
    for (const id of TARGET_IDS) {
      if (!present.has(id))
        ctx.addIssue({ code: 'custom', path: ['targets'], message: `缺少目标 ${id}（T1–T7 须各出现一次）` });
    }

    // Tasks: numbered 1..N, unique, contiguous, in order.
    const numbers = plan.tasks.map((t) => t.number);
    refineUnique(numbers, ctx, '任务编号', (i) => ['tasks', i, 'number']);
    const taskNumbers = new Set(numbers);
    const n = plan.tasks.length;
    const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !taskNumbers.has(k));
    if (taskNumbers.size === n && missing.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['tasks'],
        message: `任务编号应为连续的 1–${n}，缺少 ${missing.join('、')}`,
      });
    } else if (taskNumbers.size === n) {
      plan.tasks.forEach((t, i) => {
        if (t.number !== i + 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['tasks', i, 'number'],
            message: `任务应按编号顺序排列：第 ${i + 1} 项的编号应为 ${i + 1}，实际为 ${t.number}`,
          });
        }
      });
    }

    // Tasks: the milestones they serve exist; targets and milestones each named once per task.
    const milestoneIds = new Set(plan.milestones.map((m) => m.id));
    plan.tasks.forEach((t, i) => {
      refineUnique(t.targets ?? [], ctx, '目标编号', (j) => ['tasks', i, 'targets', j]);
      (t.milestones ?? []).forEach((id, j) => {
        if (!milestoneIds.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['tasks', i, 'milestones', j],
            message: `任务 ${t.number} 服务的里程碑${quote(id)}不存在（见 milestones 中的 id）`,
          });
        }
      });
      refineUnique(t.milestones ?? [], ctx, '里程碑编号', (j) => ['tasks', i, 'milestones', j]);
    });

    // Milestones: unique ids, each refers to an existing task.
    refineUnique(
      plan.milestones.map((m) => m.id),
      ctx,
      '里程碑编号',
      (i) => ['milestones', i, 'id'],
    );
    plan.milestones.forEach((m, i) => {
      if (!taskNumbers.has(m.task)) {
        ctx.addIssue({
          code: 'custom',
          path: ['milestones', i, 'task'],
          message: `里程碑引用的任务 ${m.task} 不存在（现有任务编号 1–${n}）`,
        });
      }
    });
  });

export type PlanInput = z.input<typeof planSchema>;

// Compile-time: a parsed plan file is a `Plan`.
const _check: (p: z.output<typeof planSchema>) => Plan = (p) => p;
