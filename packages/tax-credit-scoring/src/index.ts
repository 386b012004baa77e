// Public surface of @gd-ftz/tax-credit-scoring: named re-exports only.

export { measure } from './measure';
export type { TaxCreditScoringParams } from './params';
export { PARAMS } from './params';
