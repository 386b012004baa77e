import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue, Fifo } from '../src/sim/index';

type Op = { kind: 'push'; time: number } | { kind: 'pop' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  // Few distinct times, so ties are frequent and the FIFO order among them is exercised.
  fc.record({ kind: fc.constant('push' as const), time: fc.integer({ min: 0, max: 20 }).map((t) => t / 4) }),
  fc.record({ kind: fc.constant('pop' as const) }),
);

describe('EventQueue', () => {
  it('pops in (time, insertion) order for any mix of pushes and pops (vs. a sorted reference list)', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 400 }), (ops) => {
        const q = new EventQueue<number, string>();
        const reference: { time: number; id: number }[] = [];
        let id = 0;
        for (const op of ops) {
          if (op.kind === 'push') {
            q.push(op.time, id, `d${id}`);
            reference.push({ time: op.time, id });
            id++;
          } else {
            reference.sort((a, b) => a.time - b.time || a.id - b.id);
            const expected = reference.shift();
            expect(q.pop()).toBe(expected?.id);
            if (expected) {
              expect(q.lastTime).toBe(expected.time);
              expect(q.lastSeq).toBe(expected.id);
              expect(q.lastData).toBe(`d${expected.id}`);
            }
          }
          expect(q.size).toBe(reference.length);
        }
        reference.sort((a, b) => a.time - b.time || a.id - b.id);
        for (const r of reference) expect(q.pop()).toBe(r.id);
        expect(q.pop()).toBeUndefined();
      }),
    );
  });

  it('equal times come out first-in first-out, across growth beyond the initial capacity', () => {
    const q = new EventQueue<number>();
    for (let i = 0; i < 300; i++) q.push(i % 3, i);
    const out: number[] = [];
    while (q.size > 0) out.push(q.pop() as number);
    const expected = [0, 1, 2].flatMap((t) => Array.from({ length: 100 }, (_, k) => t + 3 * k));
    expect(out).toEqual(expected);
  });

  it('peek, peekTime and clear', () => {
    const q = new EventQueue<string>();
    expect(q.peekTime()).toBe(Number.POSITIVE_INFINITY);
    expect(q.peek()).toBeUndefined();
    q.push(2, 'b');
    q.push(1, 'a');
    expect(q.peekTime()).toBe(1);
    expect(q.peek()).toBe('a');
    q.clear();
    expect(q.size).toBe(0);
    expect(q.push(5, 'c')).toBe(2); // sequence numbers continue after clear
    expect(q.pop()).toBe('c');
  });
});

describe('Fifo', () => {
  it('behaves as an array queue for any push/shift sequence', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer(), { nil: undefined }), { maxLength: 300 }), (ops) => {
        const q = new Fifo<number>();
        const ref: number[] = [];
        for (const op of ops) {
          if (op === undefined) expect(q.shift()).toBe(ref.shift());
          else {
            q.push(op);
            ref.push(op);
          }
          expect(q.size).toBe(ref.length);
          expect(q.peek()).toBe(ref[0]);
        }
      }),
    );
  });
});
