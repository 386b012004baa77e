// Reading an account as of a date: per tax type and period, the liability, what was paid, the late
// fee accrued (征管法 第三十二条, 实施细则 第七十五条), the arrears and the overpaid lots.
import {
  type CivilDate,
  civilDate,
  dailyRateInterest,
  isCivilDate,
  Money,
  Rate,
  toEpochDay,
  ValidationError,
  valueAt,
} from '@gd-ftz/core';
import { checkAccount } from './account';
import { LATE_FEE_DAILY_RATE } from './law';
import type { Account, Arrear, Overpayment, OverpaymentCause, TaxType } from './model';

type Credit =
  | {
      readonly kind: 'payment';
      readonly id: string;
      readonly date: CivilDate;
      readonly amount: Money;
      readonly seq: number;
    }
  | {
      readonly kind: 'offset';
      readonly date: CivilDate;
      readonly tax: Money;
      readonly lateFee: Money;
      readonly seq: number;
    };

interface KeyBook {
  readonly taxType: TaxType;
  readonly period: string;
  filed?: Money;
  amount?: Money;
  dueDate?: CivilDate;
  correctedOn?: CivilDate;
  readonly credits: Credit[];
}

/**
 * What {@link readLedger} returns: open overpayments and arrears as of a date.
 * @example
 * const view: LedgerView = readLedger(acct, civilDate('2022-03-31'));
 * view.overpayments.length // open overpayments as of 2022-03-31
 */
export interface LedgerView {
  readonly asOf: CivilDate;
  readonly overpayments: readonly Overpayment[];
  readonly arrears: readonly Arrear[];
}

function booksOf(
  account: Account,
  asOf: CivilDate,
): { books: Map<string, KeyBook>; consumed: Map<string, Money> } {
  const books = new Map<string, KeyBook>();
  const consumed = new Map<string, Money>();
  const book = (taxType: TaxType, period: string): KeyBook => {
    const key = `${taxType}|${period}`;
    let b = books.get(key);
    if (!b) {
      b = { taxType, period, credits: [] };
      books.set(key, b);
    }
    return b;
  };
  account.events.forEach((e, seq) => {
    if (e.date > asOf) return;
    switch (e.kind) {
      case 'filing': {
        const b = book(e.taxType, e.period);
        b.filed = e.amount;
        b.amount = e.amount;
        b.dueDate = e.dueDate;
        break;
      }
      case 'correction': {
        const b = book(e.taxType, e.period);
        b.amount = e.amount;
        if (!b.correctedOn || e.date > b.correctedOn) b.correctedOn = e.date;
        break;
      }
      case 'payment':
        book(e.taxType, e.period).credits.push({
          kind: 'payment',
          id: e.id,
          date: e.date,
          amount: e.amount,
          seq,
        });
        break;
      case 'settlement':
        consumed.set(e.overpaymentId, (consumed.get(e.overpaymentId) ?? Money.zero()).add(e.principal));
        for (const o of e.offsets) {
          book(o.taxType, o.period).credits.push({
            kind: 'offset',
            date: e.date,
            tax: o.tax,
            lateFee: o.lateFee,
            seq,
          });
        }
        break;
    }
  });
  return { books, consumed };
}

function causeOf(b: KeyBook, paidOn: CivilDate): { cause: OverpaymentCause; visibleOn: CivilDate } {
  if (b.amount === undefined) return { cause: 'no-liability', visibleOn: paidOn };
  if (b.correctedOn && b.filed && b.amount.lessThan(b.filed)) {
    return { cause: 'correction', visibleOn: b.correctedOn > paidOn ? b.correctedOn : paidOn };
  }
  return { cause: 'duplicate-payment', visibleOn: paidOn };
}

/**
 * Replays an account up to `asOf` (events dated later are ignored) and returns the unsettled
 * overpaid lots and the arrears with their late fees. Payments clear the tax first, then its late
 * fee (国家税务总局公告2019年第48号, as the fact pack notes); what is left of a payment is overpaid
 * from that payment's date (结算缴纳税款之日). A correction is applied to the whole period, so a
 * payment made before a downward correction becomes overpaid from its own date. Late fees accrue at
 * 0.05% a day on the unpaid tax from the day after the due date to the payment date inclusive.
 * @throws ValidationError naming `account` or `asOf`.
 * @example
 * readLedger(acct, civilDate('2022-12-31')).overpayments.map((o) => o.amount.toString())
 */
