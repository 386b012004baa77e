// Two ways to run the same year: an event-driven scheduler (events sorted by due date, the run's
// own events on core's binary heap), which touches a unit only on the days something happens to
// it, and a day-stepped scan of every unit and hazard on every day (the bench's same-run baseline). Both fire events in (day, type, entity) order as
// far as it matters: entities of one type on one day never depend on each other's order.
import { EventQueue } from '@gd-ftz/core';

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
 * order within a type. The events known before the run (every unit's request at its due date, its
 * on-site check, its registration, every hazard's self-check finding) are sorted once by key
 * (counting sort, stable); the events the run itself schedules (inspections, next requests) go on
 * core's binary heap. Each step takes the smaller of the two heads, the sorted one first on a tie
 * (it was scheduled first), which is exactly the order of one heap holding everything.
 * @example
 * const s = heapScheduler(); s.schedule(19_800, EV.request, 0); s.run(handler);
 */
export function heapScheduler(): Scheduler {
  const q = new EventQueue<number>();
  let running = false;
  let keys: number[] = [];
  let entities: number[] = [];
  return {
    schedule(day, type, entity) {
      if (running) q.push(day * 8 + type, entity);
      else {
        keys.push(day * 8 + type);
        entities.push(entity);
      }
    },
    run(handler) {
      const n = keys.length;
      // Counting sort of the initial events by key (keys span about a year × 8 types).
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < n; i++) {
        const k = keys[i] as number;
        if (k < min) min = k;
        if (k > max) max = k;
      }
      const sortedKeys = new Float64Array(n);
      const sortedEntities = new Int32Array(n);
      if (n > 0) {
        const start = new Int32Array(max - min + 2);
        for (let i = 0; i < n; i++)
          start[(keys[i] as number) - min + 1] = (start[(keys[i] as number) - min + 1] as number) + 1;
        for (let b = 1; b < start.length; b++) start[b] = (start[b] as number) + (start[b - 1] as number);
        for (let i = 0; i < n; i++) {
          const b = (keys[i] as number) - min;
          const at = start[b] as number;
          start[b] = at + 1;
          sortedKeys[at] = keys[i] as number;
          sortedEntities[at] = entities[i] as number;
        }
      }
      keys = [];
      entities = [];
      running = true;
      let next = 0;
      let fired = 0;
      for (;;) {
        const staticKey = next < n ? (sortedKeys[next] as number) : Number.POSITIVE_INFINITY;
        const heapKey = q.peekTime();
        let key: number;
        let entity: number;
        if (staticKey <= heapKey) {
          if (staticKey === Number.POSITIVE_INFINITY) break;
          key = staticKey;
          entity = sortedEntities[next] as number;
          next++;
        } else {
          entity = q.pop() as number;
          key = q.lastTime;
        }
        const day = Math.floor(key / 8);
        handler(day, (key - day * 8) as EventType, entity);
        fired++;
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
