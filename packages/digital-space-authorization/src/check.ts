// Input checks shared by the public functions: each throws core's ValidationError naming the
// field's path, before anything is changed.
import {
  type CivilDate,
  isCivilDate,
  isValidUscc,
  MINUTES_PER_DAY,
  toEpochDay,
  ValidationError,
  validateUscc,
} from '@gd-ftz/core';
import { categoryBit, type DataCategory } from './categories';
import type { Subject } from './consent';

/** Throws unless `x` is a plain object. */
export function object(x: unknown, path: string): Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x))
    throw ValidationError.of(path, 'must be an object', '应为对象');
  return x as Record<string, unknown>;
}

/** A non-empty trimmed-equal string (ids, purposes). */
export function name(x: unknown, path: string): string {
  // The same test as `x.trim() !== '' && x.trim() === x`, without building the trimmed copies:
  // such a string starts and ends with a character that trim() keeps.
  if (
    typeof x !== 'string' ||
    x.length === 0 ||
    x.length > 200 ||
    trimmable(x, 0) ||
    trimmable(x, x.length - 1)
  )
    throw ValidationError.of(
      path,
      'must be a non-empty string without surrounding spaces (at most 200 characters)',
      '应为非空字符串，首尾无空格，至多 200 字',
    );
  return x;
}

const WHITESPACE = /\s/;

/** Whether the character at `i` is one trim() removes (\s: white space and line terminators). */
function trimmable(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c > 32 && c < 127) return false;
  return WHITESPACE.test(s[i] as string);
}

/** A real civil date. */
export function date(x: unknown, path: string): CivilDate {
  if (!isCivilDate(x))
    throw ValidationError.of(path, 'must be a real date YYYY-MM-DD', '应为有效日期 YYYY-MM-DD');
  return x;
}

/**
 * An instant as minutes since 1970-01-01 00:00 civil time: `YYYY-MM-DD` (its 00:00) or
 * `YYYY-MM-DDTHH:mm`. No time zone: the platform's civil time (Asia/Shanghai) is implied.
 * Read by character codes (every request has one; issue 23). The date is checked and counted by
 * core's calendar (toEpochDay) the first time it is seen; its day number is then remembered in a
 * small table, so the requests of one day (or of the 28 days the bench cycles through) read it
 * back by comparing ten characters instead of copying and parsing them. The table only remembers
 * what core computed: a date it has not seen, or has lost to a collision, is parsed again.
 */
export function instant(x: unknown, path: string): number {
  if (typeof x === 'string' && (x.length === 10 || x.length === 16)) {
    const day = epochDayOf(x);
    if (!Number.isNaN(day)) {
      const minutes = day * MINUTES_PER_DAY;
      if (x.length === 10) return minutes;
      const h = twoDigits(x, 11);
      const m = twoDigits(x, 14);
      if (x.charCodeAt(10) === 84 && x.charCodeAt(13) === 58 && h >= 0 && h <= 23 && m >= 0 && m <= 59)
        return minutes + h * 60 + m;
    }
  }
  throw ValidationError.of(
    path,
    'must be a civil date YYYY-MM-DD or date-time YYYY-MM-DDTHH:mm',
    '应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:mm',
  );
}

/** Slots of the table of dates seen (a power of two). */
const DAY_SLOTS = 256;
/** The dates seen (ten characters each), and their day numbers, by slot. */
const seenDates: string[] = new Array<string>(DAY_SLOTS).fill('');
const seenDays = new Float64Array(DAY_SLOTS);

/** The epoch day of the date in the first ten characters of `x` (length ≥ 10), or NaN. */
function epochDayOf(x: string): number {
  // Slot from the month's and the day's last digits and the day's tens; a collision only costs a parse.
  const slot =
    (x.charCodeAt(6) * 40 + x.charCodeAt(8) * 10 + x.charCodeAt(9) + x.charCodeAt(3) * 7) & (DAY_SLOTS - 1);
  const seen = seenDates[slot] as string;
  if (seen.length === 10) {
    let same = true;
    for (let i = 0; i < 10; i++)
      if (seen.charCodeAt(i) !== x.charCodeAt(i)) {
        same = false;
        break;
      }
    if (same) return seenDays[slot] as number;
  }
  const date = x.length === 10 ? x : x.slice(0, 10);
  if (!isCivilDate(date)) return Number.NaN;
  const day = toEpochDay(date);
  seenDates[slot] = date;
  seenDays[slot] = day;
  return day;
}

/** The two decimal digits at `i`, or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** A non-empty list of distinct known categories, copied. */
export function categories(x: unknown, path: string): DataCategory[] {
  categoryMask(x, path);
  return [...(x as DataCategory[])];
}

/**
 * Checks a non-empty list of distinct known categories where it is (not copied) and returns its
 * categories as bits (categoryBit): every request passes here (issue 23), and a grant covers a
 * request's items when the request's bits are a subset of the grant's.
 */
export function categoryMask(x: unknown, path: string): number {
  if (!Array.isArray(x) || x.length === 0)
    throw ValidationError.of(path, 'must be a non-empty array of data categories', '应为非空的数据类别数组');
  let mask = 0;
  for (let i = 0; i < x.length; i++) {
    const bit = categoryBit(x[i]);
    if (bit === 0)
      throw ValidationError.of(`${path}.${i}`, 'is not a known data category', '不是已知的数据类别');
    if ((mask & bit) !== 0) throw ValidationError.of(`${path}.${i}`, 'repeats a category', '数据类别重复');
    mask |= bit;
  }
  return mask;
}

/** A subject: a person with a birth date, or an organisation with a valid USCC. */
export function subject(x: unknown, path: string): Subject {
  const s = object(x, path);
  if (s.kind === 'person') return { kind: 'person', birthDate: date(s.birthDate, `${path}.birthDate`) };
  if (s.kind === 'organisation') {
    if (!isValidUscc(s.uscc)) {
      const v = validateUscc(s.uscc);
      const reason = v.valid ? { en: 'invalid', zh: '无效' } : v.reason;
      throw ValidationError.of(
        `${path}.uscc`,
        `must be a valid 统一社会信用代码 (GB 32100-2015): ${reason.en}`,
        `应为有效的统一社会信用代码（GB 32100-2015）：${reason.zh}`,
      );
    }
    return { kind: 'organisation', uscc: s.uscc as string };
  }
  throw ValidationError.of(
    `${path}.kind`,
    "must be 'person' or 'organisation'",
    "应为 'person' 或 'organisation'",
  );
}

/** An optional boolean. */
export function flag(x: unknown, path: string): boolean {
  if (x === undefined) return false;
  if (typeof x !== 'boolean') throw ValidationError.of(path, 'must be true or false', '应为布尔值');
  return x;
}
