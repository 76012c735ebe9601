import { describe, expect, it } from 'vitest';
import {
  evaluateCity,
  evaluateCompulsory,
  evaluateCounty,
  evaluatePreschool,
  evaluateSchoolSection,
  runningTypeName,
  weightedCv,
  beijingTime,
} from './evaluate.ts';
import {
  PACKS,
  allJudgements,
  baselineSchools,
  county,
  goodKindergartens,
  section,
} from '../../../test/support/standards.ts';
import type {
  CountyEvaluationInput,
  KindergartenInput,
  RuleResult,
  StandardEvaluation,
} from './standards.types.ts';

const CB = PACKS.compulsoryBalanced;

function rule(e: StandardEvaluation, ruleId: string): RuleResult {
  const r = e.rules.find((x) => x.ruleId === ruleId);
  if (!r) throw new Error(`no rule ${ruleId}`);
  return r;
}

describe('weightedCv', () => {
  it('computes the enrolment-weighted CV of a two-school example', () => {
    // A: 30 ÷ 10 = 3, B: 10 ÷ 10 = 1. X̄ = 40 ÷ 20 = 2.
    // S = √(½·(3−2)² + ½·(1−2)²) = √1 = 1; CV = 1 ÷ 2 = 0.5.
    const r = weightedCv([
      { amount: 30, students: 10 },
      { amount: 10, students: 10 },
    ]);
    expect(r?.mean).toBeCloseTo(2, 12);
    expect(r?.sd).toBeCloseTo(1, 12);
    expect(r?.cv).toBeCloseTo(0.5, 12);
  });

  it('weights by enrolment: the unweighted CV of the ratios passes 0.50, the weighted one fails', () => {
    // Per-100 PE teachers: S1 1000 students with 10 → 1.0; S2 and S3 100 students with 3 → 3.0.
    // Unweighted, over the three ratios 1, 3, 3: mean 7/3, variance ((4/3)² + 2·(2/3)²) ÷ 3 = 8/9,
    //   CV = (2√2/3) ÷ (7/3) = 2√2/7 ≈ 0.4041 ≤ 0.50.
    // Weighted: X̄ = (1000 + 300 + 300) ÷ 1200 = 4/3; S² = (5/6)(1 − 4/3)² + (1/6)(3 − 4/3)² = 5/54 + 25/54 = 5/9,
    //   CV = (√5/3) ÷ (4/3) = √5/4 ≈ 0.5590 > 0.50.
    const weighted = weightedCv([
      { amount: 1000, students: 1000 },
      { amount: 300, students: 100 },
      { amount: 300, students: 100 },
    ]);
    const unweighted = weightedCv([
      { amount: 1, students: 1 },
      { amount: 3, students: 1 },
      { amount: 3, students: 1 },
    ]);
    expect(unweighted?.cv).toBeCloseTo((2 * Math.SQRT2) / 7, 12);
    expect(unweighted!.cv).toBeLessThanOrEqual(0.5);
    expect(weighted?.mean).toBeCloseTo(4 / 3, 12);
    expect(weighted?.cv).toBeCloseTo(Math.sqrt(5) / 4, 12);
    expect(weighted!.cv).toBeGreaterThan(0.5);
  });

  it('skips schools without students and is null without students or with a zero mean', () => {
    // The empty school changes nothing: still 3 and 1 → CV 0.5.
    expect(
      weightedCv([
        { amount: 30, students: 10 },
        { amount: 10, students: 10 },
        { amount: 99, students: 0 },
      ])?.cv,
    ).toBeCloseTo(0.5, 12);
    expect(weightedCv([])).toBeNull();
    expect(weightedCv([{ amount: 5, students: 0 }])).toBeNull();
    expect(weightedCv([{ amount: 0, students: 10 }])).toBeNull();
  });

  it('the county CV rule uses it: primary L3 of the example fails, other indicators are 0', () => {
    const input = county([
      section('S1', 'primary', 1000),
      section('S2', 'primary', 100, { peArtsTeachers: 3 }),
      section('S3', 'primary', 100, { peArtsTeachers: 3 }),
      section('J1', 'junior', 800),
    ]);
    const e = evaluateCompulsory(CB, input);
    const l3 = rule(e, 'CB-CV-primary-L3');
    expect(l3.value).toBeCloseTo(Math.sqrt(5) / 4, 10);
    expect(l3.threshold).toBe(0.5);
    expect(l3.verdict).toBe('fail');
    // amount = 100 × (10 + 3 + 3) = 1600 over 1200 students
    expect(l3.inputs).toMatchObject({ amount: 1600, students: 1200, schools: 3 });
    expect(l3.details.map((d) => [d.institutionCode, d.value])).toEqual([
      ['S1', 1],
      ['S2', 3],
      ['S3', 3],
    ]);
    // Every other primary indicator is proportional to enrolment: CV 0.
    expect(rule(e, 'CB-CV-primary-L1').value).toBeCloseTo(0, 12);
    expect(e.sections.primary.cv.find((c) => c.code === 'L3')?.verdict).toBe('fail');
    // 综合差异系数 = (0 × 6 + √5/4) ÷ 7
    expect(e.sections.primary.compositeCv).toBeCloseTo(Math.sqrt(5) / 4 / 7, 10);
    expect(e.verdict).toBe('fail');
  });
});

