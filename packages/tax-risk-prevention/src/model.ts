// The domain of measure 2: a taxpayer's month as the e-tax bureau sees it, the indicators computed
// from it, and the risk assessment. Amounts are core Money; ratios are decimals (never floats).
import type { CivilDate, Decimal, LegalBasis, Money, Rate } from '@gd-ftz/core';
import type { IndicatorKey, Tier, TierCuts } from './law';

/** The hidden truth of a simulated taxpayer. */
export type Truth = 'compliant' | 'careless' | 'aggressive' | 'shell';

/** One taxpayer-month: invoices issued (excl. VAT), void/red counts, codes, VAT and CIT filings. */
export interface TaxpayerMonth {
  readonly taxpayerId: string;
  /** The first day of the month. */
  readonly month: CivilDate;
  /** Whether the firm is an agricultural producer or processor. */
  readonly agricultural: boolean;
  /** The single-invoice cap granted to the firm (excl. VAT). */
  readonly singleInvoiceCap: Money;
  /** Invoices issued and not voided. */
  readonly invoices: number;
  /** Invoices voided or reversed by a red-letter invoice. */
  readonly voidOrRed: number;
  /** Amount issued, excl. VAT. */
  readonly issued: Money;
  /** Distinct classification codes on sales invoices, and how many of them appear among purchases. */
  readonly salesCodes: number;
  readonly matchedCodes: number;
  /** Input VAT claimed, and the part of it on agricultural products. */
  readonly inputVat: Money;
  readonly agriInputVat: Money;
  /** VAT payable filed for the month (zero or negative counts as a zero filing). */
  readonly vatPayable: Money;
  /** Revenue of the month per the CIT (prepayment) filing. */
  readonly citRevenue: Money;
  /** The industry's VAT burden warning rate. */
  readonly industryWarningRate: Rate;
}

/** The indicator values of one month; `null` where the indicator cannot be computed. */
export interface Indicators {
  readonly taxpayerId: string;
  readonly month: CivilDate;
  /** Average invoice / single-invoice cap. */
  readonly capUse: Decimal | null;
  /** Issued / the highest month of history. */
  readonly surge: Decimal | null;
  /** Void and red-letter invoices / all invoices issued. */
  readonly voidRed: Decimal | null;
  /** Matched / sales codes. */
  readonly codeMatch: Decimal | null;
  /** |VAT sales − CIT revenue| / the larger of the two. */
  readonly revenueGap: Decimal | null;
  /** VAT payable / issued. */
  readonly burden: Decimal | null;
  readonly warningRate: Decimal;
  /** Agricultural input / input VAT, at a non-agricultural firm only. */
  readonly agriInput: Decimal | null;
  /** Zero/negative VAT months ending with this one, and within this calendar year. */
  readonly zeroConsecutive: number;
  readonly zeroCumulative: number;
}

/** The indicator thresholds (assumptions; defaults from the scenario parameters). */
export interface Thresholds {
  readonly capUse: number;
  readonly surge: number;
  readonly voidRed: number;
  readonly codeMatch: number;
  readonly revenueGap: number;
  readonly agriInput: number;
}

/** Options of assessRisk: other thresholds or tier cuts than the defaults. */
export interface RiskOptions {
  readonly thresholds?: Partial<Thresholds>;
  readonly tiers?: TierCuts;
  /**
   * false: score and tier only, `hits` left empty. Default true in assessRisk, false in
   * scoreTaxpayerMonths (bulk).
   */
  readonly trace?: boolean;
}

/** One indicator's verdict: fired or not, with the value, the threshold and the basis. */
export interface IndicatorHit {
  readonly key: IndicatorKey;
  readonly fired: boolean;
  readonly value: string | null;
  readonly threshold: string;
  readonly points: number;
  readonly basis: LegalBasis;
  /** Why it fired or why not, in words. */
  readonly why: { readonly zh: string; readonly en: string };
}

/** The assessment of one month. */
export interface RiskAssessment {
  readonly taxpayerId: string;
  readonly asOf: CivilDate;
  readonly score: number;
  readonly tier: Tier;
  /** Every indicator, fired or not (why-not included); empty when `trace: false`. */
  readonly hits: readonly IndicatorHit[];
  readonly tierBasis: LegalBasis;
}

/** The score of one month of a taxpayer's stream (scoreTaxpayerMonths). */
export interface MonthScore {
  readonly taxpayerId: string;
  /** The month scored (its first day). */
  readonly month: CivilDate;
  /** The sum of the fired indicators' weights (INDICATOR_RULES, assumptions). */
  readonly score: number;
  /** The score's band in the tier cuts (TIER_CUTS or `opts.tiers`). */
  readonly tier: Tier;
  /** The indicators that fired, in INDICATOR_KEYS order. */
  readonly fired: readonly IndicatorKey[];
  /** Every indicator with its value, threshold, basis and why, as assessRisk gives; empty unless `trace: true`. */
  readonly hits: readonly IndicatorHit[];
}
