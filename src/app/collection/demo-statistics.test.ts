/**
 * The catalog against the statistics the platform already holds: every demo school of 2025 has a
 * form, its statistics survive the trip to form values and back unchanged, and they pass every
 * hard rule (so the rules do not refuse plausible data). Values are the generator's, the
 * expectations are properties, not copied figures.
 */
import { describe, expect, it } from 'vitest';
import {
  fieldValuesFromStatistics,
  statisticsFromFieldValues,
} from '../../domain/collection/statistics-values.ts';
import { validateValues } from '../../domain/collection/validation.ts';
import { generateJiningDemo } from '../demo/demo.service.ts';
import { loadRegistryConfig } from '../registry/registry-config.loader.ts';
import { loadCollectionCatalog } from './catalog.loader.ts';

describe('collection catalog × Jining demo statistics (2025)', () => {
  const catalog = loadCollectionCatalog();
  const ds = generateJiningDemo(loadRegistryConfig());
  const inst = new Map(ds.institutions.map((i) => [i.code, i]));
  const stats2025 = ds.statistics.filter((s) => s.schoolYear === 2025);
  const formOf = (code: string) =>
    catalog.forms.find((f) => f.runningTypes.includes(inst.get(code)!.runningType));

  it('has a form for every school', () => {
    expect(stats2025.filter((s) => !formOf(s.institutionCode)).map((s) => s.institutionCode)).toEqual([]);
  });

  it('turns statistics into form values and back without losing anything', () => {
    for (const s of stats2025) {
      const form = formOf(s.institutionCode)!;
      const back = statisticsFromFieldValues(
        form,
        s.institutionCode,
        2025,
        fieldValuesFromStatistics(catalog, form, s),
      );
      expect(back, s.institutionCode).toEqual({
        ...s,
        grades: s.grades.filter((g) => g.male + g.female > 0 || g.classSizes.length > 0),
      });
    }
  });

  it('passes every hard rule', () => {
    const hard = stats2025.flatMap((s) => {
      const form = formOf(s.institutionCode)!;
      return validateValues(catalog, form, fieldValuesFromStatistics(catalog, form, s))
        .filter((i) => i.severity === 'hard')
        .map((i) => `${s.institutionCode} ${i.message}`);
    });
    expect(hard).toEqual([]);
  });
});
