// Input checks shared by the domain functions: amounts in yuan and civil dates.
import { isCivilDate, Money, ValidationError } from '@gd-ftz/core';

const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

/**
 * A non-negative amount in yuan with at most two decimals (whole fen), as Money.
 * @throws ValidationError naming `path`.
 */
export function amountOf(value: unknown, path: string): Money {
  if (typeof value !== 'string' || !AMOUNT.test(value)) {
    throw ValidationError.of(
      path,
      'must be a non-negative amount in yuan with at most two decimals, e.g. "1200.50"',
      '必须是非负金额（元），最多两位小数，如 "1200.50"',
    );
  }
  return Money.of(value);
}

/** @throws ValidationError naming `path` unless `value` is a real date YYYY-MM-DD. */
export function dateOf(value: unknown, path: string): string {
  if (typeof value !== 'string' || !isCivilDate(value)) {
    throw ValidationError.of(path, 'must be a real date YYYY-MM-DD', '必须是有效日期 YYYY-MM-DD');
  }
  return value;
}

/** @throws ValidationError naming `path` unless `value` is one of `options`. */
export function oneOf<T extends string>(value: unknown, options: readonly T[], path: string): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    throw ValidationError.of(
      path,
      `must be one of ${options.join(', ')}`,
      `必须是 ${options.join('、')} 之一`,
    );
  }
  return value as T;
}

/** @throws ValidationError naming `path` unless `value` is a boolean. */
export function booleanOf(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean')
    throw ValidationError.of(path, 'must be true or false', '必须是 true 或 false');
  return value;
}
