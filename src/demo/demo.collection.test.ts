/**
 * Demo submissions (演示数据), pure parts: class lists follow the pupils within the capacity rule,
 * and the generator is deterministic, never final, and keeps the clerk's school editable.
 */
import { describe, expect, it } from 'vitest';
import type { CollectionCatalog, CollectionPeriod } from '../domain/collection/catalog.types.ts';
import type { Institution } from '../domain/registry/registry.types.ts';
import type { InstitutionYearStatistics } from '../domain/statistics/statistics.types.ts';
import { adjustClasses, generateDemoSubmissions } from './demo.collection.ts';

describe('adjustClasses', () => {
  it('keeps the sum equal to the pupils, every class between 1 and 66', () => {
    for (const [sizes, total] of [
      [[40, 42], 90],
      [[40, 42], 70],
      [[45, 45], 95],
      [[], 30],
      [[3, 1], 1],
      [[60, 66], 140],
    ] as Array<[number[], number]>) {
      const out = adjustClasses(sizes, total);
      expect(
        out.reduce((a, b) => a + b, 0),
        JSON.stringify([sizes, total]),
      ).toBe(total);
      expect(out.every((x) => x >= 1 && x <= 66)).toBe(true);
    }
    expect(adjustClasses([40, 42], 0)).toEqual([]);
  });
});

describe('generateDemoSubmissions', () => {
  const period: CollectionPeriod = {
    id: '2026-autumn',
    name: '2026 年秋季统计',
    schoolYear: 2026,
    kind: 'schoolYear',
    forms: ['KG'],
    openFrom: '2026-09-01T00:00:00+08:00',
    closeAt: '2026-10-31T23:59:59+08:00',
  } as CollectionPeriod;
  const catalog = {
    categories: [
      { code: 'grade', name: '年级', options: [{ code: 'K1', name: '小班' }] },
      {
        code: 'sex',
        name: '性别',
        options: [
          { code: 'male', name: '男' },
          { code: 'female', name: '女' },
        ],
      },
      { code: 'stage', name: '学段', options: [{ code: 'preschool', name: '学前' }] },
    ],
    elements: [
      {
        code: 'ENR',
        name: '在校生数',
        unit: '人',
        type: 'integer',
        min: 0,
        max: 3000,
        disaggregation: ['grade', 'sex'],
      },
      {
        code: 'CLASS_SIZES',
        name: '各班人数',
        unit: '人',
        type: 'integerList',
        min: 1,
        max: 120,
        disaggregation: ['grade'],
      },
    ],
    forms: [
      {
        id: 'KG',
        version: 1,
        name: '幼儿园',
        runningTypes: ['111'],
        grades: ['K1'],
        stages: ['preschool'],
        sections: [{ title: '在校生', elements: ['ENR', 'CLASS_SIZES'] }],
      },
    ],
    rules: [],
    periods: [period],
  } as unknown as CollectionCatalog;
  const schools = Array.from({ length: 60 }, (_, i) => {
    const code = `K${String(i).padStart(9, '0')}`;
    const institution = { code, runningType: '111', countyCode: i < 30 ? 'A' : 'B' } as Institution;
    const previous: InstitutionYearStatistics = {
      institutionCode: code,
      schoolYear: 2025,
      grades: [{ grade: 'K1', male: 20, female: 18, classSizes: [19, 19] }],
      stages: {},
    };
    return { institution, previous };
  });
  const run = (seed: number) =>
    generateDemoSubmissions({
      seed,
      catalog,
      period,
      schools,
      now: '2026-11-28T02:00:00.000Z',
      progress: { A: 0.8, B: 0.1 },
      editable: new Set(['K000000000']),
      reviewCounty: 'A',
      schoolUser: (c) => `s-${c}`,
      countyUser: (c) => `c-${c}`,
    });

  it('is deterministic for a seed, spread over the states, never final', () => {
    const a = run(7);
    expect(run(7)).toEqual(a);
    expect(run(8)).not.toEqual(a);
    const states = new Set(a.map((s) => s.state));
    expect(states.has('draft') && states.has('submitted')).toBe(true);
    expect(a.every((s) => ['draft', 'submitted', 'returned', 'countyApproved'].includes(s.state))).toBe(true);
    // The lagging county B has mostly not started; A has at least six forms waiting.
    expect(a.filter((s) => s.institutionCode >= 'K000000030').length).toBeLessThan(15);
    expect(
      a.filter((s) => s.institutionCode < 'K000000030' && s.state === 'submitted').length,
    ).toBeGreaterThanOrEqual(6);
    const clerk = a.find((s) => s.institutionCode === 'K000000000');
    expect(clerk === undefined || clerk.state === 'draft').toBe(true);
    // Events in order, before the clock; versions count them.
    for (const s of a) {
      const times = [s.savedAt, ...s.events.map((e) => e.at)].map(Date.parse);
      expect([...times].sort((x, y) => x - y)).toEqual(times);
      expect(times.every((t) => t < Date.parse('2026-11-28T02:00:00.000Z'))).toBe(true);
      expect(s.version).toBe(1 + s.events.length);
      const cls = s.values['CLASS_SIZES.K1'] as number[];
      expect(cls.reduce((x, y) => x + y, 0)).toBe(
        (s.values['ENR.K1.male'] as number) + (s.values['ENR.K1.female'] as number),
      );
    }
    expect(a.filter((s) => s.state === 'returned').every((s) => s.events.at(-1)!.comment)).toBe(true);
  });
});
