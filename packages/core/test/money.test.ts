import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyArb, preciseMoneyArb, rateArb, roundingModeArb } from '../src/arbitraries';
import { allocate, Money, Rate, ROUNDING_MODES, ValidationError } from '../src/index';
import { validationErrorOf } from '../src/testing/index';

/** Integer micro-yuan (10^-6) of an amount with at most six decimals: an oracle independent of Money. */
function micro(m: Money): bigint {
  const [int = '0', frac = ''] = m.toPlainString().replace('-', '').split('.');
  const units = BigInt(int) * 1_000_000n + BigInt(frac.padEnd(6, '0'));
  return m.isNegative() ? -units : units;
}

/** The fen string of an integer number of fen, computed without Money. */
function fenString(fen: bigint): string {
  const abs = fen < 0n ? -fen : fen;
  return `${fen < 0n ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

describe('Money: worked examples', () => {
  it('adds 0.1 and 0.2 to exactly 0.30 (a float would give 0.30000000000000004)', () => {
    const sum = Money.of('0.1').add(Money.of('0.2'));
    expect(sum.equals(Money.of('0.3'))).toBe(true);
    expect(sum.toString()).toBe('0.30');
    expect(sum.toFen()).toBe(30n);
  });

  it('keeps sub-fen precision until a rule rounds', () => {
    // 0.005 + 0.005 = 0.010 exactly; rounding each first would give 0.01 + 0.01 = 0.02.
    const half = Money.of('0.005');
    expect(half.toPlainString()).toBe('0.005');
    expect(half.add(half).toPlainString()).toBe('0.01');
    expect(half.round().add(half.round()).toString()).toBe('0.02');
    // 100 / 3 = 33.333…, times 3 = 99.999… (40 significant digits), rounds back to 100.00.
    expect(Money.of('100').divide(3).multiply(3n).round().toString()).toBe('100.00');
  });

  it('rounds 2.345, 2.355 and -2.345 half-up (四舍五入) and half-even as the modes say', () => {
    // half-up: a 5 in the third decimal rounds away from zero.
    expect(Money.of('2.345').round().toString()).toBe('2.35');
    expect(Money.of('2.355').round('half-up').toString()).toBe('2.36');
    expect(Money.of('-2.345').round().toString()).toBe('-2.35');
    // half-even: a tie goes to the even fen (4 stays, 5 becomes 6).
    expect(Money.of('2.345').round('half-even').toString()).toBe('2.34');
    expect(Money.of('2.355').round('half-even').toString()).toBe('2.36');
    expect(Money.of('-2.345').round('half-even').toString()).toBe('-2.34');
    // the directed modes on 2.341 and -2.341
    expect(Money.of('2.341').round('up').toString()).toBe('2.35');
    expect(Money.of('-2.341').round('up').toString()).toBe('-2.35');
    expect(Money.of('2.349').round('down').toString()).toBe('2.34');
    expect(Money.of('-2.349').round('down').toString()).toBe('-2.34');
    expect(Money.of('-2.341').round('ceil').toString()).toBe('-2.34');
    expect(Money.of('-2.341').round('floor').toString()).toBe('-2.35');
  });

  it('builds from fen, yuan strings and decimals, and prints two decimals for display', () => {
    expect(Money.fromFen(12345n).toString()).toBe('123.45');
    expect(Money.fromFen(-5).toString()).toBe('-0.05');
    expect(Money.of('1234.5').toString()).toBe('1234.50');
    expect(Money.of('-3').toString()).toBe('-3.00');
    expect(Money.of('007').toString()).toBe('7.00');
    expect(Money.fromDecimal(new Decimal('0.125')).toPlainString()).toBe('0.125');
    expect(Money.zero().toString()).toBe('0.00');
    // -0.001 displays as 0.00, not -0.00; -0 is zero.
    expect(Money.of('-0.001').toString()).toBe('0.00');
    expect(Money.of('-0').isNegative()).toBe(false);
    expect(JSON.stringify({ a: Money.of('70'), b: Money.of('0.005') })).toBe('{"a":"70.00","b":"0.005"}');
  });

  it('multiplies by rates, decimal strings and integers, and divides exactly', () => {
    // 100,000 × 13% = 13,000
    expect(Money.of('100000').multiply(Rate.percent('13')).toString()).toBe('13000.00');
    // 10,000 × 万分之五 = 5
    expect(Money.of('10000').multiply(Rate.perMille('0.5')).toString()).toBe('5.00');
    expect(Money.of('2.5').multiply('0.4').toString()).toBe('1.00');
    expect(Money.of('2.5').multiply(4n).toString()).toBe('10.00');
    expect(Money.of('2.5').multiply(new Decimal('0.1')).toPlainString()).toBe('0.25');
    // 1 / 8 = 0.125 exactly; 10 / '0.4' = 25
    expect(Money.of('1').divide(8n).toPlainString()).toBe('0.125');
    expect(Money.of('10').divide('0.4').toString()).toBe('25.00');
    // 1 / 3 has 40 significant digits
    expect(Money.of('1').divide(3).toPlainString()).toBe(`0.${'3'.repeat(40)}`);
  });

  it('compares, sums and picks min and max', () => {
    const [a, b, c] = [Money.of('1.50'), Money.of('1.5'), Money.of('-2')];
    expect(a.equals(b)).toBe(true);
    expect([a.compare(c), c.compare(a), a.compare(b)]).toEqual([1, -1, 0]);
    expect(c.lessThan(a) && c.lessThanOrEqual(a) && a.greaterThan(c) && a.greaterThanOrEqual(b)).toBe(true);
    expect(a.lessThan(b) || a.greaterThan(b)).toBe(false);
    // 1.50 + 1.5 - 2 = 1.00
    expect(Money.sum([a, b, c]).toString()).toBe('1.00');
    expect(Money.sum([]).isZero()).toBe(true);
    expect(Money.min(a, c, b).toString()).toBe('-2.00');
    expect(Money.max(c, a).toString()).toBe('1.50');
    expect([c.isNegative(), c.abs().toString(), c.negate().isPositive()]).toEqual([true, '2.00', true]);
  });

  it('is not affected by a user changing the global Decimal configuration', () => {
    const saved = { precision: Decimal.precision, rounding: Decimal.rounding };
    Decimal.set({ precision: 3, rounding: Decimal.ROUND_DOWN });
    try {
      expect(Money.of('2.345').round().toString()).toBe('2.35');
      expect(Money.of('123456.78').add(Money.of('0.01')).toString()).toBe('123456.79');
      expect(Money.of('1').divide(3).toPlainString()).toBe(`0.${'3'.repeat(40)}`);
    } finally {
      Decimal.set(saved);
    }
  });
});

describe('Rate: worked examples', () => {
  it('reads fractions, percentages and per-mille exactly', () => {
    expect(Rate.percent('0.35').toString()).toBe('0.0035');
    expect(Rate.perMille('0.5').equals(Rate.of('0.0005'))).toBe(true);
    expect(Rate.of('0.0005').toPercentString()).toBe('0.05%');
    // 6% × 50% = 3%; 1% + 2% = 3%
    expect(Rate.percent('6').multiply(Rate.percent('50')).equals(Rate.of('0.03'))).toBe(true);
    expect(Rate.percent('1').add(Rate.percent('2')).toJSON()).toBe('0.03');
    expect(Rate.of('0.01').compare(Rate.of('0.02'))).toBe(-1);
    expect([Rate.zero().isZero(), Rate.of('-0.01').isNegative()]).toEqual([true, true]);
  });
});

describe('Money and Rate: bad input is a ValidationError naming the field', () => {
  const asAny = (v: unknown) => v as string;
  it.each([
    ['a float', 0.1],
    ['an integer number', 5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['undefined', undefined],
    ['null', null],
    ["'abc'", 'abc'],
    ["'1,000'", '1,000'],
    ["'1e5'", '1e5'],
    ["'NaN'", 'NaN'],
    ["'Infinity'", 'Infinity'],
    ["' 1'", ' 1'],
    ["'.5'", '.5'],
    ["'+1'", '+1'],
    ["''", ''],
    ['35 digits', '1'.repeat(35)],
  ])('Money.of rejects %s', (_, input) => {
    expect(validationErrorOf(() => Money.of(asAny(input))).paths).toEqual(['amount']);
  });

  it('rejects non-integer and non-number fen, and non-finite decimals', () => {
    expect(validationErrorOf(() => Money.fromFen(1.5)).paths).toEqual(['fen']);
    expect(validationErrorOf(() => Money.fromFen(Number.NaN)).paths).toEqual(['fen']);
    expect(validationErrorOf(() => Money.fromFen(asAny('100') as unknown as number)).paths).toEqual(['fen']);
    expect(validationErrorOf(() => Money.fromDecimal(new Decimal(Number.NaN))).paths).toEqual(['amount']);
    expect(validationErrorOf(() => Money.fromDecimal(new Decimal(Number.POSITIVE_INFINITY))).paths).toEqual([
      'amount',
    ]);
  });

  it('rejects JS numbers as multipliers, zero and fractional-number divisors, other operands', () => {
    const m = Money.of('10');
    // @ts-expect-error a JS number is not a multiplier
    expect(validationErrorOf(() => m.multiply(0.5)).paths).toEqual(['by']);
    expect(validationErrorOf(() => m.multiply('5%')).paths).toEqual(['by']);
    expect(validationErrorOf(() => m.divide(0)).paths).toEqual(['by']);
    expect(validationErrorOf(() => m.divide('0.00')).paths).toEqual(['by']);
    expect(validationErrorOf(() => m.divide(2.5)).paths).toEqual(['by']);
    expect(validationErrorOf(() => m.add(asAny('1') as unknown as Money)).paths).toEqual(['other']);
    expect(validationErrorOf(() => m.compare(asAny(undefined) as unknown as Money)).paths).toEqual(['other']);
    expect(validationErrorOf(() => m.round(asAny('nearest') as 'up')).paths).toEqual(['mode']);
    expect(validationErrorOf(() => Money.sum([m, asAny(1) as unknown as Money])).paths).toEqual([
      'amounts.1',
    ]);
    expect(validationErrorOf(() => Money.min(m, asAny(null) as unknown as Money)).paths).toEqual([
      'amounts.1',
    ]);
  });

  it('refuses toFen on an amount that is not whole fen instead of rounding silently', () => {
    expect(validationErrorOf(() => Money.of('0.005').toFen()).paths).toEqual(['amount']);
    expect(Money.of('0.005').round().toFen()).toBe(1n);
  });

  it('rejects non-string rates', () => {
    // @ts-expect-error a JS number is not a rate
    expect(validationErrorOf(() => Rate.of(0.05)).paths).toEqual(['rate']);
    expect(validationErrorOf(() => Rate.percent(asAny(undefined))).paths).toEqual(['percent']);
    expect(validationErrorOf(() => Rate.perMille('0.5‰')).paths).toEqual(['perMille']);
  });

  it('makes a JS number a compile-time error for Money.of', () => {
    // @ts-expect-error Money.of takes a string
    expect(() => Money.of(12.5)).toThrow(ValidationError);
  });
});

describe('Money: properties', () => {
  it('toString is the amount rounded half-up (away from zero) to the fen, never "-0.00"', () => {
    // Amounts in ten-thousandths of a yuan; the expected fen are computed in bigint, without Money.
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), (tenThousandths) => {
        const abs = tenThousandths < 0n ? -tenThousandths : tenThousandths;
        const fen = (abs + 50n) / 100n;
        const expected = fenString(tenThousandths < 0n ? -fen : fen);
        const amount = Money.fromDecimal(new Decimal(tenThousandths.toString()).div(10_000));
        expect(amount.toString()).toBe(expected === '-0.00' ? '0.00' : expected);
      }),
    );
  });

  it('addition is exact: the fen of a sum is the sum of the fen', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        (x, y) => {
          const sum = Money.fromFen(x).add(Money.fromFen(y));
          expect(sum.toFen()).toBe(x + y);
          expect(sum.toString()).toBe(fenString(x + y));
        },
      ),
    );
  });

  it('addition is associative and commutative, exactly, at sub-fen precision', () => {
    fc.assert(
      fc.property(preciseMoneyArb(), preciseMoneyArb(), preciseMoneyArb(), (a, b, c) => {
        expect(
          a
            .add(b)
            .add(c)
            .equals(a.add(b.add(c))),
        ).toBe(true);
        expect(a.add(b).equals(b.add(a))).toBe(true);
        expect(micro(a.add(b).add(c))).toBe(micro(a) + micro(b) + micro(c));
      }),
    );
  });

  it('subtraction undoes addition and a - a is zero', () => {
    fc.assert(
      fc.property(preciseMoneyArb(), preciseMoneyArb(), (a, b) => {
        expect(a.add(b).subtract(b).equals(a)).toBe(true);
        expect(a.subtract(a).isZero()).toBe(true);
      }),
    );
  });

  it('sum of a list equals the sum of its fen', () => {
    fc.assert(
      fc.property(fc.array(moneyArb()), (list) => {
        expect(Money.sum(list).toFen()).toBe(list.reduce((s, m) => s + m.toFen(), 0n));
      }),
    );
  });

  it('half-up rounding matches integer arithmetic: floor((|micro| + 5000) / 10000) with the sign', () => {
    fc.assert(
      fc.property(preciseMoneyArb(), (m) => {
        const u = micro(m);
        const abs = u < 0n ? -u : u;
        const fen = (abs + 5_000n) / 10_000n;
        expect(m.round().toFen()).toBe(u < 0n ? -fen : fen);
      }),
    );
  });

  it('rounding is idempotent, lands on whole fen, moves less than one fen, and floor ≤ x ≤ ceil', () => {
    fc.assert(
      fc.property(preciseMoneyArb(), roundingModeArb(), (m, mode) => {
        const r = m.round(mode);
        expect(r.isWholeFen()).toBe(true);
        expect(r.round(mode).equals(r)).toBe(true);
        expect(r.subtract(m).abs().lessThan(Money.of('0.01'))).toBe(true);
        expect(m.round('floor').lessThanOrEqual(m) && m.lessThanOrEqual(m.round('ceil'))).toBe(true);
      }),
    );
    expect(ROUNDING_MODES).toHaveLength(6);
  });

  it('multiplying by an integer n equals adding n times; multiplying by a rate and a rate commutes', () => {
    fc.assert(
      fc.property(moneyArb(), fc.integer({ min: 0, max: 20 }), rateArb(), rateArb(), (m, n, r, s) => {
        const repeated = Array.from({ length: n }, () => m).reduce((acc, x) => acc.add(x), Money.zero());
        expect(m.multiply(BigInt(n)).equals(repeated)).toBe(true);
        expect(m.multiply(r).multiply(s).equals(m.multiply(s).multiply(r))).toBe(true);
      }),
    );
  });

  it('toJSON round-trips exactly through Money.of', () => {
    fc.assert(
      fc.property(preciseMoneyArb(), (m) => {
        expect(Money.of(m.toJSON()).equals(m)).toBe(true);
      }),
    );
  });

  it('min and max bound every element', () => {
    fc.assert(
      fc.property(moneyArb(), fc.array(moneyArb()), (first, rest) => {
        const [lo, hi] = [Money.min(first, ...rest), Money.max(first, ...rest)];
        for (const m of [first, ...rest])
          expect(lo.lessThanOrEqual(m) && hi.greaterThanOrEqual(m)).toBe(true);
        expect([first, ...rest].some((m) => m.equals(lo))).toBe(true);
      }),
    );
  });
});

// Issue 32: beyond 40 significant digits Money.fromFen(10n ** 45n + 1n) lost a fen and allocate
// was not conserved; a multiplication could yield "Infinity". Amounts are bounded to what money
// can be, |amount| < 10^16 yuan (MAX_MONEY_YUAN), and anything beyond is a ValidationError.
describe('money is bounded below 10^16 yuan (issue 32)', () => {
  it('fromFen beyond the bound names fen instead of losing a fen', () => {
    expect(validationErrorOf(() => Money.fromFen(10n ** 45n + 1n)).paths).toEqual(['fen']);
    // 10^18 fen = 10^16 yuan: the first amount refused; one fen less is kept exactly.
    expect(validationErrorOf(() => Money.fromFen(10n ** 18n)).paths).toEqual(['fen']);
    expect(Money.fromFen(10n ** 18n - 1n).toString()).toBe('9999999999999999.99');
  });

  it('of beyond the bound names amount', () => {
    expect(validationErrorOf(() => Money.of('10000000000000000')).paths).toEqual(['amount']);
    expect(validationErrorOf(() => Money.of('-10000000000000000.00')).paths).toEqual(['amount']);
  });

  it('a product that would overflow (once "Infinity") names by', () => {
    const huge = new Decimal('1e9000000000000000');
    expect(validationErrorOf(() => Money.of('10').multiply(huge)).paths).toEqual(['by']);
    expect(validationErrorOf(() => Money.of('9999999999999999').multiply('2')).paths).toEqual(['by']);
    expect(validationErrorOf(() => Money.of('1').divide('0.0000000000000001')).paths).toEqual(['by']);
  });

  it('sums and differences past the bound name their operand', () => {
    const big = Money.of('9000000000000000');
    expect(validationErrorOf(() => big.add(big)).paths).toEqual(['other']);
    expect(validationErrorOf(() => big.negate().subtract(big)).paths).toEqual(['other']);
    expect(validationErrorOf(() => Money.sum([big, big])).paths).toEqual(['amounts']);
  });

  it('allocate conserves the largest allowed amount to the fen', () => {
    const total = Money.fromFen(10n ** 18n - 1n);
    const parts = allocate(total, [Money.of('1'), Money.of('1'), Money.of('1')]);
    expect(Money.sum(parts).equals(total)).toBe(true);
    // 99999999999999999999 fen... / 3: 333333333333333333 fen each, the first takes the remainder.
    expect(parts.map(String)).toEqual(['3333333333333333.33', '3333333333333333.33', '3333333333333333.33']);
  });
});
