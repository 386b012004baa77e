// Sharded runs (issue 14): the accumulators' merge worked by hand, their algebra as properties, bad
// input, the shard spec and ranges, per-unit streams, and a toy sharding measure under the
// shard-invariance property of the testing kit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDecimal,
  checkShardSpec,
  countAccumulator,
  decimalSumAccumulator,
  defineParams,
  defineShardedMeasure,
  type Histogram,
  histogramAccumulator,
  histogramCount,
  histogramOf,
  histogramQuantileStat,
  isShardingMeasure,
  keyedAccumulator,
  kpi,
  measureInfo,
  minMaxAccumulator,
  minMaxWith,
  quantileStat,
  recordAccumulator,
  type ShardedMeasureDefinition,
  shardRange,
  UNITS,
  unitStreams,
  ValidationError,
} from '../src/index';
import { mergeAllOf } from '../src/shard/accumulators';
import { describeShardInvariance } from '../src/testing/index';

function pathsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    if (e instanceof ValidationError) return e.paths;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

const days = histogramAccumulator(1);

describe('merging accumulators, worked by hand', () => {
  it('adds counts and decimal sums exactly', () => {
    expect(countAccumulator.merge(2, 3)).toBe(5);
    // 0.1 + 0.2 = 0.3 exactly (a JS number would give 0.30000000000000004)
    expect(decimalSumAccumulator.merge('0.1', '0.2')).toBe('0.3');
    // 1.10 + 2.205 = 3.305; 99999999999999999.99 + 0.01 = 100000000000000000
    expect(addDecimal('1.10', '2.205')).toBe('3.305');
    expect(addDecimal('99999999999999999.99', '0.01')).toBe('100000000000000000');
  });

  it('adds histograms bin by bin, keys in ascending order', () => {
    // {3:1} + {3:2, 5:1} = {3:3, 5:1}; {-2:1} sorts before {0:4}
    expect(days.merge({ resolution: 1, bins: { 3: 1 } }, { resolution: 1, bins: { 3: 2, 5: 1 } })).toEqual({
      resolution: 1,
      bins: { 3: 3, 5: 1 },
    });
    // Keys in one order whatever the order of the parts (JavaScript lists non-negative integer keys first).
    const x: Histogram = { resolution: 1, bins: { 0: 4, '-1': 1 } };
    const y: Histogram = { resolution: 1, bins: { '-2': 1 } };
    expect(JSON.stringify(days.merge(x, y))).toBe(JSON.stringify(days.merge(y, x)));
    expect(Object.keys(days.merge(x, y).bins)).toEqual(['0', '-2', '-1']);
    expect(histogramOf(1, [0, 2, 0, 1])).toEqual({ resolution: 1, bins: { 1: 2, 3: 1 } });
    expect(histogramCount(histogramOf(15, [1, 1, 1], 2))).toBe(3);
  });

  it('orders keys the JavaScript way for every kind of key, and seals what it builds', () => {
    // Array-index keys (0 … 2^32 − 2) list ascending by themselves; 2^32 − 1, "-0" and negatives are
    // string keys: sorted numerically, after the index keys.
    const big = String(2 ** 32 - 1);
    const x: Histogram = { resolution: 1, bins: { 7: 1, [big]: 1, '-0': 2 } };
    const y: Histogram = { resolution: 1, bins: { 2: 1, '-3': 1 } };
    const m = days.merge(x, y);
    expect(Object.keys(m.bins)).toEqual(['2', '7', '-3', '-0', big]);
    expect(JSON.stringify(days.merge(y, x))).toBe(JSON.stringify(m));
    // What merge and histogramOf return is frozen, so a fold need not check it again.
    expect(Object.isFrozen(m) && Object.isFrozen(m.bins)).toBe(true);
    expect(Object.isFrozen(histogramOf(1, [1]).bins)).toBe(true);
    expect(days.check(m, 'm')).toBe(m);
    expect(pathsOf(() => histogramAccumulator(2).check(m, 'm'))).toEqual(['m.resolution']);
    // Keys other than plain integers are still refused: "+1", "01", "1.0", " 1", "1e3".
    for (const k of ['+1', '01', '1.0', ' 1', '1e3', String(2 ** 53)]) {
      expect(pathsOf(() => days.check({ resolution: 1, bins: { [k]: 1 } }, 'd'))).toEqual(['d.bins']);
    }
  });

  it('reads quantiles of a histogram as quantileStat does (type 7)', () => {
    // days 1, 2, 3, 4: median h = 3 × 0.5 = 1.5 → 2 + 0.5 × (3 − 2) = 2.5
    const h: Histogram = { resolution: 1, bins: { 1: 1, 2: 1, 3: 1, 4: 1 } };
    expect(histogramQuantileStat(h, 0.5, { digits: 1, empty: 0 })).toBe('2.5');
    // p90: h = 3 × 0.9 = 2.7 → 3 + 0.7 × (4 − 3) = 3.7
    expect(histogramQuantileStat(h, 0.9, { digits: 2, empty: 0 })).toBe('3.70');
    // quarter hours: bins 2 and 4 at resolution 15 are 30 and 60 minutes; median 45
    expect(
      histogramQuantileStat({ resolution: 15, bins: { 2: 1, 4: 1 } }, 0.5, { digits: 0, empty: 0 }),
    ).toBe('45');
    expect(histogramQuantileStat({ resolution: 1, bins: {} }, 0.5, { digits: 1, empty: 0 })).toBe('0.0');
  });

  it('keeps the least and the greatest, and merges records and keyed sums field by field', () => {
    expect(minMaxAccumulator.merge({ min: 3, max: 9 }, { min: 1, max: 4 })).toEqual({ min: 1, max: 9 });
    expect(minMaxWith(minMaxAccumulator.empty(), 4)).toEqual({ min: 4, max: 4 });
    const acc = recordAccumulator({ cases: countAccumulator, paid: decimalSumAccumulator });
    // cases 2 + 3 = 5; paid 1.10 + 2.205 = 3.305
    expect(acc.merge({ cases: 2, paid: '1.10' }, { cases: 3, paid: '2.205' })).toEqual({
      cases: 5,
      paid: '3.305',
    });
    const months = keyedAccumulator(decimalSumAccumulator);
    // 2023-01: 1.00 + 2.50 = 3.5
    expect(months.merge({ '2023-01': '1.00' }, { '2023-02': '1', '2023-01': '2.50' })).toEqual({
      '2023-01': '3.5',
      '2023-02': '1',
    });
  });
});

