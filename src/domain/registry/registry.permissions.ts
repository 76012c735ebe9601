/** Permissions of the registry: the org tree and the institution directory. */
import type { Permission } from '../access/access.types.ts';

declare module '../access/access.types.ts' {
  interface AreaPermissions {
    'orgUnits.read': true;
    'institutions.read': true;
  }
}

export const REGISTRY_PERMISSIONS = [
  'orgUnits.read',
  'institutions.read',
] as const satisfies readonly Permission[];
