/**
 * Creates the Jining demo dataset (演示数据): the real org tree, synthetic institutions and seven
 * years of autumn statistics, and the open collection period's submissions for part of the schools
 * (demo-collection.ts), written in one transaction so that a failure or a crash leaves nothing
 * half-written.
 */
import { enrolmentOf } from '../../domain/shared/enrolment.ts';
import { GRADE_STAGE } from '../../domain/statistics/statistics.types.ts';
import { insertCountyInputs, insertJudgements } from '../../db/standards/standards.repository.ts';
import { JINING_DEMO_PROGRESS } from '../../demo/demo-inputs.ts';
import { generateDemoStandards } from '../../demo/demo.standards.ts';
import type { RulePackSet } from '../../domain/standards/standards.types.ts';
import { loadRulePacks } from '../standards/rule-pack.loader.ts';
import { isAssessedUnit } from '../standards/standards.service.ts';
import { readFileSync } from 'node:fs';
import type { Db } from '../../db/database.ts';
import { insertAccounts, insertAuditEntries, listAccounts } from '../../db/access/access.repository.ts';
import { loadPlan } from '../plan/plan.loader.ts';
import { AREA_DEMOS } from './area-demos.ts';
import type { RoleCode } from '../../domain/access/access.types.ts';
import { hashPassword } from '../access/password.hasher.ts';
import {
  bumpRevision,
  countInstitutions,
  insertAttributeRecords,
  insertInstitutions,
  insertLifecycleEvents,
  insertStatistics,
  setDatasetInfo,
} from '../../db/registry/registry.repository.ts';
import { countyInputsFromRegistry } from '../../demo/demo-inputs.ts';
import { syncOrgUnits } from '../registry/org-sync.service.ts';
import { generateDemoDataset, type DemoDataset } from '../../demo/demo.generator.ts';
import { loadCollectionCatalog } from '../collection/catalog.loader.ts';
import type { CollectionCatalog } from '../../domain/collection/catalog.types.ts';
import { demoSubmissions, writeDemoSubmissions } from './demo-collection.ts';
import {
  COUNTY_GEOJSON_FILE,
  loadRegistryConfig,
  type RegistryConfig,
} from '../registry/registry-config.loader.ts';

export const DEMO_SEED = 20240629;

/**
 * The demo accounts' shared password. It exists only in demo mode (演示数据); outside it no
 * account has a default password: the first administrator is made with `eduplan user add`.
 */
export const DEMO_PASSWORD = 'Demo#2027jn';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: RoleCode;
  scopeCode: string;
}

/** One account per role, anchored where that role works; the school clerk at a 任城区 kindergarten. */
export function demoAccounts(schoolCode: string): DemoAccount[] {
  return [
    { username: 'admin', displayName: '市级管理员（演示）', role: 'cityAdmin', scopeCode: '370800' },
    { username: 'auditor', displayName: '安全审计员（演示）', role: 'auditAdmin', scopeCode: '370800' },
    { username: 'city', displayName: '市级业务科室（演示）', role: 'cityStaff', scopeCode: '370800' },
    { username: 'rencheng', displayName: '任城区教体局（演示）', role: 'countyAdmin', scopeCode: '370811' },
    { username: 'yutai', displayName: '鱼台县教体局（演示）', role: 'countyAdmin', scopeCode: '370827' },
    { username: 'school', displayName: '学校填报员（演示）', role: 'schoolClerk', scopeCode: schoolCode },
    { username: 'inspector', displayName: '督学（演示）', role: 'inspector', scopeCode: '370800' },
    { username: 'finance', displayName: '财政局（演示）', role: 'readOnly', scopeCode: '370800' },
  ];
}
export const DEMO_FIRST_YEAR = 2019;

/** A step of making the demo data, as a Chinese sentence. */
export type DemoProgress = (message: string) => void;
export const DEMO_LAST_YEAR = 2025;

