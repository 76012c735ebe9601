/** Zod schemas shared by the API routes (query parameters, error format). */
import { z } from 'zod';
import type { ErrorDetail } from '../app/app-error.ts';
import {
  KG_CLASSES,
  ORG_CODE_PATTERN,
  ORG_CODE_RULE,
  OWNERSHIPS,
  RUNNING_TYPES,
  URBAN_RURAL_CODES,
} from '../domain/registry/registry.types.ts';

/**
 * An object with one property per key: what `z.record(z.enum(keys), value)` means (an unknown key
 * is refused), written so that the OpenAPI document (3.0) and the web app's generated types name
 * every key.
 */
export function keyedObject<K extends string, V extends z.ZodType>(keys: readonly K[], value: V) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as { [P in K]: V });
}

/** `keyedObject` with every key optional: what `z.partialRecord(z.enum(keys), value)` means. */
export function partialKeyedObject<K extends string, V extends z.ZodType>(keys: readonly K[], value: V) {
  return z.strictObject(
    Object.fromEntries(keys.map((k) => [k, value.optional()])) as { [P in K]: z.ZodOptional<V> },
  );
}

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().describe('稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND'),
      message: z.string().describe('可直接展示给用户的中文说明'),
      details: z
        .array(
          z.object({
            field: z.string(),
            value: z.unknown().optional().describe('出问题的值（任意 JSON）'),
            message: z.string(),
          }),
        )
        .describe('逐项说明：字段、取值和规则'),
    }),
  })
  .describe('统一错误格式');

export const errorResponses = {
  400: errorSchema.describe('请求有误（VALIDATION_FAILED 等）'),
  401: errorSchema.describe('未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED）'),
  403: errorSchema.describe('无权限、缺少防伪令牌或须先修改密码'),
  404: errorSchema.describe('不存在，或不在您的管理范围内'),
  409: errorSchema,
  423: errorSchema.describe('账号已锁定（ACCOUNT_LOCKED）'),
  429: errorSchema.describe('请求过于频繁（RATE_LIMITED）'),
  500: errorSchema,
};

/**
 * Free text from a user: trimmed, at most `max` characters, no control characters (PostgreSQL
 * refuses NUL in text, and none of them belong in a name or a search term).
 */
export function textParam(label: string, max: number) {
  return (
    z
      .string()
      .trim()
      .max(max, `${label}不能超过 ${max} 个字符`)
      // eslint-disable-next-line no-control-regex -- refusing control characters is the point
      .regex(/^[^\u0000-\u001f\u007f]*$/, `${label}不能包含控制字符`)
  );
}

/**
 * Free text over several lines (a comment, an explanation): like textParam, but line breaks and
 * tabs are allowed.
 */
export function multilineText(label: string, max: number) {
  return (
    z
      .string()
      .trim()
      .max(max, `${label}不能超过 ${max} 个字符`)
      // eslint-disable-next-line no-control-regex -- refusing control characters is the point
      .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, `${label}不能包含控制字符`)
  );
}

/**
 * Text that PostgreSQL cannot store: a NUL (U+0000; `text` refuses it, SQLSTATE 22021, and so does
 * `jsonb`) or a lone UTF-16 surrogate (half of a pair; `jsonb` refuses its escape, 22P02). No
 * route accepts either, in any string, so they are refused at the edge for every route (app.ts)
 * rather than by each schema: the rule to state, or null when the text can be stored.
 */
