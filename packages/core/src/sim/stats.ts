// Statistics collected during a run: counts, tallies of observations, time-weighted levels.

import { describeValue } from '../describe-value';
import { ConfigurationError } from '../errors';
import { optionsObject } from '../options-object';

/** A finite JS number, or a ConfigurationError naming `path` (strings and NaN are refused, not coerced). */
function finite(path: string, x: unknown): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) notFinite(path, x);
  return x;
}

/**
 * The error of {@link finite}, out of line: the message's template stays out of the bytecode of the
 * hot callers (Tally.add runs once per customer), which V8 counts against its inlining budget.
 */
function notFinite(path: string, x: unknown): never {
  throw new ConfigurationError(path, `must be a finite number, got ${describeValue(x)}`);
}

/**
 * A count of occurrences.
 * @example
 * const arrivals = new Counter(); arrivals.increment(); arrivals.count; // 1
 */
export class Counter {
  count = 0;

  /**
   * Adds `by` (default 1).
   * @example
   * new Counter().increment(3);
   */
  increment(by = 1): void {
    this.count += finite('by', by);
  }

  /**
   * Back to zero (e.g. at the end of a warm-up).
   * @example
   * const c = new Counter(); c.increment(); c.reset(); c.count; // 0
   */
  reset(): void {
    this.count = 0;
  }
}

/** Options of a {@link Tally}. */
export interface TallyOptions {
  /** Keep every observation so that quantiles can be computed (default true). */
  readonly keepValues?: boolean;
}

/**
 * A tally of observations (waits, sojourn times): count, mean and variance by Welford's
 * recurrence, min, max, and quantiles from the stored values (a growable Float64Array, sorted
 * lazily on the first quantile asked after new observations).
 * @example
 * const t = new Tally(); [2, 4, 4, 4, 5, 5, 7, 9].forEach((x) => t.add(x));
 * t.mean; // 5
 * t.variance; // 32 / 7 (sample variance)
 */
export class Tally {
  private n = 0;
  private mu = 0;
  private m2 = 0;
  // Set by the first observation (n === 1), not seeded with ±Infinity: an empty tally holds no
  // non-finite number (issue 32); min and max read NaN when empty, as documented.
  private lo = 0;
  private hi = 0;
  private total = 0;
  private readonly keep: boolean;
  private store: Float64Array;
  private sorted = true;

  constructor(options: TallyOptions = {}) {
    optionsObject(options);
    this.keep = options.keepValues ?? true;
    this.store = new Float64Array(this.keep ? 64 : 0);
  }

  /**
   * Records one observation (a finite number; NaN, ±Infinity and strings are refused).
   * @example
   * new Tally().add(3.5);
   */
  add(x: number): void {
    if (typeof x !== 'number' || !Number.isFinite(x)) notFinite('value', x);
    const n = ++this.n;
    const delta = x - this.mu;
    this.mu += delta / n;
    this.m2 += delta * (x - this.mu);
    this.total += x;
    if (n === 1 || x < this.lo) this.lo = x;
    if (n === 1 || x > this.hi) this.hi = x;
    if (this.keep) this.keepValue(x, n);
  }

  /** Stores the n-th observation (out of `add`, so that a tally without values inlines small). */
  private keepValue(x: number, n: number): void {
    if (n > this.store.length) {
      const grown = new Float64Array(this.store.length * 2);
      grown.set(this.store);
      this.store = grown;
    }
    this.store[n - 1] = x;
    this.sorted = false;
  }

  /** Number of observations. */
  get count(): number {
    return this.n;
  }

  /** Sum of observations. */
  get sum(): number {
    return this.total;
  }

  /** Mean (NaN when empty). */
  get mean(): number {
    return this.n === 0 ? Number.NaN : this.mu;
  }

  /** Sample variance, divisor n − 1 (NaN with fewer than two observations). */
  get variance(): number {
    return this.n < 2 ? Number.NaN : this.m2 / (this.n - 1);
  }

  /** Sample standard deviation (NaN with fewer than two observations). */
  get stdDev(): number {
    return Math.sqrt(this.variance);
  }

  /** Smallest observation (NaN when empty). */
  get min(): number {
    return this.n === 0 ? Number.NaN : this.lo;
  }

  /** Largest observation (NaN when empty). */
  get max(): number {
    return this.n === 0 ? Number.NaN : this.hi;
  }

