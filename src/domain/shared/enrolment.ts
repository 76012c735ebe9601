/** Enrolment from the autumn statistics: children/students are counted by grade and sex. */
import type { GradeEnrolment, InstitutionYearStatistics } from '../statistics/statistics.types.ts';

/** Σ (male + female) over the given grades. */
export function enrolmentOf(grades: ReadonlyArray<Pick<GradeEnrolment, 'male' | 'female'>>): number {
  let n = 0;
  for (const g of grades) n += g.male + g.female;
  return n;
}

/** An institution's whole enrolment in a school year (every grade). */
export function totalEnrolment(s: Pick<InstitutionYearStatistics, 'grades'>): number {
  return enrolmentOf(s.grades);
}
