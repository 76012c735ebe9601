import { describe, expect, it } from 'vitest';
import { changedValues } from './fields.ts';

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
