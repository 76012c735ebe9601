/**
 * Why a target's figure is where it is, for one unit and year: the schools that keep it down
 * (share targets), or the counties that do not pass both county standards yet (T4 at the city),
 * ranked by how much each would raise the figure if it counted. Built on the public methods of
 * TargetsService, so the caller's permission and scope apply exactly as for the breakdowns: a unit
 * outside the scope answers as not found.
 */
import type { Plan } from '../../domain/plan/plan.types.ts';
import type { TargetFigure } from '../../domain/targets/target.engine.ts';
import {
  neededToReach,
  rankCounties,
  rankSchools,
  whyBasis,
  type WhyBasis,
  type WhyCounty,
  type WhySchool,
} from '../../domain/targets/why.ts';
import type { OrgUnit } from '../../domain/registry/registry.types.ts';
import type { Reader } from '../access/caller.ts';
import type { DatasetView } from '../shared/dataset.cache.ts';
import type { TargetCard, TargetsService, YearCoverage } from './targets.service.ts';

export type WhySchoolRow = WhySchool & { countyName: string; townshipName: string };
export type WhyCountyRow = WhyCounty & { orgName: string };

export interface TargetWhy {
  target: TargetCard['target'];
  year: number;
  org: OrgUnit;
  total: TargetFigure;
  /** How complete the year's data is for the unit (a partial year's figure only covers those reported). */
  coverage: YearCoverage | null;
  /** schools: a share target; counties: T4 at the city; none: nothing to rank (see reason). */
  kind: 'schools' | 'counties' | 'none';
  /** What makes a school count (share targets only). */
  basis: WhyBasis | null;
  schools: WhySchoolRow[];
  counties: WhyCountyRow[];
  /** Of the ranked rows, how many (in order) would bring the figure to the threshold; null if none would. */
  neededToReach: number | null;
  /** Why there is nothing to rank (kind none), in Chinese. */
  reason: string | null;
  view: DatasetView;
}

export async function targetWhy(
  targets: TargetsService,
  plan: Plan,
  targetId: string,
  yearArg: number | undefined,
  orgArg: string | undefined,
  reader: Reader = null,
): Promise<TargetWhy> {
  // The breakdown checks the target, the unit (scope) and the year, and names the year's figure.
  const b = await targets.breakdownByInstitution(targetId, yearArg, orgArg, reader);
  const definition = plan.targets.find((t) => t.id === b.target.id)!;
  const { coverage: years } = await targets.targetsFor(b.year, b.org.code, reader);
  const base = {
    target: b.target,
    year: b.year,
    org: b.org,
    total: b.total,
    coverage: years.find((c) => c.year === b.year) ?? null,
    view: b.view,
  };
  const indicator = definition.indicator;
  if (indicator.kind === 'share') {
    const names = new Map(b.rows.map((r) => [r.institutionCode, r] as const));
    const schools = rankSchools(b.total, b.rows).map((s) => ({
      ...s,
      countyName: names.get(s.institutionCode)!.countyName,
      townshipName: names.get(s.institutionCode)!.townshipName,
    }));
    return {
      ...base,
      kind: 'schools',
      basis: whyBasis(indicator),
      schools,
      counties: [],
      neededToReach: neededToReach(b.total, b.target.threshold, schools),
      reason: schools.length === 0 ? '本单位该目标没有未计入分子的学校' : null,
    };
  }
  if (indicator.kind === 'countyStandards' && b.total.status !== 'notComputed') {
    const children = await targets.breakdownByChild(targetId, b.year, b.org.code, reader);
    const namesOf = new Map(children.rows.map((r) => [r.orgCode, r.orgName] as const));
    const counties = rankCounties(b.total, children.rows).map((c) => ({
      ...c,
      orgName: namesOf.get(c.orgCode) ?? c.orgCode,
    }));
    return {
      ...base,
      kind: 'counties',
      basis: null,
      schools: [],
      counties,
      neededToReach: neededToReach(b.total, b.target.threshold, counties),
      reason: counties.length === 0 ? '所有参评县市区两项县域标准均已达标或尚无结论' : null,
    };
  }
  return {
    ...base,
    kind: 'none',
    basis: null,
    schools: [],
    counties: [],
    neededToReach: null,
    reason: b.total.reason ?? `${b.target.id} 暂未计算`,
  };
}
