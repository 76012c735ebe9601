/**
 * Hand-computed expectations on an invented city of three counties (see the comments for the
 * arithmetic). Status rules: on track within 2 points of the trajectory, lagging within 8.
 */
import { describe, expect, it } from 'vitest';
import type { InstitutionAttributes } from '../registry/registry.types.ts';
import { buildInstitution, buildPlan, buildSmallOrgTree, buildTarget } from '../../../test/factories.ts';
import {
  computeChildBreakdown,
  computeScorecard,
  computeTargetFigure,
  listContributions,
  type TargetFigure,
} from './target.engine.ts';
import { OrgIndex } from '../indicators/org.index.ts';
import type { InstitutionYear } from '../indicators/snapshot.types.ts';

const A = '999901';
const B = '999902';
const C = '999903';
const A1 = '999901001';
const A2 = '999901002';

const inst = {
  KA1: buildInstitution({ code: 'KA00000001', countyCode: A, townshipCode: A1, ownership: 'public' }),
  KA2: buildInstitution({ code: 'KA00000002', countyCode: A, townshipCode: A2, ownership: 'private' }),
  KA3: buildInstitution({
    code: 'KA00000003',
    countyCode: A,
    townshipCode: A2,
    ownership: 'inclusivePrivate',
  }),
  KB1: buildInstitution({ code: 'KB00000001', countyCode: B, townshipCode: `${B}001`, ownership: 'public' }),
  KB2: buildInstitution({ code: 'KB00000002', countyCode: B, townshipCode: `${B}001`, ownership: 'public' }),
  KB3: buildInstitution({ code: 'KB00000003', countyCode: B, townshipCode: `${B}001`, ownership: 'private' }),
  KC1: buildInstitution({ code: 'KC00000001', countyCode: C, townshipCode: `${C}001`, ownership: 'private' }),
  KC2: buildInstitution({ code: 'KC00000002', countyCode: C, townshipCode: `${C}001`, ownership: 'public' }),
  SA1: buildInstitution({ code: 'SA00000001', countyCode: A, townshipCode: A1, runningType: '513' }),
  SC1: buildInstitution({ code: 'SC00000001', countyCode: C, townshipCode: `${C}001`, runningType: '513' }),
  PA1: buildInstitution({ code: 'PA00000001', countyCode: A, townshipCode: A1, runningType: '211' }),
};

type Key = keyof typeof inst;
function year(rows: Array<[Key, number | null, Partial<InstitutionAttributes>?]>): InstitutionYear[] {
  return rows.map(([k, enrolment, attributes]) => ({
    institution: inst[k],
    enrolment,
    attributes: attributes ?? {},
  }));
}

// 2023 (baseline): public share A 200/400 = 0.5, B 450/500 = 0.9, C 0/100 = 0, city 650/1000 = 0.65.
// Class-1-or-better kindergartens: A 0/3, B 1/3 (KB1), C 0/1; city 1/7.
// Special-education schools: none passed yet.
const y2023 = year([
  ['KA1', 200, { kgClass: 'class2' }],
  ['KA2', 100, { kgClass: 'unrated' }],
  ['KA3', 100, { kgClass: 'class2' }],
  ['KB1', 300, { kgClass: 'class1' }],
  ['KB2', 150, { kgClass: 'class2' }],
  ['KB3', 50, { kgClass: 'class3' }],
  ['KC1', 100, { kgClass: 'unrated' }],
  ['SA1', 80, { specialEdEvaluation: 'notEvaluated' }],
  ['SC1', 40, { specialEdEvaluation: 'notEvaluated' }],
  ['PA1', 500, {}],
]);
// 2025: public share A 180/300 = 0.6, B 360/400 = 0.9, C 20/100 = 0.2 (KC2 opened), city 560/800 = 0.7.
// Class 1 or better: A 1/3 (KA1 upgraded), B 2/3 (KB1 class1, KB2 provincialDemo), C 0/2; city 3/8.
// Special education: SA1 passed, SC1 failed: A 1/1, C 0/1, B has none; city 1/2.
const y2025 = year([
  ['KA1', 180, { kgClass: 'class1' }],
  ['KA2', 60, { kgClass: 'unrated' }],
  ['KA3', 60, { kgClass: 'class2' }],
  ['KB1', 240, { kgClass: 'class1' }],
  ['KB2', 120, { kgClass: 'provincialDemo' }],
  ['KB3', 40, { kgClass: 'class3' }],
  ['KC1', 80, { kgClass: 'unrated' }],
  ['KC2', 20, { kgClass: 'unrated' }],
  ['SA1', 82, { specialEdEvaluation: 'passed' }],
  ['SC1', 41, { specialEdEvaluation: 'failed' }],
  ['PA1', 480, {}],
]);
// 2019: before the baseline; A's public share 200/400 = 0.5.
const y2019 = year([
  ['KA1', 200, {}],
  ['KA2', 100, {}],
  ['KA3', 100, {}],
]);

