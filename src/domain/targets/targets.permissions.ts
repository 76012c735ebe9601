/** Permissions of the headline targets and the plan. */
import type { Permission } from '../access/access.types.ts';

declare module '../access/access.types.ts' {
  interface AreaPermissions {
    'targets.read': true;
    'plan.read': true;
  }
}

export const TARGETS_PERMISSIONS = ['targets.read', 'plan.read'] as const satisfies readonly Permission[];
