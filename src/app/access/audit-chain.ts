/**
 * Verifies the audit log's hash chain (migration 0012): walks every row in id order on one
 * snapshot, recomputes each row's hash here in TypeScript from the row's fields (never with a SQL
 * function, which whoever tampered with the log could have replaced), and checks each link, the
 * chain head (rows sealed, last id and hash) and, when given, an anchor kept outside the database.
 *
 * What it detects: a row changed after it was written (its hash no longer matches), a row removed
 * (the next row's link breaks; the head counts more rows than the log), rows removed at the end or
 * the whole log emptied (the head), a row written behind the trigger's back (no or wrong hash),
 * a log emptied and written again (its first row does not start the chain). What it cannot detect
 * on its own: someone with the owner's or a superuser's rights who rewrites the log from some row
 * on, recomputes every later hash and sets the head to match — keep the head printed by each
 * verification outside the database and pass it back as an anchor (`--anchor id:hash`).
 */
import { createHash } from 'node:crypto';
import {
  inAuditSnapshot,
  readAuditChainBatch,
  readAuditChainHead,
  type AuditChainRow,
} from '../../db/access/audit-chain.repository.ts';
import type { Db } from '../../db/database.ts';

/** The previous hash of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

const CANONICAL_VERSION = 'eduplan-audit-v1';

/** '~' for NULL, else the UTF-8 length, a colon and the text: no content can fake a boundary. */
const field = (v: string | null) => (v === null ? '~' : `${Buffer.byteLength(v, 'utf8')}:${v}`);

/** The canonical text of a row after `prevHash` (the same as migration 0012's SQL function). */
export function canonicalAuditText(prevHash: string, r: AuditChainRow): string {
  return [
    CANONICAL_VERSION,
    prevHash,
    field(r.idText),
    field(r.atMicros),
    field(r.actorId),
    field(r.actorUsername),
    field(r.ip),
    field(r.action),
    field(r.outcome),
    field(r.targetType),
    field(r.targetId),
    field(r.oldValue),
    field(r.newValue),
    field(r.detail),
  ].join('\n');
}

export function auditRowHash(prevHash: string, r: AuditChainRow): string {
  return createHash('sha256').update(canonicalAuditText(prevHash, r), 'utf8').digest('hex');
}

export type AuditChainProblemKind =
  | 'contentChanged'
  | 'linkBroken'
  | 'missingHash'
  | 'headMissing'
  | 'countMismatch'
  | 'endMismatch'
  | 'anchorMissing'
  | 'anchorMismatch';

export interface AuditChainProblem {
  kind: AuditChainProblemKind;
  /** The row the problem is found at (null: the log as a whole). */
  id: number | null;
  message: string;
  expected: string | null;
  found: string | null;
}

export interface AuditChainAnchor {
  id: number;
  hash: string;
}

export interface AuditChainReport {
  ok: boolean;
  /** Rows read from the log. */
  rows: number;
  /** Rows whose content or link does not verify. */
  brokenRows: number;
  /** What the head records (null: head missing). */
  sealed: number | null;
  /** The last row of the log, to keep outside the database as the next verification's anchor. */
  last: AuditChainAnchor | null;
  /** The first problems found, in log order (at most MAX_PROBLEMS); `problemCount` counts all. */
  problems: AuditChainProblem[];
  problemCount: number;
  anchor: (AuditChainAnchor & { ok: boolean }) | null;
}

export const MAX_PROBLEMS = 20;
const BATCH = 2_000;
const short = (h: string | null) => (h === null ? '（无）' : h.slice(0, 16));

