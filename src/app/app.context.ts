/** Wires the database, the plan and the services together for the API and the CLI. */
import { openDatabase, type DatabaseHandle, type DatabaseTarget } from '../db/database.ts';
import type { Plan } from '../domain/plan/plan.types.ts';
import { DatasetCache } from './dataset.cache.ts';
import { loadPlan } from './plan/plan.loader.ts';
import { RegistryService } from './registry/registry.service.ts';
import { TargetsService } from './targets/targets.service.ts';

export interface AppContext {
  database: DatabaseHandle;
  plan: Plan;
  cache: DatasetCache;
  registry: RegistryService;
  targets: TargetsService;
  close(): Promise<void>;
}

export function createAppContextFrom(database: DatabaseHandle, plan: Plan): AppContext {
  const cache = new DatasetCache(database.db);
  return {
    database,
    plan,
    cache,
    registry: new RegistryService(database.db, cache),
    targets: new TargetsService(plan, cache),
    close: () => database.close(),
  };
}

export async function createAppContext(target: DatabaseTarget, planFile?: string): Promise<AppContext> {
  const plan = loadPlan(planFile);
  const database = await openDatabase(target);
  return createAppContextFrom(database, plan);
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