const T1 = buildTarget({ id: 'T1', threshold: 0.8 });
const T2 = buildTarget({
  id: 'T2',
  threshold: 0.7,
  indicator: {
    kind: 'share',
    population: { runningTypes: ['111'] },
    weight: 'institutions',
    numerator: { attribute: 'kgClass', values: ['provincialDemo', 'class1'] },
  },
});
const T4 = buildTarget({
  id: 'T4',
  threshold: 0.6,
  scope: ['city'],
  indicator: { kind: 'notYetComputed', reason: '需要县域标准模块' },
});
const T7 = buildTarget({
  id: 'T7',
  threshold: 1,
  indicator: {
    kind: 'share',
    population: { runningTypes: ['511', '512', '513', '514'] },
    weight: 'institutions',
    numerator: { attribute: 'specialEdEvaluation', values: ['passed'] },
  },
});
const plan = buildPlan([T1, T2, T4, T7]);
const orgIndex = new OrgIndex(buildSmallOrgTree());
const snapshots = new Map([
  [2019, y2019],
  [2023, y2023],
  [2025, y2025],
]);

function pick(figs: TargetFigure[], id: string, y: number, org: string): TargetFigure {
  const f = figs.find((x) => x.targetId === id && x.year === y && x.orgCode === org);
  if (!f) throw new Error(`no figure ${id} ${y} ${org}`);
  return f;
}

describe('computeScorecard', () => {
  const figs = computeScorecard(plan, orgIndex, snapshots);

  it('computes the enrolment-weighted public-kindergarten share per county and city', () => {
    expect(pick(figs, 'T1', 2023, A)).toMatchObject({ numerator: 200, denominator: 400, value: 0.5 });
    expect(pick(figs, 'T1', 2023, '999900')).toMatchObject({
      numerator: 650,
      denominator: 1000,
      value: 0.65,
    });
    expect(pick(figs, 'T1', 2025, C)).toMatchObject({ numerator: 20, denominator: 100, value: 0.2 });
    expect(pick(figs, 'T1', 2025, '999900')).toMatchObject({ numerator: 560, denominator: 800, value: 0.7 });
  });

  it('grades status against the straight trajectory from each unit’s own baseline', () => {
    // A: 0.5 → 0.8 over 2023–2027, so 0.65 expected in 2025; 0.6 is 5 points behind → 滞后.
    const a = pick(figs, 'T1', 2025, A);
    expect(a.baselineValue).toBe(0.5);
    expect(a.expected).toBeCloseTo(0.65, 12);
    expect(a.gapToTrajectory).toBeCloseTo(0.05, 12);
    expect(a.gapToTarget).toBeCloseTo(0.2, 12);
    expect(a.status).toBe('lagging');
    // B: 0.9 ≥ 0.8 → 达标.
    expect(pick(figs, 'T1', 2025, B).status).toBe('met');
    // C: 0 → 0.8, expected 0.4 in 2025; 0.2 is 20 points behind → 严重滞后.
    expect(pick(figs, 'T1', 2025, C).status).toBe('severelyLagging');
    // City: 0.65 → 0.8, expected 0.725; 0.7 is 2.5 points behind → 滞后 (just past the 2-point band).
    expect(pick(figs, 'T1', 2025, '999900').status).toBe('lagging');
    // T2 county A: 0 → 0.7, expected 0.35; 1/3 is 1.67 points behind → 进度正常.
    const t2a = pick(figs, 'T2', 2025, A);
    expect(t2a.value).toBeCloseTo(1 / 3, 12);
    expect(t2a.status).toBe('onTrack');
    // T2 city 3/8 = 0.375 from 1/7: expected 1/7 + (0.7 − 1/7)/2 = 0.4214…; gap 0.0464 → 滞后.
    const t2c = pick(figs, 'T2', 2025, '999900');
    expect(t2c.value).toBe(0.375);
    expect(t2c.expected).toBeCloseTo(1 / 7 + (0.7 - 1 / 7) / 2, 12);
    expect(t2c.status).toBe('lagging');
  });

  it('on the baseline year the trajectory equals the baseline, so an unmet unit is on track', () => {
    expect(pick(figs, 'T1', 2023, A)).toMatchObject({ status: 'onTrack', expected: 0.5, gapToTrajectory: 0 });
  });

  it('marks years before the baseline, and units with nothing to count', () => {
    expect(pick(figs, 'T1', 2019, A)).toMatchObject({ value: 0.5, status: 'preBaseline' });
    expect(pick(figs, 'T7', 2025, B)).toMatchObject({ value: null, denominator: 0, status: 'noData' });
    expect(pick(figs, 'T7', 2025, A)).toMatchObject({ value: 1, status: 'met' });
    // City T7 from 0/2 to 1/2: expected 0 + (1 − 0)/2 = 0.5, exactly on the trajectory.
    expect(pick(figs, 'T7', 2025, '999900')).toMatchObject({ value: 0.5, expected: 0.5, status: 'onTrack' });
  });

  it('reports T4 as not computed with its reason, never as a number', () => {
    const t4 = figs.filter((f) => f.targetId === 'T4');
    expect(t4).toHaveLength(3); // city only, three years
    for (const f of t4)
      expect(f).toMatchObject({ status: 'notComputed', value: null, reason: '需要县域标准模块' });
  });

  it('produces targets × units × years figures', () => {
    // T1, T2, T7: (city + 3 counties) × 3 years = 12 each; T4: city × 3 years.
    expect(figs).toHaveLength(12 * 3 + 3);
  });
});

