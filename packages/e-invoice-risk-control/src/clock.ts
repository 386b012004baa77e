// Simulated time: minutes from 2024-01-01 00:00 on the statutory calendar, with the staff's working
// hours. Internal.
import {
  addWorkingDays,
  type CivilDate,
  civilDate,
  fromEpochDay,
  isWorkingDay,
  type OpeningHours,
  toEpochDay,
  workingDayHours,
} from '@gd-ftz/core';

/** The first day of the simulated year (a Monday): time 0. */
export const YEAR_START = civilDate('2024-01-01');
export const MONTHS = 12;
const DAY = 1440;
const START_DAY = toEpochDay(YEAR_START);

// Assumption: the tax office's staff work 09:00–12:00 and 14:00–18:00 on working days (Guangdong
// offices' usual hours; no rule fixes them).
const STAFF_HOURS = [
  { from: '09:00', to: '12:00' },
  { from: '14:00', to: '18:00' },
];

/** The working days of each month of the simulated year, as day offsets from time 0. */
export interface YearClock {
  readonly workingDays: readonly (readonly number[])[];
  readonly hours: OpeningHours;
}

let cached: YearClock | undefined;

/** The year's working days and staff hours, built once per process (the calendar never changes). */
export function yearClock(): YearClock {
  if (cached) return cached;
  const workingDays: number[][] = Array.from({ length: MONTHS }, () => []);
  for (let d = 0; d < 366; d++) {
    const date = fromEpochDay(START_DAY + d);
    if (date.startsWith('2024-') && isWorkingDay(date)) workingDays[Number(date.slice(5, 7)) - 1]?.push(d);
  }
  cached = { workingDays, hours: workingDayHours(STAFF_HOURS, { startDate: YEAR_START }) };
  return cached;
}

/** The month ('2024-05') of month index 0–11. */
export function monthOf(index: number): string {
  return `2024-${String(index + 1).padStart(2, '0')}`;
}

/** The civil date of a simulated minute. */
export function dateAt(t: number): CivilDate {
  return fromEpochDay(START_DAY + Math.floor(t / DAY)) as CivilDate;
}

/** The civil date-time of a simulated minute, for the event log. */
export function epochMinutes(t: number): number {
  return START_DAY * DAY + t;
}

/** The moment `minutes` of staff working time after `t` (starting at the next opening). */
export function addWorkingMinutes(clock: YearClock, t: number, minutes: number): number {
  // Whole minutes: a fractional need (e.g. 1.000000000000003) would never be met by the hours'
  // whole-minute count, and the loop would not end.
  const need = Math.max(1, Math.ceil(minutes - 1e-9));
  const start = clock.hours.nextOpen(t);
  let end = start + need;
  for (let open = clock.hours.openMinutesBetween(start, end); open < need; ) {
    end += need - open;
    open = clock.hours.openMinutesBetween(start, end);
  }
  return end;
}

/** 09:00 on the `n`th working day after the day of `t` (a decision "within n working days"). */
export function workingDaysLater(t: number, n: number): number {
  const day = addWorkingDays(dateAt(t), n);
  return (toEpochDay(day) - START_DAY) * DAY + 9 * 60;
}
