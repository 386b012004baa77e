// Exact, associative, structured-clonable accumulators: what a shard of a population run returns,
// so that shards computed anywhere (a worker thread, another machine, a JSON file) merge into the
// same numbers whatever their count and order. Every value is plain data (numbers, decimal
// strings, plain objects); merging never rounds, and never depends on which side came first.
import { describeValue } from '../describe-value';
import { ValidationError } from '../errors';
import { DECIMAL_PATTERN, Dec } from '../money/decimal';

/**
 * How to merge one kind of plain accumulator value: `empty()` is the identity of `merge`, `merge`
 * is associative and commutative and returns a new value (inputs untouched), `check` reads an
 * untrusted value (a worker's message, a JSON file) and throws a `ValidationError` naming `path`.
 * @example
 * const acc = recordAccumulator({ cases: countAccumulator, paid: decimalSumAccumulator });
 * acc.merge({ cases: 2, paid: '1.10' }, { cases: 3, paid: '2.205' }); // { cases: 5, paid: '3.305' }
 */
export interface Accumulator<T> {
  empty(): T;
  merge(a: T, b: T): T;
  check(value: unknown, path: string): T;
  /**
   * All of `values` merged at once (optional): the same value as folding `merge` over them, for
   * accumulators whose pairwise fold repeats work (a histogram rebuilt at every step).
   */
  mergeAll?(values: readonly T[]): T;
}

/**
 * `values` merged: the accumulator's `mergeAll` when it has one, else `merge` folded from `empty()`.
 * @example
 * mergeAllOf(countAccumulator, [1, 2, 3]); // 6
 */
export function mergeAllOf<T>(acc: Accumulator<T>, values: readonly T[]): T {
  if (acc.mergeAll) return acc.mergeAll(values);
  let out = acc.empty();
  for (const v of values) out = acc.merge(out, v);
  return out;
}

function refuse(path: string, en: string, zh: string, value: unknown): never {
  throw ValidationError.of(
    path,
    `${en}, got ${describeValue(value)}`,
    `${zh}，实际为 ${describeValue(value)}`,
  );
}

function checkCount(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    refuse(path, 'must be a non-negative safe integer', '必须是非负安全整数', value);
  return value;
}

function addCounts(a: number, b: number, path: string): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum))
    refuse(path, 'overflows a safe integer when merged', '合并后超出安全整数', sum);
  return sum;
}

/**
 * A count of units or events: a non-negative safe integer; merged by addition (refused on overflow
 * rather than rounded).
 * @example
 * countAccumulator.merge(2, 3); // 5
 */
export const countAccumulator: Accumulator<number> = Object.freeze({
  empty: () => 0,
  merge: (a: number, b: number) => addCounts(checkCount(a, 'a'), checkCount(b, 'b'), 'count'),
  check: checkCount,
});

/**
 * An exact decimal sum (money in yuan, any decimal quantity) as a plain decimal string
 * (`-?digits[.digits]`), never a JS number; merged in decimal at 40 significant digits.
 * @example
 * decimalSumAccumulator.merge('0.10', '0.20'); // '0.3'
 */
export const decimalSumAccumulator: Accumulator<string> = Object.freeze({
  empty: () => '0',
  merge: (a: string, b: string): string => addDecimal(a, b),
  check(value: unknown, path: string): string {
    if (typeof value !== 'string' || !DECIMAL_PATTERN.test(value))
      refuse(path, 'must be a plain decimal string', '必须是十进制数字字符串', value);
    return value;
  },
});

/**
 * `a + b` of two plain decimal strings, exactly, as a plain decimal string.
 * @example
 * addDecimal('1.10', '2.205'); // '3.305'
 */
export function addDecimal(a: string, b: string): string {
  decimalSumAccumulator.check(a, 'a');
  decimalSumAccumulator.check(b, 'b');
  return new Dec(a).plus(new Dec(b)).toFixed();
}

