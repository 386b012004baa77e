// Bounded-memory accumulators of one variant's outcomes: exact money sums, counts, and a day
// histogram from which medians and percentiles are read exactly (nearest rank).
import { Money } from '@gd-ftz/core';

/** Days-to-money histogram size: every case ends within the horizon (< 5 years). */
const MAX_DAYS = 2000;

/**
 * The running totals of one variant.
 * @example
 * const s = new VariantStats(); s.recordDays(12); s.quantileDays(0.5) // 12
 */
export class VariantStats {
  overpaid = Money.zero();
  /** Principal returned to taxpayers: refunded in cash or applied to their arrears. */
  returned = Money.zero();
  lapsed = Money.zero();
  /** Principal of claims refused after manual review (risk flag confirmed). */
  rejected = Money.zero();
  pending = Money.zero();
  interest = Money.zero();
  offsets = Money.zero();
  refundedCash = Money.zero();
  cases = 0;
  refunds = 0;
  lapsedCases = 0;
  rejectedCases = 0;
  actions = 0;
  officerMinutes = 0;
  processedOnTime = 0;
  autoApproved = 0;
  readonly days = new Uint32Array(MAX_DAYS + 1);
  /** Money received per month `YYYY-MM` (cash refunds plus interest). */
  readonly paidByMonth = new Map<string, Money>();

  /** Records the settling of a case `days` days after the overpayment. */
  recordDays(days: number): void {
    const i = Math.min(Math.max(0, days), MAX_DAYS);
    this.days[i] = (this.days[i] ?? 0) + 1;
  }

  /**
   * The nearest-rank `q` quantile of the recorded days (0 when nothing was recorded).
   * @example
   * s.quantileDays(0.5) // median days to money
   */
  quantileDays(q: number): number {
    let n = 0;
    for (const c of this.days) n += c;
    if (n === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * n));
    let seen = 0;
    for (let d = 0; d < this.days.length; d++) {
      seen += this.days[d] ?? 0;
      if (seen >= rank) return d;
    }
    return MAX_DAYS;
  }

  /** Adds `amount` to the month `YYYY-MM` of `date`. */
  addPaid(date: string, amount: Money): void {
    const m = date.slice(0, 7);
    this.paidByMonth.set(m, (this.paidByMonth.get(m) ?? Money.zero()).add(amount));
  }
}
