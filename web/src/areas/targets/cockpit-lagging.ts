/**
 * What the cockpit's lagging panel lists, per target (pure, unit-tested in cockpit-lagging.test.ts):
 * for the city, the county-level units behind their trajectory and, for T4, the counties that do
 * not yet pass both county standards; for a county, its townships behind their trajectory and the
 * schools that keep its figure down (in the population, not counted in the numerator).
 */
import type { CountyOverview, Figure, InstitutionRow } from '../../api';

export type LaggingStatus = 'lagging' | 'severelyLagging';

export interface LaggingUnit {
  code: string;
  name: string;
  status: LaggingStatus;
}

const isLagging = (s: Figure['status']): s is LaggingStatus => s === 'lagging' || s === 'severelyLagging';

/** The child units (a breakdown's rows) lagging or severely lagging, in code order. */
export function laggingChildren(
  rows: ReadonlyArray<Pick<Figure, 'orgCode' | 'status'> & { orgName: string }>,
): LaggingUnit[] {
  return rows
    .flatMap((r) => (isLagging(r.status) ? [{ code: r.orgCode, name: r.orgName, status: r.status }] : []))
    .sort((a, b) => a.code.localeCompare(b.code));
}

export interface SchoolKeepingDown {
  code: string;
  name: string;
  /** The school's weight in the denominator (children, or 1 for a count of schools). */
  weight: number;
}

/**
 * The schools in the figure's population that are not counted in its numerator, heaviest first
 * (then by code): the first `limit` of them and how many there are in all.
 */
export function schoolsKeepingDown(
  rows: readonly InstitutionRow[],
  limit: number,
): { shown: SchoolKeepingDown[]; total: number } {
  const all = rows
    .filter((r) => !r.inNumerator && r.denominator > 0)
    .map((r) => ({ code: r.institutionCode, name: r.institutionName, weight: r.denominator }))
    .sort((a, b) => b.weight - a.weight || a.code.localeCompare(b.code));
  return { shown: all.slice(0, limit), total: all.length };
}

export interface CountyNotPassing {
  code: string;
  name: string;
  verdict: 'fail' | 'incomplete';
}

/** T4: the assessed counties whose combined verdict is not 达标 (未达标 first, then 待补充; by code). */
export function countiesNotPassing(counties: readonly CountyOverview[]): CountyNotPassing[] {
  const rank = { fail: 0, incomplete: 1 } as const;
  return counties
    .flatMap((c) =>
      c.countyStandardsVerdict === 'pass'
        ? []
        : [{ code: c.countyCode, name: c.countyName, verdict: c.countyStandardsVerdict }],
    )
    .sort((a, b) => rank[a.verdict] - rank[b.verdict] || a.code.localeCompare(b.code));
}
