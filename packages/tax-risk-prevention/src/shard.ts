// The taxpayers run in shards (issue 14): a shard draws each taxpayer of its block once (from the
// seed and its index alone) and runs it through the scenario and every sensitivity end its KPIs
// show, adding integer totals only (counts, fen, whole days); merged, they give the report of all
// the taxpayers, whatever the shard count and order. Internal: nothing here is exported from
// src/index.ts.
import {
  type Accumulator,
  ConfigurationError,
  countAccumulator,
  decimalSumAccumulator,
  type Histogram,
  histogramAccumulator,
  histogramOf,
  keyedAccumulator,
  type MinMax,
  minMaxAccumulator,
  recordAccumulator,
  type ShardContext,
  sensitivityEndKey,
  sensitivityEnds,
  withMaximum,
} from '@gd-ftz/core';
import { PARAMS, type TaxRiskPreventionParams } from './params';
import { type Taxpayer, taxpayerAt, taxpayerStreams } from './population';
import {
  ACTIVITIES,
  baselineOf,
  compiledOf,
  daysToWarning,
  logOutcome,
  type Outcome,
  reformOf,
} from './simulate';

/** Warnings against the hidden truth: true/false positives and negatives. */
export interface ConfusionData {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
}

/** The plain totals of one variant over a block of taxpayers. */
export interface VariantData {
  readonly taxpayers: number;
  readonly confusion: ConfusionData;
  /** Direct interventions (face checks, blocks, visits), over all taxpayers and over compliant ones. */
  readonly interventions: number;
  readonly compliant: number;
  readonly compliantInterventions: number;
  /** Shells' invoices issued before the block, in whole fen (an exact decimal string). */
  readonly shellFen: string;
  /** Risky taxpayers warned, by whole days from onset to warning (1-day bins). */
  readonly days: Histogram;
  /** Careless taxpayers whose errors were corrected. */
  readonly corrected: number;
  /** The reform's warnings at each score threshold of the sweep (empty for the baseline). */
  readonly sweep: Readonly<Record<string, ConfusionData>>;
}

/** Both variants of one run. */
export interface RunData {
  readonly baseline: VariantData;
  readonly reform: VariantData;
}

/** What a shard returns. */
export interface ShardData {
  /** The scenario's run (`scenario`) and each sensitivity end's (`driver=value`), keys sorted. */
  readonly runs: Readonly<Record<string, RunData>>;
  /** The least index of a shell the reform did not refuse at registration (the sample). */
  readonly sample: MinMax;
}

/** Days are whole calendar days. */
const DAY_RESOLUTION = 1;

const CONFUSION_ACCUMULATOR: Accumulator<ConfusionData> = recordAccumulator<ConfusionData>({
  tp: countAccumulator,
  fp: countAccumulator,
  fn: countAccumulator,
  tn: countAccumulator,
});

const VARIANT_ACCUMULATOR: Accumulator<VariantData> = recordAccumulator<VariantData>({
  taxpayers: countAccumulator,
  confusion: CONFUSION_ACCUMULATOR,
  interventions: countAccumulator,
  compliant: countAccumulator,
  compliantInterventions: countAccumulator,
  shellFen: decimalSumAccumulator,
  days: histogramAccumulator(DAY_RESOLUTION),
  corrected: countAccumulator,
  sweep: keyedAccumulator(CONFUSION_ACCUMULATOR),
});

/** How shards merge: run by run, each total exactly (core's accumulators). */
export const SHARD_ACCUMULATOR: Accumulator<ShardData> = recordAccumulator<ShardData>({
  runs: keyedAccumulator(
    recordAccumulator<RunData>({ baseline: VARIANT_ACCUMULATOR, reform: VARIANT_ACCUMULATOR }),
  ),
  sample: minMaxAccumulator,
});

/**
 * The most taxpayers a sharded run takes. Assumption: the README's province projection takes
 * 8 million taxpayers (no published count of the taxpayers this scoring covers); 10 million leaves
 * room, and each shard streams one taxpayer at a time (only totals are kept).
 */
export const PROVINCE_MAX_TAXPAYERS = 10_000_000;

/** The schema of sharded runs: the same parameters, taxpayers up to {@link PROVINCE_MAX_TAXPAYERS}. */
export const SHARD_PARAMS: typeof PARAMS = withMaximum(PARAMS, 'taxpayers', PROVINCE_MAX_TAXPAYERS);

/** The key of the scenario's own run. */
export const SCENARIO = 'scenario';

/** The score thresholds of the precision–recall sweep. */
export const SWEEP = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100] as const;

/** The assumption parameters whose plausible ends the KPIs show. */
export const DRIVERS = [
  'compliantNoise',
  'voidRedThreshold',
  'baselineSampleShare',
  'realNameStopShare',
  'selfCorrectShare',
] as const;
/** A driver of a KPI's sensitivity. */
export type Driver = (typeof DRIVERS)[number];

/** The one driver that changes the drawn population (a compliant firm's stray anomalies). */
const DRAW_DRIVER: Driver = 'compliantNoise';

/** A run of merged data, by key. @throws ConfigurationError naming `runs.<key>` when missing. */
function runOf(data: ShardData, key: string): RunData {
  const r = data.runs[key];
  if (!r)
    throw new ConfigurationError(`runs.${key}`, 'is missing: every shard runs the scenario and every end');
  return r;
}

/** The scenario's run of merged shard data. */
export const scenarioRun = (data: ShardData): RunData => runOf(data, SCENARIO);

/** The run of a sensitivity end: `driver` at the value `q` gives it. */
export const endRun = (data: ShardData, driver: Driver, q: TaxRiskPreventionParams): RunData =>
  runOf(data, sensitivityEndKey(driver, q));

