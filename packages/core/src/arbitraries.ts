// fast-check arbitraries of valid core values, for property tests of core and of every engine.
// fast-check is a peer dependency: import this entry (`@gd-ftz/core/arbitraries`) only from tests.
import fc from 'fast-check';

export * from './audit/arbitraries';
export * from './calendar/arbitraries';
export * from './ids/arbitraries';
export * from './money/arbitraries';
export * from './params/arbitraries';
export type { ParamRange, ParamsArbOverrides } from './params-schema-arbitraries';
export { paramsArbOf } from './params-schema-arbitraries';
export * from './random/arbitraries';
export * from './rules/arbitraries';
export * from './sim/arbitraries';

/** Any non-negative 31-bit simulation seed. */
export const seedArb: fc.Arbitrary<number> = fc.integer({ min: 0, max: 0x7fffffff });
