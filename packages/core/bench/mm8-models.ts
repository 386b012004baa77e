// Hand-written models of the M/M/8 of sim.bench.ts (λ = 50/h, c = 8, mean service 8 min, 10,000
// simulated hours, the same random streams) for the bound benches of issue #14 (fifth pass):
// - minimalLoop: the minimal hand-written heap loop, the baseline of sim.bench.ts;
// - dispatchOnly: the kernel's event dispatch (createSimulation, schedule, run) with the queue kept
//   by hand in the callbacks: counters, a ring of arrival times, a sum of waits, a busy area —
//   exactly the loop's own work, and no Resource;
// - featureFloor: as dispatchOnly, plus the least a Resource must keep to offer its features,
//   written by hand with nothing else: each customer's arrival, service and start times and state
//   in typed arrays (a slot per customer in the system, recycled; no object per customer), the
//   waits' tally (count, Welford mean and M2, min, max, sum) and the time-weighted busy and queue
//   areas, updated at each change of level as Resource does. No argument checks, no opening hours,
//   no preemption or cancellation branches, no onDone callback.
// Each bench file runs one of these beside the loop, in its own worker: models that share the
// kernel's run loop in one process would make its callback call site megamorphic and slow each
// other down (measured: the kernel 106 ms alone, 110 ms beside the two others).

import { createSimulation, RandomStream, type Simulation } from '@gd-ftz/core';

export const HOURS = 10_000;
const LAMBDA = 50 / 60;
const MU = 1 / 8;
const SERVERS = 8;
const END = HOURS * 60;

function streams(seed: number): { arrivals: RandomStream; services: RandomStream } {
  const root = RandomStream.fromSeed(seed);
  return { arrivals: root.substream('arrivals'), services: root.substream('services') };
}

