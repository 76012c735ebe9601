/**
 * Reads the audit log's hash chain for verification (app/access/audit-chain.ts): the rows in id
 * order, in batches, with every field as the text the canonical form is built from (migration
 * 0012), and the chain head. Nothing here computes a hash: the verifier does, in TypeScript.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../database.ts';

/** One audit row as the chain sees it: each field as text (null stays null). */
export interface AuditChainRow {
  id: number;
  /** Decimal text of each field, as PostgreSQL prints it (`id::text`, `actor_id::text` …). */
  idText: string;
  atMicros: string | null;
  actorId: string | null;
  actorUsername: string | null;
  ip: string | null;
  action: string | null;
  outcome: string | null;
  targetType: string | null;
  targetId: string | null;
  oldValue: string | null;
  newValue: string | null;
  detail: string | null;
  prevHash: string | null;
  rowHash: string | null;
}

export interface AuditChainHead {
  sealed: number;
  lastId: number;
  lastHash: string;
}

interface RawRow {
  id: string;
  at_us: string | null;
  actor_id: string | null;
  actor_username: string | null;
  ip: string | null;
  action: string | null;
  outcome: string | null;
  target_type: string | null;
  target_id: string | null;
  old_value: string | null;
  new_value: string | null;
  detail: string | null;
  prev_hash: string | null;
  row_hash: string | null;
}

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

/** Up to `limit` rows with an id above `afterId`, in id order. */
export async function readAuditChainBatch(db: Db, afterId: number, limit: number): Promise<AuditChainRow[]> {
  const r = await db.execute(sql`
    SELECT id::text AS id,
           ((extract(epoch FROM at) * 1000000)::bigint)::text AS at_us,
           actor_id::text AS actor_id, actor_username, ip, action, outcome, target_type, target_id,
           old_value::text AS old_value, new_value::text AS new_value, detail, prev_hash, row_hash
    FROM audit_log
    WHERE audit_log.id > ${afterId}
    ORDER BY audit_log.id
    LIMIT ${limit}`);
  return rowsOf<RawRow>(r).map((x) => ({
    id: Number(x.id),
    idText: x.id,
    atMicros: x.at_us,
    actorId: x.actor_id,
    actorUsername: x.actor_username,
    ip: x.ip,
    action: x.action,
    outcome: x.outcome,
    targetType: x.target_type,
    targetId: x.target_id,
    oldValue: x.old_value,
    newValue: x.new_value,
    detail: x.detail,
    prevHash: x.prev_hash,
    rowHash: x.row_hash,
  }));
}

/** The chain head, or null when its table or its row is gone. */
export async function readAuditChainHead(db: Db): Promise<AuditChainHead | null> {
  const exists = rowsOf<{ t: string | null }>(
    await db.execute(sql`SELECT to_regclass('public.audit_chain_head')::text AS t`),
  );
  if (!exists[0]?.t) return null;
  const r = rowsOf<{ sealed: string; last_id: string; last_hash: string }>(
    await db.execute(
      sql`SELECT sealed::text AS sealed, last_id::text AS last_id, last_hash FROM audit_chain_head WHERE id = 1`,
    ),
  );
  const h = r[0];
  return h ? { sealed: Number(h.sealed), lastId: Number(h.last_id), lastHash: h.last_hash } : null;
}

/** Runs `fn` on one consistent snapshot of the log and its head (read only). */
export function inAuditSnapshot<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => fn(tx as unknown as Db), {
    isolationLevel: 'repeatable read',
    accessMode: 'read only',
  });
}
