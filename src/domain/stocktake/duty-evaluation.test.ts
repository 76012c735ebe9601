import { describe, expect, it } from 'vitest';
import { dutyEvaluationSchema, type DutyEvaluationRules } from './duty-evaluation.schema.ts';
import { evaluateCounties, rankScores, scoreCounty, type CountyScore } from './duty-evaluation.ts';
import type {
  CountyFacts,
  CountyMeasureFact,
  CountyMilestoneFact,
  CountyTargetFact,
} from './stocktake.types.ts';

/** The rules of the test (not config/duty-evaluation.yaml, which is the bureau's to change). */
const RULES: DutyEvaluationRules = {
  version: 1,
  status: 'R',
  source: '测试设定',
  components: {
    attainment: { weight: 30, scoring: 'proportional' },
    trajectory: {
      weight: 20,
      credit: { met: 1, onTrack: 1, lagging: 0.5, severelyLagging: 0 },
      outlookOnTrackCredit: 0.5,
    },
    milestones: { weight: 25, credit: { done: 1, toVerify: 0.5, overdue: 0 } },
    measures: { weight: 25, credit: { doneOnTime: 1, doneLate: 0.5, blocked: 0, late: 0 } },
  },
  emptyComponent: 'full',
  ranking: { decimals: 1, tieBreak: ['attainment', 'milestones', 'measures', 'trajectory'] },
  leagueTable: {
    order: ['workPlanMissing', 'milestonesOverdue', 'measuresLateOrBlocked', 'targetsBehind', 'targetsMet'],
  },
};

function target(p: Partial<CountyTargetFact> & Pick<CountyTargetFact, 'targetId'>): CountyTargetFact {
  return {
    shortTitle: `目标${p.targetId}`,
    year: 2025,
    value: null,
    threshold: 0.8,
    expected: null,
    status: 'noData',
    outlook: null,
    reason: null,
    ...p,
  };
}

function milestone(p: Partial<CountyMilestoneFact> & Pick<CountyMilestoneFact, 'id'>): CountyMilestoneFact {
  return {
    task: 1,
    title: `节点${p.id}`,
    deadline: '2025-12-31',
    status: 'notDone',
    since: null,
    missing: [],
    detail: '',
    ...p,
  };
}

function measure(p: Partial<CountyMeasureFact> & Pick<CountyMeasureFact, 'id'>): CountyMeasureFact {
  return {
    taskNumber: 1,
    title: `举措${p.id}`,
    ownerName: '张三',
    ownerUnit: '县教育局',
    dueDate: '2025-06-30',
    progress: 'notStarted',
    review: 'none',
    lastReportAt: null,
    overdue: false,
    overdueSince: null,
    escalation: 'none',
    ...p,
  };
}

/** 甲县, evaluated for 2025 as of 2025-12-31 (every figure below worked out by hand). */
const JIA: CountyFacts = {
  orgCode: '999901',
  orgName: '甲县',
  targets: [
    // 60 % of 80 %, trajectory 62 %: gap 2 points = onTrack.
    target({
      targetId: 'T1',
      shortTitle: '公办园在园幼儿占比',
      value: 0.6,
      expected: 0.62,
      status: 'onTrack',
    }),
    target({
      targetId: 'T2',
      shortTitle: '优质园占比',
      value: 0.72,
      threshold: 0.7,
      expected: 0.6,
      status: 'met',
    }),
    // 50 % of 90 %, severely lagging, but the outlook reaches 92 %.
    target({
      targetId: 'T3',
      shortTitle: '强校扩优学校占比',
      value: 0.5,
      threshold: 0.9,
      expected: 0.7,
      status: 'severelyLagging',
      outlook: { value: 0.92, onTrack: true },
    }),
    target({ targetId: 'T4', shortTitle: '达标县占比', status: 'notComputed', reason: '县级不计算' }),
  ],
  milestones: [
    milestone({ id: 'a', deadline: '2024-12-31', status: 'done', since: '2024-10-01' }),
    milestone({
      id: 'b',
      title: '乡镇资源中心全覆盖',
      status: 'overdue',
      since: '2026-01-01',
      missing: [{ code: '999901002', name: '甲二镇', since: '2026-01-01' }],
    }),
    milestone({ id: 'c', status: 'toVerify' }),
    milestone({ id: 'd', deadline: '2027-12-31', status: 'notDone' }),
    milestone({ id: 'e', status: 'notRequired' }),
  ],
  measures: [
    measure({
      id: 'm1',
      dueDate: '2025-06-30',
      progress: 'done',
      review: 'accepted',
      lastReportAt: '2025-06-20T02:00:00Z',
    }),
    // Accepted 2025-10-08, due 2025-09-30: done late.
    measure({
      id: 'm2',
      dueDate: '2025-09-30',
      progress: 'done',
      review: 'accepted',
      lastReportAt: '2025-10-08T02:00:00Z',
    }),
    measure({ id: 'm3', dueDate: '2025-11-30', progress: 'blocked', review: 'accepted', overdue: true }),
    measure({ id: 'm4', dueDate: '2025-10-31', progress: 'inProgress', review: 'submitted', overdue: true }),
    measure({ id: 'm5', dueDate: '2026-06-30', progress: 'inProgress', review: 'accepted' }),
  ],
  workPlan: { approved: true, approvedAt: '2025-03-01T02:00:00Z' },
};

