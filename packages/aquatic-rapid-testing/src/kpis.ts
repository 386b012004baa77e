// The totals of one variant's year, from its records (never asserted), in a form that merges
// exactly across districts and shards: turnaround of routine and
// urgent tests, contaminated lots stopped before sale, volume reaching the market, false
// positives sent to confirmation, utilization, coverage, and where 监督抽查 came from.
import {
  type Accumulator,
  countAccumulator,
  daysBetween,
  decimalSumAccumulator,
  formatStat,
  type Histogram,
  histogramAccumulator,
  keyedAccumulator,
  percentStat,
  recordAccumulator,
} from '@gd-ftz/core';
import type { Population, SampleRecord, VariantRun } from './simulation/records';
import { validatePopulationShape, validateRun } from './simulation/validate-runs';

/**
 * Turnaround times go into histograms of whole minutes (issue 14: quantiles that merge exactly
 * across districts and shards): a result time is rounded to the nearest minute, a half minute up.
 */
export const TURNAROUND_RESOLUTION_MINUTES = 1;

const MINUTES = histogramAccumulator(TURNAROUND_RESOLUTION_MINUTES);

/** What the interception KPIs (and their sensitivity ends) read: whole lots and kilograms. */
export interface InterceptTotals {
  readonly contaminatedLots: number;
  readonly contaminatedStopped: number;
  /** Kilograms (lot volumes are whole kilograms). */
  readonly contaminatedKgToMarket: number;
}

/**
 * The totals of one variant over one or more districts: counts, integer-minute histograms, and
 * decimal sums of the districts' utilizations. Plain data that merges exactly
 * ({@link VARIANT_TOTALS}), whatever the number and order of the districts.
 */
export interface VariantTotals extends InterceptTotals {
  /** Time from sampling to result of routine (non-urgent) samples, whole minutes. */
  readonly routineMinutes: Histogram;
  /** Time from the farmer's call to the result of urgent tests, whole minutes. */
  readonly urgentMinutes: Histogram;
  /**
   * Urgent requests with a result within {@link URGENT_ANSWER_MINUTES} of the call (exact times,
   * not rounded), out of every urgent request of the year: one still without a result at the
   * horizon counts as not answered.
   */
  readonly urgentWithinHour: { readonly hits: number; readonly n: number };
  readonly falsePositivesConfirmed: number;
  readonly supervisionSamples: number;
  /** 监督抽查 samples whose chain of follow-ups does not start at a failed 风险监测 result. */
  readonly supervisionIndependent: number;
  readonly penaltyCases: number;
  readonly pending: number;
  /** Objections whose re-test report was signed by its due day (and all objections). */
  readonly retestsOnTime: { readonly hits: number; readonly n: number };
  /** Sum over districts of the laboratory's utilization (a fraction, as a decimal string). */
  readonly labUtilization: string;
  /** Sum over districts of the test points' mean utilization (a fraction, as a decimal string). */
  readonly rapidUtilization: string;
  /** Results by turnaround bucket (chart), urgent and routine. */
  readonly urgentBuckets: Readonly<Record<string, number>>;
  readonly routineBuckets: Readonly<Record<string, number>>;
  /** Contaminated kilograms reaching the market by month of sale (`01`…`12`). */
  readonly monthlyKgToMarket: Readonly<Record<string, number>>;
}

const HITS = recordAccumulator<{ hits: number; n: number }>({ hits: countAccumulator, n: countAccumulator });

/** How the interception totals merge. */
export const INTERCEPT_TOTALS: Accumulator<InterceptTotals> = recordAccumulator<InterceptTotals>({
  contaminatedLots: countAccumulator,
  contaminatedStopped: countAccumulator,
  contaminatedKgToMarket: countAccumulator,
});

