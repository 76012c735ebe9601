/**
 * Creates the Jining demo dataset (演示数据): the real org tree, synthetic institutions and seven
 * years of autumn statistics, written in one transaction so that a failure or a crash leaves
 * nothing half-written.
 */
import { readFileSync } from 'node:fs';
import type { Db } from '../../db/database.ts';
import {
  bumpRevision,
  countInstitutions,
  insertAttributeRecords,
  insertInstitutions,
  insertLifecycleEvents,
  insertStatistics,
  setDatasetInfo,
} from '../../db/registry.repository.ts';
import { countyInputsFromRegistry } from '../../domain/demo/demo-inputs.ts';
import { syncOrgUnits } from '../registry/org-sync.service.ts';
import { generateDemoDataset, type DemoDataset } from '../../domain/demo/demo.generator.ts';
import {
  COUNTY_GEOJSON_FILE,
  loadRegistryConfig,
  type RegistryConfig,
} from '../registry/registry-config.loader.ts';

export const DEMO_SEED = 20240629;
export const DEMO_FIRST_YEAR = 2019;
export const DEMO_LAST_YEAR = 2025;

export interface DemoLoadResult {
  created: boolean;
  institutions: number;
  statistics: number;
  generateMs: number;
  writeMs: number;
}

export function generateJiningDemo(config: RegistryConfig, seed: number = DEMO_SEED): DemoDataset {
  const geojson: unknown = JSON.parse(readFileSync(COUNTY_GEOJSON_FILE, 'utf8'));
  const counties = countyInputsFromRegistry(
    config.orgUnits,
    config.population10k,
    geojson as never,
    config.zones,
  );
  const city = config.orgUnits.find((u) => u.level === 'city')!;
  return generateDemoDataset({
    seed,
    fromYear: DEMO_FIRST_YEAR,
    toYear: DEMO_LAST_YEAR,
    cityCode: city.code,
    cityName: city.name,
    counties,
  });
}

/** Writes a generated dataset; the caller wraps it in a transaction. */
export async function writeDataset(tx: Db, dataset: DemoDataset): Promise<void> {
  await insertInstitutions(tx, dataset.institutions);
  await insertAttributeRecords(tx, dataset.attributes);
  await insertLifecycleEvents(tx, dataset.events);
  await insertStatistics(tx, dataset.statistics);
}

/**
 * Creates the demo dataset unless the database already holds institutions (then nothing is
 * changed: demo data never overwrites real or earlier data).
 */
export async function createDemoData(
  db: Db,
  options: { seed?: number; now?: () => Date } = {},
): Promise<DemoLoadResult> {
  const config = loadRegistryConfig();
  await syncOrgUnits(db, config.orgUnits);
  const existing = await countInstitutions(db);
  if (existing > 0)
    return { created: false, institutions: existing, statistics: 0, generateMs: 0, writeMs: 0 };
  const seed = options.seed ?? DEMO_SEED;
  const t0 = performance.now();
  const dataset = generateJiningDemo(config, seed);
  const t1 = performance.now();
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await writeDataset(tx, dataset);
    await setDatasetInfo(tx, 'demo', {
      seed,
      generatedAt: (options.now ?? (() => new Date()))().toISOString(),
      notice: '演示数据：合成数据，按济宁市公开统计口径校准，不代表真实情况',
    });
    await bumpRevision(tx);
  });
  const t2 = performance.now();
  return {
    created: true,
    institutions: dataset.institutions.length,
    statistics: dataset.statistics.length,
    generateMs: t1 - t0,
    writeMs: t2 - t1,
  };
}
