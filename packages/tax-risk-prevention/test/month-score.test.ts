// The simulation's integer scoring path (month-score.ts): exact at the thresholds' boundaries, and
// firing what the public decimal path (indicatorsOf → assessRisk) fires on the same month and history.
import { type CivilDate, decimal } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRatio, compareRatioOfProduct, fractionOf } from '../src/exact-ratio';
import { assessRisk, INDICATOR_KEYS, indicatorsOf, type TaxpayerMonth } from '../src/index';
import { indicatorsUnchecked } from '../src/indicators';
import { type MonthFigures, rolling, scoreAndAdvance, zeroMonthsAt } from '../src/month-score';
import { compile, DEFAULT_THRESHOLDS, firedOf } from '../src/risk';
import { monthOf, type Raw, rawArb } from './month-arbitrary';

const asOf = '2025-01-15' as CivilDate;
const T = compile(DEFAULT_THRESHOLDS).fast;

describe('exact ratio comparison', () => {
  it('is exact at the boundary, where a float ratio is not', () => {
    // 0.7 × 1,428,571.43 = 1,000,000.001 > 1,000,000.00: the ratio is just below 0.7.
    expect(compareRatio(100_000_000, 142_857_143, fractionOf(decimal('0.7')))).toBe(-1);
    // 70,000.00 / 100,000.00 = 0.7 exactly.
    expect(compareRatio(7_000_000, 10_000_000, fractionOf(decimal('0.7')))).toBe(0);
    // 3 / 20 = 0.15 exactly; 4 / 20 = 0.2 above it.
    expect(compareRatio(3, 20, fractionOf(decimal('0.15')))).toBe(0);
    expect(compareRatio(4, 20, fractionOf(decimal('0.15')))).toBe(1);
  });

  it('stays exact beyond 2^53 (BigInt fallback)', () => {
    // 3 × 3,002,399,751,580,331 = 9,007,199,254,740,993 > a = 2^53 − 1 = 9,007,199,254,740,991,
    // so a / (3 × 3,002,399,751,580,331) is just below 1 (a float product would round it to equal).
    const a = Number.MAX_SAFE_INTEGER;
    expect(compareRatioOfProduct(a, 3_002_399_751_580_331, 3, fractionOf(decimal('1')))).toBe(-1);
    // (2^53 − 1) × 10 against 9 × (2^53 − 1): the products exceed 2^53; 10/9 > 1.
    expect(compareRatio(a, a, fractionOf(decimal('0.9')))).toBe(1);
  });
});

/** A month in fen: cap 100,000.00, 20 invoices for 1,800,000.00 (90% of the cap on average). */
function figures(over: Partial<MonthFigures> = {}): MonthFigures {
  return {
    year: 2024,
    agricultural: false,
    cap: 10_000_000,
    invoices: 20,
    voidOrRed: 0,
    salesCodes: 10,
    matchedCodes: 10,
    issued: 180_000_000,
    inputVat: 20_000_000,
    agriInputVat: 0,
    vatPayable: 3_400_000,
    citRevenue: 180_000_000,
    warning: fractionOf(decimal('0.015')),
    ...over,
  };
}

describe('integer scoring, worked', () => {
  it('fires 顶额 at exactly 90% of the cap (≥, 含) and not one fen below', () => {
    // 1,800,000.00 / (20 × 100,000.00) = 0.9 ≥ 0.9: bit 0; burden 34,000 / 1,800,000 = 0.0189 ≥ 0.015.
    expect(scoreAndAdvance(figures(), rolling(), T, zeroMonthsAt(asOf))).toBe(0b1);
    // 1,799,999.99 / 2,000,000.00 = 0.899999995 < 0.9.
    expect(scoreAndAdvance(figures({ issued: 179_999_999 }), rolling(), T, zeroMonthsAt(asOf))).toBe(0);
  });

  it('keeps the historical peak and the zero streak across months', () => {
    const r = rolling();
    const z = zeroMonthsAt(asOf); // [3, 6]
    const small = figures({ issued: 100_000_000, citRevenue: 100_000_000, vatPayable: 0 });
    // Month 1: 1,000,000.00 / 2,000,000.00 = 0.5 of the cap; burden 0 < 0.015: bit 5; zero run 1.
    expect(scoreAndAdvance(small, r, T, z)).toBe(0b10_0000);
    expect(scoreAndAdvance(small, r, T, z)).toBe(0b10_0000);
    // Month 3: third zero month in a row (≥ 3): bit 7 too.
    expect(scoreAndAdvance(small, r, T, z)).toBe(0b1010_0000);
    // Month 4: 1,800,000.00 / peak 1,000,000.00 = 1.8 > 1.5: surge (bit 1), 顶额 (bit 0); streak broken.
    expect(scoreAndAdvance(figures(), r, T, z)).toBe(0b11);
    expect(r).toEqual({ peak: 180_000_000, zeroRun: 0, zeroCum: 3, year: 2024 });
  });
});

const figuresOf = (r: Raw): MonthFigures => ({
  year: 2024,
  agricultural: r.agricultural,
  cap: r.cap,
  invoices: r.invoices,
  voidOrRed: r.voidOrRed,
  salesCodes: r.salesCodes,
  matchedCodes: r.matched,
  issued: r.issued,
  inputVat: r.inputVat,
  agriInputVat: r.agri,
  vatPayable: r.payable,
  citRevenue: r.cit,
  warning: fractionOf(decimal(String(r.warningPermille / 1000))),
});

describe('integer scoring, property', () => {
  it('fires exactly the indicators the decimal path fires (quotients compared as decimals), month after month', () => {
    const c = compile(DEFAULT_THRESHOLDS);
    fc.assert(
      fc.property(fc.array(rawArb, { minLength: 1, maxLength: 12 }), (raws) => {
        const months = raws.map(monthOf);
        const r = rolling();
        raws.forEach((raw, i) => {
          const month = months[i] as TaxpayerMonth;
          const decimalFired = firedOf(indicatorsUnchecked(month, months.slice(0, i)), asOf, c);
          const expected = decimalFired.reduce((m, f, k) => (f ? m | (1 << k) : m), 0);
          expect(scoreAndAdvance(figuresOf(raw), r, T, zeroMonthsAt(asOf))).toBe(expected);
          // The public functions (checked inputs, same decimal path) agree.
          const hits = assessRisk(indicatorsOf(month, months.slice(0, i)), asOf).hits;
          expect(INDICATOR_KEYS.reduce((m, _, k) => (hits[k]?.fired ? m | (1 << k) : m), 0)).toBe(expected);
        });
      }),
      { numRuns: 300 },
    );
  });
});
