// Two ways to run the same year: an event-driven scheduler (a bucket queue over integer event
// keys), which touches a unit only on the days something happens to it, and a day-stepped scan of
// every unit and hazard on every day (the bench's same-run baseline). Both fire events in (day,
// type, entity) order as far as it matters: entities of one type on one day never depend on each
// other's order.
import { ConfigurationError } from '@gd-ftz/core';
import type { Scratch } from './scratch';

/** Event types in their order within a day. Unit events first, then hazard events. */
export const EV = {
  register: 0,
  request: 1,
  inspect: 2,
  visit: 3,
  selfFound: 4,
} as const;
export type EventType = (typeof EV)[keyof typeof EV];
const TYPES = 5;
/** Which entity an event type addresses. */
export const IS_HAZARD_EVENT: readonly boolean[] = [false, false, false, false, true];

/** What fires one event. */
export type Handler = (day: number, type: EventType, entity: number) => void;

/**
 * Reads ahead what the events `entities[from .. to)` of `type` will touch. Only a speed-up: an
 * event's memory is far apart from the next one's, and a tight loop of independent reads lets the
 * processor fetch many of those cache lines at once, where the handlers would wait for each in turn.
 */
export type Prefetch = (type: EventType, entities: ArrayLike<number>, from: number, to: number) => void;

/** Events per prefetch pass: their cache lines (a few kB) stay in the first-level caches. */
const PREFETCH_BATCH = 64;

/** A scheduler: queue an event, then run them all in order. */
export interface Scheduler {
  schedule(day: number, type: EventType, entity: number): void;
  /**
   * Queues `type` on `day` for each entity of `from .. to - 1`, in that order: for a run of
   * neighbouring entities (a day's inspection requests, units being stored in due-date order),
   * without an entry per event. Before `run` only. Within a key, the event-driven scheduler fires
   * the ranges first (in the order queued), then the single events.
   */
  scheduleRange(day: number, type: EventType, from: number, to: number): void;
  /**
   * Runs every queued event (and those they queue) through `handler`; returns how many fired.
   * `prefetch`, when given, is shown each batch of one key's events before they fire.
   */
  run(handler: Handler, prefetch?: Prefetch): number;
}

/**
 * Event-driven, keyed `day × 8 + type`, so a day's events come out type by type, and in insertion
 * order within a type. The events queued before `run` (the year's initial events, most of them)
 * are put in key order at once by a counting sort: one pass to count the events of each key, one
 * to place them, so each key's events lie side by side and firing them reads memory in order. The
 * events handlers queue while running are appended to a list per key (linked through typed
 * arrays: no array per key and no garbage for the million or so run-time events of a province),
 * fired after that key's sorted events: exactly the order of a binary heap keyed by (key, insertion number), since every
 * initial event was inserted before any run-time one. A handler only ever queues for a later key
 * (a request books a later inspection, an inspection the next request); a key before the one
 * firing is refused. Its arrays come from `scratch` when given (reused between runs), sized for
 * `expected` initial events (they grow past it).
 * @example
 * const s = heapScheduler(); s.schedule(19_800, EV.request, 0); s.run(handler);
 */
