// fast-check arbitraries of valid inputs of @gd-ftz/crew-medical-line, for property tests that use
// this engine as an oracle. fast-check is a peer dependency.
import { paramsArbOf } from '@gd-ftz/core/arbitraries';
import type { Arbitrary } from 'fast-check';
import { type CrewMedicalLineParams, PARAMS } from './params';

/**
 * Valid scenario parameters, derived from the schema (small populations keep properties fast).
 * @example
 * fc.sample(paramsArb, 1)[0]?.casesPerYear // 10..200
 */
export const paramsArb: Arbitrary<CrewMedicalLineParams> = paramsArbOf(PARAMS, {
  casesPerYear: { max: 200 },
  portAreas: { max: 3 },
});
