/** Permissions of the milestones area (时间节点). */
import type { Permission } from '../access/access.types.ts';

declare module '../access/access.types.ts' {
  interface AreaPermissions {
    'milestones.read': true;
    'milestones.report': true;
    'milestones.verify': true;
  }
}

export const MILESTONES_PERMISSIONS = [
  'milestones.read',
  'milestones.report',
  'milestones.verify',
] as const satisfies readonly Permission[];
