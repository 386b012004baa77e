// The domain of measure 9: a firm's credit record (events), the grade the rules give it, the
// annual score, and the monthly dynamic state of the reform.
import type { CivilDate, Trace } from '@gd-ftz/core';

/**
 * The five credit grades, best first (2014 第18条 with M added by 2018年第8号; 2025 第16条).
 * @example
 * CREDIT_GRADES.indexOf('M') // 2: M ranks between B and C
 */
export const CREDIT_GRADES = ['A', 'B', 'M', 'C', 'D'] as const;
/** One of {@link CREDIT_GRADES}. */
export type CreditGrade = (typeof CREDIT_GRADES)[number];

/**
 * The two regimes by as-of date: 总局公告2014年第40号 (2014-10-01 to 2025-06-30) and
 * 总局公告2025年第12号 (from 2025-07-01).
 */
export type RegimeId = 'sat-2014-40' | 'sat-2025-12';

/**
 * Cases that keep a firm out of A (2014 第19条 / 2025 第17条, items (一)–(四) in this order).
 * @example
 * NOT_A_CASES.length // 4
 */
export const NOT_A_CASES = ['under-3-years', 'd-last-year', 'zero-vat-months', 'irregular-books'] as const;
/** One of {@link NOT_A_CASES}. */
export type NotACase = (typeof NOT_A_CASES)[number];

/**
 * Serious breaches that make a firm D directly (2014 第20条, 10 items / 2025 第18条, 13 items), one
 * code per case. Evasion (偷税 ≥ 10万 and ≥ 10%) is not a code: it is judged from its amounts
 * (`GradeInput.evasion`). Which codes each regime knows, and under which item, is in `regimes.ts`.
 * @example
 * BREACH_CODES.includes('abnormal-household') // true
 */
export const BREACH_CODES = [
  'tax-crime',
  'tax-violation',
  'credit-refund-fraud',
  'police-referral',
  'unpaid-decision',
  'violent-refusal',
  'invoice-violation',
  'false-preference',
  'export-refund-suspended',
  'abnormal-household',
  'absconded',
  'run-by-abnormal-responsible',
  'run-by-d-responsible',
  'major-violation-list',
  'other-serious',
] as const;
/** One of {@link BREACH_CODES}. */
export type BreachCode = (typeof BREACH_CODES)[number];

/** The facts a grade is decided on (2014 第18–20条 / 2025 第16–18条). */
export interface GradeInput {
  /** Annual indicator score, 0–100. */
  readonly score: number;
  /** Operating (default), new (first tax dealing < 1 year), or no operating revenue in the year. */
  readonly entity?: 'operating' | 'new' | 'no-revenue';
  readonly notA?: readonly NotACase[];
  readonly seriousBreaches?: readonly BreachCode[];
  /** An evasion finding: amounts in yuan as decimal strings (evaded is part of the total tax due). */
  readonly evasion?: { readonly evaded: string; readonly taxDue: string };
  /**
   * The previous evaluation year's D is kept for this year (a direct D before any score-based D was
   * dropped: 2014 第32条; 2020年第15号 三; 2025 第34条). Set by {@link annualScore}; default false.
   */
  readonly keptD?: boolean;
}

/** Where a record comes from: the tax authority's own data, or a linked department. */
export type DataSource = 'tax' | 'social-insurance' | 'market-regulation' | 'customs' | 'judicial';

/** A calendar month `YYYY-MM`. */
export type YearMonth = string & { readonly __brand: 'YearMonth' };

/** Taxes and fees whose late filing is an indicator; social insurance is rated only from 2025-07-01 (税费同评). */
export type FilingKind = 'vat' | 'cit' | 'iit' | 'stamp' | 'other-tax' | 'social-insurance';

/**
 * Indicators other than late filing, with their deduction tier (see `INDICATORS` in law.ts). The
 * `other-*` codes stand for the remaining indicators of 第48号 / 附件1 by tier (assumption).
 */
export type IndicatorCode =
  | 'tax-control-lost'
  | 'tax-control-damaged'
  | 'info-mismatch'
  | 'false-undertaking'
  | 'iit-reconciliation-skipped'
  | 'export-check-finding'
  | 'other-1'
  | 'other-3'
  | 'other-5'
  | 'other-11';

/** Why a zero VAT return is normal (2015年第85号 五; 2025 第17条 reading of (三)). */
export type ZeroVatReason = 'seasonal' | 'exemption' | 'credit-carryforward' | 'super-deduction';

