// A streaming tally of one quantity: count, sum and an integer histogram at a stated resolution,
// so that a run of any size keeps a bounded state and quantiles come from the histogram (core's
// `histogramQuantileStat`, Hyndman–Fan type 7 over the binned values). Internal.
import { type Histogram, histogramAccumulator } from '@gd-ftz/core';

/** Bin width of completion times: 0.01 h (36 s), the report's last digit of hours. */
export const HOURS_RESOLUTION = 0.01;
/** Bin width of waits: 0.1 min (6 s), the report's last digit of minutes. */
export const MINUTES_RESOLUTION = 0.1;

/** Count, sum and counts per bin of the values recorded. */
export class Binned {
  n = 0;
  sum = 0;
  private readonly bins = new Map<number, number>();
  constructor(readonly resolution: number) {}

  /** Records `x` (its bin: the nearest multiple of the resolution). */
  add(x: number): void {
    this.n++;
    this.sum += x;
    const k = Math.round(x / this.resolution);
    this.bins.set(k, (this.bins.get(k) ?? 0) + 1);
  }

  /** Adds every value of `other` (same resolution) to this one. */
  absorb(other: Binned): void {
    this.n += other.n;
    this.sum += other.sum;
    for (const [k, v] of other.bins) this.bins.set(k, (this.bins.get(k) ?? 0) + v);
  }

  /** The plain, mergeable histogram of core (bins in ascending order). */
  histogram(): Histogram {
    const acc = histogramAccumulator(this.resolution);
    const bins: Record<string, number> = {};
    for (const k of [...this.bins.keys()].sort((a, b) => a - b)) bins[String(k)] = this.bins.get(k) as number;
    return acc.check({ resolution: this.resolution, bins }, 'histogram');
  }
}
