/**
 * Callers of the collection service in tests: a user name and its scope, with every permission.
 * The level it acts at follows from the scope (an institution: school; the city: city; else
 * county); `level` states the one the test means, and a mismatch is a mistake in the test.
 */
import type { CollectionCaller } from '../../src/app/collection/collection.core.ts';
import type { ApprovalLevel } from '../../src/domain/collection/approval.ts';

export function collectionCaller(
  username: string,
  level: ApprovalLevel,
  scope: CollectionCaller['scope'],
): CollectionCaller {
  const implied =
    scope.kind === 'institution' ? 'school' : /^\d{4}00$/.test(scope.orgCode) ? 'city' : 'county';
  if (implied !== level)
    throw new Error(`collectionCaller: scope ${JSON.stringify(scope)} acts at ${implied}, not ${level}`);
  return { actor: { id: null, username, ip: null }, scope };
}
