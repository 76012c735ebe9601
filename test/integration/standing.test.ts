/**
 * A school's standing (本校概况) through the service, on PGlite and PostgreSQL, on the small
 * invented city (test/support/small-dataset.ts) with two primary schools given resources for 2025
 * so that L1–L7 have values: 甲县实验小学 (PA00000001, county 999901, 480 pupils) and an invented
 * 乙县实验小学 (PB00000001, county 999902, 200 pupils). Every expected value is worked out by hand
 * in the comments; the server's clock is 2025-10-20 10:00 Beijing time (inside 2025 年秋季统计).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { AppError } from '../../src/app/app-error.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import {
  bumpRevision,
  insertInstitutions,
  upsertStatistics,
} from '../../src/db/registry/registry.repository.ts';
import type { GradeCode, StageResources } from '../../src/domain/statistics/statistics.types.ts';
import { buildInstitution } from '../factories.ts';
import { collectionCaller } from '../support/collection.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

const PRIMARY: GradeCode[] = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'];

/** A primary school's 2025 statistics: `perGrade` pupils in each of the six grades, one class each. */
function primaryStatistics(code: string, perGrade: number, resources: StageResources) {
  return {
    institutionCode: code,
    schoolYear: 2025,
    grades: PRIMARY.map((grade) => ({
      grade,
      male: perGrade / 2,
      female: perGrade / 2,
      classSizes: [perGrade],
    })),
    stages: { primary: resources },
  };
}

