// The domain of measure 6: a taxpayer's risk class and its monthly credit ledger under 数电票.
import type { CivilDate, Money } from '@gd-ftz/core';

/** The four risk classes of the credit rules: Ⅰ high, Ⅱ medium, Ⅲ low, Ⅳ none (white list). */
export type RiskClass = 'I' | 'II' | 'III' | 'IV';

/** A calendar month written `YYYY-MM`. */
export type YearMonth = string;

/** What the tax office knows of a taxpayer on the 1st of a month: its risk class this month. */
export interface CreditProfile {
  readonly riskClass: RiskClass;
  /**
   * An existing firm's last approved monthly total under 票种核定 (a new firm has none): a class Ⅰ/Ⅱ
   * firm starts at the lower of it and the class limit.
   */
  readonly approvedTotal?: Money | string | undefined;
}

/**
 * How the class limits and the top-up trigger are set in a run: the reported rules are unconfirmed,
 * so a scenario can scale the limits and move the trigger. Omitted: the law's values.
 */
export interface CreditTerms {
  /** Multiplier on every class limit, a decimal string (default '1'). */
  readonly limitScale?: string | undefined;
  /** Share of the opening credit that triggers the top-up, a decimal string (default the law's 0.8). */
  readonly topUpTrigger?: string | undefined;
}

/** One taxpayer's credit for one calendar month: immutable; `issue` returns a new one. */
export interface MonthLedger {
  readonly month: YearMonth;
  readonly riskClass: RiskClass;
  /** The total credit set on the 1st (定期). */
  readonly openingTotal: Money;
  /** The total credit now (after a top-up, if any). */
  readonly total: Money;
  /** Credit used this month: digital amounts excl. VAT plus paper copies × their single-invoice cap. */
  readonly used: Money;
  /** Usage at which the one top-up of the month fires (Ⅲ/Ⅳ only). */
  readonly topUpAt: Money;
  /** The top-up's size (zero for Ⅰ/Ⅱ). */
  readonly topUpBy: Money;
  readonly toppedUp: boolean;
  /** 暂停授信: every issuance is blocked while set. */
  readonly suspended: boolean;
  /** Consecutive months before this one whose usage exceeded their opening credit. */
  readonly monthsAbove: number;
  /** Consecutive months before this one whose usage stayed under their top-up trigger. */
  readonly monthsBelow: number;
  /** Usage of up to the 12 previous months, oldest first. */
  readonly recentUsed: readonly Money[];
  /** The day of the last issuance this month (issuances run forward in time). */
  readonly lastIssuedOn: CivilDate | null;
}

/** One invoice to issue against a ledger. */
export interface InvoiceRequest {
  /** Amount excluding VAT, yuan with at most two decimals, positive. */
  readonly amountExclVat: Money | string;
  /** The civil date of issuance, inside the ledger's month. */
  readonly at: string;
  /** A paper (税控) copy: its single-invoice cap, which it uses up whatever its amount. */
  readonly paperCap?: Money | string | undefined;
}

/** What happened to one issuance. */
export type IssueOutcome = 'issued' | 'topped-up' | 'blocked';
