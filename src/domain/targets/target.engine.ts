/**
 * Headline-target engine: computes the plan's share indicators (T1–T3, T5–T7) for the city and
 * every county-level unit, for every school year, from institution-level data, with the status
 * against the straight trajectory and the institutions behind every figure. Pure: the caller
 * passes the plan, the org tree and per-year snapshots.
 */
import type { Plan, ShareIndicator, TargetDefinition, TargetId } from '../plan/plan.types.ts';
import type { Institution, InstitutionAttributes, OrgUnit, Ownership } from '../registry/registry.types.ts';
import { assessStatus, type TargetStatus } from './target.status.ts';

/** One operating institution in one school year, as the engine sees it. */
export interface InstitutionYear {
  institution: Institution;
  /** Enrolled children/students from the autumn statistics; null when the statistics are missing. */
  enrolment: number | null;
  attributes: Partial<InstitutionAttributes>;
}

/** Operating institutions per school year. */
export type Snapshots = ReadonlyMap<number, ReadonlyArray<InstitutionYear>>;

export interface TargetFigure {
  targetId: TargetId;
  year: number;
  orgCode: string;
  /** Σ weight of institutions meeting the numerator condition. */
  numerator: number;
  /** Σ weight of the population. */
  denominator: number;
  /** numerator ÷ denominator, or null when nothing is counted or the target is not computed. */
  value: number | null;
  /** Institutions in the population. */
  institutions: number;
  /** Institutions in the population without statistics for the year (counted, but flagged). */
  missingStatistics: number;
  threshold: number;
  baselineValue: number | null;
  status: TargetStatus;
  expected: number | null;
  gapToTrajectory: number | null;
  gapToTarget: number | null;
  /** Set when status is notComputed: why, in Chinese. */
  reason: string | null;
}

export interface InstitutionContribution {
  institutionCode: string;
  institutionName: string;
  countyCode: string;
  townshipCode: string;
  runningType: string;
  ownership: string;
  /** The attribute value the numerator looks at (when it looks at one). */
  attributeValue: unknown;
  inNumerator: boolean;
  /** This institution's share of the numerator and of the denominator. */
  numerator: number;
  denominator: number;
  missingStatistics: boolean;
}

interface Tally {
  numerator: number;
  denominator: number;
  institutions: number;
  missing: number;
}

const emptyTally = (): Tally => ({ numerator: 0, denominator: 0, institutions: 0, missing: 0 });

/** Ownership in force in the snapshot's year (an ownership record overrides the registered one). */
export function ownershipOf(iy: InstitutionYear): Ownership {
  return iy.attributes.ownership ?? iy.institution.ownership;
}

function inPopulation(ind: ShareIndicator, iy: InstitutionYear): boolean {
  if (!ind.population.runningTypes.includes(iy.institution.runningType)) return false;
  if (ind.population.ownerships && !ind.population.ownerships.includes(ownershipOf(iy))) return false;
  return true;
}

function attributeValueOf(ind: ShareIndicator, iy: InstitutionYear): unknown {
  return ind.numerator.attribute ? iy.attributes[ind.numerator.attribute] : undefined;
}

