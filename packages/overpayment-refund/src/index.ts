// Public surface of @gd-ftz/overpayment-refund: named re-exports only. The measure, the domain API a
// developer calls case by case (account, ledger, refund, settlement, prefill, review, process,
// windows), the law, and the types those need. Simulation and report internals stay inside.
export type { AccountEventInput, RegistrationInput } from './account';
export { applyEvent, buildAccount, openAccount } from './account';
export { CITES, LAW_PARAMS } from './law';
export type { LedgerView } from './ledger';
export { arrearsOf, detectOverpayments, readLedger } from './ledger';
export { measure } from './measure';
export type { Account, Arrear, Overpayment, RefundComputation } from './model';
export type { OverpaymentRefundParams } from './params';
export type { RefundApplication } from './prefill';
export { prefillApplication } from './prefill';
export type { RefundEvent, RefundProcess, RefundStatus } from './process';
export {
  allowedEvents,
  isFinal,
  STATUS_BASIS,
  startProcess,
  transition,
  tryTransition,
} from './process';
export type { RefundOptions } from './refund';
export { computeRefund } from './refund';
export type { ReviewFacts } from './review';
export { autoReview, REVIEW_RULES } from './review';
export type { ProcessResult, SettleResult } from './settle';
export { processOverpayments, settleRefund } from './settle';
export { claimWindowEnd, processingDeadline } from './windows';
