// The domain of measure 12: an order's lines on a 申报清单, the tax on them, a return and how it is
// settled and sorted. Amounts are decimal strings in yuan (two decimals on output).
import type { CivilDate, Localized, Trace } from '@gd-ftz/core';

/** One line of an order as declared: value per unit (price + freight + insurance) and the rates. */
export interface OrderLineInput {
  /** Dutiable value of one unit (完税价格 = 实际交易价格 + 运费 + 保险费), yuan, at most two decimals. */
  readonly dutiableValue: string;
  /** Units on the line: a positive integer. */
  readonly quantity: number;
  /** The goods' tariff rate, a decimal string in [0, 1). */
  readonly tariffRate: string;
  /** The import VAT rate, a decimal string in [0, 1). */
  readonly vatRate: string;
  /** The consumption tax rate, a decimal string in [0, 1) ('0' for goods without it). */
  readonly consumptionTaxRate: string;
}

/** One order (one 申报清单) of one consumer. */
export interface OrderInput {
  readonly lines: readonly OrderLineInput[];
}

/**
 * How an order enters: cross-border retail within the limits (tariff 0, VAT and CT at 70%), a
 * one-item order over the single limit at the full rates (from 2019), or general trade (full tax,
 * not counted in the annual limit).
 */
export type Route = 'cbec' | 'cbec-full-rate' | 'general-trade';

/** The taxes of one line, two-decimal strings. */
export interface LineTax {
  readonly tariff: string;
  readonly consumptionTax: string;
  readonly vat: string;
  readonly total: string;
}

/** The result of `cbecImportTax`: the route, the taxes (order and lines), the annual total after it. */
export interface CbecTax extends LineTax {
  readonly route: Route;
  /** The order's dutiable value (sum of value × quantity). */
  readonly orderValue: string;
  readonly lines: readonly LineTax[];
  /** The consumer's annual cross-border total after the order (unchanged on general trade). */
  readonly annualTotalAfter: string;
  /** Present unless called with `{ trace: false }`. */
  readonly trace?: Trace;
}

/** The last days to apply for a return and for the goods to arrive (null: no arrival limit, 194号). */
export interface ReturnWindow {
  readonly applyBy: CivilDate;
  readonly arriveBy: CivilDate | null;
}

/** A line as declared and released, with the tax collected on it; input of `settleReturn`. */
export interface DeclaredLine {
  readonly id: string;
  readonly releasedOn: CivilDate;
  readonly route: Route;
  /** Dutiable value of one unit, yuan. */
  readonly dutiableValue: string;
  readonly quantity: number;
  /** The line's taxes as collected (line totals, yuan). */
  readonly tariff: string;
  readonly consumptionTax: string;
  readonly vat: string;
  /** Units of this line returned and settled before (default 0): a unit is settled once. */
  readonly returnedBefore?: number;
}

/** A consumer's return of some units of a line. */
export interface ReturnEvent {
  readonly quantity: number;
  /** The day the return was applied for (declared to customs). */
  readonly appliedOn: CivilDate;
  /** The day the goods arrived back in the zone; null when they never did. */
  readonly arrivedOn: CivilDate | null;
}

/** The tax and quota effect of one return. */
export interface ReturnSettlement {
  /** Whether both limits were met (and the line was cross-border retail): tax not levied. */
  readonly insideLimits: boolean;
  readonly window: ReturnWindow;
  /** Tax of the returned units not levied (refunded to the consumer by the agent). */
  readonly notLevied: LineTax;
  /** Tax of the returned units that stays levied. */
  readonly levied: LineTax;
  /** Value taken off the consumer's annual total (0.00 outside the limits). */
  readonly quotaRestored: string;
  /** Units of the line settled after this return. */
  readonly returnedAfter: number;
  readonly reason: Localized;
}

/** A returned unit as the warehouse receives it, for sorting. */
export interface ReceivedReturn {
  readonly condition: 'intact' | 'opened' | 'damaged';
  /** Days of shelf life left on the sorting day; null for goods without a shelf life. */
  readonly shelfLifeDaysLeft: number | null;
  /** The sorting day (the assumption's threshold is dated). */
  readonly sortedOn: CivilDate;
}

/** What sorting decides: back into bonded stock, shipped out of the zone, or destroyed. */
export type SortOutcome = 'restock' | 'ship-out' | 'destroy';
