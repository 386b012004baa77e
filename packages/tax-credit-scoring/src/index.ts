// Public surface of @gd-ftz/tax-credit-scoring: named re-exports only. The measure, the domain
// functions a developer calls case by case, the law, and the types; simulation internals stay inside.
export { initialState, rescoreMonth } from './dynamic';
export type { Facilitation } from './facilitation';
export { facilitationOf } from './facilitation';
export type { GradeBasis, GradeDecision } from './grade';
export { creditGrade, explainCreditGrade } from './grade';
export { CITES, PARAMETERS } from './law';
export { measure } from './measure';
export type {
  BreachCode,
  CreditEvent,
  CreditGrade,
  DataSource,
  Deduction,
  DynamicState,
  FilingKind,
  GradeInput,
  IndicatorCode,
  NotACase,
  OpenCase,
  RegimeId,
  ScoreResult,
  YearMonth,
  ZeroVatReason,
} from './model';
export { BREACH_CODES, CREDIT_GRADES, NOT_A_CASES } from './model';
export { yearMonth } from './month';
export type { TaxCreditScoringParams } from './params';
export { PARAMS } from './params';
export type { Regime } from './regimes';
export { INDICATORS, REGIME_2014, REGIME_2025, regimeAt } from './regimes';
export { annualScore } from './score';
