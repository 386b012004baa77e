// Invariants, by fast-check (seeded from FC_SEED by the shared vitest setup).
import { type CivilDate, decimal, defaultParams } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessRisk, type Indicators, TIERS, tierOf } from '../src/index';
import { PARAMS } from '../src/params';
import { confusionAt, confusionOf } from '../src/report';
import { runBatch } from '../src/simulate';

const asOf = '2024-07-15' as CivilDate;
const ratio = fc.integer({ min: 0, max: 3000 }).map((n) => decimal(BigInt(n)).div(1000));
const maybe = fc.option(ratio, { nil: null });

const indicatorsArb: fc.Arbitrary<Indicators> = fc.record({
  taxpayerId: fc.constant('T1'),
  month: fc.constant('2024-06-01' as CivilDate),
  capUse: maybe,
  surge: maybe,
  voidRed: maybe,
  codeMatch: maybe,
  revenueGap: maybe,
  burden: maybe,
  warningRate: fc.constant(decimal('0.015')),
  agriInput: maybe,
  zeroConsecutive: fc.integer({ min: 0, max: 12 }),
  zeroCumulative: fc.integer({ min: 0, max: 12 }),
});

/** One indicator made riskier (up where high is risky, down for code match and burden). */
const riskier = (ind: Indicators, key: number, by: number): Indicators => {
  const up = (d: Indicators['capUse']) => (d === null ? null : d.add(by));
  const down = (d: Indicators['capUse']) => (d === null ? null : d.sub(by));
  switch (key) {
    case 0:
      return { ...ind, capUse: up(ind.capUse) };
    case 1:
      return { ...ind, surge: up(ind.surge) };
    case 2:
      return { ...ind, voidRed: up(ind.voidRed) };
    case 3:
      return { ...ind, codeMatch: down(ind.codeMatch) };
    case 4:
      return { ...ind, revenueGap: up(ind.revenueGap) };
    case 5:
      return { ...ind, burden: down(ind.burden) };
    case 6:
      return { ...ind, agriInput: up(ind.agriInput) };
    default:
      return { ...ind, zeroConsecutive: ind.zeroConsecutive + 1, zeroCumulative: ind.zeroCumulative + 1 };
  }
};

const rank = (t: string) => TIERS.indexOf(t as (typeof TIERS)[number]);

describe('scoring', () => {
  it('raising an indicator never lowers the score or the tier', () => {
    fc.assert(
      fc.property(
        indicatorsArb,
        fc.integer({ min: 0, max: 7 }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (ind, key, by) => {
          const step = Math.round(by * 1000) / 1000;
          const a = assessRisk(ind, asOf);
          const b = assessRisk(riskier(ind, key, step), asOf);
          expect(b.score).toBeGreaterThanOrEqual(a.score);
          expect(rank(b.tier)).toBeGreaterThanOrEqual(rank(a.tier));
        },
      ),
    );
  });

  it('the tier table has no gap or overlap: every score has one tier, monotone in the score', () => {
    const cuts = fc
      .tuple(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 50 }),
      )
      .map(([a, b, c]) => ({ blue: a, yellow: a + b, red: a + b + c }));
    fc.assert(
      fc.property(cuts, fc.integer({ min: 0, max: 200 }), (c, s) => {
        const t = tierOf(s, c);
        const bands = [s < c.blue, s >= c.blue && s < c.yellow, s >= c.yellow && s < c.red, s >= c.red];
        expect(bands.filter(Boolean).length).toBe(1);
        expect(TIERS[bands.indexOf(true)]).toBe(t);
        expect(rank(tierOf(s + 1, c))).toBeGreaterThanOrEqual(rank(t));
      }),
    );
  });
});

describe('the simulation', () => {
  const paramsArb = fc.record({
    taxpayers: fc.integer({ min: 50, max: 150 }),
    carelessShare: fc.double({ min: 0, max: 0.3, noNaN: true }),
    shellShare: fc.double({ min: 0, max: 0.1, noNaN: true }),
  });
  const small = (p: { taxpayers: number; carelessShare: number; shellShare: number }) => ({
    ...defaultParams(PARAMS),
    ...p,
  });

  it('confusion cells sum to the population; raising the threshold never raises recall', () => {
    fc.assert(
      fc.property(
        paramsArb,
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 130 }),
        fc.integer({ min: 0, max: 40 }),
        (p, seed, t, dt) => {
          const r = runBatch(small(p), seed);
          for (const os of [r.baseline, r.reform]) {
            const c = confusionOf(os);
            expect(c.tp + c.fp + c.fn + c.tn).toBe(p.taxpayers);
          }
          const lo = confusionAt(r.reform, t);
          const hi = confusionAt(r.reform, t + dt);
          expect(lo.tp + lo.fp + lo.fn + lo.tn).toBe(p.taxpayers);
          // Same positives (risky firms) at both thresholds, so recall compares by true positives.
          expect(hi.tp + hi.fn).toBe(lo.tp + lo.fn);
          expect(hi.tp).toBeLessThanOrEqual(lo.tp);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('is deterministic: a seed fixes every outcome', () => {
    fc.assert(
      fc.property(paramsArb, fc.integer({ min: 0, max: 1000 }), (p, seed) => {
        const summary = (s: number) =>
          JSON.stringify(
            runBatch(small(p), s).reform.map((o) => [o.maxScore, o.warnedOn, o.shellIssued.toString()]),
          );
        expect(summary(seed)).toBe(summary(seed));
      }),
      { numRuns: 5 },
    );
  });
});
