// Bounded-memory accumulators of one variant's outcomes: exact money sums, counts, and a day
// histogram from which medians and percentiles are read. `VariantStats` is the live form a shard
// adds to in its hot loop; `VariantData` the plain, mergeable form it hands back (core's
// accumulators: decimal strings, counts, an integer histogram of days).
import {
  type Accumulator,
  countAccumulator,
  decimalSumAccumulator,
  type Histogram,
  histogramAccumulator,
  histogramOf,
  keyedAccumulator,
  Money,
  recordAccumulator,
} from '@gd-ftz/core';

/** Days-to-money histogram size: every case ends within the horizon (< 5 years). */
const MAX_DAYS = 2000;

/** The days-to-money histogram's resolution: whole days. */
export const DAYS_RESOLUTION = 1;

const MONEY_FIELDS = [
  'overpaid',
  'returned',
  'lapsed',
  'rejected',
  'pending',
  'interest',
  'offsets',
  'refundedCash',
] as const;
const COUNT_FIELDS = [
  'cases',
  'refunds',
  'lapsedCases',
  'rejectedCases',
  'actions',
  'officerMinutes',
  'processedOnTime',
  'autoApproved',
] as const;

/** The plain totals of one variant (money as exact decimal strings in yuan). */
export type VariantData = { readonly [K in (typeof MONEY_FIELDS)[number]]: string } & {
  readonly [K in (typeof COUNT_FIELDS)[number]]: number;
} & {
  /** Days from overpayment to money, one per refund. */
  readonly days: Histogram;
  /** Money received per month `YYYY-MM` (cash refunds plus interest), decimal strings. */
  readonly paidByMonth: Readonly<Record<string, string>>;
};

/**
 * How two variants' totals merge: money and counts add, days add bin by bin, months key by key.
 * @example
 * VARIANT_ACCUMULATOR.merge(a.toData(), b.toData()).returned // exact sum of both
 */
export const VARIANT_ACCUMULATOR: Accumulator<VariantData> = recordAccumulator<VariantData>({
  ...(Object.fromEntries(MONEY_FIELDS.map((k) => [k, decimalSumAccumulator])) as {
    [K in (typeof MONEY_FIELDS)[number]]: Accumulator<string>;
  }),
  ...(Object.fromEntries(COUNT_FIELDS.map((k) => [k, countAccumulator])) as {
    [K in (typeof COUNT_FIELDS)[number]]: Accumulator<number>;
  }),
  days: histogramAccumulator(DAYS_RESOLUTION),
  paidByMonth: keyedAccumulator(decimalSumAccumulator),
});

/**
 * The running totals of one variant.
 * @example
 * const s = new VariantStats(); s.recordDays(12); s.toData().days // { resolution: 1, bins: { 12: 1 } }
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

  /** Adds `amount` to the month `YYYY-MM` of `date`. */
  addPaid(date: string, amount: Money): void {
    const m = date.slice(0, 7);
    this.paidByMonth.set(m, (this.paidByMonth.get(m) ?? Money.zero()).add(amount));
  }

  /** The plain, mergeable totals (exact: every sum as its full decimal, never rounded here). */
  toData(): VariantData {
    const money = Object.fromEntries(MONEY_FIELDS.map((k) => [k, this[k].toDecimal().toFixed()]));
    const counts = Object.fromEntries(COUNT_FIELDS.map((k) => [k, this[k]]));
    const months = [...this.paidByMonth.keys()].sort();
    return {
      ...money,
      ...counts,
      days: histogramOf(DAYS_RESOLUTION, this.days),
      paidByMonth: Object.fromEntries(
        months.map((m) => [m, this.paidByMonth.get(m)?.toDecimal().toFixed() ?? '0']),
      ),
    } as VariantData;
  }
}
