/** The 校际差异系数 bars of one section (tree-shaken ECharts: bar, mark line, title, tooltip). */
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
// The CJS build (echarts-for-react/lib) crashes under Vite 8: use the ESM entry.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import type { CvBarsOption } from './cv-bars';
import { SavePngButton } from './SavePngButton';

echarts.use([BarChart, GridComponent, MarkLineComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

/** Size of the saved image in CSS pixels (drawn at 2× density). */
export const CV_PNG_SIZE = { width: 720, height: 400 };

/**
 * `option` is saved as the PNG, titled in full (county, section, year, 演示数据); the page shows it
 * with the shorter `screenTitle`, since the card around it names the county and the year.
 */
export function CvBarChart({
  option,
  screenTitle,
  fileName,
  section,
}: {
  option: CvBarsOption;
  screenTitle: string;
  fileName: string;
  section: string;
}) {
  const shown = useMemo(
    () => ({ ...option, title: { ...option.title, text: screenTitle } }),
    [option, screenTitle],
  );
  return (
    <div className="cv-chart" data-section={section}>
      <div className="chart-tools">
        <SavePngButton option={option} size={CV_PNG_SIZE} fileName={fileName} />
      </div>
      <div role="img" aria-label={option.title.text} className="cv-figure">
        <ReactEChartsCore echarts={echarts} option={shown} style={{ height: 300, width: '100%' }} notMerge />
      </div>
    </div>
  );
}