function meetsNumerator(ind: ShareIndicator, iy: InstitutionYear): boolean {
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

/** Index of an org tree: parent links and the county-level ancestor of every unit. */
export class OrgIndex {
  readonly byCode: ReadonlyMap<string, OrgUnit>;
  readonly city: OrgUnit;
  readonly counties: readonly OrgUnit[];
  private readonly children = new Map<string, OrgUnit[]>();

  constructor(units: ReadonlyArray<OrgUnit>) {
    this.byCode = new Map(units.map((u) => [u.code, u]));
    const cities = units.filter((u) => u.level === 'city');
    if (cities.length !== 1) throw new Error(`组织机构树应恰有 1 个市级单位，实际为 ${cities.length} 个`);
    this.city = cities[0]!;
    for (const u of units) {
      if (u.parentCode === null) continue;
      const list = this.children.get(u.parentCode) ?? [];
      list.push(u);
      this.children.set(u.parentCode, list);
    }
    this.counties = units.filter((u) => u.level === 'county');
  }

  childrenOf(code: string): readonly OrgUnit[] {
    return this.children.get(code) ?? [];
  }

  /** Whether an institution lies in the subtree of `orgCode`. */
  contains(orgCode: string, inst: Institution): boolean {
    const org = this.byCode.get(orgCode);
    if (!org) return false;
    if (org.level === 'city') return true;
    if (org.level === 'county') return inst.countyCode === orgCode;
    return inst.townshipCode === orgCode;
  }

  /** The child of `orgCode` whose subtree holds the institution. */
  childContaining(orgCode: string, inst: Institution): string | null {
    const org = this.byCode.get(orgCode);
    if (!org) return null;
    if (org.level === 'city') return inst.countyCode;
    if (org.level === 'county' && inst.countyCode === orgCode) return inst.townshipCode;
    return null;
  }
}

/**
 * Per school year, per assessed county (区、县、县级市): whether it passes both national county
 * standards. Computed by the county-standards module; the engine turns it into T4.
 */
export type CountyStandardsVerdicts = ReadonlyMap<number, ReadonlyMap<string, boolean>>;

/** T4 at the city: counties passing both ÷ counties assessed (null without an evaluation). */
function verdictTally(verdicts: ReadonlyMap<string, boolean> | undefined): Tally | null {
  if (!verdicts || verdicts.size === 0) return null;
  let passing = 0;
  for (const v of verdicts.values()) if (v) passing++;
  return { numerator: passing, denominator: verdicts.size, institutions: 0, missing: 0 };
}

/** The T4 kind of figure for any unit: the city's share; a county's own verdict as 1/1 or 0/1. */
function standardsFigure(
  plan: Plan,
  target: TargetDefinition,
  year: number,
  orgCode: string,
  orgIndex: OrgIndex,
  verdicts: CountyStandardsVerdicts | undefined,
  single: boolean,
): TargetFigure {
  if (!verdicts) {
    return figureFor(plan, target, year, orgCode, null, null, '县域评估结果未提供，暂不能计算');
  }
  if (orgCode === orgIndex.city.code) {
    return figureFor(
      plan,
      target,
      year,
      orgCode,
      verdictTally(verdicts.get(year)),
      verdictTally(verdicts.get(target.baselineYear)),
    );
  }
  const own = verdicts.get(year)?.get(orgCode);
  if (own === undefined || !single) {
    const unit = orgIndex.byCode.get(orgCode);
    const reason =
      unit?.countyKind === 'zone'
        ? '功能区不单独参加县域评估，其学校计入所在的法定县市区'
        : `${target.id} 是全市指标（两项县域标准均达标的县市区占比）；本单位的评估结果见“创建达标分析”`;
    return figureFor(plan, target, year, orgCode, null, null, reason);
  }
  // In a city's breakdown by county: each county counts 1 when it passes both, else 0.
  const base = verdicts.get(target.baselineYear)?.get(orgCode);
  const tally = (pass: boolean): Tally => ({
    numerator: pass ? 1 : 0,
    denominator: 1,
    institutions: 0,
    missing: 0,
  });
  return figureFor(plan, target, year, orgCode, tally(own), base === undefined ? null : tally(base));
}

function figureFor(
  plan: Plan,
  target: TargetDefinition,
  year: number,
  orgCode: string,
  tally: Tally | null,
  baseline: Tally | null,
  /** Set: the figure cannot be computed, for this reason. */
  notComputedReason?: string,
): TargetFigure {
  const base = {
    targetId: target.id,
    year,
    orgCode,
    threshold: target.threshold,
  };
  if (target.indicator.kind === 'notYetComputed' || notComputedReason !== undefined) {
    return {
      ...base,
      numerator: 0,
      denominator: 0,
      value: null,
      institutions: 0,
      missingStatistics: 0,
      baselineValue: null,
      status: 'notComputed',
      expected: null,
      gapToTrajectory: null,
      gapToTarget: null,
      reason:
        notComputedReason ?? (target.indicator.kind === 'notYetComputed' ? target.indicator.reason : ''),
    };
  }
  const t = tally ?? emptyTally();
  const value = t.denominator > 0 ? t.numerator / t.denominator : null;
  const baselineValue =
    baseline && baseline.denominator > 0 ? baseline.numerator / baseline.denominator : null;
  const s = assessStatus({
    year,
    value,
    baselineYear: target.baselineYear,
    baselineValue,
    deadlineYear: target.deadlineYear,
    threshold: target.threshold,
    rules: plan.statusRules,
  });
  return {
    ...base,
    numerator: t.numerator,
    denominator: t.denominator,
    value,
    institutions: t.institutions,
    missingStatistics: t.missing,
    baselineValue,
    status: s.status,
    expected: s.expected,
    gapToTrajectory: s.gapToTrajectory,
    gapToTarget: s.gapToTarget,
    reason: null,
  };
}

/** Per-county tallies of one indicator in one year (the city is their sum). */
function tallyByCounty(ind: ShareIndicator, snapshot: ReadonlyArray<InstitutionYear>): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const iy of snapshot) {
    if (!inPopulation(ind, iy)) continue;
    let t = out.get(iy.institution.countyCode);
    if (!t) {
      t = emptyTally();
      out.set(iy.institution.countyCode, t);
    }
    addTo(t, ind, iy);
  }
  return out;
}

function sumTallies(tallies: Iterable<Tally>): Tally {
  const s = emptyTally();
  for (const t of tallies) {
    s.numerator += t.numerator;
    s.denominator += t.denominator;
    s.institutions += t.institutions;
    s.missing += t.missing;
  }
  return s;
}

/**
 * The full scorecard: every target × (city and every county-level unit in the target's scope) ×
 * every year in `snapshots`. Baselines come from the snapshot of each target's baseline year
 * (null when that year is absent).
 */
