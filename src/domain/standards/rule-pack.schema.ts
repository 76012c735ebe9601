/**
 * Validation of the county-standards rule packs (catalog/standards/*.yaml). Pure: zod only, no I/O.
 * Objects are strict so that a misspelt key is refused; every rule written here has a Chinese message
 * naming the value and the rule. Built-in zod messages come from the locale the caller configures.
 *
 * Cross-checks: each of L1–L7 exactly once with both section thresholds; each computable rule kind
 * exactly once; unique ids; every rule's part among the pack's parts; 0 < floorShare ≤ 1 and other
 * shares in (0, 1]; unit costs only for actions of the pack's standard.
 */
import { z } from 'zod';
import {
  GAP_ACTION_KINDS,
  INDICATOR_CODES,
  RESOURCE_FIELDS,
  STANDARD_IDS,
  type CompulsoryBalancedPack,
  type GapActionKind,
  type GuaranteeRuleDef,
  type PreschoolRuleDef,
  type PreschoolUniversalPack,
  type RulePack,
  type RulePackSet,
  type StandardId,
} from './standards.types.ts';

const quote = (v: unknown): string => `“${String(v)}”`;
const listOf = (values: readonly unknown[]): string => values.map((v) => String(v)).join('、');

export const STANDARD_NAMES: Readonly<Record<StandardId, string>> = {
  compulsoryBalanced: '县域义务教育优质均衡发展',
  preschoolUniversal: '县域学前教育普及普惠',
};

/** Actions the planner may take for each standard (unit costs may only name these). */
export const ACTIONS_BY_STANDARD: Readonly<Record<StandardId, readonly GapActionKind[]>> = {
  compulsoryBalanced: GAP_ACTION_KINDS.slice(0, 14),
  preschoolUniversal: GAP_ACTION_KINDS.slice(14),
};

/** Kinds of computable rules each pack must define exactly once. */
export const GUARANTEE_KINDS = [
  'schoolSize',
  'classSize',
  'specialEducationFunding',
  'teacherRotation',
  'teacherCertification',
] as const satisfies readonly GuaranteeRuleDef['kind'][];
export const PRESCHOOL_RULE_KINDS = [
  'grossEnrolment',
  'inclusiveCoverage',
  'publicShare',
  'kindergartenClassSize',
  'childrenPerTeacher',
  'kindergartenCertification',
] as const satisfies readonly PreschoolRuleDef['kind'][];

// Compile-time: the lists above name every member of their union type.
const _allGuarantee: [Exclude<GuaranteeRuleDef['kind'], (typeof GUARANTEE_KINDS)[number]>] extends [never]
  ? true
  : never = true;
const _allPreschool: [Exclude<PreschoolRuleDef['kind'], (typeof PRESCHOOL_RULE_KINDS)[number]>] extends [
  never,
]
  ? true
  : never = true;

// ---------------------------------------------------------------------------------------------
// Building blocks

const nonEmptyText = z.string({ error: '应为文字' }).trim().min(1, { error: '不能为空' });

