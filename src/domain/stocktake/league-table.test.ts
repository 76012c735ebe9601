import { describe, expect, it } from 'vitest';
import { leagueFigures, leagueTable } from './league-table.ts';
import type { CountyFacts, CountyMeasureFact, CountyMilestoneFact } from './stocktake.types.ts';
import type { TargetStatus } from '../targets/target.status.ts';

const ORDER = [
  'workPlanMissing',
  'milestonesOverdue',
  'measuresLateOrBlocked',
  'targetsBehind',
  'targetsMet',
] as const;

function ms(id: string, status: CountyMilestoneFact['status'], deadline = '2025-12-31'): CountyMilestoneFact {
  return { id, task: 1, title: id, deadline, status, since: null, missing: [], detail: '' };
}

function me(id: string, p: Partial<CountyMeasureFact>): CountyMeasureFact {
  return {
    id,
    taskNumber: 1,
    title: id,
    ownerName: '张三',
    ownerUnit: '县教育局',
    dueDate: '2026-06-30',
    progress: 'inProgress',
    review: 'accepted',
    lastReportAt: null,
    overdue: false,
    overdueSince: null,
    escalation: 'none',
    ...p,
  };
}

function county(
  orgCode: string,
  orgName: string,
  statuses: TargetStatus[],
  milestones: CountyMilestoneFact[],
  measures: CountyMeasureFact[],
  approved = true,
): CountyFacts {
  return {
    workPlan: { approved, approvedAt: approved ? '2026-03-01T00:00:00Z' : null },
    orgCode,
    orgName,
    targets: statuses.map((status, i) => ({
      targetId: `T${i + 1}`,
      shortTitle: `T${i + 1}`,
      year: 2025,
      value: 0.5,
      threshold: 0.8,
      expected: 0.6,
      status,
      outlook: null,
      reason: null,
    })),
    milestones,
    measures,
  };
}

const late = me('late', { dueDate: '2026-03-31', overdue: true });
const blocked = me('blocked', { dueDate: '2026-12-31', progress: 'blocked' });
const lateAndBlocked = me('both', { dueDate: '2026-03-31', progress: 'blocked', overdue: true });
const done = me('done', { progress: 'done', review: 'accepted', lastReportAt: '2026-03-01T00:00:00Z' });

describe('leagueFigures', () => {
  it('counts a measure late and blocked once in measuresLateOrBlocked', () => {
    const f = leagueFigures(
      county(
        '1',
        '甲',
        ['met', 'lagging', 'severelyLagging', 'onTrack', 'noData'],
        [ms('a', 'overdue'), ms('b', 'done'), ms('c', 'notDone', '2027-12-31'), ms('d', 'notRequired')],
        [late, blocked, lateAndBlocked, done],
      ),
      '2026-11-15',
    );
    expect(f).toMatchObject({
      workPlanMissing: 0,
      targetsMet: 1,
      targetsBehind: 2,
      targetsOnTrack: 1,
      targetsScored: 4,
      milestonesOverdue: 1,
      milestonesDone: 1,
      milestonesDue: 2,
      measuresDone: 1,
      measuresLate: 2,
      measuresBlocked: 2,
      measuresLateOrBlocked: 3,
      measuresTotal: 4,
    });
  });
});

describe('leagueTable', () => {
  // 甲: 1 overdue milestone. 乙, 丙: none overdue, 2 measures late or blocked, 1 target behind, 1 met.
  // 丁: none overdue, 2 late or blocked, no target behind. 戊: nothing late — but no approved work
  // plan, which the order puts first. Order: 丁, 乙 = 丙, 甲, 戊.
  const jia = county('999901', '甲县', ['met', 'lagging', 'lagging'], [ms('a', 'overdue')], []);
  const yi = county('999902', '乙县', ['met', 'lagging'], [ms('a', 'done')], [late, blocked]);
  const bing = county('999903', '丙县', ['lagging', 'met'], [ms('a', 'done')], [lateAndBlocked, late]);
  const ding = county('999904', '丁县', ['onTrack'], [ms('a', 'done')], [late, blocked]);
  const wu = county('999905', '戊县', ['met'], [ms('a', 'done')], [], false);
  const t = leagueTable([jia, yi, bing, ding, wu], ORDER, '2026-11-15');

  it('orders by the figures in turn and shares the rank of equal rows', () => {
    expect(t.rows.map((r) => [r.orgName, r.rank, r.tied])).toEqual([
      ['丁县', 1, false],
      ['乙县', 2, true],
      ['丙县', 2, true],
      ['甲县', 4, false],
      ['戊县', 5, false],
    ]);
  });

  it('says which figure placed each row below the one above', () => {
    expect(t.rows.map((r) => r.decidedBy)).toEqual([
      null,
      '与丁县①②③相同，④ 滞后于轨迹的目标数 1 对 0（较多）',
      '与乙县各项相同，并列第 2 名',
      '与丙县①相同，② 逾期未完成的时间节点数 1 对 0（较多）',
      '与甲县① 没有经批准的工作方案 1 对 0（较多）',
    ]);
  });

  it('shows the method', () => {
    expect(t.method).toBe(
      '排序方法：依次比较 ① 没有经批准的工作方案（少者在前），② 逾期未完成的时间节点数（少者在前），③ 逾期或受阻的举措数（少者在前），④ 滞后于轨迹的目标数（少者在前），⑤ 已达标的目标数（多者在前）；各项均相同者并列，按单位代码排列。数字都取自已有的数据和报送，不另行填报。',
    );
  });
});
