// fast-check arbitraries of valid inputs of @gd-ftz/tax-credit-scoring, for property tests that use this
// engine as an oracle. fast-check is a peer dependency.
import fc from 'fast-check';
import { PARAMS, type TaxCreditScoringParams } from './params';

/** Valid scenario parameters inside the schema's ranges. */
export const paramsArb: fc.Arbitrary<TaxCreditScoringParams> = fc.record({
  population: fc.integer({ min: PARAMS.population.min, max: 5_000 }),
});