/** Type error message: a missing value is named as missing. */
const typeError = (what: string, expected: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? `缺少${what}` : `${what}应为${expected}，实际为${quote(iss.input)}`;

const positive = (what: string) =>
  z.number({ error: typeError(what, '数字') }).refine((n) => Number.isFinite(n) && n > 0, {
    error: (iss) => `${what}应大于 0，实际为 ${String(iss.input)}`,
  });

const positiveInt = (what: string) =>
  z
    .int({ error: typeError(what, '整数') })
    .refine((n) => n > 0, { error: (iss) => `${what}应为正整数，实际为 ${String(iss.input)}` });

/** A share in (0, 1]; 0.85 = 85%. */
const share = (what: string) =>
  z.number({ error: typeError(what, '数字') }).refine((n) => n > 0 && n <= 1, {
    error: (iss) => `${what}应大于 0 且不大于 1（用小数表示，0.85 即 85%），实际为 ${String(iss.input)}`,
  });

const runningTypeCode = z.string({ error: "办学类型代码应写成带引号的文字，如 '218'" }).regex(/^\d{3}$/, {
  error: (iss) => `办学类型代码${quote(iss.input)}应为 3 位数字（JY/T 1001，见 STANDARDS.md §5）`,
});

const ruleId = z.string({ error: '编号应为文字' }).regex(/^[A-Z]{2}-[A-Z0-9]+$/, {
  error: (iss) => `编号${quote(iss.input)}应为“两位大写字母-大写字母或数字”，如 CB-G05、PU-P01`,
});

/** True when `s` is YYYY-MM-DD and names a real calendar day. */
function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const isoDate = z
  .string({ error: "日期应写成带引号的文字，如 '2017-05-23'" })
  .refine(isIsoDate, { error: (iss) => `日期${quote(iss.input)}无效，应为 YYYY-MM-DD 格式的真实日期` });

export const ruleSourceSchema = z.strictObject({
  document: nonEmptyText,
  clause: nonEmptyText,
  tag: z.enum(['P', 'S', 'R'], {
    error: (iss) => `可信度标记${quote(iss.input)}无效，应为 P（原文）、S（二手来源）或 R（回忆，待核实）`,
  }),
  url: z
    .string()
    .regex(/^https?:\/\/\S+$/, { error: (iss) => `网址${quote(iss.input)}应以 http:// 或 https:// 开头` })
    .optional(),
  note: nonEmptyText.optional(),
});

const sectionNumbers = (what: string, item: (label: string) => z.ZodType<number>) =>
  z.strictObject(
    { primary: item(`小学（primary）${what}`), junior: item(`初中（junior）${what}`) },
    {
      error: (iss) =>
        iss.code === 'invalid_type' && iss.input === undefined
          ? `缺少${what}（应同时给出 primary 与 junior）`
          : undefined,
    },
  );

/** Adds an issue for every repeated value. */
function refineUnique(
  items: readonly string[],
  ctx: z.RefinementCtx,
  what: string,
  pathOf: (index: number) => PropertyKey[],
): void {
  const firstAt = new Map<string, number>();
  items.forEach((item, i) => {
    const first = firstAt.get(item);
    if (first === undefined) firstAt.set(item, i);
    else
      ctx.addIssue({
        code: 'custom',
        path: pathOf(i),
        message: `${what}${quote(item)}重复（第 ${first + 1} 项已使用）`,
      });
  });
}

function refineParts(
  parts: readonly string[],
  rules: ReadonlyArray<{ part: string }>,
  ctx: z.RefinementCtx,
  listName: string,
): void {
  rules.forEach((r, i) => {
    if (!parts.includes(r.part)) {
      ctx.addIssue({
        code: 'custom',
        path: [listName, i, 'part'],
        message: `评估部分${quote(r.part)}不在本规则包的 parts（${listOf(parts)}）之中`,
      });
    }
  });
}

/** Each kind of `kinds` exactly once in `rules`. */
function refineKinds(
  kinds: readonly string[],
  rules: ReadonlyArray<{ kind: string }>,
  ctx: z.RefinementCtx,
  listName: string,
): void {
  refineUnique(
    rules.map((r) => r.kind),
    ctx,
    '规则类型 kind ',
    (i) => [listName, i, 'kind'],
  );
  const present = new Set(rules.map((r) => r.kind));
  for (const k of kinds) {
    if (!present.has(k))
      ctx.addIssue({
        code: 'custom',
        path: [listName],
        message: `缺少 kind 为 ${k} 的规则（每种须出现一次）`,
      });
  }
}

const unitCostsSchema = (standard: StandardId) => {
  const allowed = ACTIONS_BY_STANDARD[standard];
  return z
    .record(
      z.string(),
      z
        .union([z.number(), z.null()], { error: '单位成本应为数字（元）或 null（未配置）' })
        .refine((n) => n === null || (Number.isFinite(n) && n >= 0), {
          error: (iss) => `单位成本不能为负数，实际为 ${String(iss.input)}`,
        }),
    )
    .superRefine((costs, ctx) => {
      for (const key of Object.keys(costs)) {
        if (!(allowed as readonly string[]).includes(key)) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `未知的措施${quote(key)}，本标准的措施为：${listOf(allowed)}`,
          });
        }
      }
    });
};

