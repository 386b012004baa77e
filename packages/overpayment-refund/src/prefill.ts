// The pre-filled refund application the e-tax bureau offers after a reminder: bank data, reason,
// mode (退税 or 先抵后退) and every open overpaid receipt, so the taxpayer only confirms.
import { type CivilDate, describeValue, Money, parse, ValidationError } from '@gd-ftz/core';
import { checkAccount } from './account';
import { readLedger } from './ledger';
import type { Account, Arrear, BankAccount, TaxType } from './model';
import { prefillOptionsSchema } from './schemas';

/** One receipt line of the application (all 多缴 receipts are listed automatically). */
export interface ApplicationLine {
  readonly overpaymentId: string;
  readonly taxType: TaxType;
  readonly period: string;
  readonly paymentId: string;
  readonly settledOn: CivilDate;
  readonly amount: Money;
}

/**
 * A refund application (《退(抵)税申请表》 content) as the e-tax bureau pre-fills it.
 * @example
 * const app: RefundApplication = prefillApplication(acct, { asOf: '2022-03-01' });
 */
export interface RefundApplication {
  readonly taxpayerId: string;
  readonly asOf: CivilDate;
  readonly reason: { readonly zh: '申请多缴税款退税'; readonly en: 'Refund of overpaid tax' };
  /** `offset-then-refund` (先抵后退) when the account has arrears, else `refund` (退税). */
  readonly mode: 'refund' | 'offset-then-refund';
  readonly lines: readonly ApplicationLine[];
  readonly total: Money;
  readonly arrears: readonly Arrear[];
  readonly bank?: BankAccount;
  /** Fields the system filled in. */
  readonly prefilled: readonly string[];
  /** What the taxpayer still has to do or enter: always the confirmation; bank data when none is on file. */
  readonly taxpayerInputs: readonly string[];
}

/**
 * The fields of the legacy paper application a taxpayer fills in alone (《退(抵)税申请表》, fact
 * pack §1 S7), per receipt line and per application; used to compare with the pre-filled form.
 * @example
 * LEGACY_FIELDS.perApplication.length // 8
 */
export const LEGACY_FIELDS = {
  perApplication: [
    'taxpayerName',
    'taxpayerId',
    'reason',
    'mode',
    'bank.bankName',
    'bank.accountName',
    'bank.accountNo',
    'proof',
  ],
  perLine: ['taxType', 'period', 'paymentId', 'amount'],
} as const;

/**
 * Pre-fills the refund application of an account on `asOf`: every open overpayment is a line, the
 * mode follows the arrears (实施细则 第七十九条 先抵后退), bank data come from the registration. With
 * `overpaymentIds` only those lines are listed (the taxpayer's ticks); unknown ids are a
 * ValidationError naming `overpaymentIds.<i>`.
 * @example
 * const app = prefillApplication(acct, { asOf: '2022-03-01' });
 * app.taxpayerInputs // ['confirm'] when a bank account is on file
 */
export function prefillApplication(
  account: Account,
  options: { readonly asOf: string; readonly overpaymentIds?: readonly string[] },
): RefundApplication {
  checkAccount(account);
  const o = parse(prefillOptionsSchema, options, 'options');
  const asOf = o.asOf;
  const ledger = readLedger(account, asOf);
  let open = ledger.overpayments;
  if (o.overpaymentIds !== undefined) {
    o.overpaymentIds.forEach((id, i) => {
      if (!open.some((o) => o.id === id)) {
        throw ValidationError.of(
          `options.overpaymentIds.${i}`,
          `no open overpayment ${describeValue(id)}`,
          `无待退多缴款 ${describeValue(id)}`,
        );
      }
    });
    const wanted = new Set(o.overpaymentIds);
    open = open.filter((o) => wanted.has(o.id));
  }
  const lines = open.map((o) =>
    Object.freeze({
      overpaymentId: o.id,
      taxType: o.taxType,
      period: o.period,
      paymentId: o.paymentId,
      settledOn: o.settledOn,
      amount: o.amount,
    }),
  );
  const bank = account.registration.bank;
  const prefilled = ['taxpayerName', 'taxpayerId', 'reason', 'mode', 'lines', ...(bank ? ['bank'] : [])];
  const taxpayerInputs = bank
    ? ['confirm']
    : ['bank.bankName', 'bank.accountName', 'bank.accountNo', 'confirm'];
  return Object.freeze({
    taxpayerId: account.registration.taxpayerId,
    asOf,
    reason: { zh: '申请多缴税款退税', en: 'Refund of overpaid tax' } as const,
    mode: ledger.arrears.length > 0 ? 'offset-then-refund' : 'refund',
    lines: Object.freeze(lines),
    total: Money.sum(lines.map((l) => l.amount)),
    arrears: ledger.arrears,
    ...(bank ? { bank } : {}),
    prefilled: Object.freeze(prefilled),
    taxpayerInputs: Object.freeze(taxpayerInputs),
  });
}
