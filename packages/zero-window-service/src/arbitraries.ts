// fast-check arbitraries of valid inputs of @gd-ftz/zero-window-service, for property tests that use
// this engine as an oracle. fast-check is a peer dependency.
import { paramsArbOf } from '@gd-ftz/core/arbitraries';
import type { Arbitrary } from 'fast-check';
import { PARAMS, type ZeroWindowServiceParams } from './params';

/**
 * Valid scenario parameters, derived from the schema so that the ranges never drift (small
 * populations and at least 3 windows keep properties fast and the lounge staffed).
 * @example
 * fc.sample(paramsArb, 1)[0]?.requests // 100..2000
 */
export const paramsArb: Arbitrary<ZeroWindowServiceParams> = paramsArbOf(PARAMS, {
  requests: { max: 2000 },
  windowStaff: { min: 3, max: 20 },
  shareLounge: { min: 0.3, max: 0.7 },
  shareCloud: { max: 0.3 },
});
