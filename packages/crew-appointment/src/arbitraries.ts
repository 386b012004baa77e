// fast-check arbitraries of valid inputs of @gd-ftz/crew-appointment, for property tests that use this
// engine as an oracle. fast-check is a peer dependency.
import { paramsArbOf } from '@gd-ftz/core/arbitraries';
import type { Arbitrary } from 'fast-check';
import { type CrewAppointmentParams, PARAMS } from './params';

/**
 * Valid scenario parameters, derived from the schema so that the ranges never drift (small
 * fleets keep properties fast).
 * @example
 * fc.sample(paramsArb, 1)[0]?.appointments // 100..1500
 */
export const paramsArb: Arbitrary<CrewAppointmentParams> = paramsArbOf(PARAMS, {
  appointments: { max: 1500 },
});
