// The channel simulation: a queue checked against M/M/1 theory, the statutory calendar gating a
// cloud seat, and properties (conservation, opening hours, monotone in cloud seats).

import { civilDate, parseParams, RandomStream, summarize, toEpochDay } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChannelConfig, runChannels } from '../src/channels';
import { CLASS_ORDER } from '../src/items';
import { PARAMS } from '../src/params';
import { type Population, populationOf } from '../src/population';
import { runBatch } from '../src/simulate';

const START = civilDate('2025-01-01');

/** A hand-made population of one class, all taxpayers alike. */
function handMade(
  itemClass: (typeof CLASS_ORDER)[number],
  arrivals: number[],
  service: number[],
  ready = 0,
): Population {
  const n = arrivals.length;
  return {
    n,
    startDate: START,
    arrival: Float64Array.from(arrivals),
    cls: new Uint8Array(n).fill(CLASS_ORDER.indexOf(itemClass)),
    ready: new Uint8Array(n).fill(ready),
    inPerson: new Uint8Array(n),
    travel: new Float64Array(n),
    eService: Float64Array.from(service),
    ePatience: new Float64Array(n).fill(1),
    eBack: new Float64Array(n).fill(1),
  };
}

const loungeOnly = (lounge: number, cloud = 0): ChannelConfig => ({
  variant: 'reform',
  plan: { windows: 0, cloud, lounge, backOffice: 1 },
  jointRooms: 0,
  minutes: { window: 10, lounge: 10, cloud: 10, etax: 3 },
  patience: null,
  hours: 'always',
});

describe('the lounge as M/M/1', () => {
  it('λ = 4/h, μ = 6/h: Wq = λ/(μ(μ−λ)) = 4/(6·2) h = 20 min lies inside the 95% CI', () => {
    // Consultation only, always open, no abandonment: arrivals Poisson (mean gap 15 min), service
    // exponential with mean 10 min (the class workload cancels against the calibration norm).
    const means: number[] = [];
    for (let rep = 0; rep < 12; rep++) {
      const rng = RandomStream.fromSeed(1000 + rep);
      const arrivals: number[] = [];
      const service: number[] = [];
      let t = 0;
      for (let i = 0; i < 4000; i++) {
        t += rng.exponential(1 / 15);
        arrivals.push(t);
        service.push(rng.exponential(1));
      }
      const out = runChannels(handMade('consultation', arrivals, service), loungeOnly(1));
      // Skip the first 500 of each replication: the queue starts empty (warm-up).
      const waits = Array.from(out.wait).slice(500);
      means.push(waits.reduce((a, b) => a + b, 0) / waits.length);
    }
    const s = summarize(means);
    // Seeds 1000–1011 give a mean of about 20 min with a CI of roughly ±1.5 min.
    expect(s.low).toBeLessThanOrEqual(20);
    expect(s.high).toBeGreaterThanOrEqual(20);
  });
});

describe('the statutory calendar gates the cloud seats', () => {
  it('a cloud request at 17:30 on 2025-01-27 starts at 09:00 on 2025-02-05, after the Spring Festival', () => {
    // 17:30 is closing time; 01-28 … 02-04 are days off (春节); 02-05 is the first working day.
    const day = toEpochDay('2025-01-27') - toEpochDay(START);
    const pop = handMade('filing', [day * 1440 + 17 * 60 + 30], [1], 0);
    const config: ChannelConfig = { ...loungeOnly(1, 1), hours: 'service' };
    const out = runChannels(pop, config);
    const start = out.frontStart[0] as number;
    const expected = (toEpochDay('2025-02-05') - toEpochDay(START)) * 1440 + 9 * 60;
    expect([out.channel[0], start]).toEqual([2, expected]);
  });
});

const smallParams = fc.record({
  requests: fc.integer({ min: 100, max: 600 }),
  windowStaff: fc.integer({ min: 2, max: 6 }),
  backOfficeStaff: fc.integer({ min: 1, max: 4 }),
  digitalReadiness: fc.double({ min: 0.5, max: 0.95, noNaN: true }),
  patienceMinutes: fc.double({ min: 5, max: 120, noNaN: true }),
});

describe('properties', () => {
  it('requests arrived = completed + abandoned + in progress, at any stopping time', () => {
    fc.assert(
      fc.property(smallParams, fc.integer({ min: 0, max: 364 * 1440 }), fc.nat(), (raw, until, seed) => {
        const p = parseParams(PARAMS, raw);
        const r = runBatch(p, seed, { until });
        for (const out of [r.baseline, r.reform]) {
          let arrived = 0;
          let completed = 0;
          let abandoned = 0;
          let inProgress = 0;
          for (let i = 0; i < r.pop.n; i++) {
            if ((r.pop.arrival[i] as number) >= until) {
              expect(Number.isNaN(out.completion[i] as number) && out.abandoned[i] === 0).toBe(true);
              continue;
            }
            arrived++;
            const done = !Number.isNaN(out.completion[i] as number);
            expect(done && out.abandoned[i] === 1).toBe(false);
            if (done) completed++;
            else if (out.abandoned[i] === 1) abandoned++;
            else inProgress++;
          }
          expect(completed + abandoned + inProgress).toBe(arrived);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('no staffed service starts outside the service hours of the statutory calendar', () => {
    fc.assert(
      fc.property(smallParams, fc.nat(), (raw, seed) => {
        const r = runBatch(parseParams(PARAMS, raw), seed);
        for (const out of [r.baseline, r.reform]) {
          for (let i = 0; i < r.pop.n; i++) {
            for (const t of [out.frontStart[i] as number, out.backStart[i] as number]) {
              if (!Number.isNaN(t)) expect(out.hours.isOpen(t)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 10 },
    );
  });

  it('one more cloud seat never lengthens any wait (FIFO, no abandonment, same seed)', () => {
    fc.assert(
      fc.property(smallParams, fc.integer({ min: 1, max: 3 }), fc.nat(), (raw, seats, seed) => {
        const p = parseParams(PARAMS, raw);
        const pop = populationOf(p, seed);
        const config = (cloud: number): ChannelConfig => ({
          variant: 'reform',
          plan: { windows: 0, cloud, lounge: 1, backOffice: p.backOfficeStaff },
          jointRooms: 1,
          minutes: {
            window: p.windowMinutes,
            lounge: p.reformMinutes,
            cloud: p.cloudMinutes,
            etax: p.etaxMinutes,
          },
          patience: null,
        });
        const fewer = runChannels(pop, config(seats));
        const more = runChannels(pop, config(seats + 1));
        for (let i = 0; i < pop.n; i++) {
          if (fewer.channel[i] === 2)
            expect(more.wait[i] as number).toBeLessThanOrEqual((fewer.wait[i] as number) + 1e-9);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('a seed fixes every outcome', () => {
    const p = parseParams(PARAMS, { requests: 400 });
    const a = runBatch(p, 9);
    const b = runBatch(p, 9);
    expect(Array.from(b.reform.completion)).toEqual(Array.from(a.reform.completion));
    expect(Array.from(b.baseline.wait)).toEqual(Array.from(a.baseline.wait));
  });
});