export function unstorableText(s: string): string | null {
  if (s.includes('\u0000')) return '不能包含空字符（U+0000）';
  if (LONE_SURROGATE.test(s)) return '包含无效的 Unicode 字符（单独的代理项）';
  return null;
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Deeper than any request of the API (at most 4 levels); deeper bodies are refused unread. */
export const MAX_BODY_DEPTH = 32;
const MAX_TEXT_DETAILS = 10;

/** A key as it may be shown in a field name: NUL and lone surrogates written as \uXXXX. */
const visibleKey = (k: string) =>
  k.replace(
    // eslint-disable-next-line no-control-regex -- NUL is one of the characters to show
    /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
const shown = (s: string) => (s.length > 100 ? `${s.slice(0, 100)}…` : s);

/**
 * Every string of `value` (object keys too, at any depth) that PostgreSQL cannot store, named
 * `where.path.to.field` (`body.comment`, `query.field`, `params.code`), at most ten; and a body
 * nested deeper than MAX_BODY_DEPTH. Walks with its own stack, so no input can overflow the call
 * stack. `flat`: a query string, where a repeated parameter (an array) is still one field.
 */
export function unstorableTextIssues(where: string, value: unknown, flat = false): ErrorDetail[] {
  const issues: ErrorDetail[] = [];
  const stack: Array<{ v: unknown; path: string; depth: number }> = [{ v: value, path: where, depth: 0 }];
  while (stack.length > 0 && issues.length < MAX_TEXT_DETAILS) {
    const { v, path, depth } = stack.pop()!;
    if (typeof v === 'string') {
      const rule = unstorableText(v);
      if (rule) issues.push({ field: path, value: shown(v), message: rule });
      continue;
    }
    if (v === null || typeof v !== 'object' || Buffer.isBuffer(v)) continue;
    if (depth >= MAX_BODY_DEPTH) {
      issues.push({ field: path, message: `嵌套层数不能超过 ${MAX_BODY_DEPTH} 层` });
      continue;
    }
    const entries: Array<[string, unknown]> = Array.isArray(v)
      ? v.map((x, i) => [String(i), x])
      : Object.entries(v as Record<string, unknown>);
    // Pushed in reverse, so that the first problem in reading order is reported first.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, x] = entries[i]!;
      const keyRule = Array.isArray(v) ? null : unstorableText(k);
      const child = flat && Array.isArray(v) ? path : `${path}.${visibleKey(k)}`;
      if (keyRule) issues.push({ field: child, message: `键名${keyRule}` });
      else stack.push({ v: x, path: child, depth: depth + 1 });
    }
  }
  return issues.slice(0, MAX_TEXT_DETAILS);
}

/** A whole number in a query string, written in plain digits (no 1e3, 0x10 or 2.0). */
export function intParam(label: string, min: number, max: number) {
  return z
    .string()
    .regex(/^\d{1,9}$/, `${label}应为整数`)
    .transform(Number)
    .pipe(z.number().min(min, `${label}不能小于 ${min}`).max(max, `${label}不能大于 ${max}`))
    .optional();
}

/** A comma-separated list in a query parameter, each item one of `values`. */
export function csvEnum<T extends string>(values: readonly T[], label: string) {
  return z
    .string()
    .max(200)
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== ''),
    )
    .pipe(z.array(z.enum(values, { error: () => `${label}取值无效，应为 ${values.join('、')} 之一` })))
    .optional()
    .describe(`${label}，多个值用英文逗号分隔：${values.join(', ')}`);
}

export const yearParam = z
  .string()
  .regex(/^\d{4}$/, '学年应为四位数字年份，例如 2025')
  .transform(Number)
  .pipe(z.number().min(2000, '学年不能早于 2000').max(2100, '学年不能晚于 2100'))
  .optional()
  .describe('学年（2025 表示 2025—2026 学年秋季统计）；省略时为最新学年');

export const orgParam = z
  .string()
  .regex(ORG_CODE_PATTERN, ORG_CODE_RULE)
  .optional()
  .describe('组织机构代码（市、县市区、功能区或乡镇街道）；省略时为全市');

export const runningTypesParam = csvEnum(RUNNING_TYPES, '办学类型');
export const ownershipsParam = csvEnum(OWNERSHIPS, '举办者类型');
export const kgClassesParam = csvEnum(KG_CLASSES, '幼儿园等级');
export const urbanRuralParam = csvEnum(URBAN_RURAL_CODES, '城乡类型');

/** Notice attached to every response that carries data, so every screen can say 演示数据. */
export const datasetNoticeSchema = z.object({
  demo: z.boolean().describe('是否为演示数据（合成数据）'),
  notice: z.string().nullable().describe('需要在界面上显示的数据说明，例如“演示数据”'),
});

export const orgUnitSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['city', 'county', 'township']),
  parentCode: z.string().nullable(),
  codeSource: z
    .enum(['nbs', 'local'])
    .describe('nbs：国家统计局区划代码；local：平台为无国标代码的功能区分配的本地代码'),
  legalParentCode: z.string().nullable().describe('由功能区代管的乡镇街道所属的法定县级单位'),
  countyKind: z.enum(['district', 'county', 'countyCity', 'zone']).nullable(),
});

export type OrgTreeNodeOut = z.infer<typeof orgUnitSchema> & {
  institutionCount: number;
  children: OrgTreeNodeOut[];
};
export const orgTreeNodeSchema: z.ZodType<OrgTreeNodeOut> = orgUnitSchema
  .extend({
    institutionCount: z.number().int().describe('最新学年在办学校和幼儿园数'),
    get children() {
      return z.array(orgTreeNodeSchema);
    },
  })
  .meta({ id: 'OrgTreeNode' });

/** Adds the uniform error responses to a success schema. */
export function responses<T extends z.ZodType>(ok: T) {
  return { 200: ok, ...errorResponses };
}
