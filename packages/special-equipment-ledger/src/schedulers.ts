// Two ways to run the same year: an event-driven scheduler (a bucket queue over integer event
// keys), which touches a unit only on the days something happens to it, and a day-stepped scan of
// every unit and hazard on every day (the bench's same-run baseline). Both fire events in (day,
// type, entity) order as far as it matters: entities of one type on one day never depend on each
// other's order.
import { ConfigurationError } from '@gd-ftz/core';

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

/** A scheduler: queue an event, then run them all in order. */
export interface Scheduler {
  schedule(day: number, type: EventType, entity: number): void;
  /** Runs every queued event (and those they queue) through `handler`; returns how many fired. */
  run(handler: Handler): number;
}

/**
 * Event-driven, keyed `day × 8 + type`, so a day's events come out type by type, and in insertion
 * order within a type: a bucket queue over the integer keys (a FIFO list per key in typed arrays:
 * head, tail, next), O(1) to schedule and to take the next event, no sort, no per-event object.
 * Events the run schedules go to a later key than the one firing (a request books a later
 * inspection, an inspection the next request), so walking the keys upwards meets every event in
 * the order of one binary heap keyed by (key, insertion number). A key before the one firing is
 * refused: no handler of the year asks for one.
 * @example
 * const s = heapScheduler(); s.schedule(19_800, EV.request, 0); s.run(handler);
 */
export function heapScheduler(): Scheduler {
  // Bucket k holds key base + k; the arrays grow (and shift, for an earlier key) to cover what comes.
  let base = Number.NaN;
  let heads = new Int32Array(0);
  let tails = new Int32Array(0);
  let entities = new Int32Array(1 << 16);
  let nexts = new Int32Array(1 << 16);
  let count = 0;
  let current = 0;
  let running = false;
  /** The bucket of `key`, growing or shifting the bucket arrays so that it exists. */
  const bucketOf = (key: number): number => {
    if (Number.isNaN(base)) base = key;
    let k = key - base;
    if (k >= 0 && k < heads.length) return k;
    const shift = k < 0 ? -k : 0;
    let size = Math.max(1024, heads.length);
    while (size <= Math.max(k, heads.length - 1) + shift) size *= 2;
    const h = new Int32Array(size).fill(-1);
    h.set(heads, shift);
    const t = new Int32Array(size).fill(-1);
    t.set(tails, shift);
    heads = h;
    tails = t;
    base -= shift;
    current += shift;
    k += shift;
    return k;
  };
  return {
    schedule(day, type, entity) {
      const key = day * 8 + type;
      if (running && key < current + base)
        throw new ConfigurationError('schedule', `event key ${key} is before the one firing`);
      const k = bucketOf(key);
      if (count === entities.length) {
        const e = new Int32Array(count * 2);
        e.set(entities);
        entities = e;
        const n = new Int32Array(count * 2);
        n.set(nexts);
        nexts = n;
      }
      entities[count] = entity;
      nexts[count] = -1;
      const tail = tails[k] as number;
      if (tail < 0) heads[k] = count;
      else nexts[tail] = count;
      tails[k] = count;
      count++;
    },
    run(handler) {
      let fired = 0;
      running = true;
      // heads.length and base are re-read: a handler may grow the arrays.
      for (current = 0; current < heads.length; current++) {
        const k = current;
        const key = k + base;
        const day = Math.floor(key / 8);
        const type = (key - day * 8) as EventType;
        // Events appended to this key while it fires would come last, as on a heap: re-read next.
        for (let e = heads[k] as number; e >= 0; e = nexts[e] as number) {
          handler(day, type, entities[e] as number);
          fired++;
        }
      }
      running = false;
      return fired;
    },
  };
}

/**
 * Day-stepped: a pending day per entity and event type; every day of `[from, to]` scans every
 * slot of every type. At most one pending event per (type, entity), which the year respects.
 * @example
 * const s = scanScheduler(units, hazards, yearStart, yearEnd);
 */
export function scanScheduler(units: number, hazards: number, from: number, to: number): Scheduler {
  const slots = Array.from({ length: TYPES }, (_, t) =>
    new Int32Array(IS_HAZARD_EVENT[t] ? hazards : units).fill(-1),
  );
  return {
    schedule(day, type, entity) {
      (slots[type] as Int32Array)[entity] = day;
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