describe('school section: at least 6 of 7, the rest ≥ 85% of the threshold', () => {
  it('passes with all seven met', () => {
    const r = evaluateSchoolSection(CB, section('A', 'primary', 1000));
    expect([r.verdict, r.metCount]).toEqual(['pass', 7]);
  });

  it('passes exactly at the 85% floor and fails just below it', () => {
    // Primary L5 threshold 7.5 m²/student; floor 0.85 × 7.5 = 6.375, i.e. 6375 m² for 1000 students.
    const at = evaluateSchoolSection(CB, section('A', 'primary', 1000, { sportsAreaM2: 6375 }));
    const l5 = at.indicators.find((i) => i.code === 'L5');
    expect(l5).toMatchObject({ value: 6.375, threshold: 7.5, met: false, atLeastFloor: true });
    expect(l5?.floor).toBeCloseTo(6.375, 12);
    expect([at.verdict, at.metCount]).toEqual(['pass', 6]);

    // 6374 ÷ 1000 = 6.374 < 6.375
    const below = evaluateSchoolSection(CB, section('A', 'primary', 1000, { sportsAreaM2: 6374 }));
    expect([below.verdict, below.metCount]).toEqual(['fail', 6]);
    expect(below.explanation).toContain('L5');
    expect(below.explanation).toContain('85%');
  });

  it('fails with two unmet indicators even when both are above the floor', () => {
    // L5 7000 ÷ 1000 = 7.0 (< 7.5, ≥ 6.375); L7 22 ÷ 1000 × 100 = 2.2 (< 2.3, ≥ 1.955). Met 5 < 6.
    const r = evaluateSchoolSection(
      CB,
      section('A', 'primary', 1000, { sportsAreaM2: 7000, multimediaRooms: 22 }),
    );
    expect([r.verdict, r.metCount]).toEqual(['fail', 5]);
    expect(r.explanation).toContain('达标项数 5 少于 6 项');
  });

  it('computes per-100 values with the section threshold (junior L1 5.3)', () => {
    // 16 ÷ 300 × 100 = 5.333 ≥ 5.3; 15 ÷ 300 × 100 = 5.0 < 5.3 but ≥ 0.85 × 5.3 = 4.505.
    const met = evaluateSchoolSection(
      CB,
      section('J', 'junior', 300, { teachersAboveRequiredQualification: 16 }),
    );
    expect(met.indicators[0]?.value).toBeCloseTo(16 / 3, 12);
    expect(met.indicators[0]?.met).toBe(true);
    const unmet = evaluateSchoolSection(
      CB,
      section('J', 'junior', 300, { teachersAboveRequiredQualification: 15 }),
    );
    expect(unmet.indicators[0]).toMatchObject({ value: 5, threshold: 5.3, met: false, atLeastFloor: true });
    expect(unmet.verdict).toBe('pass');
  });
});

