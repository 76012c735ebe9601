/** ECharts with only the parts the sparklines use (tree-shaken; loaded with the cockpit page). */
import { LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
// The CJS build (echarts-for-react/lib) crashes under Vite 8: use the ESM entry.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { SparklineOption } from './sparkline';

echarts.use([LineChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

export function Sparkline({ option, label }: { option: SparklineOption; label: string }) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: 56, width: '100%' }} notMerge />
    </div>
  );
}
