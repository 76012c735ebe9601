/**
 * Callers of the collection service in tests: a user name and its scope, with every permission.
 * The level it acts at follows from the scope, by the platform's own rule (levelOfScope); `level` states the one the test means, and a mismatch is a mistake in the test.
 */
import type { FastifyInstance } from 'fastify';
import { XLSX_TYPE } from '../../src/api/file-reply.ts';
import type { CollectionCaller } from '../../src/app/collection/collection.core.ts';
import { levelOfScope, type ApprovalLevel } from '../../src/domain/collection/approval.ts';
import type { Login } from './accounts.ts';

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
