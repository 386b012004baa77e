// fast-check arbitraries of valid inputs of @gd-ftz/smart-tax-hall, for property tests that use this
// engine as an oracle. fast-check is a peer dependency.
import { paramsArbOf } from '@gd-ftz/core/arbitraries';
import type { Arbitrary } from 'fast-check';
import { PARAMS, type SmartTaxHallParams } from './params';

/**
 * Valid scenario parameters, derived from the schema so that the ranges never drift (small
 * populations keep properties fast).
 * @example
 * fc.sample(paramsArb, 1)[0]?.visitsPerYear // 500..3000
 */
export const paramsArb: Arbitrary<SmartTaxHallParams> = paramsArbOf(PARAMS, { visitsPerYear: { max: 3000 } });
