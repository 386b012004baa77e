// The zone-year in shards (issue 14): a shard runs the consumers whose first line falls in its block
// of lines through the scenario and through each sensitivity end its KPIs show, and hands back plain
// accumulators; merged, they give the report of the whole zone-year, whatever the shard count and
// order. Consumers do not interact (each has its own annual quota; the baseline's batches run on a
// fixed calendar, not a capacity). Internal.
import {
  type Accumulator,
  ConfigurationError,
  countAccumulator,
  decimalSumAccumulator,
  type Histogram,
  histogramAccumulator,
  histogramOf,
  keyedAccumulator,
  recordAccumulator,
  type ShardContext,
  sensitivityEndKey,
  sensitivityEnds,
  withMaximum,
} from '@gd-ftz/core';
import { type CbecReturnWarehouseParams, PARAMS } from './params';
import { consumersIn } from './population';
import { KEPT_FLOWS, type VariantStats, ZoneRun, type ZoneYear } from './simulate';

/** The plain totals of one variant over a block of consumers; amounts in whole fen (decimal strings). */
export interface VariantData {
  readonly lines: number;
  readonly returns: number;
  readonly withinLimits: number;
  readonly returnedUnits: number;
  readonly restockedUnits: number;
  readonly resoldUnits: number;
  /** Customs minutes as counts: returns declared at the gate, units checked there, WMS reviews. */
  readonly gateReturns: number;
  readonly gateUnits: number;
  readonly wmsReturns: number;
  readonly collected: string;
  readonly remitted: string;
  readonly refunded: string;
  readonly held: string;
  readonly taxLeviedOnReturns: string;
  readonly taxRefunded: string;
  readonly writtenOff: string;
  /** Returns by whole days from request to refund, and to customs clearance (1-day bins). */
  readonly refundDays: Histogram;
  readonly clearanceDays: Histogram;
}

/** The plain totals of one pass (both variants) over a block of consumers. */
export interface RunData {
  readonly consumers: number;
  readonly baseline: VariantData;
  readonly reform: VariantData;
}

/** Days are whole calendar days (as the day histograms of a run count them). */
const DAY_RESOLUTION = 1;

const VARIANT_ACCUMULATOR: Accumulator<VariantData> = recordAccumulator<VariantData>({
  lines: countAccumulator,
  returns: countAccumulator,
  withinLimits: countAccumulator,
  returnedUnits: countAccumulator,
  restockedUnits: countAccumulator,
  resoldUnits: countAccumulator,
  gateReturns: countAccumulator,
  gateUnits: countAccumulator,
  wmsReturns: countAccumulator,
  collected: decimalSumAccumulator,
  remitted: decimalSumAccumulator,
  refunded: decimalSumAccumulator,
  held: decimalSumAccumulator,
  taxLeviedOnReturns: decimalSumAccumulator,
  taxRefunded: decimalSumAccumulator,
  writtenOff: decimalSumAccumulator,
  refundDays: histogramAccumulator(DAY_RESOLUTION),
  clearanceDays: histogramAccumulator(DAY_RESOLUTION),
});

const RUN_ACCUMULATOR: Accumulator<RunData> = recordAccumulator<RunData>({
  consumers: countAccumulator,
  baseline: VARIANT_ACCUMULATOR,
  reform: VARIANT_ACCUMULATOR,
});

/** What a shard returns: the scenario's pass (`scenario`) and each sensitivity end's (`driver=value`). */
export interface ShardData {
  readonly runs: Readonly<Record<string, RunData>>;
}

/** How shards merge: pass by pass, each total exactly (core's accumulators). */
export const SHARD_ACCUMULATOR: Accumulator<ShardData> = recordAccumulator<ShardData>({
  runs: keyedAccumulator(RUN_ACCUMULATOR),
});

/**
 * The most lines a sharded run takes. Assumption: the 1210 bonded imports of Guangdong's special
 * customs zones are some tens of millions of order lines a year (no published count by line);
 * 10 million is a large zone-year. Each shard streams one consumer at a time, but first walks the
 * consumer sizes before its block (a few small draws per consumer), which grows with the shard
 * count; above this the walk would cost a noticeable share of the run.
 */
export const PROVINCE_MAX_LINES = 10_000_000;

/** The schema of sharded runs: the same parameters, lines up to {@link PROVINCE_MAX_LINES}. */
export const SHARD_PARAMS: typeof PARAMS = withMaximum(PARAMS, 'lines', PROVINCE_MAX_LINES);

