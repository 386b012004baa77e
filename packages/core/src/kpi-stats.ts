// The statistics a KPI is built from, each returned as a decimal string with an explicit number
// of decimals, computed exactly in decimal (counts, shares and sums never pass through a float).
// A non-finite value throws instead of printing '0' or 'NaN'; an empty input (no observations, a
// zero denominator) gives what the caller names in `empty`, never a silent zero.
import { describeValue } from './describe-value';
import { ConfigurationError } from './errors';
import { Dec, type Decimal, isFiniteDecimal } from './money/decimal';
import type { Money } from './money/money';
import { type Histogram, histogramQuantile } from './shard/accumulators';

/** A value a statistic reads: a JS number (a display measure), a bigint count, a decimal string or a decimal. */
export type StatInput = number | bigint | string | Decimal;

/** How a statistic is printed and what it gives for an empty input. */
export interface StatOptions {
  /** Decimals of the result (0–20), rounded half-up (四舍五入). */
  readonly digits: number;
  /**
   * The value of the statistic when there is nothing to compute it from (no observations, a
   * zero denominator), printed with `digits`; `'error'` throws a ConfigurationError instead.
   * Required: the caller decides what "no data" means for each KPI.
   */
  readonly empty: number | 'error';
  /** Divide the result by this before rounding (minutes → hours: 60, kg → t: 1000). */
  readonly divideBy?: number;
}

const PLAIN = /^-?\d+(\.\d+)?$/;

function toDec(value: StatInput, path: string): Decimal {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new ConfigurationError(path, `must be a finite number, got ${describeValue(value)}`);
    return new Dec(value);
  }
  if (typeof value === 'bigint') return new Dec(value.toString());
  if (typeof value === 'string') {
    if (!PLAIN.test(value))
      throw new ConfigurationError(path, `must be a plain decimal string, got ${describeValue(value)}`);
    return new Dec(value);
  }
  if (!isFiniteDecimal(value))
    throw new ConfigurationError(path, `must be a finite decimal, got ${describeValue(value)}`);
  return new Dec(value);
}

function checkDigits(digits: number): void {
  if (!Number.isInteger(digits) || digits < 0 || digits > 20)
    throw new ConfigurationError('digits', `must be an integer from 0 to 20, got ${describeValue(digits)}`);
}

function fixed(d: Decimal, digits: number): string {
  checkDigits(digits);
  const rounded = d.toDecimalPlaces(digits, Dec.ROUND_HALF_UP);
  // No '-0.00': a rounded zero prints without a sign.
  return (rounded.isZero() ? new Dec(0) : rounded).toFixed(digits);
}

function finish(d: Decimal, o: StatOptions): string {
  if (o.divideBy !== undefined) {
    if (!Number.isFinite(o.divideBy) || o.divideBy === 0)
      throw new ConfigurationError(
        'divideBy',
        `must be a finite non-zero number, got ${describeValue(o.divideBy)}`,
      );
    return fixed(d.div(new Dec(o.divideBy)), o.digits);
  }
  return fixed(d, o.digits);
}

function emptyValue(o: StatOptions, what: string): string {
  if (o.empty === 'error') throw new ConfigurationError(what, 'has no data to compute it from');
  return fixed(toDec(o.empty, 'empty'), o.digits);
}

/**
 * A value as a decimal string with exactly `digits` decimals, rounded half-up; a number is read by
 * its shortest decimal form (`0.1` is 0.1). NaN and ±Infinity throw.
 * @throws ConfigurationError for a non-finite value or bad `digits`.
 * @example
 * formatStat(1.41, 2); // '1.41'
 * formatStat(2.5, 0); // '3'
 * formatStat(Number.NaN, 1); // throws ConfigurationError
 */
export function formatStat(value: StatInput, digits: number): string {
  return fixed(toDec(value, 'value'), digits);
}

/**
 * A count: a non-negative safe integer, printed without decimals.
 * @example
 * countStat(34); // '34'
 */
export function countStat(n: number | bigint): string {
  if (typeof n === 'bigint' ? n < 0n : !Number.isSafeInteger(n) || n < 0)
    throw new ConfigurationError('count', `must be a non-negative integer, got ${describeValue(n)}`);
  return n.toString();
}