/**
 * An integer histogram: `bins[k]` counts the values recorded as `k × resolution` (a value is
 * rounded to the nearest multiple of the resolution when recorded). Plain data: merged bin by bin,
 * keys inserted in ascending numeric order so that a merged histogram prints the same whatever the
 * order of its parts (JavaScript itself lists non-negative integer keys before negative ones).
 */
export interface Histogram {
  /** The width of a bin in the value's unit (1 for whole days; 15 for quarter hours of minutes). */
  readonly resolution: number;
  /** Count per bin index (an integer, as a string key). */
  readonly bins: Readonly<Record<string, number>>;
}

/** Largest key JavaScript lists in ascending numeric order by itself (an array index). */
const MAX_INDEX_KEY = 2 ** 32 - 2;

/**
 * Whether `k` is a bin key: an integer written the plain way (`-?(0|[1-9]\d*)`, "-0" included),
 * safe. A number test rather than a regular expression: merges check every key of every shard.
 */
function isBinKey(k: string): boolean {
  const n = Number(k);
  return Number.isSafeInteger(n) && (String(n) === k || k === '-0');
}

/**
 * Bins with keys in ascending numeric order. JavaScript lists array-index keys (0 … 2³² − 2) in
 * ascending order whatever the insertion order, so only other keys (negative, "-0", larger) need
 * the sort.
 */
function sortedBins(entries: Iterable<[string, number]>): Record<string, number> {
  const list = [...entries];
  if (!indexKeysOnly(list.map(([k]) => k))) list.sort((x, y) => Number(x[0]) - Number(y[0]));
  const out: Record<string, number> = {};
  for (const [k, v] of list) out[k] = v;
  return out;
}

/**
 * `a + b` bin by bin. Both are usually array-index keyed (then already listed in ascending order):
 * a two-way merge of the two key lists, inserted in ascending order, with no map or sort (merges of
 * province shards add tens of thousands of bins per histogram). Other keys take the general path.
 */
function mergeBins(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
): Record<string, number> {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (!indexKeysOnly(ka) || !indexKeysOnly(kb)) {
    const bins = new Map<string, number>(Object.entries(a));
    for (const [k, v] of Object.entries(b)) bins.set(k, addCounts(bins.get(k) ?? 0, v, `bins.${k}`));
    return sortedBins(bins);
  }
  const out: Record<string, number> = {};
  let i = 0;
  let j = 0;
  while (i < ka.length || j < kb.length) {
    const x = i < ka.length ? Number(ka[i]) : Number.POSITIVE_INFINITY;
    const y = j < kb.length ? Number(kb[j]) : Number.POSITIVE_INFINITY;
    if (x < y) out[x] = a[ka[i++] as string] as number;
    else if (y < x) out[y] = b[kb[j++] as string] as number;
    else {
      const k = ka[i++] as string;
      out[x] = addCounts(a[k] as number, b[kb[j++] as string] as number, `bins.${k}`);
    }
  }
  return out;
}

/** Every histogram's bins added at once: each bin once into a map, one object built at the end. */
function addAllBins(all: readonly Readonly<Record<string, number>>[]): Record<string, number> {
  const sums = new Map<string, number>();
  let indexOnly = true;
  for (const bins of all) {
    const keys = Object.keys(bins);
    if (indexOnly && !indexKeysOnly(keys)) indexOnly = false;
    for (const k of keys) {
      const v = bins[k] as number;
      const had = sums.get(k);
      sums.set(k, had === undefined ? v : addCounts(had, v, `bins.${k}`));
    }
  }
  if (!indexOnly) return sortedBins(sums);
  const keys = [...sums.keys()].map(Number).sort((x, y) => x - y);
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = sums.get(String(k)) as number;
  return out;
}

function indexKeysOnly(keys: readonly string[]): boolean {
  for (const k of keys) {
    const n = Number(k);
    if (!(n >= 0 && n <= MAX_INDEX_KEY) || k === '-0') return false;
  }
  return true;
}

/**
 * Histograms this module built (merge, histogramOf): frozen, so still well-formed; a fold over many
 * shards checks each shard's result once instead of re-checking the running total at every step.
 */
const built = new WeakSet<object>();

