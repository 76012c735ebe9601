/** Permissions of the delivery area (任务与工作方案). */
import type { Permission } from '../access/access.types.ts';

declare module '../access/access.types.ts' {
  interface AreaPermissions {
    'delivery.read': true;
    'delivery.plan': true;
    'delivery.approve': true;
  }
}

export const DELIVERY_PERMISSIONS = [
  'delivery.read',
  'delivery.plan',
  'delivery.approve',
] as const satisfies readonly Permission[];
