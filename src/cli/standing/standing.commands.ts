/** `eduplan standing <institution>`: one school's own figures against its county and the city. */
import { InvalidArgumentError, Option } from 'commander';
import type { Standing } from '../../app/standing/standing.service.ts';
import { DEMO_NOTICE, formatPercent, STATUS_LABELS } from '../../app/shared/labels.ts';
import { defineCliArea } from '../area.ts';
import { parseYear } from '../cli.kit.ts';

function parseInstitution(v: string): string {
  if (!/^[0-9A-Za-z]{10}$/.test(v)) {
    throw new InvalidArgumentError(`学校（机构）代码应为 10 位字母或数字，收到“${v}”`);
  }
  return v;
}

const STATE_LABELS: Record<string, string> = {
  notStarted: '未开始',
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  countyApproved: '县级已审核',
  cityApproved: '市级已审核（已锁定）',
  unlockRequested: '解锁申请中',
};
const VERDICT_LABELS: Record<string, string> = { pass: '达标', fail: '未达标', incomplete: '待补充' };
const SECTION_LABELS: Record<string, string> = { primary: '小学', junior: '初中' };

const num = (v: number | null, digits = 2) => (v === null ? '—' : v.toFixed(digits));

/** The standing as text for the terminal. */
export function renderStanding(s: Standing): string {
  const lines: string[] = [];
  const i = s.institution;
  lines.push(`${i.name}（${i.code}） ${i.countyName} ${i.townshipName} · ${s.year}—${s.year + 1} 学年`);
  if (s.demo) lines.push(`注：${DEMO_NOTICE}`);
  lines.push('', '计入的目标（本校 / 所在县 / 全市）：');
  if (s.targets.length === 0) lines.push('  本学年不计入任何目标');
  for (const t of s.targets) {
    lines.push(
      `  ${t.target.id} ${t.target.shortTitle}：本校${t.inNumerator ? '计入' : '不计入'}分子` +
        `（${t.numerator}/${t.denominator}）；${t.county.orgName} ${formatPercent(t.county.value)}` +
        ` ${STATUS_LABELS[t.county.status]}；${t.city.orgName} ${formatPercent(t.city.value)}` +
        ` ${STATUS_LABELS[t.city.status]}`,
    );
  }
  lines.push('', '县域评估：');
  const st = s.standards;
  if (st.note) lines.push(`  ${st.note}`);
  if (st.county && st.verdicts) {
    lines.push(
      `  评估县：${st.county.name}；优质均衡 ${VERDICT_LABELS[st.verdicts.compulsoryBalanced]}，` +
        `普及普惠 ${VERDICT_LABELS[st.verdicts.preschoolUniversal]}`,
    );
  }
  for (const sec of st.sections) {
    lines.push(`  ${SECTION_LABELS[sec.section]}学段 ${sec.students} 人：${sec.explanation}`);
    for (const ind of sec.indicators) {
      lines.push(
        `    ${ind.code} ${ind.name}：本校 ${num(ind.value)}（标准 ${num(ind.threshold)}），` +
          `县均 ${num(ind.countyMean)}，市均 ${num(ind.cityMean)} ${ind.unit}`,
      );
    }
  }
  for (const m of st.kindergarten?.measures ?? []) {
    const f =
      m.key === 'childrenPerTeacher' ? (v: number | null) => num(v) : (v: number | null) => formatPercent(v);
    lines.push(
      `  ${m.name}：本园 ${f(m.own)}，县 ${f(m.county)}，市 ${f(m.city)}（要求 ${m.comparator} ${f(m.threshold)}）`,
    );
  }
  lines.push('', '报表和截止时间：');
  if (s.returns === null) lines.push('  当前角色不能查看数据采集');
  else if (s.returns.length === 0) lines.push('  没有需要填报的报表');
  for (const r of s.returns ?? []) {
    lines.push(
      `  ${r.periodName}：${STATE_LABELS[r.state] ?? r.state}，截止 ${r.closeAt}` +
        `${r.daysLeft >= 0 ? `（还有 ${r.daysLeft} 天）` : `（已截止 ${-r.daysLeft} 天）`}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export const cliArea = defineCliArea({
  register({ program, withContext }) {
    program
      .command('standing')
      .description('输出一所学校的本校概况：计入的目标、县域评估指标、报表和截止时间')
      .argument('<institution>', '学校（机构）代码（10 位）', parseInstitution)
      .option('--year <year>', '学年，例如 2025；省略时为最近的完整学年', parseYear)
      .addOption(new Option('--format <format>', '输出格式').choices(['table', 'json']).default('table'))
      .action((institution: string, opts: { year?: number; format: 'table' | 'json' }) =>
        withContext(async (ctx) => {
          const s = await ctx.standing.standing(institution, opts.year, null);
          const { demo, ...rest } = s;
          process.stdout.write(
            opts.format === 'json'
              ? `${JSON.stringify({ standing: rest, dataset: { demo: demo !== null, notice: demo ? DEMO_NOTICE : null } }, null, 2)}\n`
              : renderStanding(s),
          );
        }),
      );
  },
});
