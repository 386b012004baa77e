import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/errors';
import { randomStreamArb, weightsArb } from '../src/random/arbitraries';
import { logFactorial, poissonDraw, RandomStream, triangularFromUniform } from '../src/random/index';

const seedArb = fc.integer({ min: -(2 ** 40), max: 2 ** 40 });

function draws(s: RandomStream, n: number): number[] {
  return Array.from({ length: n }, () => s.real());
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function sample(n: number, f: () => number): number[] {
  return Array.from({ length: n }, f);
}

function configError(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigurationError) return e;
    throw e;
  }
  throw new Error('expected a ConfigurationError');
}

describe('RandomStream: reproducibility', () => {
  it('same seed gives the same sequence (every distribution)', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const run = (s: RandomStream) => [
          s.nextUint32(),
          s.real(),
          s.int(-5, 5),
          s.exponential(2),
          s.normal(0, 1),
          s.normal(0, 1),
          s.poisson(3),
          s.poisson(80),
          s.triangular(0, 1, 3),
          s.weightedIndex([1, 2, 3]),
          ...s.shuffle([1, 2, 3, 4, 5]),
        ];
        expect(run(RandomStream.fromSeed(seed))).toEqual(run(RandomStream.fromSeed(seed)));
      }),
    );
  });

  it('different seeds give different sequences', () => {
    fc.assert(
      fc.property(seedArb, seedArb, (a, b) => {
        fc.pre(a !== b);
        expect(draws(RandomStream.fromSeed(a), 4)).not.toEqual(draws(RandomStream.fromSeed(b), 4));
      }),
    );
  });

  it('a clone replays the numbers of the original from the same position (spare normal included)', () => {
    const s = RandomStream.fromSeed(5);
    s.real();
    s.normal(0, 1); // leaves a cached spare
    const c = s.clone();
    expect([s.normal(0, 1), s.real(), s.exponential(1)]).toEqual([
      c.normal(0, 1),
      c.real(),
      c.exponential(1),
    ]);
  });

  it('the path records the names from the root', () => {
    expect(RandomStream.fromSeed(9).substream('a').substream('b').path).toBe('seed:9/a/b');
  });
});

describe('RandomStream: independent sub-streams', () => {
  it('a sub-stream does not depend on draws from its parent or siblings', () => {
    fc.assert(
      fc.property(seedArb, fc.nat({ max: 1000 }), fc.string(), fc.string(), (seed, k, a, b) => {
        fc.pre(a !== b);
        const fresh = RandomStream.fromSeed(seed).substream(b);
        const root = RandomStream.fromSeed(seed);
        const sibling = root.substream(a);
        for (let i = 0; i < k; i++) sibling.real();
        root.real();
        expect(draws(root.substream(b), 5)).toEqual(draws(fresh, 5));
      }),
    );
  });

  it('drawing 1000 numbers from A leaves B’s sequence unchanged', () => {
    const root = RandomStream.fromSeed(42);
    const expected = draws(RandomStream.fromSeed(42).substream('B'), 10);
    const a = root.substream('A');
    for (let i = 0; i < 1000; i++) a.exponential(1);
    expect(draws(root.substream('B'), 10)).toEqual(expected);
  });

  it('distinct names, nested paths and seeds give distinct streams', () => {
    const root = RandomStream.fromSeed(1);
    const first = [
      root.substream('a'),
      root.substream('b'),
      root.substream('a').substream('b'),
      root.substream('b').substream('a'),
      root.substream('ab'),
      root.substream(''),
      root,
      RandomStream.fromSeed(2).substream('a'),
    ].map((s) => s.nextUint32());
    expect(new Set(first).size).toBe(first.length);
  });

  it('sibling sub-streams are uncorrelated (sample correlation near 0)', () => {
    const root = RandomStream.fromSeed(3);
    const xs = draws(root.substream('replication-0'), 20_000);
    const ys = draws(root.substream('replication-1'), 20_000);
    const mx = mean(xs);
    const my = mean(ys);
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < xs.length; i++) {
      const dx = (xs[i] as number) - mx;
      const dy = (ys[i] as number) - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    // Under independence the correlation has sd 1/√20000 ≈ 0.007; 0.03 is over 4 sd.
    expect(Math.abs(sxy / Math.sqrt(sxx * syy))).toBeLessThan(0.03);
  });
});

