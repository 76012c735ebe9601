/**
 * Which version of a form is used: a period uses the latest version of each form it names, in
 * whatever order the catalog lists the versions; a stored submission keeps its own version while
 * the catalog has it.
 */
import { describe, expect, it } from 'vitest';
import { formAtVersion, formForRunningType, latestForm, submissionForm } from './catalog.lookup.ts';
import type { FormDefinition } from './catalog.types.ts';

const form = (id: string, version: number, runningTypes: string[]): FormDefinition => ({
  id,
  version,
  name: `${id} 第 ${version} 版`,
  runningTypes,
  grades: [],
  stages: [],
  sections: [],
});
const KG1 = form('AUTUMN-KG', 1, ['111']);
const KG2 = form('AUTUMN-KG', 2, ['111']);
const PRIMARY = form('AUTUMN-PRIMARY', 1, ['211']);
const period = { forms: ['AUTUMN-KG', 'AUTUMN-PRIMARY'] };

describe.each([
  ['v2 listed before v1', [KG2, PRIMARY, KG1]],
  ['v1 listed before v2', [KG1, PRIMARY, KG2]],
])('form lookup with %s', (_order, forms) => {
  const catalog = { forms };

  it('gives the period the latest version, by id and by running type', () => {
    expect(latestForm(catalog, period, 'AUTUMN-KG')).toBe(KG2);
    expect(formForRunningType(catalog, period, '111')).toBe(KG2);
    expect(formForRunningType(catalog, period, '211')).toBe(PRIMARY);
  });

  it('keeps a submission on its own version, and falls back to the latest when it is gone', () => {
    expect(formAtVersion(catalog, 'AUTUMN-KG', 1)).toBe(KG1);
    expect(submissionForm(catalog, period, { formId: 'AUTUMN-KG', formVersion: 1 })).toBe(KG1);
    expect(submissionForm(catalog, period, { formId: 'AUTUMN-KG', formVersion: 7 })).toBe(KG2);
  });

  it('finds nothing for a form the period does not name, or a running type without a form', () => {
    expect(latestForm(catalog, { forms: ['AUTUMN-PRIMARY'] }, 'AUTUMN-KG')).toBeNull();
    expect(formForRunningType(catalog, period, '345')).toBeNull();
    expect(formAtVersion(catalog, 'AUTUMN-KG', 3)).toBeNull();
  });
});
