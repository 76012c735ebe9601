/**
 * The plan's dated milestones (时间节点): completion rules evaluated per county and township from the registry and the statistics, or reported by the county with evidence and verified by the city.
 */
import { MILESTONES_PERMISSIONS } from '../../domain/milestones/milestones.permissions.ts';
import { defineArea } from '../area.ts';

export const milestonesArea = defineArea({
  name: 'milestones',
  title: '时间节点',
  permissions: MILESTONES_PERMISSIONS,
  create: () => ({}),
});