/**
 * `numerator / denominator`, exact; `empty` when the denominator is zero.
 * @example
 * ratioStat(428, 100, { digits: 2, empty: 0 }); // '4.28'
 * ratioStat(5, 0, { digits: 2, empty: 'error' }); // throws ConfigurationError
 */
export function ratioStat(numerator: StatInput, denominator: StatInput, o: StatOptions): string {
  checkOptions(o);
  const den = toDec(denominator, 'denominator');
  const num = toDec(numerator, 'numerator');
  if (den.isZero()) return emptyValue(o, 'ratio');
  return finish(num.div(den), o);
}

/**
 * `part / whole × 100`, exact; `empty` when the whole is zero.
 * @example
 * percentStat(1, 3, { digits: 1, empty: 0 }); // '33.3'
 * percentStat(0, 0, { digits: 1, empty: 0 }); // '0.0'
 */
export function percentStat(part: StatInput, whole: StatInput, o: StatOptions): string {
  checkOptions(o);
  const w = toDec(whole, 'whole');
  const p = toDec(part, 'part');
  if (w.isZero()) return emptyValue(o, 'percent');
  return finish(p.times(100).div(w), o);
}

/** The observations as finite JS numbers: not a string (iterable, but its characters are not data), no coercion. */
function numbers(xs: Iterable<number>): number[] {
  if (
    xs === null ||
    typeof xs !== 'object' ||
    typeof (xs as Iterable<number>)[Symbol.iterator] !== 'function'
  ) {
    throw new ConfigurationError('values', `must be an iterable of numbers, got ${describeValue(xs)}`);
  }
  const out: number[] = [];
  for (const x of xs) {
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      throw new ConfigurationError(
        `values.${out.length}`,
        `must be a finite number, got ${describeValue(x)}`,
      );
    }
    out.push(x);
  }
  return out;
}

function checkOptions(o: StatOptions): void {
  if (o === null || typeof o !== 'object') {
    throw new ConfigurationError('options', `must be a stat options object, got ${describeValue(o)}`);
  }
}

function values(xs: Iterable<number>): Decimal[] {
  return numbers(xs).map((x, i) => toDec(x, `values.${i}`));
}

/**
 * The arithmetic mean, summed exactly in decimal; `empty` when there is no value.
 * @example
 * meanStat([1, 2, 4], { digits: 2, empty: 0 }); // '2.33'
 */
export function meanStat(xs: Iterable<number>, o: StatOptions): string {
  checkOptions(o);
  const ds = values(xs);
  if (ds.length === 0) return emptyValue(o, 'mean');
  return finish(ds.reduce((a, b) => a.plus(b), new Dec(0)).div(ds.length), o);
}

/**
 * The q-quantile, 0 ≤ q ≤ 1, interpolated linearly between order statistics (Hyndman–Fan type 7,
 * as core's `Tally` and R's default), in decimal; `empty` when there is no value.
 * @example
 * quantileStat([1, 2, 3, 4], 0.5, { digits: 1, empty: 0 }); // '2.5'
 * quantileStat([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9, { digits: 1, empty: 0 }); // '91.0'
 */
export function quantileStat(xs: Iterable<number>, q: number, o: StatOptions): string {
  checkOptions(o);
  if (typeof q !== 'number' || !(q >= 0 && q <= 1)) {
    throw new ConfigurationError('q', `must be in [0, 1], got ${describeValue(q)}`);
  }
  // A Float64Array (an engine's kept observations) is copied in one native call: going through
  // the iterator into a plain array first cost an engine's hall-year 8% of its CPU time.
  const copy = xs instanceof Float64Array ? xs.slice() : Float64Array.from(numbers(xs));
  for (let i = 0; i < copy.length; i++) {
    const x = copy[i] as number;
    if (!Number.isFinite(x))
      throw new ConfigurationError(`values.${i}`, `must be a finite number, got ${describeValue(x)}`);
  }
  if (copy.length === 0) return emptyValue(o, 'quantile');
  const h = new Dec(copy.length - 1).times(new Dec(q));
  const below = h.floor().toNumber(); // allow-float: an array index, an exact integer below the length
  // Only the order statistics `below` and `below + 1` are needed: select them instead of sorting
  // the copy (an engine's p90 over 120,000 waits spent most of its time sorting).
  selectInPlace(copy, below);
  const low = new Dec(copy[below] as number);
  if (below + 1 >= copy.length) return finish(low, o);
  let next = copy[below + 1] as number;
  for (let i = below + 2; i < copy.length; i++) if ((copy[i] as number) < next) next = copy[i] as number;
  const high = new Dec(next);
  return finish(low.plus(h.minus(below).times(high.minus(low))), o);
}