export function readLedger(account: Account, asOf: CivilDate): LedgerView {
  checkAccount(account);
  if (!isCivilDate(asOf))
    throw ValidationError.of('asOf', 'must be a real date YYYY-MM-DD', '必须是有效日期 YYYY-MM-DD');
  const rate = Rate.fromDecimal(valueAt(LATE_FEE_DAILY_RATE, asOf));
  const asOfDay = toEpochDay(asOf);
  const { books, consumed } = booksOf(account, asOf);
  const overpayments: Overpayment[] = [];
  const arrears: Arrear[] = [];
  const zero = Money.zero();
  for (const b of books.values()) {
    let tax = b.amount ?? zero;
    let fee = zero;
    const due = b.dueDate ? toEpochDay(b.dueDate) : Number.POSITIVE_INFINITY;
    let last = due;
    const accrue = (day: number) => {
      if (day <= last) return;
      if (!tax.isZero()) fee = fee.add(dailyRateInterest(tax, rate, day - last));
      last = day;
    };
    const credits =
      b.credits.length < 2
        ? b.credits
        : [...b.credits].sort((x, y) => (x.date === y.date ? x.seq - y.seq : x.date < y.date ? -1 : 1));
    for (const c of credits) {
      accrue(toEpochDay(c.date));
      if (c.kind === 'offset') {
        tax = tax.lessThanOrEqual(c.tax) ? zero : tax.subtract(c.tax);
        fee = fee.lessThanOrEqual(c.lateFee) ? zero : fee.subtract(c.lateFee);
        continue;
      }
      let left = c.amount;
      if (left.lessThanOrEqual(tax)) {
        tax = tax.subtract(left);
        continue;
      }
      left = left.subtract(tax);
      tax = zero;
      if (!fee.isZero()) {
        const owed = fee.round();
        const toFee = left.lessThan(owed) ? left : owed;
        fee = fee.lessThanOrEqual(toFee) ? zero : fee.subtract(toFee);
        left = left.subtract(toFee);
        if (!left.isPositive()) continue;
      }
      const id = `${b.taxType}|${b.period}|${c.id}`;
      const used = consumed.get(id);
      const open = used ? left.subtract(used) : left;
      if (!open.isPositive()) continue;
      const { cause, visibleOn } = causeOf(b, c.date);
      overpayments.push(
        Object.freeze({
          id,
          taxpayerId: account.registration.taxpayerId,
          taxType: b.taxType,
          period: b.period,
          paymentId: c.id,
          amount: open,
          settledOn: c.date,
          visibleOn,
          cause,
          refundType: 'overpaid',
        }),
      );
    }
    accrue(asOfDay);
    const lateFee = fee.isZero() ? zero : fee.round();
    if (b.dueDate && asOfDay > due && (tax.isPositive() || lateFee.isPositive())) {
      arrears.push(Object.freeze({ taxType: b.taxType, period: b.period, dueDate: b.dueDate, tax, lateFee }));
    }
  }
  overpayments.sort((x, y) =>
    x.settledOn === y.settledOn ? (x.id < y.id ? -1 : 1) : x.settledOn < y.settledOn ? -1 : 1,
  );
  arrears.sort((x, y) =>
    x.dueDate === y.dueDate ? (x.taxType < y.taxType ? -1 : 1) : x.dueDate < y.dueDate ? -1 : 1,
  );
  return Object.freeze({
    asOf: civilDate(asOf),
    overpayments: Object.freeze(overpayments),
    arrears: Object.freeze(arrears),
  });
}

/**
 * The overpayments of an account still unsettled on `asOf`: what the e-tax bureau's reminder
 * lists after each filing or payment (粤府函〔2023〕59号 measure 1: 实时监控识别增值税申报入库情况).
 * @example
 * detectOverpayments(acct, civilDate('2022-03-01'))[0]?.amount.toString() // '1000.00'
 */
export function detectOverpayments(account: Account, asOf: CivilDate): readonly Overpayment[] {
  return readLedger(account, asOf).overpayments;
}

/**
 * The arrears of an account on `asOf` (unpaid tax past its due date, with late fee to that day).
 * @example
 * arrearsOf(acct, civilDate('2022-06-30')).map((a) => [a.tax.toString(), a.lateFee.toString()])
 */
export function arrearsOf(account: Account, asOf: CivilDate): readonly Arrear[] {
  return readLedger(account, asOf).arrears;
}
