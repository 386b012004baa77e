// The caseload run in shards (issue 14): a shard runs its block of cases through the scenario and
// through each sensitivity end its KPIs show, and hands back plain accumulators; merged, they give
// the report of the whole caseload, whatever the shard count and order. Internal.
import {
  type Accumulator,
  ConfigurationError,
  countAccumulator,
  decimalSumAccumulator,
  keyedAccumulator,
  type MinMax,
  minMaxAccumulator,
  minMaxWith,
  recordAccumulator,
  type ShardContext,
  sensitivityEndKey,
  sensitivityEnds,
  withMaximum,
} from '@gd-ftz/core';
import { type LitigationIntegrityParams, PARAMS } from './params';
import {
  addOutcome,
  caseStreams,
  checkShares,
  defineActivities,
  drawCase,
  emptyTotals,
  handleCase,
  logCase,
  runContext,
  type Totals,
  workingDays,
} from './simulate';

/** The totals of one variant over a block of cases: counts, and money in whole fen (exact decimal strings). */
export interface VariantData {
  readonly cases: number;
  readonly abused: number;
  readonly delayDays: number;
  readonly innocentCostsFen: string;
  readonly shiftedFen: string;
  readonly finesFen: string;
  readonly fined: number;
  readonly abuserPaidFen: string;
  readonly falseSuits: number;
  readonly falseSuitsDetected: number;
  readonly referred: number;
  readonly listed: number;
  readonly goodFaithEnforced: number;
  readonly goodFaithLostDays: number;
}

/** The totals of one run (both variants) over a block of cases. */
export interface BatchData {
  readonly baseline: VariantData;
  readonly reform: VariantData;
}

const VARIANT_ACCUMULATOR: Accumulator<VariantData> = recordAccumulator<VariantData>({
  cases: countAccumulator,
  abused: countAccumulator,
  delayDays: countAccumulator,
  innocentCostsFen: decimalSumAccumulator,
  shiftedFen: decimalSumAccumulator,
  finesFen: decimalSumAccumulator,
  fined: countAccumulator,
  abuserPaidFen: decimalSumAccumulator,
  falseSuits: countAccumulator,
  falseSuitsDetected: countAccumulator,
  referred: countAccumulator,
  listed: countAccumulator,
  goodFaithEnforced: countAccumulator,
  goodFaithLostDays: countAccumulator,
});

const BATCH_ACCUMULATOR: Accumulator<BatchData> = recordAccumulator<BatchData>({
  baseline: VARIANT_ACCUMULATOR,
  reform: VARIANT_ACCUMULATOR,
});

/**
 * What a shard returns: the scenario's run (`scenario`) and each sensitivity end's (`driver=value`),
 * and the index of the shard's first case with an abusive jurisdiction objection (the samples).
 */
export interface ShardData {
  readonly runs: Readonly<Record<string, BatchData>>;
  /** `min`: the first case that would raise an abusive objection (`null`: none in the shard). */
  readonly objectionCase: MinMax;
}

/** How shards merge: run by run, each total exactly; the first objection case is the least index. */
export const SHARD_ACCUMULATOR: Accumulator<ShardData> = recordAccumulator<ShardData>({
  runs: keyedAccumulator(BATCH_ACCUMULATOR),
  objectionCase: minMaxAccumulator,
});

/**
 * The most cases a sharded run takes. Assumption: Guangdong's courts hear on the order of a million
 * or two civil first-instance cases a year (no count in the fact pack); 5 million leaves room, and
 * each shard streams one case at a time.
 */
export const PROVINCE_MAX_CASES = 5_000_000;

/** The schema of sharded runs: the same parameters, cases up to {@link PROVINCE_MAX_CASES}. */
export const SHARD_PARAMS: typeof PARAMS = withMaximum(PARAMS, 'cases', PROVINCE_MAX_CASES);

/** The key of the scenario's own run. */
export const SCENARIO = 'scenario';

/** The assumption parameters whose plausible ends the KPIs show: each changes how cases are handled, none what is drawn. */
export const DRIVERS = ['deterrence', 'detectionRate', 'flexibleLostDays'] as const;
/** An assumption parameter whose plausible ends a KPI shows. */
export type Driver = (typeof DRIVERS)[number];

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
export const endRun = (data: ShardData, driver: Driver, q: LitigationIntegrityParams): BatchData =>
  runOf(data, sensitivityEndKey(driver, q));

function variantData(t: Totals): VariantData {
  return {
    ...t,
    innocentCostsFen: t.innocentCostsFen.toString(),
    shiftedFen: t.shiftedFen.toString(),
    finesFen: t.finesFen.toString(),
    abuserPaidFen: t.abuserPaidFen.toString(),
  };
}

/** The totals of merged data, money back in bigint fen (the KPIs read them as a run's totals). */
export function totalsOf(v: VariantData): Totals {
  return {
    ...v,
    innocentCostsFen: BigInt(v.innocentCostsFen),
    shiftedFen: BigInt(v.shiftedFen),
    finesFen: BigInt(v.finesFen),
    abuserPaidFen: BigInt(v.abuserPaidFen),
  };
}

/** How often a shard reports progress, in cases. */
const PROGRESS_EVERY = 1024;

/**
 * Runs cases `[start, end)` through the scenario and every sensitivity end: case i is drawn once
 * from its own stream (the ends change no draw) and handled in every pass.
 * @throws ValidationError naming `evasionRate` when the conduct shares add up to more than 1.
 */
export function runShardUnits(p: LitigationIntegrityParams, ctx: ShardContext): ShardData {
  checkShares(p);
  const passes: [string, LitigationIntegrityParams][] = [
    [SCENARIO, p],
    ...sensitivityEnds(SHARD_PARAMS, p, DRIVERS),
  ];
  const contexts = passes.map(([, q]) => runContext(q));
  const totals = passes.map(() => ({ baseline: emptyTotals(), reform: emptyTotals() }));
  const streamOf = caseStreams(ctx.seed);
  const days = workingDays();
  // Only the scenario's own pass writes the event log: the ends are what-ifs.
  const log = ctx.eventLog;
  if (log) defineActivities(log);
  let objectionCase: MinMax = minMaxAccumulator.empty();
  const total = Math.max(1, ctx.end - ctx.start);
  for (let i = ctx.start; i < ctx.end; i++) {
    const d = drawCase(i, streamOf(i), days, p);
    if (d.conduct === 'abusive-objection' && objectionCase.min === null)
      objectionCase = minMaxWith(objectionCase, i);
    contexts.forEach((c, k) => {
      const b = handleCase(d, 'baseline', c);
      const r = handleCase(d, 'reform', c);
      const t = totals[k] as { baseline: Totals; reform: Totals };
      addOutcome(t.baseline, b);
      addOutcome(t.reform, r);
      if (k === 0 && log) {
        logCase(log, b);
        logCase(log, r);
      }
    });
    const done = i + 1 - ctx.start;
    if (ctx.onProgress && done % PROGRESS_EVERY === 0) ctx.onProgress(done / total);
  }
  ctx.onProgress?.(1);
  const data: Record<string, BatchData> = {};
  passes.forEach(([key], k) => {
    const t = totals[k] as { baseline: Totals; reform: Totals };
    data[key] = { baseline: variantData(t.baseline), reform: variantData(t.reform) };
  });
  return {
    runs: Object.fromEntries(
      Object.keys(data)
        .sort()
        .map((k) => [k, data[k] as BatchData]),
    ),
    objectionCase,
  };
}
