// 公民身份号码 (resident identity card number), GB 11643-1999: 6-digit address code, 8-digit birth
// date YYYYMMDD, 3-digit sequence (odd for men, even for women), and a check character per
// ISO 7064 MOD 11-2: weights W_i = 2^(18−i) mod 11 (i = 1..17), C = (12 − Σ a_i × W_i mod 11) mod 11, 10 written X.

import type { CivilDate } from '../calendar/civil-date';
import { isCivilDate, toEpochDay } from '../calendar/civil-date';
import { ValidationError } from '../errors';
import { optionsObject } from '../options-object';
import type { IdCheck } from './uscc';

/** Weights of positions 1–17 (W_i = 2^(18−i) mod 11). */
export const RESIDENT_ID_WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** Check character by Σ mod 11: 0 ↦ 1, 1 ↦ 0, 2 ↦ X, 3 ↦ 9, … 10 ↦ 2. */
const CHECK_CHARS = '10X98765432';

/** Options of the resident ID check. */
export interface ResidentIdOptions {
  /** Reference date: a birth date after it is invalid (e.g. the application date). */
  readonly asOf?: CivilDate;
}

/**
 * The check character (0–9 or X) for the first 17 digits of a resident ID.
 * @throws ValidationError (path `first17`) unless given 17 digits.
 * @example
 * residentIdCheckChar('11010519491231002'); // 'X'
 */
export function residentIdCheckChar(first17: string): string {
  if (typeof first17 !== 'string' || !/^\d{17}$/.test(first17)) {
    throw ValidationError.of('first17', 'must be 17 digits', '必须是 17 位数字');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * RESIDENT_ID_WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * The birth date encoded in positions 7–14 of an 18-character resident ID, if it is a real date.
 * @example
 * residentIdBirthDate('11010519491231002X'); // '1949-12-31'
 */
export function residentIdBirthDate(id: string): CivilDate | undefined {
  if (typeof id !== 'string' || id.length !== 18) return undefined;
  const d = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  return isCivilDate(d) ? d : undefined;
}

/**
 * Checks a resident ID and says why it is invalid.
 * @example
 * validateResidentId('110105194912310021'); // { valid: false, reason: { en: 'check character is 1, expected X', … } }
 */
export function validateResidentId(id: unknown, options: ResidentIdOptions = {}): IdCheck {
  optionsObject(options);
  const fail = (en: string, zh: string): IdCheck => ({ valid: false, reason: { en, zh } });
  if (typeof id !== 'string') return fail('must be a string', '必须是字符串');
  if (!/^\d{17}[\dX]$/.test(id))
    return fail('must be 17 digits and a digit or X', '必须是 17 位数字加 1 位数字或 X');
  const birth = residentIdBirthDate(id);
  if (birth === undefined || toEpochDay(birth) < toEpochDay('1800-01-01')) {
    return fail('positions 7–14 are not a real birth date', '第 7–14 位不是有效的出生日期');
  }
  if (options.asOf !== undefined && toEpochDay(birth) > toEpochDay(options.asOf, 'options.asOf')) {
    return fail(`birth date ${birth} is after ${options.asOf}`, `出生日期 ${birth} 晚于 ${options.asOf}`);
  }
  const expected = residentIdCheckChar(id.slice(0, 17));
  if (id[17] !== expected) {
    return fail(
      `check character is ${id[17]!}, expected ${expected}`,
      `校验码为 ${id[17]!}，应为 ${expected}`,
    );
  }
  return { valid: true };
}

/**
 * Whether `id` is a valid 18-character 公民身份号码 (GB 11643-1999): a real birth date (not after
 * `options.asOf` when given) and the MOD 11-2 check character (upper-case X).
 * @example
 * isValidResidentId('11010519491231002X'); // true
 */
export function isValidResidentId(id: unknown, options: ResidentIdOptions = {}): boolean {
  optionsObject(options);
  return validateResidentId(id, options).valid;
}
