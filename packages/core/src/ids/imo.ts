// IMO ship identification number (IMO Resolution A.1117(30)): seven digits, the last a check digit
// equal to Σ d_i × (7, 6, 5, 4, 3, 2) mod 10. The scheme does not catch every single-digit error:
// a change δ at weight w escapes when w·δ ≡ 0 (mod 10), i.e. δ = ±5 at the digits weighted 6, 4
// and 2, and any even δ at the digit weighted 5 (9074729 and 9574729, 9094729 all validate).
import { ValidationError } from '../errors';
import type { IdCheck } from './uscc';

const IMO_PATTERN = /^(?:IMO ?)?(\d{7})$/;

/**
 * The check digit for the first six digits of an IMO number.
 * @throws ValidationError (path `first6`) unless given six digits.
 * @example
 * imoCheckDigit('907472'); // '9'
 */
export function imoCheckDigit(first6: string): string {
  if (typeof first6 !== 'string' || !/^\d{6}$/.test(first6)) {
    throw ValidationError.of('first6', 'must be 6 digits', '必须是 6 位数字');
  }
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += (first6.charCodeAt(i) - 48) * (7 - i);
  return String(sum % 10);
}

/**
 * Checks an IMO number (`'IMO 9074729'` or `'9074729'`) and says why it is invalid.
 * @example
 * validateImo('IMO 9074728'); // { valid: false, reason: { en: 'check digit is 8, expected 9', … } }
 */
export function validateImo(n: unknown): IdCheck {
  if (typeof n !== 'string') return { valid: false, reason: { en: 'must be a string', zh: '必须是字符串' } };
  const m = IMO_PATTERN.exec(n);
  if (!m) {
    return {
      valid: false,
      reason: { en: "must be 7 digits, optionally prefixed 'IMO '", zh: "必须是 7 位数字，可带前缀 'IMO '" },
    };
  }
  const digits = m[1]!;
  const expected = imoCheckDigit(digits.slice(0, 6));
  return digits[6] === expected
    ? { valid: true }
    : {
        valid: false,
        reason: {
          en: `check digit is ${digits[6]!}, expected ${expected}`,
          zh: `校验位为 ${digits[6]!}，应为 ${expected}`,
        },
      };
}

/**
 * Whether `n` is a valid IMO ship identification number.
 * @example
 * isValidImo('IMO 9074729'); // true
 */
export function isValidImo(n: unknown): boolean {
  return validateImo(n).valid;
}
