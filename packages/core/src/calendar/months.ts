// Month and year arithmetic on civil dates, with the end-of-month rule of 民法典 第二百零二条: a
// period in months or years ends on the corresponding day of the last month, or on that month's
// last day when it has no such day. date-fns' addMonths/addYears implement exactly that clamping.
//
// Time-zone safety: date-fns works on JS Dates through their *local* getters and setters. We hand it
// a `UTCDate` (@date-fns/utc), a Date whose local methods are the UTC ones, built from the epoch
// millisecond of the civil date's UTC midnight. date-fns then reads and writes UTC fields only, so
// no offset and no daylight-saving transition of the machine's zone (TZ=America/New_York,
// Asia/Shanghai, …) can move a result. Building plain Dates at local midnight would also keep the
// fields right in most zones, but a zone whose DST starts at midnight shifts that instant to 01:00
// and every reader would have to know it; UTCDate removes the question. The timestamp constructor
// (never `Date.UTC(y, m, d)`) also avoids the 0–99 → 1900–1999 year mapping of the Date API.

import { UTCDate } from '@date-fns/utc';
import { addMonths as fnsAddMonths } from 'date-fns/addMonths';
import { addYears as fnsAddYears } from 'date-fns/addYears';
import { describeValue } from '../describe-value';
import { ValidationError } from '../errors';
import { type CivilDate, fromEpochDay, toEpochDay } from './civil-date';

const DAY_MS = 86_400_000;

function checkCount(n: number, path: string): void {
  if (!Number.isSafeInteger(n)) {
    throw ValidationError.of(
      path,
      `must be an integer, got ${describeValue(n)}`,
      `必须是整数，收到 ${String(n)}`,
    );
  }
}

/**
 * The UTC midnight of an epoch day, as a date-fns-ready UTCDate (internal to core's date modules).
 * @example
 * utcDateOfEpochDay(0).getDate(); // 1 (1970-01-01, read in UTC whatever the machine's zone)
 */
export function utcDateOfEpochDay(epochDay: number): UTCDate {
  return new UTCDate(epochDay * DAY_MS);
}

/** The epoch day of a UTCDate at UTC midnight (NaN for an invalid date, e.g. past year 275 760). */
function epochDayOfUtc(date: Date): number {
  return date.getTime() / DAY_MS;
}

/**
 * The date `n` calendar months after `date` (before it for negative `n`): the same day of the
 * month, or the last day of the target month when it is shorter (民法典 第二百零二条). The start day
 * is the day the period is counted from (第二百零一条: it is not itself counted), so a one-month
 * period from 2024-01-31 ends on 2024-02-29.
 * @throws ValidationError naming `date` or `n` (a non-integer, or a result outside 0001–9999).
 * @example
 * addMonths(civilDate('2024-01-31'), 1); // '2024-02-29' (leap year: February has 29 days)
 * addMonths(civilDate('2023-01-31'), 1); // '2023-02-28'
 * addMonths(civilDate('2024-03-31'), -1); // '2024-02-29'
 */
export function addMonths(date: CivilDate, n: number): CivilDate {
  const start = toEpochDay(date);
  checkCount(n, 'n');
  if (n === 0) return fromEpochDay(start);
  return fromEpochDay(epochDayOfUtc(fnsAddMonths(utcDateOfEpochDay(start), n)), 'n');
}

/**
 * The date `n` years after `date` (before it for negative `n`), the same month and day, or the last
 * day of February when `date` is 29 February and the target year is not a leap year (民法典
 * 第二百零二条: no corresponding day, so the month's last day).
 * @throws ValidationError naming `date` or `n`.
 * @example
 * addYears(civilDate('2024-02-29'), 1); // '2025-02-28'
 * addYears(civilDate('2024-02-29'), 4); // '2028-02-29'
 */
export function addYears(date: CivilDate, n: number): CivilDate {
  const start = toEpochDay(date);
  checkCount(n, 'n');
  if (n === 0) return fromEpochDay(start);
  return fromEpochDay(epochDayOfUtc(fnsAddYears(utcDateOfEpochDay(start), n)), 'n');
}
