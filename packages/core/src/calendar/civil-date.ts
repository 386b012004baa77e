// Civil dates, the one date module of core: ISO `YYYY-MM-DD` strings, computed with pure integer
// day numbers (days since 1970-01-01 in the proleptic Gregorian calendar). Calendar, params, rules,
// audit and ids all parse and count dates here. No `Date` object is involved, so no result can
// depend on the machine's time zone, and the hot paths (a simulation asks for thousands of working
// days) stay integer array reads. Month and year arithmetic and localized formatting, where
// date-fns earns its place, live beside this file (`months.ts`, `format.ts`).
//
// Parsing is ours, not date-fns': `parse(s, 'yyyy-MM-dd')` reads 1–4 digit years and 1–2 digit
// months and days (it takes `2024-1-5` and `24-01-05`), and `parseISO` takes `2024-01`, `20240105`
// and offsets. A civil date here is exactly ten characters; the tests check that its validity
// (month lengths, leap years) agrees with date-fns on every string of that shape.
import { describeValue } from '../describe-value';
import { ValidationError } from '../errors';

/** A calendar date `YYYY-MM-DD` (years 0001–9999), without time or time zone. */
export type CivilDate = string & { readonly __brand: 'CivilDate' };

const MIN_EPOCH_DAY = -719162; // 0001-01-01
const MAX_EPOCH_DAY = 2932896; // 9999-12-31

/** Day number of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Refuses a value that is not a safe integer (a BigInt, NaN, a string) with a ValidationError. */
function integerArg(value: unknown, path: string): void {
  if (!Number.isSafeInteger(value)) {
    throw ValidationError.of(
      path,
      `must be an integer, got ${describeValue(value)}`,
      `必须是整数，收到 ${describeValue(value)}`,
    );
  }
}

/**
 * Whether `year` is a leap year of the Gregorian calendar: divisible by 4, except centuries not
 * divisible by 400.
 * @example
 * isLeapYear(2024); // true
 * isLeapYear(2100); // false
 * isLeapYear(2000); // true
 */
export function isLeapYear(year: number): boolean {
  integerArg(year, 'year');
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days of a month (1–12) of a year: 28–31.
 * @example
 * daysInMonth(2024, 2); // 29
 * daysInMonth(2023, 2); // 28
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The epoch day of `s`, or NaN when `s` is not a real `YYYY-MM-DD` date. */
function tryEpochDay(s: unknown): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) {
    return Number.NaN;
  }
  const year = digitsAt(s, 0, 4);
  const month = digitsAt(s, 5, 7);
  const day = digitsAt(s, 8, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return daysFromCivil(year, month, day);
}

/**
 * The epoch day (days since 1970-01-01) of a civil date; throws a ValidationError naming `path`
 * when the input is not a real `YYYY-MM-DD` date.
 * @example
 * toEpochDay(civilDate('1970-01-02')); // 1
 */
export function toEpochDay(date: CivilDate | string, path = 'date'): number {
  const n = tryEpochDay(date);
  if (Number.isNaN(n)) {
    throw ValidationError.of(
      path,
      `must be a real calendar date YYYY-MM-DD, got ${describeValue(date)}`,
      `必须是真实存在的日期 YYYY-MM-DD，收到 ${describeValue(date)}`,
    );
  }
  return n;
}

/**
 * The civil date of an epoch day (days since 1970-01-01).
 * @example
 * fromEpochDay(19_723); // '2024-01-01'
 */
export function fromEpochDay(epochDay: number, path = 'epochDay'): CivilDate {
  if (!Number.isInteger(epochDay) || epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
    throw ValidationError.of(
      path,
      `must be an integer day number within years 0001–9999, got ${describeValue(epochDay)}`,
      `必须是 0001–9999 年范围内的整数日序号，收到 ${describeValue(epochDay)}`,
    );
  }
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as CivilDate;
}

/**
 * Validates a `YYYY-MM-DD` string as a real date and brands it. `2025-02-29` is rejected.
 * @throws ValidationError naming `path` (default `date`).
 * @example
 * const d = civilDate('2025-01-28');
 */
export function civilDate(s: string, path = 'date'): CivilDate {
  toEpochDay(s, path);
  return s as CivilDate;
}

