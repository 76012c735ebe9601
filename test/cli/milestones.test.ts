/**
 * `eduplan milestones` as a user runs it: a separate process on a PGlite data folder holding the
 * small invented city, the Jining plan applied to it. The small city has no populations in the
 * registry configuration, so every county counts as required for the special-school milestone;
 * expected values by hand in the comments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallCityCli, type SmallCityCli } from '../support/cli.ts';

describe('eduplan milestones', () => {
  let cli: SmallCityCli;
  const eduplan = (args: string[]) => cli.eduplan(args);
  beforeAll(async () => {
    cli = await smallCityCli('milestones');
  });
  afterAll(() => cli.close());

  it('prints every milestone per county as JSON', async () => {
    const r = await eduplan(['milestones', '--asof', '2026-01-01', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { asOf: string; milestones: any[]; dataset: { demo: boolean } };
    expect(doc.asOf).toBe('2026-01-01');
    expect(doc.milestones).toHaveLength(9);
    const special = doc.milestones.find((m) => m.id === 'm13-special-school-county-coverage');
    // 县1 and 县3 run a special school; 县2 has none → overdue from the day after 2025-12-31; the zone is 不涉及.
    expect(special.units.map((u: any) => [u.orgCode, u.status, u.since])).toEqual([
      ['999901', 'done', null],
      ['999902', 'overdue', '2026-01-01'],
      ['999903', 'done', null],
      ['999904', 'notRequired', null],
    ]);
    // 县3's special school failed its 2025 evaluation: missing for the quality milestone.
    const quality = doc.milestones.find((m) => m.id === 'm14-special-school-quality-standard');
    expect(quality.units.find((u: any) => u.orgCode === '999903').missing).toEqual([
      { code: 'SC00000001', name: '丙县特殊教育学校', since: '2026-01-01' },
    ]);
  });

  it('prints a table for one county, and refuses a bad date in Chinese', async () => {
    const r = await eduplan(['milestones', '--org', '999902', '--asof', '2026-01-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('时间节点完成情况 · 县2 · 核对日期 2026-01-01');
    expect(r.stdout).toContain(
      '【任务13】实现20万人口以上的县市区特殊教育学校全覆盖（截止 2025-12-31，平台计算）',
    );
    expect(r.stdout).toContain('逾期未完成');
    expect(r.stdout).not.toContain('县1');
    const bad = await eduplan(['milestones', '--asof', '2026-13-01']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('日期“2026-13-01”无效');
  });
});
