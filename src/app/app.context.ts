/** Wires the database, the plan, the roles and the services together for the API and the CLI. */
import { loadCollectionCatalog } from './collection/catalog.loader.ts';
import { CollectionService } from './collection/collection.service.ts';
import type { CollectionCatalog } from '../domain/collection/catalog.types.ts';
import { zoneAssessmentCounties } from './registry/registry-config.loader.ts';
import { loadRulePacks } from './standards/rule-pack.loader.ts';
import { StandardsService } from './standards/standards.service.ts';
import type { RulePackSet } from '../domain/standards/standards.types.ts';
import { openDatabase, type DatabaseHandle, type DatabaseTarget } from '../db/database.ts';
import type { Plan } from '../domain/plan/plan.types.ts';
import { AuditService } from './access/audit.service.ts';
import { AuthService, DEFAULT_AUTH_SETTINGS, type AuthSettings, type Clock } from './access/auth.service.ts';
import { loadRoles, type RoleTable } from './access/roles.loader.ts';
import { UsersService } from './access/users.service.ts';
import { DatasetCache } from './dataset.cache.ts';
import { loadPlan } from './plan/plan.loader.ts';
import { RegistryService } from './registry/registry.service.ts';
import {
  DEFAULT_LIVE_FIGURES_SETTINGS,
  loadLiveFiguresSettings,
  type LiveFiguresSettings,
} from './targets/live-figures.loader.ts';
import { TargetsService } from './targets/targets.service.ts';

export interface AppContext {
  database: DatabaseHandle;
  plan: Plan;
  roles: RoleTable;
  clock: Clock;
  cache: DatasetCache;
  registry: RegistryService;
  targets: TargetsService;
  standards: StandardsService;
  collection: CollectionService;
  audit: AuditService;
  auth: AuthService;
  users: UsersService;
  close(): Promise<void>;
}

export interface ContextOptions {
  roles?: RoleTable;
  /** County-standard rule packs (default: catalog/standards). */
  rulePacks?: RulePackSet;
  /** Zone → county its own schools are assessed with (default: config/functional-zones.yaml). */
  zoneCounties?: ReadonlyMap<string, string>;
  /** The data-collection catalog (default: catalog/collection). */
  collectionCatalog?: CollectionCatalog;
  clock?: Clock;
  authSettings?: AuthSettings;
  /** Settings of the live figures (default: config/live-figures.yaml). */
  liveFigures?: LiveFiguresSettings;
}

export function createAppContextFrom(
  database: DatabaseHandle,
  plan: Plan,
  options: ContextOptions = {},
): AppContext {
  const db = database.db;
  const clock = options.clock ?? (() => new Date());
  const roles = options.roles ?? loadRoles();
  const cache = new DatasetCache(db);
  const audit = new AuditService(db);
  const standards = new StandardsService(
    db,
    cache,
    audit,
    options.rulePacks ?? loadRulePacks(),
    options.zoneCounties ?? zoneAssessmentCounties(),
  );
  const live = { ...DEFAULT_LIVE_FIGURES_SETTINGS, ...(options.liveFigures ?? loadLiveFiguresSettings()) };
  const collection = new CollectionService(
    db,
    cache,
    audit,
    options.collectionCatalog ?? loadCollectionCatalog(),
    clock,
    { finalLevel: live.finalLevel!, resubmitGraceDays: live.resubmitGraceDays! },
  );
  return {
    database,
    plan,
    roles,
    clock,
    cache,
    registry: new RegistryService(db, cache),
    targets: new TargetsService(plan, cache, standards, {
      collection,
      clock,
      settings: live,
    }),
    standards,
    collection,
    audit,
    auth: new AuthService(db, roles, audit, clock, options.authSettings ?? DEFAULT_AUTH_SETTINGS),
    users: new UsersService(db, roles, audit, cache, clock),
    close: () => database.close(),
  };
}

export async function createAppContext(target: DatabaseTarget, planFile?: string): Promise<AppContext> {
  const plan = loadPlan(planFile);
  const roles = loadRoles();
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