describe('the algebra of merging (properties)', () => {
  const decimal = fc
    .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }))
    .map(([n, scale]) => {
      const s = (n < 0n ? -n : n).toString().padStart(scale + 1, '0');
      const text = scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
      return n < 0n ? `-${text}` : text;
    });
  const hist = fc
    .array(fc.integer({ min: -5, max: 40 }), { maxLength: 30 })
    .map((xs) => xs.reduce((h, x) => days.merge(h, { resolution: 1, bins: { [x]: 1 } }), days.empty()));
  const mm = fc
    .array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 5 })
    .map((xs) => xs.reduce(minMaxWith, minMaxAccumulator.empty()));
  const record = recordAccumulator({
    n: countAccumulator,
    sum: decimalSumAccumulator,
    days,
    range: minMaxAccumulator,
  });
  const recordArb = fc.record({ n: fc.nat({ max: 1e9 }), sum: decimal, days: hist, range: mm });
  const canon = (x: unknown) => JSON.stringify(x);
  // Decimal sums compare by value: '0.10' and '0.1' are the same sum, printed once merged.
  const value = (r: { sum: string }) => ({ ...r, sum: addDecimal(r.sum, '0') });

  it('is associative and commutative, with empty() as identity', () => {
    fc.assert(
      fc.property(recordArb, recordArb, recordArb, (a, b, c) => {
        expect(canon(record.merge(record.merge(a, b), c))).toBe(canon(record.merge(a, record.merge(b, c))));
        expect(canon(record.merge(a, b))).toBe(canon(record.merge(b, a)));
        expect(canon(record.merge(record.empty(), a))).toBe(canon(value(record.merge(a, record.empty()))));
      }),
    );
  });

  it('merges many at once (mergeAllOf) to the bytes of the pairwise fold', () => {
    // Keys across the index boundary too: 2^32 − 2 is an array index, 2^32 − 1 is not.
    const edge = fc
      .array(fc.constantFrom(0, 7, 2 ** 32 - 2, 2 ** 32 - 1, -3), { maxLength: 6 })
      .map((xs) => xs.reduce((h, x) => days.merge(h, { resolution: 1, bins: { [x]: 2 } }), days.empty()));
    const keyed = keyedAccumulator(record);
    const keyedArb = fc.dictionary(fc.constantFrom('a', 'b', '2023-01', '10'), recordArb, { maxKeys: 3 });
    const fold = <T>(acc: { empty(): T; merge(a: T, b: T): T }, xs: readonly T[]) =>
      xs.reduce((m, x) => acc.merge(m, x), acc.empty());
    fc.assert(
      fc.property(fc.array(keyedArb, { maxLength: 6 }), fc.array(edge, { maxLength: 6 }), (ks, hs) => {
        expect(canon(mergeAllOf(keyed, ks))).toBe(canon(fold(keyed, ks)));
        expect(canon(mergeAllOf(days, hs))).toBe(canon(fold(days, hs)));
        expect(Object.keys(mergeAllOf(days, hs).bins)).toEqual(Object.keys(fold(days, hs).bins));
      }),
    );
    expect(mergeAllOf(countAccumulator, [1, 2, 3])).toBe(6);
    expect(pathsOf(() => mergeAllOf(days, [days.empty(), { resolution: 1, bins: { x: 1 } }]))).toEqual([
      'values.1.bins',
    ]);
  });

  it('reads the same quantile from a histogram as quantileStat from the listed values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, q) => {
          const counts = new Array<number>(401).fill(0);
          for (const x of xs) counts[x] = (counts[x] ?? 0) + 1;
          const o = { digits: 3, empty: 'error' } as const;
          expect(histogramQuantileStat(histogramOf(1, counts), q, o)).toBe(quantileStat(xs, q, o));
        },
      ),
    );
  });
});

