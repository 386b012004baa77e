// Streaming statistics of a run's attempts: a count and a compensated sum per measure (no
// per-value Decimal), the values themselves only where a KPI needs an exact quantile (kept in a
// growable Float64Array, never as objects). Internal: not exported from src/index.ts.
import { quantileStat, ratioStat, type StatOptions } from '@gd-ftz/core';

/**
 * Observations of one measure (minutes): their count and their sum by Neumaier's compensated
 * summation (error about one unit in the last place of the total, whatever the count), and with
 * `keep` the values for quantiles. The mean is printed exactly in decimal from that sum.
 * @example
 * const t = new Observations(true); t.add(1); t.add(2); t.add(4);
 * t.mean({ digits: 2, empty: 0 }); // '2.33'
 */
export class Observations {
  n = 0;
  private sum = 0;
  private comp = 0;
  private values: Float64Array;

  constructor(private readonly keep = false) {
    this.values = new Float64Array(keep ? 1024 : 0);
  }

  add(x: number): void {
    const t = this.sum + x;
    // Neumaier: keep the low-order bits lost by the larger of the two addends.
    this.comp += Math.abs(this.sum) >= Math.abs(x) ? this.sum - t + x : x - t + this.sum;
    this.sum = t;
    if (this.keep) {
      if (this.n === this.values.length) {
        const grown = new Float64Array(this.n * 2);
        grown.set(this.values);
        this.values = grown;
      }
      this.values[this.n] = x;
    }
    this.n++;
  }

  /** The total, compensated. */
  get total(): number {
    return this.sum + this.comp;
  }

  mean(o: StatOptions): string {
    return ratioStat(this.total, this.n, o);
  }

  /** The q-quantile (type 7, as core's `quantileStat`) of the kept values. */
  quantile(q: number, o: StatOptions): string {
    return quantileStat(this.values.subarray(0, this.n), q, o);
  }
}
