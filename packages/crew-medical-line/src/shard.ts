// The run in shards (issue 14), by port area: each area has its own 12395 desk, line desk and boats,
// so its cases wait only for each other and an area's outcome depends on (params, seed, area) alone.
// A shard runs its block of areas through the scenario and every sensitivity end its KPIs show, and
// hands back plain accumulators (counts, integer sums at a stated resolution, integer histograms);
// merged, they give the report of all the areas whatever the shard count and order. Internal.
import {
  type Accumulator,
  ConfigurationError,
  countAccumulator,
  type Histogram,
  histogramAccumulator,
  keyedAccumulator,
  recordAccumulator,
  type ShardContext,
  sensitivityEndKey,
  sensitivityEnds,
  unitStreams,
  withMaximum,
} from '@gd-ftz/core';
import { logRun } from './event-log';
import { type CrewMedicalLineParams, PARAMS } from './params';
import { type RegimeResult, runRegime } from './simulate';
import { CRITICAL } from './triage';
import { drawWorld, type World, withShares } from './world';

/**
 * Spans (onset → advice, decision → ashore, decision → hospital) are binned to 0.1 minute, the
 * digit their KPIs show, so medians and p90s merge exactly across shards.
 */
export const SPAN_RESOLUTION = 0.1;
const BINS_PER_MINUTE = 10;

/** Staff minutes and desk waits are summed in whole thousandths of a minute (exact integers). */
export const MILLI_PER_MINUTE = 1000;

/** The plain totals of one regime over a block of port areas. */
export interface RegimeData {
  readonly cases: number;
  readonly remote: number;
  readonly critical: number;
  /** Critical cases in care within `criticalTargetMinutes` of onset. */
  readonly criticalInTarget: number;
  readonly evacuations: number;
  /** Cases brought ashore to hospital. */
  readonly rescues: number;
  readonly calls: number;
  /** Cases that queued at a desk (12395 or the line), and their waits in thousandths of a minute. */
  readonly deskCases: number;
  readonly deskWaitMilli: number;
  /** Coordinator and duty-doctor time, thousandths of a minute. */
  readonly staffMilli: number;
  readonly advice: Histogram;
  readonly ashore: Histogram;
  readonly hospital: Histogram;
}

/** Both regimes of one pass (the scenario or a sensitivity end). */
export interface PassData {
  readonly baseline: RegimeData;
  readonly reform: RegimeData;
}

/** What a shard returns: the scenario's pass (`scenario`) and each sensitivity end's (`driver=value`). */
export interface ShardData {
  readonly runs: Readonly<Record<string, PassData>>;
}

const SPANS = histogramAccumulator(SPAN_RESOLUTION);

const REGIME_ACCUMULATOR: Accumulator<RegimeData> = recordAccumulator<RegimeData>({
  cases: countAccumulator,
  remote: countAccumulator,
  critical: countAccumulator,
  criticalInTarget: countAccumulator,
  evacuations: countAccumulator,
  rescues: countAccumulator,
  calls: countAccumulator,
  deskCases: countAccumulator,
  deskWaitMilli: countAccumulator,
  staffMilli: countAccumulator,
  advice: SPANS,
  ashore: SPANS,
  hospital: SPANS,
});

const PASS_ACCUMULATOR: Accumulator<PassData> = recordAccumulator<PassData>({
  baseline: REGIME_ACCUMULATOR,
  reform: REGIME_ACCUMULATOR,
});

/** How shards merge: pass by pass, each total exactly (core's accumulators). */
export const SHARD_ACCUMULATOR: Accumulator<ShardData> = recordAccumulator<ShardData>({
  runs: keyedAccumulator(PASS_ACCUMULATOR),
});

/**
 * The most port areas a sharded run takes. Assumption: Guangdong's coastal ports have a few dozen
 * port areas with their own maritime office (no published count for this line); 100 leaves room
 * and is the limit `simulateReplications` already accepts.
 */
export const PROVINCE_MAX_AREAS = 100;

/** The schema of sharded runs: the same parameters, port areas up to {@link PROVINCE_MAX_AREAS}. */
export const SHARD_PARAMS: typeof PARAMS = withMaximum(PARAMS, 'portAreas', PROVINCE_MAX_AREAS);

/** The key of the scenario's own pass. */
export const SCENARIO = 'scenario';

/** The assumptions whose plausible ends the KPIs show; each changes the simulated events. */
export const DRIVERS = ['companyAdviceShare', 'lineAwareness', 'clearanceMinutes', 'callMinutes'] as const;
export type Driver = (typeof DRIVERS)[number];

/** A pass of the merged data, by key. @throws ConfigurationError naming `runs.<key>` when missing. */
function passOf(data: ShardData, key: string): PassData {
  const r = data.runs[key];
  if (!r)
    throw new ConfigurationError(`runs.${key}`, 'is missing: every shard runs the scenario and every end');
  return r;
}

/** The scenario's pass of merged shard data. */
export const scenarioPass = (data: ShardData): PassData => passOf(data, SCENARIO);