describe('scoreCounty', () => {
  const s = scoreCounty(JIA, RULES, '2025-12-31');
  const part = (k: string) => s.components.find((c) => c.key === k)!;

  it('shares target attainment (30) among the 3 scored targets: 10 each, by value ÷ threshold', () => {
    const a = part('attainment');
    // T1 0.6/0.8 = 0.75 → 7.5; T2 met → 10; T3 0.5/0.9 = 5/9 → 5.5556. Σ 23.0556.
    expect(a.items.map((i) => i.ref)).toEqual(['T1', 'T2', 'T3']);
    expect(a.items.map((i) => i.max)).toEqual([10, 10, 10]);
    expect(a.items[0]!.points).toBeCloseTo(7.5, 9);
    expect(a.items[1]!.points).toBeCloseTo(10, 9);
    expect(a.items[2]!.points).toBeCloseTo(50 / 9, 9);
    expect(a.points).toBeCloseTo(7.5 + 10 + 50 / 9, 9);
    expect(a.excluded).toEqual([
      { ref: 'T4', label: 'T4 达标县占比', reason: '2025 年暂未计算（县级不计算），不计分' },
    ]);
    expect(a.items[0]!.explanation).toBe(
      'T1 公办园在园幼儿占比 2025 年 60.0%，目标 80.0%，未达标，按达成度 60.0% ÷ 80.0% = 75.0% 计：得 10 分中的 7.5 分',
    );
    expect(a.items[1]!.explanation).toBe('T2 优质园占比 2025 年 72.0%，目标 70.0%，达标：得 10 分中的 10 分');
  });

  it('scores the trajectory (20) by status, raised to 0.5 when the outlook reaches the target', () => {
    const t = part('trajectory');
    // 20/3 each: T1 onTrack 1, T2 met 1, T3 severely lagging 0 → outlook 0.5. Σ 20/3 × 2.5 = 16.6667.
    expect(t.items.map((i) => i.credit)).toEqual([1, 1, 0.5]);
    expect(t.points).toBeCloseTo((20 / 3) * 2.5, 9);
    expect(t.items[2]!.explanation).toBe(
      'T3 强校扩优学校占比 2025 年 50.0%，按轨迹应达 70.0%，严重滞后，但按趋势 2027 年可达 92.0%（不低于目标 90.0%），按 0.5 计：得 6.67 分中的 3.33 分',
    );
  });

  it('scores the 3 milestones due and concerning the county (25): done 1, overdue 0, toVerify 0.5', () => {
    const m = part('milestones');
    expect(m.items.map((i) => [i.ref, i.credit])).toEqual([
      ['a', 1],
      ['b', 0],
      ['c', 0.5],
    ]);
    expect(m.points).toBeCloseTo(25 / 3 + 25 / 6, 9); // 12.5
    expect(m.items[1]!.explanation).toBe(
      '时间节点“乡镇资源中心全覆盖”（截止 2025-12-31）逾期未完成，自 2026-01-01 起；缺：甲二镇，按 0 计：得 8.33 分中的 0 分',
    );
    expect(m.excluded.map((x) => x.ref)).toEqual(['d', 'e']);
  });

  it('scores the 4 measures due (25): on time 1, done late 0.5, blocked 0, late 0', () => {
    const m = part('measures');
    expect(m.items.map((i) => [i.ref, i.credit])).toEqual([
      ['m1', 1],
      ['m2', 0.5],
      ['m3', 0],
      ['m4', 0],
    ]);
    expect(m.points).toBeCloseTo(6.25 + 3.125, 9); // 9.375
    expect(m.excluded.map((x) => x.ref)).toEqual(['m5']);
  });

  it('adds up to 61.60', () => {
    // 23.0556 + 16.6667 + 12.5 + 9.375 = 61.5972
    expect(s.total).toBeCloseTo((30 * (0.75 + 1 + 5 / 9)) / 3 + 50 / 3 + 12.5 + 9.375, 9);
    expect(s.total.toFixed(2)).toBe('61.60');
  });

  it('gives no points for the measures to a county without an approved work plan', () => {
    const noPlan: CountyFacts = { ...JIA, measures: [], workPlan: { approved: false, approvedAt: null } };
    const m = scoreCounty(noPlan, RULES, '2025-12-31').components[3]!;
    expect([m.points, m.effectiveWeight]).toEqual([0, 25]);
    expect(m.note).toBe('本县还没有经市级批准的工作方案（举措），本部分 25 分不得分');
    // Spreading the weights does not hand its 25 points to the other parts either.
    const spread = scoreCounty(noPlan, { ...RULES, emptyComponent: 'redistribute' }, '2025-12-31');
    expect(spread.components.map((c) => c.effectiveWeight)).toEqual([30, 20, 25, 25]);
  });

  it('counts a part with nothing to score as full marks, or spreads its weight', () => {
    const none: CountyFacts = { ...JIA, measures: [] };
    expect(scoreCounty(none, RULES, '2025-12-31').components[3]!.points).toBe(25);
    const spread = scoreCounty(none, { ...RULES, emptyComponent: 'redistribute' }, '2025-12-31');
    // The other weights 30, 20, 25 become 40, 26.67, 33.33; T1 attainment: 40/3 × 0.75 = 10.
    expect(spread.components.map((c) => Number(c.effectiveWeight.toFixed(4)))).toEqual([
      40, 26.6667, 33.3333, 0,
    ]);
    expect(spread.components[0]!.items[0]!.points).toBeCloseTo(10, 9);
    expect(spread.components[3]!.points).toBe(0);
  });
});

