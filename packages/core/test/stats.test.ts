import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/errors';
import { RandomStream } from '../src/random/index';
import { Counter, replicate, studentT975, summarize, Tally, TimeWeighted } from '../src/sim/index';

function configPath(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigurationError) return e.path;
    throw e;
  }
  throw new Error('expected a ConfigurationError');
}

describe('Counter', () => {
  it('counts and resets', () => {
    const c = new Counter();
    c.increment();
    c.increment(4);
    expect(c.count).toBe(5);
    c.reset();
    expect(c.count).toBe(0);
  });
});

describe('Tally', () => {
  it('worked example: 2, 4, 4, 4, 5, 5, 7, 9', () => {
    const t = new Tally();
    for (const x of [2, 4, 4, 4, 5, 5, 7, 9]) t.add(x);
    expect(t.count).toBe(8);
    expect(t.sum).toBe(40);
    expect(t.mean).toBe(5); // 40 / 8
    // squared deviations 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32; sample variance 32 / 7
    expect(t.variance).toBeCloseTo(32 / 7, 12);
    expect(t.min).toBe(2);
    expect(t.max).toBe(9);
    // type 7: h = 7 · 0.5 = 3.5 → between the 4th (4) and 5th (5) order statistics: 4.5
    expect(t.quantile(0.5)).toBe(4.5);
    // h = 7 · 0.9 = 6.3 → 7 + 0.3 · (9 − 7) = 7.6
    expect(t.quantile(0.9)).toBeCloseTo(7.6, 12);
    expect(t.quantile(0)).toBe(2);
    expect(t.quantile(1)).toBe(9);
    expect(t.fractionAbove(4)).toBe(0.5);
  });

  it('empty and single-observation tallies answer NaN where undefined', () => {
    const t = new Tally();
    expect(Number.isNaN(t.mean) && Number.isNaN(t.min) && Number.isNaN(t.quantile(0.5))).toBe(true);
    t.add(3);
    expect(t.mean).toBe(3);
    expect(Number.isNaN(t.variance)).toBe(true);
  });

  it('mean/variance agree with the two-pass formulas and quantiles with a sorted copy (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, q) => {
          const t = new Tally();
          for (const x of xs) t.add(x);
          const m = xs.reduce((a, b) => a + b, 0) / xs.length;
          const v = xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
          expect(t.mean).toBeCloseTo(m, 6);
          expect(Math.abs(t.variance - v)).toBeLessThanOrEqual(1e-9 * Math.max(1, v) + 1e-6);
          const sorted = [...xs].sort((a, b) => a - b);
          // Compared as numbers: 0 and -0 are the same value, and which of the two a tally keeps
          // (the first seen) need not be the one a stable sort puts last ([-1, 0, -0]: max 0, sorted
          // last -0, which failed `toBe` under a random seed).
          expect(t.min === sorted[0]).toBe(true);
          expect(t.max === sorted[sorted.length - 1]).toBe(true);
          const qv = t.quantile(q);
          expect(qv).toBeGreaterThanOrEqual(sorted[Math.floor((xs.length - 1) * q)] as number);
          expect(qv).toBeLessThanOrEqual(sorted[Math.ceil((xs.length - 1) * q)] as number);
        },
      ),
    );
  });

  it('signed zeros are one value: the extremes of [-1, 0, -0] are -1 and 0 (the first zero seen)', () => {
    const t = new Tally();
    for (const x of [-1, 0, -0]) t.add(x);
    expect(t.min).toBe(-1);
    expect(t.max).toBe(0);
  });

  it('grows past its initial buffer, keeps sorting lazily, and resets', () => {
    const t = new Tally();
    for (let i = 1000; i >= 1; i--) t.add(i);
    expect(t.quantile(0.5)).toBe(500.5);
    t.add(0);
    expect(t.min).toBe(0);
    expect(t.quantile(0)).toBe(0);
    t.reset();
    expect(t.count).toBe(0);
  });

  it('bad input', () => {
    expect(configPath(() => new Tally().add(Number.NaN))).toBe('value');
    expect(configPath(() => new Tally().quantile(1.5))).toBe('q');
    expect(configPath(() => new Tally({ keepValues: false }).quantile(0.5))).toBe('keepValues');
  });
});