export function computeScorecard(
  plan: Plan,
  orgIndex: OrgIndex,
  snapshots: Snapshots,
  standards?: CountyStandardsVerdicts,
): TargetFigure[] {
  const out: TargetFigure[] = [];
  const years = [...snapshots.keys()].sort((a, b) => a - b);
  for (const target of plan.targets) {
    const ind = target.indicator;
    if (ind.kind === 'countyStandards') {
      for (const year of years) {
        if (target.scope.includes('city')) {
          out.push(standardsFigure(plan, target, year, orgIndex.city.code, orgIndex, standards, false));
        }
        if (target.scope.includes('county')) {
          for (const c of orgIndex.counties) {
            out.push(standardsFigure(plan, target, year, c.code, orgIndex, standards, false));
          }
        }
      }
      continue;
    }
    const byYear = new Map<number, Map<string, Tally>>();
    if (ind.kind === 'share') {
      for (const y of new Set([...years, target.baselineYear])) {
        const snap = snapshots.get(y);
        if (snap) byYear.set(y, tallyByCounty(ind, snap));
      }
    }
    const baselineCounties = byYear.get(target.baselineYear) ?? null;
    const baselineCity = baselineCounties ? sumTallies(baselineCounties.values()) : null;
    for (const year of years) {
      const counties = byYear.get(year) ?? new Map<string, Tally>();
      if (target.scope.includes('city')) {
        out.push(
          figureFor(plan, target, year, orgIndex.city.code, sumTallies(counties.values()), baselineCity),
        );
      }
      if (target.scope.includes('county')) {
        for (const c of orgIndex.counties) {
          out.push(
            figureFor(
              plan,
              target,
              year,
              c.code,
              counties.get(c.code) ?? null,
              baselineCounties ? (baselineCounties.get(c.code) ?? null) : null,
            ),
          );
        }
      }
    }
  }
  return out;
}

function tallyWhere(
  ind: ShareIndicator,
  snapshot: ReadonlyArray<InstitutionYear> | undefined,
  keep: (iy: InstitutionYear) => string | null,
): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const iy of snapshot ?? []) {
    if (!inPopulation(ind, iy)) continue;
    const key = keep(iy);
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

export function findTarget(plan: Plan, targetId: string): TargetDefinition | undefined {
  return plan.targets.find((t) => t.id === targetId);
}

/** One target's figure for one org unit (any level) and year. */
export function computeTargetFigure(
  plan: Plan,
  target: TargetDefinition,
  orgIndex: OrgIndex,
  snapshots: Snapshots,
  year: number,
  orgCode: string,
  standards?: CountyStandardsVerdicts,
): TargetFigure {
  if (target.indicator.kind === 'countyStandards') {
    return standardsFigure(plan, target, year, orgCode, orgIndex, standards, false);
  }
  if (target.indicator.kind !== 'share') return figureFor(plan, target, year, orgCode, null, null);
  const ind = target.indicator;
  const keep = (iy: InstitutionYear) => (orgIndex.contains(orgCode, iy.institution) ? orgCode : null);
  const now = tallyWhere(ind, snapshots.get(year), keep).get(orgCode) ?? null;
  const base = snapshots.has(target.baselineYear)
    ? (tallyWhere(ind, snapshots.get(target.baselineYear), keep).get(orgCode) ?? null)
    : null;
  return figureFor(plan, target, year, orgCode, now, base);
}

/**
 * A target's figures for every child of an org unit (city → county-level units, county →
 * townships), each with its own baseline and status. Children with nothing to count are included
 * with status noData so that the list is complete.
 */
export function computeChildBreakdown(
  plan: Plan,
  target: TargetDefinition,
  orgIndex: OrgIndex,
  snapshots: Snapshots,
  year: number,
  orgCode: string,
  standards?: CountyStandardsVerdicts,
): TargetFigure[] {
  const children = orgIndex.childrenOf(orgCode);
  if (target.indicator.kind === 'countyStandards') {
    return children.map((c) => standardsFigure(plan, target, year, c.code, orgIndex, standards, true));
  }
  if (target.indicator.kind !== 'share') {
    return children.map((c) => figureFor(plan, target, year, c.code, null, null));
  }
  const ind = target.indicator;
  const keep = (iy: InstitutionYear) => orgIndex.childContaining(orgCode, iy.institution);
  const now = tallyWhere(ind, snapshots.get(year), keep);
  const base = snapshots.has(target.baselineYear)
    ? tallyWhere(ind, snapshots.get(target.baselineYear), keep)
    : null;
  return children.map((c) =>
    figureFor(plan, target, year, c.code, now.get(c.code) ?? null, base ? (base.get(c.code) ?? null) : null),
  );
}

/** The institutions behind a figure: each one's numerator and denominator. */
export function listContributions(
  target: TargetDefinition,
  orgIndex: OrgIndex,
  snapshots: Snapshots,
  year: number,
  orgCode: string,
): InstitutionContribution[] {
  if (target.indicator.kind !== 'share') return [];
  const ind = target.indicator;
  const out: InstitutionContribution[] = [];
  for (const iy of snapshots.get(year) ?? []) {
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
