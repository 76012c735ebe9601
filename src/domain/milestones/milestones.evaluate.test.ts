/**
 * Milestone completion on an invented city, every expectation worked out by hand from the facts
 * below (the comments say how). The city:
 *   甲县 A (county, 21 万人): 甲镇 A01, 乙乡 A02, 城关街道 A03; no special-education school.
 *   乙县 B (county, 19 万人): 丙镇 B01.
 *   丙县 C (county, 30 万人): 丁镇 C01; special school SC opened in school year 2024, closed from 2026.
 *   开发区 Z (zone, 25 万人): 开发区街道 Z01.
 * Registry read from school year 2020 on (firstYear); statistics (county figures, verdicts) for 2023 and 2025.
 */
import { describe, expect, it } from 'vitest';
import type { InstitutionYear } from '../indicators/snapshot.types.ts';
import type { CompletionRule, Milestone } from '../plan/plan.types.ts';
import type { Institution, InstitutionAttributes, RunningType } from '../registry/registry.types.ts';
import type { Verdict } from '../standards/standards.types.ts';
import {
  cityStatusOf,
  dayAfter,
  evaluateMilestones,
  evaluateUnit,
  factInForce,
  isTown,
  schoolYearOf,
} from './milestones.evaluate.ts';
import type {
  CountyUnit,
  MilestoneReportRecord,
  MilestoneWorld,
  TownshipFactRecord,
} from './milestones.types.ts';

interface Fixture {
  code: string;
  name: string;
  type: RunningType;
  county: string;
  township: string;
  from: number;
  until?: number;
  /** attribute → [value, effective from school year] records */
  attrs?: Array<[keyof InstitutionAttributes, unknown, number]>;
}

const SCHOOLS: Fixture[] = [
  // 甲县: the central primary of 甲镇 has a resource centre from 2025; 乙乡's junior school since 2020.
  {
    code: 'PA01',
    name: '甲镇中心小学',
    type: '211',
    county: 'A',
    township: 'A01',
    from: 2000,
    attrs: [
      ['resourceCentre', true, 2025],
      ['townshipSeat', true, 2020],
      ['conditionsClass', 'classII', 2020],
    ],
  },
  {
    code: 'JA02',
    name: '乙乡初级中学',
    type: '311',
    county: 'A',
    township: 'A02',
    from: 2000,
    attrs: [
      ['resourceCentre', true, 2020],
      ['townshipSeat', true, 2020],
      ['conditionsClass', 'belowClassII', 2020],
    ],
  },
  // A street school: no resource centre; below class II but streets are not 乡镇 for the class-II rule.
  {
    code: 'PA03',
    name: '城关街道小学',
    type: '211',
    county: 'A',
    township: 'A03',
    from: 2000,
    attrs: [
      ['townshipSeat', true, 2020],
      ['conditionsClass', 'belowClassII', 2020],
    ],
  },
  { code: 'PB01', name: '丙镇中心小学', type: '211', county: 'B', township: 'B01', from: 2000 },
  {
    code: 'SC',
    name: '丙县特殊教育学校',
    type: '513',
    county: 'C',
    township: 'C01',
    from: 2024,
    until: 2026,
    attrs: [
      ['preschoolDepartment', true, 2024],
      ['vocationalDepartment', false, 2024],
      ['specialEdEvaluation', 'passed', 2024],
    ],
  },
  {
    code: 'PC01',
    name: '丁镇中心小学',
    type: '211',
    county: 'C',
    township: 'C01',
    from: 2000,
    attrs: [['resourceCentre', true, 2020]],
  },
];

const COUNTIES: CountyUnit[] = [
  {
    code: 'A',
    name: '甲县',
    kind: 'county',
    population10k: 21,
    townships: [
      { code: 'A01', name: '甲镇' },
      { code: 'A02', name: '乙乡' },
      { code: 'A03', name: '城关街道' },
    ],
  },
  { code: 'B', name: '乙县', kind: 'county', population10k: 19, townships: [{ code: 'B01', name: '丙镇' }] },
  { code: 'C', name: '丙县', kind: 'county', population10k: 30, townships: [{ code: 'C01', name: '丁镇' }] },
  {
    code: 'Z',
    name: '开发区',
    kind: 'zone',
    population10k: 25,
    townships: [{ code: 'Z01', name: '开发区街道' }],
  },
];

