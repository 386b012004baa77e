// Draws of core's RandomStream whose parameters are fixed for a whole run, checked once instead of
// at every draw. A hall-year draws a 15-minute slot for each of ≈ 120,000 visitors from about 50
// weights: `RandomStream.weightedIndex` validates and sums them at every call, which cost more
// than the draw. The arithmetic below is the same as core's (the same sum in the same order, the
// same subtractions), so the same stream gives the same indexes; test/draws.test.ts checks it
// against `weightedIndex` itself. Internal: not exported from src/index.ts.
import { ConfigurationError, describeValue, type RandomStream } from '@gd-ftz/core';

/**
 * Fixed weights for repeated {@link WeightedPicker.pick}, equal to `rng.weightedIndex(weights)`.
 * @example
 * const slot = new WeightedPicker([1, 3]);
 * slot.pick(RandomStream.fromSeed(1)); // 1 three times in four, as weightedIndex([1, 3])
 */
export class WeightedPicker {
  private readonly weights: Float64Array;
  private readonly total: number;

  constructor(weights: readonly number[]) {
    if (weights.length === 0) throw new ConfigurationError('weights', 'must be a non-empty array');
    let total = 0;
    weights.forEach((w, i) => {
      if (!(w >= 0 && w < Number.POSITIVE_INFINITY))
        throw new ConfigurationError(`weights.${i}`, `must be a finite number ≥ 0, got ${describeValue(w)}`);
      total += w;
    });
    if (!(total > 0 && total < Number.POSITIVE_INFINITY))
      throw new ConfigurationError('weights', 'must have a finite positive sum');
    this.weights = Float64Array.from(weights);
    this.total = total;
  }

  /** An index drawn with probability weights[i] / Σ weights: one `real()` of `rng`, as weightedIndex. */
  pick(rng: RandomStream): number {
    const weights = this.weights;
    let target = rng.real() * this.total;
    let last = 0;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i] as number;
      if (w > 0) {
        if (target < w) return i;
        target -= w;
        last = i;
      }
    }
    return last;
  }
}