/**
 * Anything in a firm's credit record. Every record has `date` (when it happened; for a return, when
 * it was filed), optional `recordedOn` (when the scorer's record holds it, 何时记载何时评价; default
 * `date`) and optional `source` (default `'tax'`). By `kind`:
 * - `registered`: first dealing with the tax authority (首次办理涉税事宜): decides new (M) and the 3-year test;
 * - `filing`: a monthly VAT return for `period`: payable sign `vat`, operating `revenue`, why zero is normal (`zeroReason`);
 * - `late-filing`: a return of `tax` filed late (未按规定期限申报);
 * - `indicator`: another deduction indicator `code`;
 * - `non-recurring`: a 纳税评估, 大企业审计, 反避税 or 稽查 decision;
 * - `irregular-books`: books not kept to the national accounting rules (2014 第19条(四) / 2025 第17条(四));
 * - `breach`: a serious breach (direct D), open until repaired;
 * - `evasion`: an evasion finding (yuan as decimal strings), direct D only when both thresholds are met;
 * - `repair`: credit repair (信用修复) closing the oldest open case of `code`;
 * - `rated`: an annual result for `year`, as recorded (normally in April of the next year), with
 *   how a D was reached (`basis`: by score, by a direct case, or kept from the year before).
 */
export type CreditEvent = {
  readonly date: CivilDate;
  readonly recordedOn?: CivilDate;
  readonly source?: DataSource;
} & (
  | { readonly kind: 'registered' }
  | {
      readonly kind: 'filing';
      readonly period: YearMonth;
      readonly vat: 'positive' | 'zero' | 'negative';
      readonly revenue: boolean;
      readonly zeroReason?: ZeroVatReason;
    }
  | { readonly kind: 'late-filing'; readonly tax: FilingKind }
  | { readonly kind: 'indicator'; readonly code: IndicatorCode }
  | { readonly kind: 'non-recurring' }
  | { readonly kind: 'irregular-books' }
  | { readonly kind: 'breach'; readonly code: BreachCode }
  | { readonly kind: 'evasion'; readonly evaded: string; readonly taxDue: string }
  | { readonly kind: 'repair'; readonly code: BreachCode | 'evasion' }
  | {
      readonly kind: 'rated';
      readonly year: number;
      readonly grade: CreditGrade;
      readonly basis: 'score' | 'direct' | 'kept';
    }
);

/** An annual result in the record (internal shorthand). */
export type RatedEvent = Extract<CreditEvent, { kind: 'rated' }>;

/** One deduction applied to a score, with the article or assumption behind it. */
export interface Deduction {
  readonly what: string;
  readonly month: YearMonth;
  readonly points: number;
}

/** The result of {@link annualScore}: start, deductions, score, the derived grade facts and the grade. */
export interface ScoreResult {
  readonly year: number;
  readonly asOf: CivilDate;
  readonly regime: RegimeId;
  readonly start: number;
  readonly deductions: readonly Deduction[];
  /** Start − deductions (+ bonus), floored at 0 and capped at 100. */
  readonly score: number;
  readonly input: GradeInput;
  readonly grade: CreditGrade;
  /** How the grade was reached. */
  readonly basis: 'score' | 'direct' | 'kept' | 'new';
  readonly trace: Trace;
}

/** An open direct-D case of the dynamic record. */
export interface OpenCase {
  readonly code: BreachCode | 'evasion';
  readonly date: CivilDate;
  readonly evaded?: string;
  readonly taxDue?: string;
}

/**
 * The reform's dynamic record of one firm: a rolling window of the last 12 months, the open cases,
 * the annual result in force, and the class the rules give it now. Plain data (JSON-safe), never
 * mutated: {@link rescoreMonth} returns a new state.
 */
export interface DynamicState {
  /** The last month scored: the window is the 12 months ending here. */
  readonly month: YearMonth;
  readonly regime: RegimeId;
  /**
   * The 12 months ending at `month`, oldest first, packed as 36 numbers: per month a flags word
   * (bits 0–7 late tax filings, 8 late social-insurance filing, 9 return filed, 10 operating
   * revenue, 11–12 zero-VAT code, 13 irregular books), then the indicator points both regimes know,
   * then the points of indicators only the 2025 regime knows.
   */
  readonly window: readonly number[];
  readonly registeredOn: CivilDate | null;
  /** Latest month with a non-recurring record. */
  readonly lastNonRecurring: YearMonth | null;
  readonly open: readonly OpenCase[];
  /** The latest annual result recorded. */
  readonly prior: {
    readonly year: number;
    readonly grade: CreditGrade;
    readonly basis: 'score' | 'direct' | 'kept';
  } | null;
  readonly score: number;
  /** The dynamic class: the grade the rules give the current record. */
  readonly grade: CreditGrade;
}
