// Invariants of the hall simulation over random scenarios (seeded by FC_SEED): conservation of
// visits, capacities never exceeded, no service outside hours, appointments only on working days,
// determinism.
import { isWorkingDay } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { runBatch } from '../src/simulate';

const scenario = paramsArb.map((p) => ({ ...p, months: Math.min(p.months, 2) }));

describe('the hall simulation', () => {
  it('accounts for every attempt: arrivals = served + gave up + sent away (+ those queued at closing)', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 1000 }), (p, seed) => {
        const r = runBatch(p, seed);
        for (const v of [r.baseline, r.reform]) {
          // Every visitor not lost to a no-show arrives once, plus one return per unserved first visit.
          const firstVisits = r.visitors.length - v.noShows;
          const firsts = v.records.filter((x) => !x.attempt.repeat);
          const unservedFirsts = firsts.filter((x) => x.outcome !== 'served').length;
          const returns = v.records.length - firsts.length;
          expect(firsts.length).toBe(firstVisits);
          expect(returns + v.carriedOver).toBe(unservedFirsts);
          const outcomes = { served: 0, abandoned: 0, closed: 0, 'sent-away': 0 };
          for (const x of v.records) outcomes[x.outcome]++;
          expect(outcomes.served + outcomes.abandoned + outcomes.closed + outcomes['sent-away']).toBe(
            v.records.length,
          );
        }
      }),
      { numRuns: 8 },
    );
  });

  it('never exceeds a capacity, never starts a service outside the hours, books only working days', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 1000 }), (p, seed) => {
        const r = runBatch(p, seed);
        for (const v of [r.baseline, r.reform]) {
          for (const u of v.uses) {
            expect(u.startedOutsideHours).toBe(false);
            expect(u.windows).toBeLessThanOrEqual(u.windowCapacity);
            expect(u.terminals).toBeLessThanOrEqual(p.terminals);
            expect(u.agents).toBeLessThanOrEqual(p.remoteAgents);
            expect(u.plaza).toBeLessThanOrEqual(p.plazaSeats);
          }
          for (const x of v.records) {
            const day = r.days[x.day];
            expect(day !== undefined && isWorkingDay(day.date)).toBe(true);
            if (x.attempt.booked) expect(x.attempt.minute).toBeGreaterThanOrEqual(p.openHour * 60);
          }
        }
      }),
      { numRuns: 8 },
    );
  });

  it('is deterministic for a seed, and baseline and reform see the same visitors', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 1000 }), (p, seed) => {
        const a = runBatch(p, seed);
        const b = runBatch(p, seed);
        const digest = (x: typeof a) =>
          JSON.stringify([
            x.baseline.records.map((y) => [y.outcome, y.inHall]),
            x.reform.records.map((y) => [y.outcome, y.inHall]),
          ]);
        expect(digest(a)).toBe(digest(b));
      }),
      { numRuns: 4 },
    );
  });
});
