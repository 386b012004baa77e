// Civil date-times for simulations (opening hours, an objection window of a few hours): a civil date
// plus minutes since midnight. No time zone and no `Date` object: 22:00 + 4 h is 02:00 the next day.
import { describeValue } from '../describe-value';
import { ValidationError } from '../errors';
import { type CivilDate, fromEpochDay, toEpochDay } from './civil-date';

/** A civil date and a minute of that day (0 = 00:00 … 1439 = 23:59). */
export interface CivilDateTime {
  readonly date: CivilDate;
  readonly minute: number;
}

/**
 * Minutes in a civil day (no leap seconds or clock changes in civil time).
 * @example
 * Math.floor(t / MINUTES_PER_DAY); // the simulation day of minute t
 */
export const MINUTES_PER_DAY = 1440;

function parseClock(time: string | number, path: string): number {
  if (typeof time === 'number') {
    if (Number.isInteger(time) && time >= 0 && time < MINUTES_PER_DAY) return time;
  } else if (typeof time === 'string' && /^\d{2}:\d{2}$/.test(time)) {
    const h = Number(time.slice(0, 2));
    const m = Number(time.slice(3, 5));
    if (h < 24 && m < 60) return h * 60 + m;
  }
  throw ValidationError.of(
    path,
    `must be a time 'HH:mm' (00:00–23:59) or a minute 0–1439, got ${describeValue(time)}`,
    `必须是时间 'HH:mm'（00:00–23:59）或 0–1439 的分钟数，收到 ${describeValue(time)}`,
  );
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A civil date-time from a date and a time of day (`'HH:mm'` or minutes since midnight).
 * @example
 * dateTime(civilDate('2025-09-30'), '22:00'); // { date: '2025-09-30', minute: 1320 }
 */
export function dateTime(date: CivilDate, time: string | number): CivilDateTime {
  toEpochDay(date, 'date');
  const minute = parseClock(time, 'time');
  return Object.freeze({ date, minute });
}

/**
 * Parses `'YYYY-MM-DDTHH:mm'`.
 * @example
 * parseDateTime('2025-10-01T02:00'); // { date: '2025-10-01', minute: 120 }
 */
export function parseDateTime(s: string, path = 'dateTime'): CivilDateTime {
  if (typeof s !== 'string' || s.length !== 16 || s[10] !== 'T') {
    throw ValidationError.of(
      path,
      `must be 'YYYY-MM-DDTHH:mm', got ${describeValue(s)}`,
      `必须是 'YYYY-MM-DDTHH:mm'`,
    );
  }
  const date = s.slice(0, 10);
  toEpochDay(date, path);
  return Object.freeze({ date: date as CivilDate, minute: parseClock(s.slice(11), path) });
}

function checkDateTime(dt: CivilDateTime, path: string): number {
  if (typeof dt !== 'object' || dt === null) {
    throw ValidationError.of(
      path,
      'must be a civil date-time { date, minute }',
      '必须是日期时间 { date, minute }',
    );
  }
  const day = toEpochDay(dt.date, `${path}.date`);
  return day * MINUTES_PER_DAY + parseClock(dt.minute, `${path}.minute`);
}

/**
 * Minutes since 1970-01-01T00:00 civil time (no time zone).
 * @example
 * toEpochMinutes(parseDateTime('1970-01-02T00:30')); // 1470
 */
export function toEpochMinutes(dt: CivilDateTime): number {
  return checkDateTime(dt, 'dateTime');
}

/**
 * The civil date-time `n` minutes after 1970-01-01T00:00.
 * @example
 * formatDateTime(fromEpochMinutes(1470)); // '1970-01-02T00:30'
 */
export function fromEpochMinutes(n: number): CivilDateTime {
  if (!Number.isSafeInteger(n)) {
    throw ValidationError.of(
      'n',
      `must be an integer, got ${describeValue(n)}`,
      `必须是整数，收到 ${describeValue(n)}`,
    );
  }
  const day = Math.floor(n / MINUTES_PER_DAY);
  return Object.freeze({ date: fromEpochDay(day, 'n'), minute: n - day * MINUTES_PER_DAY });
}

/**
 * The date-time `n` minutes later (earlier for negative n), crossing midnight as needed.
 * @example
 * formatDateTime(addMinutes(parseDateTime('2025-09-30T22:00'), 240)); // '2025-10-01T02:00'
 */
export function addMinutes(dt: CivilDateTime, n: number): CivilDateTime {
  const base = checkDateTime(dt, 'dateTime');
  if (!Number.isSafeInteger(n)) {
    throw ValidationError.of(
      'n',
      `must be an integer, got ${describeValue(n)}`,
      `必须是整数，收到 ${describeValue(n)}`,
    );
  }
  return fromEpochMinutes(base + n);
}

/**
 * `b - a` in minutes (signed).
 * @example
 * minutesBetween(parseDateTime('2025-09-30T22:00'), parseDateTime('2025-10-01T02:00')); // 240
 */
export function minutesBetween(a: CivilDateTime, b: CivilDateTime): number {
  return checkDateTime(b, 'b') - checkDateTime(a, 'a');
}

/**
 * Orders two date-times: negative, zero or positive.
 * @example
 * [b, a].sort(compareDateTimes);
 */
export function compareDateTimes(a: CivilDateTime, b: CivilDateTime): number {
  return minutesBetween(b, a);
}

/**
 * `'YYYY-MM-DDTHH:mm'`.
 * @example
 * formatDateTime(dateTime(civilDate('2025-10-01'), 120)); // '2025-10-01T02:00'
 */
export function formatDateTime(dt: CivilDateTime): string {
  checkDateTime(dt, 'dateTime');
  return `${dt.date}T${pad2(Math.floor(dt.minute / 60))}:${pad2(dt.minute % 60)}`;
}
