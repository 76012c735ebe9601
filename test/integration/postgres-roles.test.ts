/**
 * Issue 12, item 6: the two-role PostgreSQL set-up of docs/SECURITY.md, as an operator runs it —
 * a fresh database owned by the owner role, `eduplan migrate` as the owner,
 * scripts/postgres-roles.sql (psql, as a superuser), then the platform as the application role.
 * Proven: the platform works as the application role; that role cannot create schemas, tables or
 * temporary tables, cannot UPDATE, DELETE or TRUNCATE the append-only tables, cannot turn the
 * triggers off, and cannot run migrations (a clear message); the server refuses a schema that is
 * behind. Needs TEST_DATABASE_URL (a superuser) and psql; CI sets EDUPLAN_REQUIRE_PSQL=1 so that a
 * missing psql fails instead of skipping.
 */
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/app/access/audit-chain.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { DatabaseOpenError, MIGRATIONS_FOLDER, openDatabase } from '../../src/db/database.ts';
import type { FieldValue } from '../../src/domain/collection/fields.ts';
import { createTestAccounts, TEST_PASSWORD } from '../support/accounts.ts';
import { collectionCaller } from '../support/collection.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/eduplan.js');
const SCRIPT = join(ROOT, 'scripts/postgres-roles.sql');
const ADMIN_URL = process.env.TEST_DATABASE_URL;

async function hasPsql(): Promise<boolean> {
  return run('psql', ['--version']).then(
    () => true,
    () => false,
  );
}
const psqlAvailable = ADMIN_URL ? await hasPsql() : false;
if (ADMIN_URL && !psqlAvailable && process.env.EDUPLAN_REQUIRE_PSQL === '1') {
  throw new Error('EDUPLAN_REQUIRE_PSQL=1 but psql is not installed: the roles script cannot be tested');
}

