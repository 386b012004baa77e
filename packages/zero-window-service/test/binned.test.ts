// The streaming tally behind every mean and quantile of the report: values binned at a stated
// resolution, merged exactly; quantiles by core's histogramQuantileStat over the binned values.
import { histogramQuantileStat } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { Binned, HOURS_RESOLUTION } from '../src/binned';

describe('Binned', () => {
  it('bins to the nearest 0.01 h and keeps the exact count and sum', () => {
    const b = new Binned(HOURS_RESOLUTION);
    for (const x of [0.004, 0.006, 1.234, 2.5]) b.add(x);
    // 0.004 → bin 0, 0.006 → bin 1, 1.234 → bin 123, 2.5 → bin 250.
    expect(b.histogram()).toEqual({ resolution: 0.01, bins: { 0: 1, 1: 1, 123: 1, 250: 1 } });
    expect([b.n, b.sum]).toEqual([4, 0.004 + 0.006 + 1.234 + 2.5]);
    // Median of 0, 0.01, 1.23, 2.50 (type 7): h = 3 × 0.5 = 1.5 → 0.01 + 0.5 × (1.23 − 0.01) = 0.62.
    expect(histogramQuantileStat(b.histogram(), 0.5, { digits: 2, empty: 0 })).toBe('0.62');
  });

  it('absorbs another tally bin by bin, growing past its first 1,024 bins', () => {
    const a = new Binned(1);
    const b = new Binned(1);
    a.add(3);
    b.add(3);
    b.add(5000);
    a.absorb(b);
    expect(a.histogram()).toEqual({ resolution: 1, bins: { 3: 2, 5000: 1 } });
    expect([a.n, a.sum]).toEqual([3, 5006]);
    // b itself is unchanged.
    expect(b.histogram()).toEqual({ resolution: 1, bins: { 3: 1, 5000: 1 } });
  });
});
