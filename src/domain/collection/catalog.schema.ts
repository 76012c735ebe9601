/**
 * Zod schemas of the collection catalog files (catalog/collection/*.yaml) and the checks across
 * them: every reference names an existing element, category option, form or rule input, every
 * range is a range, every running type has one form. Messages are Chinese and name the path.
 */
import { z } from 'zod';
import { PERIOD_ID_PATTERN, type CollectionCatalog, type DataElement } from './catalog.types.ts';

const text = z.string().trim().min(1, '不能为空');
const code = z.string().regex(/^[A-Z][A-Z0-9_]*$/, '代码应为大写字母、数字和下划线，以字母开头');
const categoryCode = z.enum(['grade', 'sex', 'stage'], { error: () => '分类应为 grade、sex 或 stage' });

export const categoriesFileSchema = z.strictObject({
  version: z.number().int().positive(),
  categories: z
    .array(
      z.strictObject({
        code: categoryCode,
        name: text,
        options: z.array(z.strictObject({ code: text, name: text })).min(1, '至少一个选项'),
      }),
    )
    .min(1),
});

export const elementsFileSchema = z.strictObject({
  version: z.number().int().positive(),
  elements: z
    .array(
      z
        .strictObject({
          code,
          name: text,
          unit: text,
          type: z.enum(['integer', 'number', 'integerList'], {
            error: () => '类型应为 integer、number 或 integerList',
          }),
          min: z.number(),
          max: z.number(),
          disaggregation: z.array(categoryCode),
          description: text.optional(),
          feeds: z.array(text).optional(),
        })
        .refine((e) => e.min <= e.max, { message: '取值下限 min 不能大于上限 max', path: ['max'] }),
    )
    .min(1),
});

export const formsFileSchema = z.strictObject({
  version: z.number().int().positive(),
  forms: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[A-Z][A-Z0-9-]*$/, '报表编号应为大写字母、数字和连字符'),
        version: z.number().int().positive(),
        name: text,
        runningTypes: z.array(z.string().regex(/^\d{3}$/, '办学类型码应为 3 位数字')).min(1),
        grades: z.array(text),
        stages: z.array(text),
        sections: z.array(z.strictObject({ title: text, elements: z.array(code).min(1) })).min(1),
      }),
    )
    .min(1),
});

const ruleBase = {
  id: z.string().regex(/^[A-Z][A-Z0-9-]*$/, '规则编号应为大写字母、数字和连字符'),
  name: text,
  severity: z.enum(['hard', 'soft'], { error: () => '严重程度应为 hard（阻止提交）或 soft（需说明）' }),
};

export const rulesFileSchema = z.strictObject({
  version: z.number().int().positive(),
  rules: z.array(
    z.discriminatedUnion(
      'kind',
      [
        z.strictObject({ ...ruleBase, kind: z.literal('listSumEquals'), list: code, total: code }),
        z.strictObject({ ...ruleBase, kind: z.literal('notGreater'), part: code, whole: code }),
        z.strictObject({
          ...ruleBase,
          kind: z.literal('capacity'),
          classes: code,
          enrolment: code,
          perClass: z.number().int().positive(),
        }),
        z.strictObject({
          ...ruleBase,
          kind: z.literal('changeFromPrevious'),
          elements: z.array(code).min(1),
          maxRelativeChange: z.number().positive(),
        }),
        z.strictObject({
          ...ruleBase,
          kind: z.literal('classSizeAtLeast'),
          list: code,
          size: z.number().int().positive(),
        }),
        z.strictObject({
          ...ruleBase,
          kind: z.literal('perStudentOutlier'),
          element: code,
          maxModifiedZ: z.number().positive(),
        }),
      ],
      {
        error: (iss) =>
          iss.code === 'invalid_union'
            ? '规则类型 kind 应为 listSumEquals、notGreater、capacity、changeFromPrevious、classSizeAtLeast 或 perStudentOutlier'
            : undefined,
      },
    ),
  ),
});

const isoWithOffset = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/,
    '时间应为带时区的 ISO 格式，如 2025-09-01T00:00:00+08:00',
  )
  .refine((s) => !Number.isNaN(Date.parse(s)), '不是有效的时间');

export const periodsFileSchema = z.strictObject({
  version: z.number().int().positive(),
  periods: z.array(
    z
      .strictObject({
        id: z.string().regex(PERIOD_ID_PATTERN, '周期编号应为小写字母、数字和连字符（至多 40 个字符）'),
        name: text,
        schoolYear: z.number().int().min(2000).max(2100),
        kind: z.enum(['schoolYear', 'semester'], { error: () => '周期类型应为 schoolYear 或 semester' }),
        forms: z.array(text).min(1),
        openFrom: isoWithOffset,
        closeAt: isoWithOffset,
      })
      .refine((p) => Date.parse(p.openFrom) < Date.parse(p.closeAt), {
        message: '开始时间 openFrom 应早于截止时间 closeAt',
        path: ['closeAt'],
      }),
  ),
});