  /**
   * The q-quantile, 0 ≤ q ≤ 1, interpolated linearly between order statistics (Hyndman–Fan
   * type 7, the default of R and numpy): position h = (n − 1)·q. NaN when empty.
   * @example
   * const t = new Tally(); [1, 2, 3, 4].forEach((x) => t.add(x));
   * t.quantile(0.5); // 2.5
   */
  quantile(q: number): number {
    if (typeof q !== 'number' || !(q >= 0 && q <= 1)) {
      throw new ConfigurationError('q', `must be in [0, 1], got ${describeValue(q)}`);
    }
    if (!this.keep) throw new ConfigurationError('keepValues', 'this tally does not keep its values');
    if (this.n === 0) return Number.NaN;
    const values = this.store.subarray(0, this.n);
    if (!this.sorted) {
      values.sort();
      this.sorted = true;
    }
    const h = (this.n - 1) * q;
    const below = Math.floor(h);
    const low = values[below] as number;
    if (below + 1 >= this.n) return low;
    return low + (h - below) * ((values[below + 1] as number) - low);
  }

  /**
   * The fraction of observations strictly greater than `x` (e.g. P(wait > 0)); NaN when empty.
   * @example
   * const t = new Tally(); [0, 0, 1, 3].forEach((v) => t.add(v)); t.fractionAbove(0); // 0.5
   */
  fractionAbove(x: number): number {
    if (typeof x !== 'number' || Number.isNaN(x)) {
      throw new ConfigurationError('x', `must be a number, got ${describeValue(x)}`);
    }
    if (!this.keep) throw new ConfigurationError('keepValues', 'this tally does not keep its values');
    if (this.n === 0) return Number.NaN;
    let above = 0;
    for (let i = 0; i < this.n; i++) if ((this.store[i] as number) > x) above++;
    return above / this.n;
  }

  /**
   * A copy of the observations, in the order recorded unless a quantile has been asked since.
   * @example
   * new Tally().values(); // Float64Array []
   */
  values(): Float64Array {
    return this.store.slice(0, this.keep ? this.n : 0);
  }

  /**
   * Forgets every observation.
   * @example
   * const t = new Tally(); t.add(1); t.reset(); t.count; // 0
   */
  reset(): void {
    this.n = 0;
    this.mu = 0;
    this.m2 = 0;
    this.total = 0;
    this.lo = 0;
    this.hi = 0;
    this.sorted = true;
  }
}

/**
 * The time-weighted average of a piecewise-constant level (queue length, busy servers):
 * (1 / (T − t0)) ∫ level dt, with the integral accumulated at each change.
 * @example
 * const q = new TimeWeighted(0, 0);
 * q.set(2, 3); // level 0 on [0, 2), then 3
 * q.mean(4); // (0·2 + 3·2) / 4 = 1.5
 */
export class TimeWeighted {
  private lastTime: number;
  private startTime: number;
  private current: number;
  private area = 0;
  private peak: number;

  constructor(time = 0, level = 0) {
    finite('time', time);
    finite('level', level);
    this.lastTime = time;
    this.startTime = time;
    this.current = level;
    this.peak = level;
  }

  /** The current level. */
  get level(): number {
    return this.current;
  }

  /** The highest level seen since the start or the last reset. */
  get max(): number {
    return this.peak;
  }

  /**
   * The level becomes `level` at `time` (never earlier than the previous change).
   * @example
   * new TimeWeighted().set(5, 2);
   */
  set(time: number, level: number): void {
    if (typeof time !== 'number' || !(time >= this.lastTime) || time === Number.POSITIVE_INFINITY) {
      throw new ConfigurationError(
        'time',
        `must be ≥ the previous change (${this.lastTime}), got ${describeValue(time)}`,
      );
    }
    finite('level', level);
    this.area += this.current * (time - this.lastTime);
    this.lastTime = time;
    this.current = level;
    if (level > this.peak) this.peak = level;
  }

  /**
   * The level changes by `delta` at `time`.
   * @example
   * new TimeWeighted().add(1, +1);
   */
  add(time: number, delta: number): void {
    this.set(time, this.current + finite('delta', delta));
  }

  /**
   * ∫ level dt from the start (or last reset) to `time`.
   * @example
   * new TimeWeighted(0, 2).integral(3); // 6
   */
  integral(time: number): number {
    if (!(time >= this.lastTime)) throw new ConfigurationError('time', `must be ≥ ${this.lastTime}`);
    return this.area + this.current * (time - this.lastTime);
  }

  /**
   * The time-weighted mean up to `time` (the current level if no time has passed).
   * @example
   * new TimeWeighted(0, 2).mean(10); // 2
   */
  mean(time: number): number {
    const span = time - this.startTime;
    const integral = this.integral(time);
    return span > 0 ? integral / span : this.current;
  }

  /**
   * Restarts the averaging at `time`, keeping the current level (end of a warm-up).
   * @example
   * const u = new TimeWeighted(0, 1); u.reset(100); u.mean(200); // 1
   */
  reset(time: number): void {
    if (!(time >= this.lastTime)) throw new ConfigurationError('time', `must be ≥ ${this.lastTime}`);
    this.lastTime = time;
    this.startTime = time;
    this.area = 0;
    this.peak = this.current;
  }
}
