/**
 * Builders for the county-standards tests: school sections whose resources are exact multiples of
 * their enrolment (so that hand computations stay simple), kindergartens, county inputs and
 * judgements. Used by tests only.
 */
import { SHIPPED_RULE_PACKS } from '../fixtures/standards/rule-packs.fixture.ts';
import type {
  CountyEvaluationInput,
  CountyInputs,
  Judgement,
  KindergartenInput,
  RulePackSet,
  SchoolSectionInput,
  Section,
} from '../../src/domain/standards/standards.types.ts';

export const PACKS: RulePackSet = SHIPPED_RULE_PACKS;

/**
 * Resources of a school comfortably above every threshold: teachers and rooms per 100 students,
 * areas (m²) and equipment (yuan) per student. Thresholds (STANDARDS.md §1.1) primary / junior:
 * L1 4.2 / 5.3, L2 1 / 1, L3 0.9 / 0.9, L4 4.5 / 5.8, L5 7.5 / 10.2, L6 2000 / 2500, L7 2.3 / 2.4.
 */
export const GOOD_RATES: Record<
  Section,
  {
    teachers: number;
    teachersAboveRequiredQualification: number;
    backboneTeachers: number;
    peArtsTeachers: number;
    multimediaRooms: number;
    teachingAuxAreaM2: number;
    sportsAreaM2: number;
    equipmentValueYuan: number;
  }
> = {
  primary: {
    teachers: 6,
    teachersAboveRequiredQualification: 5,
    backboneTeachers: 2,
    peArtsTeachers: 1,
    multimediaRooms: 3,
    teachingAuxAreaM2: 5,
    sportsAreaM2: 8,
    equipmentValueYuan: 2500,
  },
  junior: {
    teachers: 8,
    teachersAboveRequiredQualification: 6,
    backboneTeachers: 2,
    peArtsTeachers: 1,
    multimediaRooms: 3,
    teachingAuxAreaM2: 6,
    sportsAreaM2: 11,
    equipmentValueYuan: 3000,
  },
};

/** Classes of 40 and one smaller remainder class: 100 → [40, 40, 20]. */
export function classesOf(students: number, size = 40): number[] {
  const out: number[] = [];
  for (let left = students; left > 0; left -= size) out.push(Math.min(size, left));
  return out;
}

/** A school section with GOOD_RATES resources (rounded to whole units), then `overrides`. */
export function section(
  code: string,
  sec: Section,
  students: number,
  overrides: Partial<SchoolSectionInput> = {},
): SchoolSectionInput {
  const r = GOOD_RATES[sec];
  const per100 = (rate: number): number => Math.round((rate * students) / 100);
  const teachers = per100(r.teachers);
  return {
    institutionCode: code,
    institutionName: `${code}学校`,
    section: sec,
    runningType: sec === 'primary' ? '211' : '311',
    students,
    classSizes: classesOf(students),
    schoolCompulsoryStudents: students,
    teachers,
    teachersAboveRequiredQualification: per100(r.teachersAboveRequiredQualification),
    backboneTeachers: per100(r.backboneTeachers),
    peArtsTeachers: per100(r.peArtsTeachers),
    certifiedTeachers: teachers,
    teachingAuxAreaM2: r.teachingAuxAreaM2 * students,
    sportsAreaM2: r.sportsAreaM2 * students,
    equipmentValueYuan: r.equipmentValueYuan * students,
    multimediaRooms: per100(r.multimediaRooms),
    ...overrides,
  };
}

/**
 * Three kindergartens meeting every 普及普惠 rule: 600 children (public 300, inclusive 200,
 * private 100), 42 certified teachers, every class within 25 / 30 / 35.
 */
export function goodKindergartens(): KindergartenInput[] {
  const cls = (grade: 'K1' | 'K2' | 'K3', sizes: number[]) => sizes.map((size) => ({ grade, size }));
  return [
    {
      institutionCode: 'KG-A',
      institutionName: '甲公办幼儿园',
      ownership: 'public',
      children: 300,
      classes: [...cls('K1', [25, 25, 25, 25]), ...cls('K2', [30, 30, 30, 10]), ...cls('K3', [35, 35, 30])],
      teachers: 20,
      certifiedTeachers: 20,
    },
    {
      institutionCode: 'KG-B',
      institutionName: '乙普惠幼儿园',
      ownership: 'inclusivePrivate',
      children: 200,
      classes: [...cls('K1', [25, 25]), ...cls('K2', [30, 30]), ...cls('K3', [35, 35, 20])],
      teachers: 14,
      certifiedTeachers: 14,
    },
    {
      institutionCode: 'KG-C',
      institutionName: '丙民办幼儿园',
      ownership: 'private',
      children: 100,
      classes: [...cls('K1', [25, 25]), ...cls('K2', [25, 25])],
      teachers: 8,
      certifiedTeachers: 8,
    },
  ];
}

/** County inputs that meet every rule exactly or better: 600 ÷ 700 = 85.7%, 10 ÷ 100, 2 ÷ 10, 6000. */
export function goodInputs(): CountyInputs {
  return {
    population3to5: 700,
    rotationEligibleTeachers: 100,
    rotatedTeachers: 10,
    rotatedBackboneTeachers: 2,
    specialEducationFundingPerStudent: 6000,
  };
}

/** A met judgement for every judgement item of both packs (score 0.9 where a score is required). */
export function allJudgements(packs: RulePackSet = PACKS): Judgement[] {
  return [...packs.compulsoryBalanced.judgements, ...packs.preschoolUniversal.judgements].map((item) => ({
    itemId: item.id,
    met: true,
    score: item.minScore !== undefined ? 0.9 : null,
    evaluator: '张督学',
    evidence: '现场核查',
    recordedAt: '2025-11-01',
  }));
}

export function county(
  schools: SchoolSectionInput[],
  overrides: Partial<CountyEvaluationInput> = {},
): CountyEvaluationInput {
  return {
    countyCode: '370811',
    countyName: '任城区',
    year: 2025,
    schools,
    kindergartens: goodKindergartens(),
    inputs: goodInputs(),
    judgements: allJudgements(),
    ...overrides,
  };
}

/** A primary and a junior school meeting everything (so that both sections are present). */
export function baselineSchools(): SchoolSectionInput[] {
  return [section('P-BASE', 'primary', 800), section('J-BASE', 'junior', 800)];
}

/** Small seeded generator (mulberry32) for synthetic counties. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
