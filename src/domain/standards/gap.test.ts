import { describe, expect, it } from 'vitest';
import { evaluateCounty } from './evaluate.ts';
import { applyGapPlan, planGapToPass, splitSize } from './gap.ts';
import {
  PACKS,
  allJudgements,
  baselineSchools,
  county,
  goodInputs,
  goodKindergartens,
  section,
  seeded,
} from '../../../test/support/standards.ts';
import type {
  CountyEvaluationInput,
  GapPlan,
  KindergartenInput,
  RulePackSet,
  SchoolSectionInput,
} from './standards.types.ts';

/** Every computable rule of both standards after applying the plan: none fails or is incomplete. */
function expectPlanPasses(input: CountyEvaluationInput, plan: GapPlan, packs: RulePackSet = PACKS): void {
  const after = evaluateCounty(packs, applyGapPlan(input, plan));
  const notPassing = [after.compulsoryBalanced, after.preschoolUniversal]
    .flatMap((e) => e.rules)
    .filter((r) => r.computable && r.verdict !== 'pass' && r.verdict !== 'notApplicable')
    .map((r) => `${r.ruleId} ${r.verdict}: ${r.explanation}`);
  expect(notPassing).toEqual([]);
  expect(plan.after).toEqual({ compulsoryBalanced: 'pass', preschoolUniversal: 'pass' });
  expect(plan.unresolved).toEqual([]);
}

/** The plan items as [action, institution, amount] for compact assertions. */
const brief = (plan: GapPlan) => plan.items.map((i) => [i.action, i.institutionCode, i.amount]);

describe('splitSize', () => {
  it('splits into near-equal parts, larger first', () => {
    // 92 ÷ 3 = 30 rest 2 → 31, 31, 30; 101 ÷ 3 = 33 rest 2 → 34, 34, 33
    expect(splitSize(92, 3)).toEqual([31, 31, 30]);
    expect(splitSize(101, 3)).toEqual([34, 34, 33]);
  });
});

