// The province in shards (issue 14): farms of one district share its laboratory and test points,
// so a farm is no independent unit, but districts are (each its own farms, laboratory, test points
// and random streams, no samples across districts). A shard runs its block of districts, each
// through both processes and through every sensitivity end the KPIs show, into plain totals;
// merged, they give the report of the whole province, whatever the shard count and order.
import {
  type Accumulator,
  countAccumulator,
  keyedAccumulator,
  recordAccumulator,
  type ShardContext,
  sensitivityEnds,
} from '@gd-ftz/core';
import {
  INTERCEPT_TOTALS,
  type InterceptTotals,
  interceptOf,
  totalsOf,
  VARIANT_TOTALS,
  type VariantTotals,
} from './kpis';
import { type AquaticRapidTestingParams, SHARD_PARAMS } from './params';
import { runDistrict, sitesOf } from './scenario';
import { type CoverageTotals, chartPoints, coverageTotalsOf } from './series';
import { AQUATIC_ACTIVITIES, logRun } from './simulation/event-log';

/** Both variants' interception totals at one sensitivity end. */
export interface EndTotals {
  readonly baseline: InterceptTotals;
  readonly reform: InterceptTotals;
}

/** What a shard returns. */
export interface ShardData {
  readonly districts: number;
  readonly baseline: VariantTotals;
  readonly reform: VariantTotals;
  /** The scenario rerun at each sensitivity end (`param=value`): what those KPIs read. */
  readonly ends: Readonly<Record<string, EndTotals>>;
  readonly coverage: CoverageTotals;
}

/**
 * How shards merge: each total exactly (core's accumulators).
 * @example
 * SHARD_ACCUMULATOR.merge(a.data, b.data)
 */
export const SHARD_ACCUMULATOR: Accumulator<ShardData> = recordAccumulator<ShardData>({
  districts: countAccumulator,
  baseline: VARIANT_TOTALS,
  reform: VARIANT_TOTALS,
  ends: keyedAccumulator(
    recordAccumulator<EndTotals>({ baseline: INTERCEPT_TOTALS, reform: INTERCEPT_TOTALS }),
  ),
  coverage: recordAccumulator<CoverageTotals>({
    farms: countAccumulator,
    labCovered: countAccumulator,
    planCovered: countAccumulator,
    byPoints: keyedAccumulator(countAccumulator),
  }),
});

/** The sampling shares whose plausible range the interception KPIs' sensitivity shows. */
export type SamplingDriver = 'supervisionShare' | 'monitoringShare';

/** The drivers, in the order their ends run. */
export const DRIVERS: readonly SamplingDriver[] = ['supervisionShare', 'monitoringShare'];

/** The prefix of district `d`'s case and object ids in the event log (none for district 0). */
function logPrefix(d: number): string {
  return d === 0 ? '' : `D${d}-`;
}

/**
 * Runs districts `[start, end)`: each district's farms and sites drawn and planned once, then the
 * scenario and every sensitivity end run on them (the lots drawn again at each end from the
 * district's `lots` stream, as the sampling shares pick them), folded into totals one district at
 * a time (memory: one district's runs, whatever the number of districts).
 */
export function runDistricts(p: AquaticRapidTestingParams, ctx: ShardContext): ShardData {
  ctx.eventLog?.defineActivities(AQUATIC_ACTIVITIES);
  const ends = [...sensitivityEnds(SHARD_PARAMS, p, DRIVERS)];
  const count = ctx.end - ctx.start;
  const passes = ends.length + 1;
  let out = SHARD_ACCUMULATOR.empty();
  for (let d = ctx.start; d < ctx.end; d++) {
    const done = d - ctx.start;
    const progress = (pass: number) => (f: number) => ctx.onProgress?.((done + (pass + f) / passes) / count);
    const sites = sitesOf(p, ctx.seed, d);
    const runs = runDistrict(sites, p, ctx.seed, ctx.onProgress ? progress(0) : undefined);
    const pop = runs.scenario.population;
    if (ctx.eventLog) {
      logRun(ctx.eventLog, pop, runs.baseline, logPrefix(d));
      logRun(ctx.eventLog, pop, runs.reform, logPrefix(d));
    }
    const endTotals: Record<string, EndTotals> = {};
    ends.forEach(([key, q], i) => {
      const r = runDistrict(sites, q, ctx.seed, ctx.onProgress ? progress(i + 1) : undefined);
      const endPop = r.scenario.population;
      endTotals[key] = { baseline: interceptOf(r.baseline, endPop), reform: interceptOf(r.reform, endPop) };
    });
    out = SHARD_ACCUMULATOR.merge(out, {
      districts: 1,
      baseline: totalsOf(runs.baseline, pop),
      reform: totalsOf(runs.reform, pop),
      ends: endTotals,
      coverage: coverageTotalsOf(sites, chartPoints(p)),
    });
    ctx.onProgress?.((done + 1) / count);
  }
  return out;
}
