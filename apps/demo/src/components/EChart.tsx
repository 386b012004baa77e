import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the charts and components the app draws (echarts/core keeps the rest out of the bundle).
echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
]);

/** One ECharts chart (SVG, so it prints sharp), described for screen readers by `label`. */
export function EChart({
  option,
  height,
  label,
  ...data
}: {
  option: Record<string, unknown>;
  height: number;
  label: string;
  [dataAttribute: `data-${string}`]: string | number | undefined;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    // Printing lays the page out anew: redraw at the print width.
    window.addEventListener('beforeprint', resize);
    return () => {
      window.removeEventListener('resize', resize);
      window.removeEventListener('beforeprint', resize);
      chart.dispose();
    };
  }, [option]);
  return <div className="chart" ref={ref} style={{ height }} role="img" aria-label={label} {...data} />;
}
