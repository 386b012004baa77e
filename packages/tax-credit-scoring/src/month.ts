// Calendar months `YYYY-MM` as integers (year × 12 + month − 1) for the rolling window: no Date
// object, so nothing depends on the machine's time zone.
import { type CivilDate, describeValue, ValidationError } from '@gd-ftz/core';
import type { YearMonth } from './model';

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function leap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** True when `s` is `YYYY-MM` with a month 01–12 and a year 0001–9999. */
export function isYearMonth(s: unknown): s is YearMonth {
  if (typeof s !== 'string' || s.length !== 7 || s.charCodeAt(4) !== 45) return false;
  for (let i = 0; i < 7; i++) {
    if (i === 4) continue;
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const m = (s.charCodeAt(5) - 48) * 10 + (s.charCodeAt(6) - 48);
  return m >= 1 && m <= 12 && s.slice(0, 4) !== '0000';
}

/**
 * A checked month: throws a ValidationError naming `path` unless `s` is a real `YYYY-MM`.
 * @example
 * yearMonth('2026-05') // '2026-05'
 */
export function yearMonth(s: string, path = 'month'): YearMonth {
  if (!isYearMonth(s)) {
    throw ValidationError.of(
      path,
      `must be a month written YYYY-MM, got ${describeValue(s)}`,
      `必须是 YYYY-MM 格式的月份，收到 ${describeValue(s)}`,
    );
  }
  return s;
}

/** year × 12 + month − 1. Internal: the month must be valid. */
export function monthIndex(m: string): number {
  return (
    ((m.charCodeAt(0) - 48) * 1000 +
      (m.charCodeAt(1) - 48) * 100 +
      (m.charCodeAt(2) - 48) * 10 +
      (m.charCodeAt(3) - 48)) *
      12 +
    (m.charCodeAt(5) - 48) * 10 +
    (m.charCodeAt(6) - 48) -
    1
  );
}

/** The month of an index made by {@link monthIndex}. */
export function monthAt(index: number): YearMonth {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}` as YearMonth;
}

/** The month a civil date falls in. */
export function monthOfDate(d: string): YearMonth {
  return d.slice(0, 7) as YearMonth;
}

/**
 * The last day of a month: the as-of date of a month's re-scoring.
 * @example
 * lastDayOf('2028-02' as YearMonth) // '2028-02-29'
 */
export function lastDayOf(m: YearMonth): CivilDate {
  const y = Number(m.slice(0, 4));
  const mm = Number(m.slice(5, 7));
  const d = mm === 2 && leap(y) ? 29 : (DAYS[mm - 1] as number);
  return `${m}-${d}` as CivilDate;
}
