/** The demo township facts and milestone attributes: deterministic, dated before "now", mixed states. */
import { describe, expect, it } from 'vitest';
import { loadRegistryConfig } from '../app/registry/registry-config.loader.ts';
import { demoTownshipFacts } from './demo.milestones.ts';

const config = loadRegistryConfig();
const input = (seed: number) => ({
  seed,
  now: new Date('2026-12-04T02:00:00Z'),
  orgUnits: config.orgUnits,
  progress: () => 0.5,
  countyAccount: (c: string) => `county-${c}`,
});

describe('demo township facts', () => {
  const facts = demoTownshipFacts(input(20240629));

  it('is the same for the same seed and differs for another', () => {
    expect(demoTownshipFacts(input(20240629))).toEqual(facts);
    expect(demoTownshipFacts(input(7))).not.toEqual(facts);
  });

  it('records only 乡镇, never after now, with verified, waiting and rejected records', () => {
    const units = new Map(config.orgUnits.map((u) => [u.code, u]));
    for (const f of facts) {
      expect(units.get(f.townshipCode)!.name).toMatch(/[镇乡]$/);
      expect(f.effectiveFrom <= '2026-12-04').toBe(true);
      expect(f.recordedAt <= '2026-12-04T02:00:00.000Z').toBe(true);
      expect(f.note).toContain('演示数据');
    }
    const states = new Set(facts.map((f) => f.reviews.at(-1)?.decision ?? 'pending'));
    expect([...states].sort()).toEqual(['pending', 'rejected', 'verified']);
    // Some towns have nothing recorded for a fact: the milestone is overdue there.
    const towns = config.orgUnits.filter((u) => u.level === 'township' && /[镇乡]$/.test(u.name)).length;
    const pilots = new Set(facts.filter((f) => f.fact === 'strongTownshipPilot').map((f) => f.townshipCode));
    expect(pilots.size).toBeLessThan(towns);
    expect(pilots.size).toBeGreaterThan(towns * 0.7);
  });
});
