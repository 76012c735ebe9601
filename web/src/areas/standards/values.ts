/**
 * Pure helpers of the county-standards pages: how a rule's value and threshold read (a share, a
 * count, a CV, yuan, a ratio), the colour of a verdict and of an indicator cell, and the part of a
 * gap plan that belongs to one standard. Unit-tested in values.test.ts.
 */
import { formatCount, formatFixed, formatPercent, formatYuan } from '../../format';
import type {
  Comparator,
  GapPlan,
  GapPlanItem,
  IndicatorValue,
  RulePacksResponse,
  RuleResult,
  RuleVerdict,
  SchoolSectionResult,
  SchoolVerdict,
  StandardId,
  Verdict,
} from '../../api';

/** Tag colours (antd preset names) of the verdicts. */
export const VERDICT_TAG_COLOURS: Record<RuleVerdict | SchoolVerdict, string> = {
  pass: 'success',
  fail: 'error',
  incomplete: 'warning',
  notApplicable: 'default',
  excluded: 'default',
};

/** Order for sorting by verdict: the ones to act on first. */
const VERDICT_ORDER: Record<RuleVerdict | SchoolVerdict, number> = {
  fail: 0,
  incomplete: 1,
  pass: 2,
  notApplicable: 3,
  excluded: 4,
};

export function compareVerdicts(a: RuleVerdict | SchoolVerdict, b: RuleVerdict | SchoolVerdict): number {
  return VERDICT_ORDER[a] - VERDICT_ORDER[b];
}

/** How a rule's value reads. */
export type ValueKind = 'share' | 'count' | 'cv' | 'yuan' | 'ratio';

/** Rule-pack kinds whose value is not a share. */
const PACK_KIND_VALUES: Record<string, ValueKind> = {
  schoolSize: 'count',
  specialEducationFunding: 'yuan',
  childrenPerTeacher: 'ratio',
};

/** Rule id → the rule-pack kind (classSize, schoolSize …) of every guarantee and preschool rule. */
export function packKinds(packs: RulePacksResponse | null): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const pack of packs?.packs ?? []) {
    for (const rule of 'guarantee' in pack ? pack.guarantee : pack.rules) kinds.set(rule.id, rule.kind);
  }
  return kinds;
}

/**
 * The kind of a rule's value: a section's number of schools is a count, a CV is a CV, a judgement's
 * score and the share of passing schools are shares; guarantee and preschool rules by their pack
 * kind (school size: count; special-education funding: yuan; children per teacher: ratio), else a
 * share. Without the packs, a value above 1 is not taken for a share.
 */
export function ruleValueKind(
  rule: Pick<RuleResult, 'ruleId' | 'kind' | 'value' | 'threshold'>,
  kinds: Map<string, string>,
): ValueKind {
  if (rule.kind === 'sectionCoverage') return 'count';
  if (rule.kind === 'cv') return 'cv';
  if (rule.kind === 'schoolIndicators' || rule.kind === 'judgement') return 'share';
  const packKind = kinds.get(rule.ruleId);
  if (packKind !== undefined) return PACK_KIND_VALUES[packKind] ?? 'share';
  return Math.max(rule.value ?? 0, rule.threshold ?? 0) > 1 ? 'ratio' : 'share';
}

/** A value of the given kind: 97.3%, 8, 0.121, ¥8,000, 9.87; null → placeholder. */
export function formatValue(
  value: number | null,
  kind: ValueKind,
  language: 'zh-CN' | 'en' = 'zh-CN',
  placeholder = '—',
): string {
  if (value === null) return placeholder;
  switch (kind) {
    case 'share':
      return formatPercent(value, placeholder);
    case 'count':
      return formatCount(value, placeholder);
    case 'cv':
      return formatFixed(value, 3, placeholder);
    case 'yuan':
      return formatYuan(value, language, placeholder);
    case 'ratio':
      return formatFixed(value, 2, placeholder);
  }
}

export const COMPARATOR_SIGNS: Record<Comparator, string> = { '>=': '≥', '<=': '≤' };

