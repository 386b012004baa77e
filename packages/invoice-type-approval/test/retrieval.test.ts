import { defaultParams } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measure, PARAMS } from '../src/index';
import { type RetrievalParams, retrievals } from '../src/retrieval';

const base: RetrievalParams = {
  fetchSecondsMin: 6,
  fetchSecondsMax: 6,
  fetchMode: 'sequential',
  fetchFailureRate: 0,
  fetchRetries: 2,
};

describe('the automatic path’s data retrieval (assumptions: mode, query time, failures, retries)', () => {
  it('sequential queries add up, parallel ones take the slowest source', () => {
    // 13 sources × 6 s = 78 s = 1.3 min one after another; all at once: 6 s = 0.1 min.
    const [seq] = retrievals(42, 1, 13, base);
    expect(seq).toEqual({ minutes: 1.3, down: false, attempts: 13 });
    const [par] = retrievals(42, 1, 13, { ...base, fetchMode: 'parallel' });
    expect(par).toEqual({ minutes: 0.1, down: false, attempts: 13 });
  });

  it('a source failing on every attempt is down: 13 × (2 retries + 1) attempts, referred', () => {
    // Failure chance 1: every source makes 1 + 2 attempts, 39 in all, 39 × 6 s = 234 s = 3.9 min.
    const [r] = retrievals(42, 1, 13, { ...base, fetchFailureRate: 1 });
    expect(r).toEqual({ minutes: 3.9, down: true, attempts: 39 });
    // No retries: 13 attempts, 78 s.
    const [r0] = retrievals(42, 1, 13, { ...base, fetchFailureRate: 1, fetchRetries: 0 });
    expect(r0).toEqual({ minutes: 1.3, down: true, attempts: 13 });
  });

  it('the default (3–10 s, sequential) averages 13 × 6.5 s ≈ 1.41 min: the seed’s 1–2 minutes, calibrated', () => {
    // E = 13 × (3 + 10) / 2 = 84.5 s = 1.408 min, plus a retry now and then (1% failures).
    const rs = retrievals(42, 2000, 13, defaultParams(PARAMS));
    const mean = rs.reduce((s, r) => s + r.minutes, 0) / rs.length;
    expect(mean).toBeGreaterThan(1.35);
    expect(mean).toBeLessThan(1.5);
  });

  it('common random numbers: other query times or mode keep who is down and every attempt', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.double({ min: 0.1, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (seed, hi, fail, retries) => {
          const p = {
            ...base,
            fetchSecondsMin: 0.1,
            fetchSecondsMax: hi,
            fetchFailureRate: fail,
            fetchRetries: retries,
          };
          const a = retrievals(seed, 5, 13, p);
          const slower = retrievals(seed, 5, 13, { ...p, fetchSecondsMax: hi + 10 });
          const parallel = retrievals(seed, 5, 13, { ...p, fetchMode: 'parallel' });
          const more = retrievals(seed, 5, 13, { ...p, fetchRetries: retries + 1 });
          return a.every(
            (r, i) =>
              r.down === slower[i]!.down &&
              r.attempts === slower[i]!.attempts &&
              slower[i]!.minutes >= r.minutes &&
              // parallel never slower than sequential on the same draws
              parallel[i]!.minutes <= r.minutes &&
              // one more retry never takes a source down that was up
              (r.down || !more[i]!.down),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('the auto-path KPIs say where their numbers come from', () => {
  const report = measure.simulate({ applications: 300 }, { seed: 42 });
  const byId = (id: string) => report.kpis.find((k) => k.id === id);

  it('"1–2 minutes" is calibrated and shows its range over the plausible query time (5–30 s)', () => {
    const k = byId('time-auto-median');
    expect(k?.origin).toBe('calibrated');
    expect(k?.sensitivity?.param).toBe('fetchSecondsMax');
    expect([k?.sensitivity?.low.value, k?.sensitivity?.high.value]).toEqual([5, 30]);
    // A longer query time can only lengthen the wait on the same draws.
    expect(Number(k?.sensitivity?.low.reform)).toBeLessThan(Number(k?.reform));
    expect(Number(k?.sensitivity?.high.reform)).toBeGreaterThan(Number(k?.reform));
  });

  it('the p90 shows parallel against sequential queries, the share decided automatically the failure chance', () => {
    const p90 = byId('time-auto-p90');
    expect([p90?.origin, p90?.sensitivity?.param]).toEqual(['assumption', 'fetchMode']);
    // Parallel: the slowest of 13 sources, ≤ 10 s (+ retries), far below the sequential sum.
    expect(Number(p90?.sensitivity?.low.reform)).toBeLessThan(0.5);
    const share = byId('share-auto');
    expect(share?.sensitivity?.param).toBe('fetchFailureRate');
    expect(Number(share?.sensitivity?.high.reform)).toBeLessThanOrEqual(
      Number(share?.sensitivity?.low.reform),
    );
  });

  it('decisions departing from the rules are 0 by definition on the automatic path', () => {
    const k = byId('decisions-differ');
    expect(k?.origin).toBe('definition');
    expect(k?.note?.en).toMatch(/By definition/);
  });
});