function sealed(h: Histogram): Histogram {
  Object.freeze(h.bins);
  built.add(Object.freeze(h));
  return h;
}

function checkResolution(resolution: unknown, path: string): number {
  if (typeof resolution !== 'number' || !(resolution > 0 && resolution < Number.POSITIVE_INFINITY))
    refuse(path, 'must be a finite positive number', '必须是有限正数', resolution);
  return resolution;
}

/**
 * The accumulator of histograms at one stated `resolution`: merging histograms of another
 * resolution is refused (their bins mean different values).
 * @throws ValidationError naming `resolution` for a non-positive or non-finite resolution.
 * @example
 * const days = histogramAccumulator(1);
 * days.merge({ resolution: 1, bins: { 3: 1 } }, { resolution: 1, bins: { 3: 2, 5: 1 } }); // bins { 3: 3, 5: 1 }
 */
export function histogramAccumulator(resolution: number): Accumulator<Histogram> {
  checkResolution(resolution, 'resolution');
  const check = (value: unknown, path: string): Histogram => {
    if (value !== null && typeof value === 'object' && built.has(value)) {
      const r = (value as Histogram).resolution;
      if (r !== resolution) refuse(`${path}.resolution`, `must be ${resolution}`, `必须是 ${resolution}`, r);
      return value as Histogram;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      refuse(path, 'must be a histogram { resolution, bins }', '必须是直方图 { resolution, bins }', value);
    const h = value as { resolution?: unknown; bins?: unknown };
    if (h.resolution !== resolution)
      refuse(`${path}.resolution`, `must be ${resolution}`, `必须是 ${resolution}`, h.resolution);
    if (h.bins === null || typeof h.bins !== 'object' || Array.isArray(h.bins))
      refuse(`${path}.bins`, 'must be an object of counts', '必须是计数对象', h.bins);
    for (const [k, v] of Object.entries(h.bins as object)) {
      if (!isBinKey(k)) refuse(`${path}.bins`, 'must have integer bin keys', '分组键必须是整数', k);
      checkCount(v, `${path}.bins.${k}`);
    }
    return value as Histogram;
  };
  return Object.freeze({
    empty: (): Histogram => ({ resolution, bins: {} }),
    merge(a: Histogram, b: Histogram): Histogram {
      check(a, 'a');
      check(b, 'b');
      return sealed({ resolution, bins: mergeBins(a.bins, b.bins) });
    },
    mergeAll(values: readonly Histogram[]): Histogram {
      values.forEach((h, i) => {
        check(h, `values.${i}`);
      });
      return sealed({ resolution, bins: addAllBins(values.map((h) => h.bins)) });
    },
    check,
  });
}

/**
 * A histogram from counts per bin index (a dense array, e.g. a Uint32Array filled in a hot loop):
 * the plain, mergeable form, empty bins left out.
 * @example
 * histogramOf(1, [0, 2, 0, 1]); // { resolution: 1, bins: { 1: 2, 3: 1 } }
 */
export function histogramOf(resolution: number, counts: ArrayLike<number>, offset = 0): Histogram {
  checkResolution(resolution, 'resolution');
  if (counts === null || typeof counts !== 'object' || !Number.isSafeInteger(counts.length))
    refuse('counts', 'must be an array of counts', '必须是计数数组', counts);
  if (!Number.isSafeInteger(offset)) refuse('offset', 'must be a safe integer', '必须是安全整数', offset);
  const bins: Record<string, number> = {};
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i] as number;
    if (c === 0) continue;
    bins[String(i + offset)] = checkCount(c, `counts.${i}`);
  }
  return sealed({ resolution, bins: sortedBins(Object.entries(bins)) });
}

/**
 * The number of values a histogram holds.
 * @example
 * histogramCount({ resolution: 1, bins: { 1: 2, 3: 1 } }); // 3
 */
export function histogramCount(h: Histogram): number {
  checkHistogram(h, 'histogram');
  let n = 0;
  for (const v of Object.values(h.bins)) n += v;
  return n;
}

