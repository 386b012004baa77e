// Invariants of a run over random scenarios: the law's periods hold for every simulated case, a
// suspension never shortens a case, and the same seed gives the same columns.
import { fromEpochDay, isWorkingDay } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { reconsiderationDeadline } from '../src/index';
import { runBatch } from '../src/simulate';

const scenario = paramsArb.map((p) => ({ ...p, disputes: Math.min(p.disputes, 300) }));

describe('runBatch', () => {
  it('property: applications in time, deadlines on working days, suspension never shortens', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 1000 }), (p, seed) => {
        const r = runBatch(p, seed);
        for (const o of [r.baseline, r.reform]) {
          for (let i = 0; i < r.disputes.n; i++) {
            const known = fromEpochDay(r.disputes.known[i] as number);
            const applied = o.applied[i] as number;
            if (applied >= 0) {
              expect(fromEpochDay(applied) <= reconsiderationDeadline('apply', known)).toBe(true);
            }
            const deadline = o.deadline[i] as number;
            const accepted = o.accepted[i] as number;
            if (deadline >= 0) {
              const d = fromEpochDay(deadline);
              expect(isWorkingDay(d)).toBe(true);
              const plain = reconsiderationDeadline(
                r.disputes.summary[i] === 1 ? 'decide-summary' : 'decide-extended',
                fromEpochDay(accepted),
              );
              expect(d >= plain).toBe(true);
            }
            const closed = o.closed[i] as number;
            if (closed >= 0) expect(closed).toBeGreaterThan(r.disputes.known[i] as number);
          }
        }
      }),
      { numRuns: 20 },
    );
  });

  it('is deterministic: a seed fixes every column', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 1000 }), (p, seed) => {
        const a = runBatch(p, seed);
        runBatch(p, seed + 1); // evicts the cached population: b draws it again
        const b = runBatch({ ...p }, seed);
        expect(Array.from(a.reform.closed)).toEqual(Array.from(b.reform.closed));
        expect(Array.from(a.baseline.outcome)).toEqual(Array.from(b.baseline.outcome));
      }),
      { numRuns: 10 },
    );
  });
});
