import { describe, expect, it } from 'vitest';
import { enrolmentOf, totalEnrolment } from './enrolment.ts';

describe('enrolment', () => {
  it('is boys plus girls over the grades', () => {
    const grades = [
      { male: 31, female: 29 },
      { male: 0, female: 4 },
    ];
    expect(enrolmentOf(grades)).toBe(64);
    expect(enrolmentOf([])).toBe(0);
    expect(totalEnrolment({ grades: [{ grade: 'K1', male: 10, female: 12, classSizes: [22] }] })).toBe(22);
  });
});
