/** The county choropleth (tree-shaken ECharts: map series, visualMap, tooltip; loaded with its page). */
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
// The CJS build (echarts-for-react/lib) crashes under Vite 8: use the ESM entry.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { Button } from 'antd';
import { useMemo, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
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
  /** Name of the PNG the 保存图片 button saves. */
  fileName: string;
  onSelect(code: string): void;
}

/** Saves the chart as PNG (ECharts' own rendering, white background). */
function savePng(chart: ReactEChartsCore | null, fileName: string): void {
  const instance = chart?.getEchartsInstance();
  if (!instance) return;
  const a = document.createElement('a');
  a.href = instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function CountyMap({ geo, option, label, fileName, onSelect }: Props) {
  const { t } = useI18n();
  const chart = useRef<ReactEChartsCore>(null);
  register(geo);
  const events = useMemo(
    () => ({ click: (params: { name?: string }) => params.name && onSelect(params.name) }),
    [onSelect],
  );
  return (
    <>
      <div className="chart-tools">
        <Button size="small" className="save-png" onClick={() => savePng(chart.current, fileName)}>
          {t('chart.savePng')}
        </Button>
      </div>
      <div role="img" aria-label={label} className="county-map">
        <ReactEChartsCore
          ref={chart}
          echarts={echarts}
          option={option}
          style={{ height: 460, width: '100%' }}
          onEvents={events}
          notMerge
        />
      </div>
    </>
  );
}
