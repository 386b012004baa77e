// The hall's windows run on core's discrete-event resource (FIFO, c servers). Checked against
// queueing theory: an M/M/c line's mean wait is Erlang C's Wq = C / (cμ − λ).
import { createResource, createSimulation, erlangC, RandomStream, summarize } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';

/** Mean wait (minutes) of `n` customers through c FIFO windows, Poisson arrivals, exponential service. */
function mmcMeanWait(c: number, perHourIn: number, perHourOut: number, n: number, seed: number): number {
  const sim = createSimulation();
  const windows = createResource(sim, { capacity: c, name: 'windows' });
  const rng = RandomStream.fromSeed(seed);
  const arrivals = rng.substream('arrivals');
  const services = rng.substream('services');
  const warmUp = Math.floor(n / 10);
  let t = 0;
  let sum = 0;
  let counted = 0;
  for (let i = 0; i < n; i++) {
    t += arrivals.exponential(perHourIn / 60);
    const service = services.exponential(perHourOut / 60);
    sim.scheduleAt(t, () => {
      windows.serve(service, (req) => {
        if (i >= warmUp) {
          sum += req.wait;
          counted++;
        }
      });
    });
  }
  sim.run();
  return sum / counted;
}

describe('windows as an M/M/c line (Erlang C)', () => {
  it('3 windows, λ = 50/h, μ = 20/h: Wq ≈ 4.21 min lies in the 95% CI of 10 replications', () => {
    // a = λ/μ = 2.5, ρ = a/c = 0.8333; a³/3! = 2.6042, ÷ (1 − ρ) = 15.625;
    // Σ_{k<3} a^k/k! = 1 + 2.5 + 3.125 = 6.625; C = 15.625 / (6.625 + 15.625) = 0.70225;
    // Wq = C / (cμ − λ) = 0.70225 / (60 − 50) h = 0.070225 h = 4.2135 min.
    expect(erlangC(3, 50 / 60, 3).meanWait).toBeCloseTo(4.2135, 4); // per minute, minutes
    const waits = Array.from({ length: 10 }, (_, r) => mmcMeanWait(3, 50, 20, 20_000, 1000 + r));
    const s = summarize(waits);
    expect(s.low).toBeLessThanOrEqual(4.2135);
    expect(s.high).toBeGreaterThanOrEqual(4.2135);
    // The CI is tight enough to mean something: ± 10% of Wq.
    expect(s.halfWidth95).toBeLessThan(0.42);
  });
});
