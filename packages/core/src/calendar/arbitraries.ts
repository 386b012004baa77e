// fast-check arbitraries of core/calendar values, always inside a calendar's coverage (the default
// calendar unless one is given).
import fc from 'fast-check';
import type { Calendar } from './calendar';
import { type CivilDate, fromEpochDay, toEpochDay } from './civil-date';
import { type CivilDateTime, dateTime, MINUTES_PER_DAY } from './date-time';
import { DEFAULT_CALENDAR } from './default-calendar';

/** Bounds for date arbitraries; both default to the calendar's covered range's ends. */
export interface DateRange {
  readonly from?: CivilDate;
  readonly to?: CivilDate;
  /** The calendar whose coverage (and working days) bound the dates; default `DEFAULT_CALENDAR`. */
  readonly calendar?: Calendar;
}

function bounds(range: DateRange): { from: CivilDate; to: CivilDate; cal: Calendar } {
  const cal = range.calendar ?? DEFAULT_CALENDAR;
  return { from: range.from ?? cal.from, to: range.to ?? cal.to, cal };
}

/**
 * Any civil date in `[from, to]` (default: the whole covered range).
 * @example
 * fc.assert(fc.property(civilDateArb(), (d) => isCivilDate(d)));
 */
export function civilDateArb(range: DateRange = {}): fc.Arbitrary<CivilDate> {
  const { from, to } = bounds(range);
  return fc.integer({ min: toEpochDay(from, 'from'), max: toEpochDay(to, 'to') }).map((e) => fromEpochDay(e));
}

/**
 * Any working day in `[from, to]` (default: the covered range), uniformly over working days.
 * @example
 * fc.assert(fc.property(workingDayArb(), (d) => isWorkingDay(d)));
 */
export function workingDayArb(range: DateRange = {}): fc.Arbitrary<CivilDate> {
  const { from, to, cal } = bounds(range);
  const first = cal.nextWorkingDay(from);
  const more = cal.workingDaysBetween(first, to);
  return fc.integer({ min: 0, max: Math.max(0, more) }).map((k) => cal.addWorkingDays(first, k));
}

/**
 * Any civil date-time on a date in `[from, to]`.
 * @example
 * fc.assert(fc.property(dateTimeArb(), (dt) => dt.minute < 1440));
 */
export function dateTimeArb(range: DateRange = {}): fc.Arbitrary<CivilDateTime> {
  return fc
    .tuple(civilDateArb(range), fc.integer({ min: 0, max: MINUTES_PER_DAY - 1 }))
    .map(([d, m]) => dateTime(d, m));
}
