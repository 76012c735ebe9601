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
import { createDemoData, type DemoLoadResult, type DemoProgress } from './demo.service.ts';

export interface DemoContext {
  ctx: AppContext;
  load: DemoLoadResult;
  /** The period the demo keeps open, with its real close (null: none extended). */
  extended: { period: CollectionPeriod; real: CollectionPeriod } | null;
}

export async function openDemoContext(
  target: DatabaseTarget,
  planFile: string | undefined,
  /**
   * `now`: the demo's clock (default: the real one), also the context's clock; `onProgress`: told
   * each step (opening the database, generating, writing), for a terminal that would else stay
   * silent for the ~15 s of a first start.
   */
  options: { seed?: number; now?: () => Date; onProgress?: DemoProgress } = {},
): Promise<DemoContext> {
  const progress = options.onProgress ?? (() => undefined);
  const plan = loadPlan(planFile);
  const roles = loadRoles();
  const catalog = loadCollectionCatalog();
  const now = options.now ?? (() => new Date());
  progress(
    target.kind === 'pglite'
      ? `正在打开数据库（内置 PGlite，${target.dataDir ? `数据目录 ${target.dataDir}` : '内存中'}；首次使用时创建数据库并应用迁移，约需 10 秒）……`
      : '正在连接数据库（PostgreSQL）并检查数据库结构……',
  );
  const database = await openDatabase(target);
  progress('数据库已就绪');
  try {
    const load = await createDemoData(database.db, {
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      now,
      collectionCatalog: catalog,
      onProgress: progress,
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
