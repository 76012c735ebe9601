/**
 * The stocktake's league table (月度调度排名): the same few figures for every county, ranked by the
 * figures of config/duty-evaluation.yaml `leagueTable.order` compared one after another (each has
 * its better direction); counties equal in all of them share the rank. Each row says which figure
 * placed it below the row above. Pure.
 */
import { LEAGUE_FIGURES, type LeagueFigure } from './duty-evaluation.schema.ts';
import { BEHIND_STATUSES, measureDelivery, type CountyFacts } from './stocktake.types.ts';

export type LeagueFigures = Record<LeagueFigure, number> & {
  targetsScored: number;
  targetsOnTrack: number;
  milestonesDue: number;
  milestonesToVerify: number;
  measuresTotal: number;
};

export interface LeagueRow {
  orgCode: string;
  orgName: string;
  figures: LeagueFigures;
  rank: number;
  tied: boolean;
  /** Why the row stands below the one above: the first figure that differs, in Chinese; null for the first row. */
  decidedBy: string | null;
}

export interface LeagueTable {
  order: LeagueFigure[];
  /** The method in Chinese. */
  method: string;
  rows: LeagueRow[];
}

/** The figures of one county as of `asOf`. */
export function leagueFigures(c: CountyFacts, asOf: string): LeagueFigures {
  let targetsMet = 0;
  let targetsBehind = 0;
  let targetsOnTrack = 0;
  for (const t of c.targets) {
    if (t.status === 'met') targetsMet++;
    else if (t.status === 'onTrack') targetsOnTrack++;
    else if (BEHIND_STATUSES.has(t.status)) targetsBehind++;
  }
  let milestonesOverdue = 0;
  let milestonesDone = 0;
  let milestonesDue = 0;
  let milestonesToVerify = 0;
  for (const m of c.milestones) {
    if (m.status === 'notRequired') continue;
    if (m.status === 'done') milestonesDone++;
    if (m.status === 'toVerify') milestonesToVerify++;
    if (m.deadline <= asOf) {
      milestonesDue++;
      if (m.status === 'overdue' || m.status === 'notDone') milestonesOverdue++;
    }
  }
  let measuresDone = 0;
  let measuresLate = 0;
  let measuresBlocked = 0;
  let measuresLateOrBlocked = 0;
  for (const m of c.measures) {
    const d = measureDelivery(m, asOf);
    if (d.done) measuresDone++;
    if (d.late) measuresLate++;
    if (d.blocked) measuresBlocked++;
    if (d.late || d.blocked) measuresLateOrBlocked++;
  }
  return {
    workPlanMissing: c.workPlan.approved ? 0 : 1,
    targetsMet,
    targetsBehind,
    targetsOnTrack,
    targetsScored: targetsMet + targetsBehind + targetsOnTrack,
    milestonesOverdue,
    milestonesDone,
    milestonesDue,
    milestonesToVerify,
    measuresDone,
    measuresLate,
    measuresBlocked,
    measuresLateOrBlocked,
    measuresTotal: c.measures.length,
  };
}

const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧'];

export function leagueMethod(order: readonly LeagueFigure[]): string {
  return (
    `排序方法：依次比较 ${order
      .map(
        (f, i) =>
          `${CIRCLED[i]} ${LEAGUE_FIGURES[f].label}（${LEAGUE_FIGURES[f].better === 'lower' ? '少者在前' : '多者在前'}）`,
      )
      .join('，')}；` + '各项均相同者并列，按单位代码排列。数字都取自已有的数据和报送，不另行填报。'
  );
}

/** Ranks the counties by `order`. */
export function leagueTable(
  counties: readonly CountyFacts[],
  order: readonly LeagueFigure[],
  asOf: string,
): LeagueTable {
  const rows = counties.map((c) => ({
    orgCode: c.orgCode,
    orgName: c.orgName,
    figures: leagueFigures(c, asOf),
  }));
  /** Negative when a is better. */
  const cmp = (a: LeagueFigures, b: LeagueFigures): { diff: number; figure: LeagueFigure | null } => {
    for (const f of order) {
      if (a[f] !== b[f]) {
        const diff = LEAGUE_FIGURES[f].better === 'lower' ? a[f] - b[f] : b[f] - a[f];
        return { diff, figure: f };
      }
    }
    return { diff: 0, figure: null };
  };
  rows.sort((a, b) => cmp(a.figures, b.figures).diff || a.orgCode.localeCompare(b.orgCode));
  const out: LeagueRow[] = [];
  rows.forEach((r, i) => {
    const prev = out[i - 1];
    if (!prev) {
      out.push({ ...r, rank: 1, tied: false, decidedBy: null });
      return;
    }
    const c = cmp(prev.figures, r.figures);
    if (c.figure === null) {
      prev.tied = true;
      out.push({
        ...r,
        rank: prev.rank,
        tied: true,
        decidedBy: `与${prev.orgName}各项相同，并列第 ${prev.rank} 名`,
      });
      return;
    }
    const f = c.figure;
    const pos = order.indexOf(f);
    const same =
      pos > 0
        ? `${order
            .slice(0, pos)
            .map((_, j) => CIRCLED[j])
            .join('')}相同，`
        : '';
    out.push({
      ...r,
      rank: i + 1,
      tied: false,
      decidedBy:
        `与${prev.orgName}${same}${CIRCLED[pos]} ${LEAGUE_FIGURES[f].label} ${r.figures[f]} 对 ${prev.figures[f]}` +
        `（${LEAGUE_FIGURES[f].better === 'lower' ? '较多' : '较少'}）`,
    });
  });
  return { order: [...order], method: leagueMethod(order), rows: out };
}
