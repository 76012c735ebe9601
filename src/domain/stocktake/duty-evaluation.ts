/**
 * The county duty evaluation (督导评价, plan 三(一) "纳入对市县人民政府履行教育职责督导评价"): a
 * yearly score of each county out of 100 from four parts — target attainment, progress against the
 * trajectory (and the 2027 outlook), milestones due, measures due — weighted as
 * config/duty-evaluation.yaml says. Each part's weight is shared equally among the items it scores
 * for the county; every item's points come with a sentence naming the figure they came from. Then
 * the counties are ranked, ties broken by the parts in the configured order and explained. Pure.
 */
import {
  COMPONENT_LABELS,
  COMPONENTS,
  type ComponentKey,
  type DutyEvaluationRules,
} from './duty-evaluation.schema.ts';
import { dayOfInstant, measureDelivery, SCORED_STATUSES, type CountyFacts } from './stocktake.types.ts';

export interface ScoredItem {
  /** Target id, milestone id or measure id. */
  ref: string;
  label: string;
  /** The points this item may earn. */
  max: number;
  points: number;
  /** 0–1: points ÷ max. */
  credit: number;
  /** One Chinese sentence: the figure, the rule, the points. */
  explanation: string;
}

export interface ExcludedItem {
  ref: string;
  label: string;
  /** Why it is not scored, in Chinese. */
  reason: string;
}

export interface ComponentScore {
  key: ComponentKey;
  label: string;
  /** The configured weight. */
  weight: number;
  /** The weight after redistribution (emptyComponent: redistribute), else the weight. */
  effectiveWeight: number;
  points: number;
  items: ScoredItem[];
  excluded: ExcludedItem[];
  /** Set when nothing was to score: how the part was counted. */
  note: string | null;
}

export interface CountyScore {
  orgCode: string;
  orgName: string;
  /** Σ of the parts (out of 100). */
  total: number;
  components: ComponentScore[];
  rank: number;
  /** Shares its rank with other counties (equal in total and in every tie-break part). */
  tied: boolean;
  /** How its place against its neighbours was decided when totals are equal; null otherwise. */
  tieNote: string | null;
}

export interface DutyEvaluation {
  year: number;
  /** Milestones and measures due up to this day count (the year's end, or today within the year). */
  asOf: string;
  counties: CountyScore[];
  /** The method in Chinese, one line per rule. */
  method: string[];
}

const EPSILON = 1e-9;

/** 10 → "10", 5.714285 → "5.71", 0.5 → "0.5". */
export function formatPoints(v: number): string {
  return String(Number(v.toFixed(2)));
}

const pct = (v: number | null): string => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

const STATUS_WORDS: Record<string, string> = {
  met: '达标',
  onTrack: '进度正常',
  lagging: '滞后',
  severelyLagging: '严重滞后',
  preBaseline: '基线年前',
  noData: '无统计对象',
  notComputed: '暂未计算',
};

const MILESTONE_WORDS: Record<string, string> = {
  done: '已完成',
  notDone: '未完成',
  overdue: '逾期未完成',
  toVerify: '待核实',
  notRequired: '不涉及',
};

function scoredLine(body: string, points: number, max: number): string {
  return `${body}：得 ${formatPoints(max)} 分中的 ${formatPoints(points)} 分`;
}

interface Draft {
  items: Array<Omit<ScoredItem, 'max' | 'points' | 'explanation'> & { text: string }>;
  excluded: ExcludedItem[];
  emptyNote: string;
}

function attainmentDraft(c: CountyFacts, rules: DutyEvaluationRules): Draft {
  const r = rules.components.attainment;
  const d: Draft = { items: [], excluded: [], emptyNote: '没有可计算的目标' };
  for (const t of c.targets) {
    const label = `${t.targetId} ${t.shortTitle}`;
    if (!SCORED_STATUSES.has(t.status) || t.value === null) {
      d.excluded.push({
        ref: t.targetId,
        label,
        reason: `${t.year} 年${STATUS_WORDS[t.status] ?? t.status}${t.reason ? `（${t.reason}）` : ''}，不计分`,
      });
      continue;
    }
    const met = t.status === 'met' || t.value >= t.threshold - EPSILON;
    const ratio = t.threshold > 0 ? Math.min(1, t.value / t.threshold) : 1;
    const credit = met ? 1 : r.scoring === 'binary' ? 0 : ratio;
    const rule = met
      ? '达标'
      : r.scoring === 'binary'
        ? '未达标（按规则达标才得分）'
        : `未达标，按达成度 ${pct(t.value)} ÷ ${pct(t.threshold)} = ${(ratio * 100).toFixed(1)}% 计`;
    d.items.push({
      ref: t.targetId,
      label,
      credit,
      text: `${label} ${t.year} 年 ${pct(t.value)}，目标 ${pct(t.threshold)}，${rule}`,
    });
  }
  return d;
}

