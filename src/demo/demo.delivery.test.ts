/**
 * The demo work plans on Jining's real org tree (config) with four invented schools per county:
 * deterministic, 6–15 measures per plan, every measure passing the rules a county's own save must
 * pass (owner inside the county, due date in the plan's period), and the scenarios the demo promises.
 */
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../app/plan/plan.loader.ts';
import { loadRegistryConfig } from '../app/registry/registry-config.loader.ts';
import { taskInfos, validateMeasures } from '../domain/delivery/work-plan.ts';
import type { Institution, RunningType } from '../domain/registry/registry.types.ts';
import { demoApprovedMeasures, demoWorkPlans } from './demo.delivery.ts';

const cfg = loadRegistryConfig();
const plan = loadPlan();
const counties = cfg.orgUnits.filter((u) => u.level === 'county');
const institutions: Institution[] = counties.flatMap((c, i) =>
  (['111', '211', '342', '512'] as RunningType[]).map((rt, k) => ({
    code: `D${String(i).padStart(2, '0')}${rt}${k}000`.slice(0, 10),
    name: `${c.name}演示学校${k}`,
    runningType: rt,
    ownership: 'public' as const,
    urbanRural: '111' as const,
    townshipCode: cfg.orgUnits.find((t) => t.parentCode === c.code)!.code,
    countyCode: c.code,
    longitude: 116.6,
    latitude: 35.4,
  })),
);
const input = {
  seed: 20260301,
  now: new Date('2026-11-20T02:00:00Z'),
  plan,
  orgUnits: cfg.orgUnits,
  institutions,
};

describe('demo work plans', () => {
  const plans = demoWorkPlans(input);

  it('gives all 14 county-level units a plan, the same for the same seed', () => {
    expect(plans).toHaveLength(14);
    expect(demoWorkPlans(input)).toEqual(plans);
    expect(demoWorkPlans({ ...input, seed: 7 })).not.toEqual(plans);
  });

  it('has the promised scenarios: the demo counties fixed, two waiting, one more revised', () => {
    const by = new Map(plans.map((p) => [p.countyCode, p]));
    expect(by.get('370811')!.versions.map((v) => v.state)).toEqual(['approved', 'draft']);
    expect(by.get('370827')!.versions.map((v) => v.state)).toEqual(['approved', 'returned']);
    const counts = new Map<string, number>();
    for (const p of plans) counts.set(p.scenario, (counts.get(p.scenario) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({
      approved: 9,
      approvedV2: 1,
      submitted: 1,
      v2Submitted: 1,
      v2Returned: 1,
      v2Draft: 1,
    });
  });

  it('keeps ids across versions: v2 drops one measure, changes one, adds one with a new id', () => {
    const p = plans.find((x) => x.countyCode === '370811')!;
    const [v1, v2] = p.versions;
    const v1Ids = v1!.measures.map((m) => m.id);
    const v2Ids = v2!.measures.map((m) => m.id);
    expect(v2Ids.filter((id) => !v1Ids.includes(id))).toHaveLength(1);
    expect(v1Ids.filter((id) => !v2Ids.includes(id))).toHaveLength(1);
    const added = v2!.measures.find((m) => !v1Ids.includes(m.id))!;
    expect(added).toMatchObject({
      sinceVersion: 2,
      id: `370811-${String(v1Ids.length + 1).padStart(3, '0')}`,
    });
  });

  it('writes only measures a county could save itself', () => {
    const tasks = taskInfos(plan);
    for (const p of plans) {
      const county = counties.find((c) => c.code === p.countyCode)!;
      const units = new Set([
        county.code,
        ...cfg.orgUnits.filter((u) => u.parentCode === county.code).map((u) => u.code),
        ...institutions.filter((i) => i.countyCode === county.code).map((i) => i.code),
      ]);
      for (const v of p.versions) {
        expect(v.measures.length).toBeGreaterThanOrEqual(6);
        expect(v.measures.length).toBeLessThanOrEqual(16);
        const issues = validateMeasures(v.measures, {
          tasks,
          period: plan.period!,
          countyName: county.name,
          ownerUnitName: (code) => (units.has(code) ? code : null),
          knownIds: new Set(p.identities.map((i) => i.id)),
        });
        expect(issues).toEqual([]);
        for (const m of v.measures) expect(m.dueDate >= '2025-01-01' && m.dueDate <= '2027-12-31').toBe(true);
      }
      // Events are in time order and none is after the demo's today.
      const times = p.events.map((e) => e.at);
      expect(times).toEqual([...times].sort());
      expect(times.every((t) => t <= input.now.toISOString())).toBe(true);
    }
  });

  it('gives the reporting demo the approved measures: every county but the one still waiting', () => {
    const measures = demoApprovedMeasures(plans);
    const waiting = plans.find((p) => p.scenario === 'submitted')!.countyCode;
    expect(new Set(measures.map((m) => m.countyCode)).size).toBe(13);
    expect(measures.some((m) => m.countyCode === waiting)).toBe(false);
    expect(new Set(measures.map((m) => m.id)).size).toBe(measures.length);
  });
});