function institutionsOf(county: string, year: number): InstitutionYear[] {
  return SCHOOLS.filter(
    (s) => s.county === county && s.from <= year && (s.until === undefined || year < s.until),
  ).map((s) => {
    const attributes: Record<string, unknown> = {};
    for (const [name, value, from] of [...(s.attrs ?? [])].sort((a, b) => a[2] - b[2]))
      if (from <= year) attributes[name] = value;
    const institution: Institution = {
      code: s.code,
      name: s.name,
      runningType: s.type,
      ownership: 'public',
      urbanRural: '121',
      townshipCode: s.township,
      countyCode: s.county,
      longitude: 116,
      latitude: 35,
    };
    return { institution, enrolment: 100, attributes } as InstitutionYear;
  });
}

const FUNDING: Record<string, Record<number, number>> = { A: { 2023: 8000, 2025: 9500 }, B: { 2025: 8800 } };
const VERDICTS: Record<string, Record<number, Verdict>> = {
  A: { 2023: 'fail', 2025: 'pass' },
  B: { 2025: 'incomplete' },
};

function world(
  asOf: string,
  facts: TownshipFactRecord[] = [],
  reports: MilestoneReportRecord[] = [],
): MilestoneWorld {
  return {
    asOf,
    counties: COUNTIES,
    firstYear: 2020,
    institutions: institutionsOf,
    statisticsYears: [2023, 2025],
    figure: (c, name, y) => (name === 'specialEducationFundingPerStudent' ? (FUNDING[c]?.[y] ?? null) : null),
    verdict: (c, _name, y) => VERDICTS[c]?.[y] ?? null,
    facts,
    reports,
  };
}

const milestone = (completion: CompletionRule, deadline = '2025-12-31', id = 'm-test'): Milestone => ({
  id,
  task: 13,
  title: '测试节点',
  deadline,
  completion,
});

const SPECIAL_SCHOOL = milestone({
  kind: 'countyInstitution',
  runningTypes: ['511', '512', '513', '514'],
  population: { name: 'residents', atLeast10k: 20 },
  countyKinds: ['district', 'county', 'countyCity'],
});
const RESOURCE_CENTRE = milestone(
  {
    kind: 'townshipInstitution',
    runningTypes: ['211', '311', '312'],
    attributes: { resourceCentre: [true] },
    townships: 'all',
  },
  '2024-12-31',
);
const unit = (m: Milestone, code: string, w: MilestoneWorld) =>
  evaluateUnit(
    m,
    COUNTIES.find((c) => c.code === code)!,
    w,
  );

describe('dates', () => {
  it('runs a school year from 1 September and counts overdue from the day after the deadline', () => {
    expect(schoolYearOf('2025-08-31')).toBe(2024);
    expect(schoolYearOf('2025-09-01')).toBe(2025);
    expect(schoolYearOf('2025-12-31')).toBe(2025);
    expect(dayAfter('2025-12-31')).toBe('2026-01-01');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
  });
  it('tells 乡镇 from 街道', () => {
    expect(isTown('甲镇')).toBe(true);
    expect(isTown('乙乡')).toBe(true);
    expect(isTown('城关街道')).toBe(false);
    expect(isTown('经济开发区管理委员会')).toBe(false);
  });
});

describe('special-education school in every county of 20 万 residents or more', () => {
  it('is 未完成 on the deadline and 逾期未完成 from the next day for a county of 21 万 without one', () => {
    const onDeadline = unit(SPECIAL_SCHOOL, 'A', world('2025-12-31'));
    expect(onDeadline).toMatchObject({
      status: 'notDone',
      since: null,
      missing: [{ code: 'A', since: null }],
    });
    const nextDay = unit(SPECIAL_SCHOOL, 'A', world('2026-01-01'));
    // Never had one in any year read: overdue from the day after the deadline.
    expect(nextDay).toMatchObject({
      status: 'overdue',
      since: '2026-01-01',
      missing: [{ code: 'A', name: '甲县', since: '2026-01-01' }],
    });
    expect(nextDay.detail).toBe('常住人口 21 万人（不低于 20 万人）；2025 学年在办特殊教育学校 0 所');
  });

  it('is 不涉及 for a county of 19 万 and for a functional zone', () => {
    const b = unit(SPECIAL_SCHOOL, 'B', world('2026-01-01'));
    expect(b).toMatchObject({ status: 'notRequired', missing: [] });
    expect(b.detail).toBe('常住人口 19 万人，低于 20 万人，不涉及');
    expect(unit(SPECIAL_SCHOOL, 'Z', world('2026-01-01')).status).toBe('notRequired');
  });

  it('is 已完成 since the school year its school opened, and lapses when the school closes', () => {
    // SC operates in 2024 and 2025: done since 1 September 2024 (2023 had none).
    expect(unit(SPECIAL_SCHOOL, 'C', world('2026-01-01'))).toMatchObject({
      status: 'done',
      since: '2024-09-01',
    });
    // Closed from school year 2026: missing from 2026-09-01, later than the day after the deadline.
    expect(unit(SPECIAL_SCHOOL, 'C', world('2026-10-01'))).toMatchObject({
      status: 'overdue',
      since: '2026-09-01',
      missing: [{ code: 'C', since: '2026-09-01' }],
    });
  });

  it('counts a county of unknown population as required', () => {
    const w = world('2026-01-01');
    const u = evaluateUnit(SPECIAL_SCHOOL, { ...COUNTIES[1]!, population10k: null }, w);
    expect(u.status).toBe('overdue');
    expect(u.detail).toContain('未登记常住人口');
  });
});

