/**
 * A small invented city as stored data: the three counties of src/domain/targets/target.engine.test.ts
 * with the same kindergartens and special schools, plus a functional zone (999904, one township
 * legally in county 999903), high schools, and a private kindergarten taken into public ownership
 * in 2025. Sixteen institutions, autumn statistics for 2023 and 2025. Every expected value in the
 * tests that use it is worked out by hand in their comments.
 */
import type { Db } from '../../src/db/database.ts';
import {
  bumpRevision,
  insertAttributeRecords,
  insertInstitutions,
  insertLifecycleEvents,
  insertStatistics,
  replaceOrgUnits,
} from '../../src/db/registry/registry.repository.ts';
import type {
  AttributeRecord,
  Institution,
  LifecycleEvent,
} from '../../src/domain/registry/registry.types.ts';
import type { GradeCode, InstitutionYearStatistics } from '../../src/domain/statistics/statistics.types.ts';
import { buildInstitution, buildSmallOrgTreeWithZone } from '../factories.ts';

const A = '999901';
const B = '999902';
const C = '999903';
const Z = '999904';

export const SMALL_INSTITUTIONS: Institution[] = [
  buildInstitution({ code: 'KA00000001', name: '甲县实验幼儿园', countyCode: A, townshipCode: `${A}001` }),
  buildInstitution({
    code: 'KA00000002',
    name: '甲县阳光幼儿园',
    countyCode: A,
    townshipCode: `${A}002`,
    ownership: 'private',
  }),
  buildInstitution({
    code: 'KA00000003',
    name: '甲县育才幼儿园',
    countyCode: A,
    townshipCode: `${A}002`,
    ownership: 'inclusivePrivate',
  }),
  buildInstitution({ code: 'KB00000001', name: '乙县第一幼儿园', countyCode: B, townshipCode: `${B}001` }),
  buildInstitution({ code: 'KB00000002', name: '乙县第二幼儿园', countyCode: B, townshipCode: `${B}001` }),
  buildInstitution({
    code: 'KB00000003',
    name: '乙县小太阳幼儿园',
    countyCode: B,
    townshipCode: `${B}001`,
    ownership: 'private',
  }),
  buildInstitution({
    code: 'KC00000001',
    name: '丙县金苹果幼儿园',
    countyCode: C,
    townshipCode: `${C}001`,
    ownership: 'private',
  }),
  buildInstitution({ code: 'KC00000002', name: '丙县中心幼儿园', countyCode: C, townshipCode: `${C}001` }),
  buildInstitution({
    code: 'SA00000001',
    name: '甲县特殊教育学校',
    countyCode: A,
    townshipCode: `${A}001`,
    runningType: '513',
  }),
  buildInstitution({
    code: 'SC00000001',
    name: '丙县特殊教育学校',
    countyCode: C,
    townshipCode: `${C}001`,
    runningType: '513',
  }),
  buildInstitution({
    code: 'PA00000001',
    name: '甲县实验小学',
    countyCode: A,
    townshipCode: `${A}001`,
    runningType: '211',
  }),
  buildInstitution({
    code: 'PA00000002',
    name: '王庄小学教学点',
    countyCode: A,
    townshipCode: `${A}002`,
    runningType: '218',
  }),
  buildInstitution({
    code: 'HA00000001',
    name: '甲县第一中学',
    countyCode: A,
    townshipCode: `${A}001`,
    runningType: '342',
  }),
  buildInstitution({
    code: 'HA00000002',
    name: '甲县第二中学',
    countyCode: A,
    townshipCode: `${A}002`,
    runningType: '341',
  }),
  buildInstitution({
    code: 'HZ00000001',
    name: '开发区高级中学',
    countyCode: Z,
    townshipCode: `${Z}001`,
    runningType: '342',
  }),
  buildInstitution({
    code: 'KZ00000001',
    name: '开发区启明幼儿园',
    countyCode: Z,
    townshipCode: `${Z}001`,
    ownership: 'private',
  }),
];

const GRADES: Record<string, GradeCode[]> = {
  '111': ['K1', 'K2', 'K3'],
  '211': ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'],
  '218': ['P1', 'P2', 'P3'],
  '513': ['SE'],
  '341': ['J1', 'J2', 'J3', 'S1', 'S2', 'S3'],
  '342': ['S1', 'S2', 'S3'],
};

/** Statistics whose grades add up to `total` (split evenly, remainder in the first grade). */
function stats(code: string, schoolYear: number, total: number): InstitutionYearStatistics {
  const inst = SMALL_INSTITUTIONS.find((i) => i.code === code)!;
  const grades = GRADES[inst.runningType]!;
  const per = Math.floor(total / grades.length);
  return {
    institutionCode: code,
    schoolYear,
    grades: grades.map((grade, i) => {
      const n = per + (i === 0 ? total - per * grades.length : 0);
      const male = Math.floor(n / 2);
      return { grade, male, female: n - male, classSizes: [n] };
    }),
    stages: {},
  };
}

