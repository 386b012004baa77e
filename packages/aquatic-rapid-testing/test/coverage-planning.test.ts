import { ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageInstanceArb } from '../src/arbitraries';
import { type CoverageInstance, coverageOf, planExact, planGreedy, travelMinutes } from '../src/index';

/** Independent oracle: every K-subset, by enumeration (small instances only). */
function bruteForce(instance: CoverageInstance, k: number): number {
  const n = instance.candidates.length;
  const radiusKm = (instance.travelBoundMinutes / 60) * instance.speedKmh;
  let best = 0;
  const pick = (start: number, chosen: number[]) => {
    if (chosen.length === Math.min(k, n)) {
      let w = 0;
      for (const d of instance.demand) {
        if (
          chosen.some(
            (c) =>
              Math.hypot(
                d.location.x - (instance.candidates[c]?.x ?? 0),
                d.location.y - (instance.candidates[c]?.y ?? 0),
              ) <= radiusKm,
          )
        )
          w += d.weight;
      }
      best = Math.max(best, w);
      return;
    }
    for (let c = start; c < n; c++) pick(c + 1, [...chosen, c]);
  };
  pick(0, []);
  return best;
}

// Greedy's classic trap: site 0 covers the middle (4 farms), sites 1 and 2 cover 3 farms each at
// the two ends, overlapping the middle by one farm each. Radius 10 km (15 min at 40 km/h).
const trap: CoverageInstance = {
  demand: [
    { location: { x: 0, y: 0 }, weight: 1 },
    { location: { x: 0, y: 5 }, weight: 1 },
    { location: { x: 0, y: 9 }, weight: 1 },
    { location: { x: 100, y: 0 }, weight: 1 },
    { location: { x: 100, y: 5 }, weight: 1 },
    { location: { x: 100, y: 9 }, weight: 1 },
    { location: { x: 50, y: 0 }, weight: 1 },
    { location: { x: 50, y: 5 }, weight: 1 },
  ],
  candidates: [
    { x: 50, y: 2.5 }, // covers the two middle farms …
    { x: 0, y: 4.5 }, // … the three west farms
    { x: 100, y: 4.5 }, // … the three east farms
  ],
  travelBoundMinutes: 15,
  speedKmh: 40,
};

describe('test-point planning (max coverage)', () => {
  it('travel minutes: 50 km at 40 km/h = 75 min', () => {
    expect(travelMinutes({ x: 0, y: 0 }, { x: 30, y: 40 }, 40)).toBe(75);
  });

  it('hand-checked: K = 2 picks the west and east sites, 6 of 8 farms (75 %)', () => {
    const g = planGreedy(trap, 2);
    expect(g.chosen).toEqual([1, 2]); // gains 3, 3 then 2: ties go to the lower index
    expect(g.coveredWeight).toBe(6);
    expect(g.share).toBe(0.75);
    expect(planExact(trap, 2).coveredWeight).toBe(6); // brute force: {1,2}=6, {0,1}=5, {0,2}=5
    expect(coverageOf(trap, [0, 1, 2]).coveredWeight).toBe(8);
  });

  it('property: greedy equals the brute-force optimum or stays within 1 − 1/e of it; exact equals it', () => {
    fc.assert(
      fc.property(coverageInstanceArb, fc.integer({ min: 1, max: 4 }), (instance, k) => {
        const opt = bruteForce(instance, k);
        const greedy = planGreedy(instance, k).coveredWeight;
        const exact = planExact(instance, k).coveredWeight;
        return exact === opt && greedy <= opt && greedy >= (1 - 1 / Math.E) * opt - 1e-9;
      }),
      { numRuns: 150 },
    );
  });

  it('property: more test points never lower coverage (greedy and exact)', () => {
    fc.assert(
      fc.property(coverageInstanceArb, fc.integer({ min: 0, max: 5 }), (instance, k) => {
        return (
          planGreedy(instance, k + 1).coveredWeight >= planGreedy(instance, k).coveredWeight &&
          planExact(instance, k + 1).coveredWeight >= planExact(instance, k).coveredWeight
        );
      }),
    );
  });

  it('bad input: a farm with no location, a negative weight, a negative K, too large for the exact solver', () => {
    const noLocation = { ...trap, demand: [{ weight: 1 } as never, ...trap.demand] };
    try {
      planGreedy(noLocation, 1);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).paths).toEqual(['instance.demand.0.location']);
    }
    expect(noLocation.demand.length).toBe(9);
    expect(() => planGreedy({ ...trap, demand: [{ location: { x: 0, y: 0 }, weight: -1 }] }, 1)).toThrow(
      ValidationError,
    );
    expect(() => planGreedy(trap, -1)).toThrow(ValidationError);
    expect(() => planGreedy({ ...trap, speedKmh: 0 }, 1)).toThrow(ValidationError);
    const big: CoverageInstance = {
      ...trap,
      candidates: Array.from({ length: 200 }, (_, i) => ({ x: i, y: 0 })),
    };
    try {
      planExact(big, 10);
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).paths).toEqual(['k']);
    }
  });
});