describe('resource centre in every township, based at a primary or junior school', () => {
  it("misses a township whose centre is effective from 2025 in 2024's check", () => {
    // 2024-12-31 is in school year 2024: PA01's centre (from 2025) is not yet in force; the street has none.
    const u = unit(RESOURCE_CENTRE, 'A', world('2024-12-31'));
    expect(u.status).toBe('notDone');
    expect(u.missing.map((m) => m.code)).toEqual(['A01', 'A03']);
    expect(u.detail).toBe(
      '2024 学年 3 个乡镇（街道）中 1 个具备：设有特殊教育资源中心的小学、初级中学或九年一贯制学校',
    );
  });

  it('is overdue from 2025-01-01 and, from school year 2025, misses only the street', () => {
    const jan = unit(RESOURCE_CENTRE, 'A', world('2025-01-01'));
    expect(jan).toMatchObject({
      status: 'overdue',
      since: '2025-01-01',
      missing: [
        { code: 'A01', since: '2025-01-01' },
        { code: 'A03', since: '2025-01-01' },
      ],
    });
    const autumn = unit(RESOURCE_CENTRE, 'A', world('2025-10-01'));
    expect(autumn.missing).toEqual([{ code: 'A03', name: '城关街道', since: '2025-01-01' }]);
  });

  it('is done since before the records for a county whose only township always had one', () => {
    // PC01's centre is in force from 2020, the first year read: completed on an unknown day.
    expect(unit(RESOURCE_CENTRE, 'C', world('2025-10-01'))).toMatchObject({ status: 'done', since: null });
  });
});

describe('every institution of a kind has the attributes', () => {
  const FIFTEEN_YEAR = milestone({
    kind: 'everyInstitution',
    runningTypes: ['511', '512', '513', '514'],
    attributes: { preschoolDepartment: [true], vocationalDepartment: [true] },
    townships: 'all',
  });
  const CLASS_II = milestone(
    {
      kind: 'everyInstitution',
      runningTypes: ['211', '311', '312'],
      where: { townshipSeat: [true] },
      attributes: { conditionsClass: ['classI', 'classII'] },
      townships: 'towns',
    },
    '2027-12-31',
  );

  it('names the special school that lacks a department, and is 不涉及 where there is none', () => {
    const c = unit(FIFTEEN_YEAR, 'C', world('2026-01-01'));
    // SC has the preschool department but no vocational one.
    expect(c).toMatchObject({ status: 'overdue', missing: [{ code: 'SC', name: '丙县特殊教育学校' }] });
    expect(c.detail).toBe(
      '2025 学年在办的特殊教育学校 1 所，其中 0 所附设学前教育部（班）且设置中等职业教育部（班）',
    );
    expect(unit(FIFTEEN_YEAR, 'A', world('2026-01-01')).status).toBe('notRequired');
  });

  it('checks township-seat schools in 乡镇 only', () => {
    // PA01 class II: fine; JA02 below class II: missing; PA03 is in a street and is not checked.
    const a = unit(CLASS_II, 'A', world('2026-01-01'));
    expect(a).toMatchObject({ status: 'notDone', missing: [{ code: 'JA02', since: null }] });
    expect(a.detail).toContain('在办的乡镇驻地学校的小学、初级中学或九年一贯制学校 2 所，其中 1 所');
    // 乙县's school is not marked as a township-seat school: nothing to check.
    expect(unit(CLASS_II, 'B', world('2026-01-01')).status).toBe('notRequired');
  });
});

