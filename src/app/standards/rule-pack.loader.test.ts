import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHIPPED_RULE_PACKS } from '../../../test/fixtures/standards/rule-packs.fixture.ts';
import { ConfigFileError } from '../shared/config-error.ts';
import { PROJECT_ROOT } from '../registry/registry-config.loader.ts';
import { loadRulePacks, parseRulePack, STANDARDS_DIR } from './rule-pack.loader.ts';

const COMPULSORY_FILE = `${STANDARDS_DIR}/compulsory-balanced-2017.yaml`;
const PRESCHOOL_FILE = `${STANDARDS_DIR}/preschool-universal-2020.yaml`;
const COMPULSORY = readFileSync(COMPULSORY_FILE, 'utf8');
const PRESCHOOL = readFileSync(PRESCHOOL_FILE, 'utf8');

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

/** `text` with `from` replaced by `to`; fails loudly when `from` is not there (the test would be void). */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`test setup: “${from}” not found`);
  return text.replace(from, to);
}

const dirs: string[] = [];
/** A temporary catalog folder holding `files`. */
function catalog(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'eduplan-standards-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('loadRulePacks — catalog/standards', () => {
  const packs = loadRulePacks();

  it('loads the shipped catalog, which is exactly the copy the domain tests use', () => {
    expect(STANDARDS_DIR).toBe(`${PROJECT_ROOT}catalog/standards`);
    expect(packs).toEqual(SHIPPED_RULE_PACKS);
  });

  it('has L1–L7 with the thresholds and names of STANDARDS.md §1.1', () => {
    const cb = packs.compulsoryBalanced;
    expect(
      cb.indicators.map((i) => [i.code, i.thresholds.primary, i.thresholds.junior, i.source.tag]),
    ).toEqual([
      ['L1', 4.2, 5.3, 'P'],
      ['L2', 1, 1, 'P'],
      ['L3', 0.9, 0.9, 'P'],
      ['L4', 4.5, 5.8, 'S'],
      ['L5', 7.5, 10.2, 'S'],
      ['L6', 2000, 2500, 'S'],
      ['L7', 2.3, 2.4, 'S'],
    ]);
    expect(cb.indicators.map((i) => i.name)).toEqual([
      '每百名学生拥有高于规定学历教师数',
      '每百名学生拥有县级以上骨干教师数',
      '每百名学生拥有体育、艺术(美术、音乐)专任教师数',
      '生均教学及辅助用房面积',
      '生均体育运动场馆面积',
      '生均教学仪器设备值',
      '每百名学生拥有网络多媒体教室数',
    ]);
    expect([cb.schoolRule.minMet, cb.schoolRule.floorShare]).toEqual([6, 0.85]);
    expect(cb.cv.limits).toEqual({ primary: 0.5, junior: 0.45 });
    expect(cb.exclusions.find((x) => x.id === 'smallTeachingPoint')).toMatchObject({
      runningTypes: ['218'],
      belowStudents: 50,
    });
  });

  it('has the government-guarantee values of §1.2 and §4, the [R] ones tagged R', () => {
    const byKind = new Map(packs.compulsoryBalanced.guarantee.map((g) => [g.kind, g]));
    expect(byKind.get('classSize')).toMatchObject({
      maxClassSize: { primary: 45, junior: 50 },
      requiredShare: 1,
    });
    expect(byKind.get('schoolSize')).toMatchObject({
      maxStudents: 2000,
      maxStudentsByRunningType: { '312': 2500, '345': 2500 },
      source: { tag: 'R' },
    });
    expect(byKind.get('teacherRotation')).toMatchObject({
      minRotatedShare: 0.1,
      minBackboneShareOfRotated: 0.2,
    });
    expect(byKind.get('specialEducationFunding')).toMatchObject({
      minPerStudent: 6000,
      source: { tag: 'R' },
    });
    const vetoes = packs.compulsoryBalanced.judgements.filter((j) => j.veto).map((j) => j.id);
    expect(vetoes).toEqual(['CB-V01', 'CB-V02', 'CB-V03', 'CB-S01']);
  });

  it('has the 普及普惠 indicator values of §2 and the class norms of §4', () => {
    const byKind = new Map(packs.preschoolUniversal.rules.map((r) => [r.kind, r]));
    expect(byKind.get('grossEnrolment')).toMatchObject({ min: 0.85 });
    expect(byKind.get('inclusiveCoverage')).toMatchObject({ min: 0.8 });
    expect(byKind.get('publicShare')).toMatchObject({ min: 0.5 });
    expect(byKind.get('childrenPerTeacher')).toMatchObject({ max: 15 });
    expect(byKind.get('kindergartenClassSize')).toMatchObject({
      min: 0.85,
      maxClassSize: { K1: 25, K2: 30, K3: 35 },
    });
    expect(byKind.get('kindergartenCertification')).toMatchObject({ min: 1 });
    expect(packs.preschoolUniversal.judgements.find((j) => j.id === 'PU-P10')).toMatchObject({
      minScore: 0.85,
    });
  });
});

