// The firms run in shards (issue 14): a shard draws each firm of its block once (from the seed and
// its index alone) and runs it through the scenario and through every sensitivity end its KPIs
// show, adding integer counts only; merged, the totals give the report of all the firms, whatever
// the shard count and order. Internal: nothing here is exported from src/index.ts.
import {
  type Accumulator,
  ConfigurationError,
  countAccumulator,
  type Histogram,
  histogramAccumulator,
  histogramOf,
  keyedAccumulator,
  RandomStream,
  recordAccumulator,
  type ShardContext,
  sensitivityEndKey,
  sensitivityEnds,
  ValidationError,
  withMaximum,
} from '@gd-ftz/core';
import { CREDIT_ACTIVITIES, logFirm } from './event-log';
import { type FirmRun, runFirm } from './firm-run';
import { monthAt, monthIndex } from './month';
import { PARAMS, type TaxCreditScoringParams } from './params';
import { firmAt, generateFirms, type PopulationOptions, type Scenario, scenarioOf } from './population';
import type { Driver } from './report';
import { accumulate, addTruthClasses, GRADE_ORDER, type View, ViewStats } from './simulate';

/** The plain totals of one view over a block of firms (firm-months of use, cases). */
export interface ViewData {
  readonly firmMonths: number;
  readonly fit: number;
  readonly abWithOpen: number;
  readonly dWithNoneLeft: number;
  readonly changes: number;
  /** Cases by whole days from a serious breach to losing A/B (1-day bins). */
  readonly lossDays: Histogram;
  readonly lossCensored: number;
  readonly external60: number;
  readonly externalCases: number;
  /** Firm-months per facilitation class, by grade (absent: none). */
  readonly classes: Readonly<Record<string, number>>;
  /** Firm-months fitting the truth, and all firm-months, by month of use (`YYYY-MM`). */
  readonly fitByMonth: Readonly<Record<string, number>>;
  readonly monthsByMonth: Readonly<Record<string, number>>;
}

/** Both views of one run; a sensitivity end runs one view, the other stays empty. */
export interface RunData {
  readonly baseline: ViewData;
  readonly reform: ViewData;
}

/** What a shard returns. */
export interface ShardData {
  readonly firms: number;
  /** Firm-months per class of the current record (the truth), by grade. */
  readonly truthClasses: Readonly<Record<string, number>>;
  /**
   * The sample firms: the first firm (lowest index) whose external case the reform held before the
   * baseline, and the first two that had a repair while the baseline kept a D the truth had not.
   */
  readonly caught: readonly number[];
  readonly repaired: readonly number[];
  /** The scenario's run (`scenario`) and each sensitivity end's (`driver=value`), keys sorted. */
  readonly runs: Readonly<Record<string, RunData>>;
}

/** Loss days are whole calendar days. */
const DAY_RESOLUTION = 1;

const VIEW_ACCUMULATOR: Accumulator<ViewData> = recordAccumulator<ViewData>({
  firmMonths: countAccumulator,
  fit: countAccumulator,
  abWithOpen: countAccumulator,
  dWithNoneLeft: countAccumulator,
  changes: countAccumulator,
  lossDays: histogramAccumulator(DAY_RESOLUTION),
  lossCensored: countAccumulator,
  external60: countAccumulator,
  externalCases: countAccumulator,
  classes: keyedAccumulator(countAccumulator),
  fitByMonth: keyedAccumulator(countAccumulator),
  monthsByMonth: keyedAccumulator(countAccumulator),
});

/**
 * The `k` least firm indices of a set (ascending): merged as the `k` least of the union, which is
 * associative and commutative, so the first firms of the whole population come out of any split.
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
        `must be at most ${k} ascending firm indices`,
        `必须是至多 ${k} 个递增的企业序号`,
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
  firms: countAccumulator,
  truthClasses: keyedAccumulator(countAccumulator),
  caught: firstIndices(1),
  repaired: firstIndices(2),
  runs: keyedAccumulator(
    recordAccumulator<RunData>({ baseline: VIEW_ACCUMULATOR, reform: VIEW_ACCUMULATOR }),
  ),
});

/**
 * The most firms a sharded run takes. Assumption: Guangdong has about 7 to 8 million registered
 * enterprises, each a credit-rated taxpayer (individual businesses are not rated under this
 * measure); 10 million leaves room, and each shard streams one firm at a time (only totals kept).
 */
export const PROVINCE_MAX_FIRMS = 10_000_000;

/** The schema of sharded runs: the same parameters, firms up to {@link PROVINCE_MAX_FIRMS}. */
export const SHARD_PARAMS: typeof PARAMS = withMaximum(PARAMS, 'population', PROVINCE_MAX_FIRMS);

/** The key of the scenario's own run. */
export const SCENARIO = 'scenario';

/** The one view each driving parameter is read by: the other view stays as in the scenario's run. */
export const VIEW_OF: Readonly<Record<Driver, View>> = {
  linkCoverage: 'reform',
  linkDelayDays: 'reform',
  adjustDays: 'baseline',
};
const DRIVERS = Object.keys(VIEW_OF) as Driver[];

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
 * The run a KPI's sensitivity end reads: the end's own pass for the view its driver changes, the
 * scenario's for the other view.
 */
export function endRun(data: ShardData, driver: Driver, q: TaxCreditScoringParams): RunData {
  const only = VIEW_OF[driver];
  const end = runOf(data, sensitivityEndKey(driver, q));
  const scenario = scenarioRun(data);
  return only === 'reform' ? { ...end, baseline: scenario.baseline } : { ...end, reform: scenario.reform };
}