/**
 * Rearranges `a` (finite values) so that `a[k]` is the value a sort would put there, nothing before
 * it larger and nothing after it smaller: Hoare's quickselect with a median-of-three pivot, in
 * expected linear time; after a few times log₂ n rounds (an adversarial input) it sorts what is left.
 * Values equal in order (0 and -0) may change places; a statistic prints them alike.
 */
function selectInPlace(a: Float64Array, k: number): void {
  let lo = 0;
  let hi = a.length - 1;
  let rounds = 2 * Math.ceil(Math.log2(a.length + 1)) + 8;
  while (hi > lo) {
    if (rounds-- === 0) {
      a.subarray(lo, hi + 1).sort();
      return;
    }
    const mid = lo + ((hi - lo) >> 1);
    // Median of a[lo], a[mid], a[hi] as the pivot; the three ordered in place (sentinels for the scans).
    if ((a[mid] as number) < (a[lo] as number)) swap(a, mid, lo);
    if ((a[hi] as number) < (a[lo] as number)) swap(a, hi, lo);
    if ((a[hi] as number) < (a[mid] as number)) swap(a, hi, mid);
    const pivot = a[mid] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    // Now a[lo..j] ≤ pivot ≤ a[i..hi], and whatever lies between j and i equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}

/**
 * The median (the 0.5 quantile, interpolated); `empty` when there is no value.
 * @example
 * medianStat([3, 1, 2], { digits: 0, empty: 0 }); // '2'
 */
export function medianStat(xs: Iterable<number>, o: StatOptions): string {
  return quantileStat(xs, 0.5, o);
}

/**
 * The largest value; `empty` when there is none.
 * @example
 * maxStat([1.5, 4.25, 2], { digits: 1, empty: 0 }); // '4.3'
 */
export function maxStat(xs: Iterable<number>, o: StatOptions): string {
  checkOptions(o);
  let best: number | undefined;
  for (const x of numbers(xs)) {
    if (!Number.isFinite(x))
      throw new ConfigurationError('values', `must be finite, got ${describeValue(x)}`);
    if (best === undefined || x > best) best = x;
  }
  return best === undefined ? emptyValue(o, 'max') : finish(new Dec(best), o);
}

/**
 * A sum of money in yuan with two decimals, exact (an empty list sums to 0.00).
 * @example
 * moneyStat([Money.of('1.10'), Money.of('2.205')]); // '3.31'
 */
export function moneyStat(amounts: Money | readonly Money[]): string {
  const list: readonly unknown[] = Array.isArray(amounts) ? amounts : [amounts];
  list.forEach((m, i) => {
    // Duck-typed, not instanceof: a Money from another bundle of core is still a Money.
    if (typeof (m as { toDecimal?: unknown } | null | undefined)?.toDecimal !== 'function') {
      const path = Array.isArray(amounts) ? `amounts[${i}]` : 'amounts';
      throw new ConfigurationError(path, `must be a Money, got ${describeValue(m)}`);
    }
  });
  return fixed(
    (list as readonly Money[]).reduce((a, m) => a.plus(m.toDecimal()), new Dec(0)),
    2,
  );
}

/**
 * The q-quantile of a histogram's values (Hyndman–Fan type 7, like {@link quantileStat}: for values
 * on the histogram's grid the two give the same string), exact in decimal; `empty` when the
 * histogram holds no value. What a sharded run reads its medians and percentiles from.
 * @example
 * // days 1, 2, 3, 4: h = (4 − 1) × 0.5 = 1.5 → 2 + 0.5 × (3 − 2) = 2.5
 * histogramQuantileStat({ resolution: 1, bins: { 1: 1, 2: 1, 3: 1, 4: 1 } }, 0.5, { digits: 1, empty: 0 }); // '2.5'
 */
export function histogramQuantileStat(h: Histogram, q: number, o: StatOptions): string {
  checkOptions(o);
  const v = histogramQuantile(h, q);
  return v === undefined ? emptyValue(o, 'quantile') : finish(v, o);
}
