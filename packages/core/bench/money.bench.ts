// Money over raw decimal.js: the cost of immutability and input checks. The baseline is the same
// work done with decimal.js directly, measured in the same run.

import { allocate, Money, Rate } from '@gd-ftz/core';
import Decimal from 'decimal.js';
import { bench, describe } from 'vitest';

const amounts = Array.from(
  { length: 1000 },
  (_, i) => `${(i * 7919) % 100000}.${String(i % 100).padStart(2, '0')}`,
);
const moneys = amounts.map((a) => Money.of(a));
const decimals = amounts.map((a) => new Decimal(a));
const rate = Rate.percent('13');
const rateDecimal = new Decimal('0.13');

describe('sum 1,000 amounts × 13%, rounded half-up', () => {
  bench('baseline: decimal.js', () => {
    let total = new Decimal(0);
    for (const d of decimals)
      total = total.plus(d.times(rateDecimal).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
    total.toFixed(2);
  });
  bench('Money', () => {
    let total = Money.zero();
    for (const m of moneys) total = total.add(m.multiply(rate).round());
    total.toString();
  });
});

describe('allocate 1,000,000.00 over 1,000 weights', () => {
  bench('allocate', () => {
    allocate(Money.of('1000000'), moneys);
  });
});
