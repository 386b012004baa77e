// The firms run in shards (issue 14): a shard draws each firm of its block once and adds it to
// the scenario's totals and to those of every sensitivity end the KPIs show; it hands back plain
// accumulators. Merged, they give the report of all the firms, whatever the shard count and order.
// Every total is an integer (counts, whole days, whole minutes, fen), so merging is exact.
// Internal: only the data types are exported from src/index.ts.
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
  ValidationError,
} from '@gd-ftz/core';
import { type NewEconomyTaxServiceParams, SHARD_PARAMS } from './params';
import { drawFirm } from './population';
import { DRIVERS, type Driver } from './report';
import {
  addFirm,
  defineLogActivities,
  emptyTotals,
  logFirm,
  RUN_VARIANTS,
  type RunVariant,
  sampleScore,
  type Totals,
} from './simulate';

/** The plain totals of one variant over a block of firms. */
export interface VariantData {
  readonly firms: number;
  /** Relief eligible and claimed, in whole fen (exact decimal strings). */
  readonly eligibleFen: string;
  readonly claimedFen: string;
  /** Firms by calendar days from landing to first invoices / first return (1-day bins). */
  readonly invoiceDays: Histogram;
  readonly filingDays: Histogram;
  readonly applications: number;
  readonly novel: number;
  readonly novelRuledBeforeRevenue: number;
  readonly signals: number;
  readonly reminders: number;
  readonly cases: number;
  readonly penalties: number;
  /** Whole minutes (every staff-time parameter is an integer of minutes or hours). */
  readonly officerMinutes: number;
}

/** The plain totals of one run (every variant) over a block of firms. */
export type RunData = Readonly<Record<RunVariant, VariantData>>;

/** The sample firm of a block: the first firm (lowest index) with the highest score; -1 if none. */
export interface SampleChoice {
  /** 4 if novel + 2 if any risk signal + 1 if any relief; -1 before any firm. */
  readonly score: number;
  /** The firm's index in the population; -1 before any firm. */
  readonly index: number;
}

/** What a shard returns: the scenario's run (`scenario`), each end's (`driver=value`), the sample. */
export interface ShardData {
  /** Totals by run key, keys sorted. */
  readonly runs: Readonly<Record<string, RunData>>;
  /** The block's sample firm. */
  readonly sample: SampleChoice;
}

/** Days are whole calendar days. */
const DAY_RESOLUTION = 1;

const VARIANT_ACCUMULATOR: Accumulator<VariantData> = recordAccumulator<VariantData>({
  firms: countAccumulator,
  eligibleFen: decimalSumAccumulator,
  claimedFen: decimalSumAccumulator,
  invoiceDays: histogramAccumulator(DAY_RESOLUTION),
  filingDays: histogramAccumulator(DAY_RESOLUTION),
  applications: countAccumulator,
  novel: countAccumulator,
  novelRuledBeforeRevenue: countAccumulator,
  signals: countAccumulator,
  reminders: countAccumulator,
  cases: countAccumulator,
  penalties: countAccumulator,
  officerMinutes: countAccumulator,
});

const RUN_ACCUMULATOR: Accumulator<RunData> = recordAccumulator<RunData>(
  Object.fromEntries(RUN_VARIANTS.map((v) => [v, VARIANT_ACCUMULATOR])) as Record<
    RunVariant,
    Accumulator<VariantData>
  >,
);

const NO_SAMPLE: SampleChoice = { score: -1, index: -1 };

/** Keeps the higher score, and on a tie the lower index: the first best firm of the whole run. */
const SAMPLE_ACCUMULATOR: Accumulator<SampleChoice> = Object.freeze({
  empty: (): SampleChoice => NO_SAMPLE,
  merge(a: SampleChoice, b: SampleChoice): SampleChoice {
    if (a.score !== b.score) return a.score > b.score ? a : b;
    return a.index <= b.index ? a : b;
  },
  check(value: unknown, path: string): SampleChoice {
    const v = value as Partial<SampleChoice> | null;
    const ok =
      v !== null &&
      typeof v === 'object' &&
      Number.isSafeInteger(v.score) &&
      Number.isSafeInteger(v.index) &&
      (v.index as number) >= -1 &&
      (v.score as number) >= -1;
    if (!ok)
      throw ValidationError.of(
        path,
        'must be { score, index } of safe integers ≥ -1',
        '必须是 { score, index }，均为不小于 -1 的安全整数',
      );
    return v as SampleChoice;
  },
});

