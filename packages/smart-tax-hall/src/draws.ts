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

/**
 * `rng.bernoulli(p)` for a `p` checked once by the caller ({@link checkProbability}): core's
 * definition, `real() < p`, without the check and the call layers at each of a run's ≈ 1 M draws.
 */
export function chance(rng: RandomStream, p: number): boolean {
  return rng.real() < p;
}

/** `rng.exponential(rate)` for a rate checked once: core's inversion, `-ln(1 − real()) / rate`. */
export function exponentialDraw(rng: RandomStream, rate: number): number {
  return -Math.log(1 - rng.real()) / rate;
}

/** `rng.lognormal(mu, sigma)`: core's definition, the exponential of `rng.normal(mu, sigma)`. */
export function lognormalDraw(rng: RandomStream, mu: number, sigma: number): number {
  return Math.exp(rng.normal(mu, sigma));
}

/** The check `rng.bernoulli` makes at every draw, made once: a probability in [0, 1]. */
export function checkProbability(p: number, path: string): number {
  if (!(p >= 0 && p <= 1)) throw new ConfigurationError(path, `must be in [0, 1], got ${describeValue(p)}`);
  return p;
}

/** The check `rng.exponential` makes at every draw, made once: a finite rate > 0. */
export function checkRate(rate: number, path: string): number {
  if (!(rate > 0 && rate < Number.POSITIVE_INFINITY))
    throw new ConfigurationError(path, `must be a finite number > 0, got ${describeValue(rate)}`);
  return rate;
}
