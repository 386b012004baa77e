// Public surface of @gd-ftz/e-invoice-risk-control: named re-exports only. The measure, the domain
// functions a developer calls case by case, the law, and the types; simulation and report internals
// stay inside.
export { verificationDeadline } from './deadline';
export {
  CITES,
  CLASS_LIMITS,
  FIRST_SUPPLY,
  LOWER_AFTER_MONTHS,
  RAISE_AFTER_MONTHS,
  TOP_UP_RATES,
  TOP_UP_TRIGGER,
  TYPE_DECISION_WORKING_DAYS,
  VAT_RATE,
  VERIFICATION_WORKING_DAYS,
} from './law';
export { availableCredit, issue, openMonth } from './ledger';
export { measure } from './measure';
export type {
  CreditProfile,
  CreditTerms,
  InvoiceRequest,
  IssueOutcome,
  MonthLedger,
  RiskClass,
  YearMonth,
} from './model';
export type { EInvoiceRiskControlParams } from './params';
export type { CreditPool } from './pool';
export { creditPool } from './pool';
export type { AlertCase, AlertContext, AlertEvent, AlertState } from './process';
export { alertMachine } from './process';
