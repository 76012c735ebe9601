import { describe, expect, it } from 'vitest';
import { formatCount, formatFixed, formatPercent, formatYuan, todayInShanghai } from './format';

describe('number formats', () => {
  it('writes shares as percentages with one decimal', () => {
    expect(formatPercent(0.9732082817)).toBe('97.3%');
    expect(formatPercent(null)).toBe('—');
  });

  it('writes fixed decimals and counts', () => {
    expect(formatFixed(0.1213152766, 3)).toBe('0.121');
    expect(formatFixed(5.356240525, 2)).toBe('5.36');
    expect(formatFixed(null, 2)).toBe('—');
    expect(formatFixed(Number.POSITIVE_INFINITY, 2, '无')).toBe('无');
    expect(formatCount(27498)).toBe('27,498');
    expect(formatCount(8)).toBe('8');
    expect(formatCount(null)).toBe('—');
  });

  it('writes yuan in full below 10,000, in 万 and 亿 above', () => {
    expect(formatYuan(8000)).toBe('¥8,000');
    expect(formatYuan(1)).toBe('¥1');
    expect(formatYuan(9999.5)).toBe('¥9,999.5');
    // 7,821,000 = 782.1 万
    expect(formatYuan(7_821_000)).toBe('¥782.1万');
    expect(formatYuan(712_000)).toBe('¥71.2万');
    expect(formatYuan(10_000)).toBe('¥1万');
    // 123,456 = 12.3456 万 → two decimals
    expect(formatYuan(123_456)).toBe('¥12.35万');
    // 125,000,000 = 1.25 亿
    expect(formatYuan(125_000_000)).toBe('¥1.25亿');
    expect(formatYuan(-20_000)).toBe('-¥2万');
    expect(formatYuan(null)).toBe('—');
  });

  it('writes yuan in full with separators in English', () => {
    expect(formatYuan(7_821_000, 'en')).toBe('¥7,821,000');
  });
});

describe('dates', () => {
  it('dates today in Asia/Shanghai', () => {
    // 16:30 UTC on 30 June is 00:30 on 1 July in Beijing (UTC+8).
    expect(todayInShanghai(new Date('2025-06-30T16:30:00Z'))).toBe('2025-07-01');
  });
});
