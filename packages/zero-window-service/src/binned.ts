// A streaming tally of one quantity: count, sum and an integer histogram at a stated resolution,
// so that a run of any size keeps a bounded state and quantiles come from the histogram (core's
// `histogramQuantileStat`, Hyndman–Fan type 7 over the binned values). Internal.
import { type Histogram, histogramOf } from '@gd-ftz/core';

/** Bin width of completion times: 0.01 h (36 s), the report's last digit of hours. */
export const HOURS_RESOLUTION = 0.01;
/** Bin width of waits: 0.1 min (6 s), the report's last digit of minutes. */
export const MINUTES_RESOLUTION = 0.1;

/**
 * Count, sum and counts per bin of the values recorded (non-negative: waits and durations).
 * @example
 * const b = new Binned(0.01); b.add(0.004); b.add(1.234);
 * b.histogram(); // { resolution: 0.01, bins: { 0: 1, 123: 1 } }
 */
export class Binned {
  n = 0;
  sum = 0;
  // Dense counts by bin index, grown by doubling: one array write per value in the hot loop. The
  // bins of a year's waits and completion times number in the thousands to tens of thousands.
  private counts = new Float64Array(1024);
  private top = 0;
  constructor(readonly resolution: number) {}

  /** Records `x` ≥ 0 (in its bin: the nearest multiple of the resolution). */
  add(x: number): void {
    this.n++;
    this.sum += x;
    this.bump(Math.round(x / this.resolution), 1);
  }

  private bump(k: number, by: number): void {
    if (k >= this.counts.length) {
      let size = this.counts.length;
      while (size <= k) size *= 2;
      const grown = new Float64Array(size);
      grown.set(this.counts);
      this.counts = grown;
    }
    this.counts[k] = (this.counts[k] as number) + by;
    if (k >= this.top) this.top = k + 1;
  }

  /** Adds every value of `other` (same resolution) to this one. */
  absorb(other: Binned): void {
    this.n += other.n;
    this.sum += other.sum;
    for (let k = 0; k < other.top; k++) {
      const c = other.counts[k] as number;
      if (c > 0) this.bump(k, c);
    }
  }

  /** The plain, mergeable histogram of core (bins in ascending order, empty ones left out). */
  histogram(): Histogram {
    return histogramOf(this.resolution, this.counts.subarray(0, this.top));
  }
}
