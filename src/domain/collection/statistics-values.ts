/**
 * Between the autumn statistics the engines read (InstitutionYearStatistics) and a form's field
 * values: to pre-fill a form with last year's figures, and to turn an approved submission back
 * into statistics. Element codes map to the statistics' fields here and nowhere else.
 */
import type {
  GradeCode,
  GradeEnrolment,
  InstitutionYearStatistics,
  Stage,
  StageResources,
} from '../statistics/statistics.types.ts';
import type { CollectionCatalog, FormDefinition } from './catalog.types.ts';
import { formFields, type FieldValue, type FieldValues } from './fields.ts';

/** Stage-disaggregated elements and the StageResources field each one is. */
export const RESOURCE_ELEMENTS: Readonly<Record<string, keyof StageResources>> = {
  TEACHERS: 'teachers',
  TEACHERS_QUALIFIED: 'teachersAboveRequiredQualification',
  TEACHERS_BACKBONE: 'backboneTeachers',
  TEACHERS_PE_ARTS: 'peArtsTeachers',
  TEACHERS_CERTIFIED: 'certifiedTeachers',
  TEACHERS_ESTABLISHED: 'establishedPostTeachers',
  AREA_TEACHING: 'teachingAuxAreaM2',
  AREA_SPORTS: 'sportsAreaM2',
  EQUIPMENT_VALUE: 'equipmentValueYuan',
  MULTIMEDIA_ROOMS: 'multimediaRooms',
};

/** The form's values from a year's statistics (fields the statistics lack stay null). */
export function fieldValuesFromStatistics(
  catalog: CollectionCatalog,
  form: FormDefinition,
  stats: InstitutionYearStatistics,
): Record<string, FieldValue> {
  const grades = new Map(stats.grades.map((g) => [g.grade as string, g]));
  const out: Record<string, FieldValue> = {};
  for (const f of formFields(catalog, form)) {
    const { grade, sex, stage } = f.options;
    let v: FieldValue = null;
    if (f.element.code === 'ENR' && grade && sex) {
      const g = grades.get(grade);
      v = g ? g[sex === 'male' ? 'male' : 'female'] : 0;
    } else if (f.element.code === 'CLASS_SIZES' && grade) {
      v = [...(grades.get(grade)?.classSizes ?? [])];
    } else if (stage && RESOURCE_ELEMENTS[f.element.code]) {
      const r = stats.stages[stage as Stage];
      v = r ? r[RESOURCE_ELEMENTS[f.element.code]!] : null;
    }
    out[f.key] = v;
  }
  return out;
}

const num = (v: FieldValue | undefined): number => (typeof v === 'number' ? v : 0);

/** Statistics from a submission's values (the inverse of fieldValuesFromStatistics). */
export function statisticsFromFieldValues(
  form: FormDefinition,
  institutionCode: string,
  schoolYear: number,
  values: FieldValues,
): InstitutionYearStatistics {
  const grades: GradeEnrolment[] = [];
  for (const grade of form.grades) {
    const male = num(values[`ENR.${grade}.male`]);
    const female = num(values[`ENR.${grade}.female`]);
    const sizes = values[`CLASS_SIZES.${grade}`];
    if (male + female === 0 && !(Array.isArray(sizes) && sizes.length > 0)) continue;
    grades.push({
      grade: grade as GradeCode,
      male,
      female,
      classSizes: Array.isArray(sizes) ? [...sizes] : [],
    });
  }
  const stages: Partial<Record<Stage, StageResources>> = {};
  for (const stage of form.stages) {
    const r = {} as StageResources;
    let any = false;
    for (const [code, field] of Object.entries(RESOURCE_ELEMENTS)) {
      const v = values[`${code}.${stage}`];
      if (typeof v === 'number') any = true;
      r[field] = num(v);
    }
    if (any) stages[stage as Stage] = r;
  }
  return { institutionCode, schoolYear, grades, stages };
}