describe('bad input', () => {
  it('names the field of a bad accumulator value', () => {
    expect(pathsOf(() => countAccumulator.check(-1, 'cases'))).toEqual(['cases']);
    expect(pathsOf(() => countAccumulator.merge(Number.MAX_SAFE_INTEGER, 1))).toEqual(['count']);
    expect(pathsOf(() => decimalSumAccumulator.check(0.1, 'paid'))).toEqual(['paid']);
    expect(pathsOf(() => decimalSumAccumulator.check('1e5', 'paid'))).toEqual(['paid']);
    expect(pathsOf(() => addDecimal('1', 'NaN'))).toEqual(['b']);
    expect(pathsOf(() => days.merge({ resolution: 1, bins: {} }, { resolution: 2, bins: {} }))).toEqual([
      'b.resolution',
    ]);
    expect(pathsOf(() => days.check({ resolution: 1, bins: { x: 1 } }, 'd'))).toEqual(['d.bins']);
    expect(pathsOf(() => days.check({ resolution: 1, bins: { 3: 1.5 } }, 'd'))).toEqual(['d.bins.3']);
    expect(pathsOf(() => histogramAccumulator(0))).toEqual(['resolution']);
    expect(pathsOf(() => minMaxAccumulator.check({ min: 3, max: 1 }, 'r'))).toEqual(['r']);
    expect(pathsOf(() => minMaxWith({ min: null, max: null }, Number.NaN))).toEqual(['x']);
    const acc = recordAccumulator({ cases: countAccumulator });
    expect(pathsOf(() => acc.check({ cases: 1, extra: 2 }, 'data'))).toEqual(['data.extra']);
    expect(pathsOf(() => acc.check(null, 'data'))).toEqual(['data']);
    expect(pathsOf(() => recordAccumulator({ cases: 3 } as never))).toEqual(['fields.cases']);
    expect(
      pathsOf(() => histogramQuantileStat({ resolution: 1, bins: {} }, 2, { digits: 0, empty: 0 })),
    ).toEqual(['q']);
  });

  it('checks both sides of a merge (the fuzz suite found junk merged into NaN or a bare TypeError)', () => {
    expect(pathsOf(() => countAccumulator.merge(1, 2n as never))).toEqual(['b']);
    expect(pathsOf(() => countAccumulator.merge({} as never, 1))).toEqual(['a']);
    expect(pathsOf(() => minMaxAccumulator.merge({ min: 1, max: 2 }, [] as never))).toEqual(['b.min']);
    expect(pathsOf(() => minMaxAccumulator.merge(null as never, { min: 1, max: 2 }))).toEqual(['a']);
    expect(pathsOf(() => minMaxAccumulator.merge({ min: 1, max: 2 }, { min: 0, max: 'x' } as never))).toEqual(
      ['b.max'],
    );
  });

  it('names the field of a bad shard spec', () => {
    expect(pathsOf(() => checkShardSpec({ seed: 1, shard: 4, shards: 4 }))).toEqual(['shard']);
    expect(pathsOf(() => checkShardSpec({ seed: 1, shard: -1, shards: 4 }))).toEqual(['shard']);
    expect(pathsOf(() => checkShardSpec({ seed: 1, shard: 0, shards: 0 }))).toEqual(['shards']);
    expect(pathsOf(() => checkShardSpec({ seed: 1.5, shard: 0, shards: 1 }))).toEqual(['seed']);
    expect(pathsOf(() => checkShardSpec(null))).toEqual(['spec']);
    expect(pathsOf(() => shardRange(-1, { seed: 1, shard: 0, shards: 1 }))).toEqual(['units']);
    expect(pathsOf(() => unitStreams(1, 'x')(-1))).toEqual(['index']);
  });
});