/**
 * The `q`-quantile of the values of a histogram, interpolated linearly between order statistics
 * (Hyndman–Fan type 7, the definition of core's `quantileStat`, `Tally` and R's default), exact in
 * decimal: for values on the grid it equals `quantileStat` of the same values listed one by one.
 * Returns `undefined` for an empty histogram; `histogramQuantileStat` is the KPI form.
 */
export function histogramQuantile(h: Histogram, q: number): InstanceType<typeof Dec> | undefined {
  checkHistogram(h, 'histogram');
  if (typeof q !== 'number' || !(q >= 0 && q <= 1)) refuse('q', 'must be in [0, 1]', '必须在 [0, 1] 之内', q);
  const bins = Object.entries(h.bins)
    .map(([k, v]) => [Number(k), v] as const)
    .sort((x, y) => x[0] - y[0]);
  const n = bins.reduce((s, [, v]) => s + v, 0);
  if (n === 0) return undefined;
  const pos = new Dec(n - 1).times(new Dec(q));
  const below = pos.floor().toNumber(); // allow-float: an order-statistic index, an exact integer below n
  const at = (rank: number): number => {
    let seen = 0;
    for (const [bin, c] of bins) {
      seen += c;
      if (seen > rank) return bin;
    }
    return (bins.at(-1) as readonly [number, number])[0];
  };
  const res = new Dec(h.resolution);
  const low = new Dec(at(below)).times(res);
  if (below + 1 >= n) return low;
  const high = new Dec(at(below + 1)).times(res);
  return low.plus(pos.minus(below).times(high.minus(low)));
}

/** Any histogram, of the resolution it states. */
function checkHistogram(h: unknown, path: string): Histogram {
  const resolution = (h as { resolution?: unknown } | null | undefined)?.resolution;
  checkResolution(resolution, `${path}.resolution`);
  return histogramAccumulator(resolution as number).check(h, path);
}

/** The least and greatest finite value seen (`null` both when none). */
export interface MinMax {
  readonly min: number | null;
  readonly max: number | null;
}

/**
 * Least and greatest of finite numbers (days, minutes, counts: not money, which goes in decimal
 * sums); merged by comparison.
 * @example
 * minMaxAccumulator.merge({ min: 3, max: 9 }, { min: 1, max: 4 }); // { min: 1, max: 9 }
 */
export const minMaxAccumulator: Accumulator<MinMax> = Object.freeze({
  empty: (): MinMax => ({ min: null, max: null }),
  merge(a: MinMax, b: MinMax): MinMax {
    // Merges run once per shard on values that may come from a worker or a file: check both.
    minMaxAccumulator.check(a, 'a');
    minMaxAccumulator.check(b, 'b');
    const pick = (x: number | null, y: number | null, f: (p: number, q: number) => number) =>
      x === null ? y : y === null ? x : f(x, y);
    return { min: pick(a.min, b.min, Math.min), max: pick(a.max, b.max, Math.max) };
  },
  check(value: unknown, path: string): MinMax {
    if (value === null || typeof value !== 'object')
      refuse(path, 'must be { min, max }', '必须是 { min, max }', value);
    const v = value as { min?: unknown; max?: unknown };
    for (const k of ['min', 'max'] as const) {
      const x = v[k];
      if (x !== null && (typeof x !== 'number' || !Number.isFinite(x)))
        refuse(`${path}.${k}`, 'must be a finite number or null', '必须是有限数或 null', x);
    }
    if ((v.min === null) !== (v.max === null) || (v.min as number) > (v.max as number))
      refuse(path, 'must have min ≤ max, both set or both null', 'min 须 ≤ max，且同时为空或同时有值', value);
    return value as MinMax;
  },
});

/**
 * `m` with `x` seen (a new value).
 * @example
 * minMaxWith({ min: null, max: null }, 4); // { min: 4, max: 4 }
 */
export function minMaxWith(m: MinMax, x: number): MinMax {
  minMaxAccumulator.check(m, 'm');
  if (!Number.isFinite(x)) refuse('x', 'must be a finite number', '必须是有限数', x);
  return minMaxAccumulator.merge(m, { min: x, max: x });
}

