/**
 * An in-memory view of the registry and enrolment that the indicator engine reads, checked against
 * the dataset revision in the database on every use (read with the request's other markers,
 * data.snapshot.ts), so several processes on one PostgreSQL server stay consistent. When every
 * revision since the cached one is a recorded statistics change (an approval), the view is patched
 * (those institutions and years only); otherwise it is reloaded in full.
 */
import type { Db } from '../../db/database.ts';
import { AppError } from '../app-error.ts';
import {
  getDatasetInfo,
  getRevision,
  listAttributeRecords,
  listDatasetChanges,
  listEnrolment,
  listEnrolmentOf,
  listInstitutions,
  listLifecycleEvents,
  listOrgUnits,
} from '../../db/registry/registry.repository.ts';
import {
  isOperating,
  operatingSpan,
  resolveAttributes,
  type OperatingSpan,
} from '../../domain/registry/registry.history.ts';
import type {
  AttributeRecord,
  Institution,
  LifecycleEvent,
  OrgUnit,
} from '../../domain/registry/registry.types.ts';
import { OrgIndex } from '../../domain/indicators/org.index.ts';
import type { InstitutionYear } from '../../domain/indicators/snapshot.types.ts';

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
  /**
   * The full load this view comes from: a view patched after statistics changes keeps it (and
   * shares every unchanged year's maps and snapshot with the view it patched).
   */
  lineage: object;
  /** Since that full load: per school year, per institution, the revision of its last change. */
  changed: ReadonlyMap<number, ReadonlyMap<string, number>>;
}

/** Enrolment to write into a view: per school year, per institution (null: no statistics). */
export type EnrolmentUpdates = ReadonlyMap<number, ReadonlyMap<string, number | null>>;

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
  const byCode = new Map(institutions.map((i) => [i.code, i]));
  const snapshots = new Map<number, InstitutionYear[]>();
  for (const y of years) {
    snapshots.set(y, buildSnapshot({ institutions: byCode, spans, attributes: attrBy }, y, enrolment.get(y)));
  }
  return {
    revision,
    orgUnits,
    orgIndex: new OrgIndex(orgUnits),
    institutions: byCode,
    attributes: attrBy,
    events: eventsBy,
    spans,
    years,
    enrolment,
    snapshots,
    demo: (demo as DemoInfo | null) ?? null,
    lineage: {},
    changed: new Map(),
  };
}

/** The operating institutions of one school year with their enrolment and attributes in force. */
function buildSnapshot(
  view: Pick<DatasetView, 'institutions' | 'spans' | 'attributes'>,
  year: number,
  enrolment: ReadonlyMap<string, number> | undefined,
): InstitutionYear[] {
  const snap: InstitutionYear[] = [];
  for (const inst of view.institutions.values()) {
    if (!isOperating(view.spans.get(inst.code)!, year)) continue;
    snap.push({
      institution: inst,
      enrolment: enrolment?.get(inst.code) ?? null,
      attributes: resolveAttributes(view.attributes.get(inst.code) ?? [], year),
    });
  }
  return snap;
}

/**
 * A new view with some institutions' enrolment replaced. Years not touched keep their maps and
 * snapshot (the same objects), so that caches downstream can tell what changed by identity; a
 * touched year gets a new snapshot even when the numbers are equal (other statistics changed).
 */
function withEnrolment(
  view: DatasetView,
  updates: EnrolmentUpdates,
  next: Pick<DatasetView, 'revision' | 'lineage' | 'changed'>,
): DatasetView {
  const enrolment = new Map(view.enrolment);
  const snapshots = new Map(view.snapshots);
  for (const [year, byCode] of updates) {
    const em = new Map(enrolment.get(year) ?? []);
    for (const [code, n] of byCode) {
      if (n === null) em.delete(code);
      else em.set(code, n);
    }
    if (em.size === 0) {
      enrolment.delete(year);
      snapshots.delete(year);
      continue;
    }
    enrolment.set(year, em);
    const old = view.snapshots.get(year);
    snapshots.set(
      year,
      old
        ? old.map((iy) =>
            byCode.has(iy.institution.code) ? { ...iy, enrolment: em.get(iy.institution.code) ?? null } : iy,
          )
        : buildSnapshot(view, year, em),
    );
  }
  return {
    ...view,
    ...next,
    years: [...enrolment.keys()].sort((a, b) => a - b),
    enrolment,
    snapshots,
  };
}

/**
 * The view with enrolment overlaid (figures "including pending submissions"): a view of its own
 * lineage at the same revision; the approved view is not changed.
 */
