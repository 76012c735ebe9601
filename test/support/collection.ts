/**
 * Callers of the collection service in tests: a user name and its scope, with every permission.
 * The level it acts at follows from the scope, by the platform's own rule (levelOfScope); `level` states the one the test means, and a mismatch is a mistake in the test.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import { XLSX_TYPE } from '../../src/api/file-reply.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import type { DatabaseHandle, Db } from '../../src/db/database.ts';
import type { CollectionCaller } from '../../src/app/collection/collection.core.ts';
import { levelOfScope, type ApprovalLevel } from '../../src/domain/collection/approval.ts';
import { createTestAccounts, login, type Login } from './accounts.ts';
import { loadSmallDataset } from './small-dataset.ts';
import type { TestBackend } from './test-db.ts';

export function collectionCaller(
  username: string,
  level: ApprovalLevel,
  scope: CollectionCaller['scope'],
): CollectionCaller {
  // The test cities (999900, Jining 370800) are prefecture codes: the first four digits and 00.
  const city = { code: scope.kind === 'org' ? `${scope.orgCode.slice(0, 4)}00` : '' };
  const implied = levelOfScope(city, scope);
  if (implied !== level)
    throw new Error(`collectionCaller: scope ${JSON.stringify(scope)} acts at ${implied}, not ${level}`);
  return { actor: { id: null, username, ip: null }, scope };
}

/**
 * Requests to the collection API as logged-in test accounts: `app` is read at each call (tests
 * build it in beforeAll), `sessions` holds each user's cookie and CSRF token.
 */
export function collectionRequests(app: () => FastifyInstance, sessions: Map<string, Login>, base: string) {
  const headers = (user: string, extra: Record<string, string> = {}) => {
    const s = sessions.get(user)!;
    return { cookie: s.cookie, 'x-csrf-token': s.csrf, ...extra };
  };
  const get = (user: string, url: string) => app().inject({ method: 'GET', url, headers: headers(user) });
  const upload = (user: string, path: string, payload: Buffer) =>
    app().inject({
      method: 'POST',
      url: `${base}${path}`,
      headers: headers(user, { 'content-type': XLSX_TYPE }),
      payload,
    });
  return { headers, get, upload };
}

/**
 * The collection API tests' platform: the small city (plus what `prepare` adds before the
 * accounts), the test accounts, a clock inside the 2026 autumn period, the app, and `users`
 * logged in into `sessions`.
 */
export async function openCollectionApp(
  backend: TestBackend,
  sessions: Map<string, Login>,
  users: string[],
  prepare?: (db: Db) => Promise<void>,
): Promise<{ database: DatabaseHandle; ctx: AppContext; app: FastifyInstance }> {
  const database = await backend.open();
  await loadSmallDataset(database.db);
  if (prepare) await prepare(database.db);
  await createTestAccounts(database.db);
  const ctx = createAppContextFrom(
    database,
    { ...loadPlan(), orgCode: '999900' },
    { clock: () => new Date('2026-09-15T10:00:00+08:00') },
  );
  const app = await buildApp(ctx);
  for (const u of users) sessions.set(u, await login(app, u));
  return { database, ctx, app };
}
