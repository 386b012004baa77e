import type { Series } from '@gd-ftz/core';
import { BarChart, LineChart } from 'echarts/charts';
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
import { chartOption } from '../chart-option';
import type { Lang } from '../i18n/messages';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
]);

/** One chart of a report, drawn by ECharts (SVG, with an ARIA description). */
export function Chart({ series, lang }: { series: Series; lang: Lang }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption(chartOption(series, lang));
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [series, lang]);
  const height =
    series.kind === 'timeline'
      ? Math.max(240, 36 * new Set(series.bars.map((b) => b.lane.en + b.variant)).size + 100)
      : 320;
  return (
    <div
      className="chart"
      ref={ref}
      style={{ height }}
      role="img"
      aria-label={series.title[lang]}
      data-series={series.id}
    />
  );
}
