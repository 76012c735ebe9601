/**
 * Builds the generator's county inputs from the platform's org tree, population figures and the
 * county boundary GeoJSON (already parsed by the caller, so this stays pure).
 */
import type { ZoneConfig } from '../domain/registry/org-tree.ts';
import type { OrgUnit } from '../domain/registry/registry.types.ts';
import type { DemoCountyInput } from './demo.types.ts';

/** Minimal shape of a county boundary FeatureCollection (DataV / GCJ-02, adcode per feature). */
export interface CountyBoundaryCollection {
  features: {
    properties: { adcode?: number | string | null } | null;
    geometry: { type: string; coordinates: unknown } | null;
  }[];
}

/**
 * Demo progress of Jining's county-level units (0 lagging … 1 leading). A free choice for
 * demonstration: 邹城市 and 曲阜市 lead, 鱼台县 and 梁山县 lag.
 */
export const JINING_DEMO_PROGRESS: Readonly<Record<string, number>> = {
  '370883': 0.92, // 邹城市
  '370881': 0.86, // 曲阜市
  '370871': 0.78, // 济宁高新区
  '370811': 0.7, // 任城区
  '370812': 0.64, // 兖州区
  '370891': 0.6, // 太白湖新区
  '370830': 0.5, // 汶上县
  '370828': 0.44, // 金乡县
  '370892': 0.42, // 济宁经济技术开发区
  '370829': 0.34, // 嘉祥县
  '370826': 0.3, // 微山县
  '370831': 0.26, // 泗水县
  '370832': 0.12, // 梁山县
  '370827': 0.08, // 鱼台县
};

function boundaryOf(geo: CountyBoundaryCollection, code: string): number[][][][] | null {
  const f = geo.features.find((x) => String(x.properties?.adcode ?? '') === code);
  if (!f?.geometry) return null;
  if (f.geometry.type === 'MultiPolygon') return f.geometry.coordinates as number[][][][];
  if (f.geometry.type === 'Polygon') return [f.geometry.coordinates as number[][][]];
  return null;
}

/**
 * One input per county-level unit (counties and functional zones), in org-tree order. Townships are
 * the units whose parent is the county. A zone without its own boundary uses its first legal
 * county's (from `zones`, else from its townships' `legalParentCode`, else the first county-level
 * unit that has a boundary).
 * @throws Error if a county-level unit has no population figure.
 */
export function countyInputsFromRegistry(
  orgUnits: readonly OrgUnit[],
  population10k: ReadonlyMap<string, number>,
  geojson: CountyBoundaryCollection,
  zones: readonly Pick<ZoneConfig, 'code' | 'legalCounties'>[] = [],
  progress: Readonly<Record<string, number>> = JINING_DEMO_PROGRESS,
): DemoCountyInput[] {
  const counties = orgUnits.filter((u) => u.level === 'county');
  let firstBoundary: number[][][][] | null = null;
  for (const c of counties) firstBoundary ??= boundaryOf(geojson, c.code);
  return counties.map((c) => {
    const pop = population10k.get(c.code);
    if (pop === undefined) throw new Error(`缺少县级单位 ${c.code} ${c.name} 的常住人口`);
    const townships = orgUnits.filter((u) => u.level === 'township' && u.parentCode === c.code);
    let boundary = boundaryOf(geojson, c.code);
    if (!boundary) {
      const legal = [
        ...(zones.find((z) => z.code === c.code)?.legalCounties ?? []),
        ...townships.map((t) => t.legalParentCode).filter((x): x is string => x !== null),
      ];
      for (const l of legal) {
        boundary = boundaryOf(geojson, l);
        if (boundary) break;
      }
      // Last resort: the first county-level unit with a polygon (the seat district in NBS order).
      if (!boundary) boundary = firstBoundary;
    }
    const input: DemoCountyInput = {
      code: c.code,
      name: c.name,
      population10k: pop,
      townships: townships.map((t) => ({ code: t.code, name: t.name })),
      boundary,
      countyKind: c.countyKind,
    };
    const p = progress[c.code];
    if (p !== undefined) input.progress = p;
    return input;
  });
}
