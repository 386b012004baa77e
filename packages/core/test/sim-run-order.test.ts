// The run loop against a reference list: whatever the mix of schedules (from outside and from
// inside events, many at equal times), cancellations and `until` stops, events run in
// (time, scheduling order), cancelled ones never, each with its own argument, and the clock reads
// each event's time. The simulation takes entries straight from its event storage (not through
// EventQueue.pop), so this checks that path on its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../src/sim/index';

type Step =
  | { kind: 'schedule'; delay: number; children: readonly number[] }
  | { kind: 'cancel'; pick: number }
  | { kind: 'run'; span: number };

// Few distinct delays (quarters of a minute), so equal times are frequent.
const delayArb = fc.integer({ min: 0, max: 12 }).map((q) => q / 4);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('schedule' as const),
    delay: delayArb,
    children: fc.array(delayArb, { maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('run' as const), span: fc.integer({ min: 0, max: 8 }).map((q) => q / 2) }),
);

interface Pending {
  readonly time: number;
  readonly seq: number;
  readonly id: string;
  readonly children: readonly number[];
}

describe('Simulation run order (property)', () => {
  it('runs events in (time, scheduling order), skips cancelled ones, stops before until', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 120 }), (steps) => {
        const sim = createSimulation();
        // The reference: pending events with their handles (handles are scheduling order).
        let reference: Pending[] = [];
        const cancelled = new Set<number>();
        const expected: string[] = [];
        const seen: string[] = [];
        const handles: number[] = [];
        let refNow = 0;
        let nextId = 0;
        const scheduleBoth = (delay: number, children: readonly number[], now: number): void => {
          const id = `e${nextId++}`;
          const handle = sim.schedule(
            delay,
            (arg: { id: string; children: readonly number[] }) => {
              seen.push(`${arg.id}@${sim.now}`);
              for (const d of arg.children) scheduleBoth(d, [], sim.now);
            },
            { id, children },
          );
          handles.push(handle);
          reference.push({ time: now + delay, seq: handle, id, children });
        };
        const runReference = (until: number): void => {
          for (;;) {
            reference.sort((a, b) => a.time - b.time || a.seq - b.seq);
            const next = reference[0];
            if (next === undefined || !(next.time < until)) break;
            reference = reference.slice(1);
            if (cancelled.has(next.seq)) continue;
            refNow = next.time;
            expected.push(`${next.id}@${next.time}`);
          }
          if (until < Number.POSITIVE_INFINITY) refNow = until;
        };
        for (const step of steps) {
          if (step.kind === 'schedule') scheduleBoth(step.delay, step.children, sim.now);
          else if (step.kind === 'cancel') {
            if (handles.length === 0) continue;
            const h = handles[step.pick % handles.length] as number;
            sim.cancel(h);
            if (reference.some((p) => p.seq === h)) cancelled.add(h);
          } else {
            const until = sim.now + step.span;
            sim.run({ until });
            runReference(until);
          }
          expect(sim.now).toBe(refNow);
        }
        sim.run();
        runReference(Number.POSITIVE_INFINITY);
        expect(seen).toEqual(expected);
      }),
    );
  });
});
