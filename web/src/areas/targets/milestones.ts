/** The plan's dated milestones and the lagging counties of each target, for the cockpit. Pure. */
import type { Milestone, ScorecardResponse } from '../../api';
import { isCityCode } from '../../charts/matrix';

/**
 * 已到期 when the deadline is before today, else 未到期. The platform records no completion of
 * milestones, so this says nothing about whether the work was done.
 */
export function milestoneStatus(deadline: string, today: string): 'due' | 'notDue' {
  return deadline < today ? 'due' : 'notDue';
}

/** Milestones in deadline order. */
export function sortedMilestones(milestones: readonly Milestone[]): Milestone[] {
  return [...milestones].sort((a, b) => a.deadline.localeCompare(b.deadline) || a.task - b.task);
}

export interface LaggingCounty {
  code: string;
  name: string;
  status: 'lagging' | 'severelyLagging';
}

/** For each target, the county-level units lagging or severely lagging in the year (in code order). */
export function laggingCounties(scorecard: ScorecardResponse, year: number): Record<string, LaggingCounty[]> {
  const out: Record<string, LaggingCounty[]> = {};
  for (const f of scorecard.figures) {
    if (f.year !== year || isCityCode(f.orgCode)) continue;
    out[f.targetId] ??= [];
    if (f.status === 'lagging' || f.status === 'severelyLagging')
      out[f.targetId]!.push({
        code: f.orgCode,
        name: scorecard.orgNames[f.orgCode] ?? f.orgCode,
        status: f.status,
      });
  }
  for (const list of Object.values(out)) list.sort((a, b) => a.code.localeCompare(b.code));
  return out;
}
