/** Test factories: small objects with sensible defaults, overridden per test (house style). */
import type { Plan, TargetDefinition } from '../src/domain/plan/plan.types.ts';
import type { Institution, OrgUnit } from '../src/domain/registry/registry.types.ts';

export function buildInstitution(overrides: Partial<Institution> & Pick<Institution, 'code'>): Institution {
  return {
    name: `测试学校${overrides.code}`,
    runningType: '111',
    ownership: 'public',
    urbanRural: '111',
    townshipCode: '999901001',
    countyCode: '999901',
    longitude: 116.6,
    latitude: 35.4,
    ...overrides,
  };
}

export function buildOrgUnit(overrides: Partial<OrgUnit> & Pick<OrgUnit, 'code' | 'level'>): OrgUnit {
  return {
    name: `单位${overrides.code}`,
    parentCode: null,
    codeSource: 'nbs',
    legalParentCode: null,
    countyKind: overrides.level === 'county' ? 'county' : null,
    ...overrides,
  };
}

/** City 999900 → counties 999901–999903 → townships 99990X001 (and 999901002). */
export function buildSmallOrgTree(): OrgUnit[] {
  const units: OrgUnit[] = [buildOrgUnit({ code: '999900', level: 'city', name: '测试市' })];
  for (const c of ['999901', '999902', '999903']) {
    units.push(buildOrgUnit({ code: c, level: 'county', parentCode: '999900', name: `县${c.slice(-1)}` }));
    units.push(
      buildOrgUnit({ code: `${c}001`, level: 'township', parentCode: c, name: `镇${c.slice(-1)}-1` }),
    );
  }
  units.push(buildOrgUnit({ code: '999901002', level: 'township', parentCode: '999901', name: '镇1-2' }));
  return units;
}

/**
 * The small tree plus a functional zone 999904 (local code) administering one township,
 * 999904001, whose legal (NBS) county is 999903.
 */
export function buildSmallOrgTreeWithZone(): OrgUnit[] {
  return [
    ...buildSmallOrgTree(),
    buildOrgUnit({
      code: '999904',
      level: 'county',
      parentCode: '999900',
      name: '开发区',
      codeSource: 'local',
      countyKind: 'zone',
    }),
    buildOrgUnit({
      code: '999904001',
      level: 'township',
      parentCode: '999904',
      name: '开发区街道',
      legalParentCode: '999903',
    }),
  ];
}

export function buildTarget(
  overrides: Partial<TargetDefinition> & Pick<TargetDefinition, 'id'>,
): TargetDefinition {
  return {
    title: `目标${overrides.id}`,
    shortTitle: `目标${overrides.id}`,
    threshold: 0.8,
    deadlineYear: 2027,
    baselineYear: 2023,
    scope: ['city', 'county'],
    indicator: {
      kind: 'share',
      population: { runningTypes: ['111'] },
      weight: 'enrolment',
      numerator: { ownerships: ['public'] },
    },
    source: '测试',
    ...overrides,
  };
}

export function buildPlan(targets: TargetDefinition[]): Plan {
  return {
    id: 'test-plan',
    title: '测试方案',
    documentNumber: '测〔2024〕1号',
    issuer: ['测试局'],
    orgCode: '999900',
    targets,
    statusRules: { onTrackMaxGap: 0.02, lagMaxGap: 0.08 },
    milestones: [],
    tasks: [{ number: 1, section: '二(一)1', title: '任务一', action: '行动一' }],
  };
}
