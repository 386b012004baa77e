// rentalInvoiceTaxes's fast path (bare decimals, whole-fen text padded, trace built on first read)
// agrees byte for byte with the plain Money computation it replaced, over the whole input space:
// every date from 2021-09 to 2029 (the 15万 exemption, the 2027 lapses), amounts of 0–2 decimals up
// to 10^12 yuan, lump sums, repairs carried forward, head rent, other taxes, every reading.
import { addDays, civilDate } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RentalTaxInput, rentalInvoiceTaxes } from '../src/index';
import { referenceTaxes } from './taxes-reference';

const fenText = (f: bigint, places: number) => {
  const whole = `${f / 100n}`;
  const cents = String(f % 100n).padStart(2, '0');
  if (places === 0) return `${whole}${cents === '00' ? '' : `.${cents}`}`;
  return places === 1 && cents.endsWith('0') ? `${whole}.${cents[0]}` : `${whole}.${cents}`;
};
const amountArb = fc
  .tuple(
    fc.oneof(
      fc.bigInt({ min: 0n, max: 1_000_000n }),
      fc.bigInt({ min: 9_000_000n, max: 16_000_000n }), // around the 10万 and 15万 limits a month
      fc.bigInt({ min: 0n, max: 100_000_000_000_000n }),
    ),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([f, places]) => fenText(f, places));
const first = civilDate('2021-09-01');
const inputArb: fc.Arbitrary<RentalTaxInput> = fc.record(
  {
    propertyKind: fc.constantFrom('housing' as const, 'non-housing' as const),
    rent: amountArb,
    leaseStart: fc.integer({ min: 0, max: 3000 }).map((d) => addDays(first, d)),
    months: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 36 })),
    location: fc.constantFrom('city' as const, 'county-town' as const, 'other' as const),
    halveLocalTaxes: fc.boolean(),
    repairs: amountArb,
    headRent: amountArb,
    otherTaxesPaid: amountArb,
    readings: fc.record(
      {
        exemptionTest: fc.constantFrom('gross' as const, 'net' as const),
        netRent: fc.constantFrom('minus-vat' as const, 'divide' as const),
        deductionTest: fc.constantFrom('before' as const, 'after' as const),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['propertyKind', 'rent', 'leaseStart', 'months', 'location'] },
);

describe('the fast path against the Money reference', () => {
  it('gives the same result, trace included, byte for byte', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(JSON.stringify(rentalInvoiceTaxes(input))).toBe(JSON.stringify(referenceTaxes(input)));
      }),
      { numRuns: 150 },
    );
  });

  it('reads the lazy trace like a plain one: same steps on each read, cloned and compared as data', () => {
    const input: RentalTaxInput = {
      propertyKind: 'non-housing',
      rent: '630000.00',
      leaseStart: '2024-03-01',
      months: 3,
      location: 'city',
      repairs: '1000',
    };
    const t = rentalInvoiceTaxes(input);
    const ref = referenceTaxes(input);
    expect(t.trace.steps).toBe(t.trace.steps);
    expect(t.trace.steps).toHaveLength(3 * 4 + 1);
    expect(structuredClone(t)).toEqual(ref);
    expect({ ...t.trace }).toEqual(ref.trace);
  });
});
