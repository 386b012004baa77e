// The checked-once samplers draw exactly what RandomStream's bernoulli, exponential and lognormal
// draw from the same stream (seeded by FC_SEED), and refuse at construction what those refuse.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/errors';
import { BernoulliSampler, ExponentialSampler, LognormalSampler, RandomStream } from '../src/random/index';

describe('BernoulliSampler, ExponentialSampler, LognormalSampler', () => {
  it('draw what bernoulli, exponential and lognormal draw, interleaved on one stream', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.array(fc.constantFrom(0, 1, 2), { minLength: 1, maxLength: 40 }),
        (seed, p, rate, mu, sigma, kinds) => {
          const chance = new BernoulliSampler(p);
          const wait = new ExponentialSampler(rate);
          const size = new LognormalSampler(mu, sigma);
          // Interleaved, so that the normal's cached second variate is shared as in a run.
          const a = RandomStream.fromSeed(seed);
          const b = RandomStream.fromSeed(seed);
          for (const kind of kinds) {
            if (kind === 0) expect(chance.draw(a)).toBe(b.bernoulli(p));
            else if (kind === 1) expect(wait.draw(a)).toBe(b.exponential(rate));
            else expect(size.draw(a)).toBe(b.lognormal(mu, sigma));
          }
          expect(a.real()).toBe(b.real());
        },
      ),
      { numRuns: 100 },
    );
  });

  it('an exponential of rate 1/8 has mean 8 and a Bernoulli(0.3) is true 30% of the time', () => {
    const rng = RandomStream.fromSeed(11);
    const wait = new ExponentialSampler(1 / 8);
    const chance = new BernoulliSampler(0.3);
    let sum = 0;
    let hits = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      sum += wait.draw(rng);
      if (chance.draw(rng)) hits++;
    }
    // Standard errors: 8/√n ≈ 0.057 and √(0.21/n) ≈ 0.0032; bounds at about 5 of them.
    expect(Math.abs(sum / n - 8)).toBeLessThan(0.3);
    expect(Math.abs(hits / n - 0.3)).toBeLessThan(0.016);
  });

  it('refuses bad parameters when built, naming the field', () => {
    const fails = (fn: () => unknown, path: string) => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigurationError);
        expect((e as ConfigurationError).path).toBe(path);
        return;
      }
      throw new Error(`expected a ConfigurationError at ${path}`);
    };
    fails(() => new BernoulliSampler(1.2, 'noShowRate'), 'noShowRate');
    fails(() => new BernoulliSampler(Number.NaN), 'p');
    fails(() => new ExponentialSampler(0, 'patienceRate'), 'patienceRate');
    fails(() => new ExponentialSampler(Number.POSITIVE_INFINITY), 'rate');
    fails(() => new LognormalSampler(Number.NaN, 1, 'handling'), 'handling.mu');
    fails(() => new LognormalSampler(0, -1, 'handling'), 'handling.sigma');
    fails(() => new BernoulliSampler('0.5' as unknown as number), 'p');
    fails(() => new ExponentialSampler(Symbol('x') as unknown as number), 'rate');
    expect(new BernoulliSampler(0).p).toBe(0);
  });
});