function trajectoryDraft(c: CountyFacts, rules: DutyEvaluationRules): Draft {
  const r = rules.components.trajectory;
  const d: Draft = { items: [], excluded: [], emptyNote: '没有可计算的目标' };
  for (const t of c.targets) {
    const label = `${t.targetId} ${t.shortTitle}`;
    if (!SCORED_STATUSES.has(t.status) || t.value === null) {
      d.excluded.push({
        ref: t.targetId,
        label,
        reason: `${t.year} 年${STATUS_WORDS[t.status] ?? t.status}，不计分`,
      });
      continue;
    }
    const status = t.status as 'met' | 'onTrack' | 'lagging' | 'severelyLagging';
    let credit = r.credit[status];
    let rule = `${STATUS_WORDS[status]}，按 ${credit} 计`;
    if (t.outlook?.onTrack === true && credit < r.outlookOnTrackCredit) {
      credit = r.outlookOnTrackCredit;
      rule =
        `${STATUS_WORDS[status]}，但按趋势 2027 年可达 ${pct(t.outlook.value)}（不低于目标 ${pct(t.threshold)}），` +
        `按 ${credit} 计`;
    }
    const expected = t.expected === null ? '' : `，按轨迹应达 ${pct(t.expected)}`;
    d.items.push({
      ref: t.targetId,
      label,
      credit,
      text: `${label} ${t.year} 年 ${pct(t.value)}${expected}，${rule}`,
    });
  }
  return d;
}

function milestonesDraft(c: CountyFacts, rules: DutyEvaluationRules, asOf: string): Draft {
  const r = rules.components.milestones;
  const d: Draft = { items: [], excluded: [], emptyNote: `截至 ${asOf} 没有到期的时间节点` };
  for (const m of c.milestones) {
    if (m.status === 'notRequired') {
      d.excluded.push({ ref: m.id, label: m.title, reason: '本县不涉及，不计分' });
      continue;
    }
    if (m.deadline > asOf) {
      d.excluded.push({
        ref: m.id,
        label: m.title,
        reason: `截止 ${m.deadline}，截至 ${asOf} 未到期，不计分`,
      });
      continue;
    }
    // A milestone past its deadline and not done counts as overdue whatever its recorded word.
    const status = m.status === 'done' || m.status === 'toVerify' ? m.status : 'overdue';
    const credit = r.credit[status];
    const missing =
      status === 'overdue' && m.missing.length > 0 ? `；缺：${m.missing.map((x) => x.name).join('、')}` : '';
    const since = status === 'overdue' && m.since ? `，自 ${m.since} 起` : '';
    d.items.push({
      ref: m.id,
      label: m.title,
      credit,
      text: `时间节点“${m.title}”（截止 ${m.deadline}）${MILESTONE_WORDS[status]}${since}${missing}，按 ${credit} 计`,
    });
  }
  return d;
}

function measuresDraft(c: CountyFacts, rules: DutyEvaluationRules, asOf: string): Draft {
  const r = rules.components.measures;
  const d: Draft = { items: [], excluded: [], emptyNote: `截至 ${asOf} 没有到期的举措` };
  for (const m of c.measures) {
    const del = measureDelivery(m, asOf);
    // Done early (accepted by the evaluation day) counts as done on time; otherwise only due ones count.
    const doneBy = del.done && m.lastReportAt !== null && dayOfInstant(m.lastReportAt) <= asOf;
    if (m.dueDate > asOf && !doneBy) {
      d.excluded.push({
        ref: m.id,
        label: m.title,
        reason: `截止 ${m.dueDate}，截至 ${asOf} 未到期，不计分`,
      });
      continue;
    }
    let key: keyof typeof r.credit;
    let word: string;
    if (del.done) {
      key = del.doneOnTime ? 'doneOnTime' : 'doneLate';
      word = del.doneOnTime ? '按期完成' : '逾期后完成';
    } else if (del.blocked) {
      key = 'blocked';
      word = '受阻';
    } else {
      key = 'late';
      word = '逾期未完成';
    }
    const credit = r.credit[key];
    const report = m.lastReportAt ? `，最近报送 ${dayOfInstant(m.lastReportAt)}` : '，未报送';
    d.items.push({
      ref: m.id,
      label: m.title,
      credit,
      text: `举措“${m.title}”（任务 ${m.taskNumber}，截止 ${m.dueDate}）${word}${report}，按 ${credit} 计`,
    });
  }
  return d;
}

