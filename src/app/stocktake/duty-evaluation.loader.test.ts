import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigFileError } from '../shared/config-error.ts';
import { DUTY_EVALUATION_FILE, loadDutyEvaluationRules } from './duty-evaluation.loader.ts';

function withText(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'duty-')), 'duty-evaluation.yaml');
  writeFileSync(file, text);
  return file;
}

const shipped = readFileSync(DUTY_EVALUATION_FILE, 'utf8');

function problems(text: string): string[] {
  try {
    loadDutyEvaluationRules(withText(text));
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigFileError);
    return (e as ConfigFileError).problems;
  }
  throw new Error('accepted');
}

describe('loadDutyEvaluationRules', () => {
  it('loads the shipped file: weights 30/20/25/25, marked as the bureau’s to set', () => {
    const r = loadDutyEvaluationRules();
    expect(r.status).toBe('R');
    expect(Object.values(r.components).map((c) => c.weight)).toEqual([30, 20, 25, 25]);
  });

  it('refuses weights that do not sum to 100, naming the path', () => {
    expect(problems(shipped.replace('weight: 30', 'weight: 35'))).toEqual([
      'components：四部分的权重之和应为 100，现为 attainment 35 + trajectory 20 + milestones 25 + measures 25 = 105',
    ]);
  });

  it('refuses an unknown key, an unknown league figure and a missing part, in Chinese', () => {
    const text = shipped
      .replace('scoring: proportional', 'scoring: proportional\n    bonus: 3')
      .replace('order: [workPlanMissing,', 'order: [schoolsVisited,')
      .replace(/ {2}measures:\n {4}weight: 25\n {4}credit: \{[^}]*\}\n/, '');
    expect(problems(text)).toEqual([
      'components.attainment：未知的键“bonus”（检查拼写，或删除不属于此处的键）',
      'components.measures：缺少必填项（应为 object）',
      expect.stringMatching(/^leagueTable\.order\[0\]：应为 workPlanMissing、milestonesOverdue、.* 之一$/),
    ]);
  });
});
