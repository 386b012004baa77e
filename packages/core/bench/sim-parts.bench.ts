// Where the kernel's time goes on the M/M/8 model of sim.bench.ts (issue #14, fourth pass): the same
// model with its random draws taken out (every inter-arrival and service time drawn once, before
// timing, into tables), so the kernel and the minimal heap loop are compared on their own work;
// and the loop again with one request-shaped object per customer, kept while the customer is in
// the system as the kernel keeps its ResourceRequest, to price that object apart from the rest.
// Per second of CPU time (see cpu-clock.ts).

import { createResource, createSimulation, RandomStream } from '@gd-ftz/core';
import { bench, describe } from 'vitest';
import { cpuNow } from './cpu-clock';

const HOURS = 10_000;
const LAMBDA = 50 / 60;
const MU = 1 / 8;
const SERVERS = 8;
const END = HOURS * 60;
// About 500,000 customers arrive in 10,000 hours; the tables leave a margin (a model that ran off
// their end would read undefined and fail loudly in `serve` or `schedule`).
const DRAWS = 600_000;

const root = RandomStream.fromSeed(1);
const arrivalStream = root.substream('arrivals');
const serviceStream = root.substream('services');
const gaps = new Float64Array(DRAWS);
const services = new Float64Array(DRAWS);
for (let i = 0; i < DRAWS; i++) {
  gaps[i] = arrivalStream.exponential(LAMBDA);
  services[i] = serviceStream.exponential(MU);
}

/** The kernel model of sim.bench.ts, reading its draws from the tables. */
function kernelModel(): number {
  let a = 0;
  let s = 0;
  const sim = createSimulation();
  const desk = createResource(sim, { capacity: SERVERS, keepWaits: false });
  const arrive = (): void => {
    desk.serve(services[s++] as number);
    sim.schedule(gaps[a++] as number, arrive);
  };
  sim.schedule(gaps[a++] as number, arrive);
  sim.run({ until: END });
  return desk.stats().completed;
}

/** The shape of the kernel's ResourceRequest: 12 fields, 4 of them doubles (boxed by V8). */
class RequestShape {
  code: number;
  readonly owner: object;
  readonly arrival: number;
  readonly priority: number;
  readonly data: undefined;
  readonly onGrant: null;
  readonly onDone: null;
  remaining: number;
  start: number;
  spellStart: number;
  preemptions: number;
  completion: number;
  constructor(owner: object, arrival: number, service: number) {
    this.code = 0;
    this.owner = owner;
    this.arrival = arrival;
    this.priority = 0;
    this.data = undefined;
    this.onGrant = null;
    this.onDone = null;
    this.remaining = service;
    this.start = Number.NaN;
    this.spellStart = Number.NaN;
    this.preemptions = 0;
    this.completion = -1;
  }
}

/**
 * The minimal heap loop of sim.bench.ts on the tables; with `requests`, each customer also gets a
 * RequestShape, held beside its departure (by heap position) or in the waiting ring, and updated
 * when its service starts and ends, as the kernel does with its requests.
 */
