// The ship run in shards (issue 14): a shard runs its block of ships through the scenario and
// through each sensitivity end its KPIs show, and hands back plain accumulators; merged, they give
// the report of all the ships, whatever the shard count and order. Internal.
import {
  type Accumulator,
  ConfigurationError,
  countAccumulator,
  type Histogram,
  histogramAccumulator,
  histogramOf,
  keyedAccumulator,
  recordAccumulator,
  type ShardContext,
  sensitivityEndKey,
  sensitivityEnds,
} from '@gd-ftz/core';
import { logCase } from './event-log';
import { handleBaseline, handleReform } from './handle';
import { PROVINCE_PARAMS, type ShipCertificateBundleParams } from './params';
import { drawCase, type ShipCase, shipStreams } from './population';
import { newTally, type Tally, tallyCase, type VariantTally } from './tally';

/** The plain totals of one variant over a block of ships (all counts). */
export interface VariantData {
  readonly ships: number;
  readonly submissions: number;
  readonly oneSubmission: number;
  readonly visits: number;
  readonly copies: number;
  readonly touches: number;
  /** Ships complete in both variants, by working days to the full set (1-day bins). */
  readonly fullSet: Histogram;
  /** Natural days without a nationality certificate, summed (whole days). */
  readonly noNationalityDays: number;
  readonly noNationalityShips: number;
  readonly statutoryItems: number;
  readonly statutoryInside: number;
  readonly gapsAccepted: number;
  readonly terminated: number;
}

/** The plain totals of one run (both variants) over a block of ships. */
export interface BatchData {
  readonly baseline: VariantData;
  readonly reform: VariantData;
}

/** Working days to the full set are whole days. */
const DAY_RESOLUTION = 1;

const VARIANT_ACCUMULATOR: Accumulator<VariantData> = recordAccumulator<VariantData>({
  ships: countAccumulator,
  submissions: countAccumulator,
  oneSubmission: countAccumulator,
  visits: countAccumulator,
  copies: countAccumulator,
  touches: countAccumulator,
  fullSet: histogramAccumulator(DAY_RESOLUTION),
  noNationalityDays: countAccumulator,
  noNationalityShips: countAccumulator,
  statutoryItems: countAccumulator,
  statutoryInside: countAccumulator,
  gapsAccepted: countAccumulator,
  terminated: countAccumulator,
});

const BATCH_ACCUMULATOR: Accumulator<BatchData> = recordAccumulator<BatchData>({
  baseline: VARIANT_ACCUMULATOR,
  reform: VARIANT_ACCUMULATOR,
});

/** What a shard returns: the scenario's run (`scenario`) and each sensitivity end's (`driver=value`). */
export interface ShardData {
  readonly runs: Readonly<Record<string, BatchData>>;
}

/** How shards merge: run by run, each total exactly (core's accumulators). */
export const SHARD_ACCUMULATOR: Accumulator<ShardData> = recordAccumulator<ShardData>({
  runs: keyedAccumulator(BATCH_ACCUMULATOR),
});

/** The key of the scenario's own run. */
export const SCENARIO = 'scenario';

/** The assumption parameters whose plausible ends the KPIs show (each changes the simulated events). */
export const DRIVERS = [
  'mainIncompleteShare',
  'secondaryGapShare',
  'paperCertificateDays',
  'supplyLagDays',
  'paperVerifyDays',
] as const;

/** A run of the merged data, by key. @throws ConfigurationError naming `runs.<key>` when missing. */
function runOf(data: ShardData, key: string): BatchData {
  const r = data.runs[key];
  if (!r)
    throw new ConfigurationError(`runs.${key}`, 'is missing: every shard runs the scenario and every end');
  return r;
}

/** The scenario's run of merged shard data. */
export const scenarioRun = (data: ShardData): BatchData => runOf(data, SCENARIO);

/** The run of a KPI's sensitivity end (`driver` at its value in `q`). */
export const endRun = (
  data: ShardData,
  driver: (typeof DRIVERS)[number],
  q: ShipCertificateBundleParams,
): BatchData => runOf(data, sensitivityEndKey(driver, q));

function variantData(t: VariantTally): VariantData {
  const { fullSet, ...counts } = t;
  // The tally's histogram is a sparse array (holes where no ship finished in that many days).
  return {
    ...counts,
    fullSet: histogramOf(
      DAY_RESOLUTION,
      Array.from(fullSet, (n) => n ?? 0),
    ),
  };
}

/**
 * The parameters a ship's draws depend on (the others only change how its files are handled), so
 * a ship is drawn once per distinct set of these, not once per pass.
 */
const drawKey = (q: ShipCertificateBundleParams): string =>
  `${q.mainIncompleteShare}|${q.secondaryGapShare}|${q.supplyLagDays}`;

/** How often a shard reports progress, in ships. */
const PROGRESS_EVERY = 1024;

/**
 * Runs ships `[start, end)` through the scenario and every sensitivity end: ship i is drawn from
 * its own stream (seed and i alone), once per distinct set of draw parameters, and fed to every pass.
 */
export function runShardUnits(p: ShipCertificateBundleParams, ctx: ShardContext): ShardData {
  const passes: [string, ShipCertificateBundleParams][] = [
    [SCENARIO, p],
    ...sensitivityEnds(PROVINCE_PARAMS, p, DRIVERS),
  ];
  const tallies: Tally[] = passes.map(() => newTally());
  const streamOf = shipStreams(ctx.seed);
  const log = ctx.eventLog;
  const total = Math.max(1, ctx.end - ctx.start);
  const drawn = new Map<string, ShipCase>();
  for (let i = ctx.start; i < ctx.end; i++) {
    drawn.clear();
    passes.forEach(([, q], k) => {
      const key = drawKey(q);
      let ship = drawn.get(key);
      if (!ship) {
        ship = drawCase(streamOf(i), i, q);
        drawn.set(key, ship);
      }
      const baseline = handleBaseline(ship, q);
      const reform = handleReform(ship, q);
      tallyCase(tallies[k] as Tally, ship, baseline, reform);
      // Only the scenario's own pass writes the event log: the ends are what-ifs.
      if (k === 0 && log) logCase(log, ship, baseline, reform, i === 0);
    });
    const done = i + 1 - ctx.start;
    if (ctx.onProgress && done % PROGRESS_EVERY === 0) ctx.onProgress(done / total);
  }
  ctx.onProgress?.(1);
  const data: Record<string, BatchData> = {};
  passes.forEach(([key], k) => {
    const t = tallies[k] as Tally;
    data[key] = { baseline: variantData(t.baseline), reform: variantData(t.reform) };
  });
  return {
    runs: Object.fromEntries(
      Object.keys(data)
        .sort()
        .map((k) => [k, data[k] as BatchData]),
    ),
  };
}