describe('TimeWeighted', () => {
  it('worked example: queue length 0 on [0, 2), 3 on [2, 5), 1 on [5, 10)', () => {
    const q = new TimeWeighted(0, 0);
    q.set(2, 3);
    q.add(5, -2);
    // area 0·2 + 3·3 + 1·5 = 14 over 10 minutes
    expect(q.integral(10)).toBe(14);
    expect(q.mean(10)).toBe(1.4);
    expect(q.max).toBe(3);
    q.reset(10);
    expect(q.mean(20)).toBe(1);
    expect(q.mean(10)).toBe(1); // no time elapsed: the current level
  });

  it('bad input', () => {
    const q = new TimeWeighted(5, 0);
    expect(configPath(() => q.set(4, 1))).toBe('time');
    expect(configPath(() => q.set(Number.NaN, 1))).toBe('time');
    expect(configPath(() => new TimeWeighted(Number.NaN))).toBe('time');
    expect(configPath(() => new TimeWeighted(0, Number.POSITIVE_INFINITY))).toBe('level');
  });
});

describe('Student t and replications', () => {
  it('t(0.975) matches published values, in the table and from the expansion beyond it', () => {
    expect(studentT975(1)).toBe(12.7062);
    expect(studentT975(19)).toBe(2.093);
    // published: df 40 → 2.0211, 60 → 2.0003, 120 → 1.9799
    expect(studentT975(40)).toBeCloseTo(2.0211, 4);
    expect(studentT975(60)).toBeCloseTo(2.0003, 4);
    expect(studentT975(120)).toBeCloseTo(1.9799, 4);
    // the expansion joins the table: at df 31 it lies between t(30) = 2.0423 and t(40)
    expect(studentT975(31)).toBeLessThan(2.0423);
    expect(studentT975(31)).toBeGreaterThan(2.0211);
  });

  it('summarize: worked example 1, 2, 3', () => {
    // mean 2, s = 1, half-width t(0.975; 2) · 1 / √3 = 4.3027 / 1.7321 = 2.4842
    const s = summarize([1, 2, 3]);
    expect(s.mean).toBe(2);
    expect(s.stdDev).toBe(1);
    expect(s.halfWidth95).toBeCloseTo(4.3027 / Math.sqrt(3), 12);
    expect(s.low).toBeCloseTo(2 - 2.4842, 4);
    expect(s.n).toBe(3);
  });

  it('replicate runs each replication on its own named sub-stream', () => {
    const seen: number[] = [];
    const out = replicate(4, 99, (stream, i) => {
      seen.push(i);
      return { x: stream.real() };
    });
    expect(seen).toEqual([0, 1, 2, 3]);
    const expected = [0, 1, 2, 3].map((i) => RandomStream.fromSeed(99).substream(`replication-${i}`).real());
    expect(out.x.mean).toBeCloseTo(expected.reduce((a, b) => a + b, 0) / 4, 14);
  });

  it('the 95% interval covers the true mean about 95% of the time (exponential, mean 1)', () => {
    let covered = 0;
    const trials = 200;
    for (let k = 0; k < trials; k++) {
      const ci = replicate(10, k, (s) => ({ m: s.exponential(1) }));
      if (ci.m.low <= 1 && 1 <= ci.m.high) covered++;
    }
    // Nominal 95% (the exponential's skew lowers it slightly); binomial sd √(200·0.05·0.95) ≈ 3.1 trials
    expect(covered / trials).toBeGreaterThan(0.85);
    expect(covered / trials).toBeLessThan(0.99);
  });

  it('bad input', () => {
    expect(configPath(() => replicate(1, 1, () => ({ x: 1 })))).toBe('replications');
    expect(configPath(() => replicate(2.5, 1, () => ({ x: 1 })))).toBe('replications');
    expect(configPath(() => replicate(3, 1.5, () => ({ x: 1 })))).toBe('seed');
    expect(configPath(() => replicate<string>(3, 1, (_s, i) => (i === 1 ? { y: 1 } : { x: 1 })))).toBe(
      'replication-1',
    );
    expect(configPath(() => replicate(3, 1, (_s, i) => ({ x: i === 2 ? Number.NaN : 1 })))).toBe(
      'replication-2.x',
    );
    expect(configPath(() => summarize([1]))).toBe('values');
    expect(configPath(() => studentT975(0))).toBe('df');
  });
});
