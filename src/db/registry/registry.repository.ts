/** SQL for the registry: org units, institutions, attribute history, lifecycle events, statistics. */
import { totalEnrolment } from '../../domain/shared/enrolment.ts';
import { and, asc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { InstitutionYearStatistics } from '../../domain/statistics/statistics.types.ts';
import type {
  AttributeRecord,
  Institution,
  LifecycleEvent,
  OrgUnit,
} from '../../domain/registry/registry.types.ts';
import type { Db } from '../database.ts';
import { insertByUnnest } from '../bulk.ts';
import {
  datasetChange,
  datasetInfo,
  institution,
  institutionAttribute,
  institutionEvent,
  institutionStatistics,
  orgUnit,
} from './registry.schema.ts';

/** Inserts org units, or updates those whose code exists (name, parent, kind). */
export async function upsertOrgUnits(db: Db, units: ReadonlyArray<OrgUnit>): Promise<void> {
  if (units.length === 0) return;
  await db.execute(sql`
    INSERT INTO org_unit (code, name, level, parent_code, code_source, legal_parent_code, county_kind)
    SELECT * FROM unnest(
      ${sql.param(units.map((u) => u.code))}::text[], ${sql.param(units.map((u) => u.name))}::text[],
      ${sql.param(units.map((u) => u.level))}::text[], ${sql.param(units.map((u) => u.parentCode))}::text[],
      ${sql.param(units.map((u) => u.codeSource))}::text[], ${sql.param(units.map((u) => u.legalParentCode))}::text[],
      ${sql.param(units.map((u) => u.countyKind))}::text[])
    ON CONFLICT (code) DO UPDATE SET
      name = EXCLUDED.name, level = EXCLUDED.level, parent_code = EXCLUDED.parent_code,
      code_source = EXCLUDED.code_source, legal_parent_code = EXCLUDED.legal_parent_code,
      county_kind = EXCLUDED.county_kind`);
}

/**
 * Sets every institution's county to the county-level parent of its township, after the org tree
 * changed (e.g. a township handed to a functional zone). Returns how many institutions moved.
 */
export async function realignInstitutionCounties(db: Db): Promise<number> {
  const r = await db.execute(sql`
    UPDATE institution SET county_code = t.parent_code
    FROM org_unit t
    WHERE t.code = institution.township_code AND t.parent_code IS NOT NULL
      AND institution.county_code <> t.parent_code
    RETURNING institution.code`);
  return (r as unknown as { rows: unknown[] }).rows.length;
}

export async function replaceOrgUnits(db: Db, units: ReadonlyArray<OrgUnit>): Promise<void> {
  await insertByUnnest(
    db,
    'org_unit',
    [
      { name: 'code', type: 'text[]', get: (u: OrgUnit) => u.code },
      { name: 'name', type: 'text[]', get: (u) => u.name },
      { name: 'level', type: 'text[]', get: (u) => u.level },
      { name: 'parent_code', type: 'text[]', get: (u) => u.parentCode },
      { name: 'code_source', type: 'text[]', get: (u) => u.codeSource },
      { name: 'legal_parent_code', type: 'text[]', get: (u) => u.legalParentCode },
      { name: 'county_kind', type: 'text[]', get: (u) => u.countyKind },
    ],
    units,
  );
}

export async function listOrgUnits(db: Db): Promise<OrgUnit[]> {
  const rows = await db.select().from(orgUnit).orderBy(asc(orgUnit.code));
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level as OrgUnit['level'],
    parentCode: r.parentCode,
    codeSource: r.codeSource as OrgUnit['codeSource'],
    legalParentCode: r.legalParentCode,
    countyKind: r.countyKind as OrgUnit['countyKind'],
  }));
}

export async function insertInstitutions(db: Db, rows: ReadonlyArray<Institution>): Promise<void> {
  await insertByUnnest(
    db,
    'institution',
    [
      { name: 'code', type: 'text[]', get: (i: Institution) => i.code },
      { name: 'name', type: 'text[]', get: (i) => i.name },
      { name: 'running_type', type: 'text[]', get: (i) => i.runningType },
      { name: 'ownership', type: 'text[]', get: (i) => i.ownership },
      { name: 'urban_rural', type: 'text[]', get: (i) => i.urbanRural },
      { name: 'township_code', type: 'text[]', get: (i) => i.townshipCode },
      { name: 'county_code', type: 'text[]', get: (i) => i.countyCode },
      { name: 'longitude', type: 'float8[]', get: (i) => i.longitude },
      { name: 'latitude', type: 'float8[]', get: (i) => i.latitude },
    ],
    rows,
  );
}

export async function insertAttributeRecords(db: Db, rows: ReadonlyArray<AttributeRecord>): Promise<void> {
  await insertByUnnest(
    db,
    'institution_attribute',
    [
      { name: 'institution_code', type: 'text[]', get: (r: AttributeRecord) => r.institutionCode },
      { name: 'name', type: 'text[]', get: (r) => r.name },
      { name: 'value', type: 'jsonb[]', get: (r) => r.value },
      { name: 'effective_from_year', type: 'int[]', get: (r) => r.effectiveFromYear },
      { name: 'recorded_at', type: 'timestamptz[]', get: (r) => r.recordedAt },
      { name: 'note', type: 'text[]', get: (r) => r.note ?? null },
    ],
    rows,
  );
}