function drafts(c: CountyFacts, rules: DutyEvaluationRules, asOf: string): Record<ComponentKey, Draft> {
  return {
    attainment: attainmentDraft(c, rules),
    trajectory: trajectoryDraft(c, rules),
    milestones: milestonesDraft(c, rules, asOf),
    measures: measuresDraft(c, rules, asOf),
  };
}

/** One county's score (rank fields left for `rankScores`). */
export function scoreCounty(
  c: CountyFacts,
  rules: DutyEvaluationRules,
  asOf: string,
): Omit<CountyScore, 'rank' | 'tied' | 'tieNote'> {
  const d = drafts(c, rules, asOf);
  const empty = (k: ComponentKey) => d[k].items.length === 0 && !(k === 'measures' && !c.workPlan.approved);
  const filledWeight = COMPONENTS.filter((k) => !empty(k)).reduce(
    (s, k) => s + rules.components[k].weight,
    0,
  );
  const redistribute = rules.emptyComponent === 'redistribute' && filledWeight > 0;
  const components: ComponentScore[] = COMPONENTS.map((k) => {
    const weight = rules.components[k].weight;
    const draft = d[k];
    if (k === 'measures' && !c.workPlan.approved) {
      // No approved work plan is the first failure of delivery: never full marks for "nothing due".
      return {
        key: k,
        label: COMPONENT_LABELS[k],
        weight,
        effectiveWeight: weight,
        points: 0,
        items: [],
        excluded: draft.excluded,
        note: `本县还没有经市级批准的工作方案（举措），本部分 ${formatPoints(weight)} 分不得分`,
      };
    }
    if (empty(k)) {
      const points = redistribute ? 0 : weight;
      return {
        key: k,
        label: COMPONENT_LABELS[k],
        weight,
        effectiveWeight: points,
        points,
        items: [],
        excluded: draft.excluded,
        note: redistribute
          ? `${draft.emptyNote}，本部分 ${formatPoints(weight)} 分按比例分给其他部分`
          : `${draft.emptyNote}，本部分按满分 ${formatPoints(weight)} 分计`,
      };
    }
    const effectiveWeight = redistribute ? (weight * 100) / filledWeight : weight;
    const per = effectiveWeight / draft.items.length;
    const items = draft.items.map((i) => {
      const points = per * i.credit;
      return {
        ref: i.ref,
        label: i.label,
        max: per,
        points,
        credit: i.credit,
        explanation: scoredLine(i.text, points, per),
      };
    });
    return {
      key: k,
      label: COMPONENT_LABELS[k],
      weight,
      effectiveWeight,
      points: items.reduce((s, i) => s + i.points, 0),
      items,
      excluded: draft.excluded,
      note: null,
    };
  });
  return {
    orgCode: c.orgCode,
    orgName: c.orgName,
    total: components.reduce((s, x) => s + x.points, 0),
    components,
  };
}

const rounded = (v: number, decimals: number) => Number(v.toFixed(decimals));

/**
 * Ranks the scores: by total (rounded to `ranking.decimals`), then by the parts of
 * `ranking.tieBreak` in order; counties equal in all of them share a rank (1, 1, 3 …) and are
 * listed by code. Counties with an equal total get a note saying how their order was decided.
 */