describe('parseRulePack — refused files', () => {
  it('reports a YAML syntax error with its line', () => {
    const e = refusal(() => parseRulePack('id: compulsoryBalanced\nversion: [1\n', 'x.yaml'));
    expect(e.file).toBe('x.yaml');
    expect(e.problems[0]).toMatch(/^YAML 语法错误（第 \d+ 行第 \d+ 列）/);
  });

  it('refuses an empty file and an unknown standard id', () => {
    expect(refusal(() => parseRulePack('', 'x.yaml')).problems).toEqual(['文件为空，应包含规则包定义']);
    const e = refusal(() =>
      parseRulePack(edit(COMPULSORY, 'id: compulsoryBalanced', 'id: highSchool'), 'x.yaml'),
    );
    expect(e.problems).toEqual([
      'id：规则包编号 id “highSchool”无效，应为 compulsoryBalanced、preschoolUniversal 之一',
    ]);
  });

  it('refuses an indicator without its junior threshold', () => {
    const e = refusal(() =>
      parseRulePack(
        edit(COMPULSORY, 'thresholds: { primary: 4.5, junior: 5.8 }', 'thresholds: { primary: 4.5 }'),
        'x.yaml',
      ),
    );
    expect(e.problems).toEqual(['indicators[3].thresholds.junior：缺少初中（junior）阈值']);
  });

  it('refuses a misspelt key, a duplicate indicator and a missing one', () => {
    const misspelt = refusal(() =>
      parseRulePack(edit(COMPULSORY, '    basis: perStudent\n', '    bases: perStudent\n'), 'x.yaml'),
    );
    expect(misspelt.problems).toContain('indicators[3]：未知的键“bases”（检查拼写，或删除不属于此处的键）');
    const dup = refusal(() => parseRulePack(edit(COMPULSORY, '  - code: L7', '  - code: L6'), 'x.yaml'));
    expect(dup.problems).toContain('indicators[6].code：指标代码“L6”重复（第 6 项已使用）');
    expect(dup.problems).toContain('indicators：缺少指标 L7（L1–L7 须各出现一次）');
  });

  it('refuses floorShare outside (0, 1] and minMet above the number of indicators', () => {
    for (const bad of ['0', '1.2']) {
      const e = refusal(() =>
        parseRulePack(edit(COMPULSORY, 'floorShare: 0.85', `floorShare: ${bad}`), 'x.yaml'),
      );
      expect(e.problems).toEqual([
        `schoolRule.floorShare：最低比例 floorShare应大于 0 且不大于 1（用小数表示，0.85 即 85%），实际为 ${bad}`,
      ]);
    }
    const e = refusal(() => parseRulePack(edit(COMPULSORY, 'minMet: 6', 'minMet: 8'), 'x.yaml'));
    expect(e.problems).toEqual(['schoolRule.minMet：最少达标项数 minMet（8）不能超过指标数（7）']);
  });

  it('refuses a duplicate rule id, an unknown part, a missing rule kind and an unknown cost', () => {
    const dupId = refusal(() =>
      parseRulePack(edit(COMPULSORY, '  - id: CB-G02', '  - id: CB-G01'), 'x.yaml'),
    );
    expect(dupId.problems).toEqual(['judgements[1].id：规则编号“CB-G01”重复（第 6 项已使用）']);
    const part = refusal(() =>
      parseRulePack(
        edit(PRESCHOOL, 'part: 普及普惠水平\n    min: 0.85', 'part: 普及水平\n    min: 0.85'),
        'x.yaml',
      ),
    );
    expect(part.problems).toEqual([
      'rules[0].part：评估部分“普及水平”不在本规则包的 parts（普及普惠水平、政府保障情况、幼儿园保教质量保障情况、社会认可度）之中',
    ]);
    const kind = refusal(() =>
      parseRulePack(edit(PRESCHOOL, 'kind: publicShare', 'kind: inclusiveCoverage'), 'x.yaml'),
    );
    expect(kind.problems).toContain('rules：缺少 kind 为 publicShare 的规则（每种须出现一次）');
    const cost = refusal(() =>
      parseRulePack(edit(PRESCHOOL, 'addPublicPlace: null', 'addSportsArea: 3000'), 'x.yaml'),
    );
    expect(cost.problems[0]).toMatch(
      /^planning\.unitCosts\.addSportsArea：未知的措施“addSportsArea”，本标准的措施为：addPublicPlace/,
    );
  });

  it('refuses a bad source tag and an invalid date', () => {
    const tag = refusal(() => parseRulePack(edit(PRESCHOOL, 'tag: P', 'tag: X'), 'x.yaml'));
    expect(tag.problems).toEqual([
      'rules[0].source.tag：可信度标记“X”无效，应为 P（原文）、S（二手来源）或 R（回忆，待核实）',
    ]);
    const date = refusal(() =>
      parseRulePack(edit(PRESCHOOL, "effectiveFrom: '2020-03-01'", "effectiveFrom: '2020-02-30'"), 'x.yaml'),
    );
    expect(date.problems).toEqual(['effectiveFrom：日期“2020-02-30”无效，应为 YYYY-MM-DD 格式的真实日期']);
  });
});

