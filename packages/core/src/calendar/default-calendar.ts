// The default statutory calendar (built-in 2019–2026 notices plus any year the user registers) and
// the module-level functions that answer with it.
import { type DayInfo, StatutoryCalendar } from './calendar';
import type { CivilDate } from './civil-date';
import { BUILT_IN_HOLIDAY_YEARS } from './holiday-data';

let current: StatutoryCalendar = StatutoryCalendar.fromYears(BUILT_IN_HOLIDAY_YEARS);

/**
 * The default calendar as it stands now (built-in years plus registered ones).
 * @example
 * const cal = defaultCalendar(); cal.coverage();
 */
export function defaultCalendar(): StatutoryCalendar {
  return current;
}

/**
 * Adds a notice year to the default calendar (new State Council notices come out each November).
 * The year must be adjacent to the covered years; re-registering a covered year is accepted only
 * with identical days. Validated before anything changes.
 * @throws ValidationError for malformed data; ConfigurationError for a gap or a conflicting year.
 * @example
 * registerHolidayYear({ year: 2027, days: [{ date: '2027-01-01', name: '元旦', isOffDay: true }], source: { notices: [{ title: '国务院办公厅关于2027年部分节假日安排的通知' }] } });
 */
export function registerHolidayYear(data: unknown): StatutoryCalendar {
  current = current.withYear(data);
  return current;
}

/**
 * The covered range of the default calendar: whole calendar years, 2019-01-01..2026-12-31 built in.
 * @example
 * calendarCoverage(); // { from: '2019-01-01', to: '2026-12-31' }
 */
export function calendarCoverage(): { from: CivilDate; to: CivilDate } {
  return current.coverage();
}

/**
 * Whether `date` is a working day (a listed day off is not, a listed make-up day is, otherwise
 * Monday–Friday).
 * @throws CalendarRangeError outside the covered years.
 * @example
 * isWorkingDay(civilDate('2025-02-08')); // true: Saturday, 春节 make-up day
 */
export function isWorkingDay(date: CivilDate): boolean {
  return current.isWorkingDay(date);
}

/**
 * Whether `date` is an official day off (weekend or holiday, make-up days excluded).
 * @example
 * isDayOff(civilDate('2025-01-28')); // true: 除夕, 春节 2025
 */
export function isDayOff(date: CivilDate): boolean {
  return !current.isWorkingDay(date);
}

/**
 * The holiday name of an official day off, or undefined.
 * @example
 * holidayName(civilDate('2024-10-01')); // '国庆节'
 */
export function holidayName(date: CivilDate): string | undefined {
  return current.holidayName(date);
}

/**
 * Kind, working status and holiday name of one day.
 * @example
 * dayInfo(civilDate('2024-09-29')).kind; // 'makeUpWorkday'
 */
export function dayInfo(date: CivilDate): DayInfo {
  return current.dayInfo(date);
}

/**
 * The n-th working day after `date`, the start day never counting (民法典 第二百零一条). Negative n
 * counts backwards, `date` excluded; `n = 0` returns `date` unchanged (use `nextWorkingDay` for
 * "this day or the next working day").
 * @example
 * addWorkingDays(civilDate('2024-09-27'), 3); // '2024-10-08': 9-29 (make-up Sun), 9-30, then 国庆节
 */
export function addWorkingDays(date: CivilDate, n: number): CivilDate {
  return current.addWorkingDays(date, n);
}

/**
 * Signed number of working days walked onto from `a` to `b` (`a` excluded, `b` included), so that
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every n.
 * @example
 * workingDaysBetween(civilDate('2024-09-27'), civilDate('2024-10-08')); // 3
 */
export function workingDaysBetween(a: CivilDate, b: CivilDate): number {
  return current.workingDaysBetween(a, b);
}

/**
 * `date` if it is a working day, otherwise the next one.
 * @example
 * nextWorkingDay(civilDate('2025-02-01')); // '2025-02-05'
 */
export function nextWorkingDay(date: CivilDate): CivilDate {
  return current.nextWorkingDay(date);
}
