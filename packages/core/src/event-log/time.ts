// Event times: civil Beijing time as integer milliseconds since 1970-01-01T00:00 (civil), so sorting
// and differences are exact integer arithmetic; written as ISO 8601 with the +08:00 offset.
import { type CivilDate, fromEpochDay, toEpochDay } from '../calendar/civil-date';
import { MINUTES_PER_DAY } from '../calendar/date-time';
import { ValidationError } from '../errors';
import type { LogTimeInput } from './types';

/**
 * Milliseconds in a civil day.
 * @example
 * logMillis(civilDate('1970-01-02')) === MS_PER_DAY; // true
 */
export const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/**
 * The UTC offset of every civil time the engines simulate (Beijing time, no daylight saving).
 * @example
 * isoBeijing(0).endsWith(BEIJING_OFFSET); // true
 */
export const BEIJING_OFFSET = '+08:00';

function bad(path: string, en: string, zh: string): never {
  throw ValidationError.of(path, en, zh);
}

/**
 * Milliseconds since 1970-01-01T00:00 civil time of an event time (a date is read as 00:00).
 * @throws ValidationError naming `path` for anything that is not a real date or date-time.
 * @example
 * logMillis(civilDate('1970-01-02')); // 86_400_000
 * logMillis({ date: civilDate('1970-01-01'), minute: 1, second: 0.5 }); // 60_500
 */
export function logMillis(at: LogTimeInput, path = 'at'): number {
  if (typeof at === 'string') return toEpochDay(at, path) * MS_PER_DAY;
  if (typeof at !== 'object' || at === null) {
    bad(path, 'must be a civil date or date-time', '必须是日期或日期时间');
  }
  const day = toEpochDay(at.date, `${path}.date`);
  const minute = at.minute;
  if (!Number.isInteger(minute) || minute < 0 || minute >= MINUTES_PER_DAY) {
    bad(`${path}.minute`, 'must be an integer minute 0–1439', '必须是 0–1439 的整数分钟');
  }
  const second = at.second ?? 0;
  if (typeof second !== 'number' || !(second >= 0 && second < 60)) {
    bad(`${path}.second`, 'must be a number of seconds 0 ≤ s < 60', '必须是 0 ≤ s < 60 的秒数');
  }
  // Kept to the millisecond; a second that rounds to 60 000 ms carries into the next minute.
  return day * MS_PER_DAY + minute * MS_PER_MINUTE + Math.round(second * 1000);
}

/**
 * The event time of simulated time `t` (minutes, possibly fractional) after 00:00 of `startDate`,
 * to the millisecond: the bridge from a discrete-event simulation's clock to the log.
 * @example
 * simLogTime(civilDate('2024-03-04'), 1500.5); // { date: '2024-03-05', minute: 60, second: 30 }
 */
export function simLogTime(
  startDate: CivilDate,
  t: number,
): { readonly date: CivilDate; readonly minute: number; readonly second: number } {
  if (typeof t !== 'number' || !(t >= 0 && t < Number.POSITIVE_INFINITY))
    bad('t', 'must be a finite time ≥ 0', '必须是 ≥ 0 的有限时间');
  const ms = toEpochDay(startDate, 'startDate') * MS_PER_DAY + Math.round(t * MS_PER_MINUTE);
  const day = Math.floor(ms / MS_PER_DAY);
  const inDay = ms - day * MS_PER_DAY;
  const minute = Math.floor(inDay / MS_PER_MINUTE);
  return { date: fromEpochDay(day), minute, second: (inDay - minute * MS_PER_MINUTE) / 1000 };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * ISO 8601 with milliseconds and the Beijing offset, e.g. `2025-10-01T02:00:00.000+08:00`.
 * @example
 * isoBeijing(logMillis(civilDate('2025-10-01'))); // '2025-10-01T00:00:00.000+08:00'
 */
export function isoBeijing(ms: number): string {
  if (!Number.isSafeInteger(ms)) bad('ms', 'must be an integer millisecond', '必须是整数毫秒');
  const day = Math.floor(ms / MS_PER_DAY);
  let rest = ms - day * MS_PER_DAY;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / MS_PER_MINUTE);
  rest -= m * MS_PER_MINUTE;
  const s = Math.floor(rest / 1000);
  const milli = rest - s * 1000;
  return `${fromEpochDay(day)}T${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(milli, 3)}${BEIJING_OFFSET}`;
}
