/**
 * Org scoping: an account reaches the subtree of its org unit, or one institution. Everything
 * outside answers as not found, so that the existence of other units' records is not revealed.
 */
import type { Institution, OrgUnit } from '../registry/registry.types.ts';
import type { Scope } from './access.types.ts';

export interface OrgLookup {
  byCode: ReadonlyMap<string, OrgUnit>;
}

/** Whether `orgCode` is `ancestorCode` or lies below it. */
export function isOrgWithin(lookup: OrgLookup, orgCode: string, ancestorCode: string): boolean {
  let cur: string | null = orgCode;
  for (let depth = 0; cur !== null && depth < 10; depth++) {
    if (cur === ancestorCode) return true;
    cur = lookup.byCode.get(cur)?.parentCode ?? null;
  }
  return false;
}

export function scopeIncludesOrg(lookup: OrgLookup, scope: Scope, orgCode: string): boolean {
  if (scope.kind === 'institution') return false;
  return isOrgWithin(lookup, orgCode, scope.orgCode);
}

export function scopeIncludesInstitution(lookup: OrgLookup, scope: Scope, inst: Institution): boolean {
  if (scope.kind === 'institution') return inst.code === scope.institutionCode;
  return isOrgWithin(lookup, inst.townshipCode, scope.orgCode);
}

/** Whether scope `inner` lies entirely within scope `outer` (for delegated account management). */
export function scopeWithin(
  lookup: OrgLookup,
  inner: Scope,
  outer: Scope,
  institutionOf: (code: string) => Institution | undefined,
): boolean {
  if (inner.kind === 'org') return scopeIncludesOrg(lookup, outer, inner.orgCode);
  const inst = institutionOf(inner.institutionCode);
  return inst !== undefined && scopeIncludesInstitution(lookup, outer, inst);
}
