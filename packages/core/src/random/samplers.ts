// Samplers whose parameters are fixed for a whole run: checked once when built, then each draw is
// exactly the draw of the RandomStream method it stands for (same stream, same numbers), without
// the check at each of a run's million draws. The cousin of WeightedPicker for weightedIndex.
import { describeValue } from '../describe-value';
import { ConfigurationError } from '../errors';
import type { RandomStream } from './stream';

const INF = Number.POSITIVE_INFINITY;

function invalid(path: string, value: unknown, expected: string): never {
  throw new ConfigurationError(path, `must be ${expected}, got ${describeValue(value)}`);
}

/**
 * `rng.bernoulli(p)` for a `p` checked once.
 * @throws ConfigurationError naming `path` unless `p` is in [0, 1].
 * @example
 * const noShow = new BernoulliSampler(0.1, 'noShowRate');
 * noShow.draw(RandomStream.fromSeed(1)); // as RandomStream.fromSeed(1).bernoulli(0.1)
 */
export class BernoulliSampler {
  /** The probability of true, in [0, 1]. */
  readonly p: number;
  constructor(p: number, path = 'p') {
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) invalid(path, p, 'in [0, 1]');
    this.p = p;
  }
  /** true with probability p, from one `real()` of `rng`. */
  draw(rng: RandomStream): boolean {
    return rng.real() < this.p;
  }
}

/**
 * `rng.exponential(rate)` for a rate checked once (mean 1 / rate, by inversion).
 * @throws ConfigurationError naming `path` unless `rate` is a finite number > 0.
 * @example
 * const patience = new ExponentialSampler(1 / 20, 'patienceRate'); // mean 20 minutes
 * patience.draw(RandomStream.fromSeed(1)); // as RandomStream.fromSeed(1).exponential(1 / 20)
 */
export class ExponentialSampler {
  /** Events per unit of time (mean draw 1 / rate). */
  readonly rate: number;
  constructor(rate: number, path = 'rate') {
    if (typeof rate !== 'number' || !(rate > 0 && rate < INF)) invalid(path, rate, 'a finite number > 0');
    this.rate = rate;
  }
  /** One draw, from one `real()` of `rng`. */
  draw(rng: RandomStream): number {
    return -Math.log(1 - rng.real()) / this.rate;
  }
}

/**
 * `rng.lognormal(mu, sigma)` for parameters checked once: exp of a normal(mu, sigma) draw (mu and
 * sigma of the logarithm). It shares the stream's cached second normal variate, as lognormal does.
 * @throws ConfigurationError naming `<path>.mu` (not finite) or `<path>.sigma` (not finite ≥ 0).
 * @example
 * const handling = new LognormalSampler(Math.log(10), 0.5, 'handling'); // median 10
 * handling.draw(RandomStream.fromSeed(1)); // as RandomStream.fromSeed(1).lognormal(Math.log(10), 0.5)
 */
export class LognormalSampler {
  /** Mean of the logarithm. */
  readonly mu: number;
  /** Standard deviation of the logarithm. */
  readonly sigma: number;
  constructor(mu: number, sigma: number, path = 'lognormal') {
    if (typeof mu !== 'number' || !(mu > -INF && mu < INF)) invalid(`${path}.mu`, mu, 'a finite number');
    if (typeof sigma !== 'number' || !(sigma >= 0 && sigma < INF))
      invalid(`${path}.sigma`, sigma, 'a finite number ≥ 0');
    this.mu = mu;
    this.sigma = sigma;
  }
  /** One draw: `Math.exp(rng.normal(mu, sigma))`. */
  draw(rng: RandomStream): number {
    return Math.exp(rng.normal(this.mu, this.sigma));
  }
}