export async function verifyAuditChain(
  db: Db,
  options: { anchor?: AuditChainAnchor; batchSize?: number } = {},
): Promise<AuditChainReport> {
  return inAuditSnapshot(db, async (tx) => {
    const head = await readAuditChainHead(tx);
    const problems: AuditChainProblem[] = [];
    let problemCount = 0;
    const report = (p: AuditChainProblem) => {
      problemCount += 1;
      if (problems.length < MAX_PROBLEMS) problems.push(p);
    };
    let rows = 0;
    let brokenRows = 0;
    let prev: AuditChainAnchor | null = null;
    let anchorSeen: string | null | undefined;
    let after = 0;
    for (;;) {
      const batch = await readAuditChainBatch(tx, after, options.batchSize ?? BATCH);
      for (const r of batch) {
        rows += 1;
        let broken = false;
        const expectedPrev: string = prev?.hash ?? GENESIS_HASH;
        if (r.prevHash === null || r.rowHash === null) {
          broken = true;
          report({
            kind: 'missingHash',
            id: r.id,
            message: `第 ${r.id} 条记录没有哈希：它是绕过审计日志的触发器写入的`,
            expected: null,
            found: null,
          });
        } else {
          if (r.prevHash !== expectedPrev) {
            broken = true;
            const where =
              prev === null
                ? `日志的第一条记录（第 ${r.id} 条）不是哈希链的起点：此前的记录已被删除，或日志被清空后又写入了新记录`
                : r.id > prev.id + 1
                  ? `第 ${r.id} 条记录的“前一条哈希”与日志中的前一条（第 ${prev.id} 条）不符：第 ${prev.id + 1}${r.id - 1 > prev.id + 1 ? `–${r.id - 1}` : ''} 条记录已被删除`
                  : `第 ${r.id} 条记录的“前一条哈希”与前一条（第 ${prev.id} 条）的哈希不符：前一条记录被改写并重算了哈希，或其间有记录被删除`;
            report({
              kind: 'linkBroken',
              id: r.id,
              message: where,
              expected: expectedPrev,
              found: r.prevHash,
            });
          }
          const recomputed = auditRowHash(r.prevHash, r);
          if (recomputed !== r.rowHash) {
            broken = true;
            report({
              kind: 'contentChanged',
              id: r.id,
              message: `第 ${r.id} 条记录的内容与其哈希不符（存储的哈希 ${short(r.rowHash)}…，按内容重算 ${short(recomputed)}…）：该记录写入后被修改`,
              expected: recomputed,
              found: r.rowHash,
            });
          }
        }
        if (broken) brokenRows += 1;
        if (options.anchor && r.id === options.anchor.id) anchorSeen = r.rowHash;
        // Continue from the stored hash: one changed row is one problem, not one per later row.
        prev = { id: r.id, hash: r.rowHash ?? auditRowHash(r.prevHash ?? expectedPrev, r) };
      }
      if (batch.length === 0) break;
      after = batch[batch.length - 1]!.id;
    }
    if (head === null) {
      report({
        kind: 'headMissing',
        id: null,
        message:
          '哈希链头（audit_chain_head）缺失：无法确认日志末尾的记录是否被删除，链头只能由触发器写入，缺失即被篡改',
        expected: null,
        found: null,
      });
    } else {
      if (head.sealed !== rows) {
        report({
          kind: 'countMismatch',
          id: null,
          message:
            rows === 0
              ? `日志为空，但链头记载已封存 ${head.sealed} 条记录：日志已被清空`
              : head.sealed > rows
                ? `链头记载已封存 ${head.sealed} 条记录，日志中只有 ${rows} 条：${head.sealed - rows} 条记录已被删除`
                : `日志中有 ${rows} 条记录，多于链头记载封存的 ${head.sealed} 条：有记录绕过触发器写入`,
          expected: String(head.sealed),
          found: String(rows),
        });
      }
      if (head.sealed > 0 && (prev === null || prev.id !== head.lastId || prev.hash !== head.lastHash)) {
        report({
          kind: 'endMismatch',
          id: prev?.id ?? null,
          message:
            prev === null
              ? `链头记载的最后一条记录（第 ${head.lastId} 条）不在日志中`
              : `日志的最后一条记录（第 ${prev.id} 条，哈希 ${short(prev.hash)}…）不是链头记载的最后一条（第 ${head.lastId} 条，哈希 ${short(head.lastHash)}…）：末尾的记录已被删除或改写`,
          expected: `${head.lastId}:${head.lastHash}`,
          found: prev ? `${prev.id}:${prev.hash}` : null,
        });
      }
    }
    let anchor: AuditChainReport['anchor'] = null;
    if (options.anchor) {
      const a = options.anchor;
      const ok = anchorSeen === a.hash;
      anchor = { ...a, ok };
      if (!ok) {
        report({
          kind: anchorSeen === undefined ? 'anchorMissing' : 'anchorMismatch',
          id: a.id,
          message:
            anchorSeen === undefined
              ? `锚点记录（第 ${a.id} 条）不在日志中：该记录及其后的记录已被删除`
              : `第 ${a.id} 条记录的哈希（${short(anchorSeen)}…）与保存在数据库之外的锚点（${short(a.hash)}…）不符：日志从此处或更早被改写`,
          expected: a.hash,
          found: anchorSeen ?? null,
        });
      }
    }
    return {
      ok: problemCount === 0,
      rows,
      brokenRows,
      sealed: head?.sealed ?? null,
      last: prev,
      problems,
      problemCount,
      anchor,
    };
  });
}
