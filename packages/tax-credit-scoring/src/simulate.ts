// The batch: stream the firms, run each through truth, reform and baseline, and accumulate the
// outcomes per firm-month of use in bounded memory.
import {
  type CivilDate,
  daysBetween,
  type EventLog,
  parseParams,
  RandomStream,
  ValidationError,
} from '@gd-ftz/core';
import { CREDIT_ACTIVITIES, logFirm } from './event-log';
import { type FirmRun, runFirm } from './firm-run';
import type { CreditGrade } from './model';
import { lastDayOf, monthAt, monthIndex } from './month';
import { PARAMS, type TaxCreditScoringParams } from './params';
import { generateFirms, type Scenario, scenarioOf } from './population';

/** The two views compared with the truth. */
export type View = 'baseline' | 'reform';
const VIEWS: readonly View[] = ['baseline', 'reform'];
const AB = new Set<CreditGrade>(['A', 'B']);
const GRADE_INDEX: Readonly<Record<CreditGrade, number>> = { A: 0, B: 1, M: 2, C: 3, D: 4 };

/** Outcomes of one view, summed over firm-months of use. */
export class ViewStats {
  firmMonths = 0;
  /** Facilitation class equals the truth's. */
  fit = 0;
  /** Class A or B while the truth holds an open direct-D case. */
  abWithOpen = 0;
  /** Class D while the truth is not D. */
  dWithNoneLeft = 0;
  /** Month-to-month class changes. */
  changes = 0;
  /** Days from a direct-D case at an A/B firm to the firm losing A/B (censored at the horizon). */
  readonly lossDays: number[] = [];
  lossCensored = 0;
  /** External direct-D cases held within 60 days, and all of them. */
  external60 = 0;
  externalCases = 0;
  /** Firm-months per class A, B, M, C, D. */
  readonly classes = [0, 0, 0, 0, 0];
  /** Firm-months fitting the truth, per month of use. */
  readonly fitByMonth = new Array<number>(12).fill(0);
  readonly monthsByMonth = new Array<number>(12).fill(0);
}

/** What {@link runBatch} returns. */
export interface BatchResult {
  readonly scenario: Scenario;
  readonly firms: number;
  readonly truthClasses: readonly number[];
  readonly baseline: ViewStats;
  readonly reform: ViewStats;
  /** Firms kept for sample traces: one whose external case the reform caught first, one repaired. */
  readonly samples: readonly FirmRun[];
}

/** Days within which an external case counts as seen (the KPI). */
export const SEEN_WITHIN_DAYS = 60;

function bump(a: number[], i: number): void {
  a[i] = (a[i] as number) + 1;
}

function accumulate(run: FirmRun, sc: Scenario, v: View, s: ViewStats): void {
  const classes = run[v];
  // Index 0 is April before use; 1..12 are the months of use.
  for (let i = 1; i <= 12; i++) {
    const m = sc.useFirst + i - 1;
    if (m < run.registered) continue;
    const c = classes[i] as CreditGrade;
    const truth = run.truth[i] as CreditGrade;
    s.firmMonths++;
    bump(s.monthsByMonth, i - 1);
    bump(s.classes, GRADE_INDEX[c]);
    if (c === truth) {
      s.fit++;
      bump(s.fitByMonth, i - 1);
    }
    if (AB.has(c) && run.truthOpen[i]) s.abWithOpen++;
    if (c === 'D' && truth !== 'D') s.dWithNoneLeft++;
    if (m - 1 >= run.registered && c !== classes[i - 1]) s.changes++;
  }
  const end = sc.end;
  for (const k of run.cases) {
    const m = monthIndex(k.date);
    if (m < sc.useFirst || m > sc.last) continue;
    if (k.external) {
      s.externalCases++;
      if (daysBetween(k.date, k[v]) <= SEEN_WITHIN_DAYS) s.external60++;
    }
    // Losing A/B: cases at firms the current record had at A or B at the end of the month before
    // (the same cases for both views); days until the view's class is no longer A or B, 0 when
    // it already was not.
    if (m === sc.useFirst) continue;
    if (!AB.has(run.truth[m - sc.useFirst] as CreditGrade)) continue;
    let lost: CivilDate | null = null;
    if (!AB.has(classes[m - sc.useFirst] as CreditGrade)) lost = k.date;
    for (let j = m - sc.useFirst + 1; lost === null && j <= 12; j++) {
      if (!AB.has(classes[j] as CreditGrade)) lost = lastDayOf(monthAt(sc.useFirst + j - 1));
    }
    if (lost === null) s.lossCensored++;
    s.lossDays.push(daysBetween(k.date, lost ?? end));
  }
}

