/** Permissions of data collection: read, enter (school), review (county), approve (city). */
import type { Permission } from '../access/access.types.ts';

declare module '../access/access.types.ts' {
  interface AreaPermissions {
    'collection.read': true;
    'collection.enter': true;
    'collection.review': true;
    'collection.approve': true;
  }
}

export const COLLECTION_PERMISSIONS = [
  'collection.read',
  'collection.enter',
  'collection.review',
  'collection.approve',
] as const satisfies readonly Permission[];
