// The taxpayers run in shards (issue 14): a shard draws each taxpayer of its block once (from the
// seed and its index alone) and runs it through the scenario and through every sensitivity end the
// KPIs show, adding integer counts, exact fen and a histogram of whole minutes only; merged, the
// totals give the report of all the taxpayers, whatever the shard count and order. Internal:
// nothing here is exported from src/index.ts.
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
  withMaximum,
} from '@gd-ftz/core';
import { type EInvoiceRiskControlParams, PARAMS } from './params';
import { drawTraits, type Taxpayer, taxpayerOf, taxpayerStreams } from './population';
import {
  ACTIVITIES,
  drawYear,
  logCase,
  type RunEnv,
  runEnv,
  runTaxpayer,
  type Story,
  storyOf,
  totals,
  type VariantTotals,
  yearDraws,
} from './simulate';

/** The plain totals of one variant over a block of taxpayers. */
export interface ViewData {
  /** Alerts by whole minutes from the signal to the response (resolution: 1 minute). */
  readonly responseMinutes: Histogram;
  readonly honestBlocked: number;
  readonly honestMonths: number;
  readonly applications: number;
  readonly reviews: number;
  /** What the shells issued, in whole fen (an integer decimal string). */
  readonly shellFen: string;
  readonly shells: number;
  readonly shellsStoppedAtSource: number;
}

/** Both variants of one run; a sensitivity end that changes one variant leaves the other empty. */
export interface RunData {
  readonly baseline: ViewData;
  readonly reform: ViewData;
}

/** What a shard returns. */
export interface ShardData {
  readonly taxpayers: number;
  /**
   * The candidates for the samples' case (lowest index first): the first shell the registration
   * cross-check missed, and the first shell.
   */
  readonly missedShell: readonly number[];
  readonly firstShell: readonly number[];
  /** The scenario's run (`scenario`) and each sensitivity end's (`driver=value`), keys sorted. */
  readonly runs: Readonly<Record<string, RunData>>;
}

/** Response times are whole minutes (invoice times, batches and working-time ends are). */
export const MINUTE_RESOLUTION = 1;

const VIEW_ACCUMULATOR: Accumulator<ViewData> = recordAccumulator<ViewData>({
  responseMinutes: histogramAccumulator(MINUTE_RESOLUTION),
  honestBlocked: countAccumulator,
  honestMonths: countAccumulator,
  applications: countAccumulator,
  reviews: countAccumulator,
  shellFen: decimalSumAccumulator,
  shells: countAccumulator,
  shellsStoppedAtSource: countAccumulator,
});

/**
 * The `k` least taxpayer indices of a set (ascending): merged as the `k` least of the union, which
 * is associative and commutative, so the first taxpayers of the whole population come out of any
 * split.
 */
function firstIndices(k: number): Accumulator<readonly number[]> {
  const check = (value: unknown, path: string): readonly number[] => {
    const ok =
      Array.isArray(value) &&
      value.length <= k &&
      value.every((x, i) => Number.isSafeInteger(x) && x >= 0 && (i === 0 || (value[i - 1] as number) < x));
    if (!ok)
      throw ValidationError.of(
        path,
        `must be at most ${k} ascending taxpayer indices`,
        `必须是至多 ${k} 个递增的纳税人序号`,
      );
    return value as readonly number[];
  };
  return Object.freeze({
    empty: (): readonly number[] => [],
    merge(a: readonly number[], b: readonly number[]): readonly number[] {
      check(a, 'a');
      check(b, 'b');
      return [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, k);
    },
    check,
  });
}

/** How shards merge: every total exactly (core's accumulators). */
export const SHARD_ACCUMULATOR: Accumulator<ShardData> = recordAccumulator<ShardData>({
  taxpayers: countAccumulator,
  missedShell: firstIndices(1),
  firstShell: firstIndices(1),
  runs: keyedAccumulator(
    recordAccumulator<RunData>({ baseline: VIEW_ACCUMULATOR, reform: VIEW_ACCUMULATOR }),
  ),
});

/**
 * The most taxpayers a sharded run takes. Assumption: every registered market entity of Guangdong
 * may invoice — at the end of 2024 over 19 million (private enterprises 7.74 million, individual
 * businesses 10.63 million; Guangdong Administration for Market Regulation via Xinhua, 2025-01-30,
 * "2024年，广东登记在册经营主体总量突破1900万户"); 20 million covers them. A shard streams one
 * taxpayer at a time (only totals kept).
 */
export const PROVINCE_MAX_TAXPAYERS = 20_000_000;

/** The schema of sharded runs: the same parameters, taxpayers up to {@link PROVINCE_MAX_TAXPAYERS}. */
export const SHARD_PARAMS: typeof PARAMS = withMaximum(PARAMS, 'taxpayers', PROVINCE_MAX_TAXPAYERS);

/** The assumption parameters the KPIs' sensitivities re-run (`reviewMinutes` enters the report only). */
export type Driver = 'crossCheckHit' | 'batchIntervalDays' | 'limitScale' | 'topUpTrigger' | 'shellShare';
type View = 'baseline' | 'reform';

/**
 * The one variant each driver changes, or `both`: the cross-check and the class limits act in the
 * reform only, the batch interval in the baseline only; the trigger and the shell share in both.
 */
export const VIEW_OF: Readonly<Record<Driver, View | 'both'>> = {
  crossCheckHit: 'reform',
  batchIntervalDays: 'baseline',
  limitScale: 'reform',
  topUpTrigger: 'both',
  shellShare: 'both',
};
const DRIVERS = Object.keys(VIEW_OF) as Driver[];

/** The key of the scenario's own run. */
export const SCENARIO = 'scenario';