describe('rankScores', () => {
  const fake = (orgCode: string, orgName: string, parts: [number, number, number, number]) => ({
    orgCode,
    orgName,
    total: parts.reduce((a, b) => a + b, 0),
    components: (['attainment', 'trajectory', 'milestones', 'measures'] as const).map((key, i) => ({
      key,
      label: key,
      weight: 25,
      effectiveWeight: 25,
      points: parts[i]!,
      items: [],
      excluded: [],
      note: null,
    })),
  });

  it('ranks by total, breaks equal totals by attainment, and shares the rank when all are equal', () => {
    const ranked: CountyScore[] = rankScores(
      [
        fake('999904', '丁县', [20, 20, 15, 15]), // 70, attainment 20
        fake('999901', '甲县', [30, 20, 15, 15]), // 80
        fake('999903', '丙县', [25, 15, 15, 15]), // 70, attainment 25 → before 丁县
        fake('999902', '乙县', [25, 15, 15, 15]), // the same as 丙县 → both 2nd, 乙县 listed first (code)
      ],
      RULES,
    );
    expect(ranked.map((r) => [r.orgName, r.rank, r.tied])).toEqual([
      ['甲县', 1, false],
      ['乙县', 2, true],
      ['丙县', 2, true],
      ['丁县', 4, false],
    ]);
    expect(ranked[0]!.tieNote).toBeNull();
    expect(ranked[3]!.tieNote).toBe(
      '与乙县总分相同（70.0 分），按目标达成得分较低（20 对 25）排在其后；与丙县总分相同（70.0 分），按目标达成得分较低（20 对 25）排在其后',
    );
    expect(ranked[1]!.tieNote).toContain(
      '与丙县总分和目标达成、时间节点、举措落实、目标进度得分均相同，并列第 2 名',
    );
  });

  it('compares totals rounded to the configured decimals', () => {
    const r = rankScores([fake('1', '甲', [10, 10, 10, 10.04]), fake('2', '乙', [10, 10, 10, 10])], RULES);
    // 40.04 and 40.00 are both 40.0: equal, attainment equal … all parts rounded equal → tied.
    expect(r.map((x) => x.rank)).toEqual([1, 1]);
  });
});

describe('evaluateCounties', () => {
  it('shows the method with the weights and says they are the bureau’s to set', () => {
    const e = evaluateCounties([JIA], RULES, 2025, '2025-12-31');
    expect(e.counties[0]!.rank).toBe(1);
    expect(e.method[0]).toBe(
      '权重（满分 100）：目标达成 30 分，目标进度 20 分，时间节点 25 分，举措落实 25 分。权重和规则由市教育局确定；当前为测试设定。',
    );
  });
});

describe('dutyEvaluationSchema', () => {
  it('refuses weights that do not add up to 100, naming the components', () => {
    const bad = {
      ...RULES,
      components: { ...RULES.components, measures: { ...RULES.components.measures, weight: 20 } },
    };
    const r = dutyEvaluationSchema.safeParse(bad);
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0]!;
    expect(issue.path).toEqual(['components']);
    expect(issue.message).toBe(
      '四部分的权重之和应为 100，现为 attainment 30 + trajectory 20 + milestones 25 + measures 20 = 95',
    );
  });

  it('refuses a credit above 1 and a repeated tie-break part', () => {
    const bad = {
      ...RULES,
      components: {
        ...RULES.components,
        milestones: { weight: 25, credit: { done: 2, toVerify: 0.5, overdue: 0 } },
      },
      ranking: { decimals: 1, tieBreak: ['attainment', 'attainment'] },
    };
    const r = dutyEvaluationSchema.safeParse(bad);
    expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['components.milestones.credit.done', '已完成的得分比例不能大于 1（1 = 该项满分）'],
      ['ranking.tieBreak', '同一部分不能重复出现'],
    ]);
  });
});
