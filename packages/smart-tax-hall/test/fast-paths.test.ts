// The fast paths of a hall-year agree with the reference paths they replace (seeded by FC_SEED):
// the booking search from each day's first free slot books what a search from its first slot
// books, the day's attempts merged come in the order of a stable sort by minute, and a day fed its
// arrivals outside the event queue gives the records of a day that queues every arrival first.
// (Core's checked-once samplers and WeightedPicker are tested against RandomStream in core.)
import type { Variant } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { dayOrder } from '../src/day-order';
import { type Attempt, type AttemptRecord, DayRun } from '../src/hall-day';
import type { HallDay } from '../src/model';
import type { SmartTaxHallParams } from '../src/params';
import { type Population, population, WANTS_BOOKING } from '../src/population';
import { bookings } from '../src/simulate';
import { hallYear } from '../src/year';

/** The reference: every arrival queued as an event before the day runs, then closing time. */
class QueuedDayRun extends DayRun {
  override run(attempts: readonly Attempt[]): void {
    const open = this.p.openHour * 60;
    for (const a of attempts) this.sim.scheduleAt(Math.max(a.minute, open), this.arrive, a);
    this.sim.scheduleAt(this.p.closeHour * 60, this.close);
    this.sim.run();
  }
}

/** The reference booking search: from the first slot of each day, every time. */
function bookingsFromScratch(
  p: SmartTaxHallParams,
  variant: Variant,
  days: readonly HallDay[],
  visitors: Population,
) {
  const span = (p.closeHour - p.openHour) * 60;
  const slots = Math.min(variant === 'baseline' ? p.slotsBaseline : p.slotsReform, span);
  const slotMinute = (k: number) => p.openHour * 60 + Math.floor((k * span) / slots);
  const taken = new Uint8Array(days.length * slots);
  const bookedDay = new Int32Array(visitors.length).fill(-1);
  const bookedMinute = new Float64Array(visitors.length);
  for (let v = 0; v < visitors.length; v++) {
    if (!visitors.has(v, WANTS_BOOKING)) continue;
    const day = visitors.day[v] as number;
    const last = Math.min(days.length - 1, day + p.maxBookingDelay);
    search: for (let d = day; d <= last; d++)
      for (let k = 0; k < slots; k++) {
        if (d === day && slotMinute(k) < (visitors.minute[v] as number)) continue;
        if (taken[d * slots + k] === 0) {
          taken[d * slots + k] = 1;
          bookedDay[v] = d;
          bookedMinute[v] = slotMinute(k);
          break search;
        }
      }
  }
  return { bookedDay, bookedMinute };
}

const outcome = (r: AttemptRecord) => ({
  visitor: r.attempt.visitor,
  repeat: r.attempt.repeat,
  lane: r.lane,
  outcome: r.outcome,
  windowWait: r.windowWait,
  windowService: r.windowService,
  byWindow: r.byWindow,
  agentWait: r.agentWait,
  agentMinutes: r.agentMinutes,
  inHall: r.inHall,
});

describe('fast paths agree with their reference', () => {
  it('the booking search from the first free slot books what a search from the first slot books', () => {
    fc.assert(
      fc.property(
        paramsArb,
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom<Variant>('baseline', 'reform'),
        fc.integer({ min: 1, max: 12 }),
        (params, seed, variant, slots) => {
          // Few slots and many bookings, so that days fill up and bookings spill to later days.
          const p = { ...params, months: 1, bookingShare: 0.9, slotsBaseline: slots, slotsReform: slots };
          const days = hallYear(p.year, p.deadlineSurge, 1);
          const pop = population(p, days, seed);
          const fast = bookings(p, variant, days, pop);
          const ref = bookingsFromScratch(p, variant, days, pop);
          expect(fast.bookedDay).toEqual(ref.bookedDay);
          expect(fast.bookedMinute).toEqual(ref.bookedMinute);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('dayOrder merges into the order of a stable sort by minute of [visitors by index, then returns]', () => {
    // Minutes from a few whole values (many ties) or any; visitor indexes distinct.
    const minute = fc.oneof(
      fc.integer({ min: 540, max: 560 }),
      fc.double({ min: 540, max: 1020, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ minute, booked: fc.boolean() }), { maxLength: 80 }),
        fc.array(minute, { maxLength: 20 }),
        fc.boolean(),
        (day, back, sortedWalkIns) => {
          // The day's visitors by index; walk-ins come sorted by minute in a run (else dayOrder sorts them).
          const walkMinutes = day.filter((x) => !x.booked).map((x) => x.minute);
          if (sortedWalkIns) walkMinutes.sort((a, b) => a - b);
          let w = 0;
          const list: Attempt[] = day.map((x, v) =>
            x.booked
              ? { visitor: v, minute: x.minute, repeat: false, booked: true }
              : { visitor: v, minute: walkMinutes[w++] as number, repeat: false, booked: false },
          );
          const returns: Attempt[] = back.map((m, k) => ({
            visitor: 1000 + k,
            minute: m,
            repeat: true,
            booked: false,
          }));
          const reference = [...list, ...returns].sort((a, b) => a.minute - b.minute);
          const merged = dayOrder(
            list.filter((a) => !a.booked),
            list.filter((a) => a.booked),
            [...returns],
          );
          expect(merged).toEqual(reference);
          for (let k = 0; k < merged.length; k++) expect(merged[k]).toBe(reference[k]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a day fed its arrivals directly gives the records of a day that queues them all', () => {
    fc.assert(
      fc.property(
        paramsArb,
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom<Variant>('baseline', 'reform'),
        fc.boolean(),
        (params, seed, variant, wholeMinutes) => {
          // A busy day (≈ 500 visitors, as a hall-year's) so that lines form: drawn for the first
          // working day alone (a one-day year with a month's volume); whole minutes give many
          // arrivals at the same time, and every fifth visitor comes booked.
          const p = { ...params, months: 1, visitsPerYear: 6000 };
          const days = hallYear(p.year, p.deadlineSurge, 1).slice(0, 1);
          const pop = population(p, days, seed);
          const attempts: Attempt[] = [];
          for (let v = 0; v < pop.length && pop.day[v] === 0; v++) {
            const m = pop.minute[v] as number;
            attempts.push({
              visitor: v,
              minute: wholeMinutes ? Math.floor(m) : m,
              repeat: v % 7 === 3,
              booked: v % 5 === 0,
            });
          }
          attempts.sort((a, b) => a.minute - b.minute);
          const day = days[0] as (typeof days)[number];
          const fast = new DayRun(p, pop, variant, day, 0, false);
          const ref = new QueuedDayRun(p, pop, variant, day, 0, false);
          fast.run(attempts);
          ref.run(attempts);
          expect(fast.records.map(outcome)).toEqual(ref.records.map(outcome));
          expect(fast.returns).toEqual(ref.returns);
          expect(fast.use).toEqual(ref.use);
        },
      ),
      { numRuns: 10 },
    );
  });
});
