import type { Db } from '../../db/database.ts';
import { getDatasetInfo } from '../../db/registry/registry.repository.ts';
import type { AppContext } from '../app.context.ts';
import { DEMO_PASSWORD, type DemoAccount } from './demo.service.ts';

/** The demo accounts recorded when the demo dataset was made (null outside demo mode). */
export async function getDemoAccounts(ctx: AppContext): Promise<DemoAccount[] | null> {
  return demoAccountsIn(ctx.database.db);
}

async function demoAccountsIn(db: Db): Promise<DemoAccount[] | null> {
  const v = await getDatasetInfo(db, 'demoAccounts');
  return Array.isArray(v) ? (v as DemoAccount[]) : null;
}

/**
 * The published demo password and the accounts that may use it: the demo accounts while the
 * database holds demo data (demo mode, the same test as `eduplan demo`/`serve` refusing a
 * non-loopback address), none otherwise. Every other account is refused it as a new password.
 */
export async function demoPasswordRule(
  db: Db,
): Promise<{ password: string; allowedFor: ReadonlySet<string> }> {
  const demo = (await getDatasetInfo(db, 'demo')) !== null;
  const accounts = demo ? ((await demoAccountsIn(db)) ?? []) : [];
  return { password: DEMO_PASSWORD, allowedFor: new Set(accounts.map((a) => a.username)) };
}
