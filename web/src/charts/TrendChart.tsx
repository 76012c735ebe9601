/** The trend chart of one target (tree-shaken ECharts: line, title, legend, mark line, tooltip). */
import { LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
// The CJS build (echarts-for-react/lib) crashes under Vite 8: use the ESM entry.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { SavePngButton } from './SavePngButton';
import type { TrendOption } from './trend';

echarts.use([
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** Size of the saved image in CSS pixels (drawn at 2× density). */
export const TREND_PNG_SIZE = { width: 800, height: 420 };

export function TrendChart({ option, fileName }: { option: TrendOption; fileName: string }) {
  return (
    <div className="trend-chart">
      <div className="chart-tools">
        <SavePngButton option={option} size={TREND_PNG_SIZE} fileName={fileName} />
      </div>
      <div role="img" aria-label={option.title.text} className="trend-figure">
        <ReactEChartsCore echarts={echarts} option={option} style={{ height: 320, width: '100%' }} notMerge />
      </div>
    </div>
  );
}
