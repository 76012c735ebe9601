/**
 * Issue 12, items 14 and 12: the audit log is append-only and tamper-evident, on PGlite and (with
 * TEST_DATABASE_URL) PostgreSQL. Written as the attacks: a superuser who turns the triggers off
 * (session_replication_role = replica, DISABLE TRIGGER ALL, DROP TRIGGER) and changes, removes or
 * empties the log is found out by `verifyAuditChain`, which names the first broken link; TRUNCATE
 * is refused on every append-only table; parallel writers still give one valid chain. And the
 * audit queue (`recordSoon`) that takes a write off the response path.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH, verifyAuditChain, type AuditChainReport } from '../../src/app/access/audit-chain.ts';
import { AuditService, SYSTEM_ACTOR, type Actor } from '../../src/app/access/audit.service.ts';
import { createAppContextFrom } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { insertAuditEntries } from '../../src/db/access/access.repository.ts';
import { MIGRATIONS_FOLDER, type DatabaseHandle, type Db } from '../../src/db/database.ts';
import { testBackends } from '../support/test-db.ts';

const ACTOR: Actor = { id: null, username: 'tester', ip: '127.0.0.1' };

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

async function query<T>(db: Db, q: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await db.execute(q));
}

/** Writes `n` rows one by one (login-like entries). */
async function writeRows(db: Db, n: number, from = 1): Promise<void> {
  const audit = new AuditService(db);
  for (let i = from; i < from + n; i += 1) {
    await audit.record(ACTOR, {
      action: 'login',
      outcome: 'success',
      targetType: 'account',
      targetId: `u${i}`,
    });
  }
}

/** As a superuser with the triggers off for this transaction only. */
function asReplica(db: Db, fn: (tx: Db) => Promise<void>): Promise<void> {
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    await fn(tx);
  });
}

function kinds(r: AuditChainReport) {
  return r.problems.map((p) => [p.kind, p.id]);
}

