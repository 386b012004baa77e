// The domain of measure 1: a taxpayer's tax account (filings, payments, corrections, settlements),
// the overpayments and arrears read from it, and the outcome of a refund.
import type { CivilDate, Money, Trace } from '@gd-ftz/core';

/**
 * Tax types the account knows. VAT is the measure's subject (the seed: 增值税涉税事项智能提醒);
 * the others are where arrears and wrongly typed payments land.
 * @example
 * TAX_TYPES.includes('vat') // true
 */
export const TAX_TYPES = ['vat', 'cit', 'urban-maintenance', 'stamp'] as const;
/** One of {@link TAX_TYPES}. */
export type TaxType = (typeof TAX_TYPES)[number];

/** Bank account on file for refunds (the e-tax bureau pre-fills it). */
export interface BankAccount {
  readonly bankName: string;
  readonly accountName: string;
  readonly accountNo: string;
}

/** Who a taxpayer is, from when, and where refunds go. */
export interface Registration {
  readonly taxpayerId: string;
  readonly registeredOn: CivilDate;
  readonly bank?: BankAccount;
}

/** A return (申报) setting the liability of one tax type and period (`YYYY-MM`). */
export interface FilingEvent {
  readonly kind: 'filing';
  readonly date: CivilDate;
  readonly taxType: TaxType;
  readonly period: string;
  readonly amount: Money;
  readonly dueDate: CivilDate;
}

/** A payment booked to one tax type and period. `id` identifies the receipt (完税凭证). */
export interface PaymentEvent {
  readonly kind: 'payment';
  readonly id: string;
  readonly date: CivilDate;
  readonly taxType: TaxType;
  readonly period: string;
  readonly amount: Money;
}

/** A corrected return (更正申报) replacing the liability of a filed tax type and period. */
export interface CorrectionEvent {
  readonly kind: 'correction';
  readonly date: CivilDate;
  readonly taxType: TaxType;
  readonly period: string;
  readonly amount: Money;
}

/** One debt cleared by an offset, split between tax and late fee (国税发〔2002〕150号). */
export interface OffsetLine {
  readonly taxType: TaxType;
  readonly period: string;
  readonly tax: Money;
  readonly lateFee: Money;
}

/** A refund order (收入退还书) booked: the overpayment consumed, offsets applied, balance refunded. */
export interface SettlementEvent {
  readonly kind: 'settlement';
  readonly date: CivilDate;
  readonly overpaymentId: string;
  readonly principal: Money;
  readonly interest: Money;
  readonly offsets: readonly OffsetLine[];
  readonly refund: Money;
}

/** Anything that advances an account. */
export type AccountEvent = FilingEvent | PaymentEvent | CorrectionEvent | SettlementEvent;

/**
 * An immutable tax account: its registration and the events booked, in booking order.
 * @example
 * const acct: Account = buildAccount({ taxpayerId: 'T1', registeredOn: '2020-01-01' }, []);
 */
export interface Account {
  readonly registration: Registration;
  readonly events: readonly AccountEvent[];
}

/**
 * Why a refund is due, which decides interest (实施细则 第七十八条 excludes 预缴税款的退还, 出口退税,
 * 减免退税 from interest): only `overpaid` (误收, taxpayer-discovered) carries interest.
 */
export type RefundType = 'overpaid' | 'prepayment-settlement' | 'export' | 'relief';

/** What made a payment exceed what is due, as read from the account. */
export type OverpaymentCause = 'duplicate-payment' | 'correction' | 'no-liability';

/**
 * An overpaid amount still unsettled, with the dates that start interest and the claim window.
 * @example
 * const [op]: readonly Overpayment[] = detectOverpayments(acct, civilDate('2022-03-31'));
 * op?.settledOn // starts interest and the three-year window
 */
export interface Overpayment {
  /** `<taxType>|<period>|<paymentId>`. */
  readonly id: string;
  readonly taxpayerId: string;
  readonly taxType: TaxType;
  readonly period: string;
  readonly paymentId: string;
  /** Unsettled principal, whole fen. */
  readonly amount: Money;
  /** 结算缴纳税款之日: the payment's date; starts interest and the three-year window. */
  readonly settledOn: CivilDate;
  /** The date the overpayment became visible in the account (payment or correction booked). */
  readonly visibleOn: CivilDate;
  readonly cause: OverpaymentCause;
  readonly refundType: RefundType;
}

/**
 * An unpaid liability after its due date, with its accrued late fee, as of a date.
 * @example
 * const [debt]: readonly Arrear[] = arrearsOf(acct, civilDate('2022-06-30'));
 * debt?.lateFee.toString() // 万分之五 per day since the due date
 */
export interface Arrear {
  readonly taxType: TaxType;
  readonly period: string;
  readonly dueDate: CivilDate;
  readonly tax: Money;
  /** Accrued and unpaid 滞纳金, rounded to the fen. */
  readonly lateFee: Money;
}

/**
 * Who discovered the overpayment, for 征管法 第五十一条: the authority (no interest, refund within
 * 10 days, no look-back limit), the taxpayer (claim within 3 years, interest), or a system reminder,
 * which the law does not classify: {@link ReminderDiscovery} decides.
 */
export type DiscoveredBy = 'authority' | 'taxpayer' | 'system-reminder';

/**
 * How a system reminder counts. `taxpayer-claim` (default): the reminder prompts the taxpayer's own
 * claim (征管法 第五十一条 second clause; 实施细则 第七十八条 30 days, interest). `authority-discovery`:
 * the reminder is the authority discovering it (第五十一条 first clause; 实施细则 第七十八条 10 days, no interest).
 */
export type ReminderDiscovery = 'taxpayer-claim' | 'authority-discovery';

/** The outcome of processing one overpayment. Lapsed and settled are values, not errors. */
export type RefundOutcome = 'refunded' | 'offset-and-refunded' | 'offset' | 'lapsed' | 'nothing-due';

/**
 * The result of {@link computeRefund}: interest, offsets and refund, with the trace.
 * @example
 * const r: RefundComputation = computeRefund(op, acct, { asOf: '2022-03-20', discoveredBy: 'taxpayer' });
 * r.outcome // 'refunded'
 */
export interface RefundComputation {
  readonly overpaymentId: string;
  readonly outcome: RefundOutcome;
  readonly discovery: 'authority' | 'taxpayer';
  readonly principal: Money;
  readonly interest: Money;
  readonly interestDays: number;
  readonly offsets: readonly OffsetLine[];
  readonly refund: Money;
  /** The processing date (refund order issued), or the claim date for a lapsed claim. */
  readonly asOf: CivilDate;
  /** Last day of the taxpayer's claim window (undefined for authority discoveries: no limit). */
  readonly windowEndsOn?: CivilDate;
  /** Statutory last day to process (10 days after discovery or 30 after the application). */
  readonly processBy?: CivilDate;
  readonly trace: Trace;
}
