/** The county choropleth (tree-shaken ECharts: map series, visualMap, tooltip; loaded with its page). */
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
// The CJS build (echarts-for-react/lib) crashes under Vite 8: use the ESM entry.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import type { GeoFeatureCollection } from '../api';
import { geoByCode, MAP_NAME, type ChoroplethOption } from './choropleth';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

let registered: GeoFeatureCollection | null = null;

function register(geo: GeoFeatureCollection): void {
  if (registered === geo) return;
  echarts.registerMap(MAP_NAME, geoByCode(geo) as unknown as Parameters<typeof echarts.registerMap>[1]);
  registered = geo;
}

interface Props {
  geo: GeoFeatureCollection;
  option: ChoroplethOption;
  label: string;
  onSelect(code: string): void;
}

export function CountyMap({ geo, option, label, onSelect }: Props) {
  register(geo);
  const events = useMemo(
    () => ({ click: (params: { name?: string }) => params.name && onSelect(params.name) }),
    [onSelect],
  );
  return (
    <div role="img" aria-label={label} className="county-map">
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        style={{ height: 460, width: '100%' }}
        onEvents={events}
        notMerge
      />
    </div>
  );
}
