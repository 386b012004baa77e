// One firm through the three views of its record: the truth (every record on its date), the
// reform (the same rules re-run monthly on linked data) and the baseline (the annual grade set in
// April, external data once a year, direct-D cases adjusted after a lag).
import { addDays, type CivilDate, daysBetween } from '@gd-ftz/core';
import { initialState, rescoreMonth } from './dynamic';
import { evasionMeets } from './grade';
import type { CreditEvent, CreditGrade, DynamicState, RatedEvent, ScoreResult } from './model';
import { lastDayOf, monthAt, monthIndex } from './month';
import type { TaxCreditScoringParams } from './params';
import { EXTERNAL, type Scenario, type SyntheticFirm } from './population';
import { annualScore } from './score';
import { termsAt } from './terms';

/** A direct-D case of the firm and when each view holds it. */
export interface CaseSeen {
  readonly date: CivilDate;
  readonly code: string;
  readonly external: boolean;
  readonly reform: CivilDate;
  readonly baseline: CivilDate;
}

/** What one firm's run yields; class arrays run from April before the use year to its last April. */
export interface FirmRun {
  readonly firm: SyntheticFirm;
  /** Month index of the firm's first tax dealing. */
  readonly registered: number;
  readonly truth: readonly CreditGrade[];
  /** The truth holds an open direct-D case that month. */
  readonly truthOpen: readonly boolean[];
  readonly reform: readonly CreditGrade[];
  readonly baseline: readonly CreditGrade[];
  readonly cases: readonly CaseSeen[];
  /** The April evaluation of the scenario year, per view (sample traces). */
  readonly rated: { readonly baseline: ScoreResult; readonly reform: ScoreResult };
  /** Reform states of the months of use (sample traces). */
  readonly reformStates: readonly DynamicState[];
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The records as one view holds them: external ones get the day they arrive. */
function viewOf(f: SyntheticFirm, arrive: (e: CreditEvent, i: number) => CivilDate): CreditEvent[] {
  return f.events.map((e, i) => {
    const on = arrive(e, i);
    return on === e.date ? e : { ...e, recordedOn: on };
  });
}

function rated(r: ScoreResult): RatedEvent {
  return {
    kind: 'rated',
    date: r.asOf,
    year: r.year,
    grade: r.grade,
    basis: r.basis === 'new' ? 'score' : r.basis,
  };
}

/** The April evaluations of the two years before use, the second seeing the first. */
function evaluations(events: CreditEvent[], year: number): [RatedEvent, ScoreResult] {
  const asOf1 = `${year}-04-30` as CivilDate;
  const first = annualScore(events, year - 1, asOf1);
  const withFirst = [...events, rated(first)];
  const second = annualScore(withFirst, year, `${year + 1}-04-30` as CivilDate);
  return [rated(first), second];
}

/** Monthly re-scoring of a view from the scenario's first month; grades from April before use. */
function dynamicRun(events: readonly CreditEvent[], sc: Scenario, keep: DynamicState[] | null) {
  const n = sc.last - sc.first + 1;
  const buckets: CreditEvent[][] = Array.from({ length: n }, () => []);
  for (const e of events) {
    const i = monthIndex(e.recordedOn ?? e.date) - sc.first;
    if (i >= 0 && i < n) (buckets[i] as CreditEvent[]).push(e);
  }
  let s = initialState(monthAt(sc.first - 1));
  const grades: CreditGrade[] = [];
  const open: boolean[] = [];
  for (let m = sc.first; m <= sc.last; m++) {
    s = rescoreMonth(s, buckets[m - sc.first] as CreditEvent[], monthAt(m));
    if (m >= sc.useFirst - 1) {
      grades.push(s.grade);
      const t = termsAt(lastDayOf(monthAt(m)), `${monthAt(m).slice(0, 4)}-12-31`);
      open.push(
        s.open.some((c) => c.code !== 'evasion' || evasionMeets(c.evaded as string, c.taxDue as string, t)),
      );
      if (keep && m >= sc.useFirst) keep.push(s);
    }
  }
  return { grades, open };
}

/**
 * The baseline's class at the end of each month from April before use: the annual grade of the
 * year it was set for, re-rated after a repair, and D once a later direct-D case has been on
 * record for `adjustDays` (2014 第二十五条 dynamic adjustment; the lag is an assumption).
 */
function baselineRun(
  events: CreditEvent[],
  cases: readonly CaseSeen[],
  sc: Scenario,
  p: TaxCreditScoringParams,
): CreditGrade[] {
  const adjusted = (on: CivilDate) => addDays(on, p.adjustDays);
  const repairs = events.filter((e) => e.kind === 'repair');
  const withRepairsAt = (end: string) =>
    events
      .filter((e) => e.kind !== 'repair' || adjusted(e.recordedOn ?? e.date) <= end)
      .map((e) => (e.kind === 'repair' ? { ...e, recordedOn: e.date } : e));
  const out: CreditGrade[] = [];
  let cacheKey = '';
  let cached: CreditGrade = 'M';
  for (let m = sc.useFirst - 1; m <= sc.last; m++) {
    const end = lastDayOf(monthAt(m));
    const gradeYear = m < sc.useFirst ? sc.year - 1 : sc.year;
    const cut = `${gradeYear}-12-31`;
    // Later cases on record (and adjusted) and not repaired: D.
    const effectiveRepairs = repairs.filter((r) => adjusted(r.recordedOn ?? r.date) <= end);
    const open = cases.filter((c) => c.date > cut && c.date <= end && adjusted(c.baseline) <= end);
    const left = open.filter((c) => {
      const i = effectiveRepairs.findIndex(
        (r) => r.kind === 'repair' && r.code === c.code && r.date >= c.date,
      );
      if (i >= 0) effectiveRepairs.splice(i, 1);
      return i < 0;
    });
    if (left.length > 0) {
      out.push('D');
      continue;
    }
    const key = `${gradeYear}|${repairs.filter((r) => adjusted(r.recordedOn ?? r.date) <= end).length}`;
    if (key !== cacheKey) {
      cached = annualScore(withRepairsAt(end), gradeYear, end).grade;
      cacheKey = key;
    }
    out.push(cached);
  }
  return out;
}

/**
 * Runs one firm through the truth, the reform and the baseline.
 * @example
 * runFirm(firm, params, scenarioOf('sat-2025-12')).reform.length // 13: April before use, then 12 months
 */
export function runFirm(
  f: SyntheticFirm,
  p: TaxCreditScoringParams,
  sc: Scenario,
  keepStates = false,
  only?: 'baseline' | 'reform',
): FirmRun {
  const exchange = (date: string) =>
    `${Number(date.slice(0, 4)) + 1}-${pad2(p.exchangeMonth)}-01` as CivilDate;
  const baselineOn = (e: CreditEvent) => (EXTERNAL.has(e.source ?? 'tax') ? exchange(e.date) : e.date);
  const reformOn = (e: CreditEvent, i: number) => {
    if (!EXTERNAL.has(e.source ?? 'tax')) return e.date;
    if ((f.linkU[i] as number) >= p.linkCoverage) return exchange(e.date);
    const delay = Math.round(Math.exp(Math.log(p.linkDelayDays) + 0.8 * (f.linkZ[i] as number)));
    return addDays(e.date, Math.max(0, delay));
  };
  const cases: CaseSeen[] = [];
  f.events.forEach((e, i) => {
    const isCase =
      e.kind === 'breach' ||
      (e.kind === 'evasion' &&
        evasionMeets(e.evaded, e.taxDue, termsAt(e.date, `${e.date.slice(0, 4)}-12-31`)));
    if (isCase) {
      cases.push({
        date: e.date,
        code: e.kind === 'breach' ? e.code : 'evasion',
        external: EXTERNAL.has(e.source ?? 'tax'),
        reform: reformOn(e, i),
        baseline: baselineOn(e),
      });
    }
  });
  const truthEvents = f.events as CreditEvent[];
  const [truthPrior, truthRated] = evaluations(truthEvents, sc.year);
  const truth = dynamicRun([...truthEvents, truthPrior, rated(truthRated)], sc, null);
  const states: DynamicState[] = [];
  // A sensitivity run over a parameter of one view leaves the other view as it was: skip it.
  let reform: { grades: CreditGrade[] } = { grades: [] };
  let reformRated: ScoreResult | undefined;
  if (only !== 'baseline') {
    const reformEvents = viewOf(f, reformOn);
    const [reformPrior, r] = evaluations(reformEvents, sc.year);
    reformRated = r;
    reform = dynamicRun([...reformEvents, reformPrior, rated(r)], sc, keepStates ? states : null);
  }
  let baseline: CreditGrade[] = [];
  let baseRated: ScoreResult | undefined;
  if (only !== 'reform') {
    const baselineEvents = viewOf(f, baselineOn);
    const [basePrior, r] = evaluations(baselineEvents, sc.year);
    baseRated = r;
    baseline = baselineRun([...baselineEvents, basePrior, rated(r)], cases, sc, p);
  }
  const reg = f.events.find((e) => e.kind === 'registered');
  return {
    firm: f,
    registered: reg ? monthIndex(reg.date) : sc.first,
    truth: truth.grades,
    truthOpen: truth.open,
    reform: reform.grades,
    baseline,
    cases,
    rated: { baseline: baseRated ?? truthRated, reform: reformRated ?? truthRated },
    reformStates: states,
  };
}

/** Days between two civil dates (re-exported for the statistics). */
export const daysFrom = (a: CivilDate, b: CivilDate) => daysBetween(a, b);
