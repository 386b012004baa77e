// The population drawn as numbers first (TaxpayerDraw) writes the same taxpayers, event by event,
// as the generator it replaced (test/population-reference.ts); and a taxpayer that drew no
// overpayment event has none in its ledger, whatever the day: what lets the batch skip its account.
import { RandomStream, unitStreams } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAccount } from '../src/account';
import { dateBetweenArb } from '../src/arbitraries';
import { readLedger } from '../src/ledger';
import {
  drawTaxpayerInto,
  generatePopulation,
  type PopulationOptions,
  shapeOf,
  TaxpayerDraw,
  taxpayerOf,
  taxpayersIn,
} from '../src/population';
import { referenceTaxpayers } from './population-reference';

const shareArb = fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true }));
const optionsArb: fc.Arbitrary<PopulationOptions> = fc.record({
  size: fc.constant(0),
  overpaymentRate: shareArb,
  arrearsShare: shareArb,
  bankOnFileShare: shareArb,
});
const seedArb = fc.integer({ min: 0, max: 2 ** 31 });

describe('the population drawn as numbers first', () => {
  it('writes the same taxpayers as the reference generator', () => {
    fc.assert(
      fc.property(optionsArb, seedArb, fc.integer({ min: 0, max: 9_999_000 }), (options, seed, start) => {
        const unit = unitStreams(seed, 'population');
        expect([...taxpayersIn(options, unit, start, start + 25)]).toEqual([
          ...referenceTaxpayers(options, unit, start, start + 25),
        ]);
      }),
      { numRuns: 60 },
    );
  });

  it('generatePopulation streams the same taxpayers as the reference', () => {
    const options = { size: 50, overpaymentRate: 0.3, arrearsShare: 0.5, bankOnFileShare: 0.5 };
    const rng = RandomStream.fromSeed(11).substream('population');
    expect([...generatePopulation(options, rng)]).toEqual([
      ...referenceTaxpayers(options, (i) => rng.substream(String(i)), 0, 50),
    ]);
  });

  it('a taxpayer without an overpayment event has no overpayment on any day', () => {
    const shape = shapeOf();
    const d = new TaxpayerDraw();
    let skipped = 0;
    fc.assert(
      fc.property(
        optionsArb,
        seedArb,
        fc.integer({ min: 0, max: 9_999_999 }),
        dateBetweenArb('2022-01-01', '2026-06-30'),
        (options, seed, index, asOf) => {
          drawTaxpayerInto(d, unitStreams(seed, 'population')(index), options, shape);
          if (d.overpays) return;
          skipped++;
          const t = taxpayerOf(index, d, shape);
          const account = buildAccount(t.registration, t.events);
          expect(readLedger(account, asOf).overpayments).toEqual([]);
          expect(readLedger(account, '2023-12-31' as never).overpayments).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
    expect(skipped).toBeGreaterThan(20);
  });
});
