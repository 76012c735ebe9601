/** Index of an org tree (city → county-level units → townships) for aggregation and scope checks. */
import type { Institution, OrgUnit } from '../registry/registry.types.ts';

/** Parent links and the county-level ancestor of every unit. */
export class OrgIndex {
  readonly byCode: ReadonlyMap<string, OrgUnit>;
  readonly city: OrgUnit;
  readonly counties: readonly OrgUnit[];
  private readonly children = new Map<string, OrgUnit[]>();

  constructor(units: ReadonlyArray<OrgUnit>) {
    this.byCode = new Map(units.map((u) => [u.code, u]));
    const cities = units.filter((u) => u.level === 'city');
    if (cities.length !== 1) throw new Error(`组织机构树应恰有 1 个市级单位，实际为 ${cities.length} 个`);
    this.city = cities[0]!;
    for (const u of units) {
      if (u.parentCode === null) continue;
      const list = this.children.get(u.parentCode) ?? [];
      list.push(u);
      this.children.set(u.parentCode, list);
    }
    this.counties = units.filter((u) => u.level === 'county');
  }

  childrenOf(code: string): readonly OrgUnit[] {
    return this.children.get(code) ?? [];
  }

  /** Whether an institution lies in the subtree of `orgCode`. */
  contains(orgCode: string, inst: Institution): boolean {
    const org = this.byCode.get(orgCode);
    if (!org) return false;
    if (org.level === 'city') return true;
    if (org.level === 'county') return inst.countyCode === orgCode;
    return inst.townshipCode === orgCode;
  }

  /** The child of `orgCode` whose subtree holds the institution. */
  childContaining(orgCode: string, inst: Institution): string | null {
    const org = this.byCode.get(orgCode);
    if (!org) return null;
    if (org.level === 'city') return inst.countyCode;
    if (org.level === 'county' && inst.countyCode === orgCode) return inst.townshipCode;
    return null;
  }
}
