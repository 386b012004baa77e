// The fast batch (issue 14: taxpayers without an overpayment event skipped, accounts and ledgers in
// integer fen, inputs checked once, untraced refunds) gives the same totals as the batch it
// replaced (test/batch-reference.ts), over random scenarios: every money sum to the last digit,
// every count, the day histogram, the monthly series, rule coverage and the sample places.
import { defaultParams } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { PARAMS } from '../src/params';
import { batchDataOf } from '../src/shard';
import { runTaxpayers } from '../src/simulate';
import { referenceBatch } from './batch-reference';

describe('the fast batch agrees with the reference batch', () => {
  it('on random scenarios and seeds (overpayments, arrears and bank shares pushed up too)', () => {
    fc.assert(
      fc.property(
        paramsArb,
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 5_000 }),
        (params, seed, dense, start) => {
          // Dense: most months overpaid and most taxpayers in arrears, so that offsets, several
          // refunds per account and late fees are exercised in every run.
          const p = dense ? { ...params, overpaymentRate: 0.4, arrearsShare: 0.8 } : params;
          const range = { start, end: start + 40 };
          expect(batchDataOf(runTaxpayers(p, seed, range))).toEqual(referenceBatch(p, seed, range));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('on 2,000 taxpayers of the default scenario', () => {
    const p = { ...defaultParams(PARAMS), population: 2_000 };
    const range = { start: 0, end: 2_000 };
    expect(batchDataOf(runTaxpayers(p, 7, range))).toEqual(referenceBatch(p, 7, range));
  });
});