export function rankScores(
  scores: ReadonlyArray<Omit<CountyScore, 'rank' | 'tied' | 'tieNote'>>,
  rules: DutyEvaluationRules,
): CountyScore[] {
  const dec = rules.ranking.decimals;
  const part = (s: (typeof scores)[number], k: ComponentKey) =>
    rounded(s.components.find((c) => c.key === k)!.points, dec);
  const keys = (s: (typeof scores)[number]) => [
    rounded(s.total, dec),
    ...rules.ranking.tieBreak.map((k) => part(s, k)),
  ];
  const compare = (a: (typeof scores)[number], b: (typeof scores)[number]) => {
    const ka = keys(a);
    const kb = keys(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return kb[i]! - ka[i]!;
    return 0;
  };
  const sorted = [...scores].sort((a, b) => compare(a, b) || a.orgCode.localeCompare(b.orgCode));
  const out: CountyScore[] = [];
  sorted.forEach((s, i) => {
    const prev = sorted[i - 1];
    const rank = prev && compare(prev, s) === 0 ? out[i - 1]!.rank : i + 1;
    out.push({ ...s, rank, tied: false, tieNote: null });
  });
  for (let i = 0; i < out.length; i++) {
    const s = out[i]!;
    const sameTotal = out.filter((o) => o !== s && rounded(o.total, dec) === rounded(s.total, dec));
    if (sameTotal.length === 0) continue;
    const tiedWith = sameTotal.filter((o) => o.rank === s.rank);
    s.tied = tiedWith.length > 0;
    const parts: string[] = [];
    for (const o of sameTotal) {
      if (o.rank === s.rank) {
        parts.push(
          `与${o.orgName}总分和${rules.ranking.tieBreak.map((k) => COMPONENT_LABELS[k]).join('、')}得分均相同，并列第 ${s.rank} 名`,
        );
        continue;
      }
      const k = rules.ranking.tieBreak.find((k) => part(o, k) !== part(s, k))!;
      const mine = part(s, k);
      const theirs = part(o, k);
      parts.push(
        `与${o.orgName}总分相同（${rounded(s.total, dec).toFixed(dec)} 分），按${COMPONENT_LABELS[k]}得分` +
          `${mine > theirs ? '较高' : '较低'}（${formatPoints(mine)} 对 ${formatPoints(theirs)}）排在其${mine > theirs ? '前' : '后'}`,
      );
    }
    s.tieNote = parts.join('；');
  }
  return out;
}

/** The method as the pages and exports show it. */
export function evaluationMethod(rules: DutyEvaluationRules): string[] {
  const c = rules.components;
  const lines = [
    `权重（满分 100）：${COMPONENTS.map((k) => `${COMPONENT_LABELS[k]} ${formatPoints(c[k].weight)} 分`).join('，')}。` +
      (rules.status === 'R'
        ? `权重和规则由市教育局确定；当前为${rules.source}。`
        : `来源：${rules.source}。`),
    `目标达成：本县可计算的每个目标平分本部分分数；达标得满分，${c.attainment.scoring === 'binary' ? '未达标不得分' : '未达标按达成度（实际值 ÷ 目标值）计分'}。`,
    `目标进度：按相对轨迹的状态计分（达标 ${c.trajectory.credit.met}、进度正常 ${c.trajectory.credit.onTrack}、滞后 ${c.trajectory.credit.lagging}、严重滞后 ${c.trajectory.credit.severelyLagging}）；按趋势 2027 年可达标的，至少按 ${c.trajectory.outlookOnTrackCredit} 计。`,
    `时间节点：评价截止日前到期、本县涉及的节点平分本部分分数（已完成 ${c.milestones.credit.done}、待核实 ${c.milestones.credit.toVerify}、逾期未完成 ${c.milestones.credit.overdue}）。`,
    `举措落实：评价截止日前到期的举措平分本部分分数（按期完成 ${c.measures.credit.doneOnTime}、逾期后完成 ${c.measures.credit.doneLate}、受阻 ${c.measures.credit.blocked}、逾期未完成 ${c.measures.credit.late}）。`,
    rules.emptyComponent === 'full'
      ? '某部分没有可评事项时，该部分按满分计；但没有经批准的工作方案的县，举措落实部分不得分。'
      : '某部分没有可评事项时，其权重按比例分给其他部分；但没有经批准的工作方案的县，举措落实部分不得分。',
    `排名：按总分（保留 ${rules.ranking.decimals} 位小数）从高到低；总分相同时依次比较${rules.ranking.tieBreak.map((k) => COMPONENT_LABELS[k]).join('、')}得分；仍相同者并列。`,
  ];
  return lines;
}

/** The evaluation of every county for a year. */
export function evaluateCounties(
  counties: readonly CountyFacts[],
  rules: DutyEvaluationRules,
  year: number,
  asOf: string,
): DutyEvaluation {
  return {
    year,
    asOf,
    counties: rankScores(
      counties.map((c) => scoreCounty(c, rules, asOf)),
      rules,
    ),
    method: evaluationMethod(rules),
  };
}
