// fast-check arbitraries of valid inputs of @gd-ftz/special-equipment-ledger, for property tests that use this
// engine as an oracle. fast-check is a peer dependency.
import fc from 'fast-check';
import { PARAMS, type SpecialEquipmentLedgerParams } from './params';

/** Valid scenario parameters inside the schema's ranges. */
export const paramsArb: fc.Arbitrary<SpecialEquipmentLedgerParams> = fc.record({
  population: fc.integer({ min: PARAMS.population.min, max: 5_000 }),
});
