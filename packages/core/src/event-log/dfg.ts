// The directly-follows graph (DFG) of a log: for each activity how many events and cases have it,
// for each pair "b directly follows a within a case" how often and how long after, plus where cases
// start and end. Exact integer counts and millisecond durations; deterministic ordering.
import { describeValue } from '../describe-value';
import type { Localized } from '../errors';
import { ConfigurationError, ValidationError } from '../errors';
import type { Variant } from '../report';
import { checkEventLog } from './attributes';
import { MS_PER_DAY } from './time';
import type { EventLog } from './types';

/** Median and 90th percentile of a set of durations, in milliseconds. */
export interface DurationStats {
  readonly count: number;
  /** The median (mean of the two middle values for an even count). */
  readonly medianMs: number;
  /** The nearest-rank 90th percentile: the ⌈0.9·n⌉-th smallest value. */
  readonly p90Ms: number;
}

/** One node of the graph. */
export interface DfgActivity {
  readonly id: string;
  readonly label: Localized;
  readonly events: number;
  /** Cases with at least one event of this activity. */
  readonly cases: number;
  /** `cases` / all cases of the variant (display number; the counts are exact). */
  readonly share: number;
  /** Cases that start / end with it. */
  readonly starts: number;
  readonly ends: number;
  /** Waiting time: from the previous event of the same case to this one (null if always first). */
  readonly wait: DurationStats | null;
}

/** One edge: `to` directly follows `from` within a case. */
export interface DfgEdge extends DurationStats {
  readonly from: string;
  readonly to: string;
}

/** The directly-follows graph of one variant. */
export interface DirectlyFollowsGraph {
  readonly variant: Variant;
  readonly cases: number;
  readonly events: number;
  /** Sorted by id. */
  readonly activities: readonly DfgActivity[];
  /** Sorted by `from`, then `to`. */
  readonly edges: readonly DfgEdge[];
  /** A display unit fitting the durations: days when the longest p90 reaches two days. */
  readonly timeUnit: 'minutes' | 'days';
}

/**
 * Median and nearest-rank p90 of `values` (the caller's array is left as it is).
 * @example
 * durationStats([4, 1, 3, 2]); // { count: 4, medianMs: 2.5, p90Ms: 4 }
 */
export function durationStats(values: readonly number[]): DurationStats {
  if (!Array.isArray(values)) {
    throw new ConfigurationError('values', `must be an array of durations, got ${describeValue(values)}`);
  }
  values.forEach((v: unknown, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new ConfigurationError(`values.${i}`, `must be a finite number, got ${describeValue(v)}`);
    }
  });
  return sortedStats([...values]);
}

/** `durationStats` on the graph's own arrays, sorted in place (they are built here, not a caller's). */
function sortedStats(values: number[]): DurationStats {
  if (values.length === 0) throw new ConfigurationError('values', 'needs at least one duration');
  values.sort((a, b) => a - b);
  const n = values.length;
  const mid = n >> 1;
  const median =
    n % 2 === 1 ? (values[mid] as number) : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
  return { count: n, medianMs: median, p90Ms: values[Math.ceil(0.9 * n) - 1] as number };
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The directly-follows graph of one variant of a log. Pure: the same log gives the same graph.
 * @example
 * const g = directlyFollowsGraph(log, 'reform');
 * g.edges.find((e) => e.from === 'submit' && e.to === 'auto-review')?.count;
 */
export function directlyFollowsGraph(log: EventLog, variant: Variant): DirectlyFollowsGraph {
  checkEventLog(log);
  if (variant !== 'baseline' && variant !== 'reform') {
    throw new ConfigurationError('variant', "must be 'baseline' or 'reform'");
  }
  const nodes = new Map<
    string,
    { events: number; cases: number; starts: number; ends: number; waits: number[] }
  >();
  const edges = new Map<string, { from: string; to: string; gaps: number[] }>();
  const node = (id: string) => {
    const known = nodes.get(id);
    if (known) return known;
    const n = { events: 0, cases: 0, starts: 0, ends: 0, waits: [] as number[] };
    nodes.set(id, n);
    return n;
  };
  let cases = 0;
  let events = 0;
  for (const c of log.cases(variant)) {
    if (c.events.length === 0) continue;
    cases++;
    const seen = new Set<string>();
    const first = c.events[0];
    const last = c.events[c.events.length - 1];
    if (first) node(first.activity).starts++;
    if (last) node(last.activity).ends++;
    for (let i = 0; i < c.events.length; i++) {
      const e = c.events[i];
      if (!e) continue;
      events++;
      const n = node(e.activity);
      n.events++;
      if (!seen.has(e.activity)) {
        seen.add(e.activity);
        n.cases++;
      }
      const prev = i > 0 ? c.events[i - 1] : undefined;
      if (prev) {
        const gap = e.time - prev.time;
        n.waits.push(gap);
        const key = `${prev.activity}\u0000${e.activity}`;
        const edge = edges.get(key);
        if (edge) edge.gaps.push(gap);
        else edges.set(key, { from: prev.activity, to: e.activity, gaps: [gap] });
      }
    }
  }
  const activities = [...nodes.entries()]
    .sort(([a], [b]) => byString(a, b))
    .map(([id, n]) => ({
      id,
      label: log.activity(id)?.label ?? { zh: id, en: id },
      events: n.events,
      cases: n.cases,
      share: cases === 0 ? 0 : n.cases / cases,
      starts: n.starts,
      ends: n.ends,
      wait: n.waits.length === 0 ? null : sortedStats(n.waits),
    }));
  const edgeList = [...edges.values()]
    .sort((a, b) => byString(a.from, b.from) || byString(a.to, b.to))
    .map((e) => ({ from: e.from, to: e.to, ...sortedStats(e.gaps) }));
  const longest = edgeList.reduce((m, e) => Math.max(m, e.p90Ms), 0);
  return {
    variant,
    cases,
    events,
    activities,
    edges: edgeList,
    timeUnit: longest >= 2 * MS_PER_DAY ? 'days' : 'minutes',
  };
}

/**
 * Baseline and reform graphs side by side, with one shared display unit.
 * @example
 * const { baseline, reform } = compareDirectlyFollows(log);
 */
export function compareDirectlyFollows(log: EventLog): {
  readonly baseline: DirectlyFollowsGraph;
  readonly reform: DirectlyFollowsGraph;
  readonly timeUnit: 'minutes' | 'days';
} {
  const baseline = directlyFollowsGraph(log, 'baseline');
  const reform = directlyFollowsGraph(log, 'reform');
  const timeUnit = baseline.timeUnit === 'days' || reform.timeUnit === 'days' ? 'days' : 'minutes';
  return { baseline, reform, timeUnit };
}

/**
 * A duration in a display unit (a display number, never a quantity of record).
 * @example
 * durationIn(90_000, 'minutes'); // 1.5
 */
export function durationIn(ms: number, unit: 'minutes' | 'days'): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    throw ValidationError.of(
      'ms',
      `must be a finite number of milliseconds, got ${describeValue(ms)}`,
      `必须是有限的毫秒数，收到 ${describeValue(ms)}`,
    );
  }
  if (unit !== 'minutes' && unit !== 'days') {
    throw ValidationError.of(
      'unit',
      `must be 'minutes' or 'days', got ${describeValue(unit)}`,
      `必须是 'minutes' 或 'days'，收到 ${describeValue(unit)}`,
    );
  }
  return unit === 'days' ? ms / MS_PER_DAY : ms / 60_000;
}
