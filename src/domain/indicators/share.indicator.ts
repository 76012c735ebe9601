/**
 * Share indicators — Σ weight(numerator institutions) ÷ Σ weight(population) — tallied over the
 * snapshots by any grouping (county, child unit, one unit), with the institutions behind every
 * tally. The plan's headline targets (T1–T3, T5–T7) are share indicators (domain/targets); the
 * areas to come (warnings, planning, evaluations) are meant to compute theirs with it. Pure.
 */
import type {
  AttributeName,
  InstitutionAttributes,
  Ownership,
  RunningType,
} from '../registry/registry.types.ts';
import type { OrgIndex } from './org.index.ts';
import { ownershipOf, type InstitutionYear } from './snapshot.types.ts';

/** Which institutions an indicator is computed over. */
export interface PopulationFilter {
  runningTypes: RunningType[];
  /** Omit for all ownerships. */
  ownerships?: Ownership[];
}

/**
 * A share indicator: Σ weight(numerator institutions) ÷ Σ weight(population).
 * `weight: 'institutions'` counts institutions; `'enrolment'` sums their enrolled children/students.
 * The numerator holds when the institution's ownership is in `ownerships` (if given) AND its
 * attribute `attribute` (as in force in that school year) is one of `values` (if given).
 */
export interface ShareIndicator {
  kind: 'share';
  population: PopulationFilter;
  weight: 'institutions' | 'enrolment';
  numerator: {
    ownerships?: Ownership[];
    attribute?: AttributeName;
    values?: Array<string | boolean>;
  };
}

/** A share's parts, summed over some institutions. */
export interface Tally {
  numerator: number;
  denominator: number;
  institutions: number;
  /** Institutions counted without statistics for the year. */
  missing: number;
}

export const emptyTally = (): Tally => ({ numerator: 0, denominator: 0, institutions: 0, missing: 0 });

export function inPopulation(ind: ShareIndicator, iy: InstitutionYear): boolean {
  if (!ind.population.runningTypes.includes(iy.institution.runningType)) return false;
  if (ind.population.ownerships && !ind.population.ownerships.includes(ownershipOf(iy))) return false;
  return true;
}

function attributeValueOf(
  ind: ShareIndicator,
  iy: InstitutionYear,
): InstitutionAttributes[AttributeName] | undefined {
  return ind.numerator.attribute ? iy.attributes[ind.numerator.attribute] : undefined;
}

export function meetsNumerator(ind: ShareIndicator, iy: InstitutionYear): boolean {
  const n = ind.numerator;
  if (n.ownerships && !n.ownerships.includes(ownershipOf(iy))) return false;
  if (n.attribute) {
    const v = iy.attributes[n.attribute];
    // Only scalar attributes can be tested against a list of values.
    if (typeof v !== 'string' && typeof v !== 'boolean') return false;
    if (!(n.values ?? []).includes(v)) return false;
  }
  return true;
}

function weightOf(ind: ShareIndicator, iy: InstitutionYear): number {
  return ind.weight === 'institutions' ? 1 : (iy.enrolment ?? 0);
}

function addTo(t: Tally, ind: ShareIndicator, iy: InstitutionYear): void {
  const w = weightOf(ind, iy);
  t.institutions += 1;
  t.denominator += w;
  if (meetsNumerator(ind, iy)) t.numerator += w;
  if (iy.enrolment === null) t.missing += 1;
}

/**
 * Tallies of one indicator in one year's snapshot, grouped by `keyOf` (null: the institution is
 * left out), over the indicator's population only.
 */
export function tallyBy(
  ind: ShareIndicator,
  snapshot: ReadonlyArray<InstitutionYear> | undefined,
  keyOf: (iy: InstitutionYear) => string | null,
): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const iy of snapshot ?? []) {
    if (!inPopulation(ind, iy)) continue;
    const key = keyOf(iy);
    if (key === null) continue;
    let t = out.get(key);
    if (!t) {
      t = emptyTally();
      out.set(key, t);
    }
    addTo(t, ind, iy);
  }
  return out;
}

/** Per-county tallies (a city's tally is their sum). */
export function tallyByCounty(
  ind: ShareIndicator,
  snapshot: ReadonlyArray<InstitutionYear>,
): Map<string, Tally> {
  return tallyBy(ind, snapshot, (iy) => iy.institution.countyCode);
}

export function sumTallies(tallies: Iterable<Tally>): Tally {
  const s = emptyTally();
  for (const t of tallies) {
    s.numerator += t.numerator;
    s.denominator += t.denominator;
    s.institutions += t.institutions;
    s.missing += t.missing;
  }
  return s;
}

/** numerator ÷ denominator, or null when nothing is counted. */
export function shareOf(t: Tally | null): number | null {
  return t && t.denominator > 0 ? t.numerator / t.denominator : null;
}

export interface InstitutionContribution {
  institutionCode: string;
  institutionName: string;
  countyCode: string;
  townshipCode: string;
  runningType: RunningType;
  ownership: Ownership;
  /** The attribute value the numerator looks at (null when it looks at none, or none is recorded). */
  attributeValue: InstitutionAttributes[AttributeName] | null;
  inNumerator: boolean;
  /** This institution's share of the numerator and of the denominator. */
  numerator: number;
  denominator: number;
  missingStatistics: boolean;
}

/** The institutions behind a share in one unit and year: each one's numerator and denominator. */
export function listContributions(
  ind: ShareIndicator,
  orgIndex: OrgIndex,
  snapshot: ReadonlyArray<InstitutionYear> | undefined,
  orgCode: string,
): InstitutionContribution[] {
  const out: InstitutionContribution[] = [];
  for (const iy of snapshot ?? []) {
    if (!inPopulation(ind, iy) || !orgIndex.contains(orgCode, iy.institution)) continue;
    const w = weightOf(ind, iy);
    const hit = meetsNumerator(ind, iy);
    const inst = iy.institution;
    out.push({
      institutionCode: inst.code,
      institutionName: inst.name,
      countyCode: inst.countyCode,
      townshipCode: inst.townshipCode,
      runningType: inst.runningType,
      ownership: ownershipOf(iy),
      attributeValue: attributeValueOf(ind, iy) ?? null,
      inNumerator: hit,
      numerator: hit ? w : 0,
      denominator: w,
      missingStatistics: iy.enrolment === null,
    });
  }
  return out;
}