/**
 * Whether `x` is a real `YYYY-MM-DD` date.
 * @example
 * isCivilDate('2024-02-29'); // true
 * isCivilDate('2025-02-29'); // false
 */
export function isCivilDate(x: unknown): x is CivilDate {
  return !Number.isNaN(tryEpochDay(x));
}

/**
 * Orders two dates: negative, zero or positive.
 * @example
 * ['2025-02-01', '2025-01-01'].map((s) => civilDate(s)).sort(compareDates);
 */
export function compareDates(a: CivilDate, b: CivilDate): number {
  return toEpochDay(a, 'a') - toEpochDay(b, 'b');
}

/**
 * The earlier of two dates.
 * @example
 * minDate(civilDate('2025-01-02'), civilDate('2025-01-01')); // '2025-01-01'
 */
export function minDate(a: CivilDate, b: CivilDate): CivilDate {
  return compareDates(a, b) <= 0 ? a : b;
}

/**
 * The later of two dates.
 * @example
 * maxDate(civilDate('2025-01-02'), civilDate('2025-01-01')); // '2025-01-02'
 */
export function maxDate(a: CivilDate, b: CivilDate): CivilDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/**
 * ISO weekday of an epoch day: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). The integer
 * form of {@link weekday}, for hot loops over epoch days.
 * @example
 * weekdayOfEpochDay(0); // 4 (Thursday 1970-01-01)
 */
export function weekdayOfEpochDay(epochDay: number): number {
  integerArg(epochDay, 'epochDay');
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/**
 * ISO weekday: 1 = Monday … 7 = Sunday.
 * @example
 * weekday(civilDate('2025-02-08')); // 6 (a Saturday)
 */
export function weekday(date: CivilDate): number {
  return weekdayOfEpochDay(toEpochDay(date));
}

/**
 * The calendar year of a date.
 * @example
 * yearOf(civilDate('2018-12-31')); // 2018
 */
export function yearOf(date: CivilDate): number {
  toEpochDay(date);
  return digitsAt(date, 0, 4);
}

/**
 * The year, month (1–12) and day (1–31) of a date.
 * @example
 * dateParts(civilDate('2024-02-29')); // { year: 2024, month: 2, day: 29 }
 */
export function dateParts(date: CivilDate): { year: number; month: number; day: number } {
  toEpochDay(date);
  return { year: digitsAt(date, 0, 4), month: digitsAt(date, 5, 7), day: digitsAt(date, 8, 10) };
}

/**
 * The date of a year, month (1–12) and day; throws a ValidationError naming `path` when there is no
 * such day (`2025, 2, 29`) or the year is outside 0001–9999.
 * @example
 * dateFromParts(2019, 1, 1); // '2019-01-01'
 */
export function dateFromParts(year: number, month: number, day: number, path = 'date'): CivilDate {
  const ok = [year, month, day].every(Number.isInteger) && year >= 1 && year <= 9999;
  // describeValue, not String: a Symbol or an object without a primitive value must not throw.
  const text = ok
    ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
    : `${describeValue(year)}-${describeValue(month)}-${describeValue(day)}`;
  return civilDate(text, typeof path === 'string' ? path : 'date');
}

/**
 * The date `n` natural days after `date` (before it for negative `n`). Pure arithmetic: it needs
 * no holiday data, so it works for any year 0001–9999.
 * @example
 * addDays(civilDate('2024-02-28'), 2); // '2024-03-01' (2024 is a leap year)
 */
export function addDays(date: CivilDate, n: number): CivilDate {
  const start = toEpochDay(date);
  if (!Number.isSafeInteger(n)) {
    throw ValidationError.of(
      'n',
      `must be an integer, got ${describeValue(n)}`,
      `必须是整数，收到 ${describeValue(n)}`,
    );
  }
  return fromEpochDay(start + n, 'n');
}

/**
 * `b - a` in natural days (signed): `addDays(a, daysBetween(a, b)) === b`.
 * @example
 * daysBetween(civilDate('2024-02-28'), civilDate('2024-03-01')); // 2
 */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return toEpochDay(b, 'b') - toEpochDay(a, 'a');
}
