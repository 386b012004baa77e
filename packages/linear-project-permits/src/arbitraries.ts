// fast-check arbitraries of valid inputs of @gd-ftz/linear-project-permits, for property tests that use this
// engine as an oracle. fast-check is a peer dependency.
import fc from 'fast-check';
import { PARAMS, type LinearProjectPermitsParams } from './params';

/** Valid scenario parameters inside the schema's ranges. */
export const paramsArb: fc.Arbitrary<LinearProjectPermitsParams> = fc.record({
  population: fc.integer({ min: PARAMS.population.min, max: 5_000 }),
});
