/**
 * Why a figure is where it is: the schools (or, for T4, the counties) that keep a target's figure
 * down, ranked by how much each would move it if it counted. For a share N ÷ D, a school of weight
 * w (1, or its enrolment for an enrolment-weighted share) that does not count today would raise
 * the figure to (N + w) ÷ D: a gain of w ÷ D (0.01 = one percentage point). The denominator does
 * not move, because the school is already in it. Pure.
 */
import type { InstitutionContribution, ShareIndicator } from '../indicators/share.indicator.ts';
import type { AttributeName, Ownership } from '../registry/registry.types.ts';
import type { TargetFigure } from './target.engine.ts';

/** What makes a school count in a share target's numerator. */
export interface WhyBasis {
  /** The ownerships that count (null: any ownership). */
  ownerships: Ownership[] | null;
  /** The attribute the numerator looks at (null: none, e.g. T1 looks at ownership only). */
  attribute: AttributeName | null;
  /** The attribute's values that count (empty without an attribute). */
  values: Array<string | boolean>;
}

/** A school that does not count today, with what counting would add. */
export interface WhySchool extends Omit<InstitutionContribution, 'inNumerator' | 'numerator'> {
  /** The figure's rise if this school counted: its weight ÷ the denominator (share, 0–1). */
  gain: number;
  /** The figure if this school counted: (numerator + weight) ÷ denominator. */
  valueIfCounted: number;
  /** 1-based place in the ranking. */
  rank: number;
}

/** A county that does not pass both county standards yet (T4 at the city). */
export interface WhyCounty {
  orgCode: string;
  /** The city's T4 rise if this county passed both: 1 ÷ counties assessed. */
  gain: number;
  valueIfCounted: number;
  rank: number;
}

/** The basis of a share indicator's numerator. */
export function whyBasis(indicator: ShareIndicator): WhyBasis {
  const n = indicator.numerator;
  return {
    ownerships: n.ownerships ? [...n.ownerships] : null,
    attribute: n.attribute ?? null,
    values: n.attribute ? [...(n.values ?? [])] : [],
  };
}

/** Larger gains first; equal gains by code, so that the order is stable. */
function byGain<T extends { gain: number }>(key: (x: T) => string) {
  return (a: T, b: T) => b.gain - a.gain || key(a).localeCompare(key(b));
}

/**
 * The schools of a share figure that do not count in its numerator, ranked by gain (largest first).
 * A school without statistics weighs nothing in an enrolment-weighted share: it is listed with a
 * gain of 0 (and flagged missingStatistics), so that the list still names it.
 */
export function rankSchools(
  total: Pick<TargetFigure, 'numerator' | 'denominator'>,
  contributions: ReadonlyArray<InstitutionContribution>,
): WhySchool[] {
  const d = total.denominator;
  const rows = contributions
    .filter((c) => !c.inNumerator)
    .map((c): WhySchool => ({
      institutionCode: c.institutionCode,
      institutionName: c.institutionName,
      countyCode: c.countyCode,
      townshipCode: c.townshipCode,
      runningType: c.runningType,
      ownership: c.ownership,
      attributeValue: c.attributeValue,
      denominator: c.denominator,
      missingStatistics: c.missingStatistics,
      gain: d > 0 ? c.denominator / d : 0,
      valueIfCounted: d > 0 ? (total.numerator + c.denominator) / d : 0,
      rank: 0,
    }))
    .sort(byGain((r) => r.institutionCode));
  rows.forEach((r, i) => (r.rank = i + 1));
  return rows;
}

/**
 * The counties that hold T4 down at the city: in the city's breakdown each assessed county is 1/1
 * (passes both standards) or 0/1; each 0/1 county would add 1 ÷ the counties assessed. Counties
 * without a verdict (not computed) and functional zones are left out.
 */
export function rankCounties(
  total: Pick<TargetFigure, 'numerator' | 'denominator'>,
  children: ReadonlyArray<Pick<TargetFigure, 'orgCode' | 'numerator' | 'denominator' | 'status'>>,
): WhyCounty[] {
  const d = total.denominator;
  if (d <= 0) return [];
  const rows = children
    .filter((c) => c.status !== 'notComputed' && c.denominator > 0 && c.numerator < c.denominator)
    .map((c) => ({
      orgCode: c.orgCode,
      gain: (c.denominator - c.numerator) / d,
      valueIfCounted: (total.numerator + c.denominator - c.numerator) / d,
      rank: 0,
    }))
    .sort(byGain((r) => r.orgCode));
  rows.forEach((r, i) => (r.rank = i + 1));
  return rows;
}

/** Schools (or counties) needed, taken in ranking order, to reach the threshold; null if out of reach. */
export function neededToReach(
  total: Pick<TargetFigure, 'numerator' | 'denominator'>,
  threshold: number,
  ranked: ReadonlyArray<{ gain: number }>,
): number | null {
  const d = total.denominator;
  if (d <= 0) return null;
  let value = total.numerator / d;
  // 1e-12: a sum of gains that reaches the threshold exactly is not refused by rounding.
  if (value >= threshold - 1e-12) return 0;
  for (const [i, r] of ranked.entries()) {
    value += r.gain;
    if (value >= threshold - 1e-12) return i + 1;
  }
  return null;
}
