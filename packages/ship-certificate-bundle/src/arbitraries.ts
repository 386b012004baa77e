// fast-check arbitraries of valid inputs of @gd-ftz/ship-certificate-bundle, for property tests
// that use this engine as an oracle. fast-check is a peer dependency.
import { paramsArbOf } from '@gd-ftz/core/arbitraries';
import type { Arbitrary } from 'fast-check';
import { PARAMS, type ShipCertificateBundleParams } from './params';

/**
 * Valid scenario parameters, derived from the schema (small fleets keep properties fast).
 * @example
 * fc.sample(paramsArb, 1)[0]?.ships // 10..200
 */
export const paramsArb: Arbitrary<ShipCertificateBundleParams> = paramsArbOf(PARAMS, {
  ships: { max: 200 },
});
