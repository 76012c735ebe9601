/**
 * Wires the database, the plan, the roles and the services together for the API and the CLI:
 * the core every area uses (data snapshots, the registry view, the audit log, accounts and
 * sessions), then each area of app/areas.ts in order.
 */
import { openDatabase, type DatabaseHandle, type DatabaseTarget, type Db } from '../db/database.ts';
import type { MarkerQuery } from '../db/markers.ts';
import type { Plan } from '../domain/plan/plan.types.ts';
import { AuditService } from './access/audit.service.ts';
import { AuthService, DEFAULT_AUTH_SETTINGS, type AuthSettings, type Clock } from './access/auth.service.ts';
import { loadRoles, type RoleTable } from './access/roles.loader.ts';
import { UsersService } from './access/users.service.ts';
import type { AppArea, AreaOptions, AreaServices } from './area.ts';
import { AREAS, knownPermissions } from './areas.ts';
import { loadPlan } from './plan/plan.loader.ts';
import { DataSnapshots } from './shared/data.snapshot.ts';
import { DatasetCache } from './shared/dataset.cache.ts';
import {
  DEFAULT_LIVE_FIGURES_SETTINGS,
  loadLiveFiguresSettings,
  type LiveFiguresSettings,
} from './shared/live-figures.loader.ts';

export interface ContextOptions extends AreaOptions {
  roles?: RoleTable;
  clock?: Clock;
  authSettings?: AuthSettings;
  /** Settings of the live figures (default: config/live-figures.yaml). */
  liveFigures?: LiveFiguresSettings;
  /** The areas to build (default: app/areas.ts); tests may build fewer. */
  areas?: readonly AppArea[];
}

/** What every area's services are built on. */
export interface CoreContext {
  database: DatabaseHandle;
  db: Db;
  plan: Plan;
  roles: RoleTable;
  clock: Clock;
  /** The registry view (org tree, institutions, enrolment), kept per dataset revision. */
  cache: DatasetCache;
  /** The request's data snapshot: every "has anything changed?" in one statement. */
  data: DataSnapshots;
  audit: AuditService;
  auth: AuthService;
  users: UsersService;
  liveFigures: LiveFiguresSettings;
  options: ContextOptions;
}

export type AppContext = CoreContext &
  AreaServices & {
    /** The areas built, in order (the API and the CLI add their routes and commands). */
    areas: readonly AppArea[];
    close(): Promise<void>;
  };

export function createAppContextFrom(
  database: DatabaseHandle,
  plan: Plan,
  options: ContextOptions = {},
): AppContext {
  const areas = options.areas ?? AREAS;
  const db = database.db;
  const clock = options.clock ?? (() => new Date());
  const roles = options.roles ?? loadRoles(undefined, knownPermissions(areas));
  const cache = new DatasetCache(db);
  const markers = new Map<string, MarkerQuery>();
  for (const area of areas) {
    for (const [name, query] of Object.entries(area.markers ?? {})) {
      if (markers.has(name)) throw new Error(`data marker ${name} is defined by two areas`);
      markers.set(name, query);
    }
  }
  const data = new DataSnapshots(db, cache, markers);
  const audit = new AuditService(db);
  const core: CoreContext = {
    database,
    db,
    plan,
    roles,
    clock,
    cache,
    data,
    audit,
    auth: new AuthService(db, roles, audit, clock, options.authSettings ?? DEFAULT_AUTH_SETTINGS),
    users: new UsersService(db, roles, audit, data, clock),
    liveFigures: { ...DEFAULT_LIVE_FIGURES_SETTINGS, ...(options.liveFigures ?? loadLiveFiguresSettings()) },
    options,
  };
  const ctx: CoreContext & Partial<AreaServices> = core;
  for (const area of areas) Object.assign(ctx, area.create(ctx));
  // Audit entries queued off the response path (AuditService.recordSoon) are written before the
  // database closes.
  const close = async () => {
    try {
      await audit.flush();
    } finally {
      await database.close();
    }
  };
  return Object.assign(ctx as CoreContext & AreaServices, { areas, close });
}

export async function createAppContext(target: DatabaseTarget, planFile?: string): Promise<AppContext> {
  const plan = loadPlan(planFile);
  const roles = loadRoles(undefined, knownPermissions());
  const database = await openDatabase(target);
  return createAppContextFrom(database, plan, { roles });
}

/**
 * Where the database lives: `DATABASE_URL` selects a PostgreSQL server; otherwise PGlite in
 * `EDUPLAN_DATA_DIR` (default `./.eduplan/data`).
 */
export function databaseTargetFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  dataDirOption?: string,
): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'pglite', dataDir: dataDirOption ?? env.EDUPLAN_DATA_DIR ?? '.eduplan/data' };
}
