/**
 * Benchmark of the collection Excel import (issue 6): one workbook of 2,000 schools × ~150 fields
 * (a city's worth of schools in one county, committed by the county on their behalf: only a
 * county account imports for its schools), from the uploaded bytes to the commit in PGlite.
 * Prints the figures (does not write docs/BENCHMARKS.md). Goal: upload to commit under 10 s and no more than 2× the time exceljs alone
 * needs to read the file.
 *
 *   node --import tsx bench/collection-import.ts
 *   BENCH_DATABASE_URL=postgres://user:pw@host:5432/postgres node --import tsx bench/collection-import.ts
 *
 * With BENCH_DATABASE_URL, the same run on a PostgreSQL server, in a new database made (and
 * dropped) for it.
 *
 * The commit writes the value history as one change set per school (migration 0008); the run
 * also times reading one field's history back, which expands the change sets.
 *
 * The form is the twelve-year school form (AUTUMN-TWELVE-YEAR, 12 grades) widened for the
 * benchmark to ~150 fields: four stages and three more grade × sex elements (synthetic catalog).
 */
import ExcelJS from 'exceljs';
import pg from 'pg';
import { createAppContextFrom } from '../src/app/app.context.ts';
import { loadCollectionCatalog } from '../src/app/collection/catalog.loader.ts';
import type { CollectionCaller } from '../src/app/collection/collection.core.ts';
import { parseImport } from '../src/app/collection/workbook.import.ts';
import { buildTemplate } from '../src/app/collection/workbook.template.ts';
import { writeWorkbook } from '../src/app/shared/xlsx/xlsx.file.ts';
import { loadPlan } from '../src/app/plan/plan.loader.ts';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/database.ts';
import { bumpRevision, insertInstitutions, replaceOrgUnits } from '../src/db/registry/registry.repository.ts';
import type { CollectionCatalog, DataElement } from '../src/domain/collection/catalog.types.ts';
import { formFields, type FieldValue } from '../src/domain/collection/fields.ts';
import type { Institution, OrgUnit } from '../src/domain/registry/registry.types.ts';

const SCHOOLS = 2_000;
const PERIOD = '2026-autumn';
const FORM = 'AUTUMN-TWELVE-YEAR';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

// ---------------------------------------------------------------- a ~150-field catalog
const base = loadCollectionCatalog();
const enr = base.elements.find((e) => e.code === 'ENR')!;
const extra: DataElement[] = ['ENR_NEW', 'ENR_BOARDING', 'ENR_MIGRANT'].map((code, i) => ({
  ...enr,
  code,
  name: ['新生数', '寄宿生数', '随迁子女数'][i]!,
}));
const catalog: CollectionCatalog = {
  ...base,
  elements: [...base.elements, ...extra],
  forms: base.forms.map((f) =>
    f.id === FORM
      ? {
          ...f,
          stages: ['primary', 'junior', 'senior', 'special'],
          sections: [...f.sections, { title: '学生构成', elements: extra.map((e) => e.code) }],
        }
      : f,
  ),
};
const form = catalog.forms.find((f) => f.id === FORM)!;
const period = catalog.periods.find((p) => p.id === PERIOD)!;
const fields = formFields(catalog, form);

// ---------------------------------------------------------------- a city of 2,000 twelve-year schools
const counties = Array.from({ length: 10 }, (_, i) => `9999${String(i + 1).padStart(2, '0')}`);
const unit = (code: string, level: OrgUnit['level'], parentCode: string | null, name: string): OrgUnit => ({
  code,
  name,
  level,
  parentCode,
  codeSource: 'nbs',
  legalParentCode: null,
  countyKind: level === 'county' ? 'county' : null,
});
const units: OrgUnit[] = [unit('999900', 'city', null, '测试市')];
for (const c of counties) {
  units.push(unit(c, 'county', '999900', `县${c.slice(-2)}`));
  units.push(unit(`${c}001`, 'township', c, `镇${c.slice(-2)}`));
}
// All in one county: a city's worth of schools in one county's workbook, committed by that county
// on behalf of its schools (县级统一导入; the level an account acts at follows from its scope).
const institutions: Institution[] = Array.from({ length: SCHOOLS }, (_, i) => {
  const county = counties[0]!;
  return {
    code: `T${String(i + 1).padStart(9, '0')}`,
    name: `测试十二年一贯制学校${i + 1}`,
    runningType: '345',
    ownership: 'public',
    urbanRural: '111',
    townshipCode: `${county}001`,
    countyCode: county,
    longitude: 116.6,
    latitude: 35.4,
  };
});

/**
 * Plausible values that keep the form's hard rules (the import refuses a file that breaks one):
 * 20 + (school + field) % 20 per grade and sex; two classes per grade, one the boys' number and
 * one the girls' (H01: the classes add up to the grade; H07: 2 × 66 places hold it); every
 * teacher count below the full-time teachers, who are 100 + n (H02–H06).
 */
function valuesOf(i: number): Record<string, FieldValue> {
  const v: Record<string, FieldValue> = {};
  fields.forEach((f, j) => {
    const n = 20 + ((i + j) % 20);
    v[f.key] =
      f.element.type === 'integerList'
        ? [n, n + 1]
        : f.element.type === 'number'
          ? n * 10.5
          : f.element.code === 'TEACHERS'
            ? 100 + n
            : n;
  });
  for (const f of fields) {
    if (f.element.code !== 'CLASS_SIZES') continue;
    const grade = f.key.slice('CLASS_SIZES.'.length);
    const boys = v[`ENR.${grade}.male`];
    const girls = v[`ENR.${grade}.female`];
    if (typeof boys === 'number' && typeof girls === 'number') v[f.key] = [boys, girls];
  }
  return v;
}

