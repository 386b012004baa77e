// The overpayment run in shards (issue 14): a shard runs its block of taxpayers through the
// scenario and through each sensitivity end its KPIs show, and hands back plain accumulators;
// merged, they give the report of the whole population, whatever the shard count and order.
import {
  type Accumulator,
  countAccumulator,
  keyedAccumulator,
  type MinMax,
  minMaxAccumulator,
  recordAccumulator,
  type ShardContext,
  sensitivityEnds,
  withMaximum,
} from '@gd-ftz/core';
import { type OverpaymentRefundParams, PARAMS } from './params';
import { REVIEW_RULES } from './review';
import { type BatchResult, runTaxpayers } from './simulate';
import { VARIANT_ACCUMULATOR, type VariantData } from './stats';

/** The plain totals of one run over a block of taxpayers. */
export interface BatchData {
  readonly taxpayers: number;
  readonly baseline: VariantData;
  readonly reform: VariantData;
  /** Per review rule id: how often it was evaluated and fired. */
  readonly coverage: Readonly<Record<string, { readonly fired: number; readonly evaluated: number }>>;
  /** Per sample kind, the places of its cases (the report shows the first: `min`). */
  readonly samples: Readonly<Record<string, MinMax>>;
}

const BATCH_ACCUMULATOR: Accumulator<BatchData> = recordAccumulator<BatchData>({
  taxpayers: countAccumulator,
  baseline: VARIANT_ACCUMULATOR,
  reform: VARIANT_ACCUMULATOR,
  coverage: keyedAccumulator(recordAccumulator({ fired: countAccumulator, evaluated: countAccumulator })),
  samples: keyedAccumulator(minMaxAccumulator),
});

/** What a shard returns: the scenario's run (`scenario`) and each sensitivity end's (`driver=value`). */
export interface ShardData {
  readonly runs: Readonly<Record<string, BatchData>>;
}

/**
 * How shards merge: run by run, each total exactly (core's accumulators).
 * @example
 * SHARD_ACCUMULATOR.merge(a.data, b.data)
 */
export const SHARD_ACCUMULATOR: Accumulator<ShardData> = recordAccumulator<ShardData>({
  runs: keyedAccumulator(BATCH_ACCUMULATOR),
});

/**
 * The most taxpayers a sharded run takes: Guangdong's roughly 8 million VAT taxpayers, with room
 * (each shard still streams in bounded memory).
 */
export const PROVINCE_MAX_POPULATION = 10_000_000;

/**
 * The scenario schema of sharded runs: the same parameters, the population up to
 * {@link PROVINCE_MAX_POPULATION}.
 * @example
 * SHARD_PARAMS.population.max // 10000000
 */
export const SHARD_PARAMS: typeof PARAMS = withMaximum(PARAMS, 'population', PROVINCE_MAX_POPULATION);

/** The key of the scenario's own run. */
export const SCENARIO = 'scenario';

/** The assumption parameters whose plausible range a KPI's sensitivity shows. */
export const DRIVERS = ['baselineAuthorityShare', 'baselineNoticeShare', 'lateReviewShare'] as const;
export type Driver = (typeof DRIVERS)[number];

/**
 * The plain, mergeable totals of a batch run.
 * @example
 * seriesOf(batchDataOf(runBatch(params, 1)))
 */
export function batchDataOf(r: BatchResult): BatchData {
  return {
    taxpayers: r.taxpayers,
    baseline: r.baseline.toData(),
    reform: r.reform.toData(),
    coverage: Object.fromEntries(
      r.coverage.map((c) => [c.ruleId, { fired: c.fired, evaluated: c.evaluated }]),
    ),
    samples: Object.fromEntries(
      Object.entries(r.samples)
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([k, place]) => [k, { min: place, max: place }]),
    ),
  };
}

/**
 * Runs taxpayers `[start, end)` through the scenario and every sensitivity end. Progress counts
 * all those passes.
 */
export function runShardUnits(p: OverpaymentRefundParams, ctx: ShardContext): ShardData {
  const passes: [string, OverpaymentRefundParams][] = [
    [SCENARIO, p],
    ...sensitivityEnds(SHARD_PARAMS, p, DRIVERS),
  ];
  const runs: Record<string, BatchData> = {};
  passes.forEach(([key, q], i) => {
    const progress = ctx.onProgress;
    const onProgress = progress ? (f: number) => progress((i + f) / passes.length) : undefined;
    // Only the scenario's own pass writes the event log: the ends are what-ifs.
    runs[key] = batchDataOf(runTaxpayers(q, ctx.seed, ctx, onProgress, i === 0 ? ctx.eventLog : undefined));
  });
  return {
    runs: Object.fromEntries(
      Object.keys(runs)
        .sort()
        .map((k) => [k, runs[k] as BatchData]),
    ),
  };
}

/** The review rules' coverage in rule-set order. */
export function coverageOf(d: BatchData): { ruleId: string; fired: number; evaluated: number }[] {
  return REVIEW_RULES.ids.map((ruleId) => ({
    ruleId,
    fired: d.coverage[ruleId]?.fired ?? 0,
    evaluated: d.coverage[ruleId]?.evaluated ?? 0,
  }));
}
