/**
 * Evaluation of a county against the two county standards (STANDARDS.md §1–§2), from the rule packs.
 * Pure: no I/O, no clock.
 *
 * 优质均衡 (compulsoryBalanced)
 * - Each school section (小学部 / 初中部) not excluded by the pack: L1–L7 value, threshold and whether
 *   met; the section passes when at least `minMet` are met and every unmet one reaches
 *   `floorShare` × its threshold. Sections with 0 students are excluded from resource allocation.
 * - Per section and indicator the enrolment-weighted CV (weightedCv) against the section's limit, and
 *   the informative 综合差异系数 (mean of the seven).
 * - A section without any school to evaluate: its school and CV rules are notApplicable and the
 *   section-coverage rule (CB-SEC-…) takes the pack's `cv.emptySection` verdict (default incomplete:
 *   a county without junior schools is far more likely to be missing data than to have none).
 * - Government-guarantee items computed from the data (class size per class, school size, teacher
 *   rotation, certification, special-education funding) and judgement items from `judgements`.
 * 普及普惠 (preschoolUniversal): the six county-total ratios and the judgement items.
 *
 * A standard fails when any rule fails, else is incomplete when any rule is incomplete, else passes.
 * Comparisons allow a relative tolerance of 1e-9 so that a value exactly at a threshold (e.g. 85% of
 * 4.2) passes despite binary floating point.
 */
import { formatShanghai } from '../shared/time.ts';
import type {
  CityEvaluation,
  CompulsoryBalancedPack,
  CompulsoryEvaluation,
  CountyEvaluation,
  CountyEvaluationInput,
  CvResult,
  ExclusionDef,
  IndicatorDef,
  IndicatorValue,
  Judgement,
  JudgementItemDef,
  KindergartenGrade,
  PreschoolEvaluation,
  PreschoolUniversalPack,
  RuleDetail,
  RuleResult,
  RuleSource,
  RuleVerdict,
  RulePack,
  RulePackSet,
  SchoolSectionInput,
  SchoolSectionResult,
  Section,
  SectionSummary,
  StandardEvaluation,
  StandardId,
  Verdict,
} from './standards.types.ts';
import { KINDERGARTEN_OWNERSHIP_NAMES, SECTIONS } from './standards.types.ts';

// ---------------------------------------------------------------------------------------------
// Numbers

const REL_TOLERANCE = 1e-9;

/** value ≥ bound, allowing a relative tolerance of 1e-9. */
export function atLeast(value: number, bound: number): boolean {
  return value >= bound - REL_TOLERANCE * Math.max(1, Math.abs(bound));
}

/** value ≤ bound, allowing a relative tolerance of 1e-9. */
export function atMost(value: number, bound: number): boolean {
  return value <= bound + REL_TOLERANCE * Math.max(1, Math.abs(bound));
}

/** Formats a number for a Chinese message: integers as is, others with up to `digits` decimals. */
export function fmt(n: number, digits = 2): string {
  if (Number.isInteger(n)) return String(n);
  return n.toFixed(digits).replace(/\.?0+$/, '');
}

export const pct = (n: number, digits = 1): string => `${fmt(n * 100, digits)}%`;

/**
 * Enrolment-weighted coefficient of variation (STANDARDS.md §1.1): X̄ = Σ amount ÷ Σ students (the
 * aggregate ratio, not the mean of the school ratios), S = √(Σ (P_i/P)(X_i − X̄)²) with
 * X_i = amount_i ÷ P_i, CV = S ÷ X̄. Items with no students are skipped. null when there are no
 * students or X̄ = 0 (the CV is undefined). The CV is scale-free: amounts may be per student or ×100.
 */
