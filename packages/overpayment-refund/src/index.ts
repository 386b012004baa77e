// Public surface of @gd-ftz/overpayment-refund: named re-exports only.
export type { AccountEventInput, RegistrationInput } from './account';
export { applyEvent, buildAccount, openAccount } from './account';
export type { CaseDraws } from './behaviour';
export { PROCESS_ASSUMPTIONS } from './behaviour';
export type { CasePlan, Variant } from './cases';
export { HORIZON } from './cases';
export {
  AUTHORITY_REFUND_DAYS,
  CIT_PREPAYMENT_DAYS,
  CITES,
  CLAIM_PROCESSING_DAYS,
  CLAIM_WINDOW_YEARS,
  DEMAND_DEPOSIT_RATE,
  INTEREST_YEAR_DAYS,
  LATE_FEE_DAILY_RATE,
  VAT_FILING_DAYS,
} from './law';
export type { LedgerView } from './ledger';
export { arrearsOf, detectOverpayments, readLedger } from './ledger';
export { measure } from './measure';
export type {
  Account,
  AccountEvent,
  Arrear,
  BankAccount,
  CorrectionEvent,
  DiscoveredBy,
  FilingEvent,
  OffsetLine,
  Overpayment,
  OverpaymentCause,
  PaymentEvent,
  RefundComputation,
  RefundOutcome,
  RefundType,
  Registration,
  ReminderDiscovery,
  SettlementEvent,
  TaxType,
} from './model';
export { TAX_TYPES } from './model';
export type { OverpaymentRefundParams } from './params';
export { PARAMS } from './params';
export type { PopulationOptions, SyntheticTaxpayer } from './population';
export { CAUSE_WEIGHTS, generatePopulation, POPULATION_YEAR } from './population';
export type { ApplicationLine, RefundApplication } from './prefill';
export { LEGACY_FIELDS, prefillApplication } from './prefill';
export type {
  HistoryEntry,
  RefundContext,
  RefundEvent,
  RefundEventType,
  RefundProcess,
  RefundStatus,
} from './process';
export {
  allowedEvents,
  isFinal,
  REFUND_STATUSES,
  refundMachine,
  STATUS_BASIS,
  startProcess,
  transition,
  tryTransition,
} from './process';
export type { RefundOptions } from './refund';
export { computeRefund } from './refund';
export type { ReviewFacts } from './review';
export { autoReview, REVIEW_FACTS, REVIEW_RULES } from './review';
export type { ProcessResult, SettleResult } from './settle';
export { processOverpayments, settleRefund } from './settle';
export type { BatchResult, CasePair } from './simulate';
export { runBatch } from './simulate';
export type { VariantStats } from './stats';
export { addYears, claimWindowEnd, processingDeadline } from './windows';