describe('county figures and verdicts', () => {
  const FUNDING_9000 = milestone({
    kind: 'countyFigure',
    figure: 'specialEducationFundingPerStudent',
    atLeast: 9000,
    countyKinds: ['county'],
  });
  const BALANCED = milestone({ kind: 'countyVerdict', verdict: 'compulsoryBalanced' }, '2030-12-31');

  it('reads the latest statistics year up to the day', () => {
    // 2026-01-01 → school year 2025 → statistics 2025: 9,500 ≥ 9,000, done since 2025 (2023: 8,000).
    expect(unit(FUNDING_9000, 'A', world('2026-01-01'))).toMatchObject({
      status: 'done',
      since: '2025-09-01',
    });
    // School year 2024 reads the 2023 statistics: 8,000.
    const before = unit(FUNDING_9000, 'A', world('2025-03-01'));
    expect(before).toMatchObject({ status: 'notDone', missing: [{ code: 'A' }] });
    expect(before.detail).toBe('2023 学年义务教育阶段特殊教育生均公用经费（元） 8,000，低于 9,000');
    expect(unit(FUNDING_9000, 'B', world('2026-01-01'))).toMatchObject({
      status: 'overdue',
      since: '2026-01-01',
    });
    // Not recorded at all.
    expect(unit(FUNDING_9000, 'C', world('2026-01-01')).detail).toBe(
      '2025 学年义务教育阶段特殊教育生均公用经费（元）未录入',
    );
    expect(unit(FUNDING_9000, 'Z', world('2026-01-01')).status).toBe('notRequired');
  });

  it('passes only on a pass verdict', () => {
    expect(unit(BALANCED, 'A', world('2026-01-01')).status).toBe('done');
    const b = unit(BALANCED, 'B', world('2026-01-01'));
    expect(b).toMatchObject({
      status: 'notDone',
      detail: '2025 学年县域义务教育优质均衡评估：数据不全，无法判定',
    });
  });
});

describe('township facts recorded by the county and verified by the city', () => {
  const INTEGRATION = milestone({ kind: 'townshipFact', fact: 'townVillageIntegration', townships: 'towns' });
  const fact = (
    id: string,
    townshipCode: string,
    value: boolean,
    effectiveFrom: string,
    review: TownshipFactRecord['review'],
    recordedAt = `${effectiveFrom}T02:00:00.000Z`,
  ): TownshipFactRecord => ({
    id,
    townshipCode,
    fact: 'townVillageIntegration',
    value,
    effectiveFrom,
    recordedAt,
    review,
  });

  const facts = [
    fact('f1', 'A01', true, '2025-06-01', 'verified'),
    fact('f2', 'A02', true, '2025-11-01', 'pending'),
  ];

  it('is 待核实 while the last township waits for verification, even after the deadline', () => {
    // 甲镇 verified, 乙乡 recorded but not verified, 城关街道 is a street (not counted).
    const u = unit(INTEGRATION, 'A', world('2026-02-01', facts));
    expect(u).toMatchObject({
      status: 'toVerify',
      missing: [],
      awaiting: [{ code: 'A02', name: '乙乡', since: '2025-11-01' }],
      detail: '2 个乡镇中 1 个经市级核实完成幼儿园镇村一体化管理体制改革，1 个已登记待市级核实',
    });
  });

  it('is 已完成 from the day the last township completed once verified', () => {
    const verified = [facts[0]!, { ...facts[1]!, review: 'verified' as const }];
    expect(unit(INTEGRATION, 'A', world('2026-02-01', verified))).toMatchObject({
      status: 'done',
      since: '2025-11-01',
    });
    // Before 乙乡's day its record is not yet in force.
    expect(unit(INTEGRATION, 'A', world('2025-10-01', verified))).toMatchObject({
      status: 'notDone',
      missing: [{ code: 'A02' }],
    });
  });

  it('ignores rejected records and lets a later record win', () => {
    const rejected = [facts[0]!, { ...facts[1]!, review: 'rejected' as const }];
    expect(unit(INTEGRATION, 'A', world('2026-02-01', rejected))).toMatchObject({
      status: 'overdue',
      since: '2026-01-01',
      missing: [{ code: 'A02', since: '2026-01-01' }],
    });
    // 甲镇 reported back to "no" from 2026-03-01: missing from that day.
    const lapsed = [...facts, fact('f3', 'A01', false, '2026-03-01', 'pending')];
    const u = unit(INTEGRATION, 'A', world('2026-04-01', lapsed));
    expect(u.missing).toEqual([{ code: 'A01', name: '甲镇', since: '2026-03-01' }]);
    expect(factInForce(lapsed, 'A01', 'townVillageIntegration', '2026-02-28')?.id).toBe('f1');
    // A correction of the same day recorded later wins.
    const corrected = [
      fact('x1', 'B01', true, '2025-05-01', 'verified'),
      fact('x2', 'B01', false, '2025-05-01', 'verified', '2025-05-02T00:00:00.000Z'),
    ];
    expect(factInForce(corrected, 'B01', 'townVillageIntegration', '2025-12-31')?.id).toBe('x2');
  });
});