/** A threshold with its comparator: ≥ 100.0%, ≤ 0.500, ≤ 0; none → placeholder. */
export function formatThreshold(
  threshold: number | null,
  comparator: Comparator | null,
  kind: ValueKind,
  language: 'zh-CN' | 'en' = 'zh-CN',
  placeholder = '—',
): string {
  if (threshold === null) return placeholder;
  const value = formatValue(threshold, kind, language, placeholder);
  return comparator ? `${COMPARATOR_SIGNS[comparator]} ${value}` : value;
}

/** An indicator of a school: met, not met but at least 85% of the standard, or below that floor. */
export type IndicatorState = 'met' | 'floor' | 'below';

export function indicatorState(indicator: Pick<IndicatorValue, 'met' | 'atLeastFloor'>): IndicatorState {
  if (indicator.met) return 'met';
  return indicator.atLeastFloor ? 'floor' : 'below';
}

export const INDICATOR_STATE_COLOURS: Record<IndicatorState, string> = {
  met: '#237804',
  floor: '#ad6800',
  below: '#cf1322',
};

/** The value of indicator `code` of a school section, or null (excluded, or not computed). */
export function indicatorOf(school: SchoolSectionResult, code: string): IndicatorValue | null {
  return school.indicators.find((i) => i.code === code) ?? null;
}

/** Sorting a column of indicator values: sections without the value last in ascending order. */
export function compareIndicator(a: SchoolSectionResult, b: SchoolSectionResult, code: string): number {
  const va = indicatorOf(a, code)?.value ?? Number.NEGATIVE_INFINITY;
  const vb = indicatorOf(b, code)?.value ?? Number.NEGATIVE_INFINITY;
  return va === vb ? 0 : va < vb ? -1 : 1;
}

/** The part of a gap plan that concerns one standard, with the sum of its known costs. */
export interface StandardGap {
  items: GapPlanItem[];
  /** Sum of the items' known costs; null when none of them has a cost. */
  cost: number | null;
  /** Items with a cost (a unit price is known), the ones the cost adds up. */
  priced: number;
  uncosted: number;
  judgementsNeeded: GapPlan['judgementsNeeded'];
  missingInputs: GapPlan['missingInputs'];
  unresolved: GapPlan['unresolved'];
  before: Verdict;
  after: Verdict;
}

export function gapOfStandard(plan: GapPlan, standard: StandardId): StandardGap {
  const items = plan.items.filter((i) => i.standard === standard);
  const costed = items.filter((i) => i.cost !== null);
  return {
    items,
    cost: costed.length === 0 ? null : costed.reduce((sum, i) => sum + i.cost!, 0),
    priced: costed.length,
    uncosted: items.length - costed.length,
    judgementsNeeded: plan.judgementsNeeded.filter((j) => j.standard === standard),
    missingInputs: plan.missingInputs.filter((m) => m.standard === standard),
    unresolved: plan.unresolved.filter((u) => u.standard === standard),
    before: plan.before[standard],
    after: plan.after[standard],
  };
}

/** The amount of a plan item with its unit: yuan as money, anything else as a count. */
export function formatAmount(
  item: Pick<GapPlanItem, 'amount' | 'unit'>,
  language: 'zh-CN' | 'en' = 'zh-CN',
): string {
  if (item.unit === '元') return formatYuan(item.amount, language);
  const amount = Number.isInteger(item.amount) ? formatCount(item.amount) : formatFixed(item.amount, 2);
  return `${amount} ${item.unit}`;
}

/**
 * A text that opens with a school's name — a plan's measure ("一中（初中部） 增加网络多媒体教室 2 间"),
 * a rule's detail ("一中第 3 个班 52 人，超过 50 人") — without it, for a table whose school column
 * already names the school. Any other text, or one that would be left empty, stays as it is.
 */
export function withoutSchool(text: string, institutionName: string | null): string {
  if (!institutionName || !text.startsWith(institutionName)) return text;
  const rest = text
    .slice(institutionName.length)
    .replace(/^（(小学|初中)部）/, '')
    .replace(/^[\s：:]+/, '');
  return rest === '' ? text : rest;
}

/** Rule id → its Chinese name, from the evaluation's rules. */
export function ruleNames(rules: readonly Pick<RuleResult, 'ruleId' | 'name'>[]): Map<string, string> {
  return new Map(rules.map((r) => [r.ruleId, r.name]));
}
