/**
 * The county choropleth as plain data: the GeoJSON keyed by division code, which units have a
 * polygon, and the ECharts option (series-map + visualMap + tooltip). Pure, so unit-tested.
 */
import type { GeoFeatureCollection } from '../api';
import { sparklineRange, toPercent } from './sparkline';

export const MAP_NAME = 'jining-counties';

/** The low → high colours of the map (light to dark blue). */
export const MAP_COLOURS = ['#e6f4ff', '#91caff', '#4096ff', '#0958d9', '#002c8c'];

/** A copy whose features are named by their division code (adcode), as the data items are. */
export function geoByCode(geo: GeoFeatureCollection): GeoFeatureCollection {
  return {
    ...geo,
    features: geo.features.map((f) => ({
      ...f,
      properties: { ...f.properties, name: String(f.properties.adcode) },
    })),
  };
}

/** The division codes that have a polygon. */
export function polygonCodes(geo: GeoFeatureCollection): Set<string> {
  return new Set(geo.features.map((f) => String(f.properties.adcode)));
}

/**
 * The public names of the divisions on the map, by code (from the boundaries' own `name`): a
 * county account sees its own figures only, but the other counties are labelled by name, not code.
 */
export function geoNames(geo: GeoFeatureCollection): Map<string, string> {
  return new Map(geo.features.map((f) => [String(f.properties.adcode), String(f.properties.name)]));
}

export interface MapUnit {
  code: string;
  name: string;
  /** Share 0–1, or null without a value. */
  value: number | null;
}

export interface ChoroplethLabels {
  series: string;
  noValue: string;
}

interface TooltipParams {
  name: string;
  value?: number | null;
}

/** County names on the regions, dark with a white halo so they read on every fill. */
export interface MapLabel {
  show: true;
  fontSize: number;
  color: string;
  textBorderColor: string;
  textBorderWidth: number;
  formatter: (params: { name: string }) => string;
}

export interface ChoroplethOption {
  tooltip: { trigger: 'item'; formatter: (params: TooltipParams) => string };
  visualMap: {
    type: 'continuous';
    min: number;
    max: number;
    text: [string, string];
    inRange: { color: string[] };
    calculable: boolean;
    left: string;
    bottom: number;
  };
  series: {
    type: 'map';
    map: string;
    name: string;
    roam: boolean;
    selectedMode: false;
    label: MapLabel;
    itemStyle: { areaColor: string; borderColor: string };
    emphasis: { label: MapLabel; itemStyle: { areaColor: string } };
    data: { name: string; value: number | null }[];
  }[];
}

/** Percent of the value, with one decimal. */
function percentText(value: number | null | undefined, noValue: string): string {
  return typeof value === 'number' && Number.isFinite(value) ? `${value.toFixed(1)}%` : noValue;
}

/**
 * The map's option: `units` are the figures shown (in the caller's scope); `publicNames` label the
 * other divisions on the map (names are public; those divisions have no value, so "no data").
 */
export function buildChoroplethOption(
  units: MapUnit[],
  labels: ChoroplethLabels,
  publicNames: ReadonlyMap<string, string> = new Map(),
): ChoroplethOption {
  const names = new Map([...publicNames, ...units.map((u) => [u.code, u.name] as const)]);
  const data = units.map((u) => ({ name: u.code, value: toPercent(u.value) }));
  const label: MapLabel = {
    show: true,
    fontSize: 12,
    color: '#1f1f1f',
    textBorderColor: '#ffffff',
    textBorderWidth: 2,
    formatter: (p) => names.get(p.name) ?? p.name,
  };
  const range = sparklineRange(data.flatMap((d) => (d.value === null ? [] : [d.value])));
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p) => `${names.get(p.name) ?? p.name}：${percentText(p.value, labels.noValue)}`,
    },
    visualMap: {
      type: 'continuous',
      min: range.min,
      max: range.max,
      text: [`${range.max}%`, `${range.min}%`],
      inRange: { color: MAP_COLOURS },
      calculable: false,
      left: 'left',
      bottom: 8,
    },
    series: [
      {
        type: 'map',
        map: MAP_NAME,
        name: labels.series,
        roam: false,
        selectedMode: false,
        label,
        itemStyle: { areaColor: '#f0f0f0', borderColor: '#ffffff' },
        emphasis: { label, itemStyle: { areaColor: '#ffd666' } },
        data,
      },
    ],
  };
}
