/**
 * An area of the platform (registry, targets, standards, collection, and next delivery, warnings,
 * planning …) as the application layer sees it: its name, the data markers it owns, its
 * permissions, and the factory of its services. Areas are listed once, in app/areas.ts; the API
 * and the CLI find each area's routes and commands by its name (api/<name>/<name>.routes.ts,
 * cli/<name>/<name>.commands.ts) and the web app finds its pages by folder, so adding an area
 * edits that one list and the area's own folders.
 *
 * An area adds its services to the context type where it defines them:
 *
 *   declare module '../area.ts' { interface AreaServices { tasks: TasksService } }
 */
import type { MarkerQuery } from '../db/markers.ts';
import type { Permission } from '../domain/access/access.types.ts';
import type { CoreContext } from './app.context.ts';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the areas
export interface AreaServices {}

/** Options of `createAppContextFrom`, added by the areas (definitions loaded from elsewhere). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the areas
export interface AreaOptions {}

/** What an area's factory sees: the core and the services of the areas listed before it. */
export type AreaContext = CoreContext & Partial<AreaServices>;

export interface AppArea {
  /** Folder name in every layer, e.g. collection. */
  name: string;
  /** Chinese name, e.g. 数据采集. */
  title: string;
  /** "Has this area's data changed?" subqueries, read with every request's snapshot. */
  markers?: Readonly<Record<string, MarkerQuery>>;
  /** Permissions the area's routes require (config/roles.yaml grants them). */
  permissions?: readonly Permission[];
  /** The area's services, added to the context. */
  create(ctx: AreaContext): Partial<AreaServices>;
}

export function defineArea<const A extends AppArea>(area: A): A {
  return area;
}

/** A service of an area listed earlier in app/areas.ts; a clear error when the order is wrong. */
export function requireService<K extends keyof AreaServices>(
  ctx: AreaContext,
  key: K,
  by: string,
): AreaServices[K] {
  const service = ctx[key];
  if (service === undefined) {
    throw new Error(`area ${by} needs ${String(key)}: list its area before ${by} in src/app/areas.ts`);
  }
  return service as AreaServices[K];
}
