// fast-check arbitraries of valid inputs of @gd-ftz/litigation-integrity. fast-check is a peer dependency.
import { paramsArbOf } from '@gd-ftz/core/arbitraries';
import type { Arbitrary } from 'fast-check';
import { type LitigationIntegrityParams, PARAMS } from './params';

/**
 * Valid scenario parameters, derived from the schema; small caseloads and conduct shares of at most
 * 0.2 each (so that their sum stays at most 1).
 * @example
 * fc.sample(paramsArb, 1)[0]?.cases // 100..2000
 */
export const paramsArb: Arbitrary<LitigationIntegrityParams> = paramsArbOf(PARAMS, {
  cases: { max: 2000 },
  objectionAbuseRate: { max: 0.2 },
  lateEvidenceRate: { max: 0.2 },
  forgeryRate: { max: 0.2 },
  falseSuitRate: { max: 0.2 },
  evasionRate: { max: 0.2 },
});
