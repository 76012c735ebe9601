/** The "why" ranking of a figure's schools and counties, with gains worked out by hand. */
import { describe, expect, it } from 'vitest';
import type { InstitutionContribution, ShareIndicator } from '../indicators/share.indicator.ts';
import { neededToReach, rankCounties, rankSchools, whyBasis } from './why.ts';

function school(code: string, weight: number, counted: boolean, missing = false): InstitutionContribution {
  return {
    institutionCode: code,
    institutionName: `学校${code}`,
    countyCode: '999901',
    townshipCode: '999901001',
    runningType: '111',
    ownership: counted ? 'public' : 'private',
    attributeValue: null,
    inNumerator: counted,
    numerator: counted ? weight : 0,
    denominator: weight,
    missingStatistics: missing,
  };
}

describe('rankSchools', () => {
  // An enrolment-weighted share: S1 (100 children) counts; S2 50, S3 30, S4 20 do not; S5 has no
  // statistics (weight 0). N = 100, D = 100 + 50 + 30 + 20 = 200, value 0.5.
  const rows = [
    school('S3', 30, false),
    school('S1', 100, true),
    school('S5', 0, false, true),
    school('S2', 50, false),
    school('S4', 20, false),
  ];
  const total = { numerator: 100, denominator: 200 };

  it('lists the schools that do not count, largest gain first, with the value if each counted', () => {
    const ranked = rankSchools(total, rows);
    expect(ranked.map((r) => r.institutionCode)).toEqual(['S2', 'S3', 'S4', 'S5']);
    // S2: 50 ÷ 200 = 0.25 (25 points), the figure would be 150 ÷ 200 = 0.75.
    expect(ranked[0]).toMatchObject({ rank: 1, gain: 0.25, valueIfCounted: 0.75, denominator: 50 });
    // S3: 30 ÷ 200 = 0.15 → 130 ÷ 200 = 0.65; S4: 20 ÷ 200 = 0.1 → 120 ÷ 200 = 0.6.
    expect(ranked[1]).toMatchObject({ rank: 2, gain: 0.15, valueIfCounted: 0.65 });
    expect(ranked[2]).toMatchObject({ rank: 3, gain: 0.1, valueIfCounted: 0.6 });
    // S5 weighs nothing without statistics: named last, gain 0, flagged.
    expect(ranked[3]).toMatchObject({ rank: 4, gain: 0, valueIfCounted: 0.5, missingStatistics: true });
  });

  it('orders equal gains by code', () => {
    // 甲县 T1 2025 (small dataset): 180 of 300 public; 阳光 and 育才 have 60 each: 60 ÷ 300 = 0.2 each.
    const ranked = rankSchools({ numerator: 180, denominator: 300 }, [
      school('KA00000003', 60, false),
      school('KA00000001', 180, true),
      school('KA00000002', 60, false),
    ]);
    expect(ranked.map((r) => [r.institutionCode, r.gain, r.valueIfCounted])).toEqual([
      ['KA00000002', 0.2, 0.8],
      ['KA00000003', 0.2, 0.8],
    ]);
  });

  it('gives nothing to gain when nothing is counted', () => {
    expect(rankSchools({ numerator: 0, denominator: 0 }, [school('S1', 0, false, true)])[0]).toMatchObject({
      gain: 0,
      valueIfCounted: 0,
    });
  });
});

describe('rankCounties', () => {
  it('ranks the counties that do not pass both standards by 1 ÷ counties assessed', () => {
    // 4 of 11 counties pass: the city's T4 is 4/11; each failing county would add 1/11.
    const children = [
      { orgCode: '370812', numerator: 0, denominator: 1, status: 'lagging' as const },
      { orgCode: '370811', numerator: 1, denominator: 1, status: 'met' as const },
      { orgCode: '370890', numerator: 0, denominator: 0, status: 'notComputed' as const },
      { orgCode: '370826', numerator: 0, denominator: 1, status: 'severelyLagging' as const },
    ];
    const ranked = rankCounties({ numerator: 4, denominator: 11 }, children);
    expect(ranked.map((r) => r.orgCode)).toEqual(['370812', '370826']);
    expect(ranked[0]!.gain).toBeCloseTo(1 / 11, 12);
    expect(ranked[0]!.valueIfCounted).toBeCloseTo(5 / 11, 12);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2]);
  });
});

describe('neededToReach', () => {
  const total = { numerator: 100, denominator: 200 };
  const gains = [{ gain: 0.25 }, { gain: 0.15 }, { gain: 0.1 }];
  it('counts the ranked schools needed to reach the threshold', () => {
    // 0.5 + 0.25 = 0.75 < 0.8 … + 0.15 = 0.9 ≥ 0.8: two schools.
    expect(neededToReach(total, 0.8, gains)).toBe(2);
    // 0.5 + 0.25 + 0.15 + 0.1 = 1.0 reaches 1.0 exactly: three.
    expect(neededToReach(total, 1, gains)).toBe(3);
    expect(neededToReach(total, 0.5, gains)).toBe(0);
    expect(neededToReach(total, 1, gains.slice(0, 2))).toBeNull();
    expect(neededToReach({ numerator: 0, denominator: 0 }, 0.5, gains)).toBeNull();
  });
});

describe('whyBasis', () => {
  it('names the ownership or the attribute that counts', () => {
    const t1: ShareIndicator = {
      kind: 'share',
      population: { runningTypes: ['111'] },
      weight: 'enrolment',
      numerator: { ownerships: ['public'] },
    };
    expect(whyBasis(t1)).toEqual({ ownerships: ['public'], attribute: null, values: [] });
    const t2: ShareIndicator = {
      kind: 'share',
      population: { runningTypes: ['111'] },
      weight: 'institutions',
      numerator: { attribute: 'kgClass', values: ['provincialDemo', 'class1'] },
    };
    expect(whyBasis(t2)).toEqual({
      ownerships: null,
      attribute: 'kgClass',
      values: ['provincialDemo', 'class1'],
    });
  });
});
