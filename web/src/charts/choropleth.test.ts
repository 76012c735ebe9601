import { describe, expect, it } from 'vitest';
import type { GeoFeatureCollection } from '../api';
import {
  buildChoroplethOption,
  geoByCode,
  geoNames,
  MAP_COLOURS,
  MAP_NAME,
  polygonCodes,
} from './choropleth';

// Only what the map functions read of the boundaries (each feature's division code and name);
// the generated type also asks for the geometry and DataV's other properties.
const geo = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { adcode: 370811, name: '任城区' }, geometry: null },
    { type: 'Feature', properties: { adcode: 370812, name: '兖州区' }, geometry: null },
  ],
} as unknown as GeoFeatureCollection;

describe('geoByCode and polygonCodes', () => {
  it('names every feature by its division code, leaving the input alone', () => {
    const keyed = geoByCode(geo);
    expect(keyed.features.map((f) => f.properties.name)).toEqual(['370811', '370812']);
    expect(keyed.features[0]!.properties.adcode).toBe(370811);
    expect(geo.features[0]!.properties.name).toBe('任城区');
  });
  it('lists the codes that have a polygon', () => {
    expect([...polygonCodes(geo)].sort()).toEqual(['370811', '370812']);
  });
});

describe('buildChoroplethOption', () => {
  const option = buildChoroplethOption(
    [
      { code: '370811', name: '任城区', value: 180 / 300 },
      { code: '370812', name: '兖州区', value: 610 / 850 },
      { code: '370826', name: '微山县', value: null },
    ],
    { series: 'T1', noValue: '无数据' },
  );
  const series = option.series[0]!;

  it('draws the registered map with one item per unit, named by code, in percent', () => {
    expect(series.type).toBe('map');
    expect(series.map).toBe(MAP_NAME);
    // 180/300 = 60%; 610/850 = 71.7647…% → 71.8; no value → null.
    expect(series.data).toEqual([
      { name: '370811', value: 60 },
      { name: '370812', value: 71.8 },
      { name: '370826', value: null },
    ]);
  });
  it('colours by value over whole tens around the values', () => {
    // 60 and 71.8 → 60 … 80.
    expect(option.visualMap).toMatchObject({ type: 'continuous', min: 60, max: 80, text: ['80%', '60%'] });
    expect(option.visualMap.inRange.color).toEqual(MAP_COLOURS);
  });
  it('shows the county name and the value on hover', () => {
    expect(option.tooltip.formatter({ name: '370812', value: 71.8 })).toBe('兖州区：71.8%');
    expect(option.tooltip.formatter({ name: '370811', value: 60 })).toBe('任城区：60.0%');
    // A region without a data item: ECharts passes NaN.
    expect(option.tooltip.formatter({ name: '370826', value: NaN })).toBe('微山县：无数据');
    expect(option.tooltip.formatter({ name: '370899' })).toBe('370899：无数据');
  });

  it('writes the county name, not its code, on every region, also when highlighted', () => {
    expect(series.label.show).toBe(true);
    expect(series.label.formatter({ name: '370826' })).toBe('微山县');
    expect(series.emphasis.label.formatter({ name: '370811' })).toBe('任城区');
    // A region the units do not list keeps its code rather than a blank.
    expect(series.label.formatter({ name: '370899' })).toBe('370899');
  });
});

describe('public names on the map', () => {
  it('reads the names of the divisions from the boundaries', () => {
    expect([...geoNames(geo)]).toEqual([
      ['370811', '任城区'],
      ['370812', '兖州区'],
    ]);
  });
  it('labels divisions outside the figures by name, with no value in the tooltip', () => {
    // A county account: only 任城区's figure, but 兖州区 is on the map too.
    const option = buildChoroplethOption(
      [{ code: '370811', name: '任城区（本县）', value: 0.5 }],
      { series: 'T1', noValue: '无数据' },
      geoNames(geo),
    );
    const label = option.series[0]!.label.formatter;
    expect(label({ name: '370812' })).toBe('兖州区');
    // The unit's own name wins over the boundaries' one.
    expect(label({ name: '370811' })).toBe('任城区（本县）');
    expect(option.tooltip.formatter({ name: '370812' })).toBe('兖州区：无数据');
    expect(option.series[0]!.data).toEqual([{ name: '370811', value: 50 }]);
  });
});