const ENROLMENT: Record<number, Record<string, number>> = {
  2023: {
    KA00000001: 200,
    KA00000002: 100,
    KA00000003: 100,
    KB00000001: 300,
    KB00000002: 150,
    KB00000003: 50,
    KC00000001: 100,
    SA00000001: 80,
    SC00000001: 40,
    PA00000001: 500,
    PA00000002: 30,
    HA00000001: 1200,
    HA00000002: 900,
    HZ00000001: 600,
    KZ00000001: 50,
  },
  2025: {
    KA00000001: 180,
    KA00000002: 60,
    KA00000003: 60,
    KB00000001: 240,
    KB00000002: 120,
    KB00000003: 40,
    KC00000001: 80,
    KC00000002: 20,
    SA00000001: 82,
    SC00000001: 41,
    PA00000001: 480,
    HA00000001: 1150,
    HA00000002: 880,
    HZ00000001: 640,
    KZ00000001: 50,
  },
};

export const SMALL_STATISTICS: InstitutionYearStatistics[] = Object.entries(ENROLMENT).flatMap(([y, m]) =>
  Object.entries(m).map(([code, n]) => stats(code, Number(y), n)),
);

const at = (y: number, month = '10-01') => `${y}-${month}T00:00:00.000Z`;
const kg = (code: string, value: string, y: number, month?: string): AttributeRecord =>
  ({
    institutionCode: code,
    name: 'kgClass',
    value,
    effectiveFromYear: y,
    recordedAt: at(y, month),
  }) as AttributeRecord;

export const SMALL_ATTRIBUTES: AttributeRecord[] = [
  kg('KA00000001', 'class2', 2019),
  kg('KA00000001', 'class1', 2025),
  kg('KA00000002', 'unrated', 2019),
  kg('KA00000003', 'class2', 2019),
  kg('KB00000001', 'class1', 2019),
  kg('KB00000002', 'class2', 2019),
  kg('KB00000002', 'class3', 2024, '10-01'),
  // Correction of the 2024 rating a month later: it was a provincial-demonstration upgrade.
  kg('KB00000002', 'provincialDemo', 2024, '11-01'),
  kg('KB00000003', 'class3', 2019),
  kg('KC00000001', 'unrated', 2019),
  kg('KC00000002', 'unrated', 2025),
  {
    institutionCode: 'SA00000001',
    name: 'specialEdEvaluation',
    value: 'notEvaluated',
    effectiveFromYear: 2019,
    recordedAt: at(2019),
  },
  {
    institutionCode: 'SA00000001',
    name: 'specialEdEvaluation',
    value: 'passed',
    effectiveFromYear: 2025,
    recordedAt: at(2025),
  },
  {
    institutionCode: 'SC00000001',
    name: 'specialEdEvaluation',
    value: 'notEvaluated',
    effectiveFromYear: 2019,
    recordedAt: at(2019),
  },
  {
    institutionCode: 'SC00000001',
    name: 'specialEdEvaluation',
    value: 'failed',
    effectiveFromYear: 2025,
    recordedAt: at(2025),
  },
  {
    institutionCode: 'PA00000001',
    name: 'strongSchoolProgramme',
    value: false,
    effectiveFromYear: 2019,
    recordedAt: at(2019),
  },
  {
    institutionCode: 'PA00000001',
    name: 'strongSchoolProgramme',
    value: true,
    effectiveFromYear: 2024,
    recordedAt: at(2024),
  },
  {
    institutionCode: 'HA00000001',
    name: 'highSchoolEvaluationCompleted',
    value: false,
    effectiveFromYear: 2019,
    recordedAt: at(2019),
  },
  {
    institutionCode: 'HA00000001',
    name: 'highSchoolEvaluationCompleted',
    value: true,
    effectiveFromYear: 2024,
    recordedAt: at(2024),
  },
  {
    institutionCode: 'HA00000001',
    name: 'featuredHighSchool',
    value: 'city',
    effectiveFromYear: 2022,
    recordedAt: at(2022),
  },
  {
    institutionCode: 'HA00000002',
    name: 'highSchoolEvaluationCompleted',
    value: false,
    effectiveFromYear: 2019,
    recordedAt: at(2019),
  },
  {
    institutionCode: 'HA00000002',
    name: 'featuredHighSchool',
    value: 'none',
    effectiveFromYear: 2019,
    recordedAt: at(2019),
  },
  {
    institutionCode: 'HZ00000001',
    name: 'highSchoolEvaluationCompleted',
    value: true,
    effectiveFromYear: 2025,
    recordedAt: at(2025),
  },
  {
    institutionCode: 'HZ00000001',
    name: 'featuredHighSchool',
    value: 'provincial',
    effectiveFromYear: 2023,
    recordedAt: at(2023),
  },
  kg('KZ00000001', 'class2', 2019),
  // 民转公: the private kindergarten is public from the 2025 school year on.
  {
    institutionCode: 'KZ00000001',
    name: 'ownership',
    value: 'public',
    effectiveFromYear: 2025,
    recordedAt: at(2025),
  },
];

export const SMALL_EVENTS: LifecycleEvent[] = [
  { institutionCode: 'KC00000002', kind: 'opened', schoolYear: 2025 },
  {
    institutionCode: 'PA00000002',
    kind: 'mergedInto',
    schoolYear: 2025,
    targetInstitutionCode: 'PA00000001',
  },
];

export async function loadSmallDataset(db: Db): Promise<void> {
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await replaceOrgUnits(tx, buildSmallOrgTreeWithZone());
    await insertInstitutions(tx, SMALL_INSTITUTIONS);
    await insertAttributeRecords(tx, SMALL_ATTRIBUTES);
    await insertLifecycleEvents(tx, SMALL_EVENTS);
    await insertStatistics(tx, SMALL_STATISTICS);
    await bumpRevision(tx);
  });
}
