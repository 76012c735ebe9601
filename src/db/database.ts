/**
 * Opens the platform's database: PGlite (embedded PostgreSQL in WebAssembly, persisted to a data
 * folder) by default, or a PostgreSQL server when a connection URL is given. Both use the same SQL
 * migrations.
 *
 * - PGlite is one embedded database owned by the process: it is migrated on open, and its data
 *   folder is locked (data-dir-lock.ts) so that a second process cannot open it.
 * - PostgreSQL: the schema is changed only by its owner role. `migrate: 'check'` (what `eduplan
 *   serve` and the other commands use) reads drizzle's migration table and refuses to open a
 *   database that is not at the latest migration, without any DDL, so the server runs with a role
 *   that has DML only. `migrate: 'auto'` (the default, for development and tests) migrates when
 *   the schema is behind. `migrateDatabase` is `eduplan migrate`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';

export { DataDirLockedError } from './data-dir-lock.ts';

export type Db = PgDatabase<PgQueryResultHKT>;

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

export interface DatabaseHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Human-readable location: the data folder or the server URL without password. */
  location: string;
  close(): Promise<void>;
}

/**
 * How an open treats a PostgreSQL schema that is behind: `'auto'` migrates it (the role must own
 * the schema objects), `'check'` refuses to open it (no DDL: the application role). An up-to-date
 * schema is never touched. PGlite is always migrated on open.
 */
export type MigrateMode = 'auto' | 'check';

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob }
  | { kind: 'postgres'; url: string; migrate?: MigrateMode };

/** A database that cannot be opened as asked (schema behind, no privilege): Chinese message. */
export class DatabaseOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

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

// ---------------------------------------------------------------- migrations

/** One migration file of the journal. */
export interface MigrationFile {
  tag: string;
  /** The journal's `when` (ms): drizzle records it as `created_at` when it applies the migration. */
  when: number;
}

/** The migrations shipped with this version, in order (meta/_journal.json). */
export function migrationFiles(): MigrationFile[] {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as {
    entries: Array<{ tag: string; when: number }>;
  };
  return journal.entries.map((e) => ({ tag: e.tag, when: e.when }));
}

/** Where a database's schema stands against this version's migrations. */
export interface SchemaState {
  /** Migrations recorded in drizzle.__drizzle_migrations. */
  applied: number;
  /** This version's migrations the database has not applied (drizzle's rule: newer than the last). */
  pending: MigrationFile[];
  /** The database was migrated by a newer version (its last migration is unknown here). */
  ahead: boolean;
  latest: MigrationFile;
}

const MIGRATIONS_SCHEMA = 'drizzle';
const MIGRATIONS_TABLE = '__drizzle_migrations';
const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

/** Reads the migration state without DDL (the application role needs SELECT on the table). */
export async function readSchemaState(db: Db): Promise<SchemaState> {
  const files = migrationFiles();
  const latest = files[files.length - 1]!;
  const found = await db.execute(sql`
    SELECT c.oid IS NOT NULL AS table_exists,
           CASE WHEN c.oid IS NULL THEN NULL
                ELSE has_schema_privilege(n.oid, 'USAGE') AND has_table_privilege(c.oid, 'SELECT') END AS readable,
           current_user AS who
    FROM (SELECT 1) AS one
    LEFT JOIN pg_namespace n ON n.nspname = ${MIGRATIONS_SCHEMA}
    LEFT JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = ${MIGRATIONS_TABLE}`);
  const state = rowsOf<{ table_exists: boolean; readable: boolean | null; who: string }>(found)[0]!;
  if (!state.table_exists) return { applied: 0, pending: files, ahead: false, latest };
  if (!state.readable) {
    throw new DatabaseOpenError(
      `数据库角色 ${state.who} 不能读取迁移记录表 ${MIGRATIONS_SCHEMA}.${MIGRATIONS_TABLE}，无法确认数据库结构是否为最新：请由数据库管理员运行 scripts/postgres-roles.sql（授予该表的 SELECT 和 ${MIGRATIONS_SCHEMA} 模式的 USAGE）`,
    );
  }
  const rows = await db.execute(
    sql`SELECT created_at::text AS created_at FROM ${sql.identifier(MIGRATIONS_SCHEMA)}.${sql.identifier(MIGRATIONS_TABLE)}`,
  );
  const applied = rowsOf<{ created_at: string | null }>(rows).map((r) => Number(r.created_at ?? 0));
  const last = applied.length > 0 ? Math.max(...applied) : null;
  return {
    applied: applied.length,
    pending: last === null ? files : files.filter((f) => f.when > last),
    ahead: last !== null && last > latest.when,
    latest,
  };
}

const pendingList = (pending: MigrationFile[]) =>
  `${pending.length} 个迁移未应用（${
    pending.length <= 4
      ? pending.map((m) => m.tag).join('、')
      : `${pending[0]!.tag} … ${pending[pending.length - 1]!.tag}`
  }）`;

function aheadError(state: SchemaState): DatabaseOpenError {
  return new DatabaseOpenError(
    `数据库结构比本程序新（数据库已应用本程序不认识的迁移，本程序最新的迁移是 ${state.latest.tag}）：请升级 EduPlan 后再启动，不要用旧版本打开新数据库`,
  );
}