const judgementItemSchema = z.strictObject({
  id: ruleId,
  name: nonEmptyText,
  part: nonEmptyText,
  source: ruleSourceSchema,
  veto: z.boolean({ error: 'veto 应为 true 或 false' }).optional(),
  metMeans: nonEmptyText.optional(),
  minScore: share('最低得分 minScore').optional(),
});

const packHeader = {
  version: positiveInt('版本号 version'),
  title: nonEmptyText,
  document: nonEmptyText,
  effectiveFrom: isoDate,
  parts: z.array(nonEmptyText).min(1, { error: '评估部分 parts 不能为空' }),
  notes: z.array(nonEmptyText).optional(),
};

// ---------------------------------------------------------------------------------------------
// 义务教育优质均衡

const indicatorSchema = z.strictObject({
  code: z.enum(INDICATOR_CODES, {
    error: (iss) => `指标代码${quote(iss.input)}无效，应为 ${listOf(INDICATOR_CODES)} 之一`,
  }),
  name: nonEmptyText,
  unit: nonEmptyText,
  numerator: z.enum(RESOURCE_FIELDS, {
    error: (iss) => `分子字段${quote(iss.input)}无效，应为 ${listOf(RESOURCE_FIELDS)} 之一`,
  }),
  basis: z.enum(['per100Students', 'perStudent'], {
    error: (iss) =>
      `计算口径 basis ${quote(iss.input)}无效，应为 per100Students（每百名学生）或 perStudent（生均）`,
  }),
  thresholds: sectionNumbers('阈值', positive),
  source: ruleSourceSchema,
});

const exclusionSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-zA-Z][a-zA-Z0-9]*$/, { error: (iss) => `排除规则编号${quote(iss.input)}应为字母和数字` }),
  name: nonEmptyText,
  runningTypes: z.array(runningTypeCode).min(1, { error: '办学类型代码列表不能为空' }),
  belowStudents: positiveInt('学生数下限 belowStudents').optional(),
  scope: z.enum(['all', 'resourceAllocation'], {
    error: (iss) =>
      `排除范围 scope ${quote(iss.input)}无效，应为 all（全部规则）或 resourceAllocation（仅资源配置）`,
  }),
  source: ruleSourceSchema,
});

const guaranteeBase = { id: ruleId, name: nonEmptyText, part: nonEmptyText, source: ruleSourceSchema };

const guaranteeSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      ...guaranteeBase,
      kind: z.literal('classSize'),
      maxClassSize: sectionNumbers('班额上限', positiveInt),
      requiredShare: share('达标班级比例 requiredShare'),
    }),
    z.strictObject({
      ...guaranteeBase,
      kind: z.literal('schoolSize'),
      maxStudents: positiveInt('学校规模上限 maxStudents'),
      maxStudentsByRunningType: z.record(runningTypeCode, positiveInt('学校规模上限')),
    }),
    z.strictObject({
      ...guaranteeBase,
      kind: z.literal('teacherRotation'),
      minRotatedShare: share('交流轮岗比例 minRotatedShare'),
      minBackboneShareOfRotated: share('骨干教师比例 minBackboneShareOfRotated'),
    }),
    z.strictObject({
      ...guaranteeBase,
      kind: z.literal('teacherCertification'),
      minShare: share('持证比例 minShare'),
    }),
    z.strictObject({
      ...guaranteeBase,
      kind: z.literal('specialEducationFunding'),
      minPerStudent: positive('生均公用经费标准 minPerStudent'),
    }),
  ],
  {
    error: (iss) =>
      iss.code === 'invalid_union' ? `规则类型 kind 无效，应为 ${listOf(GUARANTEE_KINDS)} 之一` : undefined,
  },
);