export async function insertLifecycleEvents(db: Db, rows: ReadonlyArray<LifecycleEvent>): Promise<void> {
  await insertByUnnest(
    db,
    'institution_event',
    [
      { name: 'institution_code', type: 'text[]', get: (e: LifecycleEvent) => e.institutionCode },
      { name: 'kind', type: 'text[]', get: (e) => e.kind },
      { name: 'school_year', type: 'int[]', get: (e) => e.schoolYear },
      { name: 'target_institution_code', type: 'text[]', get: (e) => e.targetInstitutionCode ?? null },
      { name: 'note', type: 'text[]', get: (e) => e.note ?? null },
    ],
    rows,
  );
}

export async function insertStatistics(
  db: Db,
  rows: ReadonlyArray<InstitutionYearStatistics>,
): Promise<void> {
  await insertByUnnest(
    db,
    'institution_statistics',
    [
      { name: 'institution_code', type: 'text[]', get: (s: InstitutionYearStatistics) => s.institutionCode },
      { name: 'school_year', type: 'int[]', get: (s) => s.schoolYear },
      { name: 'enrolment', type: 'int[]', get: (s) => totalEnrolment(s) },
      { name: 'data', type: 'jsonb[]', get: (s) => ({ grades: s.grades, stages: s.stages }) },
    ],
    rows,
  );
}

export async function listInstitutions(db: Db): Promise<Institution[]> {
  const rows = await db.select().from(institution).orderBy(asc(institution.code));
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    runningType: r.runningType as Institution['runningType'],
    ownership: r.ownership as Institution['ownership'],
    urbanRural: r.urbanRural as Institution['urbanRural'],
    townshipCode: r.townshipCode,
    countyCode: r.countyCode,
    longitude: r.longitude,
    latitude: r.latitude,
  }));
}

export interface StoredAttributeRecord extends AttributeRecord {
  id: number;
}

function toAttributeRecord(r: typeof institutionAttribute.$inferSelect): StoredAttributeRecord {
  return {
    id: r.id,
    institutionCode: r.institutionCode,
    name: r.name as AttributeRecord['name'],
    value: r.value as AttributeRecord['value'],
    effectiveFromYear: r.effectiveFromYear,
    recordedAt: new Date(r.recordedAt).toISOString(),
    ...(r.note !== null ? { note: r.note } : {}),
  };
}

function toLifecycleEvent(r: typeof institutionEvent.$inferSelect): LifecycleEvent {
  return {
    institutionCode: r.institutionCode,
    kind: r.kind as LifecycleEvent['kind'],
    schoolYear: r.schoolYear,
    ...(r.targetInstitutionCode !== null ? { targetInstitutionCode: r.targetInstitutionCode } : {}),
    ...(r.note !== null ? { note: r.note } : {}),
  };
}

export async function listAttributeRecords(
  db: Db,
  institutionCode?: string,
): Promise<StoredAttributeRecord[]> {
  const q = db.select().from(institutionAttribute);
  const rows = await (
    institutionCode ? q.where(eq(institutionAttribute.institutionCode, institutionCode)) : q
  ).orderBy(asc(institutionAttribute.id));
  return rows.map(toAttributeRecord);
}

export async function listLifecycleEvents(db: Db, institutionCode?: string): Promise<LifecycleEvent[]> {
  const q = db.select().from(institutionEvent);
  const rows = await (
    institutionCode ? q.where(eq(institutionEvent.institutionCode, institutionCode)) : q
  ).orderBy(asc(institutionEvent.id));
  return rows.map(toLifecycleEvent);
}

export interface EnrolmentRow {
  institutionCode: string;
  schoolYear: number;
  enrolment: number;
}

export async function listEnrolment(db: Db): Promise<EnrolmentRow[]> {
  return db
    .select({
      institutionCode: institutionStatistics.institutionCode,
      schoolYear: institutionStatistics.schoolYear,
      enrolment: institutionStatistics.enrolment,
    })
    .from(institutionStatistics);
}

export async function listStatisticsOf(
  db: Db,
  institutionCode: string,
): Promise<InstitutionYearStatistics[]> {
  const rows = await db
    .select()
    .from(institutionStatistics)
    .where(eq(institutionStatistics.institutionCode, institutionCode))
    .orderBy(asc(institutionStatistics.schoolYear));
  return rows.map((r) => {
    const data = r.data as Pick<InstitutionYearStatistics, 'grades' | 'stages'>;
    return {
      institutionCode: r.institutionCode,
      schoolYear: r.schoolYear,
      grades: data.grades,
      stages: data.stages,
    };
  });
}

export async function getDatasetInfo(db: Db, key: string): Promise<unknown> {
  const rows = await db.select().from(datasetInfo).where(eq(datasetInfo.key, key));
  return rows[0]?.value ?? null;
}

export async function setDatasetInfo(db: Db, key: string, value: unknown): Promise<void> {
  await db
    .insert(datasetInfo)
    .values({ key, value })
    .onConflictDoUpdate({ target: datasetInfo.key, set: { value } });
}

