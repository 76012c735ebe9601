/**
 * Opens the platform's database: PGlite (embedded PostgreSQL in WebAssembly, persisted to a data
 * folder) by default, or a PostgreSQL server when a connection URL is given. Both are migrated with
 * the same SQL migrations on open.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';

export type Db = PgDatabase<PgQueryResultHKT>;

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

export interface DatabaseHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Human-readable location: the data folder or the server URL without password. */
  location: string;
  close(): Promise<void>;
}

export type DatabaseTarget =
  { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob } | { kind: 'postgres'; url: string };

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://（无法解析的连接串）';
  }
}

export interface OpenOptions {
  /** Called with every statement the platform issues (benchmarks count them). */
  onQuery?: (sql: string) => void;
}

/** Opens and migrates the database. `dataDir: null` gives an in-memory PGlite (tests). */
export async function openDatabase(
  target: DatabaseTarget,
  options: OpenOptions = {},
): Promise<DatabaseHandle> {
  const logger = options.onQuery ? { logQuery: (query: string) => options.onQuery!(query) } : undefined;
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 8 });
    const db = drizzlePg(pool, logger ? { logger } : {}) as unknown as Db;
    try {
      await migratePg(drizzlePg(pool), { migrationsFolder: MIGRATIONS_FOLDER });
    } catch (e) {
      await pool.end();
      throw e;
    }
    return { db, kind: 'postgres', location: redactUrl(target.url), close: () => pool.end() };
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const client = await PGlite.create({
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
  });
  const db = drizzlePglite(client, logger ? { logger } : {}) as unknown as Db;
  try {
    await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER });
  } catch (e) {
    await client.close();
    throw e;
  }
  return {
    db,
    kind: 'pglite',
    location: target.dataDir ?? '（内存）',
    close: () => client.close(),
  };
}

/** Dumps a PGlite database as a gzipped data-folder snapshot (test templates). */
export async function dumpPgliteSnapshot(): Promise<Blob> {
  const client = await PGlite.create();
  await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER });
  const blob = await client.dumpDataDir('gzip');
  await client.close();
  return blob;
}
