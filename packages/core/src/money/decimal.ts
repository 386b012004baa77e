import Decimal from 'decimal.js';
import { ValidationError } from '../errors';

/**
 * The private decimal.js constructor of core: 40 significant digits, half-up, never exponential
 * notation. A clone, so that a user changing the global `Decimal.set(...)` cannot change a result.
 * @example
 * new Dec('0.1').plus('0.2').toString() // '0.3'
 */
export const Dec: Decimal.Constructor = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  minE: -9e15,
  maxE: 9e15,
});

/**
 * The only accepted text form of an amount, rate or parameter value: an optional minus sign,
 * digits, and optionally a point followed by digits. No exponent (`1e5`), no thousands separator
 * (`1,000`), no blanks, no leading `+` or bare point (`.5`): inputs are read by people and by
 * machines alike, and each accepted string has exactly one obvious meaning.
 */
export const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

/**
 * The most digits an input string may hold; twice this still fits the 40-digit working precision,
 * so sums and differences of parsed inputs are exact.
 */
export const MAX_INPUT_DIGITS = 34;

/** Whether `value` is a decimal.js instance (of any clone), finite. */
export function isFiniteDecimal(value: unknown): value is Decimal {
  return Decimal.isDecimal(value) && (value as Decimal).isFinite();
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value;
}

/**
 * Parses a decimal string (see {@link DECIMAL_PATTERN}) into core's decimal, or throws a
 * ValidationError naming `path`. Negative zero becomes zero.
 * @example
 * decimalFromString('1234.50', 'amount').toFixed(2) // '1234.50'
 */
export function decimalFromString(value: unknown, path: string): Decimal {
  if (typeof value !== 'string') {
    throw ValidationError.of(
      path,
      `must be a decimal string such as '1234.50', got ${typeName(value)}${typeof value === 'number' ? ' (JS numbers are not exact; pass a string)' : ''}`,
      `必须是十进制字符串（如 '1234.50'），实际为 ${typeName(value)}`,
    );
  }
  if (!DECIMAL_PATTERN.test(value)) {
    throw ValidationError.of(
      path,
      `'${value.slice(0, 40)}' is not a plain decimal (digits, optional '-' and '.', no exponent, separators or blanks)`,
      `'${value.slice(0, 40)}' 不是规范的十进制数（只允许数字、负号和小数点，不允许科学计数法、千分位或空格）`,
    );
  }
  if (value.replace(/[-.]/g, '').length > MAX_INPUT_DIGITS) {
    throw ValidationError.of(
      path,
      `has more than ${MAX_INPUT_DIGITS} digits`,
      `位数超过 ${MAX_INPUT_DIGITS} 位`,
    );
  }
  const d = new Dec(value);
  return d.isZero() ? new Dec(0) : d;
}

/**
 * Converts any finite decimal.js instance (of any clone) to core's decimal, or throws a
 * ValidationError naming `path`.
 * @example
 * decimalFromDecimal(new Decimal('2.5'), 'by').toString() // '2.5'
 */
export function decimalFromDecimal(value: unknown, path: string): Decimal {
  if (!isFiniteDecimal(value)) {
    throw ValidationError.of(path, 'must be a finite Decimal', '必须是有限的 Decimal 数值');
  }
  const d = new Dec(value);
  return d.isZero() ? new Dec(0) : d;
}

/**
 * Core's decimal from a decimal string or a bigint: the way engines build exact factors that are
 * neither money nor rates (counts, ratios).
 * @example
 * decimal('0.1').plus(decimal('0.2')).equals(decimal('0.3')) // true
 */
export function decimal(value: string | bigint): Decimal {
  if (typeof value === 'bigint') return new Dec(value.toString());
  return decimalFromString(value, 'value');
}

/** A decimal in plain notation with at least `minPlaces` decimals, exact (no rounding). */
export function plainString(d: Decimal, minPlaces: number): string {
  return d.decimalPlaces() >= minPlaces ? d.toFixed() : d.toFixed(minPlaces);
}

export type { Decimal };
