// Booking a computed refund into the account, and the one-step flow "detect → compute → book".
// Booking re-reads the account, so a refund is never booked twice however often the flow runs.
import { type CivilDate, Money, parse, ValidationError } from '@gd-ftz/core';
import { checkAccount } from './account';
import { type LedgerView, readLedger } from './ledger';
import type { Account, RefundComputation, SettlementEvent } from './model';
import { checkRefundOptions, computeRefund, type RefundOptions } from './refund';
import { computationSchema } from './schemas';

/**
 * What {@link settleRefund} returns: the account (advanced or unchanged) and whether it booked.
 * @example
 * const { account: next, booked }: SettleResult = settleRefund(acct, computeRefund(op, acct, { asOf: '2022-03-20', discoveredBy: 'taxpayer' }));
 */
export interface SettleResult {
  readonly account: Account;
  readonly booked: boolean;
}

/**
 * Books a refund order (收入退还书) for a computation whose outcome refunds or offsets: the
 * overpayment's principal is consumed and the offsets pay the debts they clear. A computation
 * that no longer matches an open overpayment of the account (already booked) changes nothing.
 * @throws ValidationError naming `account` or `computation.<field>`.
 * @example
 * const { account: next, booked } = settleRefund(acct, computeRefund(op, acct, { asOf: '2022-03-20', discoveredBy: 'taxpayer' }));
 */
export function settleRefund(account: Account, computation: RefundComputation): SettleResult {
  checkAccount(account);
  parse(computationSchema, computation, 'computation');
  const { outcome } = computation;
  if (outcome === 'lapsed' || outcome === 'nothing-due') {
    checkBalances(computation);
    return { account, booked: false };
  }
  return bookRefund(account, computation, readLedger(account, computation.asOf));
}

/**
 * {@link settleRefund} on a computation this package just made from `ledger`, the account's ledger
 * as of the computation's day (the batch path reads it once for computing and booking). The
 * balance check still runs. Internal.
 * @throws ValidationError naming `computation.refund` when the booking does not balance.
 */
export function bookRefund(
  account: Account,
  computation: RefundComputation,
  ledger: LedgerView,
): SettleResult {
  const event = settlementOf(computation, ledger);
  if (!event) return { account, booked: false };
  return {
    account: Object.freeze({
      registration: account.registration,
      events: Object.freeze([...account.events, event]),
    }),
    booked: true,
  };
}

/**
 * The settlement event that books `computation`, or undefined when there is nothing to book (a
 * lapsed or nothing-due outcome, or an overpayment no longer open in `ledger`). Internal.
 * @throws ValidationError naming `computation.refund` when the booking does not balance.
 */
export function settlementOf(
  computation: RefundComputation,
  ledger: LedgerView,
): SettlementEvent | undefined {
  checkBalances(computation);
  const { outcome } = computation;
  if (outcome === 'lapsed' || outcome === 'nothing-due') return undefined;
  const open = ledger.overpayments.find((o) => o.id === computation.overpaymentId);
  if (!open || open.amount.lessThan(computation.principal)) return undefined;
  return Object.freeze({
    kind: 'settlement',
    date: computation.asOf,
    overpaymentId: computation.overpaymentId,
    principal: computation.principal,
    interest: computation.interest,
    offsets: Object.freeze([...computation.offsets]),
    refund: computation.refund,
  });
}

/**
 * The booking must balance (issue 32: a 50.00 overpayment was once booked with a refund of
 * 1,000,000): what the authority owes, principal + interest, is exactly what leaves the account,
 * refund + offset tax + offset late fees. Whole fen and signs are the schema's.
 */
function checkBalances(c: RefundComputation): void {
  const owed = c.principal.add(c.interest);
  const paid = c.refund.add(Money.sum(c.offsets.flatMap((o) => [o.tax, o.lateFee])));
  if (!owed.equals(paid))
    throw ValidationError.of(
      'computation.refund',
      `refund + offsets (${paid.toPlainString()}) must equal principal + interest (${owed.toPlainString()})`,
      `退还额加抵扣额（${paid.toPlainString()}）须等于多缴税款加利息（${owed.toPlainString()}）`,
    );
}

/**
 * What {@link processOverpayments} returns.
 * @example
 * const { refunds, lapsed, account }: ProcessResult = processOverpayments(acct, { asOf: '2022-06-13', discoveredBy: 'taxpayer' });
 */
export interface ProcessResult {
  readonly account: Account;
  /** Booked refunds and offsets. */
  readonly refunds: readonly RefundComputation[];
  /** Overpayments whose taxpayer claim came after the window (a value, never booked). */
  readonly lapsed: readonly RefundComputation[];
}

/**
 * The whole flow for an account on one day: detect every open overpayment, compute its refund
 * (offsets first) and book it, in settlement order. Idempotent: running it again on the result
 * refunds nothing more.
 * @throws ValidationError naming `account` or `options.<field>` (checked before anything is read).
 * @example
 * const once = processOverpayments(acct, { asOf: '2022-03-20', discoveredBy: 'system-reminder' });
 * processOverpayments(once.account, { asOf: '2022-03-20', discoveredBy: 'system-reminder' }).refunds.length // 0
 */
export function processOverpayments(account: Account, options: RefundOptions): ProcessResult {
  checkAccount(account);
  checkRefundOptions(options);
  let current = account;
  const refunds: RefundComputation[] = [];
  const lapsed: RefundComputation[] = [];
  for (const op of readLedger(account, options.asOf as CivilDate).overpayments) {
    const r = computeRefund(op, current, options);
    const settled = settleRefund(current, r);
    current = settled.account;
    if (settled.booked) refunds.push(r);
    else if (r.outcome === 'lapsed') lapsed.push(r);
  }
  return { account: current, refunds, lapsed };
}