/** A new database on the server for this run (dropped at the end). */
async function serverDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `eduplan_bench_${process.pid}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(q);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name}`) };
}
const server = process.env.BENCH_DATABASE_URL ? await serverDatabase(process.env.BENCH_DATABASE_URL) : null;
const handle = server
  ? await openDatabase({ kind: 'postgres', url: server.url })
  : await openDatabase({ kind: 'pglite', dataDir: null });
await replaceOrgUnits(handle.db, units);
await insertInstitutions(handle.db, institutions);
await bumpRevision(handle.db);
const ctx = createAppContextFrom(
  handle,
  { ...loadPlan(), orgCode: '999900' },
  { clock: () => new Date('2026-09-15T10:00:00+08:00'), collectionCatalog: catalog },
);
// The county's workbook of all 2,000 schools, committed on behalf of the schools.
const caller: CollectionCaller = {
  actor: { id: null, username: 'bench', ip: null },
  scope: { kind: 'org', orgCode: counties[0]! },
};

// ---------------------------------------------------------------- the workbook
const [tpl, tTemplate] = await time(async () => {
  const t = await ctx.collection.workbooks.templateFor(PERIOD, caller, FORM);
  return writeWorkbook(
    buildTemplate(
      catalog,
      t.period,
      t.form,
      t.schools.map((x, i) => ({ ...x, values: valuesOf(i) })),
    ),
  );
});
const data = new Uint8Array(tpl);

const reads: number[] = [];
for (let i = 0; i < 3; i++) {
  const [, t] = await time(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  });
  reads.push(t);
}
const parses: number[] = [];
for (let i = 0; i < 3; i++) {
  const [r, t] = await time(() => parseImport(data, catalog, period));
  if (r.problems.length > 0 || r.rows.length !== SCHOOLS) throw new Error(JSON.stringify(r.problems[0]));
  parses.push(t);
}
const [preview, tPreview] = await time(() =>
  ctx.collection.workbooks.importWorkbook(PERIOD, data, caller, 'preview', true),
);
// The commit carries the preview's token (issue 12: rows changed since the preview are refused).
const [commit, tCommit] = await time(() =>
  ctx.collection.workbooks.importWorkbook(PERIOD, data, caller, 'commit', true, {
    previewToken: preview.previewToken!,
  }),
);
const fresh = await ctx.collection.workbooks.importWorkbook(PERIOD, data, caller, 'preview', true);
const [again, tAgain] = await time(() =>
  ctx.collection.workbooks.importWorkbook(PERIOD, data, caller, 'commit', true, {
    previewToken: fresh.previewToken!,
  }),
);
if (!commit.committed || commit.summary.changedRows !== SCHOOLS || again.summary.changedRows !== 0) {
  throw new Error('unexpected import result');
}
// One field's history of one school, as GET …/history?field= reads it (change sets expanded).
const histories: number[] = [];
const school = institutions[SCHOOLS / 2]!.code;
const field = fields[fields.length - 1]!.key;
for (let i = 0; i < 5; i++) {
  const [h, t] = await time(() => ctx.collection.entry.history(PERIOD, school, caller, field));
  if (h.values.length !== 1 || h.values[0]!.fieldKey !== field) throw new Error('unexpected history');
  histories.push(t);
}
const historyRows = await handle.db.execute(
  sql`SELECT (SELECT count(*) FROM submission_change_set)::int AS sets, (SELECT count(*) FROM submission_value_change)::int AS rows`,
);
const { sets, rows: fieldRows } = (historyRows as unknown as { rows: Array<{ sets: number; rows: number }> })
  .rows[0]!;
const read = median(reads);
console.log(
  `## 7. Collection Excel import: ${SCHOOLS} schools × ${fields.length} fields (${server ? 'PostgreSQL server' : 'PGlite, in memory'})`,
);
console.log('');
console.log('| measure | value |');
console.log('|---|---|');
console.log(
  `| workbook size | ${(data.byteLength / 1024 / 1024).toFixed(1)} MB (${SCHOOLS * fields.length} value cells) |`,
);
console.log(`| build template (registry + exceljs write) | ${s(tTemplate)} |`);
console.log(`| exceljs alone: read the file, median of 3 | ${s(read)} |`);
console.log(
  `| parseImport (read + check every cell), median of 3 | ${s(median(parses))} (${(median(parses) / read).toFixed(2)}× exceljs) |`,
);
console.log(
  `| preview (parse + registry/scope/state checks + diff), nothing written | ${s(tPreview)} (${(tPreview / read).toFixed(2)}× exceljs) |`,
);
console.log(
  `| commit, upload to committed (${commit.summary.changedFields} value changes, one transaction) | ${s(tCommit)} (${(tCommit / read).toFixed(2)}× exceljs) |`,
);
console.log(`| commit of the same file again (no changes) | ${s(tAgain)} |`);
console.log(`| rows in the preview | ${preview.rows.length} |`);
console.log(
  `| value history written | ${sets} change sets (one per school) + ${fieldRows} per-field rows, for ${commit.summary.changedFields} value changes |`,
);
console.log(
  `| one field's history of one school (change sets expanded), median of 5 | ${median(histories).toFixed(1)} ms |`,
);
await ctx.close();
await server?.drop();
