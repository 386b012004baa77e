// Public surface of @gd-ftz/tax-credit-scoring: named re-exports only.

export { initialState, rescoreMonth } from './dynamic';
export type { Facilitation } from './facilitation';
export { facilitationOf } from './facilitation';
export type { GradeBasis, GradeDecision } from './grade';
export { creditGrade, explainCreditGrade } from './grade';
export {
  CITES,
  CONSECUTIVE_A_BONUS,
  EVASION_MIN_AMOUNT,
  EVASION_MIN_SHARE,
  GRADE_A_MIN,
  GRADE_B_MIN,
  GRADE_C_MIN,
  INVOICE_MONTHS_A,
  INVOICE_MONTHS_B,
  LATE_FILING_POINTS,
  M_NO_REVENUE_MIN,
  MIN_OPERATING_YEARS_FOR_A,
  NEW_ENTITY_MONTHS,
  NON_RECURRING_YEARS,
  RESULT_MONTH,
  SCORE_D_EXTRA,
  START_FULL,
  START_MISSING,
  START_RECURRING_COMPLETE,
  ZERO_VAT_CONSECUTIVE,
  ZERO_VAT_CUMULATIVE,
} from './law';
export { measure } from './measure';
export type {
  BreachCode,
  BreachEvent,
  CreditEvent,
  CreditGrade,
  DataSource,
  Deduction,
  DynamicState,
  EntityKind,
  EvasionEvent,
  FilingEvent,
  FilingKind,
  GradeInput,
  IndicatorCode,
  IndicatorEvent,
  IrregularBooksEvent,
  LateFilingEvent,
  NonRecurringEvent,
  NotACase,
  OpenCase,
  RatedEvent,
  RegimeId,
  RegisteredEvent,
  RepairEvent,
  ScoreResult,
  YearMonth,
  ZeroVatReason,
} from './model';
export { BREACH_CODES, CREDIT_GRADES, NOT_A_CASES, REGIME_IDS } from './model';
export { yearMonth } from './month';
export type { TaxCreditScoringParams } from './params';
export { PARAMS } from './params';
export type { Regime } from './regimes';
export { INDICATORS, REGIME_2014, REGIME_2025, REGIMES, regimeAt } from './regimes';
export { annualScore } from './score';
