// Streaming statistics of a run's attempts: a count and a compensated sum per measure (no
// per-value Decimal), the values themselves only where a KPI needs an exact quantile (kept in a
// growable Float64Array, never as objects). Internal: not exported from src/index.ts.
import { quantileStat, ratioStat, type StatOptions, type Variant } from '@gd-ftz/core';
import type { AttemptRecord } from './hall-day';
import { ENQUIRY, type Population } from './population';

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

  /** `expected`: how many values to make room for at once (it grows past that as needed). */
  constructor(
    private readonly keep = false,
    expected = 1024,
  ) {
    this.values = new Float64Array(keep ? Math.max(1, expected) : 0);
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

/**
 * What the KPIs read of one variant's attempts, accumulated day by day as the records come, so a
 * run need not keep its records (a province of hall-years keeps only these).
 */
export class VariantTally {
  /**
   * Waits for a window or the appointment window, all days and deadline days (values kept for p90;
   * room for one wait per visitor at once, so the array is not regrown as the year goes).
   */
  readonly waits: Observations;
  readonly deadlineWaits = new Observations(true);
  /** Time in the hall of every attempt (its count is the number of attempts). */
  readonly inHall = new Observations();
  readonly windowService = new Observations();
  /** Help with an enquiry: a window clerk before the reform, a 云税厅 agent after it. */
  readonly helpWaits = new Observations();
  /** Staff minutes: window service and agent help (its count is of the non-zero ones). */
  readonly staff = new Observations();
  served = 0;
  servedByWindow = 0;
  gaveUp = 0;
  repeats = 0;
  /** Bookings kept and their delays in whole working days (an exact integer sum). */
  bookings = 0;
  bookingDelaySum = 0;
  private readonly baseline: boolean;

  constructor(
    variant: Variant,
    private readonly pop: Population,
  ) {
    this.baseline = variant === 'baseline';
    this.waits = new Observations(true, pop.length);
  }

  add(r: AttemptRecord): void {
    const queued = !Number.isNaN(r.windowWait);
    if (queued) {
      this.waits.add(r.windowWait);
      if (r.deadlineDay) this.deadlineWaits.add(r.windowWait);
    }
    this.inHall.add(r.inHall);
    if (r.outcome === 'served') {
      this.served++;
      if (r.byWindow) this.servedByWindow++;
    } else if (r.outcome === 'abandoned' || r.outcome === 'closed') this.gaveUp++;
    if (r.byWindow) this.windowService.add(r.windowService);
    if (r.attempt.repeat) this.repeats++;
    if (this.pop.item[r.attempt.visitor] === ENQUIRY) {
      if (this.baseline) {
        if (queued) this.helpWaits.add(r.windowWait);
      } else if (!Number.isNaN(r.agentWait)) this.helpWaits.add(r.agentWait);
    }
    // Adding 0 leaves a compensated sum exactly as it is: only staff.total is read.
    if (r.windowService !== 0) this.staff.add(r.windowService);
    if (r.agentMinutes !== 0) this.staff.add(r.agentMinutes);
  }

  addBooking(delay: number): void {
    this.bookings++;
    this.bookingDelaySum += delay;
  }
}
