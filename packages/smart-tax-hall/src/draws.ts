// Draws of core's RandomStream whose parameters are fixed for a whole run, checked once instead of
// at every one of a hall-year's ≈ 1 M draws (weighted slots use core's WeightedPicker for the same
// reason). Each is core's definition without the check, so the same stream gives the same numbers;
// test/fast-paths.test.ts checks them against core's. Internal: not exported from src/index.ts.
import { ConfigurationError, describeValue, type RandomStream } from '@gd-ftz/core';

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
