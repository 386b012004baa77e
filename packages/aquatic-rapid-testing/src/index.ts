// Public surface of @gd-ftz/aquatic-rapid-testing: named re-exports only.
export type { AquaticRapidTestingParams } from './params';
export { PARAMS } from './params';
export { measure } from './measure';
