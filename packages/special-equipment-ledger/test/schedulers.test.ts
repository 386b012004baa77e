// The event scheduler fires in (day, type, insertion) order, as a binary heap keyed by (key,
// insertion number) would: checked against that simple reference, with events queued while running
// for the key firing and later ones, more than one prefetch batch per key, and reused scratch.
// Ranges of entities queued before the run fire first within their key, in the order queued.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EventType, heapScheduler } from '../src/schedulers';
import { withScratch } from '../src/scratch';

interface Ev {
  day: number;
  type: EventType;
  entity: number;
}

interface Range {
  day: number;
  type: EventType;
  from: number;
  to: number;
}

/**
 * The reference: a list kept in (key, insertion) order, the earliest taken first; the entities of
 * the ranges are inserted one by one, numbered before every single event.
 */
function reference(initial: Ev[], follow: (e: Ev) => Ev[], ranges: Range[] = []): Ev[] {
  let seq = 0;
  let rangeSeq = -1_000_000;
  const queue = ranges.flatMap((r) =>
    Array.from({ length: Math.max(0, r.to - r.from) }, (_, i) => ({
      day: r.day,
      type: r.type,
      entity: r.from + i,
      key: r.day * 8 + r.type,
      seq: rangeSeq++,
    })),
  );
  for (const e of initial) queue.push({ ...e, key: e.day * 8 + e.type, seq: seq++ });
  const out: Ev[] = [];
  while (queue.length > 0) {
    queue.sort((a, b) => a.key - b.key || a.seq - b.seq);
    const e = queue.shift() as Ev & { key: number; seq: number };
    out.push({ day: e.day, type: e.type, entity: e.entity });
    for (const f of follow(e)) queue.push({ ...f, key: f.day * 8 + f.type, seq: seq++ });
  }
  return out;
}

const rangeArb = fc.record({
  day: fc.integer({ min: 100, max: 103 }),
  type: fc.constantFrom<EventType>(0, 1, 2, 3, 4),
  from: fc.integer({ min: 0, max: 200 }),
  to: fc.integer({ min: 0, max: 300 }),
});

const evArb = fc.record({
  day: fc.integer({ min: 100, max: 102 }),
  type: fc.constantFrom<EventType>(0, 1, 2, 3, 4),
  entity: fc.integer({ min: 0, max: 999 }),
});

describe('heapScheduler', () => {
  it('property: fires in the order of a (key, insertion) heap, run-time events included', () => {
    fc.assert(
      fc.property(
        fc.array(evArb, { maxLength: 900 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        fc.array(rangeArb, { maxLength: 6 }),
        (initial, spread, reuse, ranges) => {
          // Each event of an even entity below 20,000 queues one more for the same type, up to
          // `spread` days later (the same key, while it fires, when 0), for an even entity further
          // up: chains of a few events, some appended to the list that is firing.
          const follow = (e: Ev): Ev[] =>
            e.entity % 2 === 0 && e.entity < 20_000
              ? [{ day: e.day + (e.entity % (spread + 1)), type: e.type, entity: e.entity * 2 + 10_000 }]
              : [];
          const fired: Ev[] = [];
          const owner = {};
          const once = () =>
            withScratch(owner, (scratch) => {
              const s = heapScheduler(reuse ? scratch : undefined, 4);
              for (const r of ranges) s.scheduleRange(r.day, r.type, r.from, r.to);
              for (const e of initial) s.schedule(e.day, e.type, e.entity);
              fired.length = 0;
              const n = s.run((day, type, entity) => {
                const e = { day, type, entity };
                fired.push(e);
                for (const f of follow(e)) s.schedule(f.day, f.type, f.entity);
              });
              expect(n).toBe(fired.length);
            });
          once();
          once(); // the second run on the same scratch sees none of the first's leftovers
          expect(fired).toEqual(reference(initial, follow, ranges));
        },
      ),
      { numRuns: 60 },
    );
  });
  it('refuses a range queued while running', () => {
    const s = heapScheduler();
    s.schedule(10, 2, 0);
    expect(() => s.run(() => s.scheduleRange(11, 2, 0, 3))).toThrow(/before the run only/);
  });
  it('refuses an event for a key before the one firing', () => {
    const s = heapScheduler();
    s.schedule(10, 2, 0);
    expect(() => s.run(() => s.schedule(9, 2, 1))).toThrow(/before the one firing/);
  });
});
