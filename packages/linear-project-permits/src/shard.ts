// The portfolio run in shards (issue 14): projects do not interact (each has its own draws, no
// shared queue or capacity), so a shard runs its block of projects through both processes, and
// the reform through each sensitivity end its KPIs show, into plain totals; merged, they give the
// report of the whole portfolio, whatever the shard count and order.
import {
  type Accumulator,
  countAccumulator,
  keyedAccumulator,
  type MinMax,
  minMaxAccumulator,
  minMaxWith,
  RandomStream,
  recordAccumulator,
  type ShardContext,
  sensitivityEnds,
  withMaximum,
} from '@gd-ftz/core';
import { simulateBaseline } from './baseline';
import { drawsFor } from './draws';
import { logProject, PERMIT_ACTIVITIES } from './event-log';
import type { ProcessSettings } from './outcome';
import { type LinearProjectPermitsParams, PARAMS } from './params';
import { portfolioProjects } from './portfolio';
import type { Project } from './project';
import { simulateReform } from './reform';
import type { ReformAssumption } from './report';
import { type EventCounts, EventTally } from './series';
import { TotalsTally, VARIANT_TOTALS, type VariantTotals } from './totals';

/** What a shard returns. */
export interface ShardData {
  readonly baseline: VariantTotals;
  readonly reform: VariantTotals;
  /** The reform rerun at each sensitivity end (`param=value`); the baseline reads neither assumption. */
  readonly ends: Readonly<Record<string, VariantTotals>>;
  readonly events: EventCounts;
  /** Indexes of projects with at least {@link SAMPLE_SEGMENTS} segments (the report shows the first). */
  readonly sample: MinMax;
}

/**
 * How shards merge: each total exactly (core's accumulators).
 * @example
 * SHARD_ACCUMULATOR.merge(a.data, b.data)
 */
export const SHARD_ACCUMULATOR: Accumulator<ShardData> = recordAccumulator<ShardData>({
  baseline: VARIANT_TOTALS,
  reform: VARIANT_TOTALS,
  ends: keyedAccumulator(VARIANT_TOTALS),
  events: recordAccumulator<EventCounts>({
    evaluated: countAccumulator,
    fired: keyedAccumulator(countAccumulator),
  }),
  sample: minMaxAccumulator,
});

/** The sample project is the first with this many segments, to show per-segment issuance. */
export const SAMPLE_SEGMENTS = 3;

/**
 * The most projects a sharded run takes: far beyond a province's municipal linear projects of a
 * year (no published count; a few thousand per large city is plausible), each shard streaming in
 * bounded memory.
 */
export const PROVINCE_MAX_PROJECTS = 1_000_000;

/**
 * The scenario schema of sharded runs: the same parameters, `projects` up to
 * {@link PROVINCE_MAX_PROJECTS}.
 * @example
 * SHARD_PARAMS.projects.max // 1000000
 */
export const SHARD_PARAMS: typeof PARAMS = withMaximum(PARAMS, 'projects', PROVINCE_MAX_PROJECTS);

/** The assumptions whose plausible range the KPIs' sensitivity shows (reform only). */
export const DRIVERS: readonly ReformAssumption[] = [
  'preConsultationCatchShare',
  'meetingIntervalWorkingDays',
];

/** The process settings of parameters (everything but the portfolio's shape). */
export function settingsOf(p: LinearProjectPermitsParams): ProcessSettings {
  const { projects: _n, startDate: _s, spreadWorkingDays: _w, ...settings } = p;
  return settings;
}

/** Project `i` of the run's portfolio and its draws, from the seed and `i` alone. */
export function portfolioOf(p: LinearProjectPermitsParams, seed: number) {
  const root = RandomStream.fromSeed(seed);
  const projectAt = portfolioProjects(root.substream('population'), p.startDate, p.spreadWorkingDays);
  const drawsRoot = root.substream('draws');
  return (i: number) => {
    const project: Project = projectAt(i);
    return { project, draws: drawsFor(project, drawsRoot.substream(project.id)) };
  };
}

/**
 * Runs projects `[start, end)` through both processes and the reform through every sensitivity
 * end, into plain totals (the event log, when asked for, gets both processes of each project).
 */
export function runShardUnits(p: LinearProjectPermitsParams, ctx: ShardContext): ShardData {
  ctx.eventLog?.defineActivities(PERMIT_ACTIVITIES);
  const settings = settingsOf(p);
  const endRuns = [...sensitivityEnds(SHARD_PARAMS, p, DRIVERS)].map(([key, q]) => ({
    key,
    settings: settingsOf(q),
    tally: new TotalsTally(),
  }));
  const at = portfolioOf(p, ctx.seed);
  const baseline = new TotalsTally();
  const reform = new TotalsTally();
  const events = new EventTally();
  let sample: MinMax = { min: null, max: null };
  const count = ctx.end - ctx.start;
  for (let i = ctx.start; i < ctx.end; i++) {
    const { project, draws } = at(i);
    const b = simulateBaseline(project, draws, settings);
    const r = simulateReform(project, draws, settings);
    baseline.add(b);
    reform.add(r);
    for (const e of endRuns) e.tally.add(simulateReform(project, draws, e.settings));
    events.add(b);
    events.add(r);
    if (project.segments.length >= SAMPLE_SEGMENTS && sample.min === null) sample = minMaxWith(sample, i);
    if (ctx.eventLog) {
      logProject(ctx.eventLog, project, b);
      logProject(ctx.eventLog, project, r);
    }
    const done = i - ctx.start + 1;
    if (ctx.onProgress && done % 50 === 0) ctx.onProgress(done / count);
  }
  return {
    baseline: baseline.totals(),
    reform: reform.totals(),
    ends: Object.fromEntries(
      endRuns.map((e) => [e.key, e.tally.totals()] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    ),
    events: events.counts(),
    sample,
  };
}