function minimalLoop(requests: boolean): number {
  let a = 0;
  let s = 0;
  const owner = {};
  const heap = new Float64Array(SERVERS + 1);
  const held: (RequestShape | undefined)[] = new Array(SERVERS + 1).fill(undefined);
  let heapSize = 0;
  // Waiting customers: arrival time and service time (drawn at arrival, as the kernel's `serve`).
  let ring = new Float64Array(1024);
  let ringService = new Float64Array(1024);
  let ringHeld: (RequestShape | undefined)[] = new Array(1024).fill(undefined);
  let head = 0;
  let waiting = 0;
  let busy = 0;
  let now = 0;
  let lastChange = 0;
  let busyArea = 0;
  let waitSum = 0;
  let delayed = 0;
  let served = 0;
  let nextArrival = gaps[a++] as number;
  const push = (t: number, request: RequestShape | undefined): void => {
    let i = heapSize++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((heap[p] as number) <= t) break;
      heap[i] = heap[p] as number;
      if (requests) held[i] = held[p];
      i = p;
    }
    heap[i] = t;
    if (requests) held[i] = request;
  };
  const pop = (): number => {
    const top = heap[0] as number;
    const done = held[0];
    if (done !== undefined) {
      done.code = 2;
      done.remaining = 0;
    }
    const last = heap[--heapSize] as number;
    const lastHeld = held[heapSize];
    held[heapSize] = undefined;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= heapSize) break;
      if (c + 1 < heapSize && (heap[c + 1] as number) < (heap[c] as number)) c++;
      if (last <= (heap[c] as number)) break;
      heap[i] = heap[c] as number;
      if (requests) held[i] = held[c];
      i = c;
    }
    heap[i] = last;
    held[i] = lastHeld;
    return top;
  };
  for (;;) {
    const nextDeparture = heapSize > 0 ? (heap[0] as number) : Number.POSITIVE_INFINITY;
    if (nextArrival <= nextDeparture) {
      if (nextArrival >= END) break;
      now = nextArrival;
      busyArea += busy * (now - lastChange);
      lastChange = now;
      const service = services[s++] as number;
      const request = requests ? new RequestShape(owner, now, service) : undefined;
      if (busy < SERVERS) {
        busy++;
        if (request !== undefined) {
          request.code = 1;
          request.start = now;
          request.spellStart = now;
        }
        push(now + service, request);
      } else {
        if (waiting === ring.length) {
          const grown = new Float64Array(ring.length * 2);
          const grownService = new Float64Array(ring.length * 2);
          const grownHeld: (RequestShape | undefined)[] = new Array(ring.length * 2).fill(undefined);
          for (let i = 0; i < waiting; i++) {
            grown[i] = ring[(head + i) % ring.length] as number;
            grownService[i] = ringService[(head + i) % ring.length] as number;
            grownHeld[i] = ringHeld[(head + i) % ring.length];
          }
          ring = grown;
          ringService = grownService;
          ringHeld = grownHeld;
          head = 0;
        }
        ring[(head + waiting) % ring.length] = now;
        ringService[(head + waiting) % ring.length] = service;
        ringHeld[(head + waiting) % ring.length] = request;
        waiting++;
      }
      nextArrival = now + (gaps[a++] as number);
    } else {
      if (nextDeparture >= END) break;
      now = pop();
      busyArea += busy * (now - lastChange);
      lastChange = now;
      served++;
      if (waiting > 0) {
        const arrivedAt = ring[head] as number;
        const service = ringService[head] as number;
        const request = ringHeld[head];
        ringHeld[head] = undefined;
        head = (head + 1) % ring.length;
        waiting--;
        waitSum += now - arrivedAt;
        delayed++;
        if (request !== undefined) {
          request.code = 1;
          request.start = now;
          request.spellStart = now;
        }
        push(now + service, request);
      } else {
        busy--;
      }
    }
  }
  if (waitSum < 0 || delayed < 0 || busyArea < 0) throw new Error('unreachable: keeps the statistics live');
  return served;
}

console.log(
  `M/M/8 on pre-drawn tables, ${HOURS} simulated hours: kernel serves ${kernelModel()}, ` +
    `minimal loop ${minimalLoop(false)}, with request objects ${minimalLoop(true)}`,
);

describe(`M/M/8 ${HOURS} h, draws taken out (pre-drawn tables)`, () => {
  bench('kernel on tables', () => void kernelModel(), { time: 3000, warmupIterations: 2, now: cpuNow });
  bench('minimal loop on tables', () => void minimalLoop(false), {
    time: 3000,
    warmupIterations: 2,
    now: cpuNow,
  });
  bench('minimal loop on tables + one request object per customer', () => void minimalLoop(true), {
    time: 3000,
    warmupIterations: 2,
    now: cpuNow,
  });
});
