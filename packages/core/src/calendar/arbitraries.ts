// fast-check arbitraries of core/calendar values, always inside the default calendar's coverage.
import fc from 'fast-check';
import { type CivilDate, fromEpochDay, toEpochDay } from './civil-date';
import { type CivilDateTime, dateTime, MINUTES_PER_DAY } from './date-time';
import { addWorkingDays, calendarCoverage, nextWorkingDay, workingDaysBetween } from './default-calendar';

/** Bounds for date arbitraries; both default to the covered range's ends. */
export interface DateRange {
  readonly from?: CivilDate;
  readonly to?: CivilDate;
}

function bounds(range: DateRange): { from: CivilDate; to: CivilDate } {
  const cover = calendarCoverage();
  return { from: range.from ?? cover.from, to: range.to ?? cover.to };
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
  const { from, to } = bounds(range);
  const first = nextWorkingDay(from);
  const more = workingDaysBetween(first, to);
  return fc.integer({ min: 0, max: Math.max(0, more) }).map((k) => addWorkingDays(first, k));
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