describe('reported milestones', () => {
  const REPORTED = milestone({ kind: 'reported', evidence: '县政府批复文件' }, '2025-12-31', 'm-rep');
  const report = (
    id: string,
    countyCode: string,
    completedOn: string,
    review: MilestoneReportRecord['review'],
  ): MilestoneReportRecord => ({
    id,
    milestoneId: 'm-rep',
    countyCode,
    completedOn,
    recordedAt: `${completedOn}T08:00:00.000Z`,
    review,
  });

  it('is done when verified, 待核实 while pending, overdue when absent or rejected', () => {
    const reports = [
      report('r1', 'A', '2025-05-01', 'verified'),
      report('r2', 'B', '2025-11-20', 'pending'),
      report('r3', 'C', '2025-10-01', 'rejected'),
    ];
    const [status] = evaluateMilestones([REPORTED], world('2026-01-05', [], reports));
    const byCode = Object.fromEntries(status!.units.map((u) => [u.orgCode, u]));
    expect(byCode.A).toMatchObject({ status: 'done', since: '2025-05-01' });
    expect(byCode.B).toMatchObject({ status: 'toVerify', awaiting: [{ code: 'B', since: '2025-11-20' }] });
    expect(byCode.C).toMatchObject({ status: 'overdue', since: '2026-01-01', missing: [{ code: 'C' }] });
    // The zone must report too (no countyKinds given).
    expect(byCode.Z!.status).toBe('overdue');
    expect(status!.method).toBe('reported');
    expect(status!.summary).toEqual({ done: 1, notDone: 0, overdue: 2, toVerify: 1, notRequired: 0 });
    expect(status!.cityStatus).toBe('overdue');
    expect(status!.rule).toBe('各县市区（功能区）报送完成情况：县政府批复文件（附佐证材料，市级核实）');
  });
});

describe('the city', () => {
  it('is done only when every county required is done', () => {
    const u = (status: 'done' | 'notDone' | 'overdue' | 'toVerify' | 'notRequired') => ({
      orgCode: 'x',
      orgName: 'x',
      status,
      since: null,
      missing: [],
      awaiting: [],
      detail: '',
    });
    expect(cityStatusOf([u('done'), u('notRequired')])).toBe('done');
    expect(cityStatusOf([u('done'), u('toVerify')])).toBe('toVerify');
    expect(cityStatusOf([u('toVerify'), u('notDone')])).toBe('notDone');
    expect(cityStatusOf([u('notDone'), u('overdue')])).toBe('overdue');
    expect(cityStatusOf([u('notRequired')])).toBe('notRequired');
  });

  it('describes each rule in Chinese', () => {
    const [special, centre] = evaluateMilestones([SPECIAL_SCHOOL, RESOURCE_CENTRE], world('2026-01-01'));
    expect(special!.rule).toBe('常住人口 20 万人及以上的区、县、县级市至少有 1 所在办的特殊教育学校');
    expect(centre!.rule).toBe(
      '各县市区（功能区）的每个乡镇（街道）至少有 1 所设有特殊教育资源中心的小学、初级中学或九年一贯制学校',
    );
    // 甲县 overdue, 乙县 and the zone not required, 丙县 done.
    expect(special!.summary).toEqual({ done: 1, notDone: 0, overdue: 1, toVerify: 0, notRequired: 2 });
    expect(special!.cityStatus).toBe('overdue');
  });
});
