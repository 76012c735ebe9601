/**
 * `eduplan standing <institution>` as a user runs it: a separate process on a PGlite data folder
 * holding the small invented city (test/support/small-dataset.ts), the Jining plan applied to it.
 * Expected values are worked out by hand in the comments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallCityCli, type SmallCityCli } from '../support/cli.ts';

describe('eduplan standing', () => {
  let cli: SmallCityCli;
  const eduplan = (args: string[]) => cli.eduplan(args);
  beforeAll(async () => {
    cli = await smallCityCli('standing');
  });
  afterAll(() => cli.close());

  it('prints the standing as JSON for scripts', async () => {
    const r = await eduplan(['standing', 'KA00000001', '--year', '2025', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { standing: any; dataset: { demo: boolean } };
    expect(doc.dataset.demo).toBe(false);
    expect(doc.standing.institution.name).toBe('甲县实验幼儿园');
    // T1: its 180 children are public → in the numerator; county 1 180 / 300.
    const t1 = doc.standing.targets.find((t: any) => t.target.id === 'T1');
    expect(t1).toMatchObject({ inNumerator: true, numerator: 180, denominator: 180 });
    expect(t1.county).toMatchObject({ numerator: 180, denominator: 300, value: 0.6 });
    expect(doc.standing.returns.map((x: any) => x.periodId)).toEqual(['2026-autumn', '2025-autumn']);
  });

  it('prints it as text, and refuses a malformed code in Chinese', async () => {
    const r = await eduplan(['standing', 'PA00000001', '--year', '2025']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('甲县实验小学（PA00000001） 县1 镇1-1 · 2025—2026 学年');
    // T3: joined the programme in 2024 → 1 of 1 in county 1 and in the city.
    expect(r.stdout).toContain('T3 纳入强校扩优行动学校占比：本校计入分子（1/1）；县1 100.0% 达标');
    expect(r.stdout).toContain('小学学段 480 人');
    const bad = await eduplan(['standing', 'KA-1']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('学校（机构）代码应为 10 位字母或数字，收到“KA-1”');
    const missing = await eduplan(['standing', 'ZZ99999999']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('学校（机构）代码 ZZ99999999 不存在');
  });
});
