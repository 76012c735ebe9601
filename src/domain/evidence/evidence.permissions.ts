/** Permissions of the evidence area (佐证材料). */
import type { Permission } from '../access/access.types.ts';

declare module '../access/access.types.ts' {
  interface AreaPermissions {
    'evidence.read': true;
    'evidence.upload': true;
  }
}

export const EVIDENCE_PERMISSIONS = [
  'evidence.read',
  'evidence.upload',
] as const satisfies readonly Permission[];
