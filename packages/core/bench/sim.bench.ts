// Throughput of the simulation kernel on the M/M/c validation model (λ = 50/h, c = 8, mean service
// 8 min), 10,000 simulated hours (≈ 500,000 customers) per iteration, against a minimal
// hand-written heap loop of the same model drawing from the same kind of random stream.
// Customers per second = (customers per iteration, printed below) × hz, per second of CPU time
// (see cpu-clock.ts).

import { createResource, createSimulation, RandomStream } from '@gd-ftz/core';
import { bench, describe } from 'vitest';
import { cpuNow } from './cpu-clock';
import { minimalLoop } from './mm8-models';

const HOURS = 10_000;
const LAMBDA = 50 / 60; // arrivals per minute
const MU = 1 / 8; // services per minute
const SERVERS = 8;
const END = HOURS * 60;

/** The model on the kernel: returns the number of customers served. */
function kernelModel(seed: number): number {
  const root = RandomStream.fromSeed(seed);
  const arrivals = root.substream('arrivals');
  const services = root.substream('services');
  const sim = createSimulation();
  const desk = createResource(sim, { capacity: SERVERS, keepWaits: false });
  const arrive = (): void => {
    desk.serve(services.exponential(MU));
    sim.schedule(arrivals.exponential(LAMBDA), arrive);
  };
  sim.schedule(arrivals.exponential(LAMBDA), arrive);
  sim.run({ until: END });
  return desk.stats().completed;
}

// The baseline, `minimalLoop` (mm8-models.ts): one binary heap of departure times (typed array), the
// next arrival kept aside, a FIFO ring of waiting arrival times, wait and busy-time sums. No
// cancellation, no callbacks.

const kernelCustomers = kernelModel(1);
const loopCustomers = minimalLoop(1);
console.log(
  `M/M/8, ${HOURS} simulated hours: kernel serves ${kernelCustomers} customers per iteration, ` +
    `minimal loop ${loopCustomers}; customers/s = customers × hz`,
);

let seed = 1;
describe(`M/M/c ${HOURS} h (≈ ${kernelCustomers} customers)`, () => {
  bench(
    'kernel (createSimulation + createResource.serve)',
    () => {
      kernelModel(seed++);
    },
    { time: 3000, warmupIterations: 2, now: cpuNow },
  );
  bench(
    'minimal hand-written heap loop (baseline)',
    () => {
      minimalLoop(seed++);
    },
    { time: 3000, warmupIterations: 2, now: cpuNow },
  );
});
