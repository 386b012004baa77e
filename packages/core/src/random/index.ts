// Public surface of core/random: explicit named re-exports only.
export type { UniformSource } from './distributions';
export { logFactorial, POISSON_KNUTH_LIMIT, poissonDraw, triangularFromUniform } from './distributions';
export { BernoulliSampler, ExponentialSampler, LognormalSampler } from './samplers';
export { RandomStream } from './stream';
export { WeightedPicker } from './weighted';
