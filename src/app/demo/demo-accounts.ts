import { getDatasetInfo } from '../../db/registry/registry.repository.ts';
import type { AppContext } from '../app.context.ts';
import type { DemoAccount } from './demo.service.ts';

/** The demo accounts recorded when the demo dataset was made (null outside demo mode). */
export async function getDemoAccounts(ctx: AppContext): Promise<DemoAccount[] | null> {
  const v = await getDatasetInfo(ctx.database.db, 'demoAccounts');
  return Array.isArray(v) ? (v as DemoAccount[]) : null;
}
