// fast-check arbitraries of valid inputs of @gd-ftz/digital-space-authorization, for property tests that use this
// engine as an oracle. fast-check is a peer dependency.
import { paramsArbOf } from '@gd-ftz/core/arbitraries';
import type { Arbitrary } from 'fast-check';
import { type DigitalSpaceAuthorizationParams, PARAMS } from './params';

/**
 * Valid scenario parameters, derived from the schema so that the ranges never drift (small
 * populations keep properties fast).
 * @example
 * fc.sample(paramsArb, 1)[0]?.applications // 10..300
 */
export const paramsArb: Arbitrary<DigitalSpaceAuthorizationParams> = paramsArbOf(PARAMS, {
  applications: { max: 300 },
});
