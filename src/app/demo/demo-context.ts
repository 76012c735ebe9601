/**
 * The app context of `eduplan demo`: opens the database, creates the demo dataset if the database
 * is empty, and — only when the database holds demo data (演示数据) — runs the latest collection
 * period as open (demo-collection.ts `demoCollectionCatalog`). A database of real data opened by
 * `eduplan demo` gets the catalog as it is.
 */
import { openDatabase, type DatabaseTarget } from '../../db/database.ts';
import { getDatasetInfo } from '../../db/registry/registry.repository.ts';
import type { CollectionPeriod } from '../../domain/collection/catalog.types.ts';
import { loadRoles } from '../access/roles.loader.ts';
import { createAppContextFrom, type AppContext } from '../app.context.ts';
import { loadCollectionCatalog } from '../collection/catalog.loader.ts';
import { loadPlan } from '../plan/plan.loader.ts';
import { demoCollectionCatalog } from './demo-collection.ts';
import { createDemoData, type DemoLoadResult } from './demo.service.ts';

export interface DemoContext {
  ctx: AppContext;
  load: DemoLoadResult;
  /** The period the demo keeps open, with its real close (null: none extended). */
  extended: { period: CollectionPeriod; real: CollectionPeriod } | null;
}

export async function openDemoContext(
  target: DatabaseTarget,
  planFile: string | undefined,
  /** `now`: the demo's clock (default: the real one), also the context's clock. */
  options: { seed?: number; now?: () => Date } = {},
): Promise<DemoContext> {
  const plan = loadPlan(planFile);
  const roles = loadRoles();
  const catalog = loadCollectionCatalog();
  const now = options.now ?? (() => new Date());
  const database = await openDatabase(target);
  try {
    const load = await createDemoData(database.db, {
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      now,
      collectionCatalog: catalog,
    });
    const demo = (await getDatasetInfo(database.db, 'demo')) !== null;
    const run = demo ? demoCollectionCatalog(catalog, now()) : { catalog, extended: null };
    const real = run.extended && catalog.periods.find((p) => p.id === run.extended!.id);
    return {
      ctx: createAppContextFrom(database, plan, { roles, collectionCatalog: run.catalog, clock: now }),
      load,
      extended: run.extended && real ? { period: run.extended, real } : null,
    };
  } catch (e) {
    await database.close();
    throw e;
  }
}
