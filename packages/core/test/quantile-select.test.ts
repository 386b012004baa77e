// quantileStat selects its two order statistics (quickselect) instead of sorting a copy: it must
// print exactly what the sort-based definition printed (Hyndman–Fan type 7 in decimal), on random
// arrays with many duplicates, signed zeros and huge spreads, and reject a non-finite value at the
// same index, with the caller's array untouched. Seeded by FC_SEED.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, quantileStat, type StatOptions } from '../src/index';
import { Dec } from '../src/money/decimal';

/** The previous implementation: copy, check, sort, interpolate between the sorted neighbours. */
function sortedQuantile(xs: readonly number[], q: number, o: StatOptions): string {
  const sorted = Float64Array.from(xs);
  sorted.forEach((x, i) => {
    if (!Number.isFinite(x)) throw new ConfigurationError(`values.${i}`, 'must be a finite number');
  });
  if (sorted.length === 0) return (0).toFixed(o.digits);
  sorted.sort();
  const h = new Dec(sorted.length - 1).times(new Dec(q));
  const below = h.floor().toNumber(); // allow-float: an array index
  const low = new Dec(sorted[below] as number);
  const fixed = (d: InstanceType<typeof Dec>) => {
    const r = d.toDecimalPlaces(o.digits, Dec.ROUND_HALF_UP);
    return (r.isZero() ? new Dec(0) : r).toFixed(o.digits);
  };
  if (below + 1 >= sorted.length) return fixed(low);
  const high = new Dec(sorted[below + 1] as number);
  return fixed(low.plus(h.minus(below).times(high.minus(low))));
}

const value = fc.oneof(
  fc.integer({ min: -5, max: 5 }), // many duplicates
  fc.constantFrom(0, -0, 0.1, 2.5),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);
const qArb = fc.oneof(fc.constantFrom(0, 0.5, 0.9, 0.99, 1), fc.double({ min: 0, max: 1, noNaN: true }));

describe('quantileStat by selection', () => {
  it('agrees with the sort-based definition, for arrays and Float64Arrays, leaving the input as it was', () => {
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 300 }),
        qArb,
        fc.integer({ min: 0, max: 6 }),
        (xs, q, digits) => {
          const o = { digits, empty: 0 };
          const expected = sortedQuantile(xs, q, o);
          expect(quantileStat(xs, q, o)).toBe(expected);
          const typed = Float64Array.from(xs);
          expect(quantileStat(typed, q, o)).toBe(expected);
          expect(typed).toEqual(Float64Array.from(xs));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees on large sorted, reversed and constant inputs (the pivot’s bad cases)', () => {
    const n = 5001;
    const up = Array.from({ length: n }, (_, i) => i / 7);
    const inputs = [up, [...up].reverse(), new Array<number>(n).fill(3), up.map((x, i) => (i % 2 ? x : -x))];
    for (const xs of inputs)
      for (const q of [0, 0.1, 0.5, 0.9, 1]) {
        const o = { digits: 4, empty: 0 };
        expect(quantileStat(Float64Array.from(xs), q, o)).toBe(sortedQuantile(xs, q, o));
      }
  });

  it('rejects NaN and ±Infinity at the index of the first one, as before', () => {
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 50 }),
        fc.nat(),
        fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
        (xs, at, bad) => {
          const i = at % (xs.length + 1);
          const withBad = [...xs.slice(0, i), bad, ...xs.slice(i)];
          for (const input of [withBad, Float64Array.from(withBad)])
            expect(() => quantileStat(input, 0.9, { digits: 1, empty: 0 })).toThrow(
              expect.objectContaining({ path: `values.${i}` }),
            );
        },
      ),
      { numRuns: 100 },
    );
  });
});
