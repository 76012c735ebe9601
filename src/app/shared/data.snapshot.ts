/**
 * One data snapshot per request: the first use case that needs to know whether anything changed
 * reads every area's marker in one statement (db/markers.ts); everything else in the same request
 * — the registry view, the scorecard, the county standards, the pending submissions — reuses that
 * answer. Outside a request (the CLI, start-up) every snapshot is fresh.
 *
 * The request scope is an AsyncLocalStorage entered by the API for each request (api/app.ts) and
 * by the CLI for each command; a use case writes through `write()`, after which what it reads back
 * in the same request sees the write.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from '../../db/database.ts';
import { readMarkers, type MarkerQuery } from '../../db/markers.ts';
import { revisionMarker } from '../../db/registry/registry.repository.ts';
import type { DatasetCache, DatasetView } from './dataset.cache.ts';

/** The marker every snapshot has: the dataset revision (registry and statistics). */
export const REVISION_MARKER = 'revision';

export class DataSnapshot {
  private markersRead: Promise<Readonly<Record<string, string>>> | null = null;
  private viewRead: Promise<DatasetView> | null = null;

  constructor(private readonly source: DataSnapshots) {}

  /** Every marker's value, read once (one statement). */
  markers(): Promise<Readonly<Record<string, string>>> {
    this.markersRead ??= this.source.readMarkers();
    return this.markersRead;
  }

  /** One marker's value (an area's name for it, e.g. 'submissions'). */
  async marker(name: string): Promise<string> {
    const all = await this.markers();
    const v = all[name];
    if (v === undefined) throw new Error(`unknown data marker ${name}`);
    return v;
  }

  /** The registry view at (at least) this snapshot's revision. */
  view(): Promise<DatasetView> {
    this.viewRead ??= this.marker(REVISION_MARKER).then((r) => this.source.cache.get(Number(r)));
    return this.viewRead;
  }
}

interface Scope {
  snapshot: DataSnapshot | null;
}

const requestScope = new AsyncLocalStorage<Scope>();

/** Runs `fn` as one request: the snapshots taken inside it are one snapshot. */
export function runInDataScope<T>(fn: () => T): T {
  return requestScope.run({ snapshot: null }, fn);
}

export class DataSnapshots {
  private readonly queries: ReadonlyMap<string, MarkerQuery>;

  constructor(
    private readonly db: Db,
    readonly cache: DatasetCache,
    /** Each area's markers by name (app/areas.ts); the revision is always there. */
    areaMarkers: ReadonlyMap<string, MarkerQuery> = new Map(),
  ) {
    this.queries = new Map([[REVISION_MARKER, revisionMarker], ...areaMarkers]);
  }

  /** Counts of marker reads (tests and benchmarks). */
  readonly counts = { markerReads: 0 };

  /** The request's snapshot (taken on first use), or outside a request a fresh one. */
  current(): DataSnapshot {
    const scope = requestScope.getStore();
    if (!scope) return new DataSnapshot(this);
    scope.snapshot ??= new DataSnapshot(this);
    return scope.snapshot;
  }

  /** After a write: the rest of the request reads the data again. */
  changed(): void {
    const scope = requestScope.getStore();
    if (scope) scope.snapshot = null;
  }

  /**
   * A write of data that markers watch: `fn` in one transaction, after which the rest of the
   * request reads the data again (so that what it answers includes the write).
   */
  async write<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    const result = await this.db.transaction((tx) => fn(tx as unknown as Db));
    this.changed();
    return result;
  }

  /** @internal */
  readMarkers(): Promise<Record<string, string>> {
    this.counts.markerReads += 1;
    return readMarkers(this.db, this.queries);
  }
}
