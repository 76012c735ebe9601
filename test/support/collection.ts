/**
 * Callers of the collection service in tests: a user name and its scope, with every permission.
 * The level it acts at follows from the scope, by the platform's own rule (levelOfScope); `level` states the one the test means, and a mismatch is a mistake in the test.
 */
import type { CollectionCaller } from '../../src/app/collection/collection.core.ts';
import { levelOfScope, type ApprovalLevel } from '../../src/domain/collection/approval.ts';

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