/**
 * The largest population {@link runBatch} streams: above the scenario schema's browser limit,
 * in the same bounded heap (one firm's state at a time).
 * @example
 * runBatch({ ...defaultParams(PARAMS), population: BATCH_MAX_POPULATION }, 42); // minutes, not seconds
 */
export const BATCH_MAX_POPULATION = 200_000;

// The scenario schema with the batch runner's population limit.
const BATCH_PARAMS = { ...PARAMS, population: { ...PARAMS.population, max: BATCH_MAX_POPULATION } };

/**
 * Runs the population through truth, reform and baseline, streaming: memory stays bounded by one
 * firm's records plus the accumulators (and the loss-day list, one number per case). With `only`,
 * the other view is skipped (its statistics stay empty): for sensitivity runs over a parameter
 * that only one view reads.
 * @throws ValidationError naming each bad parameter, or `seed`.
 * @example
 * runBatch(defaultParams(PARAMS), 42).reform.fit
 */
export function runBatch(
  params: TaxCreditScoringParams,
  seed: number,
  onProgress?: (fraction: number) => void,
  only?: View,
  log?: EventLog,
): BatchResult {
  const p = parseParams(BATCH_PARAMS, params);
  if (!Number.isSafeInteger(seed))
    throw ValidationError.of('seed', 'must be a safe integer', '必须是安全整数');
  const sc = scenarioOf(p.regime);
  log?.defineActivities(CREDIT_ACTIVITIES);
  const root = RandomStream.fromSeed(seed);
  const stats: Record<View, ViewStats> = { baseline: new ViewStats(), reform: new ViewStats() };
  const truthClasses = [0, 0, 0, 0, 0];
  const samples: FirmRun[] = [];
  let caught = false;
  let repaired = false;
  const step = Math.max(1, Math.floor(p.population / 100));
  let n = 0;
  const opts = {
    size: p.population,
    breachRate: p.breachRate,
    repairShare: p.repairShare,
    lateFilingRate: p.lateFilingRate,
  };
  for (const f of generateFirms(sc, opts, root.substream('population'))) {
    n++;
    if (onProgress && n % step === 0) onProgress(n / p.population);
    const run = runFirm(f, p, sc, only === undefined && samples.length < 2, only);
    for (const v of VIEWS) if (only === undefined || only === v) accumulate(run, sc, v, stats[v]);
    if (log && only === undefined) for (const v of VIEWS) logFirm(log, run, sc, v);
    for (let i = 1; i <= 12; i++)
      if (sc.useFirst + i - 1 >= run.registered) bump(truthClasses, GRADE_INDEX[run.truth[i] as CreditGrade]);
    if (only !== undefined) continue;
    if (
      !caught &&
      run.cases.some((c) => c.external && c.reform < c.baseline && monthIndex(c.date) > sc.useFirst)
    ) {
      caught = true;
      samples.push(run);
    } else if (
      !repaired &&
      f.events.some((e) => e.kind === 'repair' && monthIndex(e.date) > sc.useFirst) &&
      run.baseline.some((g, i) => g === 'D' && run.truth[i] !== 'D')
    ) {
      repaired = true;
      samples.push(run);
    }
  }
  return { scenario: sc, firms: n, truthClasses, baseline: stats.baseline, reform: stats.reform, samples };
}