async function eduplan(url: string, args: string[]) {
  return run('node', [BIN, ...args], { env: { ...process.env, DATABASE_URL: url }, cwd: ROOT }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** The SQLSTATE of a statement that must fail (or 'accepted'). */
async function refusal(c: pg.Client, statement: string): Promise<string> {
  return c.query(statement).then(
    () => 'accepted',
    (e: { code?: string }) => e.code ?? 'no code',
  );
}

// Hand-written from the migrations: the tables whose triggers refuse UPDATE and DELETE, each with
// a column to name in an UPDATE.
const APPEND_ONLY_COLUMNS: Record<string, string> = {
  audit_log: 'detail',
  county_standard_input: 'evidence',
  evidence_blob: 'media_type',
  evidence_chunk: 'seq',
  evidence_file: 'file_name',
  milestone_report: 'milestone_id',
  milestone_review: 'decision',
  milestone_township_fact: 'township_code',
  progress_report_event: 'round_id',
  stocktake_record: 'label',
  work_plan_event: 'action',
  county_standard_judgement: 'evidence',
  dataset_change: 'kind',
  institution_attribute: 'note',
  institution_event: 'note',
  submission_change_set: 'changed_by',
  submission_event: 'comment',
  submission_value_change: 'changed_by',
};
const APPEND_ONLY = Object.keys(APPEND_ONLY_COLUMNS);
const ORDINARY = [
  'account',
  'dataset_info',
  'delivery_measure',
  'evidence_upload_chunk',
  'institution',
  'institution_statistics',
  'org_unit',
  'password_history',
  'progress_report',
  'session',
  'submission',
  'work_plan_measure',
  'work_plan_version',
];

describe.runIf(ADMIN_URL && psqlAvailable)(
  'two PostgreSQL roles: owner migrates, the app runs with DML only',
  () => {
    const name = `eduplan_rt_${process.pid}_${Date.now()}`;
    const owner = `${name}_owner`;
    const app = `${name}_app`;
    const ownerPassword = randomBytes(12).toString('hex');
    const appPassword = randomBytes(12).toString('hex');
    const urlAs = (user: string | null, password?: string, database = name) => {
      const u = new URL(ADMIN_URL!);
      u.pathname = `/${database}`;
      if (user) {
        u.username = user;
        u.password = password!;
      }
      return u.toString();
    };
    const ownerUrl = urlAs(owner, ownerPassword);
    const appUrl = urlAs(app, appPassword);
    const superUrl = urlAs(null);
    const psql = (url = superUrl) =>
      run('psql', [
        url,
        '-X',
        '-q',
        '-v',
        'ON_ERROR_STOP=1',
        '-v',
        `owner=${owner}`,
        '-v',
        `app=${app}`,
        '-f',
        SCRIPT,
      ]);
    let ctx: AppContext | null = null;

    beforeAll(async () => {
      await withClient(ADMIN_URL!, async (c) => {
        await c.query(`CREATE ROLE ${owner} LOGIN PASSWORD '${ownerPassword}'`);
        await c.query(`CREATE ROLE ${app} LOGIN PASSWORD '${appPassword}'`);
        await c.query(
          `CREATE DATABASE ${name} OWNER ${owner} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`,
        );
      });
    });
    afterAll(async () => {
      await ctx?.close();
      await withClient(ADMIN_URL!, async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.query(`DROP DATABASE IF EXISTS ${name}_serve WITH (FORCE)`);
        await c.query(`DROP ROLE IF EXISTS ${app}`);
        await c.query(`DROP ROLE IF EXISTS ${owner}`);
      });
    });

    it('refuses to migrate as the application role, and the server refuses the unmigrated database', async () => {
      const m = await eduplan(appUrl, ['migrate']);
      expect(m.code).toBe(2);
      expect(m.stderr).toContain(`数据库角色 ${app} 没有修改数据库结构的权限（42501），不能运行迁移`);
      expect(m.stderr).toContain('数据库所有者角色');
      const s = await eduplan(appUrl, ['serve', '--port', '39131']);
      expect(s.code).toBe(2);
      expect(s.stderr).toContain('数据库结构不是最新');
      expect(s.stderr).toContain('请以数据库所有者角色运行 eduplan migrate');
      // Nothing was created by the attempts.
      const schemas = await withClient(superUrl, (c) =>
        c.query(`SELECT nspname FROM pg_namespace WHERE nspname = 'drizzle'`),
      );
      expect(schemas.rowCount).toBe(0);
    });

    it('migrates as the owner, printing what it applied; a second run applies nothing', async () => {
      const files = readdirSync(MIGRATIONS_FOLDER)
        .filter((f) => f.endsWith('.sql'))
        .map((f) => f.slice(0, -4))
        .sort();
      const first = await eduplan(ownerUrl, ['migrate', '--format', 'json']);
      expect(first.code).toBe(0);
      const doc = JSON.parse(first.stdout) as {
        applied: string[];
        latest: string;
        database: { kind: string };
      };
      expect(doc.applied).toEqual(files);
      expect(doc.applied[0]).toBe('0000_init');
      expect(doc.latest).toBe(files[files.length - 1]);
      expect(doc.database.kind).toBe('postgres');
      const second = await eduplan(ownerUrl, ['migrate']);
      expect(second.code).toBe(0);
      expect(second.stdout).toContain('没有要应用的迁移');
    });

    it('runs the roles script (idempotent) and grants by kind of table', async () => {
      await psql();
      await psql();
      const privileges = await withClient(superUrl, (c) =>
        c.query<{ table: string; p: string }>(
          `SELECT c.relname AS table,
                concat_ws(',',
                  CASE WHEN has_table_privilege($1, c.oid, 'SELECT') THEN 'S' END,
                  CASE WHEN has_table_privilege($1, c.oid, 'INSERT') THEN 'I' END,
                  CASE WHEN has_table_privilege($1, c.oid, 'UPDATE') THEN 'U' END,
                  CASE WHEN has_table_privilege($1, c.oid, 'DELETE') THEN 'D' END,
                  CASE WHEN has_table_privilege($1, c.oid, 'TRUNCATE') THEN 'T' END,
                  CASE WHEN has_table_privilege($1, c.oid, 'TRIGGER') THEN 'TRIGGER' END,
                  CASE WHEN has_table_privilege($1, c.oid, 'REFERENCES') THEN 'R' END) AS p
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname IN ('public', 'drizzle') AND c.relkind = 'r' ORDER BY 1`,
          [app],
        ),
      );
      const expected = Object.fromEntries([
        ...ORDINARY.map((t) => [t, 'S,I,U,D']),
        ...APPEND_ONLY.map((t) => [t, 'S,I']),
        ['audit_chain_head', 'S'],
        ['__drizzle_migrations', 'S'],
      ]);
      expect(Object.fromEntries(privileges.rows.map((r) => [r.table, r.p]))).toEqual(expected);
    });

    it('runs the platform as the application role: accounts, login, audit, a form saved and submitted', async () => {
      const database = await openDatabase({ kind: 'postgres', url: appUrl, migrate: 'check' });
      await loadSmallDataset(database.db);
      await createTestAccounts(database.db);
      ctx = createAppContextFrom(
        database,
        { ...loadPlan(), orgCode: '999900' },
        { clock: () => new Date('2026-09-15T10:00:00+08:00') },
      );
      const login = await ctx.auth.login('cityadmin', TEST_PASSWORD, { ip: '127.0.0.1', userAgent: 'test' });
      expect(login.account.username).toBe('cityadmin');
      const created = await ctx.users.create(
        { actor: { id: null, username: 'cli:test', ip: null }, session: null },
        {
          username: 'clerkpa',
          displayName: '甲县实验小学填报员',
          role: 'schoolClerk',
          scopeCode: 'PA00000001',
        },
      );
      expect(created.account.username).toBe('clerkpa');
      const school = collectionCaller('clerkpa', 'school', {
        kind: 'institution',
        institutionCode: 'PA00000001',
      });
      const values: Record<string, FieldValue> = {};
      for (const g of ['P1', 'P2', 'P3', 'P4', 'P5', 'P6']) {
        values[`ENR.${g}.male`] = 40;
        values[`ENR.${g}.female`] = 40;
        values[`CLASS_SIZES.${g}`] = [40, 40];
      }
      Object.assign(values, {
        'TEACHERS.primary': 30,
        'TEACHERS_QUALIFIED.primary': 25,
        'TEACHERS_BACKBONE.primary': 5,
        'TEACHERS_PE_ARTS.primary': 5,
        'TEACHERS_CERTIFIED.primary': 30,
        'TEACHERS_ESTABLISHED.primary': 28,
        'AREA_TEACHING.primary': 2400,
        'AREA_SPORTS.primary': 3800,
        'EQUIPMENT_VALUE.primary': 1000000,
        'MULTIMEDIA_ROOMS.primary': 12,
      });
      const saved = await ctx.collection.entry.save('2026-autumn', 'PA00000001', school, {
        version: 0,
        values,
      });
      expect(saved.version).toBe(1);
      const submitted = await ctx.collection.entry.submit('2026-autumn', 'PA00000001', school);
      expect(submitted.state).toBe('submitted');
      const actions = await withClient(superUrl, (c) =>
        c.query<{ action: string }>(`SELECT action FROM audit_log ORDER BY id`),
      );
      expect(actions.rows.map((r) => r.action)).toEqual([
        'login',
        'account.create',
        'collection.save',
        'collection.submit',
      ]);
      const chain = await verifyAuditChain(ctx.db);
      expect(chain).toMatchObject({ ok: true, rows: 4, sealed: 4 });
    });

    it('refuses the application role every change of schema, privilege or history', async () => {
      await withClient(appUrl, async (c) => {
        const attempts: Array<[string, string]> = [
          [`CREATE SCHEMA eduplan_x`, '42501'],
          [`CREATE TABLE public.eduplan_x (a int)`, '42501'],
          [`CREATE TABLE drizzle.eduplan_x (a int)`, '42501'],
          [`CREATE TEMP TABLE eduplan_x (a int)`, '42501'],
          [`CREATE FUNCTION public.eduplan_x() RETURNS int LANGUAGE sql AS 'SELECT 1'`, '42501'],
          [`ALTER TABLE audit_log DISABLE TRIGGER ALL`, '42501'],
          [`DROP TRIGGER audit_log_no_truncate ON audit_log`, '42501'],
          [`SET session_replication_role = replica`, '42501'],
          [`TRUNCATE account`, '42501'],
          [`INSERT INTO audit_chain_head VALUES (2, 0, 0, 'x')`, '42501'],
          [`UPDATE audit_chain_head SET sealed = 0`, '42501'],
          [`DELETE FROM audit_chain_head`, '42501'],
          [`TRUNCATE audit_chain_head`, '42501'],
          [`INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('x', 1)`, '42501'],
          [`SELECT setval('audit_log_id_seq', 1)`, '42501'],
          ...APPEND_ONLY.flatMap((t): Array<[string, string]> => [
            [`UPDATE ${t} SET ${APPEND_ONLY_COLUMNS[t]} = ${APPEND_ONLY_COLUMNS[t]}`, '42501'],
            [`DELETE FROM ${t}`, '42501'],
            [`TRUNCATE ${t}`, '42501'],
          ]),
        ];
        const results = [];
        for (const [statement] of attempts) results.push([statement, await refusal(c, statement)]);
        expect(results).toEqual(attempts);
      });
      // …while it still writes what it should, e.g. an audit row (and the chain stays whole).
      await ctx!.audit.record(
        { id: null, username: 'tester', ip: null },
        { action: 'access.denied', outcome: 'denied' },
      );
      expect((await verifyAuditChain(ctx!.db)).ok).toBe(true);
    });

    it('starts `eduplan serve` as the application role, which answers and writes its audit rows', async () => {
      // A second database of the same two roles, empty (serve loads the configured Jining org tree).
      const serveDb = `${name}_serve`;
      await withClient(ADMIN_URL!, (c) =>
        c.query(
          `CREATE DATABASE ${serveDb} OWNER ${owner} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`,
        ),
      );
      expect((await eduplan(urlAs(owner, ownerPassword, serveDb), ['migrate'])).code).toBe(0);
      await psql(urlAs(null, undefined, serveDb));
      const port = 39200 + (process.pid % 700);
      const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
        env: { ...process.env, DATABASE_URL: urlAs(app, appPassword, serveDb) },
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      try {
        await new Promise<void>((resolve, reject) => {
          child.stdout.on('data', (d: Buffer) => {
            output += d.toString();
            if (output.includes('已启动')) resolve();
          });
          child.stderr.on('data', (d: Buffer) => {
            output += d.toString();
          });
          child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${output}`)));
        });
        const health = await fetch(`http://127.0.0.1:${port}/api/health`);
        expect(health.status).toBe(200);
        const plan = await fetch(`http://127.0.0.1:${port}/api/v1/plan`);
        expect(plan.status).toBe(200);
      } finally {
        await new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.removeAllListeners('exit');
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      }
      expect(output).toContain(`PostgreSQL postgres://${app}:***@`);
      // On start: the organisation tree synchronised and the roles recorded, both audited.
      const served = await openDatabase({
        kind: 'postgres',
        url: urlAs(app, appPassword, serveDb),
        migrate: 'check',
      });
      try {
        const actions = await served.db.execute(sql`SELECT action FROM audit_log ORDER BY id`);
        expect((actions as unknown as { rows: Array<{ action: string }> }).rows.map((r) => r.action)).toEqual(
          ['orgUnits.sync', 'roles.change'],
        );
        expect(await verifyAuditChain(served.db)).toMatchObject({ ok: true, rows: 2 });
      } finally {
        await served.close();
      }
    });

    it('refuses to serve a schema behind this version, and the app role cannot bring it up to date', async () => {
      const files = readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith('.sql'));
      // Pretend the latest migration has not been applied (an upgrade of the program, not yet of the database).
      const removed = await withClient(superUrl, (c) =>
        c.query<{ hash: string; created_at: string }>(
          `DELETE FROM drizzle.__drizzle_migrations
         WHERE created_at = (SELECT max(created_at) FROM drizzle.__drizzle_migrations) RETURNING hash, created_at`,
        ),
      );
      const latest = files.sort()[files.length - 1]!.slice(0, -4);
      try {
        const e = await openDatabase({ kind: 'postgres', url: appUrl, migrate: 'check' }).then(
          async (h) => {
            await h.close();
            return null;
          },
          (err: unknown) => err,
        );
        expect(e).toBeInstanceOf(DatabaseOpenError);
        expect((e as Error).message).toContain(`数据库结构不是最新：1 个迁移未应用（${latest}）`);
        const m = await eduplan(appUrl, ['migrate']);
        expect(m.code).toBe(2);
        expect(m.stderr).toContain('没有修改数据库结构的权限（42501），不能运行迁移');
      } finally {
        await withClient(superUrl, (c) =>
          c.query(`INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ($1, $2)`, [
            removed.rows[0]!.hash,
            removed.rows[0]!.created_at,
          ]),
        );
      }
      // And a database migrated by a newer version is refused too.
      await withClient(superUrl, (c) =>
        c.query(
          `INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('newer', 99999999999999)`,
        ),
      );
      try {
        const s = await eduplan(appUrl, ['serve', '--port', '39132']);
        expect(s.code).toBe(2);
        expect(s.stderr).toContain('数据库结构比本程序新');
      } finally {
        await withClient(superUrl, (c) =>
          c.query(`DELETE FROM drizzle.__drizzle_migrations WHERE hash = 'newer'`),
        );
      }
      // Up to date again: the app role opens without any DDL.
      const h = await openDatabase({ kind: 'postgres', url: appUrl, migrate: 'check' });
      await h.close();
    });
  },
);
