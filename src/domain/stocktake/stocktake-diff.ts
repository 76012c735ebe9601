/**
 * "What changed since the last stocktake": a stocktake snapshot (what a recorded stocktake keeps)
 * and the difference between two of them — target status changes, milestones newly done or
 * overdue, measures newly done, late or blocked, and rank moves. Pure.
 */
import type { TargetStatus } from '../targets/target.status.ts';
import { measureDelivery, type CountyFacts, type MilestoneUnitStatus } from './stocktake.types.ts';

export interface SnapshotCounty {
  orgCode: string;
  orgName: string;
  rank: number;
  targets: Record<string, { title: string; status: TargetStatus; value: number | null }>;
  milestones: Record<string, { title: string; status: MilestoneUnitStatus }>;
  measures: Record<string, { title: string; done: boolean; late: boolean; blocked: boolean }>;
}

export interface StocktakeSnapshot {
  asOf: string;
  counties: SnapshotCounty[];
}

/** The snapshot of the computed stocktake (ranks from its league table). */
export function snapshotOf(
  counties: readonly CountyFacts[],
  ranks: ReadonlyMap<string, number>,
  asOf: string,
): StocktakeSnapshot {
  return {
    asOf,
    counties: counties.map((c) => ({
      orgCode: c.orgCode,
      orgName: c.orgName,
      rank: ranks.get(c.orgCode) ?? 0,
      targets: Object.fromEntries(
        c.targets.map((t) => [t.targetId, { title: t.shortTitle, status: t.status, value: t.value }]),
      ),
      milestones: Object.fromEntries(c.milestones.map((m) => [m.id, { title: m.title, status: m.status }])),
      measures: Object.fromEntries(
        c.measures.map((m) => {
          const d = measureDelivery(m, asOf);
          return [m.id, { title: m.title, done: d.done, late: d.late, blocked: d.blocked }];
        }),
      ),
    })),
  };
}

const STATUS_ORDER: Partial<Record<TargetStatus, number>> = {
  severelyLagging: 0,
  lagging: 1,
  onTrack: 2,
  met: 3,
};

export interface TargetChange {
  targetId: string;
  title: string;
  from: TargetStatus;
  to: TargetStatus;
  /** better / worse along 严重滞后 < 滞后 < 进度正常 < 达标; other: a change to or from an unscored status. */
  direction: 'better' | 'worse' | 'other';
}

export interface Named {
  id: string;
  title: string;
}

export interface CountyChanges {
  orgCode: string;
  orgName: string;
  targets: TargetChange[];
  milestonesNewlyDone: Named[];
  milestonesNewlyOverdue: Named[];
  measuresNewlyDone: Named[];
  measuresNewlyLate: Named[];
  measuresNewlyBlocked: Named[];
  /** Ranks before and now; move = before − now (positive: moved up). Null when not in the earlier stocktake. */
  rank: { from: number; to: number; move: number } | null;
  /** Anything at all changed. */
  changed: boolean;
}

export interface StocktakeChanges {
  since: string;
  counties: CountyChanges[];
}

/** The changes from `before` to `now`, per county of `now`. */
export function diffSnapshots(before: StocktakeSnapshot, now: StocktakeSnapshot): StocktakeChanges {
  const old = new Map(before.counties.map((c) => [c.orgCode, c]));
  return {
    since: before.asOf,
    counties: now.counties.map((c) => {
      const b = old.get(c.orgCode);
      const targets: TargetChange[] = [];
      const milestonesNewlyDone: Named[] = [];
      const milestonesNewlyOverdue: Named[] = [];
      const measuresNewlyDone: Named[] = [];
      const measuresNewlyLate: Named[] = [];
      const measuresNewlyBlocked: Named[] = [];
      for (const [id, t] of Object.entries(c.targets)) {
        const from = b?.targets[id]?.status;
        if (from === undefined || from === t.status) continue;
        const a = STATUS_ORDER[from];
        const z = STATUS_ORDER[t.status];
        targets.push({
          targetId: id,
          title: t.title,
          from,
          to: t.status,
          direction: a === undefined || z === undefined ? 'other' : z > a ? 'better' : 'worse',
        });
      }
      for (const [id, m] of Object.entries(c.milestones)) {
        const from = b?.milestones[id]?.status;
        if (m.status === 'done' && from !== 'done') milestonesNewlyDone.push({ id, title: m.title });
        if (m.status === 'overdue' && from !== 'overdue') milestonesNewlyOverdue.push({ id, title: m.title });
      }
      for (const [id, m] of Object.entries(c.measures)) {
        const was = b?.measures[id];
        if (m.done && !was?.done) measuresNewlyDone.push({ id, title: m.title });
        if (m.late && !was?.late) measuresNewlyLate.push({ id, title: m.title });
        if (m.blocked && !was?.blocked) measuresNewlyBlocked.push({ id, title: m.title });
      }
      const rank = b ? { from: b.rank, to: c.rank, move: b.rank - c.rank } : null;
      const changed =
        targets.length +
          milestonesNewlyDone.length +
          milestonesNewlyOverdue.length +
          measuresNewlyDone.length +
          measuresNewlyLate.length +
          measuresNewlyBlocked.length >
          0 ||
        (rank !== null && rank.move !== 0);
      return {
        orgCode: c.orgCode,
        orgName: c.orgName,
        targets,
        milestonesNewlyDone,
        milestonesNewlyOverdue,
        measuresNewlyDone,
        measuresNewlyLate,
        measuresNewlyBlocked,
        rank,
        changed,
      };
    }),
  };
}