export function heapScheduler(scratch?: Scratch, expected = 1 << 16): Scheduler {
  const int32 = (name: string, length: number) =>
    scratch ? scratch.int32(name, length) : new Int32Array(length);
  // Before run: (key, entity) pairs in insertion order.
  let keys = int32('keys', expected);
  let ents = int32('entities', expected);
  let queued = 0;
  // Ranges queued before run: key, first entity, end.
  const rangeKeys: number[] = [];
  const rangeFrom: number[] = [];
  const rangeTo: number[] = [];
  // While running: bucket k holds key base + k; its sorted events are sorted[start[k] .. start[k + 1]),
  // the events queued for it while running are the list from head[k] to tail[k] (-1: none), each
  // node holding an entity and the next node.
  let base = 0;
  let current = -1;
  let running = false;
  let head = new Int32Array(0);
  let tail = new Int32Array(0);
  let lastListed = -1;
  let nodeEntity = int32('node-entities', Math.max(16, expected >> 1));
  let nodeNext = int32('node-next', nodeEntity.length);
  let nodes = 0;
  /** A buffer at least twice as long with the first `used` values of `a` (from the scratch when given). */
  const doubled = (name: string, a: Int32Array, used: number): Int32Array => {
    const b = scratch ? scratch.int32(name, a.length * 2) : new Int32Array(a.length * 2);
    if (b.buffer !== a.buffer) b.set(a.subarray(0, used));
    return b;
  };
  const batch = new Int32Array(PREFETCH_BATCH);
  return {
    schedule(day, type, entity) {
      const key = day * 8 + type;
      if (!running) {
        if (queued === keys.length) {
          const k = new Int32Array(queued * 2);
          k.set(keys);
          keys = k;
          const e = new Int32Array(queued * 2);
          e.set(ents);
          ents = e;
        }
        keys[queued] = key;
        ents[queued] = entity;
        queued++;
        return;
      }
      const k = key - base;
      if (k < current) throw new ConfigurationError('schedule', `event key ${key} is before the one firing`);
      if (k >= head.length) {
        const grown = new Int32Array(Math.max(k + 1, head.length * 2)).fill(-1);
        grown.set(head);
        head = grown;
        const t = new Int32Array(grown.length);
        t.set(tail);
        tail = t;
      }
      if (nodes === nodeEntity.length) {
        nodeEntity = doubled('node-entities', nodeEntity, nodes);
        nodeNext = doubled('node-next', nodeNext, nodes);
      }
      const node = nodes++;
      nodeEntity[node] = entity;
      nodeNext[node] = -1;
      if (head[k] === -1) head[k] = node;
      else nodeNext[tail[k] as number] = node;
      tail[k] = node;
      if (k > lastListed) lastListed = k;
    },
    scheduleRange(day, type, from, to) {
      if (running) throw new ConfigurationError('scheduleRange', 'ranges are queued before the run only');
      if (to <= from) return;
      rangeKeys.push(day * 8 + type);
      rangeFrom.push(from);
      rangeTo.push(to);
    },
    run(handler, prefetch) {
      // Counting sort of the initial events by key (stable: insertion order within a key).
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < queued; i++) {
        const key = keys[i] as number;
        if (key < lo) lo = key;
        if (key > hi) hi = key;
      }
      for (const key of rangeKeys) {
        if (key < lo) lo = key;
        if (key > hi) hi = key;
      }
      if (hi < lo) {
        lo = 0;
        hi = -1;
      }
      // The ranges in key order (stable: queued order within a key), taken as their keys come.
      const ranges = rangeKeys
        .map((_, i) => i)
        .sort((a, b) => (rangeKeys[a] as number) - (rangeKeys[b] as number));
      let nextRange = 0;
      base = lo;
      const buckets = hi - lo + 1;
      const start = int32('start', buckets + 1).fill(0);
      for (let i = 0; i < queued; i++) {
        const k = (keys[i] as number) - lo + 1;
        start[k] = (start[k] as number) + 1;
      }
      for (let k = 0; k < buckets; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
      const fill = int32('fill', buckets);
      fill.set(start.subarray(0, buckets));
      const sorted = int32('sorted', queued);
      for (let i = 0; i < queued; i++) {
        const k = (keys[i] as number) - lo;
        const at = fill[k] as number;
        sorted[at] = ents[i] as number;
        fill[k] = at + 1;
      }
      let fired = 0;
      head = new Int32Array(buckets).fill(-1);
      tail = new Int32Array(buckets);
      lastListed = -1;
      nodes = 0;
      running = true;
      // lastListed is re-read: a handler may queue past the last initial key.
      for (current = 0; current < buckets || current <= lastListed; current++) {
        const k = current;
        const key = k + base;
        const day = Math.floor(key / 8);
        const type = (key - day * 8) as EventType;
        // Ranges read neighbouring records in order: the hardware prefetcher serves them.
        while (nextRange < ranges.length && rangeKeys[ranges[nextRange] as number] === key) {
          const r = ranges[nextRange++] as number;
          const to = rangeTo[r] as number;
          for (let e = rangeFrom[r] as number; e < to; e++) handler(day, type, e);
          fired += to - (rangeFrom[r] as number);
        }
        if (k < buckets) {
          const from = start[k] as number;
          const to = start[k + 1] as number;
          // In batches small enough that what the prefetch reads is still in cache when used.
          for (let b = from; b < to; b += PREFETCH_BATCH) {
            const end = Math.min(b + PREFETCH_BATCH, to);
            prefetch?.(type, sorted, b, end);
            for (let i = b; i < end; i++) handler(day, type, sorted[i] as number);
          }
          fired += to - from;
        }
        // Events appended to this key while it fires come last, as on a heap: a node's next is
        // read after the batch holding it has fired. Batches of PREFETCH_BATCH, as above.
        let node = k < head.length ? (head[k] as number) : -1;
        while (node !== -1) {
          let m = 0;
          let lastNode = node;
          for (; node !== -1 && m < PREFETCH_BATCH; node = nodeNext[node] as number) {
            batch[m++] = nodeEntity[node] as number;
            lastNode = node;
          }
          prefetch?.(type, batch, 0, m);
          for (let i = 0; i < m; i++) handler(day, type, batch[i] as number);
          fired += m;
          node = nodeNext[lastNode] as number;
        }
      }
      running = false;
      rangeKeys.length = 0;
      rangeFrom.length = 0;
      rangeTo.length = 0;
      return fired;
    },
  };
}

/**
 * Day-stepped: a pending day per entity and event type; every day of `[from, to]` scans every
 * slot of every type. At most one pending event per (type, entity), which the year respects. Its
 * slots come from `scratch` when given, as the event-driven scheduler's queue does.
 * @example
 * const s = scanScheduler(units, hazards, yearStart, yearEnd);
 */
export function scanScheduler(
  units: number,
  hazards: number,
  from: number,
  to: number,
  scratch?: Scratch,
): Scheduler {
  const slots = Array.from({ length: TYPES }, (_, t) => {
    const length = IS_HAZARD_EVENT[t] ? hazards : units;
    return (scratch ? scratch.int32(`scan-${t}`, length) : new Int32Array(length)).fill(-1);
  });
  return {
    schedule(day, type, entity) {
      (slots[type] as Int32Array)[entity] = day;
    },
    scheduleRange(day, type, from, to) {
      (slots[type] as Int32Array).fill(day, from, to);
    },
    run(handler) {
      let fired = 0;
      for (let day = from; day <= to; day++) {
        for (let t = 0; t < TYPES; t++) {
          const s = slots[t] as Int32Array;
          for (let i = 0; i < s.length; i++) {
            if (s[i] === day) {
              s[i] = -1;
              handler(day, t as EventType, i);
              fired++;
            }
          }
        }
      }
      return fired;
    },
  };
}
