// The simulation counts in epoch days (integers) and asks core's statutory calendar through its
// epoch-day methods, which read precomputed tables: no date string is parsed on a step.
import { type CivilDate, civilDate, DEFAULT_CALENDAR, fromEpochDay, toEpochDay } from '@gd-ftz/core';

/** The working days of 2024, the simulated year of arrivals, as epoch days. */
export const ARRIVAL_DAYS: Int32Array = (() => {
  const out: number[] = [];
  const end = toEpochDay(civilDate('2024-12-31'));
  for (let d = toEpochDay(civilDate('2024-01-01')); d <= end; d++) {
    if (DEFAULT_CALENDAR.isWorkingEpochDay(d)) out.push(d);
  }
  return Int32Array.from(out);
})();

/** The n-th working day after day `d` (n ≥ 1; `d` itself not counted). */
export function addWork(d: number, n: number): number {
  return DEFAULT_CALENDAR.addWorkingEpochDays(d, n);
}

/** `d` when it is a working day, else the next working day. */
export function workOnOrAfter(d: number): number {
  return DEFAULT_CALENDAR.nextWorkingEpochDay(d);
}

/** Working days in (a, b], for a ≤ b. */
export function workBetween(a: number, b: number): number {
  return DEFAULT_CALENDAR.workingEpochDaysBetween(a, b);
}

/** The civil date of an epoch day. */
export function dateOf(d: number): CivilDate {
  return fromEpochDay(d);
}

/** The epoch day of a civil date. */
export function dayOf(d: CivilDate): number {
  return toEpochDay(d);
}