describe('shards and unit streams', () => {
  it('splits units into balanced contiguous blocks', () => {
    // 10 units in 3 shards: sizes 4, 3, 3 (10 = 3 × 3 + 1, the first shard takes the extra one)
    const r = [0, 1, 2].map((shard) => shardRange(10, { seed: 1, shard, shards: 3 }));
    expect(r).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 7 },
      { start: 7, end: 10 },
    ]);
    // more shards than units: empty shards
    expect(shardRange(2, { seed: 1, shard: 4, shards: 5 })).toEqual({ start: 2, end: 2 });
  });

  it('covers every unit exactly once for any count of units and shards', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000 }), fc.integer({ min: 1, max: 64 }), (units, shards) => {
        let next = 0;
        for (let shard = 0; shard < shards; shard++) {
          const { start, end } = shardRange(units, { seed: 0, shard, shards });
          expect(start).toBe(next);
          next = end;
        }
        expect(next).toBe(units);
      }),
    );
  });

  it('draws unit i from the seed, the name and i alone', () => {
    const a = unitStreams(42, 'population');
    const first = a(7).real();
    a(3).real();
    expect(unitStreams(42, 'population')(7).real()).toBe(first);
    expect(unitStreams(42, 'other')(7).real()).not.toBe(first);
  });
});

// A toy sharding measure: each unit flips a coin (reform share `share`, baseline 0.5) and waits a
// whole number of days; KPIs from merged counts, a decimal sum and a day histogram.
const PARAMS = defineParams({
  units: { kind: 'integer', label: { zh: '件数', en: 'Units' }, default: 50, min: 0, max: 10_000 },
  share: { kind: 'number', label: { zh: '比例', en: 'Share' }, default: 0.7, min: 0, max: 1 },
});
const variant = recordAccumulator({ hits: countAccumulator, fees: decimalSumAccumulator, days });
const toyAcc = recordAccumulator({ units: countAccumulator, baseline: variant, reform: variant });
const toyDefinition = {
  ...measureInfo(3),
  slug: 'toy-sharded',
  params: PARAMS,
  units: (p) => p.units,
  accumulator: toyAcc,
  runUnits(p, { seed, start, end }) {
    const unit = unitStreams(seed, 'units');
    const out = toyAcc.empty();
    const add = (v: typeof out.baseline, hit: boolean, wait: number) => ({
      hits: v.hits + (hit ? 1 : 0),
      fees: addDecimal(v.fees, hit ? '12.50' : '0'),
      days: days.merge(v.days, { resolution: 1, bins: { [wait]: 1 } }),
    });
    let { baseline, reform } = out;
    for (let i = start; i < end; i++) {
      const r = unit(i);
      const u = r.real();
      const wait = r.int(1, 30);
      baseline = add(baseline, u < 0.5, wait);
      reform = add(reform, u < p.share, Math.ceil(wait / 3));
    }
    return { units: end - start, baseline, reform };
  },
  report(_p, m) {
    const k = (id: string, of: (v: typeof m.baseline) => string) =>
      kpi({
        id,
        label: { zh: id, en: id },
        unit: UNITS.days,
        better: 'lower',
        origin: 'model',
        category: 'applicant-time',
        baseline: of(m.baseline),
        reform: of(m.reform),
      });
    return {
      kpis: [
        k('days-median', (v) => histogramQuantileStat(v.days, 0.5, { digits: 1, empty: 0 })),
        k('fees', (v) => v.fees),
        k('hits', (v) => String(v.hits)),
      ],
      series: [],
      samples: [],
      notes: [{ zh: `${m.units} 件`, en: `${m.units} units` }],
    };
  },
} satisfies ShardedMeasureDefinition<typeof PARAMS, ReturnType<typeof toyAcc.empty>>;
const toy = defineShardedMeasure(toyDefinition);

describeShardInvariance(toy, { params: { units: 37 }, maxShards: 9, numRuns: 10 });

