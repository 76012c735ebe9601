import type { CountyKind, OrgUnit } from './registry.types.ts';

/** One row of data/jining-divisions.csv (NBS 统计用区划代码). */
export interface DivisionRow {
  code: string;
  name: string;
  level: 'city' | 'county' | 'township';
  parentCode: string;
}

/** A functional zone (功能区) and the townships it administers (config/functional-zones.yaml). */
export interface ZoneConfig {
  code: string;
  name: string;
  fullName: string;
  codeSource: 'nbs' | 'local';
  legalCounties: string[];
  townships: string[];
  population10k: number;
}

export class OrgTreeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OrgTreeError';
  }
}

function countyKindOf(name: string): CountyKind {
  if (name.endsWith('区')) return 'district';
  if (name.endsWith('市')) return 'countyCity';
  return 'county';
}

/**
 * Builds the platform's org tree city → county-level units (counties and functional zones) →
 * townships from the NBS divisions and the zone configuration. A township administered by a zone
 * hangs under the zone and keeps its NBS county as `legalParentCode`.
 */
export function buildOrgUnits(divisions: DivisionRow[], zones: ZoneConfig[]): OrgUnit[] {
  const cities = divisions.filter((d) => d.level === 'city');
  if (cities.length !== 1) throw new OrgTreeError(`区划数据应恰有 1 个市级单位，实际为 ${cities.length} 个`);
  const city = cities[0]!;
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const zoneOfTownship = new Map<string, ZoneConfig>();
  for (const zone of zones) {
    if (zone.codeSource === 'local' && byCode.has(zone.code)) {
      throw new OrgTreeError(`功能区“${zone.name}”的本地代码 ${zone.code} 与国家统计局代码重复`);
    }
    for (const t of zone.townships) {
      const row = byCode.get(t);
      if (!row || row.level !== 'township') {
        throw new OrgTreeError(`功能区“${zone.name}”配置的乡镇（街道）代码 ${t} 不在区划数据中`);
      }
      const other = zoneOfTownship.get(t);
      if (other && other.code !== zone.code) {
        throw new OrgTreeError(`乡镇（街道）${t} ${row.name} 同时配置给了“${other.name}”和“${zone.name}”`);
      }
      zoneOfTownship.set(t, zone);
    }
  }
  const zoneCodes = new Set(zones.map((z) => z.code));
  const units: OrgUnit[] = [
    {
      code: city.code,
      name: city.name,
      level: 'city',
      parentCode: null,
      codeSource: 'nbs',
      legalParentCode: null,
      countyKind: null,
    },
  ];
  for (const d of divisions) {
    if (d.level !== 'county' || zoneCodes.has(d.code)) continue;
    units.push({
      code: d.code,
      name: d.name,
      level: 'county',
      parentCode: city.code,
      codeSource: 'nbs',
      legalParentCode: null,
      countyKind: countyKindOf(d.name),
    });
  }
  for (const z of zones) {
    units.push({
      code: z.code,
      name: z.name,
      level: 'county',
      parentCode: city.code,
      codeSource: z.codeSource,
      legalParentCode: null,
      countyKind: 'zone',
    });
  }
  for (const d of divisions) {
    if (d.level !== 'township') continue;
    const zone = zoneOfTownship.get(d.code);
    const parentCode = zone ? zone.code : d.parentCode;
    units.push({
      code: d.code,
      name: d.name,
      level: 'township',
      parentCode,
      codeSource: 'nbs',
      legalParentCode: zone && zone.code !== d.parentCode ? d.parentCode : null,
      countyKind: null,
    });
  }
  return units;
}