/** The minimal loop of sim.bench.ts, unchanged (the baseline). */
export function minimalLoop(seed: number): number {
  const { arrivals, services } = streams(seed);
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

// A ring of arrival times for rows 3 and 4: more than the longest line of a 10,000-hour run
// (a few hundred), so it never wraps onto itself; a model that outgrew it would fail its count.
const RING = 1 << 16;
const RING_MASK = RING - 1;

// Mutable doubles live in object fields, not in `let`s captured by the callbacks: V8 boxes a
// captured double anew on every write (measured: the floor model 113 ms per run with closure
// variables, against the kernel's 106 ms).

/** The queue of dispatchOnly: the loop's own state. */
class HandQueue {
  head = 0;
  waiting = 0;
  busy = 0;
  lastChange = 0;
  busyArea = 0;
  waitSum = 0;
  delayed = 0;
  served = 0;
}

/** The kernel's dispatch, the queue kept by hand (the loop's own work, no Resource). */
export function dispatchOnly(seed: number): number {
  const { arrivals, services } = streams(seed);
  const sim = createSimulation();
  const ring = new Float64Array(RING);
  const q = new HandQueue();
  const depart = (): void => {
    const now = sim.now;
    q.busyArea += q.busy * (now - q.lastChange);
    q.lastChange = now;
    q.served++;
    if (q.waiting > 0) {
      q.waitSum += now - (ring[q.head] as number);
      q.head = (q.head + 1) & RING_MASK;
      q.waiting--;
      q.delayed++;
      sim.schedule(services.exponential(MU), depart);
    } else {
      q.busy--;
    }
  };
  const arrive = (): void => {
    const now = sim.now;
    q.busyArea += q.busy * (now - q.lastChange);
    q.lastChange = now;
    if (q.busy < SERVERS) {
      q.busy++;
      sim.schedule(services.exponential(MU), depart);
    } else {
      ring[(q.head + q.waiting) & RING_MASK] = now;
      q.waiting++;
    }
    sim.schedule(arrivals.exponential(LAMBDA), arrive);
  };
  sim.schedule(arrivals.exponential(LAMBDA), arrive);
  sim.run({ until: END });
  if (q.waitSum < 0 || q.delayed < 0 || q.busyArea < 0 || q.waiting >= RING) throw new Error('unreachable');
  return q.served;
}

/**
 * The least a Resource keeps (see the top): per-customer slots in typed arrays, a FIFO line of
 * slots, the time-weighted areas, counters and the waits' tally; methods as small as Resource's.
 */
class ResourceFloor {
  private slotCapacity = 64;
  private arrival = new Float64Array(64);
  private owed = new Float64Array(64);
  private start = new Float64Array(64);
  private state = new Uint8Array(64);
  private free = new Int32Array(64);
  private freeCount = 64;
  private readonly line = new Int32Array(RING);
  private head = 0;
  waiting = 0;
  private busy = 0;
  private lastChange = 0;
  busyArea = 0;
  queueArea = 0;
  private maxQueue = 0;
  started = 0;
  completed = 0;
  delayed = 0;
  private n = 0;
  mean = 0;
  m2 = 0;
  lo = 0;
  hi = 0;
  total = 0;
  private readonly departCallback: (slot: number) => void;

  constructor(private readonly sim: Simulation) {
    for (let i = 0; i < 64; i++) this.free[i] = 63 - i;
    this.departCallback = (slot) => this.depart(slot);
  }

  arrive(service: number): void {
    if (this.freeCount === 0) this.grow();
    const slot = this.free[--this.freeCount] as number;
    const now = this.sim.now;
    this.arrival[slot] = now;
    this.owed[slot] = service;
    this.start[slot] = Number.NaN;
    this.state[slot] = 0;
    if (this.busy < SERVERS && this.waiting === 0) {
      this.begin(slot);
      return;
    }
    this.line[(this.head + this.waiting) & RING_MASK] = slot;
    this.advance(now);
    if (++this.waiting > this.maxQueue) this.maxQueue = this.waiting;
  }

  private begin(slot: number): void {
    const now = this.sim.now;
    this.start[slot] = now;
    const wait = now - (this.arrival[slot] as number);
    const n = ++this.n;
    const delta = wait - this.mean;
    this.mean += delta / n;
    this.m2 += delta * (wait - this.mean);
    this.total += wait;
    if (n === 1 || wait < this.lo) this.lo = wait;
    if (n === 1 || wait > this.hi) this.hi = wait;
    this.started++;
    if (wait > 0) this.delayed++;
    this.state[slot] = 1;
    this.advance(now);
    this.busy++;
    this.sim.schedule(this.owed[slot] as number, this.departCallback, slot);
  }

  private depart(slot: number): void {
    this.owed[slot] = 0;
    this.state[slot] = 2;
    this.free[this.freeCount++] = slot;
    this.completed++;
    this.advance(this.sim.now);
    this.busy--;
    if (this.waiting > 0) {
      const next = this.line[this.head] as number;
      this.head = (this.head + 1) & RING_MASK;
      this.advance(this.sim.now);
      this.waiting--;
      this.begin(next);
    }
  }

  private advance(now: number): void {
    const dt = now - this.lastChange;
    if (dt > 0) {
      this.busyArea += this.busy * dt;
      this.queueArea += this.waiting * dt;
      this.lastChange = now;
    }
  }

  private grow(): void {
    const old = this.slotCapacity;
    const next = old * 2;
    const a = new Float64Array(next);
    a.set(this.arrival);
    this.arrival = a;
    const o = new Float64Array(next);
    o.set(this.owed);
    this.owed = o;
    const s = new Float64Array(next);
    s.set(this.start);
    this.start = s;
    const st = new Uint8Array(next);
    st.set(this.state);
    this.state = st;
    this.free = new Int32Array(next);
    for (let i = 0; i < next - old; i++) this.free[i] = next - 1 - i;
    this.freeCount = next - old;
    this.slotCapacity = next;
  }
}

/** As dispatchOnly, plus the least state and statistics a Resource keeps (see the top). */
export function featureFloor(seed: number): number {
  const { arrivals, services } = streams(seed);
  const sim = createSimulation();
  const desk = new ResourceFloor(sim);
  const arrive = (): void => {
    desk.arrive(services.exponential(MU));
    sim.schedule(arrivals.exponential(LAMBDA), arrive);
  };
  sim.schedule(arrivals.exponential(LAMBDA), arrive);
  sim.run({ until: END });
  const d = desk;
  if (
    d.busyArea < 0 ||
    d.queueArea < 0 ||
    d.m2 < 0 ||
    d.lo > d.hi ||
    d.total < 0 ||
    d.started < d.delayed ||
    d.waiting >= RING
  )
    throw new Error('unreachable: keeps the statistics live');
  return d.completed;
}
