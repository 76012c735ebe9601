/** Writes and searches the security audit log. Writing never fails silently: errors propagate. */
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

export class AuditService {
  constructor(private readonly db: Db) {}

  async record(actor: Actor, entry: Omit<AuditEntry, 'actorId' | 'actorUsername' | 'ip'>, db: Db = this.db) {
    await insertAuditEntries(db, [
      { actorId: actor.id, actorUsername: actor.username, ip: actor.ip, ...entry },
    ]);
  }

  async recordMany(
    actor: Actor,
    entries: Array<Omit<AuditEntry, 'actorId' | 'actorUsername' | 'ip'>>,
    db: Db = this.db,
  ) {
    await insertAuditEntries(
      db,
      entries.map((e) => ({ actorId: actor.id, actorUsername: actor.username, ip: actor.ip, ...e })),
    );
  }

  search(q: AuditQuery) {
    return searchAudit(this.db, q);
  }
}
