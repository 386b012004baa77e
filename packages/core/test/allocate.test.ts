import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocationWeightsArb, moneyArb } from '../src/arbitraries';
import { allocate, Money, type Weight } from '../src/index';
import { validationErrorOf } from '../src/testing/index';

const strings = (parts: Money[]) => parts.map((p) => p.toString());

/** A weight in thousandths, computed without allocate (the arbitraries use at most 3 decimals). */
function milli(w: Weight): bigint {
  if (typeof w === 'bigint') return w * 1000n;
  if (w instanceof Money) return w.toFen() * 10n;
  const [int = '0', frac = ''] = w.split('.');
  return BigInt(int) * 1000n + BigInt(frac.padEnd(3, '0'));
}

describe('allocate: worked examples', () => {
  it('splits a 3,000,000.00 refund offset between tax 4,000,000 and late fee 200,000 pro rata (配比抵扣)', () => {
    // tax share: 3,000,000 × 4,000,000 / 4,200,000 = 2,857,142.857… → 2,857,142.85 + 0.857 fen
    // fee share: 3,000,000 ×   200,000 / 4,200,000 =   142,857.142… →   142,857.14 + 0.142 fen
    // floors sum to 2,999,999.99; the leftover fen goes to the larger remainder (tax, 0.857).
    const [tax, fee] = allocate(Money.of('3000000'), [Money.of('4000000'), Money.of('200000')]);
    expect(tax?.toString()).toBe('2857142.86');
    expect(fee?.toString()).toBe('142857.14');
  });

  it('splits 0.05 over three equal parts as 0.02 / 0.02 / 0.01 (ties: earlier part first)', () => {
    // 5 fen / 3 = 1 fen each + 2 fen left over, all remainders equal → parts 0 and 1 get one more.
    expect(strings(allocate(Money.of('0.05'), [1n, 1n, 1n]))).toEqual(['0.02', '0.02', '0.01']);
    expect(strings(allocate(Money.of('-0.05'), ['1', '1', '1']))).toEqual(['-0.02', '-0.02', '-0.01']);
  });

  it('gives zero to zero weights and everything to the only positive weight', () => {
    expect(strings(allocate(Money.of('100'), [0n, 3n, 0n]))).toEqual(['0.00', '100.00', '0.00']);
    // 10.00 over 1:2:0 → 333.33… fen and 666.66… fen: floors 333 + 666 = 999, +1 to the larger remainder (0.667)
    expect(strings(allocate(Money.of('10'), ['1', '2', '0']))).toEqual(['3.33', '6.67', '0.00']);
  });

  it('allocates zero as zeros and accepts weights with sub-fen decimals', () => {
    expect(strings(allocate(Money.zero(), [1n, 2n]))).toEqual(['0.00', '0.00']);
    // weights 0.001 and 0.003 are 1:3 → 1.00 = 0.25 + 0.75
    expect(strings(allocate(Money.of('1'), ['0.001', Money.of('0.003')]))).toEqual(['0.25', '0.75']);
  });
});

describe('allocate: bad input', () => {
  it('rejects an amount that is not whole fen, not Money, or given as a number', () => {
    expect(validationErrorOf(() => allocate(Money.of('0.005'), [1n])).paths).toEqual(['amount']);
    expect(validationErrorOf(() => allocate(0.05 as unknown as Money, [1n])).paths).toEqual(['amount']);
  });
  it('rejects empty, all-zero, negative and malformed weights, naming the weight', () => {
    const a = Money.of('1');
    expect(validationErrorOf(() => allocate(a, [])).paths).toEqual(['weights']);
    expect(validationErrorOf(() => allocate(a, [0n, '0', Money.zero()])).paths).toEqual(['weights']);
    expect(validationErrorOf(() => allocate(a, [1n, -1n])).paths).toEqual(['weights.1']);
    expect(validationErrorOf(() => allocate(a, [1n, '1,000'])).paths).toEqual(['weights.1']);
    expect(validationErrorOf(() => allocate(a, [0.5 as unknown as Weight])).paths).toEqual(['weights.0']);
    expect(validationErrorOf(() => allocate(a, undefined as unknown as Weight[])).paths).toEqual(['weights']);
  });
  it('leaves the weights array unchanged', () => {
    const weights: Weight[] = ['2', 1n, Money.of('3')];
    const before = weights.map(String);
    allocate(Money.of('7'), weights);
    expect(weights.map(String)).toEqual(before);
  });
});

describe('allocate: properties', () => {
  it('never loses or invents a fen: the parts sum exactly to the amount', () => {
    fc.assert(
      fc.property(moneyArb(), allocationWeightsArb(), (amount, weights) => {
        const parts = allocate(amount, weights);
        expect(parts).toHaveLength(weights.length);
        expect(parts.reduce((s, p) => s + p.toFen(), 0n)).toBe(amount.toFen());
      }),
    );
  });

  it('each part differs from its exact pro-rata share by less than one fen: |part·W − amount·w| < W', () => {
    fc.assert(
      fc.property(moneyArb(), allocationWeightsArb(), (amount, weights) => {
        const w = weights.map(milli);
        const total = w.reduce((a, b) => a + b, 0n);
        allocate(amount, weights).forEach((part, i) => {
          const gap = part.toFen() * total - amount.toFen() * (w[i] as bigint);
          expect((gap < 0n ? -gap : gap) < total).toBe(true);
          expect(part.isWholeFen()).toBe(true);
        });
      }),
    );
  });

  it('zero weights get zero and parts share the sign of the amount', () => {
    fc.assert(
      fc.property(moneyArb(), allocationWeightsArb(), (amount, weights) => {
        allocate(amount, weights).forEach((part, i) => {
          if (milli(weights[i] as Weight) === 0n) expect(part.isZero()).toBe(true);
          if (amount.isNegative()) expect(part.isPositive()).toBe(false);
          else expect(part.isNegative()).toBe(false);
        });
      }),
    );
  });

  it('is deterministic, mirrors negation, and ignores a common scale of the weights', () => {
    fc.assert(
      fc.property(
        moneyArb(),
        fc.array(fc.bigInt({ min: 0n, max: 10_000n }), { minLength: 1, maxLength: 8 }),
        fc.bigInt({ min: 1n, max: 1000n }),
        (amount, raw, k) => {
          fc.pre(raw.some((w) => w > 0n));
          const fen = (parts: Money[]) => parts.map((p) => p.toFen());
          const once = fen(allocate(amount, raw));
          expect(fen(allocate(amount, raw))).toEqual(once);
          expect(fen(allocate(amount.negate(), raw))).toEqual(once.map((f) => -f));
          expect(
            fen(
              allocate(
                amount,
                raw.map((w) => w * k),
              ),
            ),
          ).toEqual(once);
          expect(
            fen(
              allocate(
                amount,
                raw.map((w) => String(w)),
              ),
            ),
          ).toEqual(once);
        },
      ),
    );
  });
});