describe('RandomStream: ranges and shapes', () => {
  it('real is in [0, 1) and uniform(a, b) in [a, b)', () => {
    fc.assert(
      fc.property(
        randomStreamArb,
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (s, a, w) => {
          const x = s.real();
          expect(x >= 0 && x < 1).toBe(true);
          const u = s.uniform(a, a + w);
          expect(u >= a && u <= a + w).toBe(true);
        },
      ),
    );
  });

  it('int stays within its inclusive bounds and hits both ends', () => {
    fc.assert(
      fc.property(
        randomStreamArb,
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.nat({ max: 1e6 }),
        (s, min, width) => {
          for (let i = 0; i < 20; i++) {
            const k = s.int(min, min + width);
            expect(Number.isInteger(k) && k >= min && k <= min + width).toBe(true);
          }
        },
      ),
    );
    const s = RandomStream.fromSeed(11);
    const seen = new Set(sample(200, () => s.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('shuffle returns a permutation and leaves its input unchanged', () => {
    fc.assert(
      fc.property(randomStreamArb, fc.array(fc.integer()), (s, items) => {
        const copy = items.slice();
        const shuffled = s.shuffle(items);
        expect(items).toEqual(copy);
        expect(shuffled.slice().sort((a, b) => a - b)).toEqual(copy.sort((a, b) => a - b));
      }),
    );
  });

  it('weightedIndex never returns an index of weight 0', () => {
    fc.assert(
      fc.property(randomStreamArb, weightsArb, (s, w) => {
        expect(w[s.weightedIndex(w)]).toBeGreaterThan(0);
      }),
    );
  });

  it('poisson and int draws are non-negative integers; exponential and lognormal positive', () => {
    fc.assert(
      fc.property(randomStreamArb, fc.double({ min: 0, max: 500, noNaN: true }), (s, lambda) => {
        const k = s.poisson(lambda);
        expect(Number.isInteger(k) && k >= 0).toBe(true);
        expect(s.exponential(1 + lambda)).toBeGreaterThanOrEqual(0);
        expect(s.lognormal(0, 1)).toBeGreaterThan(0);
      }),
    );
  });

  it('choice picks an element; degenerate parameters give their only value', () => {
    const s = RandomStream.fromSeed(4);
    expect(['x', 'y']).toContain(s.choice(['x', 'y']));
    expect(s.choice(['x', 'y'], [0, 5])).toBe('y');
    expect(s.normal(7, 0)).toBe(7);
    expect(s.triangular(3, 3, 3)).toBe(3);
    expect(s.poisson(0)).toBe(0);
    expect(s.bernoulli(0)).toBe(false);
    expect(s.bernoulli(1)).toBe(true);
  });
});

describe('RandomStream: sample means converge (seeded, loose bounds of about 5 standard errors)', () => {
  const N = 40_000;
  it('exponential mean is 1/rate', () => {
    const s = RandomStream.fromSeed(101);
    // rate 0.125: mean 8, sd 8, standard error 8/√40000 = 0.04
    expect(Math.abs(mean(sample(N, () => s.exponential(0.125))) - 8)).toBeLessThan(0.2);
  });

  it('poisson mean is lambda, for Knuth (small) and PTRS (large) regimes', () => {
    const s = RandomStream.fromSeed(102);
    // lambda 4: sd 2, se 0.01; lambda 250: sd 15.8, se 0.079
    expect(Math.abs(mean(sample(N, () => s.poisson(4))) - 4)).toBeLessThan(0.05);
    const big = sample(N, () => s.poisson(250));
    expect(Math.abs(mean(big) - 250)).toBeLessThan(0.4);
    const m = mean(big);
    const variance = big.reduce((a, x) => a + (x - m) ** 2, 0) / (N - 1);
    expect(Math.abs(variance - 250)).toBeLessThan(250 * 0.05); // var of s² ≈ 2λ²/N: se 1.8
  });

  it('normal mean and variance are mu and sigma²', () => {
    const s = RandomStream.fromSeed(103);
    const xs = sample(N, () => s.normal(100, 15));
    const m = mean(xs);
    const variance = xs.reduce((a, x) => a + (x - m) ** 2, 0) / (N - 1);
    expect(Math.abs(m - 100)).toBeLessThan(0.4); // se 15/200 = 0.075
    expect(Math.abs(variance - 225)).toBeLessThan(225 * 0.04); // se of s² = 225·√(2/N) ≈ 1.6
  });

  it('lognormal median is e^mu', () => {
    const s = RandomStream.fromSeed(104);
    const xs = sample(N, () => s.lognormal(Math.log(10), 0.5)).sort((a, b) => a - b);
    expect(Math.abs((xs[N / 2] as number) - 10)).toBeLessThan(0.2);
  });

  it('triangular mean is (min + mode + max) / 3', () => {
    const s = RandomStream.fromSeed(105);
    // (5 + 8 + 20) / 3 = 11; sd = √((25+64+400−40−100−160)/18) = √(189/18) ≈ 3.24; se 0.016
    expect(Math.abs(mean(sample(N, () => s.triangular(5, 8, 20))) - 11)).toBeLessThan(0.08);
  });

  it('bernoulli frequency is p and weightedIndex frequencies follow the weights', () => {
    const s = RandomStream.fromSeed(106);
    const hits = sample(N, () => (s.bernoulli(0.3) ? 1 : 0));
    expect(Math.abs(mean(hits) - 0.3)).toBeLessThan(0.012); // se √(0.21/N) ≈ 0.0023
    // weights [1, 0, 3]: P(2) = 3/4, se √(0.1875/N) ≈ 0.0022; index 1 never
    const idx = sample(N, () => s.weightedIndex([1, 0, 3]));
    expect(idx.filter((i) => i === 1).length).toBe(0);
    expect(Math.abs(idx.filter((i) => i === 2).length / N - 0.75)).toBeLessThan(0.012);
  });

  it('int is uniform over its range', () => {
    const s = RandomStream.fromSeed(108);
    // uniform on 1..6: mean 3.5, sd √(35/12) ≈ 1.71, se 0.0085
    expect(Math.abs(mean(sample(N, () => s.int(1, 6))) - 3.5)).toBeLessThan(0.045);
  });
});

describe('helpers, worked by hand', () => {
  it('logFactorial: ln 5! = ln 120, ln 20! = ln 2432902008176640000', () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(5)).toBeCloseTo(Math.log(120), 12);
    expect(logFactorial(20)).toBeCloseTo(Math.log(2432902008176640000), 10);
    // ln 100! = 363.73937555556347 (published value)
    expect(logFactorial(100)).toBeCloseTo(363.73937555556347, 9);
  });

  it('triangular inverse CDF: the split point maps to the mode, the ends to min and max', () => {
    // F(mode) = (mode − min)/(max − min) = 3/15 = 0.2 for (5, 8, 20)
    expect(triangularFromUniform(0.2, 5, 8, 20)).toBeCloseTo(8, 12);
    expect(triangularFromUniform(0, 5, 8, 20)).toBe(5);
    // u = 0.5 ≥ 0.2: 20 − √(0.5 · 15 · 12) = 20 − √90 ≈ 10.5132
    expect(triangularFromUniform(0.5, 5, 8, 20)).toBeCloseTo(20 - Math.sqrt(90), 12);
  });

  it('poissonDraw with a source that always returns 0.5: Knuth counts products above e^-1', () => {
    // lambda 1: e^-1 ≈ 0.3679; 0.5 > 0.3679, 0.25 ≤ 0.3679 → k = 1
    expect(poissonDraw({ real: () => 0.5 }, 1)).toBe(1);
    // lambda 2: e^-2 ≈ 0.1353; 0.5, 0.25, 0.125 → two products above → k = 2
    expect(poissonDraw({ real: () => 0.5 }, 2)).toBe(2);
  });
});

describe('bad parameters throw ConfigurationError naming the parameter', () => {
  const s = RandomStream.fromSeed(1);
  it.each([
    ['seed', () => RandomStream.fromSeed(1.5)],
    ['seed', () => RandomStream.fromSeed(Number.NaN)],
    ['seed', () => RandomStream.fromSeed(2 ** 60)],
    ['rate', () => s.exponential(0)],
    ['rate', () => s.exponential(-1)],
    ['rate', () => s.exponential(Number.NaN)],
    ['p', () => s.bernoulli(1.5)],
    ['p', () => s.bernoulli(Number.NaN)],
    ['lambda', () => s.poisson(-1)],
    ['sigma', () => s.normal(0, -1)],
    ['mu', () => s.normal(Number.NaN, 1)],
    ['sigma', () => s.lognormal(0, Number.NaN)],
    ['min', () => s.int(5, 4)],
    ['min', () => s.int(0.5, 4)],
    ['a', () => s.uniform(2, 1)],
    ['min', () => s.triangular(5, 4, 6)],
    ['mode', () => s.triangular(1, 7, 6)],
    ['weights', () => s.weightedIndex([])],
    ['weights', () => s.weightedIndex([0, 0])],
    ['weights.1', () => s.weightedIndex([1, -1])],
    ['weights.0', () => s.weightedIndex([Number.NaN])],
    ['items', () => s.choice([])],
    ['weights', () => s.choice([1, 2], [1])],
  ])('%s', (path, fn) => {
    expect(configError(fn).path).toBe(path);
  });

  it('a failed call does not advance the stream', () => {
    const a = RandomStream.fromSeed(8);
    const b = RandomStream.fromSeed(8);
    expect(() => a.exponential(-1)).toThrow(ConfigurationError);
    expect(a.real()).toBe(b.real());
  });
});

// Issue 32: poissonDraw(rng, NaN) never returned. A source that gives up after many draws stands
// in for the hang: before the fix it threw its own plain Error, now the bad value is refused first.
describe('distribution helpers refuse what would hang or mislead (issue 32)', () => {
  const watchdog = (draw: () => number = () => 0.5) => {
    let n = 0;
    return {
      real: () => {
        if (++n > 100_000) throw new Error('still drawing after 100,000 uniforms: a hang');
        return draw();
      },
    };
  };
  const path = (fn: () => unknown): string => {
    try {
      fn();
    } catch (e) {
      if (e instanceof ConfigurationError) return e.path;
      throw e;
    }
    throw new Error('expected a ConfigurationError');
  };

  it('poissonDraw: NaN, negative and infinite means name lambda', () => {
    for (const lambda of [Number.NaN, -1, Number.POSITIVE_INFINITY, '4' as unknown as number])
      expect(path(() => poissonDraw(watchdog(), lambda))).toBe('lambda');
  });

  it("poissonDraw: an absent mean (the fuzz suite's base probe) and means above 1e15 name lambda", () => {
    expect(path(() => poissonDraw(watchdog(), undefined as unknown as number))).toBe('lambda');
    for (const lambda of [1e15 + 2, 2 ** 60, 1e308])
      expect(path(() => poissonDraw(watchdog(), lambda))).toBe('lambda');
  });

  it('poissonDraw: the largest accepted mean returns a safe integer within a few uniforms', () => {
    // PTRS costs about 2.3 uniforms a draw whatever the mean; the watchdog allows 100,000.
    const k = poissonDraw(
      watchdog(() => 0.25),
      1e15,
    );
    expect(Number.isSafeInteger(k)).toBe(true);
  });

  it('poissonDraw: a source whose draws are not in [0, 1) names source', () => {
    expect(
      path(() =>
        poissonDraw(
          watchdog(() => 1),
          4,
        ),
      ),
    ).toBe('source');
    expect(
      path(() =>
        poissonDraw(
          watchdog(() => Number.NaN),
          40,
        ),
      ),
    ).toBe('source');
    expect(path(() => poissonDraw({} as never, 4))).toBe('source');
  });

  it('triangularFromUniform: u outside [0, 1) or min ≤ mode ≤ max broken is refused, not NaN', () => {
    expect(path(() => triangularFromUniform(Number.NaN, 0, 1, 2))).toBe('u');
    expect(path(() => triangularFromUniform(1.5, 0, 1, 2))).toBe('u');
    expect(path(() => triangularFromUniform(0.5, 3, 1, 2))).toBe('min');
    expect(path(() => triangularFromUniform(0.5, 0, 3, 2))).toBe('mode');
    expect(path(() => triangularFromUniform(0.5, 0, 1, Number.POSITIVE_INFINITY))).toBe('max');
  });
});
