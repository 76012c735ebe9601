import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigFileError } from './config-error.ts';
import { loadLiveFiguresSettings } from './live-figures.loader.ts';

const fileWith = (text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'live-')), 'live-figures.yaml');
  writeFileSync(file, text);
  return file;
};

describe('config/live-figures.yaml', () => {
  it('holds the shipped settings: 95 % complete, the city approves last, 7 days of grace', () => {
    expect(loadLiveFiguresSettings()).toEqual({
      completeShare: 0.95,
      finalLevel: 'city',
      resubmitGraceDays: 7,
    });
  });

  it('lets the county approval be final', () => {
    const file = fileWith('version: 1\nfinalLevel: county\nresubmitGraceDays: 3\ncompleteShare: 0.9\n');
    expect(loadLiveFiguresSettings(file)).toEqual({
      completeShare: 0.9,
      finalLevel: 'county',
      resubmitGraceDays: 3,
    });
  });

  it('refuses an unknown level or a grace out of range, naming the field in Chinese', () => {
    const file = fileWith('version: 1\nfinalLevel: school\nresubmitGraceDays: 90\ncompleteShare: 0.9\n');
    let error: unknown;
    try {
      loadLiveFiguresSettings(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigFileError);
    expect((error as ConfigFileError).problems).toEqual([
      'finalLevel：finalLevel 应为 city（市级终审）或 county（县级终审）',
      'resubmitGraceDays：resubmitGraceDays 不能超过 60 天',
    ]);
  });
});