export const compulsoryBalancedPackSchema = z
  .strictObject({
    id: z.literal('compulsoryBalanced'),
    ...packHeader,
    indicators: z.array(indicatorSchema),
    schoolRule: z.strictObject({
      minMet: positiveInt('最少达标项数 minMet'),
      floorShare: share('最低比例 floorShare'),
      source: ruleSourceSchema,
    }),
    exclusions: z.array(exclusionSchema),
    cv: z.strictObject({
      limits: sectionNumbers('差异系数上限', positive),
      emptySection: z.enum(['incomplete', 'notApplicable'], {
        error: (iss) => `emptySection ${quote(iss.input)}无效，应为 incomplete 或 notApplicable`,
      }),
      source: ruleSourceSchema,
      compositeSource: ruleSourceSchema,
    }),
    guarantee: z.array(guaranteeSchema),
    judgements: z.array(judgementItemSchema),
    planning: z.strictObject({
      unitCosts: unitCostsSchema('compulsoryBalanced'),
      rounding: z.strictObject({
        equipmentValueYuan: positive('设备值取整单位'),
        areaM2: positive('面积取整单位'),
      }),
    }),
  })
  .superRefine((pack, ctx) => {
    refineUnique(pack.parts, ctx, '评估部分', (i) => ['parts', i]);
    // L1–L7 each exactly once, each with its own numerator.
    refineUnique(
      pack.indicators.map((x) => x.code),
      ctx,
      '指标代码',
      (i) => ['indicators', i, 'code'],
    );
    refineUnique(
      pack.indicators.map((x) => x.numerator),
      ctx,
      '分子字段',
      (i) => ['indicators', i, 'numerator'],
    );
    const codes = new Set(pack.indicators.map((x) => x.code));
    const missing = INDICATOR_CODES.filter((c) => !codes.has(c));
    if (missing.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['indicators'],
        message: `缺少指标 ${missing.join('、')}（L1–L7 须各出现一次）`,
      });
    }
    if (pack.schoolRule.minMet > pack.indicators.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['schoolRule', 'minMet'],
        message: `最少达标项数 minMet（${pack.schoolRule.minMet}）不能超过指标数（${pack.indicators.length}）`,
      });
    }
    refineUnique(
      pack.exclusions.map((x) => x.id),
      ctx,
      '排除规则编号',
      (i) => ['exclusions', i, 'id'],
    );
    refineKinds(GUARANTEE_KINDS, pack.guarantee, ctx, 'guarantee');
    const ids = [...pack.guarantee.map((r) => r.id), ...pack.judgements.map((r) => r.id)];
    refineUnique(ids, ctx, '规则编号', (i) =>
      i < pack.guarantee.length ? ['guarantee', i, 'id'] : ['judgements', i - pack.guarantee.length, 'id'],
    );
    refineParts(pack.parts, pack.guarantee, ctx, 'guarantee');
    refineParts(pack.parts, pack.judgements, ctx, 'judgements');
  });

// ---------------------------------------------------------------------------------------------
// 学前教育普及普惠

const preschoolBase = guaranteeBase;

const preschoolRuleSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ ...preschoolBase, kind: z.literal('grossEnrolment'), min: share('最低值 min') }),
    z.strictObject({ ...preschoolBase, kind: z.literal('inclusiveCoverage'), min: share('最低值 min') }),
    z.strictObject({ ...preschoolBase, kind: z.literal('publicShare'), min: share('最低值 min') }),
    z.strictObject({
      ...preschoolBase,
      kind: z.literal('childrenPerTeacher'),
      max: positive('生师比上限 max'),
    }),
    z.strictObject({
      ...preschoolBase,
      kind: z.literal('kindergartenClassSize'),
      min: share('最低值 min'),
      maxClassSize: z.strictObject({
        K1: positiveInt('小班（K1）班额上限'),
        K2: positiveInt('中班（K2）班额上限'),
        K3: positiveInt('大班（K3）班额上限'),
      }),
    }),
    z.strictObject({
      ...preschoolBase,
      kind: z.literal('kindergartenCertification'),
      min: share('最低值 min'),
    }),
  ],
  {
    error: (iss) =>
      iss.code === 'invalid_union'
        ? `规则类型 kind 无效，应为 ${listOf(PRESCHOOL_RULE_KINDS)} 之一`
        : undefined,
  },
);

