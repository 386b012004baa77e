// fast-check arbitraries of valid inputs of @gd-ftz/new-economy-tax-service, for property tests that
// use this engine as an oracle. fast-check is a peer dependency.
import { paramsArbOf } from '@gd-ftz/core/arbitraries';
import fc, { type Arbitrary } from 'fast-check';
import type { SmallLowProfitInput } from './cit';
import { CIT_YEARS } from './law';
import { type NewEconomyTaxServiceParams, PARAMS } from './params';

/**
 * Valid scenario parameters, derived from the schema so that the ranges never drift (small
 * populations keep properties fast).
 * @example
 * fc.sample(paramsArb, 1)[0]?.firms // 50..300
 */
export const paramsArb: Arbitrary<NewEconomyTaxServiceParams> = paramsArbOf(PARAMS, {
  firms: { max: 300 },
});

/** An amount in yuan up to `maxYuan`, to the fen, as a decimal string. */
const amountArb = (maxYuan: number): Arbitrary<string> =>
  fc
    .integer({ min: 0, max: maxYuan * 100 })
    .map((fen) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`);

/**
 * Valid inputs of smallLowProfitCit, around the bounds (income to 400万, staff to 400, assets to 6000万).
 * @example
 * fc.sample(citInputArb, 1)[0]?.taxYear // 2019..2027
 */
export const citInputArb: Arbitrary<SmallLowProfitInput> = fc.record({
  taxYear: fc.integer({ min: CIT_YEARS.first, max: CIT_YEARS.last }),
  taxableIncome: amountArb(4_000_000),
  employees: fc.integer({ min: 0, max: 400 }),
  totalAssets: amountArb(60_000_000),
  restrictedIndustry: fc.boolean(),
});
