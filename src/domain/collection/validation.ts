/**
 * Validation of one submission's values against the catalog: the type and range of every field,
 * then the rules (catalog/collection/rules.yaml). Hard issues block submission; soft issues need a
 * written explanation. Every message is Chinese and names the field, the value and the rule.
 * Pure: last year's values and the county's peers are passed in.
 */
import { GRADE_STAGE, type GradeCode } from '../statistics/statistics.types.ts';
import type {
  CategoryCode,
  CollectionCatalog,
  DataElement,
  FormDefinition,
  ValidationRule,
} from './catalog.types.ts';
import { checkFieldValue, describeFieldProblem, fieldRuleOf } from './field.rules.ts';
import { elementFields, optionName, type FieldValue, type FieldValues, type FormField } from './fields.ts';

export interface ValidationIssue {
  /** A rule id of the catalog, or TYPE / RANGE / REQUIRED for field checks. */
  ruleId: string;
  ruleName: string;
  severity: 'hard' | 'soft';
  /** Keys of the fields involved (the first is where the form shows it). */
  fields: string[];
  message: string;
}

export interface ValidationContext {
  /** The same school's values of the previous period, when it has one. */
  previous?: FieldValues | null;
  /** Values of the county's other schools with the same form (for outlier rules). */
  peers?: readonly FieldValues[];
  /** 'draft': types and ranges only; 'submit': also every field required and every rule. */
  mode?: 'draft' | 'submit';
}

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2));
const listText = (xs: number[]): string => (xs.length <= 8 ? xs.join('+') : `${xs.slice(0, 8).join('+')}+…`);

/** Field checks (field.rules.ts); with mode 'submit', every field must be filled in. */
function checkField(
  field: FormField,
  value: FieldValue | undefined,
  mode: 'draft' | 'submit',
): ValidationIssue[] {
  const issue = (ruleId: string, ruleName: string, message: string): ValidationIssue => ({
    ruleId,
    ruleName,
    severity: 'hard',
    fields: [field.key],
    message: `${field.label}：${message}`,
  });
  if (value === null || value === undefined) {
    // A list may stay empty: a grade without pupils has no classes (H01 checks the totals).
    return mode === 'submit' && field.element.type !== 'integerList'
      ? [issue('REQUIRED', '必填', '未填写（没有时填 0）')]
      : [];
  }
  const problem = checkFieldValue(field.element, value);
  if (!problem) return [];
  const { ruleId, ruleName } = fieldRuleOf(problem);
  return [issue(ruleId, ruleName, describeFieldProblem(problem, field.element, value, 'form'))];
}

const num = (v: FieldValue | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const list = (v: FieldValue | undefined): number[] => (Array.isArray(v) ? v : []);

interface Ctx {
  catalog: CollectionCatalog;
  form: FormDefinition;
  elements: Map<string, DataElement>;
  fields: Map<string, FormField[]>;
}

function fieldsOf(c: Ctx, code: string): FormField[] {
  let f = c.fields.get(code);
  if (!f) {
    f = elementFields(c.catalog, c.form, c.elements.get(code)!);
    c.fields.set(code, f);
  }
  return f;
}

/** The categories two elements share, and a key of a field's options on them. */
function shared(a: DataElement, b: DataElement): CategoryCode[] {
  return a.disaggregation.filter((x) => b.disaggregation.includes(x));
}
const groupKey = (f: FormField, cats: CategoryCode[]): string => cats.map((c) => f.options[c]).join('.');
function groupName(c: Ctx, f: FormField, cats: CategoryCode[]): string {
  return cats.map((cat) => optionName(c.catalog, cat, f.options[cat]!)).join('·');
}

/** Sums of an element's fields grouped by the given categories. */
function sumsBy(c: Ctx, code: string, values: FieldValues, cats: CategoryCode[]) {
  const out = new Map<string, { total: number; fields: FormField[] }>();
  for (const f of fieldsOf(c, code)) {
    const k = groupKey(f, cats);
    const g = out.get(k) ?? { total: 0, fields: [] };
    g.total += num(values[f.key]);
    g.fields.push(f);
    out.set(k, g);
  }
  return out;
}

/** Enrolment of each stage of the form (Σ ENR over the stage's grades), for per-student rules. */
function stageEnrolment(c: Ctx, values: FieldValues): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of fieldsOf(c, 'ENR')) {
    const stage = GRADE_STAGE[f.options.grade as GradeCode];
    if (stage) out.set(stage, (out.get(stage) ?? 0) + num(values[f.key]));
  }
  return out;
}