export interface DemoLoadResult {
  created: boolean;
  institutions: number;
  statistics: number;
  /** Seeded submissions of the open period (none when no period after the data has opened). */
  submissions: number;
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

/**
 * The demo county figures and evaluators' verdicts of the county standards (演示数据) for every
 * assessed county and year of the dataset: schools count in their township's legal county.
 */
export function generateJiningDemoStandards(
  config: RegistryConfig,
  dataset: DemoDataset,
  packs: RulePackSet,
) {
  const units = new Map(config.orgUnits.map((u) => [u.code, u]));
  const counties = config.orgUnits.filter(isAssessedUnit);
  const legalCounty = new Map(
    dataset.institutions.map((i) => [i.code, units.get(i.townshipCode)?.legalParentCode ?? i.countyCode]),
  );
  const facts = new Map<string, { preschoolChildren: number; compulsoryTeachers: number }>();
  for (const s of dataset.statistics) {
    const key = `${legalCounty.get(s.institutionCode)}:${s.schoolYear}`;
    const f = facts.get(key) ?? { preschoolChildren: 0, compulsoryTeachers: 0 };
    f.preschoolChildren += enrolmentOf(s.grades.filter((g) => GRADE_STAGE[g.grade] === 'preschool'));
    f.compulsoryTeachers += (s.stages.primary?.teachers ?? 0) + (s.stages.junior?.teachers ?? 0);
    facts.set(key, f);
  }
  const items = [...packs.compulsoryBalanced.judgements, ...packs.preschoolUniversal.judgements];
  return generateDemoStandards({
    seed: dataset.seed,
    counties: counties.map((c) => ({ code: c.code, progress: JINING_DEMO_PROGRESS[c.code] ?? 0.5 })),
    years: [...new Set(dataset.statistics.map((s) => s.schoolYear))].sort((a, b) => a - b),
    facts: (code, year) => facts.get(`${code}:${year}`) ?? null,
    judgementItems: items.map((j) => ({ id: j.id, veto: j.veto === true, minScore: j.minScore ?? null })),
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
  options: {
    seed?: number;
    now?: () => Date;
    collectionCatalog?: CollectionCatalog;
    /** Told each step as it starts and ends, in Chinese (the CLI prints it with the elapsed time). */
    onProgress?: DemoProgress;
  } = {},
): Promise<DemoLoadResult> {
  const progress = options.onProgress ?? (() => undefined);
  const config = loadRegistryConfig();
  await syncOrgUnits(db, config.orgUnits);
  const existing = await countInstitutions(db);
  if (existing > 0)
    return {
      created: false,
      institutions: existing,
      statistics: 0,
      submissions: 0,
      generateMs: 0,
      writeMs: 0,
    };
  const seed = options.seed ?? DEMO_SEED;
  const now = (options.now ?? (() => new Date()))();
  const t0 = performance.now();
  progress(
    `数据库为空，正在生成济宁演示数据（种子 ${seed}）：学校和幼儿园、${DEMO_FIRST_YEAR}—${DEMO_LAST_YEAR} 学年统计……`,
  );
  const dataset = generateJiningDemo(config, seed);
  const school = dataset.institutions
    .filter((i) => i.countyCode === '370811' && i.runningType === '111')
    .map((i) => i.code)
    .sort()[0]!;
  // The open period's forms (2026-autumn): part of the schools, every state but final.
  const collection = demoSubmissions(
    dataset,
    options.collectionCatalog ?? loadCollectionCatalog(),
    now,
    school,
  );
  const t1 = performance.now();
  progress(
    `已生成 ${dataset.institutions.length} 所学校和幼儿园、${dataset.statistics.length} 条学年统计${collection.period ? `、${collection.period.name} ${collection.submissions.length} 份报表` : ''}`,
  );
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    progress(
      `正在写入数据库（1/4）：${dataset.institutions.length} 所学校和幼儿园及其 ${dataset.statistics.length} 条学年统计……`,
    );
    await writeDataset(tx, dataset);
    const standards = generateJiningDemoStandards(config, dataset, loadRulePacks());
    progress(
      `正在写入数据库（2/4）：县域评估数据（${standards.inputs.length} 条县级数据、${standards.judgements.length} 条认定结论）……`,
    );
    await insertCountyInputs(tx, standards.inputs);
    await insertJudgements(tx, standards.judgements);
    progress(
      collection.period
        ? `正在写入数据库（3/4）：${collection.period.name} ${collection.submissions.length} 份报表……`
        : '写入数据库（3/4）：没有已开放的采集期，不生成报表',
    );
    if (collection.period) await writeDemoSubmissions(tx, collection.period, collection.submissions);
    const accounts = demoAccounts(school);
    progress(`正在写入数据库（4/4）：${accounts.length} 个演示账号……`);
    const hash = await hashPassword(DEMO_PASSWORD);
    await insertAccounts(
      tx,
      accounts.map((a) => ({
        username: a.username,
        displayName: a.displayName,
        role: a.role,
        scope:
          /^\d+$/.test(a.scopeCode) && a.scopeCode.length !== 10
            ? { kind: 'org' as const, orgCode: a.scopeCode }
            : { kind: 'institution' as const, institutionCode: a.scopeCode },
        passwordHash: hash,
        // Demo accounts are for trying the platform out: no forced change of the published password.
        mustChangePassword: false,
      })),
    );
    const areaSummaries: string[] = [];
    if (AREA_DEMOS.length > 0) {
      const accountIds = new Map((await listAccounts(tx)).map((a) => [a.username, a.id]));
      const plan = loadPlan();
      for (const demo of AREA_DEMOS) {
        progress(`正在写入数据库：${demo.title}（演示数据）……`);
        areaSummaries.push(await demo.write({ tx, seed, now, plan, config, dataset, accountIds }));
      }
    }
    await insertAuditEntries(tx, [
      {
        actorId: null,
        actorUsername: 'system',
        ip: null,
        action: 'demo.create',
        outcome: 'success',
        detail: `生成演示数据：${dataset.institutions.length} 所学校和幼儿园，${dataset.statistics.length} 条学年统计，${accounts.length} 个演示账号${collection.period ? `，${collection.period.name} ${collection.submissions.length} 份报表（未经市级审核）` : ''}${areaSummaries.map((x) => `，${x}`).join('')}`,
        newValue: {
          seed,
          accounts: accounts.map((a) => a.username),
          submissions: collection.submissions.length,
        },
      },
    ]);
    await setDatasetInfo(tx, 'demoAccounts', accounts);
    await setDatasetInfo(tx, 'demo', {
      seed,
      generatedAt: now.toISOString(),
      notice: '演示数据：合成数据，按济宁市公开统计口径校准，不代表真实情况',
    });
    await bumpRevision(tx);
  });
  const t2 = performance.now();
  return {
    created: true,
    institutions: dataset.institutions.length,
    statistics: dataset.statistics.length,
    submissions: collection.submissions.length,
    generateMs: t1 - t0,
    writeMs: t2 - t1,
  };
}
