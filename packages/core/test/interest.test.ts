import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayCountBasisArb, moneyArb, rateArb } from '../src/arbitraries';
import {
  type DayCountBasis,
  dailyRateInterest,
  defineParameter,
  Money,
  Rate,
  simpleInterest,
  valueAt,
} from '../src/index';
import { validationErrorOf } from '../src/testing/index';

describe('interest: worked examples', () => {
  it('100,000.00 at 0.35% a year for 73 days, actual/365, is 70.00', () => {
    // 100,000 × 0.0035 = 350 a year; 73 / 365 = 0.2 of a year; 350 × 0.2 = 70.00 exactly.
    const i = simpleInterest(Money.of('100000'), Rate.percent('0.35'), 73, 'actual/365');
    expect(i.toPlainString()).toBe('70.00');
  });

  it('the same loan over actual/360 differs, and the convention is the caller’s', () => {
    // 350 × 73 / 360 = 25,550 / 360 = 70.97222… → 70.97
    const i = simpleInterest(Money.of('100000'), Rate.percent('0.35'), 73, 'actual/360');
    expect(i.round().toString()).toBe('70.97');
    expect(i.isWholeFen()).toBe(false);
  });

  it('keeps full precision and leaves rounding to the caller', () => {
    // 100 × 1% × 1 / 365 = 1/365 = 0.00273972602739726027… (period 027397260 repeating)
    const i = simpleInterest(Money.of('100'), Rate.percent('1'), 1, 'actual/365');
    expect(i.toPlainString().startsWith('0.002739726027397260273972602739726')).toBe(true);
    expect(i.round().toString()).toBe('0.00');
    expect(i.round('up').toString()).toBe('0.01');
  });

  it('滞纳金 on 10,000.00 at 0.05% a day for 30 days is 150.00 (税收征收管理法 第三十二条)', () => {
    const lateFeeDailyRate = defineParameter({
      name: 'test.lateFeeDailyRate',
      label: { zh: '滞纳金日加收比例', en: 'Daily late-payment surcharge rate' },
      entries: [
        {
          from: '2001-05-01',
          value: '0.0005',
          source: {
            law: { zh: '中华人民共和国税收征收管理法', en: 'Tax Collection Law' },
            article: '第三十二条',
          },
        },
      ],
    });
    const rate = Rate.fromDecimal(valueAt(lateFeeDailyRate, '2024-03-01'));
    // 10,000 × 0.0005 = 5.00 a day; × 30 days = 150.00
    expect(dailyRateInterest(Money.of('10000'), rate, 30).toPlainString()).toBe('150.00');
    expect(dailyRateInterest(Money.of('10000'), Rate.percent('0.05'), 0).isZero()).toBe(true);
  });
});

describe('interest: bad input', () => {
  const p = Money.of('100');
  const r = Rate.percent('1');
  it.each([
    ['negative days', -1],
    ['fractional days', 1.5],
    ['NaN days', Number.NaN],
    ['string days', '30'],
    ['undefined days', undefined],
  ])('rejects %s', (_, days) => {
    expect(validationErrorOf(() => simpleInterest(p, r, days as number, 'actual/365')).paths).toEqual([
      'days',
    ]);
    expect(validationErrorOf(() => dailyRateInterest(p, r, days as number)).paths).toEqual(['days']);
  });
  it('rejects a missing or unknown basis, a non-Money principal and a non-Rate rate', () => {
    expect(
      validationErrorOf(() => simpleInterest(p, r, 1, undefined as unknown as DayCountBasis)).paths,
    ).toEqual(['basis']);
    expect(validationErrorOf(() => simpleInterest(p, r, 1, '30/360' as DayCountBasis)).paths).toEqual([
      'basis',
    ]);
    expect(
      validationErrorOf(() => simpleInterest('100' as unknown as Money, r, 1, 'actual/360')).paths,
    ).toEqual(['principal']);
    expect(
      validationErrorOf(() => simpleInterest(p, 0.01 as unknown as Rate, 1, 'actual/360')).paths,
    ).toEqual(['annualRate']);
    expect(validationErrorOf(() => dailyRateInterest(p, '0.0005' as unknown as Rate, 1)).paths).toEqual([
      'dailyRate',
    ]);
  });
});

describe('interest: properties', () => {
  it('per-day interest is additive over spans of days, exactly', () => {
    fc.assert(
      fc.property(moneyArb(), rateArb({ max: '0.01' }), fc.nat(3650), fc.nat(3650), (p, r, d1, d2) => {
        const whole = dailyRateInterest(p, r, d1 + d2);
        expect(whole.equals(dailyRateInterest(p, r, d1).add(dailyRateInterest(p, r, d2)))).toBe(true);
      }),
    );
  });

  it('simple interest rounded down to the fen equals integer arithmetic: floor(fen × rate × days / year)', () => {
    fc.assert(
      fc.property(
        moneyArb({ min: 0n }),
        rateArb({ max: '0.5' }),
        fc.nat(3650),
        dayCountBasisArb(),
        (p, r, days, basis) => {
          // rateArb has six decimals: rate = units / 10^6
          const units = BigInt(r.toDecimal().times(1_000_000).toFixed(0));
          const year = basis === 'actual/360' ? 360n : 365n;
          const expectedFen = (p.toFen() * units * BigInt(days)) / (1_000_000n * year);
          expect(simpleInterest(p, r, days, basis).round('floor').toFen()).toBe(expectedFen);
        },
      ),
    );
  });
});
