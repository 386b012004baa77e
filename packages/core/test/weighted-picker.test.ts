// WeightedPicker checks and sums its weights once and then draws exactly what
// RandomStream.weightedIndex draws from the same stream (seeded by FC_SEED).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RandomStream, WeightedPicker } from '../src/random/index';

describe('WeightedPicker', () => {
  it('pick draws what weightedIndex draws, from the same stream, one real() each', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 1e9 }),
        (raw, seed) => {
          const weights = raw.some((w) => w > 0) ? raw : [...raw, 1];
          const picker = new WeightedPicker(weights);
          const a = RandomStream.fromSeed(seed);
          const b = RandomStream.fromSeed(seed);
          for (let i = 0; i < 50; i++) expect(picker.pick(a)).toBe(b.weightedIndex(weights));
          expect(a.real()).toBe(b.real());
        },
      ),
      { numRuns: 60 },
    );
  });

  it('[1, 0, 3]: a uniform below 1/4 picks 0, at or above picks 2; a zero weight is never picked', () => {
    // target = u × 4: below 1 → index 0; otherwise 1 is skipped (weight 0) and index 2 takes the rest.
    const picker = new WeightedPicker([1, 0, 3]);
    const counts = [0, 0, 0];
    const rng = RandomStream.fromSeed(7);
    for (let i = 0; i < 4000; i++) counts[picker.pick(rng)]! += 1;
    expect(counts[1]).toBe(0);
    expect(counts[0]! / 4000).toBeGreaterThan(0.2);
    expect(counts[0]! / 4000).toBeLessThan(0.3);
  });

  it('rejects the weights weightedIndex rejects, naming the field, and draws nothing', () => {
    expect(() => new WeightedPicker([])).toThrow(/weights/);
    expect(() => new WeightedPicker([1, -1])).toThrow(/weights\.1/);
    expect(() => new WeightedPicker([0, 0])).toThrow(/weights/);
    expect(() => new WeightedPicker([1, Number.NaN])).toThrow(/weights\.1/);
    const a = RandomStream.fromSeed(3);
    const b = RandomStream.fromSeed(3);
    expect(() => a.weightedIndex([1, -1])).toThrow(/weights\.1/);
    expect(a.real()).toBe(b.real());
  });
});
