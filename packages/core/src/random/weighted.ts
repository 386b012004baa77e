// Weighted choice: the checks and the draw of `RandomStream.weightedIndex`, split so that a
// simulation drawing from the same weights a million times (a hall's 15-minute slots) checks and
// sums them once, with a WeightedPicker, and draws exactly what weightedIndex would.
import { describeValue } from '../describe-value';
import { ConfigurationError } from '../errors';
import type { RandomStream } from './stream';

/**
 * The sum of `weights` after checking them: a non-empty array of finite numbers ≥ 0 with a finite
 * positive sum.
 * @throws ConfigurationError naming `weights` or `weights.<i>`.
 */
export function checkedWeightsTotal(weights: readonly number[]): number {
  if (!Array.isArray(weights) || weights.length === 0)
    throw new ConfigurationError('weights', 'must be a non-empty array');
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    if (!(w >= 0 && w < Number.POSITIVE_INFINITY))
      throw new ConfigurationError(`weights.${i}`, `must be a finite number ≥ 0, got ${describeValue(w)}`);
    total += w;
  }
  if (!(total > 0 && total < Number.POSITIVE_INFINITY))
    throw new ConfigurationError('weights', 'must have a finite positive sum');
  return total;
}

/** The index a uniform `u` in [0, 1) selects from checked weights summing to `total`. */
export function weightedIndexFromUniform(weights: ArrayLike<number>, total: number, u: number): number {
  let target = u * total;
  let last = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    if (w > 0) {
      if (target < w) return i;
      target -= w;
      last = i;
    }
  }
  return last; // rounding left target ≥ the last weight: the last positive weight is the answer
}

/**
 * Fixed weights, checked and summed once, for many draws: `pick(rng)` returns what
 * `rng.weightedIndex(weights)` would, consuming the same one `real()`.
 * @throws ConfigurationError naming `weights` or `weights.<i>` (as weightedIndex).
 * @example
 * const slot = new WeightedPicker([1, 3]);
 * slot.pick(RandomStream.fromSeed(1)); // 1 three times in four, as weightedIndex([1, 3])
 */
export class WeightedPicker {
  readonly #weights: Float64Array;
  readonly #total: number;

  constructor(weights: readonly number[]) {
    this.#total = checkedWeightsTotal(weights);
    this.#weights = Float64Array.from(weights);
  }

  /** An index drawn with probability weights[i] / Σ weights, from one `real()` of `rng`. */
  pick(rng: RandomStream): number {
    return weightedIndexFromUniform(this.#weights, this.#total, rng.real());
  }
}