/** The dataset revision as a marker (markers.ts): moves with every change of registry or statistics. */
export const revisionMarker = sql`SELECT coalesce((SELECT (value #>> '{}')::int FROM dataset_info WHERE key = 'revision'), 0)`;

/** Monotonic revision of the registry data; caches compare it to know when to reload. */
export async function getRevision(db: Db): Promise<number> {
  const v = await getDatasetInfo(db, 'revision');
  return typeof v === 'number' ? v : 0;
}

/**
 * Moves the revision on by one and returns the new value. Concurrent writers queue on the row, so
 * every revision is given once. Without a `dataset_change` row, caches reload everything.
 */
export async function bumpRevision(db: Db): Promise<number> {
  const r = await db.execute(
    sql`INSERT INTO dataset_info (key, value) VALUES ('revision', '1'::jsonb)
        ON CONFLICT (key) DO UPDATE SET value = to_jsonb((dataset_info.value #>> '{}')::int + 1)
        RETURNING (value #>> '{}')::int AS revision`,
  );
  return Number((r as unknown as { rows: Array<{ revision: number }> }).rows[0]!.revision);
}

/** A revision that only replaced one school year's statistics of some institutions. */
export interface StatisticsChange {
  revision: number;
  kind: 'statistics';
  schoolYear: number;
  institutionCodes: string[];
}

/**
 * Moves the revision and records, in the same transaction (the caller's), that it changed only
 * these institutions' statistics of `schoolYear`: caches then patch their view.
 */
export async function bumpRevisionForStatistics(
  db: Db,
  schoolYear: number,
  institutionCodes: readonly string[],
): Promise<number> {
  const revision = await bumpRevision(db);
  await db.insert(datasetChange).values({
    revision,
    kind: 'statistics',
    schoolYear,
    institutionCodes: [...institutionCodes],
  });
  return revision;
}

/** The recorded changes of revisions `after` < r ≤ `upTo`, in revision order. */
export async function listDatasetChanges(db: Db, after: number, upTo: number): Promise<StatisticsChange[]> {
  const rows = await db
    .select()
    .from(datasetChange)
    .where(and(gt(datasetChange.revision, after), lte(datasetChange.revision, upTo)))
    .orderBy(asc(datasetChange.revision));
  return rows.map((r) => ({
    revision: r.revision,
    kind: r.kind as 'statistics',
    schoolYear: r.schoolYear,
    institutionCodes: r.institutionCodes,
  }));
}

/** Enrolment of some institutions in one school year (rows only where statistics exist). */
export async function listEnrolmentOf(
  db: Db,
  schoolYear: number,
  institutionCodes: readonly string[],
): Promise<EnrolmentRow[]> {
  if (institutionCodes.length === 0) return [];
  return db
    .select({
      institutionCode: institutionStatistics.institutionCode,
      schoolYear: institutionStatistics.schoolYear,
      enrolment: institutionStatistics.enrolment,
    })
    .from(institutionStatistics)
    .where(
      and(
        eq(institutionStatistics.schoolYear, schoolYear),
        inArray(institutionStatistics.institutionCode, [...institutionCodes]),
      ),
    );
}

export async function countInstitutions(db: Db): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(institution);
  return rows[0]?.n ?? 0;
}

/** Database size in bytes (pg_database_size of the current database). */
export async function databaseSize(db: Db): Promise<number> {
  const r = await db.execute(sql`SELECT pg_database_size(current_database())::bigint AS size`);
  const row = (r as unknown as { rows: Array<{ size: string | number }> }).rows[0];
  return Number(row?.size ?? 0);
}

/** The statistics of one school year: every institution's, or only those of `codes`. */
export async function listStatisticsOfYear(
  db: Db,
  schoolYear: number,
  codes?: readonly string[],
): Promise<InstitutionYearStatistics[]> {
  if (codes && codes.length === 0) return [];
  const rows = await db
    .select()
    .from(institutionStatistics)
    .where(
      codes
        ? and(
            eq(institutionStatistics.schoolYear, schoolYear),
            inArray(institutionStatistics.institutionCode, [...codes]),
          )
        : eq(institutionStatistics.schoolYear, schoolYear),
    );
  return rows.map((r) => {
    const data = r.data as Pick<InstitutionYearStatistics, 'grades' | 'stages'>;
    return {
      institutionCode: r.institutionCode,
      schoolYear: r.schoolYear,
      grades: data.grades,
      stages: data.stages,
    };
  });
}

/** Replaces one institution's statistics of a school year (an approved submission becomes the figures). */
export async function upsertStatistics(db: Db, s: InstitutionYearStatistics): Promise<void> {
  const figures = { enrolment: totalEnrolment(s), data: { grades: s.grades, stages: s.stages } };
  await db
    .insert(institutionStatistics)
    .values({ institutionCode: s.institutionCode, schoolYear: s.schoolYear, ...figures })
    .onConflictDoUpdate({
      target: [institutionStatistics.institutionCode, institutionStatistics.schoolYear],
      set: figures,
    });
}
