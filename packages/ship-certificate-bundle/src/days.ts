// The simulated span's calendar as integer tables, built once from core's statutory calendar:
// the simulation adds working days and moves last days off by array lookups instead of parsing
// date strings on every step. A test checks the tables against core day by day.
import { type CivilDate, civilDate, fromEpochDay, isWorkingDay, toEpochDay } from '@gd-ftz/core';

/** First and last day the simulation may touch (the calendar covers 2019–2026). */
const FIRST = toEpochDay(civilDate('2024-01-01'));
const LAST = toEpochDay(civilDate('2026-12-31'));

/** Epoch days of the working days in the span, ascending. */
const WORK: Int32Array = (() => {
  const out: number[] = [];
  for (let d = FIRST; d <= LAST; d++) if (isWorkingDay(fromEpochDay(d))) out.push(d);
  return Int32Array.from(out);
})();

/** For each day of the span, how many working days fall on or before it. */
const UPTO: Int32Array = (() => {
  const a = new Int32Array(LAST - FIRST + 1);
  let k = 0;
  for (let d = FIRST; d <= LAST; d++) {
    if (k < WORK.length && WORK[k] === d) k++;
    a[d - FIRST] = k;
  }
  return a;
})();

/** The working days of 2024, the simulated year of arrivals. */
export const ARRIVAL_DAYS: Int32Array = WORK.filter((d) => d < toEpochDay(civilDate('2025-01-01')));

function upto(d: number): number {
  const v = UPTO[d - FIRST];
  if (v === undefined) throw new RangeError(`day ${d} outside the simulated span 2024–2026`);
  return v;
}

/** The n-th working day after day `d` (n ≥ 1; `d` itself not counted). */
export function addWork(d: number, n: number): number {
  const v = WORK[upto(d) + n - 1];
  if (v === undefined) throw new RangeError('past the simulated span 2024–2026');
  return v;
}

/** `d` when it is a working day, else the next working day. */
export function workOnOrAfter(d: number): number {
  const k = upto(d);
  return k > 0 && WORK[k - 1] === d ? d : addWork(d, 1);
}

/** Working days in (a, b]. */
export function workBetween(a: number, b: number): number {
  return upto(b) - upto(a);
}

/** The civil date of an epoch day. */
export function dateOf(d: number): CivilDate {
  return fromEpochDay(d);
}

/** The epoch day of a civil date. */
export function dayOf(d: CivilDate): number {
  return toEpochDay(d);
}