/**
 * A record of named accumulators, merged field by field (fields in the order declared here, so a
 * merged record prints the same whatever the order of its parts).
 * @example
 * const variant = recordAccumulator({ cases: countAccumulator, paid: decimalSumAccumulator });
 * variant.empty(); // { cases: 0, paid: '0' }
 */
export function recordAccumulator<R extends object>(
  fields: {
    readonly [K in keyof R]: Accumulator<R[K]>;
  },
): Accumulator<R> {
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields))
    refuse('fields', 'must be an object of accumulators', '必须是累加器对象', fields);
  for (const [k, f] of Object.entries(fields as object))
    if (typeof (f as Partial<Accumulator<unknown>> | null)?.merge !== 'function')
      refuse(`fields.${k}`, 'must be an accumulator', '必须是累加器', f);
  const names = Object.keys(fields) as (keyof R & string)[];
  return Object.freeze({
    empty(): R {
      const out = {} as R;
      for (const k of names) out[k] = fields[k].empty();
      return out;
    },
    merge(a: R, b: R): R {
      const out = {} as R;
      for (const k of names) out[k] = fields[k].merge(a[k], b[k]);
      return out;
    },
    mergeAll(values: readonly R[]): R {
      const out = {} as R;
      for (const k of names)
        out[k] = mergeAllOf(
          fields[k],
          values.map((v) => v[k]),
        );
      return out;
    },
    check(value: unknown, path: string): R {
      if (value === null || typeof value !== 'object' || Array.isArray(value))
        refuse(path, 'must be an object', '必须是对象', value);
      for (const k of Object.keys(value))
        if (!Object.hasOwn(fields, k))
          refuse(`${path}.${k}`, 'is not a field of this accumulator', '不是该累加器的字段', k);
      for (const k of names) fields[k].check((value as Record<string, unknown>)[k], `${path}.${k}`);
      return value as R;
    },
  });
}

/**
 * Accumulators by key (months, districts, categories): merged key by key, keys sorted.
 * @example
 * keyedAccumulator(decimalSumAccumulator).merge({ '2023-01': '1.00' }, { '2023-01': '2.50', '2023-02': '1' });
 * // { '2023-01': '3.5', '2023-02': '1' }
 */
export function keyedAccumulator<T>(inner: Accumulator<T>): Accumulator<Readonly<Record<string, T>>> {
  if (typeof (inner as Partial<Accumulator<T>> | null)?.merge !== 'function')
    refuse('inner', 'must be an accumulator', '必须是累加器', inner);
  return Object.freeze({
    empty: () => ({}),
    merge(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
      const out: Record<string, T> = {};
      for (const k of keys) {
        const x = Object.hasOwn(a, k) ? (a[k] as T) : undefined;
        const y = Object.hasOwn(b, k) ? (b[k] as T) : undefined;
        out[k] = x === undefined ? (y as T) : y === undefined ? x : inner.merge(x, y);
      }
      return out;
    },
    mergeAll(values: readonly Readonly<Record<string, T>>[]) {
      const byKey = new Map<string, T[]>();
      for (const v of values)
        for (const k of Object.keys(v)) {
          const list = byKey.get(k);
          if (list) list.push(v[k] as T);
          else byKey.set(k, [v[k] as T]);
        }
      const out: Record<string, T> = {};
      for (const k of [...byKey.keys()].sort()) {
        const list = byKey.get(k) as T[];
        out[k] = list.length === 1 ? (list[0] as T) : mergeAllOf(inner, list);
      }
      return out;
    },
    check(value: unknown, path: string) {
      if (value === null || typeof value !== 'object' || Array.isArray(value))
        refuse(path, 'must be an object', '必须是对象', value);
      for (const [k, v] of Object.entries(value)) {
        if (k === '__proto__') refuse(path, 'must not have the key __proto__', '不得含 __proto__ 键', k);
        inner.check(v, `${path}.${k}`);
      }
      return value as Readonly<Record<string, T>>;
    },
  });
}
