import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigFileError } from '../shared/config-error.ts';
import { PROJECT_ROOT } from '../registry/registry-config.loader.ts';
import { loadPlan, parsePlan, PLAN_FILE } from './plan.loader.ts';

const FIXTURES = `${PROJECT_ROOT}test/fixtures/plans/`;

/**
 * The 总体要求 targets sentence of 济教字〔2024〕29号, copied by hand from the document. Every target
 * title must appear in it verbatim.
 */
const GENERAL_REQUIREMENTS =
  '公办幼儿园在园幼儿占比达到80%以上，省一类及以上优质幼儿园占比达到70%以上，90%以上义务教育学校纳入强校扩优行动，' +
  '60%的县市区达到学前教育普及普惠和义务教育优质均衡发展县创建标准；90%以上的普通高中完成市级办学质量评价，' +
  '50%的高中建成省市特色高中；100%的特教学校办学质量通过达标评价；';

/** Catches the ConfigFileError thrown by `fn`; fails the test if something else happens. */
function refusal(fn: () => unknown): ConfigFileError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigFileError);
    return e as ConfigFileError;
  }
  throw new Error('expected a ConfigFileError, but the file was accepted');
}

describe('loadPlan — plans/jining-2024.yaml', () => {
  const plan = loadPlan();

  it('loads the default file with the document header', () => {
    expect(PLAN_FILE).toBe(`${PROJECT_ROOT}plans/jining-2024.yaml`);
    expect(plan.id).toBe('jining-2024');
    expect(plan.title).toBe('《济宁市基础教育扩优提质行动实施方案》');
    expect(plan.documentNumber).toBe('济教字〔2024〕29号');
    expect(plan.issuer).toEqual(['济宁市教育局', '济宁市发展和改革委员会', '济宁市财政局']);
    expect(plan.orgCode).toBe('370800');
  });

  it('has T1–T7 with the thresholds written in the plan text', () => {
    expect(plan.targets.map((t) => [t.id, t.threshold])).toEqual([
      ['T1', 0.8], // 公办幼儿园在园幼儿占比达到80%以上
      ['T2', 0.7], // 省一类及以上优质幼儿园占比达到70%以上
      ['T3', 0.9], // 90%以上义务教育学校纳入强校扩优行动
      ['T4', 0.6], // 60%的县市区达到……创建标准
      ['T5', 0.9], // 90%以上的普通高中完成市级办学质量评价
      ['T6', 0.5], // 50%的高中建成省市特色高中
      ['T7', 1.0], // 100%的特教学校办学质量通过达标评价
    ]);
  });

  it('uses the plan wording verbatim as target titles, 2023 → 2027, from 一、总体要求', () => {
    expect(plan.targets[0]?.title).toBe('公办幼儿园在园幼儿占比达到80%以上');
    for (const t of plan.targets) {
      expect(GENERAL_REQUIREMENTS, t.id).toContain(t.title);
      expect(t.threshold, t.id).toBeCloseTo(Number(/(\d+)%/.exec(t.title)?.[1]) / 100, 10);
      expect([t.baselineYear, t.deadlineYear, t.source]).toEqual([2023, 2027, '一、总体要求']);
      expect(t.shortTitle.length).toBeGreaterThan(0);
    }
  });

  it('defines the indicators: T4 from the county standards and city-only, the others shares', () => {
    const byId = new Map(plan.targets.map((t) => [t.id, t]));
    expect(byId.get('T4')?.scope).toEqual(['city']);
    expect(byId.get('T4')?.indicator).toEqual({ kind: 'countyStandards' });
    for (const id of ['T1', 'T2', 'T3', 'T5', 'T6', 'T7'] as const) {
      expect(byId.get(id)?.scope, id).toEqual(['city', 'county']);
      expect(byId.get(id)?.indicator.kind, id).toBe('share');
    }
    expect(byId.get('T1')?.indicator).toEqual({
      kind: 'share',
      population: { runningTypes: ['111'] },
      weight: 'enrolment',
      numerator: { ownerships: ['public'] },
    });
    const t3 = byId.get('T3')?.indicator;
    expect(t3?.kind === 'share' && t3.population.runningTypes).toEqual(['211', '311', '312']); // no 218
    const t7 = byId.get('T7')?.indicator;
    expect(t7?.kind === 'share' && t7.numerator).toEqual({
      attribute: 'specialEdEvaluation',
      values: ['passed'],
    });
  });

  it('has the status rules', () => {
    expect(plan.statusRules).toEqual({ onTrackMaxGap: 0.02, lagMaxGap: 0.08 });
  });

  it('has the dated milestones of MISSION.md', () => {
    expect(plan.milestones.map((m) => [m.task, m.deadline])).toEqual([
      [3, '2025-12-31'], // 镇村一体化
      [7, '2024-12-31'], // 强镇筑基试点全覆盖, 2024年底前
      [7, '2027-12-31'], // 乡镇驻地学校 II类
      [8, '2030-12-31'], // 优质均衡县全覆盖
      [13, '2025-12-31'], // 20万人口以上县市区特教学校全覆盖
      [13, '2024-12-31'], // 乡镇（街道）特殊教育资源中心全覆盖
      [14, '2025-12-31'], // 办学质量达到省定标准
      [14, '2025-12-31'], // 15年特殊教育全覆盖
      [15, '2025-12-31'], // 生均公用经费 9000元
    ]);
    expect(plan.milestones[0]?.id).toBe('m03-town-village-integration');
    expect(plan.milestones.find((m) => m.task === 15)?.title).toContain('9000元');
  });

  it('has the 19 tasks in order, titles as the plan writes them', () => {
    expect(plan.tasks.map((t) => t.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(plan.tasks[0]).toEqual({
      number: 1,
      section: '二(一)1',
      title: '稳步提升“公办率”',
      action: '实施学前教育普惠保障行动',
      leadSection: '学前教育科',
      targets: ['T1', 'T4'],
    });
    expect(plan.tasks[18]).toEqual({
      number: 19,
      section: '二(五)19',
      title: '提高协同育人水平',
      action: '实施综合改革提升行动',
      leadSection: '思想政治与德育科',
      targets: [],
    });
    expect(new Set(plan.tasks.map((t) => t.action)).size).toBe(5);
  });
});

describe('loadPlan — refused files', () => {
  it('accepts the valid minimal fixture the broken ones are made from', () => {
    expect(loadPlan(`${FIXTURES}valid-minimal.yaml`).tasks).toHaveLength(3);
  });

  const cases: Array<{ fixture: string; path: string; rule: string }> = [
    { fixture: 'broken-threshold-1.5.yaml', path: 'targets[2].threshold', rule: '0 < 阈值 ≤ 1' },
    { fixture: 'broken-duplicate-target.yaml', path: 'targets[2].id', rule: '目标编号“T2”重复' },
    { fixture: 'broken-missing-t7.yaml', path: 'targets', rule: '缺少目标 T7' },
    { fixture: 'broken-unknown-key.yaml', path: 'targets[0]', rule: '未知的键“treshold”' },
    { fixture: 'broken-bad-date.yaml', path: 'milestones[0].deadline', rule: '“2025-02-30”无效' },
    { fixture: 'broken-milestone-unknown-task.yaml', path: 'milestones[1].task', rule: '任务 25 不存在' },
    {
      fixture: 'broken-unknown-attribute.yaml',
      path: 'targets[2].indicator.numerator.attribute',
      rule: '未知的学校属性“strongSchool”',
    },
    {
      fixture: 'broken-kgclass-value.yaml',
      path: 'targets[1].indicator.numerator.values[1]',
      rule: '实际为“class9”',
    },
    {
      fixture: 'broken-baseline-after-deadline.yaml',
      path: 'targets[3].baselineYear',
      rule: '应早于目标年份',
    },
  ];

  it.each(cases)('$fixture: $path — $rule', ({ fixture, path, rule }) => {
    const file = `${FIXTURES}${fixture}`;
    const err = refusal(() => loadPlan(file));
    expect(err.file).toBe(file);
    expect(err.message).toContain(file);
    expect(
      err.problems.some((p) => p.startsWith(`${path}：`) && p.includes(rule)),
      err.message,
    ).toBe(true);
  });

  it('reports the one defect of each broken fixture without noise', () => {
    for (const { fixture } of cases.filter((c) => c.fixture !== 'broken-unknown-key.yaml')) {
      expect(refusal(() => loadPlan(`${FIXTURES}${fixture}`)).problems, fixture).toHaveLength(1);
    }
  });

  it('reports a YAML error in a file with its line number', () => {
    const file = `${FIXTURES}broken-yaml-duplicate-key.yaml`;
    const err = refusal(() => loadPlan(file));
    expect(err.message).toContain(file);
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]).toMatch(/^YAML 语法错误（第 13 行第 \d+ 列）：键重复/);
  });

  // Not a fixture file: `prettier --check .` would fail on a file that does not parse.
  it('reports a YAML syntax error with its line number', () => {
    const valid = readFileSync(`${FIXTURES}valid-minimal.yaml`, 'utf8');
    const broken = valid.replace('    threshold: 0.8\n', '    threshold 0.8\n'); // line 11: no colon
    expect(broken).not.toBe(valid);
    const err = refusal(() => parsePlan(broken, 'plans/broken-syntax.yaml'));
    expect(err.message).toContain('plans/broken-syntax.yaml');
    expect(err.problems[0]).toMatch(/^YAML 语法错误（第 11 行第 \d+ 列）/);
  });

  it('refuses an alias without its anchor', () => {
    const err = refusal(() => parsePlan('id: *nowhere\n', 'plans/alias.yaml'));
    expect(err.problems[0]).toContain('YAML 内容无法解析');
  });

  it('refuses a missing file in Chinese', () => {
    const file = `${FIXTURES}no-such-plan.yaml`;
    const err = refusal(() => loadPlan(file));
    expect(err.file).toBe(file);
    expect(err.problems).toEqual(['文件不存在']);
    expect(err.message).toContain(file);
  });

  it('parsePlan names the given file and refuses an empty document', () => {
    const err = refusal(() => parsePlan('', 'plans/empty.yaml'));
    expect(err.message).toContain('plans/empty.yaml');
    expect(err.problems[0]).toContain('文件为空');
  });

  it('refuses a missing required key with a Chinese message', () => {
    const err = refusal(() => parsePlan('id: x\n', 'plans/x.yaml'));
    expect(err.problems).toContain('title：缺少必填项（应为 string）');
  });
});
