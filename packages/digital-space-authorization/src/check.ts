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
 * Read by character codes in one pass (every request has one; issue 23): the shape and the digits
 * are checked here, the date itself by core's calendar (isCivilDate, toEpochDay) the first time
 * its eight digits are seen; its day number is then remembered in a small table keyed by those
 * digits as one integer, so the requests of one day (or of the 28 days the bench cycles through)
 * read it back by one integer compare. The table only remembers what core computed: a date it has
 * not seen, or has lost to a collision, goes to core again.
 */
export function instant(x: unknown, path: string): number {
  if (typeof x === 'string') {
    const len = x.length;
    if ((len === 10 || len === 16) && x.charCodeAt(4) === 45 && x.charCodeAt(7) === 45) {
      // Each digit d is 0…9 exactly when (d | (9 - d)) is not negative.
      const y0 = x.charCodeAt(0) - 48;
      const y1 = x.charCodeAt(1) - 48;
      const y2 = x.charCodeAt(2) - 48;
      const y3 = x.charCodeAt(3) - 48;
      const m0 = x.charCodeAt(5) - 48;
      const m1 = x.charCodeAt(6) - 48;
      const d0 = x.charCodeAt(8) - 48;
      const d1 = x.charCodeAt(9) - 48;
      const digits =
        y0 | (9 - y0) | y1 | (9 - y1) | y2 | (9 - y2) | y3 | (9 - y3) | m0 | (9 - m0) | m1 | (9 - m1);
      if ((digits | d0 | (9 - d0) | d1 | (9 - d1)) >= 0) {
        const key = ((((((y0 * 10 + y1) * 10 + y2) * 10 + y3) * 10 + m0) * 10 + m1) * 10 + d0) * 10 + d1;
        const slot = ((m0 * 10 + m1) * 31 + d0 * 10 + d1) & (DAY_SLOTS - 1);
        const day = seenKeys[slot] === key ? (seenDays[slot] as number) : epochDayOf(x, key, slot);
        if (!Number.isNaN(day)) {
          const minutes = day * MINUTES_PER_DAY;
          if (len === 10) return minutes;
          const h0 = x.charCodeAt(11) - 48;
          const h1 = x.charCodeAt(12) - 48;
          const n0 = x.charCodeAt(14) - 48;
          const n1 = x.charCodeAt(15) - 48;
          if (
            x.charCodeAt(10) === 84 &&
            x.charCodeAt(13) === 58 &&
            (h0 | (9 - h0) | h1 | (9 - h1) | n0 | (9 - n0) | n1 | (9 - n1)) >= 0
          ) {
            const h = h0 * 10 + h1;
            const m = n0 * 10 + n1;
            if (h <= 23 && m <= 59) return minutes + h * 60 + m;
          }
        }
      }
    }
  }
  throw ValidationError.of(
    path,
    'must be a civil date YYYY-MM-DD or date-time YYYY-MM-DDTHH:mm',
    '应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:mm',
  );
}

/** Slots of the table of dates seen (a power of two above 12 × 31, so one year's dates never collide). */
const DAY_SLOTS = 512;
/** The dates seen (their eight digits as one integer; -1: none), and their day numbers, by slot. */
const seenKeys = new Int32Array(DAY_SLOTS).fill(-1);
const seenDays = new Float64Array(DAY_SLOTS);

/**
 * The epoch day of the date in the first ten characters of `x` (digits and dashes already
 * checked; `key` its eight digits), by core's calendar, remembered at `slot`; or NaN.
 */
function epochDayOf(x: string, key: number, slot: number): number {
  const date = x.length === 10 ? x : x.slice(0, 10);
  if (!isCivilDate(date)) return Number.NaN;
  const day = toEpochDay(date);
  seenKeys[slot] = key;
  seenDays[slot] = day;
  return day;
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
