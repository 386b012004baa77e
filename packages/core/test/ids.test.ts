import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDate } from '../src/calendar/index';
import { ValidationError } from '../src/errors';
import {
  corruptedImoArb,
  corruptedResidentIdArb,
  corruptedUsccArb,
  imoArb,
  residentIdArb,
  usccArb,
} from '../src/ids/arbitraries';
import {
  imoCheckDigit,
  isValidImo,
  isValidResidentId,
  isValidUscc,
  RESIDENT_ID_WEIGHTS,
  residentIdBirthDate,
  residentIdCheckChar,
  USCC_CHARSET,
  USCC_WEIGHTS,
  usccCheckChar,
  validateImo,
  validateResidentId,
  validateUscc,
} from '../src/ids/index';

function pathsOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e.paths;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('has the standard charset and weights 3^(i-1) mod 31', () => {
    expect(USCC_CHARSET).toHaveLength(31);
    expect(USCC_CHARSET).not.toMatch(/[IOSVZ]/);
    expect(USCC_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 3 ** i % 31));
  });

  it('accepts published codes whose check character follows from the arithmetic', () => {
    // 91350200776049653A: Σ value×weight = 9+3+27+135+0+52+0+0+140+203+150+0+32+216+60+150+84
    // = 1261; 1261 mod 31 = 21; 31 − 21 = 10 → 'A'
    expect(isValidUscc('91350200776049653A')).toBe(true);
    // 914403001922038216 (reported for 华为技术有限公司): Σ = 831; 831 mod 31 = 25; 31 − 25 = 6 → '6'
    expect(isValidUscc('914403001922038216')).toBe(true);
    // 91440300708461136T: Σ = 966; 966 mod 31 = 5; 31 − 5 = 26 → 'T' (26th of the set)
    expect(isValidUscc('91440300708461136T')).toBe(true);
    // Σ ≡ 0 mod 31 gives 31, written 0
    expect(usccCheckChar('00000000000000000')).toBe('0');
  });

  it('rejects with a reason', () => {
    // The brief's 91440300192203821N: Σ = 831 as above, so the check character must be 6
    expect(validateUscc('91440300192203821N')).toEqual({
      valid: false,
      reason: { en: 'check character is N, expected 6', zh: '校验码为 N，应为 6' },
    });
    expect(isValidUscc('91350200776049653a')).toBe(false); // lower case
    expect(isValidUscc('91350200776049653')).toBe(false); // 17 characters
    expect(validateUscc('9135020077604965IA')).toMatchObject({ valid: false });
    expect(isValidUscc(91350200)).toBe(false); // not a string
    // a letter in the division code (positions 3–8) with a correct check character
    const first17 = '913A0200776049653';
    expect(isValidUscc(first17 + usccCheckChar(first17))).toBe(false);
    expect(pathsOf(() => usccCheckChar('9135020077604965'))).toEqual(['first17']);
    expect(pathsOf(() => usccCheckChar('9135020077604965O'))).toEqual(['first17']);
  });

  it('property: generated codes validate', () => {
    fc.assert(fc.property(usccArb, (c) => isValidUscc(c)));
  });

  it('property: every single-character substitution is caught (31 prime, weights and deltas non-zero mod 31)', () => {
    fc.assert(fc.property(corruptedUsccArb, (s) => s.corrupted !== s.valid && !isValidUscc(s.corrupted)));
  });
});