describe('exclusions', () => {
  const input = county([
    ...baselineSchools(),
    section('TP49', 'primary', 49, { runningType: '218', classSizes: [25, 24] }),
    section('TP50', 'primary', 50, { runningType: '218', classSizes: [25, 25] }),
    section('SP', 'primary', 60, { runningType: '513', classSizes: [60], certifiedTeachers: 0 }),
  ]);
  const e = evaluateCompulsory(CB, input);

  it('leaves out a 教学点 with 49 students but not one with 50, and special schools', () => {
    const byCode = new Map(e.schools.map((s) => [s.institutionCode, s]));
    expect(byCode.get('TP49')?.verdict).toBe('excluded');
    expect(byCode.get('TP49')?.exclusion).toMatchObject({
      id: 'smallTeachingPoint',
      scope: 'resourceAllocation',
    });
    expect(byCode.get('TP49')?.explanation).toContain('少于 50 人');
    expect(byCode.get('TP50')?.verdict).toBe('pass');
    expect(byCode.get('SP')?.exclusion).toMatchObject({ id: 'specialSchool', scope: 'all' });
    // Primary CV over P-BASE and TP50 only.
    expect(rule(e, 'CB-CV-primary-L1').inputs.schools).toBe(2);
    expect(e.sections.primary).toMatchObject({ schoolsEvaluated: 2, schoolsExcluded: 2, schoolsPassing: 2 });
  });

  it('counts the small 教学点 but not the special school for class size and certification', () => {
    // Classes: P-BASE 800 → 20 × 40, J-BASE 800 → 20 × 40, TP49 2, TP50 2 = 44; the special school's
    // class of 60 would exceed 45 but is out of scope, as are its 4 uncertified teachers.
    const classSize = rule(e, 'CB-G05');
    expect(classSize.inputs).toEqual({ classes: 44, oversized: 0 });
    expect(classSize.verdict).toBe('pass');
    expect(rule(e, 'CB-G12').verdict).toBe('pass');
  });

  it('excludes a section with 0 students from resource allocation', () => {
    const r = evaluateSchoolSection(CB, section('Z', 'junior', 0, { classSizes: [] }));
    expect(r.exclusion).toMatchObject({ id: 'noStudents' });
  });
});

describe('a section without schools', () => {
  it('is not applicable, and the standard is incomplete by default', () => {
    const input = county([section('P', 'primary', 800)]);
    const e = evaluateCompulsory(CB, input);
    expect(rule(e, 'CB-SEC-junior').verdict).toBe('incomplete');
    expect(rule(e, 'CB-SEC-junior').explanation).toBe(
      '县域内没有初中学段的学校；无法评估，请核实本学段学校的统计数据是否齐全',
    );
    expect(rule(e, 'CB-SCH-junior').verdict).toBe('notApplicable');
    expect(rule(e, 'CB-CV-junior-L4').verdict).toBe('notApplicable');
    expect(e.sections.junior).toMatchObject({ applicable: false, compositeCv: null });
    expect(e.verdict).toBe('incomplete');
    expect(e.counts.notApplicable).toBe(8); // the school rule and seven CVs
  });

  it('passes when the pack says emptySection: notApplicable', () => {
    const pack = { ...CB, cv: { ...CB.cv, emptySection: 'notApplicable' as const } };
    const e = evaluateCompulsory(pack, county([section('P', 'primary', 800)]));
    expect(rule(e, 'CB-SEC-junior').verdict).toBe('notApplicable');
    expect(rule(e, 'CB-SEC-junior').explanation).toBe(
      '县域内没有初中学段的学校；按评估规则设置，本学段视为不适用',
    );
    expect(e.verdict).toBe('pass');
  });
});

describe('words for officials', () => {
  it('names a 办学类型 by its name, not its code', () => {
    expect(runningTypeName('312')).toBe('九年一贯制学校');
    expect(runningTypeName('218')).toBe('小学教学点');
    expect(runningTypeName('999')).toBe('办学类型 999');
  });
});

