// One firm's outcomes added to the totals of a view, per firm-month of use, in bounded memory:
// integer counts only (loss days in a dense count array), so totals of any block of firms merge
// exactly (shard.ts).
import { type CivilDate, daysBetween } from '@gd-ftz/core';
import type { FirmRun } from './firm-run';
import type { CreditGrade } from './model';
import { lastDayOf, monthAt, monthIndex } from './month';
import type { Scenario } from './population';

/** The two views compared with the truth. */
export type View = 'baseline' | 'reform';
const AB = new Set<CreditGrade>(['A', 'B']);
/** The grades in the order of the class counts. */
export const GRADE_ORDER: readonly CreditGrade[] = ['A', 'B', 'M', 'C', 'D'];
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
  /**
   * Cases by days from a direct-D case at an A/B firm to the firm losing A/B (censored at the
   * horizon): `lossDayCounts[d]` cases took `d` whole days.
   */
  readonly lossDayCounts: number[] = [];
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

/** Days within which an external case counts as seen (the KPI). */
export const SEEN_WITHIN_DAYS = 60;

function bump(a: number[], i: number): void {
  a[i] = (a[i] as number) + 1;
}

/**
 * Adds one firm's run, as view `v` holds it, to that view's totals.
 * @example
 * for (const v of ['baseline', 'reform'] as const) accumulate(run, sc, v, stats[v]);
 */
export function accumulate(run: FirmRun, sc: Scenario, v: View, s: ViewStats): void {
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
    // Never negative: the loss is on the case's date or at a later month's end.
    const d = daysBetween(k.date, lost ?? end);
    s.lossDayCounts[d] = (s.lossDayCounts[d] ?? 0) + 1;
  }
}

/**
 * Adds the truth's class of each month of use of one firm to `counts` (A, B, M, C, D).
 * @example
 * addTruthClasses(run, sc, truthClasses);
 */
export function addTruthClasses(run: FirmRun, sc: Scenario, counts: number[]): void {
  for (let i = 1; i <= 12; i++)
    if (sc.useFirst + i - 1 >= run.registered) bump(counts, GRADE_INDEX[run.truth[i] as CreditGrade]);
}