describe('a sharding measure', () => {
  it('says it shards', () => {
    expect(isShardingMeasure(toy)).toBe(true);
    expect(isShardingMeasure({ ...toy, runShard: undefined } as never)).toBe(false);
  });

  it('refuses missing, duplicate, foreign and mismatched shards, naming the field', () => {
    const params = { units: 10 };
    const parts = [0, 1].map((shard) => toy.runShard(params, { seed: 5, shard, shards: 2 }));
    const [a, b] = parts as [(typeof parts)[0], (typeof parts)[0]];
    expect(pathsOf(() => toy.mergeShards(params, { seed: 5 }, [a]))).toEqual(['results.0.shards']);
    expect(pathsOf(() => toy.mergeShards(params, { seed: 5 }, [a, a]))).toEqual(['results.1.shard']);
    expect(pathsOf(() => toy.mergeShards(params, { seed: 6 }, [a, b]))).toEqual(['results.0.seed']);
    expect(pathsOf(() => toy.mergeShards({ units: 11 }, { seed: 5 }, [a, b]))).toEqual(['results.0.params']);
    expect(pathsOf(() => toy.mergeShards(params, { seed: 5 }, [a, { ...b, measure: 'other' }]))).toEqual([
      'results.1.measure',
    ]);
    expect(pathsOf(() => toy.mergeShards(params, { seed: 5 }, [a, { ...b, data: { units: -1 } }]))).toEqual([
      'results.1.data.units',
    ]);
    expect(pathsOf(() => toy.mergeShards(params, { seed: 5 }, []))).toEqual(['results']);
    expect(pathsOf(() => toy.runShard(params, { seed: 5, shard: 2, shards: 2 }))).toEqual(['shard']);
    expect(pathsOf(() => toy.runShard({ units: -3 }, { seed: 5, shard: 0, shards: 2 }))).toEqual(['units']);
  });

  it('merges a worked example: 10 units over 2 shards add up to the one-shard counts', () => {
    const params = { units: 10 };
    const [a, b] = [0, 1].map((shard) => toy.runShard(params, { seed: 5, shard, shards: 2 }));
    // shardRange: 10 = 5 + 5
    expect([a?.units, b?.units]).toEqual([5, 5]);
    const whole = toy.runShard(params, { seed: 5, shard: 0, shards: 1 });
    // hits and fees of the whole are the parts' sums (each hit 12.50 yuan)
    expect((a?.data.reform.hits ?? 0) + (b?.data.reform.hits ?? 0)).toBe(whole.data.reform.hits);
    expect(whole.data.reform.fees).toBe(addDecimal('0', String(whole.data.reform.hits * 12.5)));
    expect(histogramCount(whole.data.baseline.days)).toBe(10);
  });
});

describe('simulateLimits: a cross-field budget of one simulate call', () => {
  // The toy with a budget: units × share ≤ 20.
  const limited = defineShardedMeasure({
    ...toyDefinition,
    slug: 'toy-limited',
    simulateLimits(p) {
      if (p.units * p.share > 20)
        throw ValidationError.of('units', 'units × share must be ≤ 20', '件数 × 比例须不超过 20');
    },
  });

  it('simulate refuses a scenario over the budget before any progress, naming the parameter', () => {
    const reported: number[] = [];
    // 40 × 0.7 = 28 > 20
    const over = () => limited.simulate({ units: 40 }, { seed: 1, onProgress: (f) => reported.push(f) });
    expect(pathsOf(over)).toEqual(['units']);
    expect(reported).toEqual([]);
    // 20 × 0.7 = 14 ≤ 20: runs, the same report as the unlimited toy's but for the slug
    const { measure: _a, ...ran } = limited.simulate({ units: 20 }, { seed: 1 });
    const { measure: _b, ...plain } = toy.simulate({ units: 20 }, { seed: 1 });
    expect(ran).toEqual(plain);
  });

  it('sharded runs are not bound by it', () => {
    const part = limited.runShard({ units: 40 }, { seed: 1, shard: 0, shards: 1 });
    expect(part.units).toBe(40);
    expect(limited.mergeShards({ units: 40 }, { seed: 1 }, [part]).notes?.[0]?.en).toBe('40 units');
  });

  it('refuses a simulateLimits that is not a function', () => {
    const bad = () => defineShardedMeasure({ ...toyDefinition, simulateLimits: 5 as never });
    expect(pathsOf(bad)).toEqual(['def.simulateLimits']);
  });
});