export function overlayEnrolment(view: DatasetView, updates: EnrolmentUpdates): DatasetView {
  return withEnrolment(view, updates, { revision: view.revision, lineage: {}, changed: view.changed });
}

/**
 * The institutions whose statistics changed from `before` to `now`, per school year, when `now`
 * was patched from `before` (directly or in several steps); null when it was reloaded in full (or
 * is older), i.e. anything may have changed.
 */
export function changesBetween(before: DatasetView, now: DatasetView): Map<number, Set<string>> | null {
  const out = new Map<number, Set<string>>();
  if (before === now) return out;
  if (before.lineage !== now.lineage || before.revision > now.revision) return null;
  for (const [year, byCode] of now.changed) {
    for (const [code, revision] of byCode) {
      if (revision <= before.revision) continue;
      const set = out.get(year);
      if (set) set.add(code);
      else out.set(year, new Set([code]));
    }
  }
  return out;
}

/** More revisions behind than this: reload in full rather than patch. */
const MAX_PATCHED_REVISIONS = 5000;

/**
 * The view at the current revision patched from `base`, when every revision since is a recorded
 * statistics change; null otherwise (the caller reloads in full). One read-only snapshot.
 */
async function patchDatasetView(db: Db, base: DatasetView): Promise<DatasetView | null> {
  return db.transaction(
    async (txRaw) => {
      const tx = txRaw as unknown as Db;
      const revision = await getRevision(tx);
      if (revision === base.revision) return base;
      if (revision < base.revision || revision - base.revision > MAX_PATCHED_REVISIONS) return null;
      const changes = await listDatasetChanges(tx, base.revision, revision);
      // One row per revision (the revision is the key): any revision without one is unknown.
      if (changes.length !== revision - base.revision) return null;
      const codesByYear = new Map<number, Set<string>>();
      // The base's marks are shared with it: a year's map is copied before its first change.
      const changed = new Map(base.changed);
      const marksOf = new Map<number, Map<string, number>>();
      for (const c of changes) {
        if (c.kind !== 'statistics') return null;
        let codes = codesByYear.get(c.schoolYear);
        let marks = marksOf.get(c.schoolYear);
        if (!codes || !marks) {
          codesByYear.set(c.schoolYear, (codes = new Set<string>()));
          marksOf.set(c.schoolYear, (marks = new Map(base.changed.get(c.schoolYear) ?? [])));
          changed.set(c.schoolYear, marks);
        }
        for (const code of c.institutionCodes) {
          // An institution not in the registry (not possible through the collection): reload.
          if (!base.institutions.has(code)) return null;
          codes.add(code);
          marks.set(code, c.revision);
        }
      }
      const updates = new Map<number, Map<string, number | null>>();
      for (const [year, codes] of codesByYear) {
        const byCode = new Map<string, number | null>([...codes].map((code) => [code, null]));
        for (const r of await listEnrolmentOf(tx, year, [...codes]))
          byCode.set(r.institutionCode, r.enrolment);
        updates.set(year, byCode);
      }
      return withEnrolment(base, updates, { revision, lineage: base.lineage, changed });
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

export class DatasetCache {
  private view: DatasetView | null = null;
  private loading: Promise<DatasetView> | null = null;
  /** How the view was brought up to date so far (tests and benchmarks read it). */
  readonly counts = { fullLoads: 0, patches: 0 };
  constructor(private readonly db: Db) {}

  /**
   * The view at the database's current revision (one cheap query when nothing changed), or at
   * least at `revision` when the caller has read it already (a request's data snapshot). After
   * statistics changes only (approvals), the cached view is patched; otherwise reloaded in full.
   */
  async get(atLeast?: number): Promise<DatasetView> {
    const revision = atLeast ?? (await getRevision(this.db));
    // A load already under way may have started before `revision`: wait for it, then load again
    // until the view is at least as new as the revision read above (a reader right after an
    // approval sees it).
    while (!this.view || this.view.revision < revision) {
      if (!this.loading) {
        this.loading = this.refresh(this.view).finally(() => {
          this.loading = null;
        });
      }
      const v = await this.loading;
      // A slow load never replaces a newer view.
      if (!this.view || v.revision >= this.view.revision) this.view = v;
    }
    return this.view;
  }

  private async refresh(base: DatasetView | null): Promise<DatasetView> {
    if (base) {
      const patched = await patchDatasetView(this.db, base);
      if (patched) {
        if (patched !== base) this.counts.patches += 1;
        return patched;
      }
    }
    this.counts.fullLoads += 1;
    return loadDatasetView(this.db);
  }

  /** The view loaded last, without checking the revision (benchmarks of the engine alone). */
  peek(): DatasetView | null {
    return this.view;
  }
}
