/**
 * Databases for integration tests: PGlite always, and a real PostgreSQL server when
 * TEST_DATABASE_URL is set (CI sets it). Each open() gives a fresh, migrated, empty database.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type OpenOptions } from '../../src/db/database.ts';

export interface TestBackend {
  name: 'pglite' | 'postgres';
  /** `options.onQuery` sees every statement (tests that count them). */
  open(options?: OpenOptions): Promise<DatabaseHandle>;
}

let counter = 0;

async function openPglite(options?: OpenOptions): Promise<DatabaseHandle> {
  const file = process.env.EDUPLAN_TEST_PGLITE_SNAPSHOT;
  const loadDataDir = file ? new Blob([readFileSync(file)]) : undefined;
  return openDatabase({ kind: 'pglite', dataDir: null, ...(loadDataDir ? { loadDataDir } : {}) }, options);
}

async function openPostgres(adminUrl: string, options?: OpenOptions): Promise<DatabaseHandle> {
  counter += 1;
  const name = `eduplan_test_${process.pid}_${Date.now()}_${counter}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // UTF-8 whatever the server's default (a cluster made without a locale is SQL_ASCII).
    await admin.query(
      `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`,
    );
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString() }, options);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      try {
        await a.query(`DROP DATABASE IF EXISTS ${name}`);
      } finally {
        await a.end();
      }
    },
  };
}

export function testBackends(): TestBackend[] {
  const backends: TestBackend[] = [{ name: 'pglite', open: openPglite }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) backends.push({ name: 'postgres', open: (options) => openPostgres(url, options) });
  return backends;
}
