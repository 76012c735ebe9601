/**
 * From one institution's autumn statistics to the rows the county standards read: one row per
 * compulsory section (小学部 P1–P6, 初中部 J1–J3; STANDARDS.md §1.1 "How schools are split by 学段")
 * and one kindergarten row from K1–K3. Senior (S1–S3) and special (SE) grades are ignored.
 *
 * Data-driven: a section exists when the statistics have a grade of it or resources for it, whatever
 * the 办学类型 (a 九年一贯制 312 gives two rows, a 完全中学 341 one junior row). Whether a section is
 * assessed (special schools, small 教学点, zero students) is decided by the evaluator from the rule
 * pack, not here. Missing stage resources count as zero.
 */
import { enrolmentOf } from '../shared/enrolment.ts';
import type { GradeCode, InstitutionYearStatistics, StageResources } from '../statistics/statistics.types.ts';
import type {
  KindergartenGrade,
  KindergartenInput,
  KindergartenOwnership,
  Section,
  SchoolSectionInput,
} from './standards.types.ts';

export interface InstitutionRef {
  code: string;
  name: string;
  runningType: string;
}

const SECTION_GRADES: Readonly<Record<Section, readonly GradeCode[]>> = {
  primary: ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'],
  junior: ['J1', 'J2', 'J3'],
};
const KG_GRADES: readonly KindergartenGrade[] = ['K1', 'K2', 'K3'];

const NO_RESOURCES: StageResources = {
  teachers: 0,
  teachersAboveRequiredQualification: 0,
  backboneTeachers: 0,
  peArtsTeachers: 0,
  certifiedTeachers: 0,
  establishedPostTeachers: 0,
  teachingAuxAreaM2: 0,
  sportsAreaM2: 0,
  equipmentValueYuan: 0,
  multimediaRooms: 0,
};

function gradesOf(stats: InstitutionYearStatistics, grades: readonly GradeCode[]) {
  return stats.grades.filter((g) => grades.includes(g.grade));
}

/** One row per compulsory section present in `stats`, primary first. */
export function splitSections(
  institution: InstitutionRef,
  stats: InstitutionYearStatistics,
): SchoolSectionInput[] {
  const sectionGrades = {
    primary: gradesOf(stats, SECTION_GRADES.primary),
    junior: gradesOf(stats, SECTION_GRADES.junior),
  };
  const schoolCompulsoryStudents = enrolmentOf(sectionGrades.primary) + enrolmentOf(sectionGrades.junior);
  const rows: SchoolSectionInput[] = [];
  for (const section of ['primary', 'junior'] as const) {
    const grades = sectionGrades[section];
    const stage = stats.stages[section];
    if (grades.length === 0 && stage === undefined) continue;
    const r = stage ?? NO_RESOURCES;
    rows.push({
      institutionCode: institution.code,
      institutionName: institution.name,
      section,
      runningType: institution.runningType,
      students: enrolmentOf(grades),
      classSizes: grades.flatMap((g) => g.classSizes),
      schoolCompulsoryStudents,
      teachers: r.teachers,
      teachersAboveRequiredQualification: r.teachersAboveRequiredQualification,
      backboneTeachers: r.backboneTeachers,
      peArtsTeachers: r.peArtsTeachers,
      certifiedTeachers: r.certifiedTeachers,
      teachingAuxAreaM2: r.teachingAuxAreaM2,
      sportsAreaM2: r.sportsAreaM2,
      equipmentValueYuan: r.equipmentValueYuan,
      multimediaRooms: r.multimediaRooms,
    });
  }
  return rows;
}

/**
 * The kindergarten row of an institution with preschool grades (a 幼儿园, or a school with
 * 附设幼儿班); null when it has neither preschool grades nor preschool resources.
 */
export function kindergartenInput(
  institution: InstitutionRef,
  ownership: KindergartenOwnership,
  stats: InstitutionYearStatistics,
): KindergartenInput | null {
  const grades = stats.grades.filter((g): g is typeof g & { grade: KindergartenGrade } =>
    (KG_GRADES as readonly string[]).includes(g.grade),
  );
  const stage = stats.stages.preschool;
  if (grades.length === 0 && stage === undefined) return null;
  return {
    institutionCode: institution.code,
    institutionName: institution.name,
    ownership,
    children: enrolmentOf(grades),
    classes: grades.flatMap((g) => g.classSizes.map((size) => ({ grade: g.grade, size }))),
    teachers: stage?.teachers ?? 0,
    certifiedTeachers: stage?.certifiedTeachers ?? 0,
  };
}