describe.each(testBackends())('school standing on $name', (backend) => {
  let ctx: AppContext;
  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    await insertInstitutions(database.db, [
      buildInstitution({
        code: 'PB00000001',
        name: '乙县实验小学',
        countyCode: '999902',
        townshipCode: '999902001',
        runningType: '211',
      }),
    ]);
    // 甲县实验小学: 6 × 80 = 480 pupils.
    await upsertStatistics(
      database.db,
      primaryStatistics('PA00000001', 80, {
        teachers: 30,
        teachersAboveRequiredQualification: 24,
        backboneTeachers: 6,
        peArtsTeachers: 5,
        certifiedTeachers: 30,
        establishedPostTeachers: 28,
        teachingAuxAreaM2: 2400,
        sportsAreaM2: 3840,
        equipmentValueYuan: 1_200_000,
        multimediaRooms: 12,
      }),
    );
    // 乙县实验小学: 6 × 34 = 204 pupils.
    await upsertStatistics(
      database.db,
      primaryStatistics('PB00000001', 34, {
        teachers: 12,
        teachersAboveRequiredQualification: 6,
        backboneTeachers: 1,
        peArtsTeachers: 2,
        certifiedTeachers: 12,
        establishedPostTeachers: 12,
        teachingAuxAreaM2: 714,
        sportsAreaM2: 1020,
        equipmentValueYuan: 306_000,
        multimediaRooms: 3,
      }),
    );
    await bumpRevision(database.db);
    ctx = createAppContextFrom(
      database,
      { ...loadPlan(), orgCode: '999900' },
      { clock: () => new Date('2025-10-20T10:00:00+08:00') },
    );
  });
  afterAll(async () => {
    await ctx?.close();
  });

  const ownScope = (code: string) => ({ kind: 'institution' as const, institutionCode: code });

  it("gives a primary school's L1–L7 against its county's and the city's student-weighted means", async () => {
    const s = await ctx.standing.standing('PA00000001', 2025, ownScope('PA00000001'));
    expect(s.standards.county).toEqual({ code: '999901', name: '县1' });
    expect(s.standards.sections).toHaveLength(1);
    const sec = s.standards.sections[0]!;
    expect(sec).toMatchObject({ section: 'primary', students: 480, verdict: 'pass', metCount: 7 });
    // County 1 has one evaluated primary section (王庄小学教学点 merged in 2025): 1 evaluated, 1 passing.
    expect(sec).toMatchObject({ countySchoolsEvaluated: 1, countySchoolsPassing: 1 });
    const ind = new Map(sec.indicators.map((i) => [i.code, i]));
    // Own values: L1 24 ÷ 480 × 100 = 5; L2 6 ÷ 480 × 100 = 1.25; L3 5 ÷ 480 × 100 = 1.0417;
    // L4 2400 ÷ 480 = 5; L5 3840 ÷ 480 = 8; L6 1,200,000 ÷ 480 = 2500; L7 12 ÷ 480 × 100 = 2.5.
    const own = { L1: 5, L2: 1.25, L3: 500 / 480, L4: 5, L5: 8, L6: 2500, L7: 2.5 };
    // The city: both schools, Σ amount ÷ Σ pupils over 480 + 204 = 684:
    // L1 (24 + 6) × 100 ÷ 684 = 4.386; L2 (6 + 1) × 100 ÷ 684 = 1.0234; L3 (5 + 2) × 100 ÷ 684;
    // L4 (2400 + 714) ÷ 684 = 4.5526; L5 (3840 + 1020) ÷ 684 = 7.1053;
    // L6 (1,200,000 + 306,000) ÷ 684 = 2201.75; L7 (12 + 3) × 100 ÷ 684 = 2.193.
    const city = {
      L1: 3000 / 684,
      L2: 700 / 684,
      L3: 700 / 684,
      L4: 3114 / 684,
      L5: 4860 / 684,
      L6: 1_506_000 / 684,
      L7: 1500 / 684,
    };
    for (const [code, value] of Object.entries(own)) {
      const i = ind.get(code as 'L1')!;
      expect(i.value).toBeCloseTo(value, 9);
      // County 1's mean is its one school's value.
      expect(i.countyMean).toBeCloseTo(value, 9);
      expect(i.cityMean).toBeCloseTo(city[code as 'L1'], 9);
      expect(i.met).toBe(true);
    }
    expect(ind.get('L4')!.unit).toBe('平方米/生');
    // Nothing of the other county's school leaves the service.
    const json = JSON.stringify(s);
    expect(json).not.toContain('PB00000001');
    expect(json).not.toContain('乙县实验小学');
  });

  it("gives the other school its own figures and its county's mean, not the first school's", async () => {
    const s = await ctx.standing.standing('PB00000001', 2025, ownScope('PB00000001'));
    const ind = new Map(s.standards.sections[0]!.indicators.map((i) => [i.code, i]));
    // L1 6 ÷ 204 × 100 = 2.941 < 4.2 and below 85% of it (3.57); L6 306,000 ÷ 204 = 1500 < 1700.
    expect(ind.get('L1')!.value).toBeCloseTo(600 / 204, 9);
    expect(ind.get('L1')!.atLeastFloor).toBe(false);
    expect(ind.get('L6')!.value).toBeCloseTo(1500, 9);
    expect(ind.get('L1')!.countyMean).toBeCloseTo(600 / 204, 9);
    expect(ind.get('L1')!.cityMean).toBeCloseTo(3000 / 684, 9);
    expect(s.standards.sections[0]!.verdict).toBe('fail');
    expect(JSON.stringify(s)).not.toContain('甲县实验小学');
    // It counts in T3 (a 211 school) and has no strong-school record: in the population, not in
    // the numerator. County 2: 0 of 1; the city: 甲县实验小学 (joined 2024) + it = 1 of 2.
    const t3 = s.targets.find((t) => t.target.id === 'T3')!;
    expect(t3).toMatchObject({ inNumerator: false, value: null, numerator: 0, denominator: 1 });
    expect(t3.county).toMatchObject({ orgCode: '999902', numerator: 0, denominator: 1, value: 0 });
    expect(t3.city).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
  });

  it("gives a kindergarten its 普及普惠 ratios against its county's and the city's", async () => {
    const s = await ctx.standing.standing('KA00000001', 2025, ownScope('KA00000001'));
    expect(s.standards.sections).toEqual([]);
    const kg = s.standards.kindergarten!;
    expect(kg).toMatchObject({ ownership: 'public', children: 180, classes: 3 });
    const classes = kg.measures.find((m) => m.key === 'classesWithinNorm')!;
    // Own: three classes of 60 (norms 25 / 30 / 35): none within → 0, not met (85% required).
    expect(classes).toMatchObject({ own: 0, met: false, threshold: 0.85, comparator: '>=' });
    // County 1: 甲县阳光 and 甲县育才 have 20 + 20 + 20 each → 6 of 9 classes within.
    expect(classes.county).toBeCloseTo(6 / 9, 12);
    // The city: county 2 3 of 9 (乙县第一 80 × 3 and 乙县第二 40 × 3 over; 乙县小太阳 14/13/13
    // within); county 3 8 of 9 (丙县金苹果 28 > 25, 26, 26; 丙县中心 8/6/6; the zone's 开发区启明
    // 18/16/16, assessed with its township's county) → (6 + 3 + 8) ÷ 27.
    expect(classes.city).toBeCloseTo(17 / 27, 12);
    // No teachers recorded in the small city: children per teacher cannot be computed.
    expect(kg.measures.find((m) => m.key === 'childrenPerTeacher')).toMatchObject({ own: null, met: null });
  });

  it('follows the returns: a saved draft is the open period’s state', async () => {
    const clerk = collectionCaller('clerk', 'school', ownScope('KA00000001'));
    const before = await ctx.standing.standing('KA00000001', 2025, clerk);
    expect(before.returns!.find((r) => r.periodId === '2025-autumn')).toMatchObject({
      state: 'notStarted',
      open: true,
      // 2025-10-31 23:59:59 − 2025-10-20 10:00 = 11.58 days → 12.
      daysLeft: 12,
    });
    // 2026 年秋季统计 opens on 1 September 2026: not open yet; its close is 365 days after the
    // 2025 one (2026 is no leap year), 376.58 days away → 377. The latest period comes first.
    expect(before.returns!.map((r) => [r.periodId, r.open, r.daysLeft])).toEqual([
      ['2026-autumn', false, 377],
      ['2025-autumn', true, 12],
    ]);
    await ctx.collection.entry.save('2025-autumn', 'KA00000001', clerk, {
      values: { 'ENR.K1.male': 30 },
      explanations: {},
      version: 0,
    });
    const after = await ctx.standing.standing('KA00000001', 2025, clerk);
    expect(after.returns!.find((r) => r.periodId === '2025-autumn')!.state).toBe('draft');
  });

  it('answers another school, or a school outside a county, as not found (and marks it as hidden)', async () => {
    const refused = await ctx.standing
      .standing('KA00000002', 2025, ownScope('KA00000001'))
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('INSTITUTION_NOT_FOUND');
    expect((refused as AppError).outOfScope).toEqual({ targetType: 'institution', targetId: 'KA00000002' });
    const county2 = await ctx.standing
      .standing('PA00000001', 2025, { kind: 'org', orgCode: '999902' })
      .catch((e: unknown) => e);
    expect((county2 as AppError).code).toBe('INSTITUTION_NOT_FOUND');
    const ok = await ctx.standing.standing('PA00000001', 2025, { kind: 'org', orgCode: '999901' });
    expect(ok.institution.name).toBe('甲县实验小学');
  });

  it('shows a merged school as not operating: counted in nothing', async () => {
    // 王庄小学教学点 merged into 甲县实验小学 in 2025.
    const s = await ctx.standing.standing('PA00000002', 2025, null);
    expect(s.operating).toBe(false);
    expect(s.targets).toEqual([]);
    expect(s.standards.note).toContain('不在办');
    // In 2023 it operated, but a 教学点 (218) is in no target's population (T3 counts 211/311/312).
    const y2023 = await ctx.standing.standing('PA00000002', 2023, null);
    expect(y2023.operating).toBe(true);
    expect(y2023.targets).toEqual([]);
  });
});