describe('breakdowns', () => {
  it('splits a county into its townships with their own baselines', () => {
    const rows = computeChildBreakdown(plan, T1, orgIndex, snapshots, 2025, A);
    // A1: KA1 180/180 = 1 → met. A2: 0/120, baseline 0/200 = 0 → expected 0.4 → severely lagging.
    expect(rows.map((r) => [r.orgCode, r.value, r.status])).toEqual([
      [A1, 1, 'met'],
      [A2, 0, 'severelyLagging'],
    ]);
  });

  it('splits the city into counties, matching the scorecard', () => {
    const rows = computeChildBreakdown(plan, T1, orgIndex, snapshots, 2025, '999900');
    expect(rows.map((r) => [r.orgCode, r.numerator, r.denominator])).toEqual([
      [A, 180, 300],
      [B, 360, 400],
      [C, 20, 100],
    ]);
  });

  it('lists the institutions behind a figure with their numerators and denominators', () => {
    const rows = listContributions(T1, orgIndex, snapshots, 2025, A);
    expect(rows.map((r) => [r.institutionCode, r.numerator, r.denominator, r.inNumerator])).toEqual([
      ['KA00000001', 180, 180, true],
      ['KA00000002', 0, 60, false],
      ['KA00000003', 0, 60, false],
    ]);
    const t2 = listContributions(T2, orgIndex, snapshots, 2025, B);
    expect(t2.map((r) => [r.institutionCode, r.attributeValue, r.numerator])).toEqual([
      ['KB00000001', 'class1', 1],
      ['KB00000002', 'provincialDemo', 1],
      ['KB00000003', 'class3', 0],
    ]);
  });

  it('computes a single figure for a township', () => {
    const f = computeTargetFigure(plan, T1, orgIndex, snapshots, 2025, A2);
    expect(f).toMatchObject({ numerator: 0, denominator: 120, baselineValue: 0 });
  });

  it('uses the ownership in force in each year, so a 民转公 conversion raises T1 from that year only', () => {
    // KA2 (private, 60 children) taken into public ownership from 2025: A's 2025 share becomes
    // (180 + 60) / 300 = 0.8 → met; the 2023 baseline stays 200 / 400 = 0.5.
    const converted = y2025.map((iy) =>
      iy.institution.code === 'KA00000002'
        ? { ...iy, attributes: { ...iy.attributes, ownership: 'public' as const } }
        : iy,
    );
    const snaps = new Map([
      [2023, y2023],
      [2025, converted],
    ]);
    const f = computeTargetFigure(plan, T1, orgIndex, snaps, 2025, A);
    expect(f).toMatchObject({
      numerator: 240,
      denominator: 300,
      value: 0.8,
      baselineValue: 0.5,
      status: 'met',
    });
    const rows = listContributions(T1, orgIndex, snaps, 2025, A);
    expect(rows.find((r) => r.institutionCode === 'KA00000002')).toMatchObject({
      ownership: 'public',
      numerator: 60,
    });
  });

  it('counts an institution with missing statistics in the population but flags it', () => {
    const snaps = new Map([
      [
        2025,
        year([
          ['KA1', 100],
          ['KA2', null],
        ]),
      ],
    ]);
    const f = computeTargetFigure(plan, T1, orgIndex, snaps, 2025, A);
    expect(f).toMatchObject({ numerator: 100, denominator: 100, institutions: 2, missingStatistics: 1 });
  });
});