export const preschoolUniversalPackSchema = z
  .strictObject({
    id: z.literal('preschoolUniversal'),
    ...packHeader,
    rules: z.array(preschoolRuleSchema),
    judgements: z.array(judgementItemSchema),
    planning: z.strictObject({ unitCosts: unitCostsSchema('preschoolUniversal') }),
  })
  .superRefine((pack, ctx) => {
    refineUnique(pack.parts, ctx, '评估部分', (i) => ['parts', i]);
    refineKinds(PRESCHOOL_RULE_KINDS, pack.rules, ctx, 'rules');
    const ids = [...pack.rules.map((r) => r.id), ...pack.judgements.map((r) => r.id)];
    refineUnique(ids, ctx, '规则编号', (i) =>
      i < pack.rules.length ? ['rules', i, 'id'] : ['judgements', i - pack.rules.length, 'id'],
    );
    refineParts(pack.parts, pack.rules, ctx, 'rules');
    refineParts(pack.parts, pack.judgements, ctx, 'judgements');
  });

/** Either pack, chosen by `id`. */
export const rulePackSchema = z.discriminatedUnion(
  'id',
  [compulsoryBalancedPackSchema, preschoolUniversalPackSchema],
  {
    error: (iss) => {
      if (iss.code !== 'invalid_union') return undefined;
      const input: unknown = iss.input;
      const id = typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : input;
      return `规则包编号 id ${quote(id)}无效，应为 ${listOf(STANDARD_IDS)} 之一`;
    },
  },
);

/** Every rule and judgement id of a pack. */
export function packRuleIds(pack: RulePack): string[] {
  return pack.id === 'compulsoryBalanced'
    ? [...pack.guarantee.map((r) => r.id), ...pack.judgements.map((r) => r.id)]
    : [...pack.rules.map((r) => r.id), ...pack.judgements.map((r) => r.id)];
}

/**
 * Assembles the set from validated packs: exactly one pack per standard, and rule ids unique across
 * both (the 评估认定 sheet names items by id alone). `names` label each pack in messages (file names).
 */
export function assembleRulePackSet(
  packs: ReadonlyArray<{ pack: RulePack; name: string }>,
): { ok: true; set: RulePackSet } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const byId = new Map<StandardId, { pack: RulePack; name: string }>();
  for (const entry of packs) {
    const first = byId.get(entry.pack.id);
    if (first) {
      problems.push(
        `标准 ${entry.pack.id}（${STANDARD_NAMES[entry.pack.id]}）有两个规则包：${first.name} 和 ${entry.name}；每个标准只能有一个`,
      );
    } else byId.set(entry.pack.id, entry);
  }
  for (const id of STANDARD_IDS) {
    if (!byId.has(id)) problems.push(`缺少标准 ${id}（${STANDARD_NAMES[id]}）的规则包`);
  }
  const seen = new Map<string, string>();
  for (const { pack, name } of byId.values()) {
    for (const rid of packRuleIds(pack)) {
      const other = seen.get(rid);
      if (other !== undefined && other !== name)
        problems.push(`规则编号 ${rid} 同时出现在 ${other} 和 ${name} 中，编号须全局唯一`);
      seen.set(rid, name);
    }
  }
  const compulsory = byId.get('compulsoryBalanced')?.pack;
  const preschool = byId.get('preschoolUniversal')?.pack;
  if (
    problems.length > 0 ||
    compulsory?.id !== 'compulsoryBalanced' ||
    preschool?.id !== 'preschoolUniversal'
  ) {
    return { ok: false, problems };
  }
  return { ok: true, set: { compulsoryBalanced: compulsory, preschoolUniversal: preschool } };
}

// Compile-time: parsed packs are the domain types.
const _checkCompulsory: (p: z.output<typeof compulsoryBalancedPackSchema>) => CompulsoryBalancedPack = (p) =>
  p;
const _checkPreschool: (p: z.output<typeof preschoolUniversalPackSchema>) => PreschoolUniversalPack = (p) =>
  p;
