// fast-check arbitraries of valid inputs of @gd-ftz/cbec-return-warehouse, for property tests that use
// this engine as an oracle. fast-check is a peer dependency.
import { paramsArbOf } from '@gd-ftz/core/arbitraries';
import type { Arbitrary } from 'fast-check';
import { type CbecReturnWarehouseParams, PARAMS } from './params';

/**
 * Valid scenario parameters, derived from the schema so that the ranges never drift (small
 * zone-years keep properties fast).
 * @example
 * fc.sample(paramsArb, 1)[0]?.lines // 100..1500
 */
export const paramsArb: Arbitrary<CbecReturnWarehouseParams> = paramsArbOf(PARAMS, {
  lines: { max: 1500 },
});