/** Modified z-scores (Iglewicz and Hoaglin): 0.6745 (x − median) ÷ MAD; null when MAD is 0. */
export function modifiedZScores(xs: readonly number[]): Array<number | null> {
  if (xs.length === 0) return [];
  const median = (v: number[]): number => {
    const s = [...v].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  const med = median([...xs]);
  const mad = median(xs.map((x) => Math.abs(x - med)));
  return xs.map((x) => (mad === 0 ? null : (0.6745 * (x - med)) / mad));
}

function applyRule(
  c: Ctx,
  rule: ValidationRule,
  values: FieldValues,
  vc: ValidationContext,
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const push = (fields: string[], message: string) =>
    out.push({
      ruleId: rule.id,
      ruleName: rule.name,
      severity: rule.severity,
      fields,
      message: `${message}（${rule.id} ${rule.name}）`,
    });
  switch (rule.kind) {
    case 'listSumEquals':
    case 'capacity': {
      const listCode = rule.kind === 'listSumEquals' ? rule.list : rule.classes;
      const totalCode = rule.kind === 'listSumEquals' ? rule.total : rule.enrolment;
      const le = c.elements.get(listCode)!;
      const te = c.elements.get(totalCode)!;
      const cats = shared(le, te);
      const totals = sumsBy(c, totalCode, values, cats);
      for (const f of fieldsOf(c, listCode)) {
        const items = list(values[f.key]);
        const t = totals.get(groupKey(f, cats));
        if (!t) continue;
        const where = groupName(c, f, cats);
        const parts = t.fields.map(
          (x) =>
            `${optionName(c.catalog, x.element.disaggregation.at(-1)!, x.options[x.element.disaggregation.at(-1)!]!)} ${fmt(num(values[x.key]))}`,
        );
        if (rule.kind === 'listSumEquals') {
          const sum = items.reduce((a, b) => a + b, 0);
          if (sum !== t.total) {
            push(
              [f.key, ...t.fields.map((x) => x.key)],
              `${where}：${le.name}合计 ${sum}${items.length > 0 ? `（${listText(items)}）` : ''} ≠ ${te.name} ${fmt(t.total)}（${parts.join(' + ')}）`,
            );
          }
        } else if (items.length * rule.perClass < t.total) {
          push(
            [f.key, ...t.fields.map((x) => x.key)],
            `${where}：${items.length} 个班 × ${rule.perClass} = ${items.length * rule.perClass} 少于${te.name} ${fmt(t.total)}`,
          );
        }
      }
      break;
    }
    case 'notGreater': {
      const pe = c.elements.get(rule.part)!;
      const we = c.elements.get(rule.whole)!;
      const cats = shared(pe, we);
      const wholes = sumsBy(c, rule.whole, values, cats);
      for (const [k, part] of sumsBy(c, rule.part, values, cats)) {
        const whole = wholes.get(k);
        if (whole && part.total > whole.total) {
          push(
            [...part.fields.map((x) => x.key), ...whole.fields.map((x) => x.key)],
            `${groupName(c, part.fields[0]!, cats)}：${pe.name} ${fmt(part.total)} 多于${we.name} ${fmt(whole.total)}`,
          );
        }
      }
      break;
    }
    case 'changeFromPrevious': {
      if (!vc.previous) break;
      for (const code of rule.elements) {
        const fields = fieldsOf(c, code);
        if (fields.length === 0 || !c.form.sections.some((s) => s.elements.includes(code))) continue;
        const now = fields.reduce((a, f) => a + num(values[f.key]), 0);
        const before = fields.reduce((a, f) => a + num(vc.previous![f.key]), 0);
        if (before <= 0) continue;
        const change = (now - before) / before;
        if (Math.abs(change) > rule.maxRelativeChange) {
          const e = c.elements.get(code)!;
          push(
            fields.map((f) => f.key),
            `${e.name}合计 ${fmt(now)} ${e.unit}，上年 ${fmt(before)} ${e.unit}，${change > 0 ? '增加' : '减少'} ${(Math.abs(change) * 100).toFixed(1)}%，超过 ${(rule.maxRelativeChange * 100).toFixed(0)}%，请说明原因`,
          );
        }
      }
      break;
    }
    case 'classSizeAtLeast': {
      const le = c.elements.get(rule.list)!;
      for (const f of fieldsOf(c, rule.list)) {
        const big = list(values[f.key]).filter((x) => x >= rule.size);
        if (big.length > 0) {
          push(
            [f.key],
            `${groupName(c, f, le.disaggregation)}：${big.length} 个班达到 ${rule.size} 人及以上（${big.join('、')} 人），请说明原因和消除计划`,
          );
        }
      }
      break;
    }
    case 'perStudentOutlier': {
      if (!vc.peers || vc.peers.length < 4) break; // too few schools to call anything an outlier
      const e = c.elements.get(rule.element)!;
      const own = stageEnrolment(c, values);
      for (const f of fieldsOf(c, rule.element)) {
        const stage = f.options.stage;
        const students = stage ? (own.get(stage) ?? 0) : 0;
        if (!stage || students <= 0) continue;
        const ratio = (v: FieldValues): number | null => {
          const n = stageEnrolment(c, v).get(stage) ?? 0;
          return n > 0 ? num(v[f.key]) / n : null;
        };
        const x = num(values[f.key]) / students;
        const all = [x, ...vc.peers.map(ratio).filter((r): r is number => r !== null)];
        const z = modifiedZScores(all)[0];
        if (z !== null && z !== undefined && Math.abs(z) > rule.maxModifiedZ) {
          const sorted = [...all].sort((a, b) => a - b);
          const median =
            sorted.length % 2
              ? sorted[(sorted.length - 1) / 2]!
              : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
          push(
            [f.key],
            `${optionName(c.catalog, 'stage', stage)}：生均${e.name} ${fmt(x)} ${e.unit}，本县同类学校中位数 ${fmt(median)} ${e.unit}，修正 z 值 ${z.toFixed(1)}（阈值 ±${rule.maxModifiedZ}），请核实`,
          );
        }
      }
      break;
    }
  }
  return out;
}

/** All issues of a form's values; field checks first, then the rules in catalog order. */
export function validateValues(
  catalog: CollectionCatalog,
  form: FormDefinition,
  values: FieldValues,
  context: ValidationContext = {},
): ValidationIssue[] {
  const mode = context.mode ?? 'submit';
  const c: Ctx = {
    catalog,
    form,
    elements: new Map(catalog.elements.map((e) => [e.code, e])),
    fields: new Map(),
  };
  const inForm = new Set(form.sections.flatMap((s) => s.elements));
  const issues: ValidationIssue[] = [];
  for (const code of inForm)
    for (const f of fieldsOf(c, code)) issues.push(...checkField(f, values[f.key], mode));
  if (mode === 'draft') return issues;
  // Rules only make sense on well-typed values (an empty field counts as 0, so that a half-filled
  // form is checked as far as it goes), and only when every element they read is on the form.
  if (issues.some((i) => i.ruleId !== 'REQUIRED')) return issues;
  for (const rule of catalog.rules) {
    const reads =
      rule.kind === 'listSumEquals'
        ? [rule.list, rule.total]
        : rule.kind === 'notGreater'
          ? [rule.part, rule.whole]
          : rule.kind === 'capacity'
            ? [rule.classes, rule.enrolment]
            : rule.kind === 'changeFromPrevious'
              ? []
              : rule.kind === 'classSizeAtLeast'
                ? [rule.list]
                : [rule.element, 'ENR'];
    if (!reads.every((code) => inForm.has(code))) continue;
    issues.push(...applyRule(c, rule, values, context));
  }
  return issues;
}

/**
 * What stops a submission: every hard issue, and every soft issue without an explanation of at
 * least 5 characters (keyed by rule id).
 */
export function blockingIssues(
  issues: readonly ValidationIssue[],
  explanations: Readonly<Record<string, string>>,
): ValidationIssue[] {
  return issues.filter((i) => i.severity === 'hard' || (explanations[i.ruleId]?.trim().length ?? 0) < 5);
}
