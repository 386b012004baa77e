// The synthetic requests of one run, drawn once from named sub-streams of the seed and shared by
// both variants (common random numbers). Struct of arrays: a province-scale run keeps no object
// per request.
import { addDays, type CivilDate, civilDate, isWorkingDay, RandomStream } from '@gd-ftz/core';
import { filingDeadline } from '@gd-ftz/statutes';
import { CLASS_ORDER, ITEM_CLASSES } from './items';
import type { ZeroWindowServiceParams } from './params';

/**
 * Staffed opening hours of the hall, the lounge, the cloud seats and the back office: a common
 * Guangdong schedule (not fixed by law; halls publish their own).
 */
export const SERVICE_HOURS = [
  { from: '09:00', to: '12:00' },
  { from: '13:30', to: '17:30' },
] as const;

/** Working days up to and including the filing deadline that see the peak (an assumption). */
const PEAK_WORKING_DAYS = 5;
const MINUTES_PER_DAY = 1440;

/** The requests of a run, indexed 0..n-1 in arrival order. */
export interface Population {
  readonly n: number;
  /** Time 0 of the simulation clock (00:00). */
  readonly startDate: CivilDate;
  /** Arrival, minutes since `startDate` 00:00. */
  readonly arrival: Float64Array;
  /** Index into CLASS_ORDER. */
  readonly cls: Uint8Array;
  readonly ready: Uint8Array;
  readonly inPerson: Uint8Array;
  /** One-way travel minutes to the hall. */
  readonly travel: Float64Array;
  /** Unit-mean exponential draws: service, patience, back office. */
  readonly eService: Float64Array;
  readonly ePatience: Float64Array;
  readonly eBack: Float64Array;
}

function clockMinute(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
}

/** The service hours as [from, span] minutes, read once (minuteOfOpen runs once per request). */
const PERIODS = SERVICE_HOURS.map(
  (p) => [clockMinute(p.from), clockMinute(p.to) - clockMinute(p.from)] as const,
);
const LAST_MINUTE = clockMinute(SERVICE_HOURS[SERVICE_HOURS.length - 1]!.to) - 1;

/** Minute of the day of a position x in [0, open minutes) of the service hours. */
function minuteOfOpen(x: number): number {
  let left = x;
  for (const [from, span] of PERIODS) {
    if (left < span) return from + left;
    left -= span;
  }
  return LAST_MINUTE;
}

/** Open minutes of a working day. */
function openMinutes(): number {
  return SERVICE_HOURS.reduce((s, p) => s + clockMinute(p.to) - clockMinute(p.from), 0);
}

/**
 * The working days of the year with their weights: a peak of `peakFactor` on the last
 * {@link PEAK_WORKING_DAYS} working days up to each month's filing deadline (@gd-ftz/statutes).
 */
export function dayWeights(year: number, peakFactor: number): { days: number[]; cumulative: Float64Array } {
  const start = civilDate(`${String(year)}-01-01`);
  const peak = new Set<string>();
  for (let m = 1; m <= 12; m++) {
    let d: CivilDate = filingDeadline(`${String(year)}-${String(m).padStart(2, '0')}`);
    for (let k = 0; k < PEAK_WORKING_DAYS; ) {
      if (isWorkingDay(d)) {
        peak.add(d);
        k++;
      }
      d = addDays(d, -1);
    }
  }
  const days: number[] = [];
  const weights: number[] = [];
  for (let i = 0; ; i++) {
    const d = addDays(start, i);
    if (!d.startsWith(String(year))) break;
    if (!isWorkingDay(d)) continue;
    days.push(i);
    weights.push(peak.has(d) ? peakFactor : 1);
  }
  const cumulative = new Float64Array(weights.length);
  let s = 0;
  weights.forEach((w, i) => {
    s += w;
    cumulative[i] = s;
  });
  return { days, cumulative };
}

/**
 * 00:00 of 1 January of `year`: time 0 of a run's clock.
 * @example
 * civilYearStart(2025) // '2025-01-01'
 */
export function civilYearStart(year: number): CivilDate {
  return civilDate(`${String(year)}-01-01`);
}

// Day weights by (year, peak factor): a province run draws thousands of districts of one year.
const WEIGHTS = new Map<string, ReturnType<typeof dayWeights>>();
function cachedDayWeights(year: number, peakFactor: number): ReturnType<typeof dayWeights> {
  const key = `${String(year)}|${String(peakFactor)}`;
  let w = WEIGHTS.get(key);
  if (w === undefined) {
    if (WEIGHTS.size >= 16) WEIGHTS.clear(); // bounded: a run uses one year and one peak factor
    w = dayWeights(year, peakFactor);
    WEIGHTS.set(key, w);
  }
  return w;
}

function pick(cumulative: Float64Array, u: number): number {
  const target = u * (cumulative[cumulative.length - 1] as number);
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] as number) > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Draws the population of a scenario: arrivals on the working days of `year` (peaks before each
 * filing deadline), uniformly within the service hours, then each request's class, taxpayer and
 * unit draws, in arrival order.
 */
export function populationOf(params: ZeroWindowServiceParams, seed: number): Population {
  const n = params.requests;
  const root = RandomStream.fromSeed(seed);
  const when = root.substream('arrivals');
  const who = root.substream('taxpayers');
  const work = root.substream('service');
  const { days, cumulative } = cachedDayWeights(params.year, params.peakFactor);
  const open = openMinutes();
  const arrival = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const day = days[pick(cumulative, when.real())] as number;
    arrival[i] = day * MINUTES_PER_DAY + Math.floor(minuteOfOpen(when.real() * open));
  }
  arrival.sort();
  const mix = CLASS_ORDER.map((c) => ITEM_CLASSES[c].mix);
  const onSite = CLASS_ORDER.map((c) => ITEM_CLASSES[c].onSite);
  const pop: Population = {
    n,
    startDate: civilYearStart(params.year),
    arrival,
    cls: new Uint8Array(n),
    ready: new Uint8Array(n),
    inPerson: new Uint8Array(n),
    travel: new Float64Array(n),
    eService: new Float64Array(n),
    ePatience: new Float64Array(n),
    eBack: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const c = who.weightedIndex(mix);
    pop.cls[i] = c;
    // Every draw is made for every request, so that a parameter change moves no other draw.
    pop.ready[i] = who.real() < params.digitalReadiness ? 1 : 0;
    const inPerson = who.real() < params.inPersonOnlyShare;
    pop.inPerson[i] = inPerson && !onSite[c] ? 1 : 0;
    pop.travel[i] = params.travelMinutes * (0.5 + who.real());
    pop.eService[i] = work.exponential(1);
    pop.ePatience[i] = work.exponential(1);
    pop.eBack[i] = work.exponential(1);
  }
  return pop;
}