describe('公民身份号码 (GB 11643-1999)', () => {
  it('has weights 2^(18-i) mod 11', () => {
    expect(RESIDENT_ID_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11));
  });

  it('validates the standard example 11010519491231002X', () => {
    // Σ = 1×7+1×9+0×10+1×5+0×8+5×4+1×2+9×1+4×6+9×3+1×7+2×9+3×10+1×5+0×8+0×4+2×2 = 167;
    // 167 mod 11 = 2 → 'X'
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(residentIdBirthDate('11010519491231002X')).toBe('1949-12-31');
    expect(isValidResidentId('11010519491231002x')).toBe(false); // lower-case x
    expect(validateResidentId('110105194912310021')).toEqual({
      valid: false,
      reason: { en: 'check character is 1, expected X', zh: '校验码为 1，应为 X' },
    });
  });

  it('requires a real birth date, not after the reference date', () => {
    const feb29 = '44030520250229001'; // 2025-02-29 does not exist
    expect(isValidResidentId(feb29 + residentIdCheckChar(feb29))).toBe(false);
    const june = '44030520250601001';
    const id = june + residentIdCheckChar(june);
    expect(isValidResidentId(id)).toBe(true);
    expect(isValidResidentId(id, { asOf: civilDate('2025-06-01') })).toBe(true);
    expect(isValidResidentId(id, { asOf: civilDate('2025-05-31') })).toBe(false);
    expect(pathsOf(() => residentIdCheckChar('4403052025060100X'))).toEqual(['first17']);
    expect(pathsOf(() => validateResidentId(id, { asOf: '2025-13-01' as never }))).toEqual(['options.asOf']);
  });

  it('property: generated IDs validate, with birth dates in the range', () => {
    const range = { from: civilDate('1990-01-01'), to: civilDate('1999-12-31') };
    fc.assert(
      fc.property(residentIdArb(range), (id) => {
        const birth = residentIdBirthDate(id) ?? '';
        return isValidResidentId(id) && birth >= '1990-01-01' && birth <= '1999-12-31';
      }),
    );
  });

  it('property: every single-character substitution is caught (11 prime, weights and deltas non-zero mod 11)', () => {
    fc.assert(
      fc.property(
        corruptedResidentIdArb(),
        (s) => s.corrupted !== s.valid && !isValidResidentId(s.corrupted),
      ),
    );
  });
});

describe('IMO ship identification number', () => {
  it('validates IMO 9074729', () => {
    // 9×7 + 0×6 + 7×5 + 4×4 + 7×3 + 2×2 = 63 + 0 + 35 + 16 + 21 + 4 = 139 → 9
    expect(imoCheckDigit('907472')).toBe('9');
    expect(isValidImo('IMO 9074729')).toBe(true);
    expect(isValidImo('9074729')).toBe(true);
    expect(isValidImo('IMO 9074728')).toBe(false);
    expect(validateImo('IMO 907472')).toMatchObject({ valid: false });
    expect(isValidImo('imo 9074729')).toBe(false);
    expect(pathsOf(() => imoCheckDigit('90747'))).toEqual(['first6']);
  });

  it('some single-digit changes escape the mod-10 check', () => {
    // 9074729 → 9574729: the second digit (weight 6) +5 adds 30 ≡ 0 (mod 10)
    expect(isValidImo('IMO 9574729')).toBe(true);
    // 9074729 → 9094729: the third digit (weight 5) +2 adds 10 ≡ 0 (mod 10)
    expect(isValidImo('IMO 9094729')).toBe(true);
    // the first digit (weight 7, coprime to 10) is always caught: 8074729 adds −7
    expect(isValidImo('IMO 8074729')).toBe(false);
  });

  it('property: generated numbers validate', () => {
    fc.assert(fc.property(imoArb, (n) => isValidImo(n)));
  });

  it('property: a single-digit change δ at weight w escapes exactly when w·δ ≡ 0 (mod 10)', () => {
    // Weights 7, 3 and the check digit itself always catch a change; weights 6, 4, 2 miss δ = ±5;
    // weight 5 misses every even δ.
    fc.assert(
      fc.property(corruptedImoArb, ({ valid, corrupted, position }) => {
        const delta = Math.abs(Number(corrupted[position]) - Number(valid[position]));
        const blind =
          ((position === 1 || position === 3 || position === 5) && delta === 5) ||
          (position === 2 && delta % 2 === 0);
        return isValidImo(corrupted) === blind;
      }),
    );
  });
});
