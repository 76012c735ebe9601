/**
 * Geometry helpers for placing demo institutions inside county boundaries (GCJ-02 lon/lat, GeoJSON
 * MultiPolygon coordinates: polygons → rings → [lon, lat]; the first ring is the outer ring).
 */
import type { Rng } from './rng.ts';

export type MultiPolygonCoords = number[][][][];

export interface BBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/** Even–odd ray casting over every ring of one polygon (holes flip the parity back). */
function insidePolygon(lon: number, lat: number, polygon: number[][][]): boolean {
  let inside = false;
  for (const ring of polygon) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const pi = ring[i]!;
      const pj = ring[j]!;
      const xi = pi[0]!;
      const yi = pi[1]!;
      const xj = pj[0]!;
      const yj = pj[1]!;
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

export function pointInMultiPolygon(lon: number, lat: number, coords: MultiPolygonCoords): boolean {
  return coords.some((polygon) => insidePolygon(lon, lat, polygon));
}

export function bboxOf(coords: MultiPolygonCoords): BBox {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const polygon of coords) {
    const outer = polygon[0] ?? [];
    for (const p of outer) {
      const lon = p[0]!;
      const lat = p[1]!;
      if (lon < minLon) minLon = lon;
      if (lon > maxLon) maxLon = lon;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  }
  return { minLon, minLat, maxLon, maxLat };
}

/**
 * A square stand-in boundary (≈ 40 km) for counties without a polygon, e.g. a synthetic province.
 * Spot `index` is laid out on a grid so neighbouring counties do not overlap.
 */
export function syntheticBoundary(spot: number): MultiPolygonCoords {
  const col = spot % 24;
  const row = Math.floor(spot / 24);
  const lon0 = 114.8 + col * 0.45;
  const lat0 = 34.4 + row * 0.45;
  const s = 0.4;
  return [
    [
      [
        [lon0, lat0],
        [lon0 + s, lat0],
        [lon0 + s, lat0 + s],
        [lon0, lat0 + s],
        [lon0, lat0],
      ],
    ],
  ];
}

/** Rounds to 6 decimals (≈ 0.1 m), as coordinates are usually stored. */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** A county area with a point-in-polygon test and samplers. */
export class Area {
  readonly bbox: BBox;
  constructor(readonly coords: MultiPolygonCoords) {
    this.bbox = bboxOf(coords);
  }

  contains(lon: number, lat: number): boolean {
    const b = this.bbox;
    if (lon < b.minLon || lon > b.maxLon || lat < b.minLat || lat > b.maxLat) return false;
    return pointInMultiPolygon(lon, lat, this.coords);
  }

  /** Uniform point inside the area (rejection sampling in the bounding box). */
  randomPoint(rng: Rng): [number, number] {
    const b = this.bbox;
    for (let i = 0; i < 2000; i++) {
      const lon = round6(rng.range(b.minLon, b.maxLon));
      const lat = round6(rng.range(b.minLat, b.maxLat));
      if (this.contains(lon, lat)) return [lon, lat];
    }
    return this.firstVertexInside();
  }

  /** Point around `centre` (Gaussian spread `sd` degrees) that lies inside; falls back to the centre. */
  pointNear(rng: Rng, centre: readonly [number, number], sd: number): [number, number] {
    for (let i = 0; i < 30; i++) {
      const lon = round6(centre[0] + rng.normal(0, sd));
      const lat = round6(centre[1] + rng.normal(0, sd * 0.85));
      if (this.contains(lon, lat)) return [lon, lat];
    }
    return [centre[0], centre[1]];
  }

  /**
   * Mitchell's best-candidate sampling: the candidate farthest from `taken`, so township centres
   * spread over the county instead of clumping.
   */
  spreadPoint(rng: Rng, taken: readonly (readonly [number, number])[], candidates = 12): [number, number] {
    let best: [number, number] = this.randomPoint(rng);
    let bestD = -1;
    for (let c = 0; c < candidates; c++) {
      const p = c === 0 ? best : this.randomPoint(rng);
      let d = Infinity;
      for (const t of taken) {
        const dx = (p[0] - t[0]) * 0.82;
        const dy = p[1] - t[1];
        d = Math.min(d, dx * dx + dy * dy);
      }
      if (d > bestD) {
        bestD = d;
        best = p;
      }
    }
    return best;
  }

  /** A point well inside: the sampled interior point closest to the bounding-box centre. */
  centralPoint(rng: Rng): [number, number] {
    const b = this.bbox;
    const cx = (b.minLon + b.maxLon) / 2;
    const cy = (b.minLat + b.maxLat) / 2;
    let best = this.randomPoint(rng);
    let bestD = Infinity;
    for (let i = 0; i < 60; i++) {
      const p = this.randomPoint(rng);
      const d = (p[0] - cx) ** 2 + (p[1] - cy) ** 2;
      if (d < bestD) {
        bestD = d;
        best = p;
      }
    }
    return best;
  }

  private firstVertexInside(): [number, number] {
    // Degenerate polygon: nudge the first vertex towards the bbox centre until it is inside.
    const v = this.coords[0]?.[0]?.[0] ?? [0, 0];
    const b = this.bbox;
    const cx = (b.minLon + b.maxLon) / 2;
    const cy = (b.minLat + b.maxLat) / 2;
    for (let t = 0.01; t <= 1; t += 0.01) {
      const lon = round6(v[0]! + (cx - v[0]!) * t);
      const lat = round6(v[1]! + (cy - v[1]!) * t);
      if (this.contains(lon, lat)) return [lon, lat];
    }
    return [round6(v[0]!), round6(v[1]!)];
  }
}
