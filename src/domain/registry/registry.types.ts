/**
 * Registry types: org units, institutions, effective-dated attributes and lifecycle events.
 * Names follow docs/GLOSSARY.md. A school year is named by the calendar year it starts in
 * (2025 = 2025–2026 school year, autumn statistics of September 2025).
 */

export type OrgLevel = 'city' | 'county' | 'township';

/** An org unit's code: 6 digits (city, county level) or 9 (township), as typed at every edge. */
export const ORG_CODE_PATTERN = /^\d{6}(\d{3})?$/;
export const ORG_CODE_RULE = '组织机构代码应为 6 位或 9 位数字';

/**
 * How a county-level unit is constituted. `zone` is a functional zone (功能区) that runs schools
 * but may have no NBS code of its own.
 */
export type CountyKind = 'district' | 'county' | 'countyCity' | 'zone';

export interface OrgUnit {
  /** NBS code (6 digits for city/county, 9 for township) or a local code (`codeSource: 'local'`). */
  code: string;
  name: string;
  level: OrgLevel;
  /** Administrative parent in the platform's tree (a zone for the townships it administers). */
  parentCode: string | null;
  /** 'nbs' = 国家统计局统计用区划代码; 'local' = assigned by this platform (no NBS code exists). */
  codeSource: 'nbs' | 'local';
  /** For townships moved under a functional zone: the NBS (legal) county they belong to. */
  legalParentCode: string | null;
  /** County-level units only. */
  countyKind: CountyKind | null;
}

/** JY/T 1001 / GB/T 33782-2017 办学类型代码 used by the platform (STANDARDS.md §5). */
export type RunningType =
  | '111' // 幼儿园
  | '211' // 小学
  | '218' // 小学教学点
  | '311' // 初级中学
  | '312' // 九年一贯制学校
  | '341' // 完全中学
  | '342' // 高级中学
  | '345' // 十二年一贯制学校
  | '511' // 盲人学校
  | '512' // 聋人学校
  | '513' // 培智学校
  | '514'; // 其他特教学校

export const RUNNING_TYPES: readonly RunningType[] = [
  '111',
  '211',
  '218',
  '311',
  '312',
  '341',
  '342',
  '345',
  '511',
  '512',
  '513',
  '514',
];

/** 举办者: 公办 / 普惠性民办 / 其他民办. */
export type Ownership = 'public' | 'inclusivePrivate' | 'private';
export const OWNERSHIPS: readonly Ownership[] = ['public', 'inclusivePrivate', 'private'];

/** GB/T 33782-2017 表5 所在地城乡类型代码 (STANDARDS.md §5). */
export type UrbanRural = '111' | '112' | '121' | '122' | '123' | '210' | '220';
export const URBAN_RURAL_CODES: readonly UrbanRural[] = ['111', '112', '121', '122', '123', '210', '220'];

export interface Institution {
  /** 10-character institution code (学校标识码 style). */
  code: string;
  name: string;
  runningType: RunningType;
  /**
   * Ownership when the institution was registered. A later change (e.g. a private kindergarten
   * taken into public ownership, 民转公) is an `ownership` attribute record, so earlier years keep
   * the ownership they had.
   */
  ownership: Ownership;
  urbanRural: UrbanRural;
  townshipCode: string;
  /** County-level unit that runs it (a functional zone where the township is administered by one). */
  countyCode: string;
  /** GCJ-02 longitude / latitude, like the county boundaries. */
  longitude: number;
  latitude: number;
}

/** 幼儿园等级: 省级示范 / 省一类 / 省二类 / 省三类 / 未定级. */
export type KgClass = 'provincialDemo' | 'class1' | 'class2' | 'class3' | 'unrated';
export const KG_CLASSES: readonly KgClass[] = ['provincialDemo', 'class1', 'class2', 'class3', 'unrated'];

/** 特色高中: 省级 / 市级 / 无. */
export type FeaturedHighSchool = 'provincial' | 'city' | 'none';

/** 特教学校办学质量评价结果. */
export type SpecialEdEvaluation = 'passed' | 'failed' | 'notEvaluated';

/**
 * 省定办学条件标准类别 of a school (山东省普通中小学办学条件标准): I 类, II 类, or below II 类.
 * The plan's 任务7 asks every township-seat school to reach II 类 or above.
 */
export type ConditionsClass = 'classI' | 'classII' | 'belowClassII';
export const CONDITIONS_CLASSES: readonly ConditionsClass[] = ['classI', 'classII', 'belowClassII'];

/** 学科基地, e.g. { level: 'provincial', subject: '物理' }. */
export interface SubjectBase {
  level: 'provincial' | 'city';
  subject: string;
}

/** Attribute values that change over school years; history is kept, never overwritten. */
export interface InstitutionAttributes {
  /** Ownership from a school year on (overrides `Institution.ownership`). */
  ownership: Ownership;
  kgClass: KgClass;
  strongSchoolProgramme: boolean;
  highSchoolEvaluationCompleted: boolean;
  featuredHighSchool: FeaturedHighSchool;
  subjectBases: SubjectBase[];
  specialEdEvaluation: SpecialEdEvaluation;
  /** 乡镇（街道）特殊教育资源中心 based at this (central primary or junior) school, from a school year on. */
  resourceCentre: boolean;
  /** A special-education school's 学前教育部（班）. */
  preschoolDepartment: boolean;
  /** A special-education school's 中等职业教育部（班）. */
  vocationalDepartment: boolean;
  /** 乡镇驻地学校: the school stands at its township's seat. */
  townshipSeat: boolean;
  /** 省定办学条件标准类别 reached. */
  conditionsClass: ConditionsClass;
}
export type AttributeName = keyof InstitutionAttributes;

/**
 * One recorded value of one attribute, effective from a school year until a later record for the
 * same attribute takes over. A correction is a new record with a later `recordedAt`; records are
 * never updated or deleted.
 */
export interface AttributeRecord<N extends AttributeName = AttributeName> {
  institutionCode: string;
  name: N;
  value: InstitutionAttributes[N];
  effectiveFromYear: number;
  /** ISO 8601 instant the record was made. */
  recordedAt: string;
  note?: string;
}

/**
 * `AttributeRecord` with `value` tied to `name`: one member per attribute (the plain type lets any
 * name go with any attribute's value; this is its exact, correlated form).
 */
export type AttributeRecordByName = { [N in AttributeName]: AttributeRecord<N> }[AttributeName];

export type LifecycleEventKind = 'opened' | 'closed' | 'mergedInto';

/**
 * `opened` in year Y: the institution operates from school year Y.
 * `closed` / `mergedInto` in year Y: it no longer operates from school year Y.
 */
export interface LifecycleEvent {
  institutionCode: string;
  kind: LifecycleEventKind;
  schoolYear: number;
  /** For `mergedInto`: the institution that absorbed it. */
  targetInstitutionCode?: string;
  note?: string;
}