/** How shards merge: run by run, each total exactly (core's accumulators), and the sample. */
export const SHARD_ACCUMULATOR: Accumulator<ShardData> = recordAccumulator<ShardData>({
  runs: keyedAccumulator(RUN_ACCUMULATOR),
  sample: SAMPLE_ACCUMULATOR,
});

/** The key of the scenario's own run. */
export const SCENARIO = 'scenario';

function dense(h: Histogram): number[] {
  const out: number[] = [];
  for (const [k, v] of Object.entries(h.bins)) out[Number(k)] = v;
  return out;
}

/** The totals of a merged run, in the form the report reads (fen as bigint, days as arrays). */
function totalsOf(r: RunData): Record<RunVariant, Totals> {
  const out = {} as Record<RunVariant, Totals>;
  for (const v of RUN_VARIANTS) {
    const t = r[v];
    out[v] = {
      ...t,
      eligibleFen: BigInt(t.eligibleFen),
      claimedFen: BigInt(t.claimedFen),
      invoiceDays: dense(t.invoiceDays),
      filingDays: dense(t.filingDays),
    };
  }
  return out;
}

function runData(totals: Readonly<Record<RunVariant, Totals>>): RunData {
  const out = {} as Record<RunVariant, VariantData>;
  for (const v of RUN_VARIANTS) {
    const t = totals[v];
    out[v] = {
      ...t,
      eligibleFen: t.eligibleFen.toString(),
      claimedFen: t.claimedFen.toString(),
      invoiceDays: histogramOf(
        DAY_RESOLUTION,
        Array.from(t.invoiceDays, (c) => c ?? 0),
      ),
      filingDays: histogramOf(
        DAY_RESOLUTION,
        Array.from(t.filingDays, (c) => c ?? 0),
      ),
    };
  }
  return out;
}

/** A run of the merged data, by key. @throws ConfigurationError naming `runs.<key>` when missing. */
function runOf(data: ShardData, key: string): Record<RunVariant, Totals> {
  const r = data.runs[key];
  if (!r)
    throw new ConfigurationError(`runs.${key}`, 'is missing: every shard runs the scenario and every end');
  return totalsOf(r);
}

/** The scenario's totals of merged shard data. */
export const scenarioTotals = (data: ShardData): Record<RunVariant, Totals> => runOf(data, SCENARIO);

/** The totals a KPI's sensitivity end reads. */
export const endTotals = (
  data: ShardData,
  driver: Driver,
  q: NewEconomyTaxServiceParams,
): Record<RunVariant, Totals> => runOf(data, sensitivityEndKey(driver, q));

/** How often a shard reports progress, in firms. */
const PROGRESS_EVERY = 1024;

const newTotals = (): Record<RunVariant, Totals> =>
  Object.fromEntries(RUN_VARIANTS.map((v) => [v, emptyTotals()])) as Record<RunVariant, Totals>;

/**
 * Runs firms `[start, end)` through the scenario and every sensitivity end: each firm is drawn
 * once (its sales, relief and risk signals, the main cost) and added to every pass.
 */
export function runShardUnits(p: NewEconomyTaxServiceParams, ctx: ShardContext): ShardData {
  const passes: [string, NewEconomyTaxServiceParams][] = [
    [SCENARIO, p],
    ...sensitivityEnds(SHARD_PARAMS, p, DRIVERS),
  ];
  const totals = passes.map(() => newTotals());
  const log = ctx.eventLog;
  if (log) defineLogActivities(log);
  let sample = NO_SAMPLE;
  const total = Math.max(1, ctx.end - ctx.start);
  for (let i = ctx.start; i < ctx.end; i++) {
    const firm = drawFirm(ctx.seed, i, p.smallScaleShare);
    passes.forEach(([, q], k) => {
      // No driver moves the population today; one that did would get its own draw.
      const own = q.smallScaleShare === p.smallScaleShare ? firm : drawFirm(ctx.seed, i, q.smallScaleShare);
      addFirm(totals[k] as Record<RunVariant, Totals>, own, q);
    });
    // Only the scenario's own pass writes the event log: the ends are what-ifs.
    if (log) logFirm(log, firm, p);
    const score = sampleScore(firm, p);
    if (score > sample.score) sample = { score, index: i };
    const done = i + 1 - ctx.start;
    if (ctx.onProgress && done % PROGRESS_EVERY === 0) ctx.onProgress(done / total);
  }
  ctx.onProgress?.(1);
  const runs: Record<string, RunData> = {};
  const order = passes.map(([key], k) => [key, k] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [key, k] of order) runs[key] = runData(totals[k] as Record<RunVariant, Totals>);
  return { runs, sample };
}