export interface CatalogProblem {
  /** Which file (elements, forms, rules, periods, categories). */
  file: 'categories' | 'elements' | 'forms' | 'rules' | 'periods';
  path: string;
  message: string;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/** The checks across files; an empty list means the catalog is consistent. */
export function crossCheckCatalog(c: CollectionCatalog): CatalogProblem[] {
  const out: CatalogProblem[] = [];
  const elements = new Map<string, DataElement>(c.elements.map((e) => [e.code, e]));
  const options = new Map(c.categories.map((cat) => [cat.code, new Set(cat.options.map((o) => o.code))]));
  for (const d of duplicates(c.categories.map((x) => x.code)))
    out.push({ file: 'categories', path: 'categories', message: `分类 ${d} 重复` });
  for (const d of duplicates(c.elements.map((x) => x.code)))
    out.push({ file: 'elements', path: 'elements', message: `数据元素代码 ${d} 重复` });
  c.elements.forEach((e, i) => {
    for (const cat of e.disaggregation) {
      if (!options.has(cat))
        out.push({
          file: 'elements',
          path: `elements[${i}].disaggregation`,
          message: `分类 ${cat} 未在 categories.yaml 中定义`,
        });
    }
    if (duplicates(e.disaggregation).length > 0)
      out.push({ file: 'elements', path: `elements[${i}].disaggregation`, message: '同一分类不能出现两次' });
  });
  for (const d of duplicates(c.forms.map((f) => `${f.id} 第 ${f.version} 版`)))
    out.push({ file: 'forms', path: 'forms', message: `报表 ${d} 重复` });
  const latest = new Map<string, number>();
  for (const f of c.forms) latest.set(f.id, Math.max(latest.get(f.id) ?? 0, f.version));
  const runningTypeForm = new Map<string, string>();
  c.forms.forEach((f, i) => {
    f.grades.forEach((g, k) => {
      if (!options.get('grade')?.has(g))
        out.push({
          file: 'forms',
          path: `forms[${i}].grades[${k}]`,
          message: `年级 ${g} 不在分类 grade 的选项中`,
        });
    });
    f.stages.forEach((s, k) => {
      if (!options.get('stage')?.has(s))
        out.push({
          file: 'forms',
          path: `forms[${i}].stages[${k}]`,
          message: `学段 ${s} 不在分类 stage 的选项中`,
        });
    });
    f.sections.forEach((s, k) =>
      s.elements.forEach((code, m) => {
        const e = elements.get(code);
        if (!e) {
          out.push({
            file: 'forms',
            path: `forms[${i}].sections[${k}].elements[${m}]`,
            message: `数据元素 ${code} 未在 elements.yaml 中定义`,
          });
        } else if (e.disaggregation.includes('grade') && f.grades.length === 0) {
          out.push({
            file: 'forms',
            path: `forms[${i}].grades`,
            message: `数据元素 ${code} 按年级分，报表须列出年级`,
          });
        } else if (e.disaggregation.includes('stage') && f.stages.length === 0) {
          out.push({
            file: 'forms',
            path: `forms[${i}].stages`,
            message: `数据元素 ${code} 按学段分，报表须列出学段`,
          });
        }
      }),
    );
    if (f.version === latest.get(f.id)) {
      for (const rt of f.runningTypes) {
        const other = runningTypeForm.get(rt);
        if (other && other !== f.id)
          out.push({
            file: 'forms',
            path: `forms[${i}].runningTypes`,
            message: `办学类型 ${rt} 同时属于报表 ${other} 和 ${f.id}`,
          });
        runningTypeForm.set(rt, f.id);
      }
    }
  });
  for (const d of duplicates(c.rules.map((r) => r.id)))
    out.push({ file: 'rules', path: 'rules', message: `规则编号 ${d} 重复` });
  c.rules.forEach((r, i) => {
    const refs: Array<[string, string]> =
      r.kind === 'listSumEquals'
        ? [
            ['list', r.list],
            ['total', r.total],
          ]
        : r.kind === 'notGreater'
          ? [
              ['part', r.part],
              ['whole', r.whole],
            ]
          : r.kind === 'capacity'
            ? [
                ['classes', r.classes],
                ['enrolment', r.enrolment],
              ]
            : r.kind === 'changeFromPrevious'
              ? r.elements.map((e, k): [string, string] => [`elements[${k}]`, e])
              : r.kind === 'classSizeAtLeast'
                ? [['list', r.list]]
                : [['element', r.element]];
    for (const [key, ref] of refs) {
      if (!elements.has(ref))
        out.push({
          file: 'rules',
          path: `rules[${i}].${key}`,
          message: `数据元素 ${ref} 未在 elements.yaml 中定义`,
        });
    }
    const listRef =
      r.kind === 'listSumEquals'
        ? r.list
        : r.kind === 'capacity'
          ? r.classes
          : r.kind === 'classSizeAtLeast'
            ? r.list
            : null;
    if (listRef && elements.get(listRef) && elements.get(listRef)!.type !== 'integerList') {
      out.push({
        file: 'rules',
        path: `rules[${i}]`,
        message: `规则 ${r.id} 需要列表类型（integerList）的数据元素，${listRef} 不是`,
      });
    }
    if (
      r.kind === 'perStudentOutlier' &&
      elements.get(r.element) &&
      !elements.get(r.element)!.disaggregation.includes('stage')
    ) {
      out.push({
        file: 'rules',
        path: `rules[${i}].element`,
        message: `生均比较需要按学段分的数据元素，${r.element} 不按学段分`,
      });
    }
  });
  const formIds = new Set(c.forms.map((f) => f.id));
  for (const d of duplicates(c.periods.map((p) => p.id)))
    out.push({ file: 'periods', path: 'periods', message: `采集周期 ${d} 重复` });
  c.periods.forEach((p, i) =>
    p.forms.forEach((f, k) => {
      if (!formIds.has(f))
        out.push({
          file: 'periods',
          path: `periods[${i}].forms[${k}]`,
          message: `报表 ${f} 未在 forms.yaml 中定义`,
        });
    }),
  );
  return out;
}
