// fast-check arbitraries of identifiers: valid ones, and nearly-valid ones (one character substituted).
import fc from 'fast-check';
import { type CivilDate, fromEpochDay, toEpochDay } from '../calendar/civil-date';
import { imoCheckDigit } from './imo';
import { residentIdCheckChar } from './resident-id';
import { USCC_CHARSET, usccCheckChar } from './uscc';

/** Registration authority + organisation type pairs of GB 32100-2015's table (e.g. 91 = 工商·企业). */
const USCC_KINDS = ['11', '12', '13', '19', '51', '52', '53', '59', '91', '92', '93', 'Y1'] as const;
/** Province-level GB/T 2260 prefixes (mainland). */
const PROVINCES = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
] as const;
const GB11714_CHARS = USCC_CHARSET; // letters valid in both GB 11714 and GB 32100
const GB11714_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

function digitsArb(n: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
}

/** GB 11714 organisation code: 8 body characters and its MOD 11 check (10 ↦ X, 11 ↦ 0). */
const orgCodeArb: fc.Arbitrary<string> = fc
  .string({ unit: fc.constantFrom(...GB11714_CHARS), minLength: 8, maxLength: 8 })
  .map((body) => {
    const sum = [...body].reduce((s, c, i) => s + GB11714_CHARS.indexOf(c) * GB11714_WEIGHTS[i]!, 0);
    const c = 11 - (sum % 11);
    return body + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
  });

/**
 * Valid 统一社会信用代码: a GB 32100 authority/type pair, a province-level division code, a GB 11714
 * organisation code and the check character.
 * @example
 * fc.assert(fc.property(usccArb, (c) => isValidUscc(c)));
 */
export const usccArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...USCC_KINDS), fc.constantFrom(...PROVINCES), digitsArb(4), orgCodeArb)
  .map(([kind, province, division, org]) => {
    const first17 = kind + province + division + org;
    return first17 + usccCheckChar(first17);
  });

/** Birth-date bounds of `residentIdArb` (defaults 1940-01-01..2005-12-31). */
export interface BirthRange {
  readonly from?: CivilDate;
  readonly to?: CivilDate;
}

/**
 * Valid 18-character 公民身份号码 with a birth date in the range.
 * @example
 * fc.assert(fc.property(residentIdArb(), (id) => isValidResidentId(id)));
 */
export function residentIdArb(range: BirthRange = {}): fc.Arbitrary<string> {
  const from = toEpochDay(range.from ?? '1940-01-01', 'from');
  const to = toEpochDay(range.to ?? '2005-12-31', 'to');
  return fc
    .tuple(fc.constantFrom(...PROVINCES), digitsArb(4), fc.integer({ min: from, max: to }), digitsArb(3))
    .map(([province, area, birth, seq]) => {
      const first17 = province + area + fromEpochDay(birth).replaceAll('-', '') + seq;
      return first17 + residentIdCheckChar(first17);
    });
}

/**
 * Valid IMO numbers, seven digits (first digit 1–9), with or without the `IMO ` prefix.
 * @example
 * fc.assert(fc.property(imoArb, (n) => isValidImo(n)));
 */
export const imoArb: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.integer({ min: 100000, max: 999999 }))
  .map(([prefixed, n]) => {
    const first6 = String(n);
    return (prefixed ? 'IMO ' : '') + first6 + imoCheckDigit(first6);
  });

/** A valid identifier and a copy with exactly one character substituted. */
export interface Substitution {
  readonly valid: string;
  readonly corrupted: string;
  /** Zero-based index of the substituted character. */
  readonly position: number;
}

/**
 * Substitutes one character of each valid value by a different character of `alphabet`.
 * @example
 * substitutionArb(usccArb, USCC_CHARSET);
 */
export function substitutionArb(valid: fc.Arbitrary<string>, alphabet: string): fc.Arbitrary<Substitution> {
  return valid.chain((v) =>
    fc
      .tuple(fc.integer({ min: 0, max: v.length - 1 }), fc.integer({ min: 1, max: alphabet.length - 1 }))
      .map(([position, shift]): Substitution => {
        // Shifting by 1..len-1 inside the alphabet always yields a different character.
        const from = Math.max(0, alphabet.indexOf(v[position]!));
        const corrupted =
          v.slice(0, position) + alphabet[(from + shift) % alphabet.length]! + v.slice(position + 1);
        return { valid: v, corrupted, position };
      }),
  );
}

/**
 * USCCs with one character replaced by another of the GB 32100 set (always invalid).
 * @example
 * fc.assert(fc.property(corruptedUsccArb, (s) => !isValidUscc(s.corrupted)));
 */
export const corruptedUsccArb: fc.Arbitrary<Substitution> = substitutionArb(usccArb, USCC_CHARSET);

/**
 * Resident IDs with one character replaced by another of 0-9 and X (always invalid).
 * @example
 * fc.assert(fc.property(corruptedResidentIdArb(), (s) => !isValidResidentId(s.corrupted)));
 */
export function corruptedResidentIdArb(range: BirthRange = {}): fc.Arbitrary<Substitution> {
  return substitutionArb(residentIdArb(range), '0123456789X');
}

/**
 * Seven-digit IMO numbers with one digit replaced by another. Usually invalid, but the mod-10 scheme
 * misses a change δ at weight w when w·δ ≡ 0 (mod 10): δ = ±5 at positions 2, 4, 6 (weights 6, 4,
 * 2) and any even δ at position 3 (weight 5).
 * @example
 * fc.sample(corruptedImoArb, 1);
 */
export const corruptedImoArb: fc.Arbitrary<Substitution> = substitutionArb(
  imoArb.map((n) => n.replace('IMO ', '')),
  '0123456789',
);
