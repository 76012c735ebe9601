/** Use cases of the registry: the org tree, the institution directory and one institution's record. */
import type { Db } from '../../db/database.ts';
import {
  listAttributeRecords,
  listLifecycleEvents,
  listStatisticsOf,
} from '../../db/registry/registry.repository.ts';
import { isOperating, resolveAttributes } from '../../domain/registry/registry.history.ts';
import type { InstitutionYearStatistics } from '../../domain/statistics/statistics.types.ts';
import type {
  AttributeRecordByName,
  Institution,
  InstitutionAttributes,
  LifecycleEvent,
  KgClass,
  OrgUnit,
  Ownership,
  RunningType,
  UrbanRural,
} from '../../domain/registry/registry.types.ts';
import type { Scope } from '../../domain/access/access.types.ts';
import { scopeIncludesInstitution, scopeIncludesOrg } from '../../domain/access/scope.ts';
import { AppError } from '../app-error.ts';
import type { DataSnapshots } from '../shared/data.snapshot.ts';
import type { DatasetView, DemoInfo } from '../shared/dataset.cache.ts';

export interface OrgTreeNode extends OrgUnit {
  /** Operating institutions in the latest year. */
  institutionCount: number;
  children: OrgTreeNode[];
}

export type InstitutionSort = 'code' | 'name' | 'enrolment' | 'county' | 'runningType';

export interface InstitutionQuery {
  org?: string;
  runningTypes?: RunningType[];
  ownerships?: Ownership[];
  kgClasses?: KgClass[];
  urbanRural?: UrbanRural[];
  /** Part of the name, or the start of the code. */
  q?: string;
  year?: number;
  /** Include institutions not operating in the year (closed, merged or not yet opened). */
  includeInactive?: boolean;
  sort?: InstitutionSort;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export interface InstitutionListItem extends Institution {
  countyName: string;
  townshipName: string;
  operating: boolean;
  enrolment: number | null;
  attributes: Partial<InstitutionAttributes>;
}

/** One institution's record: attributes in force per year, their history, events, statistics. */
export interface InstitutionDetail extends Institution {
  demo: DemoInfo | null;
  countyName: string;
  townshipName: string;
  /** Whether it operates in the latest school year with statistics. */
  operating: boolean;
  attributesByYear: Array<{ year: number; attributes: Partial<InstitutionAttributes> }>;
  attributeHistory: Array<AttributeRecordByName & { id: number }>;
  events: LifecycleEvent[];
  statistics: InstitutionYearStatistics[];
}

export interface InstitutionPage {
  demo: DemoInfo | null;
  year: number;
  total: number;
  page: number;
  pageSize: number;
  items: InstitutionListItem[];
}

/**
 * The school year a request is about: the given one (it must have statistics), or without one
 * `defaultYear` when given (e.g. the latest year whose data is complete), else the latest year.
 */
export function requireYear(view: DatasetView, year: number | undefined, defaultYear?: number): number {
  if (view.years.length === 0)
    throw new AppError('NO_DATA', '数据库中还没有统计数据，请先导入或生成演示数据');
  if (year === undefined) {
    return defaultYear !== undefined && view.years.includes(defaultYear)
      ? defaultYear
      : view.years[view.years.length - 1]!;
  }
  if (!view.years.includes(year)) {
    throw new AppError(
      'YEAR_NOT_AVAILABLE',
      `没有 ${year} 学年的统计数据（可用学年：${view.years.join('、')}）`,
      [{ field: 'year', value: year, message: `可用学年：${view.years.join('、')}` }],
    );
  }
  return year;
}

/**
 * The org unit a request is about: the given code, or the caller's own scope root (the city for
 * unrestricted callers). A unit outside the caller's scope answers exactly like one that does not
 * exist, so that other units' records are not revealed.
 */
export function requireOrg(view: DatasetView, code: string | undefined, scope: Scope | null = null): OrgUnit {
  if (scope?.kind === 'institution') {
    const e = new AppError('ORG_UNIT_NOT_FOUND', `组织机构代码 ${code ?? ''} 不存在`.trim(), [
      { field: 'org', value: code, message: '组织机构代码不存在' },
    ]);
    // A unit that exists but lies outside a school's scope is hidden (and audited as such).
    throw code !== undefined && view.orgIndex.byCode.has(code) ? e.hiding('orgUnit', code) : e;
  }
  const root = scope ? view.orgIndex.byCode.get(scope.orgCode) : view.orgIndex.city;
  const org = code === undefined ? root : view.orgIndex.byCode.get(code);
  if (!org || (scope && !scopeIncludesOrg(view.orgIndex, scope, org.code))) {
    const e = new AppError('ORG_UNIT_NOT_FOUND', `组织机构代码 ${code} 不存在`, [
      { field: 'org', value: code, message: '组织机构代码不存在' },
    ]);
    throw org ? e.hiding('orgUnit', org.code) : e;
  }
  return org;
}

const collator = new Intl.Collator('zh-CN');

export class RegistryService {
  constructor(
    private readonly db: Db,
    private readonly data: DataSnapshots,
  ) {}

