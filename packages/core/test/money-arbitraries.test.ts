import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocationWeightsArb,
  datedParameterArb,
  moneyArb,
  positiveMoneyArb,
  preciseMoneyArb,
  rateArb,
} from '../src/arbitraries';
import { Money, Rate } from '../src/index';

describe('money and parameter arbitraries stay within what they promise', () => {
  it('moneyArb and positiveMoneyArb respect their fen bounds and give whole fen', () => {
    fc.assert(
      fc.property(moneyArb({ min: -150n, max: 250n }), positiveMoneyArb({ max: 99n }), (m, p) => {
        // -150 fen = -1.50, 250 fen = 2.50, 99 fen = 0.99
        expect(m.greaterThanOrEqual(Money.of('-1.50')) && m.lessThanOrEqual(Money.of('2.50'))).toBe(true);
        expect(p.isPositive() && p.lessThanOrEqual(Money.of('0.99'))).toBe(true);
        expect(m.isWholeFen() && p.isWholeFen()).toBe(true);
      }),
    );
  });

  it('preciseMoneyArb has at most `places` decimals, rateArb stays in [0, max]', () => {
    fc.assert(
      fc.property(
        preciseMoneyArb({ places: 0, maxYuan: 5n }),
        preciseMoneyArb({ places: 3 }),
        rateArb({ max: '0.2', places: 0 }),
        rateArb({ max: '0.05' }),
        (whole, milli, zero, r) => {
          expect(whole.toDecimal().isInteger() && whole.abs().lessThanOrEqual(Money.of('5'))).toBe(true);
          expect(milli.toDecimal().decimalPlaces()).toBeLessThanOrEqual(3);
          // with no decimals, the only rate in [0, 0.2] is 0
          expect(zero.isZero()).toBe(true);
          expect(!r.isNegative() && r.compare(Rate.of('0.05')) <= 0).toBe(true);
        },
      ),
    );
  });

  it('allocationWeightsArb always has a positive weight and datedParameterArb starts with a value', () => {
    fc.assert(
      fc.property(allocationWeightsArb(), datedParameterArb(), (weights, param) => {
        expect(
          weights.some((w) =>
            // a bigint or decimal string is positive when it has a non-zero digit (weights are never negative)
            w instanceof Money ? w.isPositive() : /[1-9]/.test(String(w)),
          ),
        ).toBe(true);
        expect(param.entries[0]?.value).not.toBeNull();
        expect(param.range.from).toBe(param.entries[0]?.from);
      }),
    );
  });
});
