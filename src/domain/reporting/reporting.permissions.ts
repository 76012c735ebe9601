/** Permissions of the reporting area (进展报送). */
import type { Permission } from '../access/access.types.ts';

declare module '../access/access.types.ts' {
  interface AreaPermissions {
    'reporting.read': true;
    'reporting.submit': true;
    'reporting.review': true;
  }
}

export const REPORTING_PERMISSIONS = [
  'reporting.read',
  'reporting.submit',
  'reporting.review',
] as const satisfies readonly Permission[];
