// Two ways to run the same year: an event-driven scheduler on core's binary heap, which touches a
// unit only on the days something happens to it, and a day-stepped scan of every unit and hazard
// on every day (the bench's same-run baseline). Both fire events in (day, type, entity) order as
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
 * Event-driven: one heap entry per event, keyed `day × 8 + type`, so a day's events come out type
 * by type, and in insertion order within a type.
 * @example
 * const s = heapScheduler(); s.schedule(19_800, EV.request, 0); s.run(handler);
 */
export function heapScheduler(): Scheduler {
  const q = new EventQueue<number>();
  return {
    schedule(day, type, entity) {
      q.push(day * 8 + type, entity);
    },
    run(handler) {
      let fired = 0;
      while (q.size > 0) {
        const entity = q.pop() as number;
        const key = q.lastTime;
        const day = Math.floor(key / 8);
        handler(day, (key - day * 8) as EventType, entity);
        fired++;
      }
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
