import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { describeValue } from '../describe-value';
import { ConfigurationError } from '../errors';
import { poissonDraw, triangularFromUniform } from './distributions';
import { deriveKey, keyFromSeed, type StreamKey } from './seed';
import { checkedWeightsTotal, weightedIndexFromUniform } from './weighted';
import { Xoroshiro128Plus } from './xoroshiro';

const TWO_POW_26 = 67108864;
const TWO_POW_NEG_53 = 1 / 9007199254740992;

const INF = Number.POSITIVE_INFINITY;

function isStreamKey(key: unknown): key is StreamKey {
  return (
    Array.isArray(key) &&
    key.length === 4 &&
    key.every((w) => typeof w === 'number' && Number.isInteger(w) && w >= 0 && w <= 0xffffffff)
  );
}

function bad(path: string, message: string): never {
  throw new ConfigurationError(path, message);
}

/** Cold path of parameter checks, kept out of the samplers so that they stay small enough to inline. */
function invalid(path: string, value: unknown, expected: string): never {
  throw new ConfigurationError(path, `must be ${expected}, got ${describeValue(value)}`);
}

function finite(value: number, path: string): void {
  if (!(value > -INF && value < INF)) invalid(path, value, 'a finite number');
}

/**
 * A reproducible stream of random numbers: xoroshiro128+ (the generator fast-check uses, with
 * pure-rand's outputs) seeded from an integer, with the distributions simulations need.
 *
 * Streams are mutable on purpose, for speed: every draw advances the stream it is called on.
 * Use {@link RandomStream.clone} for a copy that replays the same numbers, and
 * {@link RandomStream.substream} for an independent stream per part of a model (arrivals,
 * services, routing), so that adding a draw to one part never shifts the numbers of another.
 *
 * These are JavaScript numbers: right for simulated times and counts, never for money.
 * Bad parameters (rate ≤ 0, p outside [0, 1], sigma < 0, min > max, empty weights, NaN) throw a
 * {@link ConfigurationError} whose `path` names the parameter.
 * @example
 * const root = RandomStream.fromSeed(42);
 * const arrivals = root.substream('arrivals');
 * const gap = arrivals.exponential(50 / 60); // minutes between arrivals at 50 an hour
 */
export class RandomStream {
  /** The names from the root seed to this stream, e.g. `seed:42/arrivals`. */
  readonly path: string;
  private readonly key: StreamKey;
  private readonly gen: Xoroshiro128Plus;
  private hasSpare = false;
  private spare = 0;

  private constructor(key: StreamKey, path: string, gen?: Xoroshiro128Plus) {
    // Private in TypeScript but callable from JavaScript (`new RandomStream(x)`): streams are built by
    // fromSeed/substream/clone, so anything else is refused rather than stored (issue 32).
    if (!isStreamKey(key)) bad('key', 'must be a stream key; build streams with RandomStream.fromSeed');
    if (typeof path !== 'string') bad('path', 'must be a string');
    if (gen !== undefined && !(gen instanceof Xoroshiro128Plus)) {
      bad('gen', 'must be a generator (internal; use clone())');
    }
    this.key = key;
    this.path = path;
    this.gen = gen ?? Xoroshiro128Plus.fromState(key);
  }

