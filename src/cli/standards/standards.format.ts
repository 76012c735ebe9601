/**
 * Renders a county-standards evaluation for the terminal (`eduplan standards evaluate`): the two
 * verdicts, every rule with its value, threshold and verdict, the failing school sections, and the
 * gap-to-pass plan. JSON output is the evaluation and plan objects themselves.
 */
import Table from 'cli-table3';
import { STANDARD_NAMES } from '../../domain/standards/rule-pack.schema.ts';
import type {
  CountyEvaluation,
  GapPlan,
  RuleVerdict,
  StandardEvaluation,
} from '../../domain/standards/standards.types.ts';

export const VERDICT_LABELS: Readonly<Record<RuleVerdict, string>> = {
  pass: '达标',
  fail: '未达标',
  incomplete: '待补充',
  notApplicable: '不适用',
};

function tableStyle() {
  return {
    style: { head: [] as string[], border: [] as string[], compact: true },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  };
}

/** One block per rule: verdict, id and name, then how it was computed (robust for CJK widths). */
function rulesList(e: StandardEvaluation): string {
  return e.rules
    .map((r) => `  【${VERDICT_LABELS[r.verdict]}】${r.ruleId} ${r.name}\n      ${r.explanation}`)
    .join('\n');
}

function yuan(n: number): string {
  return n >= 10_000 ? `${(n / 10_000).toFixed(n >= 1_000_000 ? 0 : 1)} 万元` : `${Math.round(n)} 元`;
}

export function renderEvaluation(e: CountyEvaluation, plan: GapPlan | null, sourceFile: string): string {
  const lines: string[] = [];
  lines.push(
    `${e.countyName}（${e.countyCode}）${e.year}—${e.year + 1} 学年 县域评估（输入：${sourceFile}）`,
  );
  lines.push(
    `两项均达标：${VERDICT_LABELS[e.countyStandardsVerdict]}；${STANDARD_NAMES.compulsoryBalanced}：${VERDICT_LABELS[e.compulsoryBalanced.verdict]}；${STANDARD_NAMES.preschoolUniversal}：${VERDICT_LABELS[e.preschoolUniversal.verdict]}`,
  );
  for (const w of e.warnings) lines.push(`提示：${w}`);
  for (const s of [e.compulsoryBalanced, e.preschoolUniversal]) {
    lines.push('', `${s.title}（${s.document}）— ${VERDICT_LABELS[s.verdict]}：${s.summary}`, rulesList(s));
  }
  const failing = e.compulsoryBalanced.schools.filter((s) => s.verdict === 'fail');
  if (failing.length > 0) {
    lines.push('', `资源配置未达标的学校（学段）：${failing.length} 个`);
    const t = new Table({ head: ['学校代码', '学校', '学段', '在校生', '说明'], ...tableStyle() });
    for (const s of failing) {
      t.push([
        s.institutionCode,
        s.institutionName,
        s.section === 'primary' ? '小学' : '初中',
        s.students,
        s.explanation,
      ]);
    }
    lines.push(t.toString());
  }
  if (plan) {
    lines.push('', '达标差距方案（使可计算的规则全部达标的一组改进）：');
    if (plan.items.length === 0) lines.push('  可计算的规则均已达标，无需改进。');
    else {
      const t = new Table({ head: ['改进', '数量', '费用'], ...tableStyle() });
      for (const i of plan.items) {
        t.push([i.description, `${i.amount} ${i.unit}`, i.cost === null ? '暂无单价' : yuan(i.cost)]);
      }
      lines.push(t.toString());
      const priced = plan.items.length - plan.uncostedItems;
      lines.push(
        `合计：${plan.totalCost === null ? '暂无单价，无法估算' : yuan(plan.totalCost)}（${plan.items.length} 项中 ${priced} 项已计价）`,
      );
    }
    for (const m of plan.missingInputs) lines.push(`缺少县级数据：${m.message}`);
    if (plan.judgementsNeeded.length > 0) {
      lines.push(`需评估员认定的项目（${plan.judgementsNeeded.length} 项）：`);
      for (const j of plan.judgementsNeeded) lines.push(`  ${j.name}（${j.itemId}）——${j.message}`);
    }
    for (const u of plan.unresolved) lines.push(`无法通过改进达标：${u.name}（${u.ruleId}）——${u.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
