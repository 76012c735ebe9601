/**
 * The plan's dated milestones (时间节点): completion rules evaluated per county and township from the
 * registry and the statistics, or reported by the county with evidence and verified by the city.
 */
import { readFileSync } from 'node:fs';
import { milestonesMarker } from '../../db/milestones/milestones.repository.ts';
import { MILESTONES_PERMISSIONS } from '../../domain/milestones/milestones.permissions.ts';
import { defineArea, requireService } from '../area.ts';
import { parseZonesYaml, ZONES_FILE } from '../registry/registry-config.loader.ts';
import { MILESTONES_MARKER, MilestonesService } from './milestones.service.ts';

declare module '../area.ts' {
  interface AreaServices {
    milestones: MilestonesService;
  }
  interface AreaOptions {
    /**
     * Resident population (万人) per county-level unit, for rules with a population threshold
     * (default: config/functional-zones.yaml, countyPopulation10k and each zone's population10k).
     */
    milestonePopulation10k?: ReadonlyMap<string, number>;
  }
}

/** The populations of the registry configuration (counties and zones). */
export function configuredPopulation10k(file: string = ZONES_FILE): Map<string, number> {
  const doc = parseZonesYaml(readFileSync(file, 'utf8'), file);
  const out = new Map<string, number>(Object.entries(doc.countyPopulation10k));
  for (const z of doc.zones) out.set(z.code, z.population10k);
  return out;
}

export const milestonesArea = defineArea({
  name: 'milestones',
  title: '时间节点',
  permissions: MILESTONES_PERMISSIONS,
  markers: { [MILESTONES_MARKER]: milestonesMarker },
  create: (ctx) => ({
    milestones: new MilestonesService({
      db: ctx.db,
      data: ctx.data,
      clock: ctx.clock,
      plan: ctx.plan,
      audit: ctx.audit,
      standards: requireService(ctx, 'standards', 'milestones'),
      evidence: requireService(ctx, 'evidence', 'milestones'),
      population10k: ctx.options.milestonePopulation10k ?? configuredPopulation10k(),
    }),
  }),
});
