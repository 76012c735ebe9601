/** Callers of the collection service in tests: a user name, the level it acts at, its scope. */
import type { CollectionCaller } from '../../src/app/collection/collection.service.ts';

export function collectionCaller(
  username: string,
  level: CollectionCaller['level'],
  scope: CollectionCaller['scope'],
): CollectionCaller {
  return { actor: { id: null, username, ip: null }, scope, level };
}