  /** The org tree below the caller's scope root (the whole city for unrestricted callers). */
  async orgTree(scope: Scope | null = null): Promise<{ tree: OrgTreeNode; demo: DemoInfo | null }> {
    const view = await this.data.current().view();
    const root = requireOrg(view, undefined, scope);
    const latest = view.years[view.years.length - 1];
    const counts = new Map<string, number>();
    for (const iy of latest !== undefined ? (view.snapshots.get(latest) ?? []) : []) {
      const i = iy.institution;
      for (const code of [view.orgIndex.city.code, i.countyCode, i.townshipCode]) {
        counts.set(code, (counts.get(code) ?? 0) + 1);
      }
    }
    const build = (u: OrgUnit): OrgTreeNode => ({
      ...u,
      institutionCount: counts.get(u.code) ?? 0,
      children: view.orgIndex.childrenOf(u.code).map(build),
    });
    return { tree: build(root), demo: view.demo };
  }

  async listInstitutions(query: InstitutionQuery, scope: Scope | null = null): Promise<InstitutionPage> {
    const view = await this.data.current().view();
    const year = requireYear(view, query.year);
    // A school clerk's scope is one institution: its list holds that institution only.
    const only = scope?.kind === 'institution' ? scope.institutionCode : null;
    const org = only ? null : requireOrg(view, query.org, scope);
    if (only && query.org !== undefined) requireOrg(view, query.org, scope);
    const enrolment = view.enrolment.get(year) ?? new Map<string, number>();
    const q = query.q?.trim().toLowerCase();
    const items: InstitutionListItem[] = [];
    for (const inst of view.institutions.values()) {
      if (only ? inst.code !== only : !view.orgIndex.contains(org!.code, inst)) continue;
      if (query.runningTypes?.length && !query.runningTypes.includes(inst.runningType)) continue;
      if (query.urbanRural?.length && !query.urbanRural.includes(inst.urbanRural)) continue;
      if (q && !inst.name.toLowerCase().includes(q) && !inst.code.toLowerCase().startsWith(q)) continue;
      const operating = isOperating(view.spans.get(inst.code)!, year);
      if (!operating && !query.includeInactive) continue;
      const attributes = resolveAttributes(view.attributes.get(inst.code) ?? [], year);
      // Ownership as in force in the year (a 民转公 conversion is an attribute record).
      const ownership = attributes.ownership ?? inst.ownership;
      if (query.ownerships?.length && !query.ownerships.includes(ownership)) continue;
      if (query.kgClasses?.length && !(attributes.kgClass && query.kgClasses.includes(attributes.kgClass)))
        continue;
      items.push({
        ...inst,
        ownership,
        countyName: view.orgIndex.byCode.get(inst.countyCode)?.name ?? inst.countyCode,
        townshipName: view.orgIndex.byCode.get(inst.townshipCode)?.name ?? inst.townshipCode,
        operating,
        enrolment: enrolment.get(inst.code) ?? null,
        attributes,
      });
    }
    const sort = query.sort ?? 'code';
    const dir = query.order === 'desc' ? -1 : 1;
    const cmp: Record<InstitutionSort, (a: InstitutionListItem, b: InstitutionListItem) => number> = {
      code: (a, b) => a.code.localeCompare(b.code),
      name: (a, b) => collator.compare(a.name, b.name),
      enrolment: (a, b) => (a.enrolment ?? -1) - (b.enrolment ?? -1),
      county: (a, b) => a.countyCode.localeCompare(b.countyCode),
      runningType: (a, b) => a.runningType.localeCompare(b.runningType),
    };
    items.sort((a, b) => dir * cmp[sort](a, b) || a.code.localeCompare(b.code));
    const pageSize = query.pageSize ?? 20;
    const page = query.page ?? 1;
    return {
      demo: view.demo,
      year,
      total: items.length,
      page,
      pageSize,
      items: items.slice((page - 1) * pageSize, page * pageSize),
    };
  }

  async getInstitution(code: string, scope: Scope | null = null): Promise<InstitutionDetail> {
    const view = await this.data.current().view();
    const inst = view.institutions.get(code);
    if (!inst || (scope && !scopeIncludesInstitution(view.orgIndex, scope, inst))) {
      const e = new AppError('INSTITUTION_NOT_FOUND', `学校（机构）代码 ${code} 不存在`, [
        { field: 'code', value: code, message: '学校（机构）代码不存在' },
      ]);
      throw inst ? e.hiding('institution', code) : e;
    }
    const [attributeHistory, events, statistics] = await Promise.all([
      listAttributeRecords(this.db, code),
      listLifecycleEvents(this.db, code),
      listStatisticsOf(this.db, code),
    ]);
    const latest = view.years[view.years.length - 1];
    return {
      demo: view.demo,
      ...inst,
      countyName: view.orgIndex.byCode.get(inst.countyCode)?.name ?? inst.countyCode,
      townshipName: view.orgIndex.byCode.get(inst.townshipCode)?.name ?? inst.townshipCode,
      operating: latest === undefined ? false : isOperating(view.spans.get(code)!, latest),
      attributesByYear: view.years.map((y) => ({
        year: y,
        attributes: resolveAttributes(attributeHistory, y),
      })),
      // Records are written typed (one attribute's value per name): read back, they are the same.
      attributeHistory: attributeHistory as InstitutionDetail['attributeHistory'],
      events,
      statistics,
    };
  }
}
