/**
 * The lagging counties of each target, for the cockpit. Pure. (The milestones' completion comes
 * from the milestones area: web/src/areas/milestones/milestone-view.ts.)
 */
import type { ScorecardResponse } from '../../api';
import { isCityCode } from '../../charts/matrix';

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
