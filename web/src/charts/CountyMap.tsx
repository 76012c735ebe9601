/**
 * The county choropleth (tree-shaken ECharts: map series, visualMap, tooltip; loaded with its page).
 * Drawn as SVG, so each region and its name are elements of the page (readable by assistive
 * technology and by the browser tests); 保存图片 draws it again on a canvas with a title.
 */
import { MapChart } from 'echarts/charts';
import { TitleComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
// The CJS build (echarts-for-react/lib) crashes under Vite 8: use the ESM entry.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import type { GeoFeatureCollection } from '../api';
import { geoByCode, MAP_NAME, type ChoroplethOption } from './choropleth';
import { SavePngButton } from './SavePngButton';

echarts.use([MapChart, TitleComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

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
  /** Title of the saved image, also its file name. */
  title: string;
  onSelect(code: string): void;
}

const PNG_SIZE = { width: 900, height: 640 };

export function CountyMap({ geo, option, label, title, onSelect }: Props) {
  register(geo);
  const events = useMemo(
    () => ({ click: (params: { name?: string }) => params.name && onSelect(params.name) }),
    [onSelect],
  );
  const pngOption = useMemo(
    () => ({
      ...option,
      title: { text: title, left: 'center', top: 8, textStyle: { fontSize: 16 } },
      series: option.series.map((s) => ({ ...s, top: 48 })),
    }),
    [option, title],
  );
  return (
    <>
      <div className="chart-tools">
        <SavePngButton option={pngOption} size={PNG_SIZE} fileName={title} />
      </div>
      <div role="img" aria-label={label} className="county-map">
        <ReactEChartsCore
          echarts={echarts}
          option={option}
          opts={{ renderer: 'svg' }}
          style={{ height: 460, width: '100%' }}
          onEvents={events}
          notMerge
        />
      </div>
    </>
  );
}