/** How a variant's totals merge: counts add, histograms add bin by bin, decimals add exactly. */
export const VARIANT_TOTALS: Accumulator<VariantTotals> = recordAccumulator<VariantTotals>({
  contaminatedLots: countAccumulator,
  contaminatedStopped: countAccumulator,
  contaminatedKgToMarket: countAccumulator,
  routineMinutes: MINUTES,
  urgentMinutes: MINUTES,
  urgentWithinHour: HITS,
  falsePositivesConfirmed: countAccumulator,
  supervisionSamples: countAccumulator,
  supervisionIndependent: countAccumulator,
  penaltyCases: countAccumulator,
  pending: countAccumulator,
  retestsOnTime: HITS,
  labUtilization: decimalSumAccumulator,
  rapidUtilization: decimalSumAccumulator,
  urgentBuckets: keyedAccumulator(countAccumulator),
  routineBuckets: keyedAccumulator(countAccumulator),
  monthlyKgToMarket: keyedAccumulator(countAccumulator),
});

const HOUR = 60;
const UTILIZATION_DIGITS = 20;

/**
 * The KPI's reading of the seed's 第一时间响应 (answer urgent requests at once): a result within
 * 60 minutes of the farmer's call. Not a legal limit: the KPI definition (assumption).
 * @example
 * URGENT_ANSWER_MINUTES; // 60
 */
export const URGENT_ANSWER_MINUTES = 60;

/** The turnaround chart's buckets, in hours (a result exactly on a bound falls in the lower one). */
export const TURNAROUND_BUCKETS: readonly { readonly upTo: number; readonly label: string }[] = [
  { upTo: 1, label: '≤1h' },
  { upTo: 4, label: '1–4h' },
  { upTo: 24, label: '4–24h' },
  { upTo: 72, label: '1–3d' },
  { upTo: 168, label: '3–7d' },
  { upTo: Number.POSITIVE_INFINITY, label: '>7d' },
];

function isRoutine(s: SampleRecord): boolean {
  return s.regime !== 'urgent';
}

