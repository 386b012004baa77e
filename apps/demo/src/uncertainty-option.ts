import type { KpiTornado, ReplicatedKpi } from '@gd-ftz/core';
import { COLORS } from './chart-option';
import { type Lang, t } from './i18n/messages';
import type { KpiSpread } from './worker/jobs';

/** Colours of the tornado's two ends, ≥ 4.5:1 on white. */
export const TORNADO_COLORS = { low: '#5b3f99', high: '#0b6b4f' } as const;

/**
 * The spread of one KPI over the replications: a dot per replication for baseline (x ≈ 0) and
 * reform (x ≈ 1), spread sideways by index so they do not hide each other, and each variant's
 * 95% interval as a vertical line.
 */
export function spreadOption(spread: KpiSpread, kpi: ReplicatedKpi, lang: Lang): Record<string, unknown> {
  const n = spread.baseline.length;
  const jitter = (i: number) => (n > 1 ? (i / (n - 1) - 0.5) * 0.3 : 0);
  const names = [t(lang, 'baseline'), t(lang, 'reform')];
  const dots = (values: readonly number[], x: number) => values.map((v, i) => [x + jitter(i), v]);
  const ci = (x: number, low: string, high: string) => [
    [x, Number(low)],
    [x, Number(high)],
  ];
  return {
    animation: false,
    aria: { enabled: true, decal: { show: true } },
    title: { text: `${kpi.label[lang]} · ${t(lang, 'spread')}`, left: 0, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item' },
    legend: { top: 36 },
    grid: { left: 56, right: 16, top: 80, bottom: 32, containLabel: true },
    xAxis: {
      type: 'value',
      min: -0.5,
      max: 1.5,
      interval: 1,
      axisLabel: { formatter: (v: number) => (v === 0 ? names[0] : v === 1 ? names[1] : '') },
      splitLine: { show: false },
    },
    yAxis: { type: 'value', name: kpi.unit[lang], scale: true },
    series: [
      {
        name: names[0],
        type: 'scatter',
        data: dots(spread.baseline, 0),
        itemStyle: { color: COLORS.baseline },
      },
      { name: names[1], type: 'scatter', data: dots(spread.reform, 1), itemStyle: { color: COLORS.reform } },
      {
        name: `${names[0]} ${t(lang, 'ci95')}`,
        type: 'line',
        data: ci(0, kpi.baseline.ci.low, kpi.baseline.ci.high),
        lineStyle: { color: COLORS.baseline, width: 3 },
        itemStyle: { color: COLORS.baseline },
        symbol: 'rect',
      },
      {
        name: `${names[1]} ${t(lang, 'ci95')}`,
        type: 'line',
        data: ci(1, kpi.reform.ci.low, kpi.reform.ci.high),
        lineStyle: { color: COLORS.reform, width: 3 },
        itemStyle: { color: COLORS.reform },
        symbol: 'rect',
      },
    ],
  };
}

/**
 * A KPI's tornado: one row per assumption (largest swing on top), a bar from the change at the
 * current parameters to the change at the low end and one to the change at the high end.
 */
export function tornadoOption(tornado: KpiTornado, lang: Lang): Record<string, unknown> {
  const base = Number(tornado.change);
  const rows = tornado.rows;
  return {
    animation: false,
    aria: { enabled: true, decal: { show: true } },
    title: {
      text: `${tornado.label[lang]} · ${t(lang, 'sensitivityTitle')}`,
      left: 0,
      textStyle: { fontSize: 14 },
    },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 36 },
    grid: { left: 16, right: 24, top: 80, bottom: 48, containLabel: true },
    xAxis: {
      type: 'value',
      name: `${t(lang, 'tornadoAxis')} (${tornado.unit[lang]})`,
      nameLocation: 'middle',
      nameGap: 28,
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label[lang]),
      axisLabel: { width: 160, overflow: 'break' },
    },
    series: [
      {
        name: t(lang, 'atLow'),
        type: 'bar',
        // Overlaid, not stacked: both bars start at 0 (the current change), even when both ends
        // move the same way.
        barGap: '-100%',
        data: rows.map((r) => Number(r.low.change) - base),
        itemStyle: { color: TORNADO_COLORS.low },
      },
      {
        name: t(lang, 'atHigh'),
        type: 'bar',
        barGap: '-100%',
        data: rows.map((r) => Number(r.high.change) - base),
        itemStyle: { color: TORNADO_COLORS.high },
      },
    ],
  };
}
