// fast-check arbitraries of valid inputs of @gd-ftz/similar-case-retrieval, for property tests that
// use this engine as an oracle. fast-check is a peer dependency.
import { paramsArbOf } from '@gd-ftz/core/arbitraries';
import type { Arbitrary } from 'fast-check';
import { PARAMS, type SimilarCaseRetrievalParams } from './params';

/**
 * Valid scenario parameters, derived from the schema so that the ranges never drift (small
 * corpora keep properties fast).
 * @example
 * fc.sample(paramsArb, 1)[0]?.newCases; // 20..60
 */
export const paramsArb: Arbitrary<SimilarCaseRetrievalParams> = paramsArbOf(PARAMS, {
  priorJudgments: { max: 300 },
  newCases: { max: 60 },
});
