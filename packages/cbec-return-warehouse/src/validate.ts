// Input checks of the domain functions: every bad field is a ValidationError naming its path, and
// nothing is computed (or mutated) before all fields are read.
import { type CivilDate, isCivilDate, Money, ValidationError } from '@gd-ftz/core';
import { type Frac, fracOf } from './fen';

/** The first day any rule of this engine is in force: 财关税〔2016〕18号. */
export const FIRST_DAY = '2016-04-08';

const MONEY = /^(\d+)(?:\.(\d{1,2}))?$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A non-negative amount in yuan, as a decimal string with at most two decimals, in fen. */
export function fenField(value: unknown, path: string): bigint {
  if (typeof value !== 'string') {
    throw ValidationError.of(
      path,
      'must be a decimal string in yuan, not a number',
      '必须是以元为单位的十进制字符串',
    );
  }
  const m = MONEY.exec(value);
  if (m === null) {
    if (value.startsWith('-') && DECIMAL.test(value)) {
      throw ValidationError.of(path, 'must not be negative', '不得为负数');
    }
    throw ValidationError.of(
      path,
      'must be a plain decimal string with at most two decimals (whole fen)',
      '必须是最多两位小数的十进制字符串（整分）',
    );
  }
  // One pass: the digits before and after the point, padded to fen.
  const cents = m[2];
  return BigInt(cents === undefined ? `${m[1]}00` : `${m[1]}${cents.length === 1 ? `${cents}0` : cents}`);
}

/** {@link fenField} as core Money. */
export function moneyField(value: unknown, path: string): Money {
  return Money.fromFen(fenField(value, path));
}

// Valid rates seen, by their text: an order's rates come from a short tariff schedule, so parsing
// each text once keeps the hot path cheap (bounded: cleared when it grows past 4096 texts).
const RATES = new Map<string, Frac>();

/** A tax rate as a decimal string in [0, 1), as an exact fraction. */
export function rateField(value: unknown, path: string): Frac {
  const known = typeof value === 'string' ? RATES.get(value) : undefined;
  if (known !== undefined) return known;
  if (typeof value !== 'string' || !DECIMAL.test(value)) {
    throw ValidationError.of(
      path,
      'must be a decimal string such as "0.13"',
      '必须是十进制字符串，如 "0.13"',
    );
  }
  if (value.startsWith('-')) throw ValidationError.of(path, 'must be in [0, 1)', '必须在 [0, 1) 之内');
  const r = fracOf(value);
  if (r.n >= r.d) throw ValidationError.of(path, 'must be in [0, 1)', '必须在 [0, 1) 之内');
  if (RATES.size >= 4096) RATES.clear();
  RATES.set(value, r);
  return r;
}

/** A count of units: a positive safe integer. */
export function quantityField(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw ValidationError.of(path, 'must be a positive integer', '必须是正整数');
  }
  return value;
}

// The last text found to be a real date: a run of calls on one day checks it once.
let lastDate: string | undefined;

/** A real civil date on or after `earliest`. */
export function dateField(value: unknown, path: string, earliest: string = FIRST_DAY): CivilDate {
  if (value !== lastDate && !isCivilDate(value)) {
    throw ValidationError.of(path, 'must be a real date YYYY-MM-DD', '必须是有效日期 YYYY-MM-DD');
  }
  const date = value as CivilDate;
  if (date < earliest) {
    throw ValidationError.of(path, `must be on or after ${earliest}`, `不得早于 ${earliest}`);
  }
  lastDate = date;
  return date;
}

/** A plain object (not null, not an array). */
export function objectField(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw ValidationError.of(path, 'must be an object', '必须是对象');
  }
  return value as Record<string, unknown>;
}
