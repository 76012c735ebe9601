import { describe, expect, it } from 'vitest';
import { auditedChanges, changedValues } from './fields.ts';

describe('changedValues', () => {
  it('lists only the values that differ, an absent stored value counting as empty', () => {
    const stored = { a: 3, b: [1, 2], c: null, d: 7 };
    const incoming = { a: 3, b: [1, 3], c: null, e: 0, d: null };
    expect(changedValues(stored, incoming)).toEqual([
      { key: 'b', old: [1, 2], new: [1, 3] },
      { key: 'e', old: null, new: 0 },
      { key: 'd', old: 7, new: null },
    ]);
  });

  it('sees no change in an equal list, and none when a missing value is sent as empty', () => {
    expect(changedValues({ a: [4, 5] }, { a: [4, 5], z: null })).toEqual([]);
  });
});

describe('auditedChanges', () => {
  it('lists old → new of every change when there are few', () => {
    expect(auditedChanges([{ key: 'ENR.K1.male', old: 509, new: 700 }])).toEqual({
      oldValue: { values: { 'ENR.K1.male': 509 } },
      newValue: { values: { 'ENR.K1.male': 700 }, changedFields: 1, notListed: 0 },
    });
  });

  it('lists the first 20 fields and counts the rest', () => {
    const changes = Array.from({ length: 23 }, (_, i) => ({ key: `F${i}`, old: null, new: i }));
    const a = auditedChanges(changes);
    expect(Object.keys(a.newValue.values)).toEqual(changes.slice(0, 20).map((c) => c.key));
    expect(a.newValue).toMatchObject({ changedFields: 23, notListed: 3 });
  });

  it('stops at about 2,000 characters of values, listing at least one', () => {
    // Each change: key "L0" counted twice (4) + old "null" (4) + a list of 100 two-digit numbers
    // ("[" + 100 × "10," less the last comma + "]" = 301): 309. Six fit (1,854); a seventh would
    // make 2,163.
    const list = Array.from({ length: 100 }, () => 10);
    const changes = Array.from({ length: 10 }, (_, i) => ({ key: `L${i}`, old: null, new: list }));
    expect(auditedChanges(changes).newValue).toMatchObject({ changedFields: 10, notListed: 4 });
    const huge = Array.from({ length: 1000 }, () => 10);
    expect(auditedChanges([{ key: 'X', old: null, new: huge }]).newValue.notListed).toBe(0);
  });
});
