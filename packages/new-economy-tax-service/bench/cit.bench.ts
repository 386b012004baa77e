// smallLowProfitCit (validation, dated law, trace) against the same arithmetic on bare decimal.js
// (core's `decimal`), same run. Ratios, never timed assertions.
import { decimal } from '@gd-ftz/core';
import { smallLowProfitCit } from '@gd-ftz/new-economy-tax-service';
import { bench, describe } from 'vitest';

const options = { time: 1500, warmupIterations: 5 };
const input = {
  taxYear: 2022,
  taxableIncome: '2000000.00',
  employees: 120,
  totalAssets: '30000000.00',
  restrictedIndustry: false,
};

describe('smallLowProfitCit vs bare decimal.js (2022: 1M × 12.5% × 20% + 1M × 25% × 20%)', () => {
  bench(
    'bare decimal.js (baseline)',
    () => {
      const income = decimal(input.taxableIncome);
      const low = decimal('1000000');
      const high = income.sub(low);
      low.mul('0.125').add(high.mul('0.25')).mul('0.2').toDecimalPlaces(2);
    },
    options,
  );
  bench(
    'smallLowProfitCit',
    () => {
      smallLowProfitCit(input);
    },
    options,
  );
});
