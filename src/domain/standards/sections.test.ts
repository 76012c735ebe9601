import { describe, expect, it } from 'vitest';
import type { GradeCode, InstitutionYearStatistics, StageResources } from '../statistics/statistics.types.ts';
import { kindergartenInput, splitSections } from './sections.ts';

function resources(base: number): StageResources {
  return {
    teachers: base,
    teachersAboveRequiredQualification: base - 1,
    backboneTeachers: 2,
    peArtsTeachers: 3,
    certifiedTeachers: base - 2,
    establishedPostTeachers: base - 3,
    teachingAuxAreaM2: base * 100,
    sportsAreaM2: base * 200,
    equipmentValueYuan: base * 10_000,
    multimediaRooms: base / 2,
  };
}

/** Grades with `male`/`female` and class sizes summing to male + female. */
function stats(
  grades: Array<[GradeCode, number, number, number[]]>,
  stages: InstitutionYearStatistics['stages'],
): InstitutionYearStatistics {
  return {
    institutionCode: 'X',
    schoolYear: 2025,
    grades: grades.map(([grade, male, female, classSizes]) => ({ grade, male, female, classSizes })),
    stages,
  };
}

describe('splitSections', () => {
  it('splits a 九年一贯制 (312) into its primary and junior sections', () => {
    const s = stats(
      [
        ['P1', 20, 20, [40]],
        ['P6', 25, 20, [45]],
        ['J1', 30, 30, [30, 30]],
        ['J3', 26, 24, [50]],
      ],
      { primary: resources(10), junior: resources(12) },
    );
    const rows = splitSections({ code: 'N1', name: '某九年一贯制学校', runningType: '312' }, s);
    // primary 40 + 45 = 85; junior 60 + 50 = 110; the school's compulsory total 195.
    expect(rows).toEqual([
      {
        institutionCode: 'N1',
        institutionName: '某九年一贯制学校',
        section: 'primary',
        runningType: '312',
        students: 85,
        classSizes: [40, 45],
        schoolCompulsoryStudents: 195,
        teachers: 10,
        teachersAboveRequiredQualification: 9,
        backboneTeachers: 2,
        peArtsTeachers: 3,
        certifiedTeachers: 8,
        teachingAuxAreaM2: 1000,
        sportsAreaM2: 2000,
        equipmentValueYuan: 100_000,
        multimediaRooms: 5,
      },
      {
        institutionCode: 'N1',
        institutionName: '某九年一贯制学校',
        section: 'junior',
        runningType: '312',
        students: 110,
        classSizes: [30, 30, 50],
        schoolCompulsoryStudents: 195,
        teachers: 12,
        teachersAboveRequiredQualification: 11,
        backboneTeachers: 2,
        peArtsTeachers: 3,
        certifiedTeachers: 10,
        teachingAuxAreaM2: 1200,
        sportsAreaM2: 2400,
        equipmentValueYuan: 120_000,
        multimediaRooms: 6,
      },
    ]);
  });

  it('gives a 完全中学 (341) one junior row and ignores its senior grades', () => {
    const s = stats(
      [
        ['J1', 25, 25, [50]],
        ['J2', 24, 24, [48]],
        ['S1', 100, 100, [50, 50, 50, 50]],
      ],
      { junior: resources(8), senior: resources(20) },
    );
    const rows = splitSections({ code: 'W1', name: '某完全中学', runningType: '341' }, s);
    // junior 50 + 48 = 98; senior 200 not counted anywhere
    expect(
      rows.map((r) => [r.section, r.students, r.classSizes, r.schoolCompulsoryStudents, r.teachers]),
    ).toEqual([['junior', 98, [50, 48], 98, 8]]);
  });

  it('gives a 十二年一贯制 (345) primary and junior rows; senior grades and resources are ignored', () => {
    const s = stats(
      [
        ['P3', 10, 10, [20]],
        ['J2', 15, 15, [30]],
        ['S3', 30, 30, [60]],
      ],
      { primary: resources(4), junior: resources(6), senior: resources(30) },
    );
    const rows = splitSections({ code: 'T1', name: '某十二年一贯制学校', runningType: '345' }, s);
    // compulsory total 20 + 30 = 50; the 60 senior students are left out
    expect(
      rows.map((r) => [r.section, r.students, r.schoolCompulsoryStudents, r.teachers, r.runningType]),
    ).toEqual([
      ['primary', 20, 50, 4, '345'],
      ['junior', 30, 50, 6, '345'],
    ]);
  });

  it('counts missing stage resources as zero and gives nothing for a school without compulsory grades', () => {
    const rows = splitSections(
      { code: 'P', name: '某小学', runningType: '211' },
      stats([['P1', 5, 4, [9]]], {}),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ students: 9, teachers: 0, equipmentValueYuan: 0 });
    expect(
      splitSections(
        { code: 'S', name: '某培智学校', runningType: '513' },
        stats([['SE', 30, 20, [10, 10, 10, 10, 10]]], {}),
      ),
    ).toEqual([]);
  });
});

describe('kindergartenInput', () => {
  it('takes K1–K3 classes and the preschool teachers', () => {
    const s = stats(
      [
        ['K1', 12, 13, [25]],
        ['K2', 30, 28, [29, 29]],
        ['K3', 18, 17, [35]],
      ],
      { preschool: resources(9) },
    );
    const kg = kindergartenInput({ code: 'K', name: '某幼儿园', runningType: '111' }, 'inclusivePrivate', s);
    // 25 + 58 + 35 = 118 children
    expect(kg).toEqual({
      institutionCode: 'K',
      institutionName: '某幼儿园',
      ownership: 'inclusivePrivate',
      children: 118,
      classes: [
        { grade: 'K1', size: 25 },
        { grade: 'K2', size: 29 },
        { grade: 'K2', size: 29 },
        { grade: 'K3', size: 35 },
      ],
      teachers: 9,
      certifiedTeachers: 7,
    });
  });

  it('is null for an institution without preschool grades or resources', () => {
    expect(
      kindergartenInput(
        { code: 'P', name: '某小学', runningType: '211' },
        'public',
        stats([['P1', 5, 4, [9]]], {}),
      ),
    ).toBeNull();
  });
});
