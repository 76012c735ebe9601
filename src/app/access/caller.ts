/**
 * Who calls a use case: the actor (for the audit log), the scope that bounds what it may reach,
 * and its permissions. The API builds one per request from the session; the CLI builds the
 * operator's (no scope limit). Use cases decide what the caller may do with these — levels,
 * actions offered, figures with pending forms — so that the API and the CLI apply the same rules.
 */
import type { Permission, Scope } from '../../domain/access/access.types.ts';
import type { Actor } from './audit.service.ts';

export interface Caller {
  actor: Actor;
  scope: Scope;
  /** The role's permissions; undefined: every permission (the command-line operator, tests). */
  permissions?: ReadonlySet<Permission>;
}

export function hasPermission(caller: Pick<Caller, 'permissions'> | null, permission: Permission): boolean {
  return !caller?.permissions || caller.permissions.has(permission);
}

/**
 * Who reads: a caller, or just a scope (the command line and tests read as a scope with every
 * permission), or null for no limit at all.
 */
export type Reader = Caller | Scope | null;

export function readerScope(reader: Reader): Scope | null {
  if (reader === null) return null;
  return 'kind' in reader ? reader : reader.scope;
}

export function readerMay(reader: Reader, permission: Permission): boolean {
  return reader === null || 'kind' in reader || hasPermission(reader, permission);
}