/** A run of merged data, by key. @throws ConfigurationError naming `runs.<key>` when missing. */
function runOf(data: ShardData, key: string): RunData {
  const r = data.runs[key];
  if (!r)
    throw new ConfigurationError(`runs.${key}`, 'is missing: every shard runs the scenario and every end');
  return r;
}

/** The scenario's run of merged shard data. */
export const scenarioRun = (data: ShardData): RunData => runOf(data, SCENARIO);

/**
 * The run a KPI's sensitivity end reads: the end's own pass for the variant(s) its driver changes,
 * the scenario's for the other.
 */
export function endRun(data: ShardData, driver: Driver, q: EInvoiceRiskControlParams): RunData {
  const only = VIEW_OF[driver];
  const end = runOf(data, sensitivityEndKey(driver, q));
  if (only === 'both') return end;
  const scenario = scenarioRun(data);
  return only === 'reform' ? { ...end, baseline: scenario.baseline } : { ...end, reform: scenario.reform };
}

/** One pass over the taxpayers: the scenario (both variants) or a sensitivity end. */
interface Pass {
  readonly key: string;
  readonly env: RunEnv;
  readonly out: { readonly baseline?: VariantTotals; readonly reform?: VariantTotals };
}

function viewData(v: VariantTotals | undefined): ViewData {
  const t = v ?? totals();
  return {
    responseMinutes: histogramOf(
      MINUTE_RESOLUTION,
      Array.from(t.responseMinutes, (n) => n ?? 0),
    ),
    honestBlocked: t.honestBlocked,
    honestMonths: t.honestMonths,
    applications: t.applications,
    reviews: t.reviews,
    shellFen: t.shellFen.toString(),
    shells: t.shells,
    shellsStoppedAtSource: t.shellsStoppedAtSource,
  };
}

/**
 * Whether a taxpayer under an end's parameters issues the invoices it issues in the scenario (and
 * gets the same staff draws): the same kind of firm, registered the same month, under the same
 * invoice and staff parameters (its size comes from its draws alone).
 */
function sameYear(a: Taxpayer, pa: EInvoiceRiskControlParams, b: Taxpayer, pb: EInvoiceRiskControlParams) {
  return (
    a.shell === b.shell &&
    a.regMonth === b.regMonth &&
    pa.invoicesPerMonth === pb.invoicesPerMonth &&
    pa.shellInvoicesPerDay === pb.shellInvoicesPerDay &&
    pa.shellActiveMonths === pb.shellActiveMonths &&
    pa.responseHours === pb.responseHours
  );
}

/** How often a shard reports progress, in taxpayers. */
const PROGRESS_EVERY = 256;

/**
 * Runs taxpayers `[start, end)` through the scenario and every sensitivity end (only the variant the
 * end's driver changes): each taxpayer is drawn once and fed to every pass; an end whose shell
 * share makes it another kind of firm draws that taxpayer's year again from its own streams. Only
 * the scenario's pass writes the event log.
 */
export function runShardUnits(p: EInvoiceRiskControlParams, ctx: ShardContext): ShardData {
  const scenario: Pass = { key: SCENARIO, env: runEnv(p), out: { baseline: totals(), reform: totals() } };
  const ends: Pass[] = [];
  for (const d of DRIVERS)
    for (const [key, q] of sensitivityEnds(SHARD_PARAMS, p, [d])) {
      const only = VIEW_OF[d];
      const out = only === 'both' ? { baseline: totals(), reform: totals() } : { [only]: totals() };
      ends.push({ key, env: runEnv(q), out });
    }
  const log = ctx.eventLog;
  log?.defineActivities(ACTIVITIES);
  const missedShell: number[] = [];
  const firstShell: number[] = [];
  const unit = taxpayerStreams(ctx.seed);
  const year = yearDraws();
  const other = yearDraws();
  const total = Math.max(1, ctx.end - ctx.start);
  for (let i = ctx.start; i < ctx.end; i++) {
    const own = unit(i);
    const draws = drawTraits(own, i);
    const tp = taxpayerOf(draws, p);
    drawYear(year, tp, scenario.env, own);
    const story: Story | null = log ? { taxpayer: tp, baseline: [], reform: [] } : null;
    runTaxpayer(scenario.env, tp, year, scenario.out, story);
    if (log && story) logCase(log, tp, story.baseline, story.reform);
    if (tp.shell && firstShell.length === 0) firstShell.push(i);
    if (tp.shell && !tp.flagged && missedShell.length === 0) missedShell.push(i);
    for (const end of ends) {
      const t = taxpayerOf(draws, end.env.p);
      const same = sameYear(t, end.env.p, tp, p);
      if (!same) drawYear(other, t, end.env, own);
      runTaxpayer(end.env, t, same ? year : other, end.out);
    }
    const done = i + 1 - ctx.start;
    if (ctx.onProgress && done % PROGRESS_EVERY === 0) ctx.onProgress(done / total);
  }
  ctx.onProgress?.(1);
  const runs: Record<string, RunData> = {};
  for (const pass of [scenario, ...ends].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)))
    runs[pass.key] = { baseline: viewData(pass.out.baseline), reform: viewData(pass.out.reform) };
  return { taxpayers: ctx.end - ctx.start, missedShell, firstShell, runs };
}

/**
 * The samples' case of the whole population, run again from the seed and its index alone: the
 * first shell the cross-check missed, else the first shell, else the first taxpayer (null only for
 * an empty population).
 */
export function sampleStory(p: EInvoiceRiskControlParams, data: ShardData, seed: number): Story | null {
  const index = data.missedShell[0] ?? data.firstShell[0] ?? (data.taxpayers > 0 ? 0 : undefined);
  return index === undefined ? null : storyOf(runEnv(p), seed, index);
}