const byGrade = (counts: readonly number[]): Record<string, number> =>
  Object.fromEntries(
    GRADE_ORDER.map((g, i) => [g, counts[i] as number] as const)
      .filter(([, n]) => n > 0)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  );

function byMonth(counts: readonly number[], sc: Scenario): Record<string, number> {
  const out: Record<string, number> = {};
  counts.forEach((n, i) => {
    if (n > 0) out[monthAt(sc.useFirst + i)] = n;
  });
  return out;
}

function viewData(s: ViewStats, sc: Scenario): ViewData {
  return {
    firmMonths: s.firmMonths,
    fit: s.fit,
    abWithOpen: s.abWithOpen,
    dWithNoneLeft: s.dWithNoneLeft,
    changes: s.changes,
    lossDays: histogramOf(
      DAY_RESOLUTION,
      Array.from(s.lossDayCounts, (n) => n ?? 0),
    ),
    lossCensored: s.lossCensored,
    external60: s.external60,
    externalCases: s.externalCases,
    classes: byGrade(s.classes),
    fitByMonth: byMonth(s.fitByMonth, sc),
    monthsByMonth: byMonth(s.monthsByMonth, sc),
  };
}

/** One pass over the firms: the scenario (both views) or a sensitivity end (one view). */
interface Pass {
  readonly key: string;
  readonly params: TaxCreditScoringParams;
  readonly only?: View;
  readonly stats: Record<View, ViewStats>;
}

const optionsOf = (p: TaxCreditScoringParams, size: number): PopulationOptions => ({
  size,
  breachRate: p.breachRate,
  repairShare: p.repairShare,
  lateFilingRate: p.lateFilingRate,
});

/** The parent stream of the firms: firm `i` draws from its sub-stream `F` + `i + 1` (six digits). */
const firmsStream = (seed: number) => RandomStream.fromSeed(seed).substream('population');

/** The firm's external case the reform held before the baseline (sample "caught"). */
const isCaught = (run: FirmRun, sc: Scenario) =>
  run.cases.some((c) => c.external && c.reform < c.baseline && monthIndex(c.date) > sc.useFirst);

/** A repair in the year of use while the baseline kept a D the truth had not (sample "repaired"). */
const isRepaired = (run: FirmRun, sc: Scenario) =>
  run.firm.events.some((e) => e.kind === 'repair' && monthIndex(e.date) > sc.useFirst) &&
  run.baseline.some((g, i) => g === 'D' && run.truth[i] !== 'D');

/** How often a shard reports progress, in firms. */
const PROGRESS_EVERY = 256;

/**
 * Runs firms `[start, end)` through the scenario and every sensitivity end (only the view the end's
 * driver changes): each firm is drawn once and fed to every pass. Only the scenario's pass writes
 * the event log.
 */
export function runShardUnits(p: TaxCreditScoringParams, ctx: ShardContext): ShardData {
  const sc = scenarioOf(p.regime);
  const passes: Pass[] = [
    { key: SCENARIO, params: p, stats: { baseline: new ViewStats(), reform: new ViewStats() } },
  ];
  for (const d of DRIVERS)
    for (const [key, q] of sensitivityEnds(SHARD_PARAMS, p, [d]))
      passes.push({
        key,
        params: q,
        only: VIEW_OF[d],
        stats: { baseline: new ViewStats(), reform: new ViewStats() },
      });
  const log = ctx.eventLog;
  log?.defineActivities(CREDIT_ACTIVITIES);
  const truthClasses = [0, 0, 0, 0, 0];
  const caught: number[] = [];
  const repaired: number[] = [];
  const total = Math.max(1, ctx.end - ctx.start);
  let index = ctx.start;
  for (const f of generateFirms(sc, optionsOf(p, ctx.end), firmsStream(ctx.seed), ctx.start, ctx.end)) {
    for (const pass of passes) {
      const run = runFirm(f, pass.params, sc, false, pass.only);
      for (const v of ['baseline', 'reform'] as const)
        if (pass.only === undefined || pass.only === v) accumulate(run, sc, v, pass.stats[v]);
      if (pass.only !== undefined) continue;
      if (log) for (const v of ['baseline', 'reform'] as const) logFirm(log, run, sc, v);
      addTruthClasses(run, sc, truthClasses);
      if (caught.length < 1 && isCaught(run, sc)) caught.push(index);
      if (repaired.length < 2 && isRepaired(run, sc)) repaired.push(index);
    }
    index++;
    const done = index - ctx.start;
    if (ctx.onProgress && done % PROGRESS_EVERY === 0) ctx.onProgress(done / total);
  }
  ctx.onProgress?.(1);
  const runs: Record<string, RunData> = {};
  for (const pass of [...passes].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)))
    runs[pass.key] = { baseline: viewData(pass.stats.baseline, sc), reform: viewData(pass.stats.reform, sc) };
  return { firms: ctx.end - ctx.start, truthClasses: byGrade(truthClasses), caught, repaired, runs };
}

/**
 * The sample firms of the whole population, in population order, each run again from the seed and
 * its index alone (with the reform's monthly states kept for the traces): the first firm the
 * reform caught first, and the first repaired firm that is not it — the firms the one-pass
 * population scan kept.
 */
export function sampleRuns(p: TaxCreditScoringParams, data: ShardData, seed: number): FirmRun[] {
  const sc = scenarioOf(p.regime);
  const first = data.caught[0];
  const other = data.repaired.find((i) => i !== first);
  const indices = [first, other].filter((i): i is number => i !== undefined).sort((a, b) => a - b);
  const stream = firmsStream(seed);
  return indices.map((i) => runFirm(firmAt(sc, optionsOf(p, p.population), stream, i), p, sc, true));
}
