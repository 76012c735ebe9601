/**
 * The accounts list of the administration page as a use case (UsersService.listForManager), the
 * same for the API and the command line: the operator at the terminal (no session) sees every
 * account and may give every role but the security auditor's (三权分立); the names come from the
 * registry. Small invented city, test accounts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { runInDataScope } from '../../src/app/shared/data.snapshot.ts';
import { cliManager } from '../../src/cli/cli.kit.ts';
import { createTestAccounts, TEST_ACCOUNTS } from '../support/accounts.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

describe.each(testBackends())('accounts list for the administration page on $name', (backend) => {
  let ctx: AppContext;
  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    ctx = createAppContextFrom(database, { ...loadPlan(), orgCode: '999900' });
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('gives the operator every account, every role but the auditor’s, and every unit', async () => {
    const r = await runInDataScope(() => ctx.users.listForManager(cliManager()));
    expect(r.items).toHaveLength(TEST_ACCOUNTS.length);
    expect(r.roles.filter((x) => !x.assignable).map((x) => x.code)).toEqual(['auditAdmin']);
    expect(r.units.map((u) => u.code)).toEqual([
      '999900',
      '999901',
      '999901001',
      '999901002',
      '999902',
      '999902001',
      '999903',
      '999903001',
      '999904',
      '999904001',
    ]);
    const inspector = r.items.find((a) => a.username === 'inspector')!;
    expect([inspector.roleName, inspector.scopeName]).toEqual(['督学/评估专家', '县1']);
  });

  it('filters like the plain list, by role and by unit', async () => {
    const clerks = await runInDataScope(() =>
      ctx.users.listForManager(cliManager(), { role: 'schoolClerk' }),
    );
    expect(clerks.items.map((a) => [a.username, a.scopeName])).toEqual([['clerk', '甲县实验幼儿园']]);
    const inCounty2 = await runInDataScope(() =>
      ctx.users.listForManager(cliManager(), { scopeCode: '999902' }),
    );
    expect(inCounty2.items.map((a) => a.username)).toEqual(['county2']);
  });
});