describe('planGapToPass: hand-made failing counties', () => {
  it('plans nothing for a county that passes', () => {
    const input = county(baselineSchools());
    const plan = planGapToPass(PACKS, input);
    expect(plan.items).toEqual([]);
    expect(plan.before).toEqual({ compulsoryBalanced: 'pass', preschoolUniversal: 'pass' });
    expect(plan.judgementsNeeded).toEqual([]);
  });

  it('only a CV fails: one more PE teacher at the large school', () => {
    // Primary L3: S1 1000 students with 10 PE teachers (1.0 per 100), S2 and S3 100 with 3 (3.0).
    // Weighted CV = √5/4 ≈ 0.559 > 0.50 (see evaluate.test.ts). With n more at S1, X1 = (10 + n)/10
    // and CV = (√5/6)(3 − X1) ÷ ((5/6)X1 + 1/2). n = 1: X1 = 1.1 → (√5/6)(1.9) ÷ (17/12) = 0.4998 ≤ 0.50.
    const input = county([
      section('S1', 'primary', 1000),
      section('S2', 'primary', 100, { peArtsTeachers: 3 }),
      section('S3', 'primary', 100, { peArtsTeachers: 3 }),
      section('J1', 'junior', 800),
    ]);
    const plan = planGapToPass(PACKS, input);
    expect(plan.before.compulsoryBalanced).toBe('fail');
    expect(brief(plan)).toEqual([['hirePeArtsTeacher', 'S1', 1]]);
    expect(plan.items[0]).toMatchObject({
      ruleIds: ['CB-CV-primary-L3'],
      field: 'peArtsTeachers',
      unit: '名',
      cost: null,
      description: 'S1学校 增加体育艺术（音乐、美术）专任教师 1 名',
      effect: { kind: 'sectionDelta', changes: { teachers: 1, peArtsTeachers: 1, certifiedTeachers: 1 } },
    });
    expectPlanPasses(input, plan);
  });

  it("a school's 85% floor fails: raise that indicator to the floor only", () => {
    // S1 L5 6000 ÷ 1000 = 6.0 < 0.85 × 7.5 = 6.375; the floor needs 6375 m², i.e. 375 m² more.
    // Raising to the threshold would need 1500 m²; one unmet indicator at ≥ 85% is allowed.
    // CVs stay small: L5 = 6.375, 8, 8 with equal weights → CV ≈ 0.10.
    const input = county([
      section('S1', 'primary', 1000, { sportsAreaM2: 6000 }),
      section('S2', 'primary', 1000),
      section('S3', 'primary', 1000),
      section('J1', 'junior', 800),
    ]);
    const plan = planGapToPass(PACKS, input);
    expect(brief(plan)).toEqual([['addSportsArea', 'S1', 375]]);
    expect(plan.items[0]?.description).toBe('S1学校 增加体育运动场馆面积 375 平方米');
    expectPlanPasses(input, plan);
  });

  it('two unmet indicators: the one with the larger relative saving stays at the floor', () => {
    // S1: L5 7000 m² (7.0; to 7.5 needs 500 of 7500 required = 6.7%) and L7 22 rooms (2.2; to 2.3
    // needs 1 of 23 = 4.3%). Both are above their floors, so L5 stays and one room is added.
    const input = county([
      section('S1', 'primary', 1000, { sportsAreaM2: 7000, multimediaRooms: 22 }),
      section('S2', 'primary', 1000),
      section('J1', 'junior', 800),
    ]);
    const plan = planGapToPass(PACKS, input);
    expect(brief(plan)).toEqual([['addMultimediaRoom', 'S1', 1]]);
    expectPlanPasses(input, plan);
  });

  it('L1 by upgrading existing teachers first, by hiring when configured as cheaper', () => {
    // Junior J1: 1000 students, 60 teachers of whom 40 above the required qualification → 4.0 per 100
    // (< 5.3, and < floor 0.85 × 5.3 = 4.505); L4 5000 m² → 5.0 (< 5.8, ≥ floor 0.85 × 5.8 = 4.93).
    // Only one may stay unmet. Effort as a share of the requirement (no costs configured):
    //   L1 at the floor L4 to 5.8: ⌈45.05⌉ − 40 = 6 of 53 (0.113) + 800 of 5800 m² (0.138) = 0.251;
    //   L1 to 5.3 and L4 at its floor: 53 − 40 = 13 of 53 = 0.245 (L4 needs nothing) — cheaper.
    // So 13 more above-qualified teachers, by upgrading (60 − 40 = 20 can be upgraded).
    const input = county([
      section('P1', 'primary', 800),
      section('J1', 'junior', 1000, {
        teachers: 60,
        teachersAboveRequiredQualification: 40,
        certifiedTeachers: 60,
        teachingAuxAreaM2: 5000,
      }),
      section('J2', 'junior', 1000, {
        teachers: 60,
        teachersAboveRequiredQualification: 55,
        certifiedTeachers: 60,
      }),
    ]);
    const plan = planGapToPass(PACKS, input);
    expect(brief(plan)).toEqual([['upgradeQualification', 'J1', 13]]);
    expect(plan.items[0]?.description).toBe(
      'J1学校 现有专任教师 13 名通过学历提升达到高于规定学历（小学专科及以上、初中本科及以上）',
    );
    expectPlanPasses(input, plan);

    // Hiring configured cheaper than upgrading: L1 to the threshold 13 × 10,000 = 130,000 (saving
    // 70,000 against the floor's 6 × 10,000), L4 to the threshold 800 × 3,000 = 2,400,000 (saving
    // 2,400,000) → L4 stays at its floor and the 13 are hired.
    const costs = { upgradeQualification: 20_000, hireQualifiedTeacher: 10_000, addTeachingAuxArea: 3_000 };
    const costed = planGapToPass(PACKS, input, costs);
    expect(brief(costed)).toEqual([['hireQualifiedTeacher', 'J1', 13]]);
    expect(costed.items[0]).toMatchObject({ unitCost: 10_000, cost: 130_000 });
    expect([costed.totalCost, costed.uncostedItems]).toEqual([130_000, 0]);
    expectPlanPasses(input, costed);
  });

  it('guarantee items: classes, certification, rotation and special-education funding', () => {
    const input = county(
      [
        section('P1', 'primary', 800, {
          classSizes: [...Array<number>(18).fill(40), 52, 28],
          certifiedTeachers: 41,
        }),
        section('J1', 'junior', 800, { classSizes: [...Array<number>(13).fill(50), 101, 49] }),
      ],
      {
        inputs: {
          ...goodInputs(),
          rotationEligibleTeachers: 400,
          rotatedTeachers: 30,
          rotatedBackboneTeachers: 5,
          specialEducationFundingPerStudent: 5400,
        },
      },
    );
    const plan = planGapToPass(PACKS, input);
    // In the pack's order of the items (G05, G07, G11, G12).
    // Class 52 > 45 → ceil(52/45) = 2 classes (26 + 26), one more; 101 > 50 → ceil(101/50) = 3
    // (34 + 34 + 33), two more. P1 has 48 teachers, 41 certified → 7 to certify.
    // Rotation: 10% of 400 = 40, 30 done → 10 more; backbone ⌈20% × 40⌉ = 8, 5 done → 3 of them.
    // Funding 6000 − 5400 = 600 per student.
    expect(brief(plan)).toEqual([
      ['splitClass', 'P1', 1],
      ['splitClass', 'J1', 2],
      ['raiseSpecialEducationFunding', null, 600],
      ['rotateTeacher', null, 10],
      ['certifyTeacher', 'P1', 7],
    ]);
    expect(plan.items.map((i) => i.description)).toEqual([
      'P1学校 增设 1 个班，拆分超过 45 人的班 1 个（52 人→26+26）',
      'J1学校 增设 2 个班，拆分超过 50 人的班 1 个（101 人→34+34+33）',
      '特殊教育学校生均公用经费从 ¥5,400 提高到 ¥6,000（每生每年增加 ¥600）',
      '全县再交流轮岗教师 10 名，其中县级以上骨干教师 3 名（达到符合条件教师的 10%、骨干占 20%）',
      'P1学校 未持证专任教师 7 名取得教师资格证',
    ]);
    expectPlanPasses(input, plan);
  });

  it('an oversized 九年一贯制 school gets a new campus with whole classes and its share of teachers', () => {
    // 312: primary 1480 (37 × 40), junior 1200 (24 × 50) = 2680 > 2500 → 180 to move. Largest classes
    // first: four junior classes of 50 = 200. Junior teachers 96 → ⌊96 × 200/1200⌋ = 16 move.
    const nine = (sec: 'primary' | 'junior', students: number, classSizes: number[]): SchoolSectionInput =>
      section('N1', sec, students, { runningType: '312', schoolCompulsoryStudents: 2680, classSizes });
    const input = county([
      nine('primary', 1480, Array<number>(37).fill(40)),
      nine('junior', 1200, Array<number>(24).fill(50)),
      section('P2', 'primary', 800),
      section('J2', 'junior', 800),
    ]);
    const plan = planGapToPass(PACKS, input);
    const split = plan.items[0];
    expect(split).toMatchObject({
      action: 'splitCampus',
      institutionCode: 'N1',
      amount: 200,
      unit: '名学生',
    });
    expect(split?.effect).toMatchObject({
      kind: 'splitCampus',
      newInstitutionCode: 'N1-XQ1',
      moves: [{ section: 'junior', students: 200, classSizes: [50, 50, 50, 50], changes: { teachers: 16 } }],
    });
    // The new campus is built: its L4–L7 facilities appear as later items.
    expect(plan.items.some((i) => i.institutionCode === 'N1-XQ1' && i.action === 'addEquipmentValue')).toBe(
      true,
    );
    expectPlanPasses(input, plan);
  });

  it('preschool: split the fewest classes and certify the missing teachers', () => {
    const cls = (grade: 'K1' | 'K2' | 'K3', sizes: number[]) => sizes.map((size) => ({ grade, size }));
    const kgs: KindergartenInput[] = goodKindergartens().map((k) =>
      k.institutionCode === 'KG-B'
        ? {
            ...k,
            classes: [...cls('K1', [28, 22]), ...cls('K2', [32, 28]), ...cls('K3', [45, 45])],
            teachers: 12,
            certifiedTeachers: 10,
          }
        : k,
    );
    const input = county(baselineSchools(), {
      kindergartens: kgs,
      inputs: { ...goodInputs(), population3to5: 680 },
    });
    const plan = planGapToPass(PACKS, input);
    // Classes: 21, of which 4 over the norm (28, 32, 45, 45) → 17/21 = 0.81 < 0.85. Each needs 2
    // classes; splitting one 45 gives 19/22 = 0.864 ≥ 0.85. Teachers 40, certified 38 → 2 more.
    // Ratio 600 ÷ 40 = 15 and public share 300 ÷ 600 = 0.5 already pass.
    expect(brief(plan)).toEqual([
      ['splitKindergartenClass', 'KG-B', 1],
      ['certifyPreschoolTeacher', 'KG-B', 2],
    ]);
    expect(plan.items[0]?.description).toBe('乙普惠幼儿园 增设 1 个班，拆分超额班（大班 45 人→23+22）');
    expectPlanPasses(input, plan);
  });

  it('preschool: new public places, conversions to public, 普惠 recognition and teachers', () => {
    const kgs: KindergartenInput[] = [
      {
        institutionCode: 'A',
        institutionName: '甲园',
        ownership: 'public',
        children: 200,
        classes: [{ grade: 'K2', size: 30 }],
        teachers: 10,
        certifiedTeachers: 10,
      },
      {
        institutionCode: 'B',
        institutionName: '乙园',
        ownership: 'private',
        children: 300,
        classes: [{ grade: 'K2', size: 30 }],
        teachers: 15,
        certifiedTeachers: 15,
      },
      {
        institutionCode: 'C',
        institutionName: '丙园',
        ownership: 'private',
        children: 250,
        classes: [{ grade: 'K2', size: 30 }],
        teachers: 10,
        certifiedTeachers: 10,
      },
      {
        institutionCode: 'D',
        institutionName: '丁园',
        ownership: 'private',
        children: 100,
        classes: [{ grade: 'K2', size: 30 }],
        teachers: 5,
        certifiedTeachers: 5,
      },
    ];
    const input = county(baselineSchools(), {
      kindergartens: kgs,
      inputs: { ...goodInputs(), population3to5: 1100 },
    });
    const plan = planGapToPass(PACKS, input);
    // Gross: 850 ÷ 1100 = 0.773; ⌈0.85 × 1100⌉ = 935 → 85 new public places (teachers ⌈85/15⌉ = 6).
    // Public: (200 + 85) ÷ 935 = 0.305 → convert B (300): 585 ÷ 935 = 0.626 ≥ 0.5.
    // Coverage: 585 ÷ 935 = 0.626 → recognise C (250): 835 ÷ 935 = 0.893 ≥ 0.8.
    // Ratio: 935 ÷ (40 + 6) = 20.3 > 15 → ⌈935/15⌉ = 63, 17 more teachers.
    expect(brief(plan).slice(0, 3)).toEqual([
      ['addPublicPlace', '370811-XZGBXW', 85],
      ['convertToPublic', 'B', 300],
      ['recogniseInclusive', 'C', 250],
    ]);
    const hired = plan.items
      .filter((i) => i.action === 'hirePreschoolTeacher')
      .reduce((s, i) => s + i.amount, 0);
    expect(hired).toBe(17);
    expectPlanPasses(input, plan);
  });

  it('lists judgement items and county inputs it cannot plan', () => {
    const judgements = allJudgements()
      .filter((j) => j.itemId !== 'CB-G08')
      .map((j) => (j.itemId === 'PU-Q05' ? { ...j, met: false } : j));
    const input = county(baselineSchools(), {
      judgements,
      inputs: { ...goodInputs(), population3to5: null },
    });
    const plan = planGapToPass(PACKS, input);
    expect(plan.items).toEqual([]);
    expect(plan.judgementsNeeded.map((j) => [j.itemId, j.message.slice(0, 6)])).toEqual([
      ['CB-G08', '需评估员认定'],
      ['PU-Q05', '需评估员认定'],
    ]);
    expect(plan.judgementsNeeded[1]?.message).toContain('整改后重新认定');
    expect(plan.missingInputs).toEqual([
      {
        standard: 'preschoolUniversal',
        field: 'population3to5',
        ruleIds: ['PU-P01'],
        message: '需录入县级数据“3–5 岁常住人口数”，才能计算“学前三年毛入园率”',
      },
    ]);
  });
});

