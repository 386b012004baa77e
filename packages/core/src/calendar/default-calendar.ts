// The default statutory calendar (the built-in notices, 2019–2026) and the module-level functions
// that answer with it. It is a constant: nothing can change it, so a result computed from it, or a
// cache of such results, can never go stale. A newer notice makes a new calendar
// (`DEFAULT_CALENDAR.withYear(data)`), passed explicitly to whatever must count on it.
import { Calendar, type DayInfo } from './calendar';
import type { CivilDate } from './civil-date';
import type { DeadlineExplanation, DeadlineOptions, PeriodUnit } from './deadlines';
import { BUILT_IN_HOLIDAY_YEARS } from './holiday-data';

/**
 * The statutory calendar of the built-in State Council notices (2019–2026), covering
 * 2018-12-29..2026-12-31 (the 2019 notice governs 2018-12-29..31). Immutable.
 * @example
 * DEFAULT_CALENDAR.coverage(); // { from: '2018-12-29', to: '2026-12-31' }
 * const with2027 = DEFAULT_CALENDAR.withYear(notice2027); // a new calendar; this one is unchanged
 */
export const DEFAULT_CALENDAR: Calendar = Calendar.fromYears(BUILT_IN_HOLIDAY_YEARS);

/**
 * The covered range of the default calendar, 2018-12-29..2026-12-31.
 * @example
 * calendarCoverage(); // { from: '2018-12-29', to: '2026-12-31' }
 */
export function calendarCoverage(): { from: CivilDate; to: CivilDate } {
  return DEFAULT_CALENDAR.coverage();
}

/**
 * Whether `date` is a working day of the default calendar (a listed day off is not, a listed
 * make-up day is, otherwise Monday–Friday). For another calendar: `calendar.isWorkingDay(date)`.
 * @throws CalendarRangeError outside the coverage.
 * @example
 * isWorkingDay(civilDate('2025-02-08')); // true: Saturday, 春节 make-up day
 */
export function isWorkingDay(date: CivilDate): boolean {
  return DEFAULT_CALENDAR.isWorkingDay(date);
}

/**
 * Whether `date` is an official day off (weekend or holiday, make-up days excluded), default calendar.
 * @example
 * isDayOff(civilDate('2025-01-28')); // true: 除夕, 春节 2025
 */
export function isDayOff(date: CivilDate): boolean {
  return DEFAULT_CALENDAR.isDayOff(date);
}

/**
 * The holiday name of an official day off, or undefined (default calendar).
 * @example
 * holidayName(civilDate('2024-10-01')); // '国庆节'
 */
export function holidayName(date: CivilDate): string | undefined {
  return DEFAULT_CALENDAR.holidayName(date);
}

/**
 * Kind, working status and holiday name of one day (default calendar).
 * @example
 * dayInfo(civilDate('2024-09-29')).kind; // 'makeUpWorkday'
 */
export function dayInfo(date: CivilDate): DayInfo {
  return DEFAULT_CALENDAR.dayInfo(date);
}

/**
 * The n-th working day after `date` on the default calendar, the start day never counting (民法典
 * 第二百零一条). Negative n counts backwards, `date` excluded; `n = 0` returns `date` unchanged (use
 * `nextWorkingDay` for "this day or the next working day").
 * @example
 * addWorkingDays(civilDate('2024-09-27'), 3); // '2024-10-08': 9-29 (make-up Sun), 9-30, then 国庆节
 */
export function addWorkingDays(date: CivilDate, n: number): CivilDate {
  return DEFAULT_CALENDAR.addWorkingDays(date, n);
}

/**
 * Signed number of working days walked onto from `a` to `b` (`a` excluded, `b` included), so that
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every n (default calendar).
 * @example
 * workingDaysBetween(civilDate('2024-09-27'), civilDate('2024-10-08')); // 3
 */
export function workingDaysBetween(a: CivilDate, b: CivilDate): number {
  return DEFAULT_CALENDAR.workingDaysBetween(a, b);
}

/**
 * `date` if it is a working day, otherwise the next one (default calendar).
 * @example
 * nextWorkingDay(civilDate('2025-02-01')); // '2025-02-05'
 */
export function nextWorkingDay(date: CivilDate): CivilDate {
  return DEFAULT_CALENDAR.nextWorkingDay(date);
}

/**
 * The last day of a statutory period on the default calendar; see
 * {@link Calendar.statutoryDeadline} for the rules (民法典 第二百零一至二百零三条, 征管法实施细则
 * 第一百零九条). For another calendar: `calendar.statutoryDeadline(start, n, unit, options)`.
 * @throws ValidationError for bad arguments; CalendarRangeError when the period leaves the coverage.
 * @example
 * statutoryDeadline(civilDate('2024-09-25'), 10, 'days'); // '2024-10-08': 10-05 is 国庆节, moved on
 * // 第一百零九条 read as natural days: 4 days off (02-01..04) add 4 days to 02-15. Not the filing
 * // deadline the notices publish for February 2025 (02-20): `filingDeadline('2025-02')` in @gd-ftz/statutes.
 * statutoryDeadline(civilDate('2025-01-31'), 15, 'days', { taxHolidayExtension: true }); // '2025-02-19'
 * statutoryDeadline(civilDate('2023-01-31'), 1, 'months'); // '2023-02-28' (a Tuesday)
 */
export function statutoryDeadline(
  start: CivilDate,
  n: number,
  unit: PeriodUnit,
  options: DeadlineOptions = {},
): CivilDate {
  return DEFAULT_CALENDAR.statutoryDeadline(start, n, unit, options);
}

/**
 * `statutoryDeadline` with its reasons (zh/en) and the articles applied, for traces and reports.
 * @example
 * explainDeadline(civilDate('2025-01-31'), 15, 'days', { taxHolidayExtension: true }).steps;
 */
export function explainDeadline(
  start: CivilDate,
  n: number,
  unit: PeriodUnit,
  options: DeadlineOptions = {},
): DeadlineExplanation {
  return DEFAULT_CALENDAR.explainDeadline(start, n, unit, options);
}