describe('loadRulePacks — refused folders', () => {
  it('names the broken file', () => {
    const dir = catalog({ 'a.yaml': COMPULSORY, 'b.yaml': edit(PRESCHOOL, 'max: 15', 'max: -15') });
    const e = refusal(() => loadRulePacks(dir));
    expect(e.file).toBe(join(dir, 'b.yaml'));
    expect(e.problems).toEqual(['rules[4].max：生师比上限 max应大于 0，实际为 -15']);
  });

  it('needs exactly one pack per standard, with ids unique across packs', () => {
    const missing = catalog({ 'a.yaml': COMPULSORY, 'notes.txt': 'ignored' });
    expect(refusal(() => loadRulePacks(missing)).problems).toEqual([
      '缺少标准 preschoolUniversal（县域学前教育普及普惠）的规则包',
    ]);

    const twice = catalog({ 'a.yaml': COMPULSORY, 'b.yaml': COMPULSORY, 'c.yaml': PRESCHOOL });
    expect(refusal(() => loadRulePacks(twice)).problems).toEqual([
      '标准 compulsoryBalanced（县域义务教育优质均衡发展）有两个规则包：a.yaml 和 b.yaml；每个标准只能有一个',
    ]);

    const clash = catalog({ 'a.yaml': COMPULSORY, 'b.yaml': edit(PRESCHOOL, 'id: PU-Q01', 'id: CB-G01') });
    expect(refusal(() => loadRulePacks(clash)).problems).toEqual([
      '规则编号 CB-G01 同时出现在 a.yaml 和 b.yaml 中，编号须全局唯一',
    ]);
  });

  it('refuses a missing folder and one without YAML files', () => {
    expect(refusal(() => loadRulePacks(join(tmpdir(), 'eduplan-no-such-dir-x1'))).problems).toEqual([
      '规则包目录不存在',
    ]);
    expect(refusal(() => loadRulePacks(catalog({ 'readme.md': '#' }))).problems).toEqual([
      '目录中没有规则包文件（*.yaml）',
    ]);
  });

  it('accepts a copy of the catalog with a changed [R] value', () => {
    const dir = catalog({
      'a.yaml': edit(COMPULSORY, 'minPerStudent: 6000', 'minPerStudent: 8000'),
      'b.yaml': PRESCHOOL,
    });
    const packs = loadRulePacks(dir);
    expect(
      packs.compulsoryBalanced.guarantee.find((g) => g.kind === 'specialEducationFunding'),
    ).toMatchObject({
      minPerStudent: 8000,
    });
  });
});
