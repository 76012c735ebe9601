/**
 * The areas of the platform, in the order their services are built (an area may use the services
 * of those before it). This is the one list a new area is added to: its API routes, CLI commands
 * and web pages are found by its name (see app/area.ts).
 */
import { CORE_PERMISSIONS, type Permission } from '../domain/access/access.types.ts';
import type { AppArea } from './area.ts';
import { evidenceArea } from './evidence/evidence.area.ts';
import { milestonesArea } from './milestones/milestones.area.ts';
import { deliveryArea } from './delivery/delivery.area.ts';
import { reportingArea } from './reporting/reporting.area.ts';
import { stocktakeArea } from './stocktake/stocktake.area.ts';
import { collectionArea } from './collection/collection.area.ts';
import { registryArea } from './registry/registry.area.ts';
import { standardsArea } from './standards/standards.area.ts';
import { standingArea } from './standing/standing.area.ts';
import { targetsArea } from './targets/targets.area.ts';

export const AREAS: readonly AppArea[] = [
  registryArea,
  standardsArea,
  collectionArea,
  targetsArea,
  standingArea,
  evidenceArea,
  milestonesArea,
  deliveryArea,
  reportingArea,
  stocktakeArea,
];

/** Every permission the platform knows: the core's and each area's (config/roles.yaml is checked against it). */
export function knownPermissions(areas: readonly AppArea[] = AREAS): Permission[] {
  return [...CORE_PERMISSIONS, ...areas.flatMap((a) => a.permissions ?? [])];
}
