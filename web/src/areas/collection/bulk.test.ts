import { describe, expect, it } from 'vitest';
import { portions } from './bulk';

describe('portions of a bulk approval', () => {
  it('splits 45 forms into 20 + 20 + 5, in order', () => {
    const codes = Array.from({ length: 45 }, (_, i) => `S${i}`);
    const parts = portions(codes, 20);
    expect(parts.map((p) => p.length)).toEqual([20, 20, 5]);
    expect(parts.flat()).toEqual(codes);
    expect(parts[2]![0]).toBe('S40');
  });
  it('gives no portion for no forms, one for exactly one size', () => {
    expect(portions([], 20)).toEqual([]);
    expect(portions([1, 2], 2)).toEqual([[1, 2]]);
  });
  it('refuses a size below one', () => {
    expect(() => portions([1], 0)).toThrow(RangeError);
  });
});
