/**
 * Headline-target engine: computes the plan's targets (share indicators T1–T3, T5–T7; T4 from the
 * county standards) for the city and every county-level unit, for every school year, with the
 * status against the straight trajectory and the institutions behind every figure. Pure: the
 * caller passes the plan, the org tree and per-year snapshots (domain/indicators).
 */
import {
  emptyTally,
  listContributions as listShareContributions,
  shareOf,
  sumTallies,
  tallyBy,
  tallyByCounty,
  type InstitutionContribution,
  type Tally,
} from '../indicators/share.indicator.ts';
import type { OrgIndex } from '../indicators/org.index.ts';
import type { InstitutionYear, Snapshots } from '../indicators/snapshot.types.ts';
import type { Plan, TargetDefinition, TargetId } from '../plan/plan.types.ts';
import { assessStatus, type TargetStatus } from './target.status.ts';

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
  const value = shareOf(t);
  const baselineValue = shareOf(baseline);
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
  const now = tallyBy(ind, snapshots.get(year), keep).get(orgCode) ?? null;
  const base = snapshots.has(target.baselineYear)
    ? (tallyBy(ind, snapshots.get(target.baselineYear), keep).get(orgCode) ?? null)
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
  const now = tallyBy(ind, snapshots.get(year), keep);
  const base = snapshots.has(target.baselineYear)
    ? tallyBy(ind, snapshots.get(target.baselineYear), keep)
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
  return listShareContributions(target.indicator, orgIndex, snapshots.get(year), orgCode);
}
