// fast-check arbitraries of valid inputs of @gd-ftz/tax-credit-scoring, for property tests that use
// this engine as an oracle. fast-check is a peer dependency.
import fc from 'fast-check';
import { PARAMS, type TaxCreditScoringParams } from './params';

/** Valid scenario parameters inside the schema's ranges (small populations). */
export const paramsArb: fc.Arbitrary<TaxCreditScoringParams> = fc.record({
  population: fc.integer({ min: PARAMS.population.min, max: 300 }),
  regime: fc.constantFrom('sat-2025-12', 'sat-2014-40'),
  linkCoverage: fc.double({ min: 0, max: 1, noNaN: true }),
  linkDelayDays: fc.integer({ min: PARAMS.linkDelayDays.min, max: PARAMS.linkDelayDays.max }),
  exchangeMonth: fc.integer({ min: PARAMS.exchangeMonth.min, max: PARAMS.exchangeMonth.max }),
  adjustDays: fc.integer({ min: PARAMS.adjustDays.min, max: PARAMS.adjustDays.max }),
  breachRate: fc.double({ min: 0, max: PARAMS.breachRate.max, noNaN: true }),
  repairShare: fc.double({ min: 0, max: 1, noNaN: true }),
  lateFilingRate: fc.double({ min: 0, max: PARAMS.lateFilingRate.max, noNaN: true }),
}) as fc.Arbitrary<TaxCreditScoringParams>;
