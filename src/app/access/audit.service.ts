/**
 * Writes and searches the security audit log. `record` writes before it returns and its errors
 * propagate. `recordSoon` takes an entry off the response path: the entry is timed now, queued and
 * written in order right after (one statement per batch); a failed write is retried once, then
 * logged with the entries themselves (never lost silently); `flush()` waits until everything queued
 * is written (the app context's close awaits it; tests call it before reading the log).
 */
import type { Db } from '../../db/database.ts';
import {
  insertAuditEntries,
  searchAudit,
  type AuditEntry,
  type AuditQuery,
} from '../../db/access/access.repository.ts';

/** Who did something, from where: a logged-in account, the CLI, or the system itself. */
export interface Actor {
  id: number | null;
  username: string;
  ip: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: null, username: 'system', ip: null };

export type AuditInput = Omit<AuditEntry, 'actorId' | 'actorUsername' | 'ip'>;

/** Where a queued write that failed twice is reported (default: standard error, one JSON line). */
export type AuditFailureLog = (message: string, entries: ReadonlyArray<AuditEntry>, error: unknown) => void;

const stderrLog: AuditFailureLog = (message, entries, error) => {
  const e = error as { code?: string; cause?: { code?: string } };
  process.stderr.write(
    `${JSON.stringify({ level: 'error', msg: message, code: e.cause?.code ?? e.code ?? null, entries })}\n`,
  );
};

/** Entries written per statement by the queue. */
const QUEUE_BATCH = 500;
/** Wait before the one retry of a failed queued write. */
const RETRY_MS = 200;

export class AuditService {
  private readonly queue: AuditEntry[] = [];
  private draining: Promise<void> | null = null;
  /** Queued entries that could not be written (logged); tests and the operator's health view. */
  failedWrites = 0;

  constructor(
    private readonly db: Db,
    private readonly onFailure: AuditFailureLog = stderrLog,
  ) {}

  async record(actor: Actor, entry: AuditInput, db: Db = this.db) {
    await insertAuditEntries(db, [
      { actorId: actor.id, actorUsername: actor.username, ip: actor.ip, ...entry },
    ]);
  }

  async recordMany(actor: Actor, entries: AuditInput[], db: Db = this.db) {
    await insertAuditEntries(
      db,
      entries.map((e) => ({ actorId: actor.id, actorUsername: actor.username, ip: actor.ip, ...e })),
    );
  }

  /**
   * Records an entry without waiting for the write (e.g. a refusal answered as "not found", whose
   * answer must not take longer than a real "not found"). The entry keeps the time of this call;
   * entries are written in the order given, outside any transaction of the caller.
   */
  recordSoon(actor: Actor, entry: AuditInput): void {
    this.queue.push({
      actorId: actor.id,
      actorUsername: actor.username,
      ip: actor.ip,
      ...entry,
      at: entry.at ?? new Date().toISOString(),
    });
    this.draining ??= this.drain();
  }

  /** Resolves when every entry queued so far (and while waiting) is written or reported. */
  async flush(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    // Off the caller's path: start after the current I/O phase (the response is sent first).
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, QUEUE_BATCH);
        try {
          await insertAuditEntries(this.db, batch);
        } catch {
          await new Promise<void>((resolve) => setTimeout(resolve, RETRY_MS));
          try {
            await insertAuditEntries(this.db, batch);
          } catch (e) {
            this.failedWrites += batch.length;
            this.onFailure(
              `安全审计日志写入失败（重试一次后仍失败），${batch.length} 条记录见本行`,
              batch,
              e,
            );
          }
        }
      }
    } finally {
      this.draining = null;
    }
  }

  search(q: AuditQuery) {
    return searchAudit(this.db, q);
  }
}
