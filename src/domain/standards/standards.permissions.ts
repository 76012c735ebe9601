/** Permissions of the county standards: read, record county figures, judge the manual items. */
import type { Permission } from '../access/access.types.ts';

declare module '../access/access.types.ts' {
  interface AreaPermissions {
    'standards.read': true;
    'standards.record': true;
    'standards.judge': true;
  }
}

export const STANDARDS_PERMISSIONS = [
  'standards.read',
  'standards.record',
  'standards.judge',
] as const satisfies readonly Permission[];
