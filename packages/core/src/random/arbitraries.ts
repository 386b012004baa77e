// fast-check arbitraries of core/random values.
import fc from 'fast-check';
import { RandomStream } from './stream';

/**
 * A fresh root {@link RandomStream} from a 31-bit seed. Streams are mutable: a property should
 * draw from the value it is given and not keep it across runs.
 * @example
 * fc.assert(fc.property(randomStreamArb, (s) => s.real() < 1));
 */
export const randomStreamArb: fc.Arbitrary<RandomStream> = fc
  .integer({ min: 0, max: 0x7fffffff })
  .map((seed) => RandomStream.fromSeed(seed));

/**
 * Valid weights for {@link RandomStream.weightedIndex}: 1–20 finite non-negative numbers, at least
 * one of them positive.
 * @example
 * fc.assert(fc.property(randomStreamArb, weightsArb, (s, w) => (w[s.weightedIndex(w)] ?? 0) > 0));
 */
export const weightsArb: fc.Arbitrary<number[]> = fc
  .array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 20 })
  .filter((w) => w.some((x) => x > 0));