/** The key of the scenario's own pass. */
export const SCENARIO = 'scenario';

/**
 * The assumption whose plausible ends change the simulated events. `gateCheckMinutesPerItem` also
 * drives a KPI, but only through minutes = counts × minutes, computed when the report is built: its
 * ends reuse the scenario's pass.
 */
export const EVENT_DRIVERS = ['batchIntervalDays'] as const;

/** A pass of the merged data, by key. @throws ConfigurationError naming `runs.<key>` when missing. */
function runOf(data: ShardData, key: string): RunData {
  const r = data.runs[key];
  if (!r)
    throw new ConfigurationError(`runs.${key}`, 'is missing: every shard runs the scenario and every end');
  return r;
}

/** The scenario's pass of merged shard data. */
export const scenarioRun = (data: ShardData): RunData => runOf(data, SCENARIO);

/** The pass a KPI's sensitivity end reads: that end's own pass, or the scenario's for minutes. */
export const endRun = (
  data: ShardData,
  driver: keyof CbecReturnWarehouseParams,
  q: CbecReturnWarehouseParams,
): RunData => runOf(data, driver === 'batchIntervalDays' ? sensitivityEndKey(driver, q) : SCENARIO);

function variantData(s: VariantStats): VariantData {
  return {
    lines: s.lines,
    returns: s.returns,
    withinLimits: s.withinLimits,
    returnedUnits: s.returnedUnits,
    restockedUnits: s.restockedUnits,
    resoldUnits: s.resoldUnits,
    gateReturns: s.gateReturns,
    gateUnits: s.gateUnits,
    wmsReturns: s.wmsReturns,
    collected: s.collected.toString(),
    remitted: s.remitted.toString(),
    refunded: s.refunded.toString(),
    held: s.held.toString(),
    taxLeviedOnReturns: s.taxLeviedOnReturns.toString(),
    taxRefunded: s.taxRefunded.toString(),
    writtenOff: s.writtenOff.toString(),
    refundDays: histogramOf(DAY_RESOLUTION, s.refundDays),
    clearanceDays: histogramOf(DAY_RESOLUTION, s.clearanceDays),
  };
}

/** How often a shard reports progress, in consumers. */
const PROGRESS_EVERY = 1024;

/**
 * Runs the consumers whose first line is in `[start, end)` through the scenario and every
 * sensitivity end that changes events: each consumer is drawn once and fed to every pass.
 */
export function runShardUnits(p: CbecReturnWarehouseParams, ctx: ShardContext): ShardData {
  const passes: [string, CbecReturnWarehouseParams][] = [
    [SCENARIO, p],
    ...sensitivityEnds(SHARD_PARAMS, p, EVENT_DRIVERS),
  ];
  // Only the scenario's own pass writes the event log: the ends are what-ifs.
  const runs = passes.map(([, q], i) => new ZoneRun(q, { eventLog: i === 0 ? ctx.eventLog : undefined }));
  const total = Math.max(1, ctx.end - ctx.start);
  let done = 0;
  for (const c of consumersIn(p, ctx.seed, ctx.start, ctx.end)) {
    for (const run of runs) run.add(c);
    done++;
    if (ctx.onProgress && done % PROGRESS_EVERY === 0)
      ctx.onProgress(Math.min(1, (runs[0] as ZoneRun).baseline.lines / total));
  }
  ctx.onProgress?.(1);
  const data: Record<string, RunData> = {};
  passes.forEach(([key], i) => {
    const r = runs[i] as ZoneRun;
    data[key] = { consumers: r.consumers, baseline: variantData(r.baseline), reform: variantData(r.reform) };
  });
  return {
    runs: Object.fromEntries(
      Object.keys(data)
        .sort()
        .map((k) => [k, data[k] as RunData]),
    ),
  };
}

/**
 * The first returned lines' flows of the zone-year, for the report's samples: the first consumers
 * run alone (each drawn from the seed and its index, so they are the same as in the full run).
 */
export function firstFlows(p: CbecReturnWarehouseParams, seed: number): ZoneYear {
  const run = new ZoneRun(p);
  for (const c of consumersIn(p, seed, 0, p.lines)) {
    run.add(c);
    if (run.flows.length >= KEPT_FLOWS) break;
  }
  return run.result();
}
