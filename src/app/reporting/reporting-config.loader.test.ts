import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigFileError } from '../shared/config-error.ts';
import { loadReportingSettings } from './reporting-config.loader.ts';

const dir = mkdtempSync(join(tmpdir(), 'eduplan-reporting-config-'));
function file(text: string): string {
  const f = join(dir, `r${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(f, text);
  return f;
}
const problems = (f: string) => {
  try {
    loadReportingSettings(f);
  } catch (e) {
    if (e instanceof ConfigFileError) return e.problems;
    throw e;
  }
  return [];
};
const valid = `version: 1
rounds: { frequency: monthly, firstRound: "2025-01", closeDay: 5 }
escalation: { graceDays: 15 }
reminders: { amberDaysBefore: 3 }
`;

describe('config/reporting.yaml', () => {
  it('loads the shipped file: monthly, closing on the 5th, 15 days of grace, amber 3 days before', () => {
    expect(loadReportingSettings()).toEqual({
      frequency: 'monthly',
      firstRound: '2025-01',
      closeDay: 5,
      graceDays: 15,
      amberDays: 3,
    });
    expect(loadReportingSettings(file(valid)).closeDay).toBe(5);
  });
  it('refuses a bad file in Chinese, naming the key and the rule', () => {
    expect(problems(file(valid.replace('monthly', 'weekly')))).toEqual([
      'rounds.frequency：frequency 取值“weekly”无效，应为 monthly（按月）或 quarterly（按季度）',
    ]);
    expect(problems(file(valid.replace('closeDay: 5', 'closeDay: 31')))).toEqual([
      'rounds.closeDay：closeDay 不能大于 28（每个月都有的日子）',
    ]);
    expect(problems(file(valid.replace('graceDays: 15', 'graceDays: -1')))).toEqual([
      'escalation.graceDays：graceDays 不能小于 0',
    ]);
    expect(problems(file(valid.replace('frequency: monthly', 'frequency: quarterly')))).toEqual([
      'rounds.firstRound：firstRound“2025-01”与报送频率不符：按季度报送应形如 2025-Q1',
    ]);
    expect(problems(file(valid.replace('reminders: { amberDaysBefore: 3 }\n', '')))[0]).toContain(
      'reminders',
    );
  });
});