describe('government-guarantee items by hand', () => {
  it('class size counts every class against its section limit', () => {
    // Primary classes 45 (ok) and 46 (over 45); junior 50 (ok) and 51 (over 50).
    const input = county([
      section('P', 'primary', 91, { classSizes: [45, 46] }),
      section('J', 'junior', 101, { classSizes: [50, 51] }),
    ]);
    const r = rule(evaluateCompulsory(CB, input), 'CB-G05');
    // 2 of 4 classes within the limit: 0.5 < 1.0
    expect(r.value).toBe(0.5);
    expect(r.verdict).toBe('fail');
    expect(r.details.map((d) => d.label)).toEqual([
      'P学校第 2 个班 46 人，超过 45 人',
      'J学校第 2 个班 51 人，超过 50 人',
    ]);
  });

  it('school size uses the whole school and 2500 for 九年一贯制', () => {
    const input = county([
      section('N', 'primary', 1500, { runningType: '312', schoolCompulsoryStudents: 2500 }),
      section('N', 'junior', 1000, { runningType: '312', schoolCompulsoryStudents: 2500 }),
      section('P', 'primary', 2001),
    ]);
    const r = rule(evaluateCompulsory(CB, input), 'CB-G04');
    // N: 1500 + 1000 = 2500 ≤ 2500; P: 2001 > 2000.
    expect(r.value).toBe(1);
    expect(r.details.map((d) => d.institutionCode)).toEqual(['P']);
    expect(r.verdict).toBe('fail');
  });

  it('teacher rotation needs both shares', () => {
    const input = county(baselineSchools(), {
      inputs: {
        population3to5: 700,
        rotationEligibleTeachers: 400,
        rotatedTeachers: 40,
        rotatedBackboneTeachers: 7,
        specialEducationFundingPerStudent: 5999,
      },
    });
    const e = evaluateCompulsory(CB, input);
    const rot = rule(e, 'CB-G11');
    // 40 ÷ 400 = 0.10 ≥ 0.10; 7 ÷ 40 = 0.175 < 0.20
    expect(rot.checks.map((c) => [c.value, c.met])).toEqual([
      [0.1, true],
      [0.175, false],
    ]);
    expect(rot.verdict).toBe('fail');
    // 5999 < 6000
    expect(rule(e, 'CB-G07')).toMatchObject({ value: 5999, threshold: 6000, verdict: 'fail' });
  });

  it('certification is certified ÷ teachers over all sections', () => {
    // P 800: 48 teachers, 46 certified; J 800: 64 teachers, all certified. 110 ÷ 112 < 1.
    const input = county([
      section('P', 'primary', 800, { certifiedTeachers: 46 }),
      section('J', 'junior', 800),
    ]);
    const r = rule(evaluateCompulsory(CB, input), 'CB-G12');
    expect(r.inputs).toEqual({ teachers: 112, certifiedTeachers: 110 });
    expect(r.value).toBeCloseTo(110 / 112, 12);
    expect(r.verdict).toBe('fail');
  });
});

