// 统一社会信用代码 (unified social credit identifier), GB 32100-2015 《法人和其他组织统一社会信用代码编码规则》.
//
// Structure (18 characters from a 31-character set without I, O, S, V, Z):
//   1      登记管理部门代码 registration authority (e.g. 1 机构编制, 5 民政, 9 工商, Y 其他)
//   2      机构类别代码 organisation type (e.g. 91 企业, 92 个体工商户, 93 农民专业合作社)
//   3–8    登记管理机关行政区划码 administrative division (GB/T 2260, six digits)
//   9–17   主体标识码 (organisation code, GB 11714)
//   18     校验码 check character: C18 = 31 − (Σ value_i × weight_i mod 31), 31 ↦ 0, weight_i = 3^(i−1) mod 31.
// Positions 1–2 are checked against the character set only: the authority and type tables have
// grown by amendment since 2015 (司法行政, 工会, 农业 …), and rejecting a newer code would be wrong.
import { describeValue } from '../describe-value';
import { type Localized, ValidationError } from '../errors';

/** The GB 32100-2015 character set; a character's value is its index (0–30). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights of positions 1–17 (3^(i−1) mod 31). */
export const USCC_WEIGHTS: readonly number[] = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

/** Why an identifier is invalid, or that it is valid. */
export type IdCheck = { readonly valid: true } | { readonly valid: false; readonly reason: Localized };

const VALID: IdCheck = Object.freeze({ valid: true });

function invalid(en: string, zh: string): IdCheck {
  return { valid: false, reason: { en, zh } };
}

function weightedSum(first17: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return sum;
}

/**
 * The check character (position 18) for the first 17 characters of a USCC.
 * @throws ValidationError (path `first17`) unless given 17 characters of the USCC character set.
 * @example
 * usccCheckChar('91350200776049653'); // 'A'
 */
export function usccCheckChar(first17: string): string {
  if (
    typeof first17 !== 'string' ||
    first17.length !== 17 ||
    [...first17].some((c) => !USCC_CHARSET.includes(c))
  ) {
    throw ValidationError.of(
      'first17',
      'must be 17 characters of 0-9 A-H J-N P-R T-U W-Y',
      '必须是 17 位，字符取自 0-9 及除 I、O、S、V、Z 外的大写字母',
    );
  }
  const c = 31 - (weightedSum(first17) % 31);
  return USCC_CHARSET[c === 31 ? 0 : c]!;
}

/**
 * Checks a USCC and says why it is invalid (charset, structure or check character).
 * @example
 * validateUscc('91350200776049653B'); // { valid: false, reason: { en: 'check character is B, expected A', … } }
 */
export function validateUscc(code: unknown): IdCheck {
  if (typeof code !== 'string') return invalid('must be a string', '必须是字符串');
  if (code.length !== 18) {
    return invalid(
      `must be 18 characters, got ${describeValue(code.length)}`,
      `必须是 18 位，实际 ${String(code.length)} 位`,
    );
  }
  for (let i = 0; i < 18; i++) {
    if (!USCC_CHARSET.includes(code[i]!)) {
      return invalid(
        `character ${String(i + 1)} (${code[i]!}) is not in the GB 32100 character set`,
        `第 ${String(i + 1)} 位（${code[i]!}）不在 GB 32100 字符集内`,
      );
    }
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return invalid(
      'positions 3–8 (administrative division) must be digits',
      '第 3–8 位（登记管理机关行政区划码）必须是数字',
    );
  }
  const expected = usccCheckChar(code.slice(0, 17));
  if (code[17] !== expected) {
    return invalid(
      `check character is ${code[17]!}, expected ${expected}`,
      `校验码为 ${code[17]!}，应为 ${expected}`,
    );
  }
  return VALID;
}

/**
 * Whether `code` is a valid 统一社会信用代码 (GB 32100-2015): charset, structure and check character.
 * Upper case only, no spaces.
 * @example
 * isValidUscc('91350200776049653A'); // true
 */
export function isValidUscc(code: unknown): boolean {
  return validateUscc(code).valid;
}