/** The mutable totals of one variant while a shard runs. */
class VariantTotals {
  taxpayers = 0;
  readonly confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  interventions = 0;
  compliant = 0;
  compliantInterventions = 0;
  shellFen = 0n;
  readonly days: number[] = [];
  corrected = 0;
  readonly sweep: { tp: number; fp: number; fn: number; tn: number }[] | undefined;

  constructor(withSweep: boolean) {
    this.sweep = withSweep ? SWEEP.map(() => ({ tp: 0, fp: 0, fn: 0, tn: 0 })) : undefined;
  }

  add(o: Outcome): void {
    const t = o.taxpayer;
    const risky = t.truth !== 'compliant';
    this.taxpayers++;
    count(this.confusion, risky, o.warned);
    const n = o.faceChecks + o.blocks + o.visits;
    this.interventions += n;
    if (t.truth === 'compliant') {
      this.compliant++;
      this.compliantInterventions += n;
    }
    if (t.truth === 'shell') this.shellFen += o.shellIssued.toFen();
    const d = daysToWarning(o);
    if (d !== undefined) this.days[d] = (this.days[d] ?? 0) + 1;
    if (t.truth === 'careless' && o.corrected !== undefined) this.corrected++;
    // The reform's warnings at another threshold: refused registrations stay warnings.
    this.sweep?.forEach((c, i) => {
      count(c, risky, o.refused || o.maxScore >= (SWEEP[i] as number));
    });
  }

  data(): VariantData {
    return {
      taxpayers: this.taxpayers,
      confusion: { ...this.confusion },
      interventions: this.interventions,
      compliant: this.compliant,
      compliantInterventions: this.compliantInterventions,
      shellFen: this.shellFen.toString(),
      days: histogramOf(
        DAY_RESOLUTION,
        Array.from(this.days, (n) => n ?? 0),
      ),
      corrected: this.corrected,
      sweep: this.sweep
        ? Object.fromEntries(
            SWEEP.map((t, i) => [String(t), { ...(this.sweep?.[i] as ConfusionData) }] as const).sort(
              (a, b) => (a[0] < b[0] ? -1 : 1),
            ),
          )
        : {},
    };
  }
}

/** Counts one taxpayer in a confusion matrix. */
function count(c: { tp: number; fp: number; fn: number; tn: number }, risky: boolean, warned: boolean): void {
  if (risky && warned) c.tp++;
  else if (warned) c.fp++;
  else if (risky) c.fn++;
  else c.tn++;
}

/** One pass over the taxpayers: the scenario or a sensitivity end. */
interface Pass {
  readonly key: string;
  readonly params: TaxRiskPreventionParams;
  /** Whether the pass draws its own taxpayers (its driver changes the draws). */
  readonly redraw: boolean;
  readonly compiled: ReturnType<typeof compiledOf>;
  readonly baseline: VariantTotals;
  readonly reform: VariantTotals;
}

/** How often a shard reports progress, in taxpayers. */
const PROGRESS_EVERY = 1024;

/**
 * Runs taxpayers `[start, end)` through the scenario and every sensitivity end: each taxpayer is
 * drawn once and fed to every pass (drawn again only for the ends of `compliantNoise`, which
 * changes the draws). Only the scenario's pass writes the event log.
 */
export function runShardUnits(p: TaxRiskPreventionParams, ctx: ShardContext): ShardData {
  const pass = (key: string, q: TaxRiskPreventionParams, redraw: boolean): Pass => ({
    key,
    params: q,
    redraw,
    compiled: compiledOf(q),
    baseline: new VariantTotals(false),
    reform: new VariantTotals(true),
  });
  const passes: Pass[] = [pass(SCENARIO, p, false)];
  for (const d of DRIVERS)
    for (const [key, q] of sensitivityEnds(SHARD_PARAMS, p, [d]))
      passes.push(pass(key, q, d === DRAW_DRIVER));
  const log = ctx.eventLog;
  log?.defineActivities(ACTIVITIES);
  const unit = taxpayerStreams(ctx.seed);
  let sample: MinMax = { min: null, max: null };
  const total = Math.max(1, ctx.end - ctx.start);
  for (let i = ctx.start; i < ctx.end; i++) {
    const t = taxpayerAt(p, unit, i);
    passes.forEach((ps, k) => {
      const own: Taxpayer = ps.redraw ? taxpayerAt(ps.params, unit, i) : t;
      const b = baselineOf(own, ps.params);
      const r = reformOf(own, ps.params, ps.compiled);
      ps.baseline.add(b);
      ps.reform.add(r);
      if (k > 0) return;
      if (log) for (const o of [b, r]) logOutcome(log, o);
      if (sample.min === null && own.truth === 'shell' && !r.refused) sample = { min: i, max: i };
    });
    const done = i + 1 - ctx.start;
    if (ctx.onProgress && done % PROGRESS_EVERY === 0) ctx.onProgress(done / total);
  }
  ctx.onProgress?.(1);
  const runs: Record<string, RunData> = {};
  for (const ps of [...passes].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)))
    runs[ps.key] = { baseline: ps.baseline.data(), reform: ps.reform.data() };
  return { runs, sample };
}

/**
 * The sample taxpayer (the first shell the reform did not refuse, else the first taxpayer), drawn
 * again from the seed and its index, with its baseline and reform outcomes.
 */
export function sampleOutcomes(
  p: TaxRiskPreventionParams,
  data: ShardData,
  seed: number,
): [Outcome, Outcome] {
  const t = taxpayerAt(p, taxpayerStreams(seed), data.sample.min ?? 0);
  return [baselineOf(t, p), reformOf(t, p, compiledOf(p))];
}
