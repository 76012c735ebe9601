/** Permissions of the stocktake area (月度调度). */
import type { Permission } from '../access/access.types.ts';

declare module '../access/access.types.ts' {
  interface AreaPermissions {
    'stocktake.read': true;
    'stocktake.record': true;
  }
}

export const STOCKTAKE_PERMISSIONS = [
  'stocktake.read',
  'stocktake.record',
] as const satisfies readonly Permission[];