describe.each(testBackends())('the audit log hash chain on $name', (backend) => {
  const open: DatabaseHandle[] = [];
  /** A fresh, migrated, empty database. */
  const fresh = async () => {
    const h = await backend.open();
    open.push(h);
    return h.db;
  };
  afterAll(async () => {
    for (const h of open) await h.close();
  });

  it('gives each row the next id, the previous hash and its own, as the documented canonical text', async () => {
    const db = await fresh();
    await insertAuditEntries(db, [
      {
        at: '2026-01-02T03:04:05.123456Z',
        actorId: 7,
        actorUsername: '审计员a',
        ip: null,
        action: 'x.y',
        outcome: 'success',
        targetType: null,
        targetId: '1:2\n~',
        oldValue: { b: 1.0, a: [2] },
        newValue: null,
        detail: '',
      },
    ]);
    // By hand (migration 0012): 2026-01-02T03:04:05Z is 1767323045 s; jsonb prints keys of one
    // length in order and keeps nothing of JS's `1.0` but `1`.
    const text = [
      'eduplan-audit-v1',
      '0'.repeat(64),
      '1:1',
      '16:1767323045123456',
      '1:7',
      '10:审计员a',
      '~',
      '3:x.y',
      '7:success',
      '~',
      '5:1:2\n~',
      '18:{"a": [2], "b": 1}',
      '~',
      '0:',
    ].join('\n');
    const expected = createHash('sha256').update(text, 'utf8').digest('hex');
    const [row] = await query<{ id: string; prev_hash: string; row_hash: string }>(
      db,
      sql`SELECT id::text AS id, prev_hash, row_hash FROM audit_log`,
    );
    expect(row).toEqual({ id: '1', prev_hash: GENESIS_HASH, row_hash: expected });
    const head = await query<{ sealed: string; last_id: string; last_hash: string }>(
      db,
      sql`SELECT sealed::text AS sealed, last_id::text AS last_id, last_hash FROM audit_chain_head`,
    );
    expect(head).toEqual([{ sealed: '1', last_id: '1', last_hash: expected }]);
    const r = await verifyAuditChain(db);
    expect(r).toMatchObject({ ok: true, rows: 1, sealed: 1, last: { id: 1, hash: expected } });
  });

  it('verifies a log written every way the platform writes it; a rolled-back row leaves no gap', async () => {
    const db = await fresh();
    const audit = new AuditService(db);
    await audit.record(ACTOR, { action: 'a', outcome: 'success', detail: 'line\nbreak, 冒号：~' });
    await db.transaction(async (tx) => {
      await audit.recordMany(
        ACTOR,
        [
          { action: 'b', outcome: 'success', newValue: { n: 1.5, s: 'x', nested: { z: null, y: [true] } } },
          { action: 'c', outcome: 'denied', oldValue: 'text', newValue: 0 },
        ],
        tx as unknown as Db,
      );
    });
    await expect(
      db.transaction(async (tx) => {
        await audit.record(ACTOR, { action: 'rolled back', outcome: 'failure' }, tx as unknown as Db);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    audit.recordSoon(SYSTEM_ACTOR, { action: 'd', outcome: 'success' });
    await audit.flush();
    const ids = await query<{ id: string; action: string }>(
      db,
      sql`SELECT id::text AS id, action FROM audit_log ORDER BY id`,
    );
    expect(ids).toEqual([
      { id: '1', action: 'a' },
      { id: '2', action: 'b' },
      { id: '3', action: 'c' },
      { id: '4', action: 'd' },
    ]);
    const r = await verifyAuditChain(db, { batchSize: 3 });
    expect(r).toMatchObject({ ok: true, rows: 4, sealed: 4, brokenRows: 0, problemCount: 0 });
  });

  it('ignores the ids and hashes an insert gives: the trigger sets them', async () => {
    const db = await fresh();
    await writeRows(db, 2);
    await db.execute(sql`INSERT INTO audit_log (id, action, outcome, prev_hash, row_hash)
      VALUES (100, 'forged', 'success', ${'f'.repeat(64)}, ${'e'.repeat(64)})`);
    const [row] = await query<{ id: string; prev_hash: string }>(
      db,
      sql`SELECT id::text AS id, prev_hash FROM audit_log WHERE action = 'forged'`,
    );
    expect(row!.id).toBe('3');
    expect(row!.prev_hash).not.toBe('f'.repeat(64));
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  describe('tampering behind the triggers is detected', () => {
    // One database for every attack (a fresh one costs seconds): each case starts from an empty,
    // sealed-nothing log with every trigger in place, and ids from 1.
    let shared: Db;
    beforeAll(async () => {
      shared = await fresh();
    });
    beforeEach(async () => {
      await asReplica(shared, async (tx) => {
        await tx.execute(sql`TRUNCATE audit_log, audit_chain_head`);
        await tx.execute(sql`INSERT INTO audit_chain_head VALUES (1, 0, 0, ${GENESIS_HASH})`);
        await tx.execute(sql`DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log`);
        await tx.execute(sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
          FOR EACH STATEMENT EXECUTE FUNCTION eduplan_refuse_audit_change()`);
      });
    });
    it('a row changed with session_replication_role = replica', async () => {
      const db = shared;
      await writeRows(db, 5);
      await asReplica(db, async (tx) => {
        await tx.execute(sql`UPDATE audit_log SET outcome = 'failure' WHERE id = 3`);
      });
      const r = await verifyAuditChain(db);
      expect(r.ok).toBe(false);
      expect(kinds(r)).toEqual([['contentChanged', 3]]);
      expect(r.problems[0]!.message).toContain('第 3 条记录的内容与其哈希不符');
      expect(r.brokenRows).toBe(1);
    });

    it('a row deleted in the middle with session_replication_role = replica', async () => {
      const db = shared;
      await writeRows(db, 5);
      await asReplica(db, async (tx) => {
        await tx.execute(sql`DELETE FROM audit_log WHERE id = 3`);
      });
      const r = await verifyAuditChain(db);
      expect(kinds(r)).toEqual([
        ['linkBroken', 4],
        ['countMismatch', null],
      ]);
      expect(r.problems[0]!.message).toContain('第 3 条记录已被删除');
      expect(r.problems[1]!.message).toContain('链头记载已封存 5 条记录，日志中只有 4 条');
    });

    it('a row changed and its hash recomputed with the database’s own function', async () => {
      const db = shared;
      await writeRows(db, 4);
      await asReplica(db, async (tx) => {
        await tx.execute(sql`UPDATE audit_log SET target_id = 'someone-else' WHERE id = 2`);
        await tx.execute(sql`UPDATE audit_log SET row_hash = eduplan_audit_row_hash(audit_log) WHERE id = 2`);
      });
      const r = await verifyAuditChain(db);
      expect(kinds(r)).toEqual([['linkBroken', 3]]);
      expect(r.problems[0]!.message).toContain('前一条记录被改写并重算了哈希');
    });

    it('the log truncated with DISABLE TRIGGER ALL, then written again', async () => {
      const db = shared;
      await writeRows(db, 6);
      await db.transaction(async (tx) => {
        await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER ALL`);
        await tx.execute(sql`TRUNCATE audit_log`);
        await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER ALL`);
      });
      await writeRows(db, 1, 7);
      const r = await verifyAuditChain(db);
      expect(kinds(r)).toEqual([
        ['linkBroken', 7],
        ['countMismatch', null],
      ]);
      expect(r.problems[0]!.message).toContain('日志的第一条记录（第 7 条）不是哈希链的起点');
      expect(r.problems[1]!.message).toContain('链头记载已封存 7 条记录，日志中只有 1 条');
    });

    it('the last rows deleted with DISABLE TRIGGER ALL', async () => {
      const db = shared;
      await writeRows(db, 5);
      await db.transaction(async (tx) => {
        await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER ALL`);
        await tx.execute(sql`DELETE FROM audit_log WHERE id >= 4`);
        await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER ALL`);
      });
      const r = await verifyAuditChain(db);
      expect(kinds(r)).toEqual([
        ['countMismatch', null],
        ['endMismatch', 3],
      ]);
      expect(r.problems[1]!.message).toContain('不是链头记载的最后一条（第 5 条');
    });

    it('the log emptied after DROP TRIGGER', async () => {
      const db = shared;
      await writeRows(db, 3);
      await db.execute(sql`DROP TRIGGER audit_log_no_truncate ON audit_log`);
      await db.execute(sql`TRUNCATE audit_log`);
      const r = await verifyAuditChain(db);
      expect(r.rows).toBe(0);
      expect(kinds(r)).toEqual([
        ['countMismatch', null],
        ['endMismatch', null],
      ]);
      expect(r.problems[0]!.message).toBe('日志为空，但链头记载已封存 3 条记录：日志已被清空');
    });

    it('a row written behind the trigger with made-up hashes', async () => {
      const db = shared;
      await writeRows(db, 2);
      await asReplica(db, async (tx) => {
        await tx.execute(sql`INSERT INTO audit_log (id, action, outcome, prev_hash, row_hash)
          VALUES (3, 'forged', 'success', (SELECT row_hash FROM audit_log WHERE id = 2), ${'a'.repeat(64)})`);
      });
      const r = await verifyAuditChain(db);
      expect(kinds(r)).toEqual([
        ['contentChanged', 3],
        ['countMismatch', null],
        ['endMismatch', 3],
      ]);
      expect(r.problems[1]!.message).toContain('日志中有 3 条记录，多于链头记载封存的 2 条');
    });

    it('a log and head rewritten from scratch: only the anchor kept outside the database tells', async () => {
      const db = shared;
      await writeRows(db, 4);
      const before = await verifyAuditChain(db);
      expect(before.ok).toBe(true);
      const anchor = before.last!;
      expect(anchor.id).toBe(4);
      expect((await verifyAuditChain(db, { anchor })).anchor).toEqual({ ...anchor, ok: true });
      // The strongest attacker: empties both tables and starts a new, self-consistent chain.
      await asReplica(db, async (tx) => {
        await tx.execute(sql`TRUNCATE audit_log, audit_chain_head`);
        await tx.execute(sql`INSERT INTO audit_chain_head VALUES (1, 0, 0, ${GENESIS_HASH})`);
      });
      await writeRows(db, 2, 100);
      const blind = await verifyAuditChain(db);
      expect(blind.ok).toBe(true); // the documented limit of a chain without an outside anchor
      const r = await verifyAuditChain(db, { anchor });
      expect(r.ok).toBe(false);
      expect(kinds(r)).toEqual([['anchorMissing', 4]]);
      const rewritten = await verifyAuditChain(db, { anchor: { id: 2, hash: anchor.hash } });
      expect(kinds(rewritten)).toEqual([['anchorMismatch', 2]]);
    });
  });

  describe('TRUNCATE is refused on every append-only table', () => {
    let db: Db;
    beforeAll(async () => {
      db = await fresh();
    });
    const failure = async (q: ReturnType<typeof sql>) =>
      db.execute(q).then(
        () => 'accepted',
        (e: { cause?: { message?: string }; message: string }) => e.cause?.message ?? e.message,
      );
    it.each([
      'institution_attribute',
      'institution_event',
      'county_standard_input',
      'county_standard_judgement',
      'submission_value_change',
      'submission_event',
      'submission_change_set',
      'dataset_change',
    ])('%s', async (table) => {
      expect(await failure(sql.raw(`TRUNCATE ${table}`))).toBe(
        `历史记录不可清空（表 ${table}）：历史表只能追加`,
      );
    });
    it('audit_log, and the chain head', async () => {
      expect(await failure(sql`TRUNCATE audit_log`)).toContain('安全审计日志只能追加');
      expect(await failure(sql`TRUNCATE audit_chain_head`)).toContain('哈希链头只由审计日志的触发器维护');
      expect(await failure(sql`UPDATE audit_chain_head SET sealed = 0`)).toContain(
        '哈希链头只由审计日志的触发器维护',
      );
      expect(await failure(sql`DELETE FROM audit_chain_head`)).toContain('哈希链头只由审计日志的触发器维护');
    });
    it('also through TRUNCATE … CASCADE from the tables they reference', async () => {
      expect(await failure(sql`TRUNCATE submission CASCADE`)).toContain('历史记录不可清空');
      expect(await failure(sql`TRUNCATE institution, org_unit CASCADE`)).toContain('历史记录不可清空');
    });
  });

  it('gives one valid chain under parallel writers, rolled-back ones included', async () => {
    const db = await fresh();
    const audit = new AuditService(db);
    const workers = 8;
    const perWorker = 10;
    await Promise.all(
      Array.from({ length: workers }, async (_, w) => {
        for (let i = 0; i < perWorker; i += 1) {
          // An import-like transaction: work first, the audit rows last; every third one rolls back.
          await db
            .transaction(async (txRaw) => {
              const tx = txRaw as unknown as Db;
              await tx.execute(sql`SELECT count(*) FROM org_unit`);
              await audit.recordMany(
                ACTOR,
                [
                  { action: `w${w}`, outcome: 'success', targetId: `${i}a` },
                  { action: `w${w}`, outcome: 'success', targetId: `${i}b` },
                ],
                tx,
              );
              if (i % 3 === 2) throw new Error('rolled back');
            })
            .catch((e: Error) => {
              if (e.message !== 'rolled back') throw e;
            });
          await audit.record(ACTOR, { action: `w${w}`, outcome: 'failure', targetId: `${i}c` });
        }
      }),
    );
    // Per worker: 10 single rows, 7 committed transactions of 2 (i = 0,1,3,4,6,7,9).
    const expected = workers * (perWorker + 7 * 2);
    const r = await verifyAuditChain(db, { batchSize: 50 });
    expect(r).toMatchObject({ ok: true, rows: expected, sealed: expected, last: { id: expected } });
  });

  describe.runIf(backend.name === 'postgres')('parallel connections (PostgreSQL)', () => {
    it('a repeatable-read writer whose snapshot is older than the head fails (40001) instead of forking the chain', async () => {
      const db = await fresh();
      await writeRows(db, 1);
      let code: string | undefined;
      const rr = db.transaction(
        async (txRaw) => {
          const tx = txRaw as unknown as Db;
          await tx.execute(sql`SELECT count(*) FROM audit_log`); // the snapshot is taken here
          await writeRows(db, 1, 2); // another connection commits a row meanwhile
          await insertAuditEntries(tx, [
            { actorId: null, actorUsername: 'rr', ip: null, action: 'rr', outcome: 'success' },
          ]);
        },
        { isolationLevel: 'repeatable read' },
      );
      await rr.catch((e: { cause?: { code?: string } }) => {
        code = e.cause?.code;
      });
      expect(code).toBe('40001');
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, rows: 2 });
    });

    it('a writer waits for a transaction holding the head and then continues the chain (no deadlock)', async () => {
      const db = await fresh();
      const order: string[] = [];
      const long = db.transaction(async (txRaw) => {
        const tx = txRaw as unknown as Db;
        await insertAuditEntries(tx, [
          { actorId: null, actorUsername: 'long', ip: null, action: 'import', outcome: 'success' },
        ]);
        await tx.execute(sql`SELECT pg_sleep(0.3)`);
        order.push('long commits');
      });
      // Started while `long` holds the head: it must come after it in the chain.
      await new Promise((r) => setTimeout(r, 100));
      const short = writeRows(db, 1).then(() => order.push('short written'));
      await Promise.all([long, short]);
      expect(order).toEqual(['long commits', 'short written']);
      const ids = await query<{ id: string; actor_username: string }>(
        db,
        sql`SELECT id::text AS id, actor_username FROM audit_log ORDER BY id`,
      );
      expect(ids).toEqual([
        { id: '1', actor_username: 'long' },
        { id: '2', actor_username: 'tester' },
      ]);
      expect((await verifyAuditChain(db)).ok).toBe(true);
    });
  });
});

describe('migration 0012 chains the rows written before it', () => {
  let dir: string;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('in id order (gaps and all), so that verification covers the whole log', async () => {
    // The migrations up to 0011, as a database of the previous version has them.
    dir = mkdtempSync(join(tmpdir(), 'eduplan-migrations-'));
    cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
    const journalFile = join(dir, 'meta/_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Array<{ tag: string }> };
    const upTo = journal.entries.findIndex((e) => e.tag === '0012_audit_hash_chain');
    expect(upTo).toBeGreaterThan(0);
    writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo) }));
    const client = await PGlite.create();
    try {
      await migrate(drizzle(client), { migrationsFolder: dir });
      await client.exec(`INSERT INTO audit_log (id, at, action, outcome, detail) VALUES
        (1, '2026-03-01T08:00:00Z', 'login', 'success', NULL),
        (2, '2026-03-01T08:00:01Z', 'logout', 'success', 'x'),
        (5, '2026-03-01T08:00:02Z', 'login', 'failure', '密码错误（第 1 次）')`);
      await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
      const db = drizzle(client) as unknown as Db;
      const r = await verifyAuditChain(db);
      expect(r).toMatchObject({ ok: true, rows: 3, sealed: 3, last: { id: 5 } });
      await writeRows(db, 1);
      const after = await verifyAuditChain(db);
      expect(after).toMatchObject({ ok: true, rows: 4, sealed: 4, last: { id: 6 } });
      // The old rows are still append-only after the migration's own update of them.
      await expect(db.execute(sql`UPDATE audit_log SET detail = 'y' WHERE id = 1`)).rejects.toThrow();
    } finally {
      await client.close();
    }
  });
});

describe('AuditService.recordSoon: an audit write off the response path', () => {
  const backend = testBackends()[0]!;
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await backend.open();
  });
  afterAll(async () => {
    await h?.close();
  });
  const count = async (db: Db) =>
    Number((await query<{ n: string }>(db, sql`SELECT count(*)::text AS n FROM audit_log`))[0]!.n);

  it('returns before writing, writes in order with the time of the call, and flush() waits for it', async () => {
    const audit = new AuditService(h.db);
    const before = await count(h.db);
    const called = new Date().toISOString();
    audit.recordSoon(ACTOR, {
      action: 'access.denied',
      outcome: 'denied',
      targetType: 'institution',
      targetId: 'A',
    });
    audit.recordSoon(ACTOR, {
      action: 'access.denied',
      outcome: 'denied',
      targetType: 'institution',
      targetId: 'B',
    });
    expect(await count(h.db)).toBe(before);
    await audit.flush();
    const rows = await query<{ target_id: string; at: string }>(
      h.db,
      sql`SELECT target_id, at::text AS at FROM audit_log WHERE action = 'access.denied' ORDER BY id`,
    );
    expect(rows.map((r) => r.target_id)).toEqual(['A', 'B']);
    expect(Date.parse(rows[0]!.at)).toBeGreaterThanOrEqual(Date.parse(called) - 1);
    expect(audit.failedWrites).toBe(0);
  });

  it('retries a failed write once, then reports the entries themselves (not lost silently)', async () => {
    let calls = 0;
    const failing = {
      execute: () => {
        calls += 1;
        return Promise.reject(Object.assign(new Error('connection lost'), { code: '57P01' }));
      },
    } as unknown as Db;
    const reported: Array<{ message: string; entries: number; targets: unknown[] }> = [];
    const audit = new AuditService(failing, (message, entries) =>
      reported.push({ message, entries: entries.length, targets: entries.map((e) => e.targetId) }),
    );
    audit.recordSoon(ACTOR, { action: 'access.denied', outcome: 'denied', targetId: 'X' });
    await audit.flush();
    expect(calls).toBe(2);
    expect(audit.failedWrites).toBe(1);
    expect(reported).toEqual([
      { message: '安全审计日志写入失败（重试一次后仍失败），1 条记录见本行', entries: 1, targets: ['X'] },
    ]);
  });

  it('is written before the app context closes its database', async () => {
    let atClose = -1;
    const db = h.db;
    const database: DatabaseHandle = {
      ...h,
      close: async () => {
        atClose = await count(db);
      },
    };
    // No roles needed: only the audit queue and the close are exercised.
    const ctx = createAppContextFrom(database, loadPlan(), { roles: new Map() });
    const before = await count(db);
    ctx.audit.recordSoon(ACTOR, { action: 'access.denied', outcome: 'denied', targetId: 'on-close' });
    await ctx.close();
    expect(atClose).toBe(before + 1);
  });
});
