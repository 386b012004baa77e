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
import { type DataCategory, isDataCategory } from './categories';
import type { Subject } from './consent';

/** Throws unless `x` is a plain object. */
export function object(x: unknown, path: string): Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x))
    throw ValidationError.of(path, 'must be an object', '应为对象');
  return x as Record<string, unknown>;
}

/** A non-empty trimmed-equal string (ids, purposes). */
export function name(x: unknown, path: string): string {
  if (typeof x !== 'string' || x.trim() === '' || x.trim() !== x || x.length > 200)
    throw ValidationError.of(
      path,
      'must be a non-empty string without surrounding spaces (at most 200 characters)',
      '应为非空字符串，首尾无空格，至多 200 字',
    );
  return x;
}

/** A real civil date. */
export function date(x: unknown, path: string): CivilDate {
  if (!isCivilDate(x))
    throw ValidationError.of(path, 'must be a real date YYYY-MM-DD', '应为有效日期 YYYY-MM-DD');
  return x;
}

const INSTANT = /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):([0-5]\d))?$/;

/**
 * An instant as minutes since 1970-01-01 00:00 civil time: `YYYY-MM-DD` (its 00:00) or
 * `YYYY-MM-DDTHH:mm`. No time zone: the platform's civil time (Asia/Shanghai) is implied.
 */
export function instant(x: unknown, path: string): number {
  const m = typeof x === 'string' ? INSTANT.exec(x) : null;
  if (m === null || !isCivilDate(m[1]))
    throw ValidationError.of(
      path,
      'must be a civil date YYYY-MM-DD or date-time YYYY-MM-DDTHH:mm',
      '应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:mm',
    );
  const day = toEpochDay(m[1] as string);
  return day * MINUTES_PER_DAY + (m[2] === undefined ? 0 : Number(m[2]) * 60 + Number(m[3]));
}

/** A non-empty list of distinct known categories, copied. */
export function categories(x: unknown, path: string): DataCategory[] {
  if (!Array.isArray(x) || x.length === 0)
    throw ValidationError.of(path, 'must be a non-empty array of data categories', '应为非空的数据类别数组');
  const seen = new Set<string>();
  x.forEach((c, i) => {
    if (!isDataCategory(c))
      throw ValidationError.of(`${path}.${i}`, 'is not a known data category', '不是已知的数据类别');
    if (seen.has(c)) throw ValidationError.of(`${path}.${i}`, 'repeats a category', '数据类别重复');
    seen.add(c);
  });
  return [...x] as DataCategory[];
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
