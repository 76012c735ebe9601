/**
 * An in-memory view of the registry and enrolment that the indicator engine reads. Reloaded when
 * the dataset revision in the database changes (one cheap query per use), so several processes on
 * one PostgreSQL server stay consistent.
 */
import type { Db } from '../db/database.ts';
import { AppError } from './app-error.ts';
import {
  getDatasetInfo,
  getRevision,
  listAttributeRecords,
  listEnrolment,
  listInstitutions,
  listLifecycleEvents,
  listOrgUnits,
} from '../db/registry.repository.ts';
import {
  isOperating,
  operatingSpan,
  resolveAttributes,
  type OperatingSpan,
} from '../domain/registry/registry.history.ts';
import type {
  AttributeRecord,
  Institution,
  LifecycleEvent,
  OrgUnit,
} from '../domain/registry/registry.types.ts';
import { OrgIndex, type InstitutionYear } from '../domain/targets/target.engine.ts';

export interface DemoInfo {
  seed: number;
  generatedAt: string;
  notice: string;
}

export interface DatasetView {
  revision: number;
  orgUnits: OrgUnit[];
  orgIndex: OrgIndex;
  institutions: Map<string, Institution>;
  attributes: Map<string, AttributeRecord[]>;
  events: Map<string, LifecycleEvent[]>;
  spans: Map<string, OperatingSpan>;
  /** School years that have statistics, ascending. */
  years: number[];
  enrolment: Map<number, Map<string, number>>;
  snapshots: Map<number, InstitutionYear[]>;
  demo: DemoInfo | null;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

/** Reads all tables in one read-only snapshot, so that a concurrent import is seen whole or not at all. */
async function readTables(db: Db) {
  return db.transaction(
    async (txRaw) => {
      const tx = txRaw as unknown as Db;
      return {
        revision: await getRevision(tx),
        orgUnits: await listOrgUnits(tx),
        storedInstitutions: await listInstitutions(tx),
        attributes: await listAttributeRecords(tx),
        events: await listLifecycleEvents(tx),
        enrolmentRows: await listEnrolment(tx),
        demo: await getDatasetInfo(tx, 'demo'),
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

export async function loadDatasetView(db: Db): Promise<DatasetView> {
  const { revision, orgUnits, storedInstitutions, attributes, events, enrolmentRows, demo } =
    await readTables(db);
  if (!orgUnits.some((u) => u.level === 'city')) {
    throw new AppError(
      'NO_DATA',
      '数据库中还没有组织机构数据：请先运行 eduplan demo（演示数据）或 eduplan serve',
    );
  }
  // The county follows from the township (the org tree is the authority), whatever was stored.
  const parentOf = new Map(orgUnits.map((u) => [u.code, u.parentCode]));
  const institutions = storedInstitutions.map((i) => {
    const county = parentOf.get(i.townshipCode);
    return county && county !== i.countyCode ? { ...i, countyCode: county } : i;
  });
  const attrBy = groupBy<AttributeRecord>(attributes, (a) => a.institutionCode);
  const eventsBy = groupBy(events, (e) => e.institutionCode);
  const enrolment = new Map<number, Map<string, number>>();
  for (const r of enrolmentRows) {
    let m = enrolment.get(r.schoolYear);
    if (!m) enrolment.set(r.schoolYear, (m = new Map()));
    m.set(r.institutionCode, r.enrolment);
  }
  const years = [...enrolment.keys()].sort((a, b) => a - b);
  const spans = new Map<string, OperatingSpan>();
  for (const inst of institutions) spans.set(inst.code, operatingSpan(eventsBy.get(inst.code) ?? []));
  const snapshots = new Map<number, InstitutionYear[]>();
  for (const y of years) {
    const em = enrolment.get(y)!;
    const snap: InstitutionYear[] = [];
    for (const inst of institutions) {
      if (!isOperating(spans.get(inst.code)!, y)) continue;
      snap.push({
        institution: inst,
        enrolment: em.get(inst.code) ?? null,
        attributes: resolveAttributes(attrBy.get(inst.code) ?? [], y),
      });
    }
    snapshots.set(y, snap);
  }
  return {
    revision,
    orgUnits,
    orgIndex: new OrgIndex(orgUnits),
    institutions: new Map(institutions.map((i) => [i.code, i])),
    attributes: attrBy,
    events: eventsBy,
    spans,
    years,
    enrolment,
    snapshots,
    demo: (demo as DemoInfo | null) ?? null,
  };
}

export class DatasetCache {
  private view: DatasetView | null = null;
  private loading: Promise<DatasetView> | null = null;
  constructor(private readonly db: Db) {}

  async get(): Promise<DatasetView> {
    const revision = await getRevision(this.db);
    if (this.view && this.view.revision === revision) return this.view;
    if (!this.loading) {
      this.loading = loadDatasetView(this.db).finally(() => {
        this.loading = null;
      });
    }
    this.view = await this.loading;
    return this.view;
  }

  /** The view loaded last, without checking the revision (benchmarks of the engine alone). */
  peek(): DatasetView | null {
    return this.view;
  }
}
