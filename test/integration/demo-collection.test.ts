/**
 * Data collection in the demo (演示数据), through `openDemoContext` as `eduplan demo` runs it, with
 * the demo's clock at 2026-11-28 10:00 Beijing time: the latest period (2026-autumn, really closed
 * on 2026-10-31) is open and named as extended, while the catalog file keeps its real dates; the
 * seeded 2026 submissions are spread over every state but final, all that went to the county pass
 * the hard rules and explain their soft issues, the demo school clerk can still enter data, and
 * 任城区 has forms waiting for its review. A database of real data is never extended.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION_DIR, loadCollectionCatalog } from '../../src/app/collection/catalog.loader.ts';
import { getDemoAccounts } from '../../src/app/demo/demo-accounts.ts';
import { openDemoContext, type DemoContext } from '../../src/app/demo/demo-context.ts';
import { syncOrgUnits } from '../../src/app/registry/org-sync.service.ts';
import { loadRegistryConfig } from '../../src/app/registry/registry-config.loader.ts';
import { listSubmissions } from '../../src/db/collection/collection.repository.ts';
import { bumpRevision, insertInstitutions } from '../../src/db/registry/registry.repository.ts';
import { openDatabase, type DatabaseTarget } from '../../src/db/database.ts';
import { listStatisticsOfYear } from '../../src/db/registry/registry.repository.ts';
import { blockingIssues, validateValues } from '../../src/domain/collection/validation.ts';
import { fieldValuesFromStatistics } from '../../src/domain/collection/statistics-values.ts';
import type { FieldValues } from '../../src/domain/collection/fields.ts';
import { buildInstitution } from '../factories.ts';
import { collectionCaller } from '../support/collection.ts';

const NOW = new Date('2026-11-28T10:00:00+08:00');
const PERIOD = '2026-autumn';
const RENCHENG = '370811';

function snapshotTarget(dataDir: string | null = null): DatabaseTarget {
  const file = process.env.EDUPLAN_TEST_PGLITE_SNAPSHOT;
  return {
    kind: 'pglite',
    dataDir,
    ...(file ? { loadDataDir: new Blob([readFileSync(file)]) } : {}),
  };
}

describe('the demo’s open collection period and seeded submissions', () => {
  let demo: DemoContext;
  beforeAll(async () => {
    demo = await openDemoContext(snapshotTarget(), undefined, { now: () => NOW });
  }, 120_000);
  afterAll(async () => {
    await demo?.ctx.close();
  });
  const svc = () => demo.ctx.collection;
  const db = () => demo.ctx.database.db;

  it('runs the latest period as open at the demo’s clock, named as extended; the file keeps its dates', () => {
    const p = svc().requirePeriod(PERIOD);
    expect(p.name).toBe('2026 年秋季统计（演示：截止日期已顺延）');
    // Start day 2026-11-28 + 21 days, end of day in Beijing.
    expect(p.closeAt).toBe('2026-12-19T23:59:59+08:00');
    expect(Date.parse(p.openFrom) <= NOW.getTime() && NOW.getTime() < Date.parse(p.closeAt)).toBe(true);
    expect(demo.extended?.real.closeAt).toBe('2026-10-31T23:59:59+08:00');
    // The catalog as the files say (every other reader of them) is unchanged.
    const real = loadCollectionCatalog().periods.find((x) => x.id === PERIOD)!;
    expect(real).toMatchObject({ name: '2026 年秋季统计', closeAt: '2026-10-31T23:59:59+08:00' });
    expect(readFileSync(join(COLLECTION_DIR, 'periods.yaml'), 'utf8')).toContain(
      "closeAt: '2026-10-31T23:59:59+08:00'",
    );
    // The earlier period is left as it is.
    expect(svc().requirePeriod('2025-autumn').closeAt).toBe('2025-10-31T23:59:59+08:00');
  });

  it('seeds part of the schools in every state but final; 2026 stays out of the figures', async () => {
    expect(demo.load.created).toBe(true);
    const rows = await listSubmissions(db(), PERIOD);
    expect(rows.length).toBe(demo.load.submissions);
    const byState = new Map<string, number>();
    for (const r of rows) byState.set(r.state, (byState.get(r.state) ?? 0) + 1);
    expect([...byState.keys()].sort()).toEqual(['countyApproved', 'draft', 'returned', 'submitted']);
    const city = collectionCaller('city', 'city', { kind: 'org', orgCode: '370800' });
    const c = await svc().completeness.completeness(PERIOD, city);
    expect(c.daysLeft).toBe(22);
    const notStarted = c.schools.filter((s) => s.state === 'notStarted').length;
    expect(notStarted).toBeGreaterThan(0);
    expect(notStarted + rows.length).toBe(c.schools.length);
    // Most of some counties have not started (the lagging ones), others are well under way.
    const share = c.counties.map((k) => ({ code: k.code, notStarted: 1 - k.started / k.expected }));
    expect(share.filter((k) => k.notStarted > 0.6).map((k) => k.code)).toEqual(
      expect.arrayContaining(['370827', '370832']),
    );
    expect(share.find((k) => k.code === RENCHENG)!.notStarted).toBeLessThan(0.5);
    // None final: nothing approved by the city, and no 2026 statistics.
    expect(c.counties.every((k) => k.final === 0)).toBe(true);
    expect((await demo.ctx.cache.get()).years.at(-1)).toBe(2025);
    // Returned forms carry the county's comment.
    const returned = rows.find((r) => r.state === 'returned')!;
    const h = await svc().entry.history(PERIOD, returned.institutionCode, city);
    expect(h.events.map((e) => [e.action, e.toState, e.actorLevel])).toEqual([
      ['submit', 'submitted', 'school'],
      ['return', 'returned', 'county'],
    ]);
    expect(h.events[1]!.comment?.length).toBeGreaterThan(10);
    // Every value has its history: who saved it and when, from empty.
    const values = returned.values as FieldValues;
    expect(h.values.map((v) => v.fieldKey).sort()).toEqual(Object.keys(values).sort());
    expect(h.values.every((v) => v.oldValue === null && v.changedBy.startsWith('school'))).toBe(true);
  }, 60_000);

  it('passes every hard rule and explains every soft issue in each form that went to the county', async () => {
    const view = await demo.ctx.cache.get();
    const catalog = svc().catalog;
    const rows = await listSubmissions(db(), PERIOD);
    const prev = new Map((await listStatisticsOfYear(db(), 2025)).map((s) => [s.institutionCode, s]));
    const sent = rows.filter((r) => r.state !== 'draft');
    expect(sent.length).toBeGreaterThan(500);
    const problems: string[] = [];
    for (const r of sent) {
      const form = catalog.forms.find((f) => f.id === r.formId && f.version === r.formVersion)!;
      const inst = view.institutions.get(r.institutionCode)!;
      const values = r.values as FieldValues;
      // Without context: the hard rules alone.
      for (const i of validateValues(catalog, form, values).filter((x) => x.severity === 'hard')) {
        problems.push(`${r.institutionCode} ${i.message}`);
      }
      // As the service checks on submit: with last year's values and the county's other forms.
      const peers = rows
        .filter(
          (p) =>
            p !== r &&
            p.formId === r.formId &&
            view.institutions.get(p.institutionCode)!.countyCode === inst.countyCode,
        )
        .map((p) => p.values as FieldValues);
      const issues = validateValues(catalog, form, values, {
        previous: fieldValuesFromStatistics(catalog, form, prev.get(r.institutionCode)!),
        peers,
        mode: 'submit',
      });
      for (const i of blockingIssues(issues, r.explanations as Record<string, string>)) {
        problems.push(`${r.institutionCode} ${i.message}`);
      }
      if (r.submittedAt === null || Date.parse(r.submittedAt) > NOW.getTime()) {
        problems.push(`${r.institutionCode} submittedAt ${r.submittedAt}`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('leaves the demo school clerk a form to fill in, and gives 任城区 forms to review', async () => {
    const code = (await getDemoAccounts(demo.ctx))!.find((a) => a.username === 'school')!.scopeCode;
    const clerk = collectionCaller('school', 'school', { kind: 'institution', institutionCode: code });
    const own = await svc().entry.open(PERIOD, code, clerk);
    // Draft (version 1) or not started (version 0): either way the clerk can still save now.
    expect(own.state).toBe('draft');
    expect(own.allowedActions).toContain('save');
    const rencheng = collectionCaller('rencheng', 'county', { kind: 'org', orgCode: RENCHENG });
    const waiting = (await svc().completeness.completeness(PERIOD, rencheng)).schools.filter(
      (s) => s.state === 'submitted',
    );
    expect(waiting.length).toBeGreaterThanOrEqual(6);
    // The county can act on them now.
    const approved = await svc().review.act(PERIOD, waiting[0]!.code, rencheng, 'approve');
    expect(approved.state).toBe('countyApproved');
  }, 60_000);

  it('marks an export of the demo data as 演示数据', async () => {
    const rencheng = collectionCaller('rencheng', 'county', { kind: 'org', orgCode: RENCHENG });
    const e = await svc().workbooks.exportWorkbook(PERIOD, rencheng, { state: 'submitted' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(e.file as unknown as ArrayBuffer);
    const notes = new Map<string, unknown>();
    wb.getWorksheet('说明')!.eachRow((r) => notes.set(String(r.getCell(1).value ?? ''), r.getCell(2).value));
    expect(String(notes.get('演示数据'))).toContain('演示数据');
    expect(String(notes.get('采集周期'))).toContain('演示：截止日期已顺延');
    expect(e.rows).toBeGreaterThanOrEqual(5);
  }, 60_000);
});

describe('eduplan demo on a database of real data', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'eduplan-real-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates nothing and keeps the catalog’s real dates', async () => {
    // A real deployment: Jining's org tree and one school, without the demo marker.
    const h = await openDatabase(snapshotTarget(dir));
    const units = loadRegistryConfig().orgUnits;
    await syncOrgUnits(h.db, units);
    const township = units.find((u) => u.level === 'township' && u.parentCode === RENCHENG)!;
    await insertInstitutions(h.db, [
      buildInstitution({ code: '3708110001', countyCode: RENCHENG, townshipCode: township.code }),
    ]);
    await bumpRevision(h.db);
    await h.close();
    const demo = await openDemoContext({ kind: 'pglite', dataDir: dir }, undefined, { now: () => NOW });
    try {
      expect(demo.load.created).toBe(false);
      expect(demo.extended).toBeNull();
      expect(demo.ctx.collection.requirePeriod(PERIOD)).toMatchObject({
        name: '2026 年秋季统计',
        closeAt: '2026-10-31T23:59:59+08:00',
      });
    } finally {
      await demo.ctx.close();
    }
  }, 120_000);
});
