import type { Series } from '@gd-ftz/core';
import { useMemo } from 'react';
import { chartOption } from '../chart-option';
import type { Lang } from '../i18n/messages';
import { LazyEChart as EChart } from './LazyEChart';

/** One chart of a report, drawn by ECharts (SVG, with an ARIA description). */
export function Chart({ series, lang }: { series: Series; lang: Lang }) {
  const option = useMemo(() => chartOption(series, lang), [series, lang]);
  const height =
    series.kind === 'timeline'
      ? Math.max(240, 36 * new Set(series.bars.map((b) => b.lane.en + b.variant)).size + 100)
      : 320;
  return <EChart option={option} height={height} label={series.title[lang]} data-series={series.id} />;
}