/** The pass a KPI's sensitivity end reads. */
export const endPass = (data: ShardData, driver: Driver, q: CrewMedicalLineParams): PassData =>
  passOf(data, sensitivityEndKey(driver, q));

/** The world of one port area: its cases drawn from the area's own sub-stream of the seed. */
export function areaWorld(p: CrewMedicalLineParams, seed: number, area: number): World {
  return drawWorld({ ...p, portAreas: 1 }, unitStreams(seed, 'cases')(area));
}

/** Mutable totals of one regime while a shard runs. */
class RegimeTally {
  cases = 0;
  remote = 0;
  critical = 0;
  criticalInTarget = 0;
  evacuations = 0;
  rescues = 0;
  calls = 0;
  deskCases = 0;
  deskWaitMilli = 0;
  staffMilli = 0;
  readonly advice = new Map<number, number>();
  readonly ashore = new Map<number, number>();
  readonly hospital = new Map<number, number>();

  add(r: RegimeResult, w: World, p: CrewMedicalLineParams): void {
    const bin = (h: Map<number, number>, span: number) => {
      const k = Math.round(span * BINS_PER_MINUTE);
      h.set(k, (h.get(k) ?? 0) + 1);
    };
    for (let i = 0; i < w.count; i++) {
      const t0 = w.t0[i] as number;
      const care = r.careAt[i] as number;
      this.cases++;
      if (r.remote[i] === 1) this.remote++;
      if (w.severity[i] === CRITICAL) {
        this.critical++;
        if (care - t0 <= p.criticalTargetMinutes) this.criticalInTarget++;
      }
      if (r.disposition[i] === 1) this.evacuations++;
      if (r.outcome[i] === 1) this.rescues++;
      this.calls += r.calls[i] as number;
      if (r.route[i] !== 0) {
        this.deskCases++;
        this.deskWaitMilli += Math.round((r.deskWait[i] as number) * MILLI_PER_MINUTE);
      }
      this.staffMilli += Math.round((r.staffMinutes[i] as number) * MILLI_PER_MINUTE);
      const advice = r.adviceAt[i] as number;
      if (!Number.isNaN(advice)) bin(this.advice, advice - t0);
      const decision = r.decisionAt[i] as number;
      const ashore = r.ashoreAt[i] as number;
      if (!Number.isNaN(ashore)) bin(this.ashore, ashore - decision);
      if (!Number.isNaN(care) && r.outcome[i] === 1) bin(this.hospital, care - decision);
    }
  }

  data(): RegimeData {
    const hist = (h: Map<number, number>): Histogram => {
      const bins: Record<string, number> = {};
      for (const k of [...h.keys()].sort((a, b) => a - b)) bins[String(k)] = h.get(k) as number;
      return { resolution: SPAN_RESOLUTION, bins };
    };
    return {
      cases: this.cases,
      remote: this.remote,
      critical: this.critical,
      criticalInTarget: this.criticalInTarget,
      evacuations: this.evacuations,
      rescues: this.rescues,
      calls: this.calls,
      deskCases: this.deskCases,
      deskWaitMilli: this.deskWaitMilli,
      staffMilli: this.staffMilli,
      advice: hist(this.advice),
      ashore: hist(this.ashore),
      hospital: hist(this.hospital),
    };
  }
}

/**
 * Runs port areas `[start, end)` through the scenario and every sensitivity end: each area's cases
 * are drawn once and fed to every pass (an end of a behaviour share re-thresholds the kept uniforms).
 */
export function runShardUnits(p: CrewMedicalLineParams, ctx: ShardContext): ShardData {
  const passes: [string, CrewMedicalLineParams][] = [
    [SCENARIO, p],
    ...sensitivityEnds(SHARD_PARAMS, p, DRIVERS),
  ];
  const tallies = passes.map(() => ({ baseline: new RegimeTally(), reform: new RegimeTally() }));
  const total = Math.max(1, ctx.end - ctx.start);
  for (let a = ctx.start; a < ctx.end; a++) {
    const world = areaWorld(p, ctx.seed, a);
    passes.forEach(([, q], k) => {
      const w = k === 0 ? world : withShares(world, q);
      const baseline = runRegime(w, q, false);
      const reform = runRegime(w, q, true);
      const t = tallies[k] as (typeof tallies)[number];
      t.baseline.add(baseline, w, q);
      t.reform.add(reform, w, q);
      // Only the scenario's own pass writes the event log: the ends are what-ifs.
      if (k === 0 && ctx.eventLog) logRun(ctx.eventLog, { world: w, baseline, reform }, a, p.casesPerYear);
    });
    ctx.onProgress?.((a - ctx.start + 1) / total);
  }
  const runs: Record<string, PassData> = {};
  const order = passes.map(([key], k) => [key, k] as const).sort((x, y) => (x[0] < y[0] ? -1 : 1));
  for (const [key, k] of order) {
    const t = tallies[k] as (typeof tallies)[number];
    runs[key] = { baseline: t.baseline.data(), reform: t.reform.data() };
  }
  return { runs };
}
