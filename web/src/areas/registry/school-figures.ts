/** A school's yearly figures from its autumn statistics: enrolment (total, by stage), classes, teachers. */
import type { InstitutionDetailResponse } from '../../api';
import { STAGE_OF_GRADE, STAGES } from '../../labels';

export interface YearFigures {
  year: number;
  total: number;
  byStage: Record<(typeof STAGES)[number], number>;
  classes: number;
  teachers: number | null;
}

export function yearlyFigures(
  statistics: InstitutionDetailResponse['institution']['statistics'],
): YearFigures[] {
  return [...statistics]
    .sort((a, b) => a.schoolYear - b.schoolYear)
    .map((s) => {
      const byStage = Object.fromEntries(STAGES.map((st) => [st, 0])) as YearFigures['byStage'];
      let total = 0;
      let classes = 0;
      for (const g of s.grades) {
        const n = g.male + g.female;
        total += n;
        classes += g.classSizes.length;
        const stage = STAGE_OF_GRADE[g.grade] as keyof YearFigures['byStage'] | undefined;
        if (stage) byStage[stage] += n;
      }
      const resources = Object.values(s.stages).filter((r) => r && typeof r.teachers === 'number');
      const teachers = resources.length ? resources.reduce((sum, r) => sum + (r?.teachers ?? 0), 0) : null;
      return { year: s.schoolYear, total, byStage, classes, teachers };
    });
}

/** The stages a school has pupils in, in any year (the columns worth showing). */
export function stagesPresent(figures: YearFigures[]): (typeof STAGES)[number][] {
  return STAGES.filter((st) => figures.some((f) => f.byStage[st] > 0));
}