  /**
   * The root stream of a seed (any safe integer). Same seed, same numbers, on every machine.
   * @example
   * RandomStream.fromSeed(7).real() === RandomStream.fromSeed(7).real(); // true
   */
  static fromSeed(seed: number): RandomStream {
    if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
      bad('seed', `must be a safe integer, got ${describeValue(seed)}`);
    }
    return new RandomStream(keyFromSeed(seed), `seed:${seed}`);
  }

  /**
   * An independent stream derived from this stream's identity (seed and path) and `name` by
   * hashing, never from its current position: drawing from `this` or from any other sub-stream
   * does not change it. Sub-streams of sub-streams work (`a.substream('x').substream('y')`).
   * @example
   * const s = RandomStream.fromSeed(1);
   * s.substream('service').real() === RandomStream.fromSeed(1).substream('service').real(); // true
   */
  substream(name: string): RandomStream {
    if (typeof name !== 'string') bad('name', 'must be a string');
    return new RandomStream(deriveKey(this.key, name), `${this.path}/${name}`);
  }

  /**
   * A copy at the same position: it replays exactly the numbers this stream will draw next.
   * @example
   * const a = RandomStream.fromSeed(3); const b = a.clone(); a.real() === b.real(); // true
   */
  clone(): RandomStream {
    const copy = new RandomStream(this.key, this.path, this.gen.clone());
    copy.hasSpare = this.hasSpare;
    copy.spare = this.spare;
    return copy;
  }

  /**
   * A uniform 32-bit unsigned integer in [0, 2^32).
   * @example
   * RandomStream.fromSeed(1).nextUint32(); // an integer in 0..4294967295
   */
  nextUint32(): number {
    return this.gen.next() >>> 0;
  }

  /**
   * A uniform real in [0, 1) with 53 random bits (two generator outputs).
   * @example
   * RandomStream.fromSeed(1).real(); // 0 ≤ x < 1
   */
  real(): number {
    const g = this.gen;
    const high = g.next() >>> 5; // 27 bits
    const low = g.next() >>> 6; // 26 bits
    return (high * TWO_POW_26 + low) * TWO_POW_NEG_53;
  }

  /**
   * A uniform integer in [min, max], both inclusive safe integers (unbiased, by rejection).
   * @example
   * RandomStream.fromSeed(1).int(1, 6); // a die roll
   */
  int(min: number, max: number): number {
    if (!Number.isSafeInteger(min)) invalid('min', min, 'a safe integer');
    if (!Number.isSafeInteger(max)) invalid('max', max, 'a safe integer');
    if (min > max) bad('min', `must be ≤ max (${max}), got ${describeValue(min)}`);
    return uniformInt(this.gen, min, max);
  }

  /**
   * A uniform real in [a, b).
   * @example
   * RandomStream.fromSeed(1).uniform(5, 10); // 5 ≤ x < 10
   */
  uniform(a: number, b: number): number {
    finite(a, 'a');
    finite(b, 'b');
    if (a > b) bad('a', `must be ≤ b (${b}), got ${describeValue(a)}`);
    return a + (b - a) * this.real();
  }

  /**
   * true with probability p.
   * @example
   * RandomStream.fromSeed(1).bernoulli(0.3); // true about 30% of the time
   */
  bernoulli(p: number): boolean {
    if (!(p >= 0 && p <= 1)) invalid('p', p, 'in [0, 1]');
    return this.real() < p;
  }

  /**
   * An exponential draw with the given rate (mean 1 / rate), by inversion.
   * @example
   * RandomStream.fromSeed(1).exponential(0.125); // mean 8
   */
  exponential(rate: number): number {
    if (!(rate > 0 && rate < INF)) invalid('rate', rate, 'a finite number > 0');
    return -Math.log(1 - this.real()) / rate;
  }

  /**
   * A Poisson draw with mean lambda ≥ 0: Knuth's product method below 30, Hörmann's PTRS
   * transformed rejection from 30 up (exact in both regimes; see {@link poissonDraw}).
   * @example
   * RandomStream.fromSeed(1).poisson(4); // mean 4
   */
  poisson(lambda: number): number {
    if (!(lambda >= 0 && lambda < INF)) invalid('lambda', lambda, 'a finite number ≥ 0');
    return poissonDraw(this, lambda);
  }

  /**
   * A normal draw (Marsaglia's polar method; the second variate of each pair is cached and used by
   * the next call, so draws come in pairs from the generator).
   * @example
   * RandomStream.fromSeed(1).normal(100, 15);
   */
  normal(mu: number, sigma: number): number {
    finite(mu, 'mu');
    if (!(sigma >= 0 && sigma < INF)) invalid('sigma', sigma, 'a finite number ≥ 0');
    if (this.hasSpare) {
      this.hasSpare = false;
      return mu + sigma * this.spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.real() - 1;
      v = 2 * this.real() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * factor;
    this.hasSpare = true;
    return mu + sigma * u * factor;
  }

  /**
   * A lognormal draw: exp of a normal(mu, sigma) draw (mu and sigma of the logarithm).
   * @example
   * RandomStream.fromSeed(1).lognormal(Math.log(10), 0.5); // median 10
   */
  lognormal(mu: number, sigma: number): number {
    return Math.exp(this.normal(mu, sigma));
  }

  /**
   * A triangular draw on [min, max] peaking at mode (mean (min + mode + max) / 3), by inversion.
   * @example
   * RandomStream.fromSeed(1).triangular(5, 8, 20); // mean 11
   */
  triangular(min: number, mode: number, max: number): number {
    finite(min, 'min');
    finite(mode, 'mode');
    finite(max, 'max');
    if (min > mode) bad('min', `must be ≤ mode (${mode}), got ${describeValue(min)}`);
    if (mode > max) bad('mode', `must be ≤ max (${max}), got ${describeValue(mode)}`);
    return triangularFromUniform(this.real(), min, mode, max);
  }

  /**
   * An index i drawn with probability weights[i] / Σ weights (weights finite, ≥ 0, not all 0).
   * @example
   * RandomStream.fromSeed(1).weightedIndex([1, 3]); // 1 three times in four
   */
  weightedIndex(weights: readonly number[]): number {
    return weightedIndexFromUniform(weights, checkedWeightsTotal(weights), this.real());
  }

  /**
   * One item, uniformly or with the given weights (same length as items).
   * @example
   * RandomStream.fromSeed(1).choice(['a', 'b', 'c'], [1, 1, 2]);
   */
  choice<T>(items: readonly T[], weights?: readonly number[]): T {
    if (!Array.isArray(items) || items.length === 0) bad('items', 'must be a non-empty array');
    if (weights === undefined) return items[uniformInt(this.gen, 0, items.length - 1)] as T;
    if (!Array.isArray(weights) || weights.length !== items.length) {
      bad('weights', `must have one weight per item (${items.length})`);
    }
    return items[this.weightedIndex(weights)] as T;
  }

  /**
   * A uniformly random permutation of `items` (Fisher–Yates) as a new array; the input is unchanged.
   * @example
   * RandomStream.fromSeed(1).shuffle([1, 2, 3, 4]); // e.g. [3, 1, 4, 2]
   */
  shuffle<T>(items: readonly T[]): T[] {
    if (!Array.isArray(items)) bad('items', 'must be an array');
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = uniformInt(this.gen, 0, i);
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }
}
