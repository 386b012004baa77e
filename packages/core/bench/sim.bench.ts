// Throughput of the simulation kernel on the M/M/c validation model (λ = 50/h, c = 8, mean service
// 8 min), 10,000 simulated hours (≈ 500,000 customers) per iteration, against a minimal
// hand-written heap loop of the same model drawing from the same kind of random stream.
// Customers per second = (customers per iteration, printed below) × hz, per second of CPU time
// (see cpu-clock.ts).

import { createResource, createSimulation, RandomStream } from '@gd-ftz/core';
import { bench, describe } from 'vitest';
import { cpuNow } from './cpu-clock';

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

/**
 * The baseline: one binary heap of departure times (typed array), the next arrival kept aside, a
 * FIFO ring of waiting arrival times, wait and busy-time sums. No cancellation, no callbacks.
 */
function minimalLoop(seed: number): number {
  const root = RandomStream.fromSeed(seed);
  const arrivals = root.substream('arrivals');
  const services = root.substream('services');
  const heap = new Float64Array(SERVERS + 1);
  let heapSize = 0;
  let ring = new Float64Array(1024);
  let head = 0;
  let waiting = 0;
  let busy = 0;
  let now = 0;
  let lastChange = 0;
  let busyArea = 0;
  let waitSum = 0;
  let delayed = 0;
  let served = 0;
  let nextArrival = arrivals.exponential(LAMBDA);
  const push = (t: number): void => {
    let i = heapSize++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((heap[p] as number) <= t) break;
      heap[i] = heap[p] as number;
      i = p;
    }
    heap[i] = t;
  };
  const pop = (): number => {
    const top = heap[0] as number;
    const last = heap[--heapSize] as number;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= heapSize) break;
      if (c + 1 < heapSize && (heap[c + 1] as number) < (heap[c] as number)) c++;
      if (last <= (heap[c] as number)) break;
      heap[i] = heap[c] as number;
      i = c;
    }
    heap[i] = last;
    return top;
  };
  for (;;) {
    const nextDeparture = heapSize > 0 ? (heap[0] as number) : Number.POSITIVE_INFINITY;
    if (nextArrival <= nextDeparture) {
      if (nextArrival >= END) break;
      now = nextArrival;
      busyArea += busy * (now - lastChange);
      lastChange = now;
      if (busy < SERVERS) {
        busy++;
        push(now + services.exponential(MU));
      } else {
        if (waiting === ring.length) {
          const grown = new Float64Array(ring.length * 2);
          for (let i = 0; i < waiting; i++) grown[i] = ring[(head + i) % ring.length] as number;
          ring = grown;
          head = 0;
        }
        ring[(head + waiting) % ring.length] = now;
        waiting++;
      }
      nextArrival = now + arrivals.exponential(LAMBDA);
    } else {
      if (nextDeparture >= END) break;
      now = pop();
      busyArea += busy * (now - lastChange);
      lastChange = now;
      served++;
      if (waiting > 0) {
        const arrivedAt = ring[head] as number;
        head = (head + 1) % ring.length;
        waiting--;
        waitSum += now - arrivedAt;
        delayed++;
        push(now + services.exponential(MU));
      } else {
        busy--;
      }
    }
  }
  if (waitSum < 0 || delayed < 0 || busyArea < 0) throw new Error('unreachable: keeps the statistics live');
  return served;
}

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
