// Validation of the simulation kernel against queueing theory: an M/M/c queue (Poisson arrivals,
// exponential services, c servers, FIFO) has the closed-form Erlang C results below.
import { describe, expect, it } from 'vitest';
import type { RandomStream } from '../src/random/index';
import { createResource, createSimulation, erlangC, replicate } from '../src/sim/index';

const LAMBDA_PER_HOUR = 50; // arrivals per hour
const MEAN_SERVICE_MIN = 8; // minutes
const SERVERS = 8;

/**
 * Erlang C, written out: offered load a = λ/μ = 50 / 7.5 = 6.6667 Erlangs, ρ = a / c = 0.8333.
 *   Σ_{k=0}^{7} a^k / k!          = 509.3744
 *   a^8 / 8!                       = 96.7719,  divided by (1 − ρ) = 580.6316
 *   C(c, a) = 580.6316 / (509.3744 + 580.6316) = 0.53269      (probability of waiting)
 *   Wq = C / (cμ − λ) = 0.53269 / (60 − 50) per hour = 0.053269 h = 3.1961 min
 *   utilization = ρ = 0.8333
 */
function theoryOf(): { pWait: number; wq: number; rho: number } {
  const e = erlangC(SERVERS, LAMBDA_PER_HOUR / 60, MEAN_SERVICE_MIN); // per minute, minutes
  return { pWait: e.pWait, wq: e.meanWait, rho: e.utilization };
}

const WARM_UP_HOURS = 100;
const HOURS = 2000;
const REPLICATIONS = 20;

function mmcReplication(stream: RandomStream): { wq: number; pWait: number; utilization: number } {
  const sim = createSimulation();
  const desk = createResource(sim, { capacity: SERVERS, keepWaits: false, name: 'mmc' });
  const arrivals = stream.substream('arrivals');
  const services = stream.substream('services');
  const lambda = LAMBDA_PER_HOUR / 60; // per minute
  const mu = 1 / MEAN_SERVICE_MIN; // per minute
  const arrive = (): void => {
    desk.serve(services.exponential(mu));
    sim.schedule(arrivals.exponential(lambda), arrive);
  };
  sim.schedule(arrivals.exponential(lambda), arrive);
  sim.run({ until: WARM_UP_HOURS * 60 });
  desk.resetStats();
  sim.run({ until: (WARM_UP_HOURS + HOURS) * 60 });
  const s = desk.stats();
  return { wq: s.meanWait, pWait: s.probabilityOfWait, utilization: s.utilization };
}

describe('M/M/c validation (λ = 50/h, c = 8, mean service 8 min)', () => {
  it('the Erlang C formula gives the textbook figures', () => {
    const theory = theoryOf();
    expect(theory.rho).toBeCloseTo(0.8333, 4);
    expect(theory.pWait).toBeCloseTo(0.5327, 4);
    expect(theory.wq).toBeCloseTo(3.196, 3);
  });

  it('simulated mean wait, P(wait > 0) and utilization fall within the replications’ 95% CIs', () => {
    const theory = theoryOf();
    const ci = replicate(REPLICATIONS, 2023_59, mmcReplication);
    expect(ci.wq.n).toBe(REPLICATIONS);
    expect(ci.wq.low).toBeLessThanOrEqual(theory.wq);
    expect(ci.wq.high).toBeGreaterThanOrEqual(theory.wq);
    expect(ci.pWait.low).toBeLessThanOrEqual(theory.pWait);
    expect(ci.pWait.high).toBeGreaterThanOrEqual(theory.pWait);
    expect(ci.utilization.low).toBeLessThanOrEqual(theory.rho);
    expect(ci.utilization.high).toBeGreaterThanOrEqual(theory.rho);
    // The intervals are informative, not vacuous: each is narrow relative to the value.
    expect(ci.wq.halfWidth95).toBeLessThan(0.1 * theory.wq);
    expect(ci.pWait.halfWidth95).toBeLessThan(0.05 * theory.pWait);
    expect(ci.utilization.halfWidth95).toBeLessThan(0.02 * theory.rho);
  });

  it('is deterministic for a seed', () => {
    const model = (s: RandomStream) => {
      const r = mmcReplicationShort(s);
      return r;
    };
    expect(replicate(2, 7, model)).toEqual(replicate(2, 7, model));
  });
});

function mmcReplicationShort(stream: RandomStream): { wq: number; served: number } {
  const sim = createSimulation();
  const desk = createResource(sim, { capacity: SERVERS });
  const arrivals = stream.substream('arrivals');
  const services = stream.substream('services');
  const arrive = (): void => {
    desk.serve(services.exponential(1 / MEAN_SERVICE_MIN));
    sim.schedule(arrivals.exponential(LAMBDA_PER_HOUR / 60), arrive);
  };
  sim.schedule(0, arrive);
  sim.run({ until: 24 * 60 });
  const s = desk.stats();
  return { wq: s.meanWait, served: s.completed };
}