describe('applyGapPlan', () => {
  it('does not change its input', () => {
    const input = county([
      section('S1', 'primary', 1000, {
        sportsAreaM2: 6000,
        classSizes: [...Array<number>(23).fill(40), 60, 20],
      }),
      section('J1', 'junior', 800),
    ]);
    const snapshot = structuredClone(input);
    const plan = planGapToPass(PACKS, input);
    const applied = applyGapPlan(input, plan);
    expect(input).toEqual(snapshot);
    expect(applied.schools[0]?.sportsAreaM2).toBe(6375);
    expect(applied.schools[0]?.classSizes.slice(-3)).toEqual([20, 30, 30]);
  });
});

describe('planGapToPass: a synthetic county of 300 school sections', () => {
  it('plans a passing county (seeded)', () => {
    const rnd = seeded(20251);
    const between = (lo: number, hi: number) => lo + (hi - lo) * rnd();
    const schools: SchoolSectionInput[] = [];
    for (let i = 0; i < 300; i++) {
      const sec = i < 200 ? ('primary' as const) : ('junior' as const);
      const small = rnd() < 0.15;
      const students = Math.round(small ? between(30, 150) : between(200, 1800));
      const code = `S${String(i).padStart(3, '0')}`;
      const base = section(code, sec, students, small && sec === 'primary' ? { runningType: '218' } : {});
      // Resources scattered from 50% to 130% of the good rates, classes sometimes oversized.
      const f = () => between(0.5, 1.3);
      const teachers = Math.max(1, Math.round(base.teachers * f()));
      schools.push({
        ...base,
        teachers,
        teachersAboveRequiredQualification: Math.min(
          teachers,
          Math.round(base.teachersAboveRequiredQualification * f()),
        ),
        backboneTeachers: Math.min(teachers, Math.round(base.backboneTeachers * f())),
        peArtsTeachers: Math.min(teachers, Math.round(base.peArtsTeachers * f())),
        certifiedTeachers: Math.round(teachers * between(0.9, 1)),
        teachingAuxAreaM2: Math.round(base.teachingAuxAreaM2 * f()),
        sportsAreaM2: Math.round(base.sportsAreaM2 * f()),
        equipmentValueYuan: Math.round(base.equipmentValueYuan * f()),
        multimediaRooms: Math.round(base.multimediaRooms * f()),
        // One class in five schools 15 over (40 → 55: over 45 and 50).
        classSizes: rnd() < 0.2 ? base.classSizes.map((s, k) => (k === 0 ? s + 15 : s)) : base.classSizes,
      });
    }
    // Keep every class list consistent with the enrolment it claims.
    for (const s of schools) s.students = s.classSizes.reduce((a, b) => a + b, 0);
    const input = county(schools, {
      inputs: { ...goodInputs(), rotatedTeachers: 6, specialEducationFundingPerStudent: 5000 },
    });
    const plan = planGapToPass(PACKS, input);
    expect(plan.before.compulsoryBalanced).toBe('fail');
    expect(plan.items.length).toBeGreaterThan(50);
    expectPlanPasses(input, plan);
  });
});