/** Adds one to `key` of a plain count record. */
function bump(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

/** The minute histogram of counts by whole minute (keys sorted by the accumulator). */
function minuteHistogram(counts: Record<string, number>): Histogram {
  return MINUTES.merge(MINUTES.empty(), { resolution: TURNAROUND_RESOLUTION_MINUTES, bins: counts });
}

/** Rounds minutes to the nearest whole minute, a half minute up (times are never negative). */
export function wholeMinutes(minutes: number): number {
  return Math.floor(minutes + 0.5);
}

function monthOfDay(year: number, day: number): number {
  const leap = year % 4 === 0 ? 1 : 0;
  const ends = [31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365].map((e, i) =>
    i === 0 ? e : e + leap,
  );
  const m = ends.findIndex((e) => day < e);
  return m < 0 ? 11 : m;
}

/**
 * The interception totals of one variant's run: contaminated lots, those held before sale, and the
 * kilograms of the others (sold).
 * @example
 * interceptOf(runs.reform, runs.scenario.population).contaminatedStopped;
 */
export function interceptOf(run: VariantRun, population: Population): InterceptTotals {
  validateRun(run);
  validatePopulationShape(population);
  let contaminated = 0;
  let stopped = 0;
  let kgToMarket = 0;
  population.lots.forEach((lot, i) => {
    if (lot.failMask === 0) return;
    contaminated++;
    if (isStopped(run, i, lot.saleAt)) stopped++;
    else kgToMarket += lot.volumeKg;
  });
  return { contaminatedLots: contaminated, contaminatedStopped: stopped, contaminatedKgToMarket: kgToMarket };
}

function isStopped(run: VariantRun, lot: number, saleAt: number): boolean {
  const state = run.lots[lot];
  return state !== undefined && state.holdAt < saleAt && Number.isNaN(state.releasedAt);
}

/**
 * The totals of one variant's run in one district.
 * @example
 * totalsOf(runs.baseline, runs.scenario.population).urgentWithinHour;
 */
export function totalsOf(run: VariantRun, population: Population): VariantTotals {
  const intercept = interceptOf(run, population);
  const routine: Record<string, number> = {};
  const urgent: Record<string, number> = {};
  const urgentBuckets: Record<string, number> = {};
  const routineBuckets: Record<string, number> = {};
  let within = 0;
  let urgentRequests = 0;
  let falsePositives = 0;
  let supervision = 0;
  let independent = 0;
  let penalties = 0;
  let pending = 0;
  let onTime = 0;
  let objections = 0;
  const byId = run.samples;
  for (const s of run.samples) {
    if (s.status === 'pending') pending++;
    if (!isRoutine(s)) urgentRequests++;
    if (!Number.isNaN(s.resultAt)) {
      const minutes = s.resultAt - (isRoutine(s) ? s.takenAt : s.requestedAt);
      const bucket = TURNAROUND_BUCKETS.find((b) => minutes / HOUR <= b.upTo) as { label: string };
      if (isRoutine(s)) {
        bump(routine, String(wholeMinutes(minutes)));
        bump(routineBuckets, bucket.label);
      } else {
        bump(urgent, String(wholeMinutes(minutes)));
        bump(urgentBuckets, bucket.label);
        // Exact minutes, not rounded, so that 60.4 min does not count as within the hour.
        if (minutes <= URGENT_ANSWER_MINUTES) within++;
      }
    }
    const lot = population.lots[s.lot];
    if (s.method === 'rapid' && s.positive && lot && lot.failMask === 0) falsePositives++;
    if (s.regime === 'supervision' || s.regime === 'follow-up') {
      supervision++;
      // Follow the chain of follow-ups back to the sample that started it.
      let root = s;
      while (root.triggeredBy >= 0 && byId[root.triggeredBy]) root = byId[root.triggeredBy] as SampleRecord;
      if (root.regime !== 'monitoring') independent++;
    }
    if (!Number.isNaN(s.penaltyAt)) penalties++;
    const c = s.confirmation;
    if (c?.objected && c.reportDue) {
      objections++;
      const dueEnd = (daysBetween(run.startDate, c.reportDue) + 1) * 1440;
      if (!Number.isNaN(c.resultAt) && c.resultAt <= dueEnd) onTime++;
    }
  }
  const monthly: Record<string, number> = {};
  population.lots.forEach((lot, i) => {
    if (lot.failMask === 0 || isStopped(run, i, lot.saleAt)) return;
    // Month from the day of the year (civil months of the run's year).
    const month = monthOfDay(population.year, Math.floor(lot.saleAt / 1440));
    bump(monthly, String(month + 1).padStart(2, '0'), lot.volumeKg);
  });
  return {
    ...intercept,
    routineMinutes: minuteHistogram(routine),
    urgentMinutes: minuteHistogram(urgent),
    urgentWithinHour: { hits: within, n: urgentRequests },
    falsePositivesConfirmed: falsePositives,
    supervisionSamples: supervision,
    supervisionIndependent: independent,
    penaltyCases: penalties,
    pending,
    retestsOnTime: { hits: onTime, n: objections },
    // A utilization is a float fraction of the kernel's resource; 20 decimals keep it exact to far
    // below the KPI's 0.1 % while its decimal sum over districts stays exact and order-free.
    labUtilization: formatStat(run.labUtilization, UTILIZATION_DIGITS),
    rapidUtilization: formatStat(run.rapidUtilization, UTILIZATION_DIGITS),
    urgentBuckets,
    routineBuckets,
    monthlyKgToMarket: monthly,
  };
}

/**
 * A percentage `hits / n × 100` to one decimal, exact (decimal, half-up); '0.0' when n is 0.
 * @example
 * percent(1, 3); // '33.3'
 */
export function percent(hits: number, n: number): string {
  return percentStat(hits, n, { digits: 1, empty: 0 });
}
