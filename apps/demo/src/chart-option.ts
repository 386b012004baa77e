import type { Series } from '@gd-ftz/core';
import { type Lang, t } from './i18n/messages';

// Colours with at least 4.5:1 contrast on white, distinguishable for common colour-vision deficiencies.
export const COLORS = { baseline: '#8a3b12', reform: '#0b5cad' } as const;

/** An ECharts option for one report series (x/y lines or bars, or a timeline drawn as floating bars). */
export function chartOption(series: Series, lang: Lang): Record<string, unknown> {
  const common = {
    animation: false,
    aria: { enabled: true, decal: { show: true } },
    title: { text: series.title[lang], left: 0, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    grid: { left: 56, right: 16, top: 56, bottom: 48, containLabel: true },
  };
  if (series.kind === 'xy') {
    const categorical = series.lines.some((l) => l.points.some(([x]) => typeof x === 'string'));
    const unitOf = (u?: { zh: string; en: string }) => (u ? ` (${u[lang]})` : '');
    return {
      ...common,
      legend: { top: 24 },
      xAxis: {
        type: categorical ? 'category' : 'value',
        name: series.x.label[lang] + unitOf(series.x.unit),
        nameLocation: 'middle',
        nameGap: 28,
      },
      yAxis: { type: 'value', name: series.y.label[lang] + unitOf(series.y.unit) },
      series: series.lines.map((line) => ({
        name: `${line.label[lang]}`,
        type: series.chart,
        data: line.points.map(([x, y]) => [x, y]),
        itemStyle: { color: COLORS[line.variant] },
        lineStyle: { color: COLORS[line.variant] },
        showSymbol: line.points.length < 60,
      })),
    };
  }
  // Timeline: one category per lane and variant; an invisible bar to the start, a visible one to the end.
  const lanes = series.bars.map((b) => `${b.lane[lang]} · ${t(lang, b.variant)}`);
  const uniqueLanes = [...new Set(lanes)];
  const offset = uniqueLanes.map(() => 0 as number | null);
  const length = uniqueLanes.map(() => 0 as number | null);
  const colors = uniqueLanes.map(() => COLORS.baseline as string);
  series.bars.forEach((b, i) => {
    const lane = uniqueLanes.indexOf(lanes[i]!);
    offset[lane] = b.start;
    length[lane] = b.end - b.start;
    colors[lane] = COLORS[b.variant];
  });
  return {
    ...common,
    // Lanes already name their variant, and a decal would draw on the invisible offsets too.
    aria: { enabled: true, decal: { show: false } },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'value', name: series.unit[lang], nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'category', data: uniqueLanes, inverse: true },
    series: [
      {
        type: 'bar',
        stack: 'time',
        data: offset,
        // The offset to the start is invisible: no colour and no hover.
        itemStyle: { color: 'transparent' },
        emphasis: { disabled: true },
        tooltip: { show: false },
      },
      {
        type: 'bar',
        stack: 'time',
        name: series.title[lang],
        data: length.map((v, i) => ({ value: v, itemStyle: { color: colors[i] } })),
      },
    ],
  };
}
