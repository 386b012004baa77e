import { type DirectlyFollowsGraph, durationIn } from '@gd-ftz/core';
import { COLORS } from './chart-option';
import { type Lang, t } from './i18n/messages';

/** Where each activity sits: the same place on both sides, so the two maps compare at a glance. */
export type ProcessLayout = ReadonlyMap<string, { readonly x: number; readonly y: number }>;

const COLUMN = 190;
const ROW = 86;

/**
 * A left-to-right layered layout of the union of both graphs: an activity's column is its
 * shortest distance (in steps) from a case's first activity; within a column, busier activities
 * come first. Deterministic.
 */
export function processLayout(graphs: readonly DirectlyFollowsGraph[]): ProcessLayout {
  const events = new Map<string, number>();
  const next = new Map<string, Set<string>>();
  const starts = new Set<string>();
  for (const g of graphs) {
    for (const a of g.activities) {
      events.set(a.id, (events.get(a.id) ?? 0) + a.events);
      if (a.starts > 0) starts.add(a.id);
    }
    for (const e of g.edges) {
      const set = next.get(e.from) ?? new Set<string>();
      set.add(e.to);
      next.set(e.from, set);
    }
  }
  const level = new Map<string, number>();
  let frontier = [...starts].sort();
  for (const s of frontier) level.set(s, 0);
  for (let depth = 1; frontier.length > 0; depth++) {
    const found: string[] = [];
    for (const a of frontier) {
      for (const b of [...(next.get(a) ?? [])].sort()) {
        if (!level.has(b)) {
          level.set(b, depth);
          found.push(b);
        }
      }
    }
    frontier = found;
  }
  const columns = new Map<number, string[]>();
  for (const id of [...events.keys()].sort()) {
    const l = level.get(id) ?? 0;
    columns.set(l, [...(columns.get(l) ?? []), id]);
  }
  const out = new Map<string, { x: number; y: number }>();
  for (const [l, ids] of columns) {
    ids
      .sort((a, b) => (events.get(b) ?? 0) - (events.get(a) ?? 0) || (a < b ? -1 : 1))
      .forEach((id, i) => {
        out.set(id, { x: l * COLUMN, y: i * ROW });
      });
  }
  return out;
}

/**
 * A duration for an edge label or the details panel, in the map's unit.
 * @example
 * formatDuration(90_000, 'minutes', 'en'); // '1.50 min'
 */
export function formatDuration(ms: number, unit: 'minutes' | 'days', lang: Lang): string {
  const v = durationIn(ms, unit);
  const text = v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(v === 0 ? 0 : 2);
  return `${text} ${t(lang, unit === 'days' ? 'daysShort' : 'minutesShort')}`;
}

/** Padding around the layout, in layout units, so labels at the edges stay inside. */
const PAD = 70;
const MARGIN = 16;
const TITLE = 44;

/**
 * The ECharts graph option of one variant's map, drawn `width` pixels wide: node size by share of
 * cases, edge width by frequency (scaled to `maxCount` shared by both sides), edge label the median
 * time. Both sides get the same frame (two invisible corner anchors span the shared layout) and
 * the same scale in x and y, so an activity sits at the same place on both and nothing is stretched.
 * Returns the option and the chart height that keeps that scale.
 */
export function processMapOption(
  g: DirectlyFollowsGraph,
  layout: ProcessLayout,
  options: { lang: Lang; unit: 'minutes' | 'days'; maxCount: number; title: string; width: number },
): { option: Record<string, unknown>; height: number } {
  const { lang, unit, maxCount, title, width } = options;
  const index = new Map(g.activities.map((a, i) => [a.id, i]));
  const color = COLORS[g.variant];
  const points = [...layout.values()];
  const minX = Math.min(0, ...points.map((p) => p.x)) - PAD;
  const minY = Math.min(0, ...points.map((p) => p.y)) - PAD;
  const maxX = Math.max(0, ...points.map((p) => p.x)) + PAD;
  const maxY = Math.max(0, ...points.map((p) => p.y)) + PAD;
  const available = Math.max(200, width - 2 * MARGIN);
  // One scale for x and y; never enlarge a small map beyond its layout size.
  const scale = Math.min(1, available / (maxX - minX));
  const drawW = (maxX - minX) * scale;
  const drawH = (maxY - minY) * scale;
  const anchor = (id: string, x: number, y: number) => ({
    id,
    name: id,
    x,
    y,
    symbolSize: 0,
    silent: true,
    label: { show: false },
    tooltip: { show: false },
  });
  const option = {
    animation: false,
    aria: { enabled: true },
    title: { text: title, left: MARGIN, top: 8, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'graph',
        layout: 'none',
        roam: true,
        autoCurveness: true,
        left: MARGIN + (available - drawW) / 2,
        top: TITLE,
        width: drawW,
        height: drawH,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 8,
        label: { show: true, position: 'bottom', fontSize: 11, width: 140, overflow: 'break' },
        edgeLabel: { show: true, fontSize: 10 },
        data: [
          ...g.activities.map((a) => ({
            id: a.id,
            name: a.label[lang],
            x: layout.get(a.id)?.x ?? 0,
            y: layout.get(a.id)?.y ?? 0,
            value: a.events,
            symbolSize: Math.round(14 + 26 * a.share),
            itemStyle: { color },
          })),
          anchor('__frame-min', minX, minY),
          anchor('__frame-max', maxX, maxY),
        ],
        links: g.edges.map((e) => ({
          source: index.get(e.from),
          target: index.get(e.to),
          value: e.count,
          lineStyle: { width: 1 + (7 * e.count) / Math.max(1, maxCount), color, opacity: 0.7 },
          label: { show: true, formatter: formatDuration(e.medianMs, unit, lang) },
        })),
      },
    ],
  };
  return { option, height: Math.ceil(TITLE + drawH + MARGIN) };
}
