import { describe, expect, it } from 'vitest';
import type { InstitutionDetailResponse } from '../../api';
import { stagesPresent, yearlyFigures } from './school-figures';

describe('yearlyFigures', () => {
  it('adds up enrolment by stage, classes and teachers per year, oldest first', () => {
    // Only what yearlyFigures reads of a year's statistics.
    const statistics = [
      {
        schoolYear: 2025,
        grades: [
          { grade: 'J1', male: 10, female: 12, classSizes: [22] },
          { grade: 'S1', male: 20, female: 20, classSizes: [20, 20] },
        ],
        stages: { junior: { teachers: 5 }, senior: { teachers: 7 } },
      },
      { schoolYear: 2023, grades: [{ grade: 'K1', male: 3, female: 4, classSizes: [7] }], stages: {} },
    ] as InstitutionDetailResponse['institution']['statistics'];
    const figures = yearlyFigures(statistics);
    expect(figures.map((f) => [f.year, f.total, f.classes, f.teachers])).toEqual([
      [2023, 7, 1, null],
      [2025, 62, 3, 12],
    ]);
    expect(figures[1]!.byStage).toEqual({ preschool: 0, primary: 0, junior: 22, senior: 40, special: 0 });
    expect(stagesPresent(figures)).toEqual(['preschool', 'junior', 'senior']);
  });
});