describe('preschool ratios by hand', () => {
  const cls = (grade: 'K1' | 'K2' | 'K3', sizes: number[]) => sizes.map((size) => ({ grade, size }));
  const kgs: KindergartenInput[] = [
    {
      institutionCode: 'A',
      institutionName: '甲园',
      ownership: 'public',
      children: 300,
      classes: [...cls('K1', [25, 25, 25, 25]), ...cls('K2', [30, 30, 30, 10]), ...cls('K3', [35, 35, 30])],
      teachers: 20,
      certifiedTeachers: 20,
    },
    {
      institutionCode: 'B',
      institutionName: '乙园',
      ownership: 'inclusivePrivate',
      children: 200,
      classes: [...cls('K1', [28, 22]), ...cls('K2', [32, 28]), ...cls('K3', [45, 45])],
      teachers: 12,
      certifiedTeachers: 10,
    },
    {
      institutionCode: 'C',
      institutionName: '丙园',
      ownership: 'private',
      children: 100,
      classes: [...cls('K1', [25, 25]), ...cls('K2', [25, 25])],
      teachers: 8,
      certifiedTeachers: 8,
    },
  ];
  const e = evaluatePreschool(
    PACKS.preschoolUniversal,
    county(baselineSchools(), { kindergartens: kgs, inputs: { ...county([]).inputs, population3to5: 680 } }),
  );

  it('computes the six ratios', () => {
    // 600 ÷ 680 = 0.88235 ≥ 0.85
    expect(rule(e, 'PU-P01')).toMatchObject({ verdict: 'pass' });
    expect(rule(e, 'PU-P01').value).toBeCloseTo(600 / 680, 12);
    // (300 + 200) ÷ 600 = 0.8333 ≥ 0.80
    expect(rule(e, 'PU-P02').value).toBeCloseTo(5 / 6, 12);
    // 300 ÷ 600 = 0.5, exactly the minimum → pass
    expect(rule(e, 'PU-P03')).toMatchObject({ value: 0.5, verdict: 'pass' });
    // 600 ÷ (20 + 12 + 8) = 15, exactly the maximum → pass
    expect(rule(e, 'PU-P08')).toMatchObject({ value: 15, verdict: 'pass' });
    // 21 classes, over the norm: B's 28 (>25), 32 (>30), 45 and 45 (>35) → 17 ÷ 21 = 0.8095 < 0.85
    expect(rule(e, 'PU-P07').inputs).toEqual({ classes: 21, oversized: 4 });
    expect(rule(e, 'PU-P07').value).toBeCloseTo(17 / 21, 12);
    expect(rule(e, 'PU-P07').verdict).toBe('fail');
    // (20 + 10 + 8) ÷ 40 = 0.95 < 1
    expect(rule(e, 'PU-P09')).toMatchObject({ value: 0.95, verdict: 'fail' });
    expect(e.totals).toMatchObject({
      children: 600,
      publicChildren: 300,
      inclusivePrivateChildren: 200,
      privateChildren: 100,
    });
    expect(e.verdict).toBe('fail');
  });
});

