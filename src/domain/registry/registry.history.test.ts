import { describe, expect, it } from 'vitest';
import { isOperating, operatingSpan, resolveAttributes } from './registry.history.ts';
import type { AttributeRecord } from './registry.types.ts';

const rec = (
  name: AttributeRecord['name'],
  value: unknown,
  effectiveFromYear: number,
  recordedAt: string,
): AttributeRecord =>
  ({ institutionCode: 'K000000001', name, value, effectiveFromYear, recordedAt }) as AttributeRecord;

describe('resolveAttributes', () => {
  const history = [
    rec('kgClass', 'class2', 2019, '2019-10-01T00:00:00Z'),
    rec('kgClass', 'class1', 2023, '2023-10-01T00:00:00Z'),
    // A correction of the 2023 rating, recorded later: it wins for 2023 onwards.
    rec('kgClass', 'provincialDemo', 2023, '2024-03-01T00:00:00Z'),
    rec('strongSchoolProgramme', true, 2024, '2024-10-01T00:00:00Z'),
  ];

  it('takes the latest effective record not after the year', () => {
    expect(resolveAttributes(history, 2018)).toEqual({});
    expect(resolveAttributes(history, 2021)).toEqual({ kgClass: 'class2' });
    expect(resolveAttributes(history, 2025)).toEqual({
      kgClass: 'provincialDemo',
      strongSchoolProgramme: true,
    });
  });

  it('lets a later correction for the same year win, and can replay what was known before it', () => {
    expect(resolveAttributes(history, 2023).kgClass).toBe('provincialDemo');
    expect(resolveAttributes(history, 2023, '2023-12-31T00:00:00Z').kgClass).toBe('class1');
  });

  it('does not depend on the order of records with different recording times', () => {
    expect(resolveAttributes([...history].reverse(), 2023).kgClass).toBe('provincialDemo');
  });

  it('lets the later stored record win when two were recorded at the same instant', () => {
    const sameInstant = [
      rec('kgClass', 'class3', 2025, '2025-10-01T00:00:00Z'),
      rec('kgClass', 'class1', 2025, '2025-10-01T00:00:00Z'),
    ];
    expect(resolveAttributes(sameInstant, 2025).kgClass).toBe('class1');
  });
});

describe('operating span', () => {
  it('runs from the opening year until the year of closing or merger', () => {
    const span = operatingSpan([
      { institutionCode: 'X', kind: 'opened', schoolYear: 2020 },
      { institutionCode: 'X', kind: 'mergedInto', schoolYear: 2024, targetInstitutionCode: 'Y' },
    ]);
    expect([2019, 2020, 2023, 2024].map((y) => isOperating(span, y))).toEqual([false, true, true, false]);
  });

  it('lets a closed institution reopen, whatever the order of the events', () => {
    const span = operatingSpan([
      { institutionCode: 'X', kind: 'opened', schoolYear: 2023 },
      { institutionCode: 'X', kind: 'closed', schoolYear: 2021 },
      { institutionCode: 'X', kind: 'opened', schoolYear: 2010 },
    ]);
    // Open 2010–2020, closed 2021–2022, open again from 2023.
    expect([2009, 2010, 2020, 2021, 2022, 2023, 2030].map((y) => isOperating(span, y))).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      true,
    ]);
  });

  it('treats an institution without an opening event as existing before the records', () => {
    expect(isOperating(operatingSpan([]), 1990)).toBe(true);
    expect(
      isOperating(operatingSpan([{ institutionCode: 'X', kind: 'closed', schoolYear: 2022 }]), 2022),
    ).toBe(false);
  });
});