export function weightedCv(
  items: Array<{ amount: number; students: number }>,
): { mean: number; sd: number; cv: number } | null {
  let students = 0;
  let amount = 0;
  for (const it of items) {
    if (it.students <= 0) continue;
    students += it.students;
    amount += it.amount;
  }
  if (students <= 0) return null;
  const mean = amount / students;
  if (mean === 0) return null;
  let variance = 0;
  for (const it of items) {
    if (it.students <= 0) continue;
    const x = it.amount / it.students;
    variance += (it.students / students) * (x - mean) ** 2;
  }
  const sd = Math.sqrt(variance);
  return { mean, sd, cv: sd / mean };
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

export const SECTION_NAMES: Readonly<Record<Section, string>> = { primary: '小学', junior: '初中' };
export const KG_GRADE_NAMES: Readonly<Record<KindergartenGrade, string>> = {
  K1: '小班',
  K2: '中班',
  K3: '大班',
};

const MULTI_SECTION_TYPES: ReadonlySet<string> = new Set(['312', '341', '345']);

/**
 * 办学类型 as the texts name them (JY/T 1001 / GB/T 33782-2017, as the registry's RunningType): an
 * official reads "九年一贯制学校", not the code 312. A code outside the table stays as "办学类型 NNN".
 */
const RUNNING_TYPE_NAMES: Readonly<Record<string, string>> = {
  '111': '幼儿园',
  '211': '小学',
  '218': '小学教学点',
  '311': '初级中学',
  '312': '九年一贯制学校',
  '341': '完全中学',
  '342': '高级中学',
  '345': '十二年一贯制学校',
  '511': '盲人学校',
  '512': '聋人学校',
  '513': '培智学校',
  '514': '其他特教学校',
};

/** "九年一贯制学校" for 312; "办学类型 999" for a code without a name. */
export function runningTypeName(code: string): string {
  return RUNNING_TYPE_NAMES[code] ?? `办学类型 ${code}`;
}

/** A school's name, with （小学部）/（初中部） for 一贯制 and 完全中学 schools. */
export function schoolLabel(row: { institutionName: string; section: Section; runningType: string }): string {
  return MULTI_SECTION_TYPES.has(row.runningType)
    ? `${row.institutionName}（${SECTION_NAMES[row.section]}部）`
    : row.institutionName;
}

/** Indicator value in the indicator's unit (per 100 students or per student). */
export function indicatorValue(def: IndicatorDef, numerator: number, students: number): number {
  return ((def.basis === 'per100Students' ? 100 : 1) * numerator) / students;
}

/** The raw amount used for the CV: numerator, ×100 for per-100 indicators (consistent with the value). */
export function cvAmount(def: IndicatorDef, numerator: number): number {
  return (def.basis === 'per100Students' ? 100 : 1) * numerator;
}

function verdictOf(results: ReadonlyArray<{ verdict: RuleVerdict }>): Verdict {
  if (results.some((r) => r.verdict === 'fail')) return 'fail';
  if (results.some((r) => r.verdict === 'incomplete')) return 'incomplete';
  return 'pass';
}

function countVerdicts(results: ReadonlyArray<{ verdict: RuleVerdict }>): Record<RuleVerdict, number> {
  const counts: Record<RuleVerdict, number> = { pass: 0, fail: 0, incomplete: 0, notApplicable: 0 };
  for (const r of results) counts[r.verdict] += 1;
  return counts;
}

function summaryOf(verdict: Verdict, counts: Record<RuleVerdict, number>): string {
  const rest =
    `（达标 ${counts.pass} 项、未达标 ${counts.fail} 项、待定 ${counts.incomplete} 项` +
    `${counts.notApplicable > 0 ? `、不适用 ${counts.notApplicable} 项` : ''}）`;
  if (verdict === 'pass') return `达标${rest}`;
  if (verdict === 'fail') return `未达标${rest}`;
  return `待定：尚有数据或评估认定缺失${rest}`;
}

/** Verdict of the computable rules only (judgement items ignored). */
export function computableVerdict(evaluation: StandardEvaluation): Verdict {
  return verdictOf(evaluation.rules.filter((r) => r.computable));
}

/**
 * A recording time in Beijing time, YYYY-MM-DD HH:mm (a date alone, or text that is not a
 * timestamp, is shown as written). Accepts ISO 8601 and PostgreSQL's text form (… 14:12:46+00).
 */
export function beijingTime(at: string): string {
  if (!/\d{2}:\d{2}/.test(at)) return at;
  const ms = Date.parse(
    at
      .trim()
      .replace(' ', 'T')
      .replace(/([+-]\d{2})$/, '$1:00'),
  );
  return Number.isNaN(ms) ? at : formatShanghai(ms);
}

/** The latest judgement of each item (by recordedAt; a later record in the list wins a tie). */
function latestJudgements(judgements: readonly Judgement[]): Map<string, Judgement> {
  const latest = new Map<string, Judgement>();
  for (const j of judgements) {
    const prev = latest.get(j.itemId);
    if (prev === undefined || j.recordedAt >= prev.recordedAt) latest.set(j.itemId, j);
  }
  return latest;
}

function judgementRule(
  standard: StandardId,
  item: JudgementItemDef,
  judgement: Judgement | undefined,
): RuleResult {
  const base = {
    ruleId: item.id,
    standard,
    name: item.name,
    part: item.part,
    section: null,
    kind: 'judgement' as const,
    computable: false,
    checks: [],
    details: [],
    source: item.source,
    judgement: judgement ?? null,
    veto: item.veto === true,
    inputs: {},
  };
  const veto = item.veto === true ? '（一票否决项）' : '';
  if (judgement === undefined) {
    return {
      ...base,
      value: null,
      threshold: item.minScore ?? null,
      comparator: item.minScore !== undefined ? '>=' : null,
      verdict: 'incomplete',
      explanation: `需评估员认定${veto}：尚无认定记录${item.metMeans ? `（“是”表示${item.metMeans}）` : ''}`,
    };
  }
  const by = `${judgement.evaluator || '（未填评估人）'} 于 ${judgement.recordedAt ? beijingTime(judgement.recordedAt) : '（未填日期）'} 认定`;
  if (item.minScore !== undefined) {
    const score = judgement.score;
    const common = { threshold: item.minScore, comparator: '>=' as const };
    if (score === undefined || score === null) {
      return {
        ...base,
        ...common,
        value: null,
        verdict: 'incomplete',
        explanation: `需录入得分${veto}：${by}，但未填写得分（标准为不低于 ${pct(item.minScore)}）`,
      };
    }
    if (!Number.isFinite(score) || score < 0 || score > 1) {
      return {
        ...base,
        ...common,
        value: score,
        verdict: 'incomplete',
        explanation: `得分 ${String(score)} 无效：应为 0–1 之间的小数（87.5% 写作 0.875 或 87.5%）`,
      };
    }
    const met = atLeast(score, item.minScore);
    const mismatch =
      met !== judgement.met
        ? `；注意：记录的“是否达标”为${judgement.met ? '是' : '否'}，与得分不一致，以得分为准`
        : '';
    return {
      ...base,
      ...common,
      value: score,
      verdict: met ? 'pass' : 'fail',
      explanation: `${by}，得分 ${pct(score)}，${met ? '不低于' : '低于'}标准 ${pct(item.minScore)}${met ? '' : veto}${mismatch}`,
    };
  }
  return {
    ...base,
    value: null,
    threshold: null,
    comparator: null,
    verdict: judgement.met ? 'pass' : 'fail',
    explanation: `${by}为${judgement.met ? '达标' : '未达标'}${judgement.met ? '' : veto}${item.metMeans && judgement.met ? `（${item.metMeans}）` : ''}${judgement.evidence ? `；依据：${judgement.evidence}` : ''}`,
  };
}

// ---------------------------------------------------------------------------------------------
// 义务教育优质均衡: school sections

/**
 * The part every standard's evaluation shares: the pack's judgement items appended to the
 * computed rules (latest judgement of each), and the overall verdict, counts and summary.
 */
function withJudgements(
  standard: StandardId,
  pack: RulePack,
  rules: RuleResult[],
  judgements: readonly Judgement[],
): Omit<StandardEvaluation, 'standard'> {
  const latest = latestJudgements(judgements);
  for (const item of pack.judgements) rules.push(judgementRule(standard, item, latest.get(item.id)));
  const verdict = verdictOf(rules);
  const counts = countVerdicts(rules);
  return {
    packVersion: pack.version,
    title: pack.title,
    document: pack.document,
    verdict,
    summary: summaryOf(verdict, counts),
    rules,
    counts,
  };
}

/** Why a section is left out, or null. Zero students always leaves it out of resource allocation. */
export function exclusionOf(
  pack: CompulsoryBalancedPack,
  row: SchoolSectionInput,
): { id: string; reason: string; scope: ExclusionDef['scope'] } | null {
  for (const ex of pack.exclusions) {
    if (!ex.runningTypes.includes(row.runningType)) continue;
    if (ex.belowStudents !== undefined && row.students >= ex.belowStudents) continue;
    const detail =
      ex.belowStudents !== undefined
        ? `（${runningTypeName(row.runningType)}，在校生 ${row.students} 人，少于 ${ex.belowStudents} 人）`
        : `（${runningTypeName(row.runningType)}）`;
    return { id: ex.id, reason: `${ex.name}${detail}`, scope: ex.scope };
  }
  if (row.students <= 0) {
    return { id: 'noStudents', reason: '在校生数为 0，无法计算生均指标', scope: 'resourceAllocation' };
  }
  return null;
}

export function evaluateSchoolSection(
  pack: CompulsoryBalancedPack,
  row: SchoolSectionInput,
): SchoolSectionResult {
  const base = {
    institutionCode: row.institutionCode,
    institutionName: row.institutionName,
    section: row.section,
    runningType: row.runningType,
    students: row.students,
  };
  const exclusion = exclusionOf(pack, row);
  if (exclusion !== null) {
    return {
      ...base,
      exclusion,
      indicators: [],
      metCount: null,
      verdict: 'excluded',
      explanation: `不参加资源配置评估：${exclusion.reason}`,
    };
  }
  const { minMet, floorShare } = pack.schoolRule;
  const indicators: IndicatorValue[] = pack.indicators.map((def) => {
    const numerator = row[def.numerator];
    const value = indicatorValue(def, numerator, row.students);
    const threshold = def.thresholds[row.section];
    const floor = floorShare * threshold;
    return {
      code: def.code,
      name: def.name,
      numerator,
      students: row.students,
      value,
      threshold,
      floor,
      met: atLeast(value, threshold),
      atLeastFloor: atLeast(value, floor),
    };
  });
  const unmet = indicators.filter((i) => !i.met);
  const metCount = indicators.length - unmet.length;
  const belowFloor = unmet.filter((i) => !i.atLeastFloor);
  const pass = metCount >= minMet && belowFloor.length === 0;
  const describe = (i: IndicatorValue): string =>
    `${i.code} ${i.name} ${fmt(i.value)}，为标准 ${fmt(i.threshold)} 的 ${pct(i.value / i.threshold)}`;
  const reasons: string[] = [];
  if (metCount < minMet) reasons.push(`达标项数 ${metCount} 少于 ${minMet} 项`);
  if (belowFloor.length > 0) {
    reasons.push(`${belowFloor.map(describe).join('；')}，低于 ${pct(floorShare, 0)}`);
  }
  const head = `${indicators.length} 项中达标 ${metCount} 项（至少 ${minMet} 项）`;
  const explanation = pass
    ? unmet.length === 0
      ? `${head}，全部达标`
      : `${head}，未达标的 ${unmet.map(describe).join('；')}，不低于 ${pct(floorShare, 0)}`
    : `${head}，不达标：${reasons.join('；')}`;
  return {
    ...base,
    exclusion: null,
    indicators,
    metCount,
    verdict: pass ? 'pass' : 'fail',
    explanation,
  };
}

// ---------------------------------------------------------------------------------------------
// 义务教育优质均衡: county

function sectionRules(
  pack: CompulsoryBalancedPack,
  section: Section,
  rows: ReadonlyArray<{ row: SchoolSectionInput; result: SchoolSectionResult }>,
): { rules: RuleResult[]; summary: SectionSummary } {
  const sName = SECTION_NAMES[section];
  const inSection = rows.filter((r) => r.row.section === section);
  const evaluated = inSection.filter((r) => r.result.verdict !== 'excluded');
  const passing = evaluated.filter((r) => r.result.verdict === 'pass');
  const excluded = inSection.filter((r) => r.result.verdict === 'excluded');
  const applicable = evaluated.length > 0;
  const reason = applicable
    ? null
    : inSection.length === 0
      ? `县域内没有${sName}学段的学校`
      : `${sName}学段的 ${inSection.length} 个学校（学段）均不参加资源配置评估（${[...new Set(excluded.map((r) => r.result.exclusion?.reason.replace(/（.*$/, '') ?? ''))].join('、')}）`;
  const rules: RuleResult[] = [];
  const common = { standard: 'compulsoryBalanced' as const, part: pack.parts[0] ?? '资源配置', section };

  rules.push({
    ...common,
    ruleId: `CB-SEC-${section}`,
    name: `${sName}学段参评学校`,
    kind: 'sectionCoverage',
    computable: true,
    value: evaluated.length,
    threshold: 1,
    comparator: '>=',
    verdict: applicable ? 'pass' : pack.cv.emptySection,
    explanation: applicable
      ? `${sName}学段参评 ${evaluated.length} 个学校（学段），另有 ${excluded.length} 个不参评`
      : `${reason}；${pack.cv.emptySection === 'incomplete' ? '无法评估，请核实本学段学校的统计数据是否齐全' : '按评估规则设置，本学段视为不适用'}`,
    inputs: { evaluated: evaluated.length, excluded: excluded.length },
    checks: [],
    details: excluded.map(({ row, result }) => ({
      institutionCode: row.institutionCode,
      institutionName: row.institutionName,
      section,
      label: `${schoolLabel(row)}不参评：${result.exclusion?.reason ?? ''}`,
      value: row.students,
      threshold: null,
      met: null,
    })),
    source: pack.schoolRule.source,
  });

  const { minMet, floorShare } = pack.schoolRule;
  rules.push({
    ...common,
    ruleId: `CB-SCH-${section}`,
    name: `${sName}各校资源配置达标（${pack.indicators.length} 项指标至少 ${minMet} 项达标，其余不低于标准的 ${pct(floorShare, 0)}）`,
    kind: 'schoolIndicators',
    computable: true,
    value: applicable ? passing.length / evaluated.length : null,
    threshold: 1,
    comparator: '>=',
    verdict: applicable ? (passing.length === evaluated.length ? 'pass' : 'fail') : 'notApplicable',
    explanation: applicable
      ? `参评 ${evaluated.length} 个学校（学段）中达标 ${passing.length} 个${passing.length < evaluated.length ? `，未达标 ${evaluated.length - passing.length} 个` : ''}`
      : (reason ?? ''),
    inputs: { evaluated: evaluated.length, passing: passing.length },
    checks: [],
    details: evaluated.map(({ row, result }) => ({
      institutionCode: row.institutionCode,
      institutionName: row.institutionName,
      section,
      label: `${schoolLabel(row)}：${result.explanation}`,
      value: result.metCount,
      threshold: minMet,
      met: result.verdict === 'pass',
    })),
    source: pack.schoolRule.source,
  });

  const limit = pack.cv.limits[section];
  const cvResults: CvResult[] = [];
  for (const def of pack.indicators) {
    const items = evaluated.map(({ row }) => ({
      amount: cvAmount(def, row[def.numerator]),
      students: row.students,
    }));
    const cv = applicable ? weightedCv(items) : null;
    const students = items.reduce((s, i) => s + i.students, 0);
    const amount = items.reduce((s, i) => s + i.amount, 0);
    const verdict: RuleVerdict = !applicable
      ? 'notApplicable'
      : cv === null
        ? 'fail'
        : atMost(cv.cv, limit)
          ? 'pass'
          : 'fail';
    cvResults.push({
      section,
      code: def.code,
      name: def.name,
      mean: cv?.mean ?? (applicable ? 0 : null),
      sd: cv?.sd ?? null,
      cv: cv?.cv ?? null,
      limit,
      verdict,
      schools: evaluated.length,
      students,
    });
    const explanation = !applicable
      ? (reason ?? '')
      : cv === null
        ? `全县${sName}学段 ${def.name} 合计为 0，差异系数无法计算，按未达标处理`
        : `按在校生加权：均值 X̄ = ${fmt(amount)} ÷ ${students} = ${fmt(cv.mean, 4)}，标准差 S = ${fmt(cv.sd, 4)}，差异系数 = S ÷ X̄ = ${fmt(cv.cv, 4)}，${atMost(cv.cv, limit) ? '不超过' : '超过'}上限 ${fmt(limit)}`;
    rules.push({
      ...common,
      ruleId: `CB-CV-${section}-${def.code}`,
      name: `${sName} ${def.code} ${def.name} 校际差异系数`,
      kind: 'cv',
      computable: true,
      value: cv?.cv ?? null,
      threshold: limit,
      comparator: '<=',
      verdict,
      explanation,
      inputs: { amount, students, mean: cv?.mean ?? null, sd: cv?.sd ?? null, schools: evaluated.length },
      checks: [],
      details: evaluated.map(({ row }) => {
        const value = indicatorValue(def, row[def.numerator], row.students);
        return {
          institutionCode: row.institutionCode,
          institutionName: row.institutionName,
          section,
          label: `${schoolLabel(row)} ${def.code} = ${fmt(value)}（${fmt(row[def.numerator])} ÷ ${row.students} 人${def.basis === 'per100Students' ? ' × 100' : ''}）`,
          value,
          threshold: def.thresholds[section],
          met: atLeast(value, def.thresholds[section]),
          inputs: { numerator: row[def.numerator], students: row.students },
        };
      }),
      source: pack.cv.source,
    });
  }
  const cvs = cvResults.map((c) => c.cv);
  const compositeCv =
    applicable && cvs.every((c) => c !== null)
      ? cvs.reduce<number>((s, c) => s + (c ?? 0), 0) / cvs.length
      : null;
  return {
    rules,
    summary: {
      section,
      schoolsEvaluated: evaluated.length,
      schoolsExcluded: excluded.length,
      schoolsPassing: passing.length,
      applicable,
      reason,
      cv: cvResults,
      compositeCv,
    },
  };
}

function guaranteeRules(
  pack: CompulsoryBalancedPack,
  input: CountyEvaluationInput,
  inScope: readonly SchoolSectionInput[],
): RuleResult[] {
  const out: RuleResult[] = [];
  const { inputs } = input;
  for (const def of pack.guarantee) {
    const common = {
      ruleId: def.id,
      standard: 'compulsoryBalanced' as const,
      name: def.name,
      part: def.part,
      section: null,
      kind: 'guarantee' as const,
      computable: true,
      source: def.source,
      checks: [],
    };
    switch (def.kind) {
      case 'classSize': {
        let total = 0;
        const over: RuleDetail[] = [];
        for (const row of inScope) {
          const max = def.maxClassSize[row.section];
          row.classSizes.forEach((size, k) => {
            total += 1;
            if (size > max) {
              over.push({
                institutionCode: row.institutionCode,
                institutionName: row.institutionName,
                section: row.section,
                label: `${schoolLabel(row)}第 ${k + 1} 个班 ${size} 人，超过 ${max} 人`,
                value: size,
                threshold: max,
                met: false,
              });
            }
          });
        }
        const value = total > 0 ? (total - over.length) / total : null;
        out.push({
          ...common,
          value,
          threshold: def.requiredShare,
          comparator: '>=',
          verdict: value === null ? 'incomplete' : atLeast(value, def.requiredShare) ? 'pass' : 'fail',
          explanation:
            value === null
              ? '没有班级数据，无法计算'
              : `共 ${total} 个班，超过班额上限（小学 ${def.maxClassSize.primary} 人、初中 ${def.maxClassSize.junior} 人）的 ${over.length} 个，不超标班级占 ${pct(value)}（要求 ${pct(def.requiredShare)}）`,
          inputs: { classes: total, oversized: over.length },
          details: over,
        });
        break;
      }
      case 'schoolSize': {
        const bySchool = new Map<
          string,
          { name: string; runningType: string; declared: number; sum: number }
        >();
        for (const row of inScope) {
          const s = bySchool.get(row.institutionCode) ?? {
            name: row.institutionName,
            runningType: row.runningType,
            declared: 0,
            sum: 0,
          };
          s.declared = Math.max(s.declared, row.schoolCompulsoryStudents);
          s.sum += row.students;
          bySchool.set(row.institutionCode, s);
        }
        const details: RuleDetail[] = [];
        for (const [code, s] of bySchool) {
          const students = Math.max(s.declared, s.sum);
          const max = def.maxStudentsByRunningType[s.runningType] ?? def.maxStudents;
          if (students > max) {
            details.push({
              institutionCode: code,
              institutionName: s.name,
              section: null,
              label: `${s.name}（${runningTypeName(s.runningType)}）义务教育在校生 ${students} 人，超过 ${max} 人`,
              value: students,
              threshold: max,
              met: false,
            });
          }
        }
        const schools = bySchool.size;
        out.push({
          ...common,
          value: schools > 0 ? details.length : null,
          threshold: 0,
          comparator: '<=',
          verdict: schools === 0 ? 'incomplete' : details.length === 0 ? 'pass' : 'fail',
          explanation:
            schools === 0
              ? '没有学校数据，无法计算'
              : `${schools} 所学校中超过规模上限（一般 ${def.maxStudents} 人${Object.entries(
                  def.maxStudentsByRunningType,
                )
                  .map(([rt, n]) => `，${runningTypeName(rt)} ${n} 人`)
                  .join('')}）的 ${details.length} 所`,
          inputs: { schools, oversized: details.length },
          details,
        });
        break;
      }
      case 'teacherRotation': {
        const e = inputs.rotationEligibleTeachers;
        const r = inputs.rotatedTeachers;
        const b = inputs.rotatedBackboneTeachers;
        const missing = [
          e === null ? '符合交流条件的教师数' : null,
          r === null ? '交流轮岗教师数' : null,
          b === null ? '交流轮岗骨干教师数' : null,
        ].filter((m): m is string => m !== null);
        const rotatedShare = e !== null && r !== null && e > 0 ? r / e : null;
        const backboneShare = r !== null && b !== null && r > 0 ? b / r : r === 0 ? 0 : null;
        const checks = [
          {
            name: '交流轮岗教师占符合条件教师的比例',
            value: rotatedShare,
            threshold: def.minRotatedShare,
            comparator: '>=' as const,
            met: rotatedShare === null ? null : atLeast(rotatedShare, def.minRotatedShare),
          },
          {
            name: '骨干教师占交流轮岗教师的比例',
            value: backboneShare,
            threshold: def.minBackboneShareOfRotated,
            comparator: '>=' as const,
            met: backboneShare === null ? null : atLeast(backboneShare, def.minBackboneShareOfRotated),
          },
        ];
        const verdict: RuleVerdict =
          missing.length > 0 || e === 0
            ? 'incomplete'
            : checks.every((c) => c.met === true)
              ? 'pass'
              : 'fail';
        out.push({
          ...common,
          checks,
          value: rotatedShare,
          threshold: def.minRotatedShare,
          comparator: '>=',
          verdict,
          explanation:
            missing.length > 0
              ? `未录入县级数据：${missing.join('、')}`
              : e === 0
                ? '符合交流条件的教师数为 0，无法计算'
                : `交流轮岗 ${r} 人 ÷ 符合条件 ${e} 人 = ${pct(rotatedShare ?? 0)}（要求不低于 ${pct(def.minRotatedShare)}）；其中骨干 ${b} 人，占 ${pct(backboneShare ?? 0)}（要求不低于 ${pct(def.minBackboneShareOfRotated)}）`,
          inputs: { rotationEligibleTeachers: e, rotatedTeachers: r, rotatedBackboneTeachers: b },
          details: [],
        });
        break;
      }
      case 'teacherCertification': {
        let teachers = 0;
        let certified = 0;
        const details: RuleDetail[] = [];
        for (const row of inScope) {
          teachers += row.teachers;
          certified += row.certifiedTeachers;
          if (row.certifiedTeachers < row.teachers) {
            details.push({
              institutionCode: row.institutionCode,
              institutionName: row.institutionName,
              section: row.section,
              label: `${schoolLabel(row)}专任教师 ${row.teachers} 人，持证 ${row.certifiedTeachers} 人，未持证 ${row.teachers - row.certifiedTeachers} 人`,
              value: row.teachers > 0 ? row.certifiedTeachers / row.teachers : null,
              threshold: def.minShare,
              met: false,
            });
          }
        }
        const value = teachers > 0 ? certified / teachers : null;
        out.push({
          ...common,
          value,
          threshold: def.minShare,
          comparator: '>=',
          verdict: value === null ? 'incomplete' : atLeast(value, def.minShare) ? 'pass' : 'fail',
          explanation:
            value === null
              ? '专任教师数为 0，无法计算'
              : `持证 ${certified} 人 ÷ 专任教师 ${teachers} 人 = ${pct(value)}（要求 ${pct(def.minShare)}）`,
          inputs: { teachers, certifiedTeachers: certified },
          details,
        });
        break;
      }
      case 'specialEducationFunding': {
        const v = inputs.specialEducationFundingPerStudent;
        out.push({
          ...common,
          value: v,
          threshold: def.minPerStudent,
          comparator: '>=',
          verdict: v === null ? 'incomplete' : atLeast(v, def.minPerStudent) ? 'pass' : 'fail',
          explanation:
            v === null
              ? '未录入县级数据：特殊教育学校生均公用经费'
              : `特殊教育学校生均公用经费 ${fmt(v)} 元，${atLeast(v, def.minPerStudent) ? '不低于' : '低于'}标准 ${fmt(def.minPerStudent)} 元`,
          inputs: { specialEducationFundingPerStudent: v },
          details: [],
        });
        break;
      }
    }
  }
  return out;
}

export function evaluateCompulsory(
  pack: CompulsoryBalancedPack,
  input: CountyEvaluationInput,
): CompulsoryEvaluation {
  const rows = input.schools.map((row) => ({ row, result: evaluateSchoolSection(pack, row) }));
  const rules: RuleResult[] = [];
  const sections = {} as Record<Section, SectionSummary>;
  for (const section of SECTIONS) {
    const { rules: r, summary } = sectionRules(pack, section, rows);
    rules.push(...r);
    sections[section] = summary;
  }
  // Guarantee items: every section except those excluded from all rules (special, vocational).
  const inScope = rows.filter((r) => r.result.exclusion?.scope !== 'all').map((r) => r.row);
  rules.push(...guaranteeRules(pack, input, inScope));
  return {
    ...withJudgements('compulsoryBalanced', pack, rules, input.judgements),
    standard: 'compulsoryBalanced',
    schools: rows.map((r) => r.result),
    sections,
  };
}

// ---------------------------------------------------------------------------------------------
// 学前教育普及普惠

export function evaluatePreschool(
  pack: PreschoolUniversalPack,
  input: CountyEvaluationInput,
): PreschoolEvaluation {
  const kgs = input.kindergartens;
  const sum = (f: (k: (typeof kgs)[number]) => number): number => kgs.reduce((s, k) => s + f(k), 0);
  const children = sum((k) => k.children);
  const publicChildren = sum((k) => (k.ownership === 'public' ? k.children : 0));
  const inclusivePrivateChildren = sum((k) => (k.ownership === 'inclusivePrivate' ? k.children : 0));
  const teachers = sum((k) => k.teachers);
  const certified = sum((k) => k.certifiedTeachers);
  const classes = sum((k) => k.classes.length);
  const noKg = kgs.length === 0 ? '未录入幼儿园数据' : children === 0 ? '在园幼儿数合计为 0' : null;

  const rules: RuleResult[] = [];
  for (const def of pack.rules) {
    const common = {
      ruleId: def.id,
      standard: 'preschoolUniversal' as const,
      name: def.name,
      part: def.part,
      section: null,
      kind: 'preschool' as const,
      computable: true,
      source: def.source,
      checks: [],
    };
    const share = (
      numerator: number,
      denominator: number,
      what: string,
      details: RuleDetail[],
      extraInputs: Record<string, number | null>,
    ): RuleResult => {
      const min = 'min' in def ? def.min : 0;
      const value = noKg === null && denominator > 0 ? numerator / denominator : null;
      return {
        ...common,
        value,
        threshold: min,
        comparator: '>=',
        verdict: value === null ? 'incomplete' : atLeast(value, min) ? 'pass' : 'fail',
        explanation:
          value === null
            ? (noKg ?? '分母为 0，无法计算')
            : `${what} = ${fmt(numerator)} ÷ ${fmt(denominator)} = ${pct(value)}（要求不低于 ${pct(min)}）`,
        inputs: { numerator, denominator, ...extraInputs },
        details,
      };
    };
    switch (def.kind) {
      case 'grossEnrolment': {
        const pop = input.inputs.population3to5;
        if (pop === null || pop <= 0) {
          rules.push({
            ...common,
            value: null,
            threshold: def.min,
            comparator: '>=',
            verdict: 'incomplete',
            explanation: pop === null ? '未录入县级数据：3–5 岁常住人口数' : '3–5 岁常住人口数为 0，无法计算',
            inputs: { children, population3to5: pop },
            details: [],
          });
        } else {
          rules.push(share(children, pop, '在园幼儿 ÷ 3–5 岁常住人口', [], { population3to5: pop }));
        }
        break;
      }
      case 'inclusiveCoverage':
        rules.push(
          share(
            publicChildren + inclusivePrivateChildren,
            children,
            '（公办 + 普惠性民办在园幼儿）÷ 全部在园幼儿',
            kgs
              .filter((k) => k.ownership === 'private')
              .map((k) => ({
                institutionCode: k.institutionCode,
                institutionName: k.institutionName,
                section: null,
                label: `${k.institutionName}（${KINDERGARTEN_OWNERSHIP_NAMES.private}）在园幼儿 ${k.children} 人`,
                value: k.children,
                threshold: null,
                met: false,
              })),
            { publicChildren, inclusivePrivateChildren },
          ),
        );
        break;
      case 'publicShare':
        rules.push(share(publicChildren, children, '公办园在园幼儿 ÷ 全部在园幼儿', [], { publicChildren }));
        break;
      case 'childrenPerTeacher': {
        const value = noKg === null && teachers > 0 ? children / teachers : null;
        const verdict: RuleVerdict =
          noKg !== null ? 'incomplete' : value === null ? 'fail' : atMost(value, def.max) ? 'pass' : 'fail';
        rules.push({
          ...common,
          value,
          threshold: def.max,
          comparator: '<=',
          verdict,
          explanation:
            noKg !== null
              ? noKg
              : value === null
                ? `在园幼儿 ${children} 人，专任教师为 0`
                : `在园幼儿 ${children} ÷ 专任教师 ${teachers} = ${fmt(value)}（要求不超过 ${fmt(def.max)}，即 1:${fmt(def.max)}）`,
          inputs: { children, teachers },
          details: kgs.map((k) => ({
            institutionCode: k.institutionCode,
            institutionName: k.institutionName,
            section: null,
            label: `${k.institutionName} 在园幼儿 ${k.children} 人，专任教师 ${k.teachers} 人`,
            value: k.teachers > 0 ? k.children / k.teachers : null,
            threshold: def.max,
            met: k.teachers > 0 ? atMost(k.children / k.teachers, def.max) : k.children === 0,
          })),
        });
        break;
      }
      case 'kindergartenClassSize': {
        const over: RuleDetail[] = [];
        for (const k of kgs) {
          k.classes.forEach((c, i) => {
            const max = def.maxClassSize[c.grade];
            if (c.size > max) {
              over.push({
                institutionCode: k.institutionCode,
                institutionName: k.institutionName,
                section: null,
                label: `${k.institutionName} 第 ${i + 1} 个班（${KG_GRADE_NAMES[c.grade]}）${c.size} 人，超过 ${max} 人`,
                value: c.size,
                threshold: max,
                met: false,
              });
            }
          });
        }
        const value = classes > 0 ? (classes - over.length) / classes : null;
        rules.push({
          ...common,
          value,
          threshold: def.min,
          comparator: '>=',
          verdict: value === null ? 'incomplete' : atLeast(value, def.min) ? 'pass' : 'fail',
          explanation:
            value === null
              ? '没有班级数据，无法计算'
              : `共 ${classes} 个班，超过班额（小班 ${def.maxClassSize.K1}、中班 ${def.maxClassSize.K2}、大班 ${def.maxClassSize.K3} 人）的 ${over.length} 个，达标率 ${pct(value)}（要求不低于 ${pct(def.min)}）`,
          inputs: { classes, oversized: over.length },
          details: over,
        });
        break;
      }
      case 'kindergartenCertification': {
        const value = teachers > 0 ? certified / teachers : null;
        rules.push({
          ...common,
          value,
          threshold: def.min,
          comparator: '>=',
          verdict: value === null ? 'incomplete' : atLeast(value, def.min) ? 'pass' : 'fail',
          explanation:
            value === null
              ? '专任教师数为 0，无法计算'
              : `持证 ${certified} ÷ 专任教师 ${teachers} = ${pct(value)}（要求不低于 ${pct(def.min)}）`,
          inputs: { teachers, certifiedTeachers: certified },
          details: kgs
            .filter((k) => k.certifiedTeachers < k.teachers)
            .map((k) => ({
              institutionCode: k.institutionCode,
              institutionName: k.institutionName,
              section: null,
              label: `${k.institutionName}（${KINDERGARTEN_OWNERSHIP_NAMES[k.ownership]}）专任教师 ${k.teachers} 人，未持证 ${k.teachers - k.certifiedTeachers} 人`,
              value: k.certifiedTeachers / k.teachers,
              threshold: def.min,
              met: false,
            })),
        });
        break;
      }
    }
  }
  return {
    ...withJudgements('preschoolUniversal', pack, rules, input.judgements),
    standard: 'preschoolUniversal',
    totals: {
      kindergartens: kgs.length,
      children,
      publicChildren,
      inclusivePrivateChildren,
      privateChildren: children - publicChildren - inclusivePrivateChildren,
      teachers,
      certifiedTeachers: certified,
      classes,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// County and city

function inputWarnings(packs: RulePackSet, input: CountyEvaluationInput): string[] {
  const warnings: string[] = [];
  const known = new Set([
    ...packs.compulsoryBalanced.judgements.map((j) => j.id),
    ...packs.preschoolUniversal.judgements.map((j) => j.id),
  ]);
  for (const j of input.judgements) {
    if (!known.has(j.itemId)) warnings.push(`评估认定的项目编号“${j.itemId}”不是任何评估认定项，已忽略`);
  }
  const seen = new Set<string>();
  for (const s of input.schools) {
    const key = `${s.institutionCode}|${s.section}`;
    if (seen.has(key))
      warnings.push(
        `学校 ${s.institutionCode}（${s.institutionName}）的${SECTION_NAMES[s.section]}学段出现多次，均已计入`,
      );
    seen.add(key);
  }
  return warnings;
}

export function evaluateCounty(packs: RulePackSet, input: CountyEvaluationInput): CountyEvaluation {
  const compulsoryBalanced = evaluateCompulsory(packs.compulsoryBalanced, input);
  const preschoolUniversal = evaluatePreschool(packs.preschoolUniversal, input);
  const both = [compulsoryBalanced.verdict, preschoolUniversal.verdict];
  const countyStandardsVerdict: Verdict = both.includes('fail')
    ? 'fail'
    : both.includes('incomplete')
      ? 'incomplete'
      : 'pass';
  return {
    countyCode: input.countyCode,
    countyName: input.countyName,
    year: input.year,
    compulsoryBalanced,
    preschoolUniversal,
    countyStandardsVerdict,
    passesBoth: countyStandardsVerdict === 'pass',
    warnings: inputWarnings(packs, input),
  };
}

/** Every county, and T4 = counties passing both standards ÷ counties evaluated. */
export function evaluateCity(packs: RulePackSet, inputs: readonly CountyEvaluationInput[]): CityEvaluation {
  const counties = inputs.map((i) => evaluateCounty(packs, i));
  const passingBoth = counties.filter((c) => c.countyStandardsVerdict === 'pass').length;
  const failing = counties.filter((c) => c.countyStandardsVerdict === 'fail').length;
  const incomplete = counties.filter((c) => c.countyStandardsVerdict === 'incomplete').length;
  return {
    counties,
    t4: {
      evaluated: counties.length,
      passingBoth,
      failing,
      incomplete,
      share: counties.length > 0 ? passingBoth / counties.length : null,
    },
  };
}

/** A rule's source, for callers that show it next to a figure. */
export function sourceText(source: RuleSource): string {
  return `${source.document} ${source.clause} [${source.tag}]${source.url ? ` ${source.url}` : ''}`;
}
