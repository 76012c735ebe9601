/**
 * Autumn statistics (秋季统计) of one institution for one school year: enrolment by grade and sex,
 * classes with their sizes, and per-stage teachers and facilities. Per-stage resources let a
 * nine-year or complete school be split into its primary and junior sections (STANDARDS.md §1.1).
 */

export type Stage = 'preschool' | 'primary' | 'junior' | 'senior' | 'special';
export const STAGES: readonly Stage[] = ['preschool', 'primary', 'junior', 'senior', 'special'];

/**
 * Grade codes: K1–K3 小班/中班/大班; P1–P6 小学一至六年级; J1–J3 初中一至三年级;
 * S1–S3 高中一至三年级; SE 特殊教育学校在校生 (not graded here).
 */
export type GradeCode =
  | 'K1'
  | 'K2'
  | 'K3'
  | 'P1'
  | 'P2'
  | 'P3'
  | 'P4'
  | 'P5'
  | 'P6'
  | 'J1'
  | 'J2'
  | 'J3'
  | 'S1'
  | 'S2'
  | 'S3'
  | 'SE';

export const GRADE_STAGE: Readonly<Record<GradeCode, Stage>> = {
  K1: 'preschool',
  K2: 'preschool',
  K3: 'preschool',
  P1: 'primary',
  P2: 'primary',
  P3: 'primary',
  P4: 'primary',
  P5: 'primary',
  P6: 'primary',
  J1: 'junior',
  J2: 'junior',
  J3: 'junior',
  S1: 'senior',
  S2: 'senior',
  S3: 'senior',
  SE: 'special',
};

export interface GradeEnrolment {
  grade: GradeCode;
  male: number;
  female: number;
  /** Size of every class of this grade; their sum equals male + female. */
  classSizes: number[];
}

export interface StageResources {
  /** 专任教师 */
  teachers: number;
  /** 高于规定学历 (primary: 专科及以上; junior and above: 本科及以上) */
  teachersAboveRequiredQualification: number;
  /** 县级及以上骨干教师 */
  backboneTeachers: number;
  /** 体育、艺术(音乐、美术)专任教师 */
  peArtsTeachers: number;
  /** 持证 (教师资格证) */
  certifiedTeachers: number;
  /** 在编 */
  establishedPostTeachers: number;
  /** 教学及辅助用房面积 m² */
  teachingAuxAreaM2: number;
  /** 体育运动场馆面积 m² */
  sportsAreaM2: number;
  /** 教学仪器设备值 yuan (账面原值) */
  equipmentValueYuan: number;
  /** 网络多媒体教室 */
  multimediaRooms: number;
}

export interface InstitutionYearStatistics {
  institutionCode: string;
  schoolYear: number;
  grades: GradeEnrolment[];
  stages: Partial<Record<Stage, StageResources>>;
}