describe('county and city verdicts', () => {
  const passing = (): CountyEvaluationInput => county(baselineSchools());

  it('passes both standards when every rule and judgement is met', () => {
    const c = evaluateCounty(PACKS, passing());
    expect([c.compulsoryBalanced.verdict, c.preschoolUniversal.verdict, c.countyStandardsVerdict]).toEqual([
      'pass',
      'pass',
      'pass',
    ]);
    expect(c.passesBoth).toBe(true);
    expect(c.warnings).toEqual([]);
  });

  it('passes one standard but not the other', () => {
    // The public kindergarten recognised as 普惠 instead: public share 0 ÷ 600 < 0.50.
    const kgs = goodKindergartens().map((k) =>
      k.ownership === 'public' ? { ...k, ownership: 'inclusivePrivate' as const } : k,
    );
    const c = evaluateCounty(PACKS, county(baselineSchools(), { kindergartens: kgs }));
    expect(c.compulsoryBalanced.verdict).toBe('pass');
    expect(c.preschoolUniversal.verdict).toBe('fail');
    expect(rule(c.preschoolUniversal, 'PU-P03')).toMatchObject({ value: 0, verdict: 'fail' });
    expect([c.countyStandardsVerdict, c.passesBoth]).toEqual(['fail', false]);
  });

  it('is incomplete when the 3–5 population is not recorded', () => {
    const c = evaluateCounty(
      PACKS,
      county(baselineSchools(), { inputs: { ...passing().inputs, population3to5: null } }),
    );
    expect(rule(c.preschoolUniversal, 'PU-P01')).toMatchObject({ verdict: 'incomplete', value: null });
    expect(rule(c.preschoolUniversal, 'PU-P01').explanation).toContain('3–5 岁常住人口');
    expect([c.preschoolUniversal.verdict, c.countyStandardsVerdict]).toEqual(['incomplete', 'incomplete']);
  });

  it('is incomplete when a judgement is missing, and fails on a one-vote veto', () => {
    const missing = allJudgements().filter((j) => j.itemId !== 'CB-G01');
    const c = evaluateCounty(PACKS, county(baselineSchools(), { judgements: missing }));
    expect(rule(c.compulsoryBalanced, 'CB-G01').verdict).toBe('incomplete');
    expect(rule(c.compulsoryBalanced, 'CB-G01').explanation).toContain('需评估员认定');
    expect(c.compulsoryBalanced.verdict).toBe('incomplete');

    const veto = allJudgements().map((j) => (j.itemId === 'CB-V01' ? { ...j, met: false } : j));
    const v = evaluateCounty(PACKS, county(baselineSchools(), { judgements: veto }));
    expect(rule(v.compulsoryBalanced, 'CB-V01')).toMatchObject({ verdict: 'fail', veto: true });
    expect(rule(v.compulsoryBalanced, 'CB-V01').explanation).toContain('一票否决');
    expect(v.compulsoryBalanced.verdict).toBe('fail');
  });

  it('decides a scored item by its score; the latest judgement counts', () => {
    const base = allJudgements().filter((j) => j.itemId !== 'CB-S01');
    const judged = (score: number | null, met = true) => ({
      itemId: 'CB-S01',
      met,
      score,
      evaluator: '李督学',
      evidence: '问卷',
      recordedAt: '2025-12-01',
    });
    const low = evaluateCounty(PACKS, county(baselineSchools(), { judgements: [...base, judged(0.84)] }));
    // 0.84 < 0.85 even though the evaluator ticked 是
    expect(rule(low.compulsoryBalanced, 'CB-S01')).toMatchObject({ value: 0.84, verdict: 'fail' });
    expect(rule(low.compulsoryBalanced, 'CB-S01').explanation).toContain('以得分为准');
    const none = evaluateCounty(PACKS, county(baselineSchools(), { judgements: [...base, judged(null)] }));
    expect(rule(none.compulsoryBalanced, 'CB-S01').verdict).toBe('incomplete');
    const later = evaluateCounty(
      PACKS,
      county(baselineSchools(), {
        judgements: [...base, { ...judged(0.9), recordedAt: '2026-01-05' }, judged(0.84)],
      }),
    );
    expect(rule(later.compulsoryBalanced, 'CB-S01')).toMatchObject({ value: 0.9, verdict: 'pass' });
  });

  it('warns about judgements of unknown items', () => {
    const c = evaluateCounty(
      PACKS,
      county(baselineSchools(), {
        judgements: [...allJudgements(), { ...allJudgements()[0]!, itemId: 'XX-1' }],
      }),
    );
    expect(c.warnings).toEqual(['评估认定的项目编号“XX-1”不是任何评估认定项，已忽略']);
  });

  it('T4 = counties passing both ÷ counties evaluated, with the incomplete ones counted', () => {
    const fail = county(baselineSchools(), {
      inputs: { ...passing().inputs, specialEducationFundingPerStudent: 5000 },
    });
    const incomplete = county(baselineSchools(), { judgements: [] });
    const city = evaluateCity(PACKS, [passing(), fail, incomplete]);
    // 1 ÷ 3
    expect(city.t4).toEqual({ evaluated: 3, passingBoth: 1, failing: 1, incomplete: 1, share: 1 / 3 });
    expect(evaluateCity(PACKS, []).t4.share).toBeNull();
  });
});

describe('beijingTime', () => {
  it('shows a recording time in Beijing time (UTC+8), from ISO or PostgreSQL text', () => {
    // 14:12 UTC = 22:12 in Beijing; 18:30 UTC on 31 Dec = 02:30 on 1 Jan in Beijing.
    expect(beijingTime('2026-11-28 14:12:46.756+00')).toBe('2026-11-28 22:12');
    expect(beijingTime('2025-12-31T18:30:00Z')).toBe('2026-01-01 02:30');
    expect(beijingTime('2025-10-01T09:00:00+08:00')).toBe('2025-10-01 09:00');
    expect(beijingTime('2025-10-01')).toBe('2025-10-01');
  });
});