function behindError(state: SchemaState): DatabaseOpenError {
  return new DatabaseOpenError(
    `数据库结构不是最新：${pendingList(state.pending)}。服务以只有数据读写权限的应用角色运行，不会自动修改数据库结构：请以数据库所有者角色运行 eduplan migrate（DATABASE_URL 设为所有者的连接串），再重新运行 scripts/postgres-roles.sql 授权，然后启动服务`,
  );
}

/** 42501 insufficient_privilege while migrating: the role does not own the schema objects. */
function noDdlError(e: unknown, who: string): DatabaseOpenError | null {
  const err = e as { code?: string; cause?: { code?: string } };
  if ((err.cause?.code ?? err.code) !== '42501') return null;
  return new DatabaseOpenError(
    `数据库角色 ${who} 没有修改数据库结构的权限（42501），不能运行迁移：请用数据库所有者角色的 DATABASE_URL 运行 eduplan migrate；应用角色只用于运行服务`,
  );
}

/** Serialises migrations of one PostgreSQL database across processes (session advisory lock). */
const MIGRATION_LOCK = 0x6564_7570; // 'edup'

async function migratePostgres(pool: pg.Pool, db: Db): Promise<string[]> {
  const lock = await pool.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const before = await readSchemaState(db);
    if (before.ahead) throw aheadError(before);
    if (before.pending.length === 0) return [];
    const who = (await lock.query<{ u: string }>('SELECT current_user AS u')).rows[0]!.u;
    try {
      await migratePg(drizzlePg(pool), { migrationsFolder: MIGRATIONS_FOLDER });
    } catch (e) {
      throw noDdlError(e, who) ?? e;
    }
    return before.pending.map((m) => m.tag);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    lock.release();
  }
}

// ---------------------------------------------------------------- opening

interface Opened {
  handle: DatabaseHandle;
  /** Runs the pending migrations; the tags applied. */
  migrate(): Promise<string[]>;
}

async function openPostgres(url: string, options: OpenOptions): Promise<Opened> {
  const logger = options.onQuery ? { logQuery: (query: string) => options.onQuery!(query) } : undefined;
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  const db = drizzlePg(pool, logger ? { logger } : {}) as unknown as Db;
  return {
    handle: { db, kind: 'postgres', location: redactUrl(url), close: () => pool.end() },
    migrate: () => migratePostgres(pool, drizzlePg(pool) as unknown as Db),
  };
}

async function openPglite(
  target: Extract<DatabaseTarget, { kind: 'pglite' }>,
  options: OpenOptions,
): Promise<Opened> {
  const logger = options.onQuery ? { logQuery: (query: string) => options.onQuery!(query) } : undefined;
  let lock: { release(): void } | null = null;
  if (target.dataDir) {
    mkdirSync(target.dataDir, { recursive: true });
    lock = lockDataDir(target.dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(target.dataDir ? { dataDir: target.dataDir } : {}),
      ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
    });
  } catch (e) {
    lock?.release();
    throw e;
  }
  const db = drizzlePglite(client, logger ? { logger } : {}) as unknown as Db;
  return {
    handle: {
      db,
      kind: 'pglite',
      location: target.dataDir ?? '（内存）',
      close: async () => {
        try {
          await client.close();
        } finally {
          lock?.release();
        }
      },
    },
    migrate: async () => {
      const plain = drizzlePglite(client) as unknown as Db;
      const before = await readSchemaState(plain);
      if (before.ahead) throw aheadError(before);
      if (before.pending.length === 0) return [];
      await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER });
      return before.pending.map((m) => m.tag);
    },
  };
}

function openTarget(target: DatabaseTarget, options: OpenOptions): Promise<Opened> {
  return target.kind === 'postgres' ? openPostgres(target.url, options) : openPglite(target, options);
}

/**
 * Opens the database. PGlite is migrated; PostgreSQL is migrated (`migrate: 'auto'`, the default)
 * or checked (`'check'`: refused with a DatabaseOpenError when behind). `dataDir: null` gives an
 * in-memory PGlite (tests).
 */
export async function openDatabase(
  target: DatabaseTarget,
  options: OpenOptions = {},
): Promise<DatabaseHandle> {
  const opened = await openTarget(target, options);
  try {
    if (target.kind === 'postgres' && target.migrate === 'check') {
      const state = await readSchemaState(opened.handle.db);
      if (state.ahead) throw aheadError(state);
      if (state.pending.length > 0) throw behindError(state);
    } else {
      await opened.migrate();
    }
  } catch (e) {
    await opened.handle.close();
    throw e;
  }
  return opened.handle;
}

/** What `eduplan migrate` did. */
export interface MigrationReport {
  kind: 'pglite' | 'postgres';
  location: string;
  /** The migrations applied now, in order (empty: the schema was already at the latest). */
  applied: string[];
  /** The latest migration, where the schema is now. */
  latest: string;
}

/** Runs the pending migrations (the role must own the schema objects) and closes the database. */
export async function migrateDatabase(target: DatabaseTarget): Promise<MigrationReport> {
  const opened = await openTarget(target, {});
  try {
    const applied = await opened.migrate();
    const state = await readSchemaState(opened.handle.db);
    return {
      kind: opened.handle.kind,
      location: opened.handle.location,
      applied,
      latest: state.latest.tag,
    };
  } finally {
    await opened.handle.close();
  }
}

/** Dumps a PGlite database as a gzipped data-folder snapshot (test templates). */
export async function dumpPgliteSnapshot(): Promise<Blob> {
  const client = await PGlite.create();
  await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER });
  const blob = await client.dumpDataDir('gzip');
  await client.close();
  return blob;
}
