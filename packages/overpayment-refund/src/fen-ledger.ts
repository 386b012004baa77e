// The batch path's account and ledger: the replay of `readLedger` (ledger.ts) on amounts in integer
// fen and late fees in integer fractions of a fen, for the accounts the batch writes itself from a
// taxpayer's draws. Exact, as decimal.js is: every amount of these accounts is whole fen, and a late
// fee is tax × rate × days, a whole number of 1/10^k fen when the daily rate has k decimals
// (0.0005: k = 4). Any value beyond the safe integers falls back to the general ledger on the same
// account, so the figures never depend on the fast path. Money is built only for what the view
// returns. test/fen-ledger.test.ts checks this against `readLedger` on accounts `buildAccount` builds
// from the same taxpayers, before and after refunds are booked.
import { type CivilDate, fromEpochDay, Money, toEpochDay, valueAt } from '@gd-ftz/core';
import { LATE_FEE_DAILY_RATE } from './law';
import { type LedgerView, readLedger } from './ledger';
import type {
  Account,
  AccountEvent,
  Arrear,
  Overpayment,
  OverpaymentCause,
  RefundComputation,
  Registration,
  TaxType,
} from './model';
import { POPULATION_YEAR, type Shape, type TaxpayerDraw, wholeFen } from './population';
import { settlementOf } from './settle';

interface FenKeyed {
  readonly day: number;
  readonly date: CivilDate;
  readonly key: string;
  readonly taxType: TaxType;
  readonly period: string;
}

/** One offset line of a booked refund, in fen. */
interface FenOffset {
  readonly key: string;
  readonly taxType: TaxType;
  readonly period: string;
  readonly tax: number;
  readonly lateFee: number;
}

/** An event of a batch account: the account's events with amounts in fen and dates as days too. */
export type FenEvent =
  | (FenKeyed & {
      readonly kind: 'filing';
      readonly fen: number;
      readonly dueDate: CivilDate;
      readonly dueDay: number;
    })
  | (FenKeyed & { readonly kind: 'payment'; readonly id: string; readonly fen: number })
  | (FenKeyed & { readonly kind: 'correction'; readonly fen: number })
  | {
      readonly kind: 'settlement';
      readonly day: number;
      readonly date: CivilDate;
      readonly overpaymentId: string;
      readonly principal: number;
      readonly offsets: readonly FenOffset[];
      /** The booked settlement as the general account holds it. */
      readonly event: AccountEvent;
    };

/** A batch account: the registration and the events `buildAccount` books, in the same order. */
export interface FenAccount {
  readonly registration: Registration;
  readonly events: readonly FenEvent[];
}

/** Whole fen of a drawn amount: what `population.ts`'s `fen` writes as a decimal string. */
const fenOf = wholeFen;

const PERIODS = Array.from({ length: 12 }, (_, m) => `${POPULATION_YEAR}-${String(m + 1).padStart(2, '0')}`);
const VAT_KEYS = PERIODS.map((p) => `vat|${p}`);
const STAMP_KEYS = PERIODS.map((p) => `stamp|${p}`);

/**
 * The batch account of taxpayer `index` from its draws: the events `taxpayerOf` writes, in the same
 * order (test/fen-ledger.test.ts), without their decimal strings.
 */
export function fenAccountOf(index: number, d: TaxpayerDraw, shape: Shape): FenAccount {
  const { due, dueDays } = shape;
  const id = `T${String(index).padStart(7, '0')}`;
  const registration: Registration = Object.freeze({
    taxpayerId: id,
    registeredOn: dayDate(d.registeredDay),
    ...(d.bank
      ? {
          bank: Object.freeze({
            bankName: '中国工商银行',
            accountName: id,
            accountNo: String(6222020000000000 + index),
          }),
        }
      : {}),
  });
  const events: FenEvent[] = [];
  // Object literals written out in full (no spread): one shape per kind keeps the replay fast.
  for (let m = 0; m < 12; m++) {
    const period = PERIODS[m] as string;
    const key = VAT_KEYS[m] as string;
    const dueDate = due[m] as CivilDate;
    const dueDay = dueDays[m] as number;
    const amountFen = d.amountFen[m] as number;
    const fen = fenOf(amountFen);
    const day = dueDay - (d.earlyDays[m] as number);
    const date = dayDate(day);
    events.push({ kind: 'filing', day, date, key, taxType: 'vat', period, fen, dueDate, dueDay });
    events.push({ kind: 'payment', day, date, key, taxType: 'vat', period, id: `${id}-${period}`, fen });
    const cause = d.cause[m] as number;
    if (cause < 0) continue;
    const on = day + (d.causeDays[m] as number);
    const onDate = dayDate(on);
    const share = d.causeShare[m] as number;
    if (cause === 0) {
      events.push({
        kind: 'payment',
        day: on,
        date: onDate,
        key,
        taxType: 'vat',
        period,
        id: `${id}-${period}-dup`,
        fen,
      });
    } else if (cause === 1) {
      events.push({
        kind: 'correction',
        day: on,
        date: onDate,
        key,
        taxType: 'vat',
        period,
        fen: fenOf(amountFen * share),
      });
    } else {
      events.push({
        kind: 'payment',
        day: on,
        date: onDate,
        key: STAMP_KEYS[m] as string,
        taxType: 'stamp',
        period,
        id: `${id}-${period}-wt`,
        fen: fenOf(amountFen * share),
      });
    }
  }
  if (d.arrears) {
    const { citDue, citDueDay } = shape;
    const period = PERIODS[2] as string;
    const [day, date, key] = [citDueDay, citDue, `cit|${period}`];
    events.push({
      kind: 'filing',
      day,
      date,
      key,
      taxType: 'cit',
      period,
      fen: fenOf(d.citFen),
      dueDate: citDue,
      dueDay: citDueDay,
    });
    if (d.citPaidShare > 0) {
      events.push({
        kind: 'payment',
        day,
        date,
        key,
        taxType: 'cit',
        period,
        id: `${id}-cit`,
        fen: fenOf(d.citFen * d.citPaidShare),
      });
    }
  }
  return { registration, events };
}

/** The civil date of an epoch day (core's calendar), memoised: the batch meets a few hundred days. */
const DATES = new Map<number, CivilDate>();
function dayDate(day: number): CivilDate {
  let s = DATES.get(day);
  if (s === undefined) {
    s = fromEpochDay(day) as CivilDate;
    DATES.set(day, s);
  }
  return s;
}

/** The daily late-fee rate in force as an exact fraction `num / den` (den a power of ten). */
interface Fraction {
  readonly num: number;
  readonly den: number;
}
const RATES = new WeakMap<object, Fraction | null>();
function rateOn(asOf: CivilDate): Fraction | null {
  const rate = valueAt(LATE_FEE_DAILY_RATE, asOf);
  let f = RATES.get(rate);
  if (f === undefined) {
    const [whole = '', frac = ''] = rate.toFixed().split('.');
    const num = Number(`${whole}${frac}`);
    const den = 10 ** frac.length;
    f = rate.isNegative() || !Number.isSafeInteger(num) || !Number.isSafeInteger(den) ? null : { num, den };
    RATES.set(rate, f);
  }
  return f;
}

/** `n / den` rounded half-up (n ≥ 0): Money's `round()` of a late fee. */
function roundHalfUp(n: number, den: number): number {
  let q = Math.floor(n / den);
  let r = n - q * den;
  if (r < 0) {
    q--;
    r += den;
  } else if (r >= den) {
    q++;
    r -= den;
  }
  return 2 * r >= den ? q + 1 : q;
}

type Credit =
  | {
      readonly kind: 'payment';
      readonly id: string;
      readonly day: number;
      readonly date: CivilDate;
      readonly fen: number;
      readonly seq: number;
    }
  | {
      readonly kind: 'offset';
      readonly day: number;
      readonly tax: number;
      readonly lateFee: number;
      readonly seq: number;
    };

interface KeyBook {
  readonly taxType: TaxType;
  readonly period: string;
  filed?: number;
  amount?: number;
  dueDate?: CivilDate;
  dueDay?: number;
  correctedOn?: CivilDate;
  readonly credits: Credit[];
}

/** Thrown inside the replay when a value leaves the safe integers: the general ledger takes over. */
const UNSAFE = Symbol('unsafe');
const safe = (n: number): number => {
  if (!Number.isSafeInteger(n)) throw UNSAFE;
  return n;
};

/**
 * `readLedger(generalAccount(account), asOf)`, computed in integer fen (the same view, the same
 * Money values, the same order).
 */
export function readFenLedger(account: FenAccount, asOf: CivilDate): LedgerView {
  const rate = rateOn(asOf);
  if (rate) {
    try {
      return replay(account, asOf, rate);
    } catch (e) {
      if (e !== UNSAFE) throw e;
    }
  }
  return readLedger(generalAccount(account), asOf);
}

function replay(account: FenAccount, asOf: CivilDate, { num, den }: Fraction): LedgerView {
  const asOfDay = toEpochDay(asOf);
  const books = new Map<string, KeyBook>();
  const consumed = new Map<string, number>();
  const book = (key: string, taxType: TaxType, period: string): KeyBook => {
    let b = books.get(key);
    if (!b) {
      b = { taxType, period, credits: [] };
      books.set(key, b);
    }
    return b;
  };
  const { events } = account;
  for (let seq = 0; seq < events.length; seq++) {
    const e = events[seq] as FenEvent;
    if (e.day > asOfDay) continue;
    switch (e.kind) {
      case 'filing': {
        const b = book(e.key, e.taxType, e.period);
        b.filed = e.fen;
        b.amount = e.fen;
        b.dueDate = e.dueDate;
        b.dueDay = e.dueDay;
        break;
      }
      case 'correction': {
        const b = book(e.key, e.taxType, e.period);
        b.amount = e.fen;
        if (!b.correctedOn || e.date > b.correctedOn) b.correctedOn = e.date;
        break;
      }
      case 'payment':
        book(e.key, e.taxType, e.period).credits.push({
          kind: 'payment',
          id: e.id,
          day: e.day,
          date: e.date,
          fen: e.fen,
          seq,
        });
        break;
      case 'settlement':
        consumed.set(e.overpaymentId, safe((consumed.get(e.overpaymentId) ?? 0) + e.principal));
        for (const o of e.offsets) {
          book(o.key, o.taxType, o.period).credits.push({
            kind: 'offset',
            day: e.day,
            tax: o.tax,
            lateFee: o.lateFee,
            seq,
          });
        }
        break;
    }
  }
  const overpayments: Overpayment[] = [];
  const arrears: Arrear[] = [];
  for (const b of books.values()) {
    let tax = b.amount ?? 0;
    // The late fee in 1/den fen.
    let fee = 0;
    const due = b.dueDay ?? Number.POSITIVE_INFINITY;
    let last = due;
    const accrue = (day: number) => {
      if (day <= last) return;
      if (tax !== 0) fee = safe(fee + safe(tax * num * (day - last)));
      last = day;
    };
    const credits =
      b.credits.length < 2
        ? b.credits
        : [...b.credits].sort((x, y) => (x.day === y.day ? x.seq - y.seq : x.day - y.day));
    for (const c of credits) {
      accrue(c.day);
      if (c.kind === 'offset') {
        tax = tax <= c.tax ? 0 : tax - c.tax;
        const paidFee = safe(c.lateFee * den);
        fee = fee <= paidFee ? 0 : fee - paidFee;
        continue;
      }
      let left = c.fen;
      if (left <= tax) {
        tax -= left;
        continue;
      }
      left -= tax;
      tax = 0;
      if (fee !== 0) {
        const owed = roundHalfUp(fee, den);
        const toFee = Math.min(left, owed);
        const toFeeUnits = safe(toFee * den);
        fee = fee <= toFeeUnits ? 0 : fee - toFeeUnits;
        left -= toFee;
        if (!(left > 0)) continue;
      }
      const id = `${b.taxType}|${b.period}|${c.id}`;
      const used = consumed.get(id);
      const open = used !== undefined ? left - used : left;
      if (!(open > 0)) continue;
      const { cause, visibleOn } = causeOf(b, c.date);
      overpayments.push(
        Object.freeze({
          id,
          taxpayerId: account.registration.taxpayerId,
          taxType: b.taxType,
          period: b.period,
          paymentId: c.id,
          amount: Money.fromFen(open),
          settledOn: c.date,
          visibleOn,
          cause,
          refundType: 'overpaid' as const,
        }),
      );
    }
    accrue(asOfDay);
    const lateFee = fee === 0 ? 0 : roundHalfUp(fee, den);
    if (b.dueDate && asOfDay > due && (tax > 0 || lateFee > 0)) {
      arrears.push(
        Object.freeze({
          taxType: b.taxType,
          period: b.period,
          dueDate: b.dueDate,
          tax: Money.fromFen(tax),
          lateFee: Money.fromFen(lateFee),
        }),
      );
    }
  }
  overpayments.sort((x, y) =>
    x.settledOn === y.settledOn ? (x.id < y.id ? -1 : 1) : x.settledOn < y.settledOn ? -1 : 1,
  );
  arrears.sort((x, y) =>
    x.dueDate === y.dueDate ? (x.taxType < y.taxType ? -1 : 1) : x.dueDate < y.dueDate ? -1 : 1,
  );
  return Object.freeze({ asOf, overpayments: Object.freeze(overpayments), arrears: Object.freeze(arrears) });
}

function causeOf(b: KeyBook, paidOn: CivilDate): { cause: OverpaymentCause; visibleOn: CivilDate } {
  if (b.amount === undefined) return { cause: 'no-liability', visibleOn: paidOn };
  if (b.correctedOn && b.filed !== undefined && b.amount < b.filed) {
    return { cause: 'correction', visibleOn: b.correctedOn > paidOn ? b.correctedOn : paidOn };
  }
  return { cause: 'duplicate-payment', visibleOn: paidOn };
}

/**
 * The account as `buildAccount` and `settleRefund` hold it (Money amounts): what the general ledger
 * reads when the fast replay cannot.
 */
export function generalAccount(account: FenAccount): Account {
  const events = account.events.map((e): AccountEvent => {
    switch (e.kind) {
      case 'filing':
        return Object.freeze({
          kind: e.kind,
          date: e.date,
          taxType: e.taxType,
          period: e.period,
          amount: Money.fromFen(e.fen),
          dueDate: e.dueDate,
        });
      case 'payment':
        return Object.freeze({
          kind: e.kind,
          id: e.id,
          date: e.date,
          taxType: e.taxType,
          period: e.period,
          amount: Money.fromFen(e.fen),
        });
      case 'correction':
        return Object.freeze({
          kind: e.kind,
          date: e.date,
          taxType: e.taxType,
          period: e.period,
          amount: Money.fromFen(e.fen),
        });
      default:
        return e.event;
    }
  });
  return Object.freeze({ registration: account.registration, events: Object.freeze(events) });
}

/** Whole fen of an amount the ledger or an allocation produced (whole fen, within the safe integers). */
const fenOfMoney = (m: Money): number => Number(m.toFen());

/**
 * Books a refund computed from `ledger` (the account's ledger on the computation's day), as
 * `bookRefund` does: the same checks, the same settlement event, appended to the account (a new
 * account; the one passed in is unchanged).
 * @throws ValidationError naming `computation.refund` when the booking does not balance.
 */
export function bookFen(account: FenAccount, computation: RefundComputation, ledger: LedgerView): FenAccount {
  const event = settlementOf(computation, ledger);
  if (!event) return account;
  const settlement: FenEvent = {
    kind: 'settlement',
    day: toEpochDay(event.date),
    date: event.date,
    overpaymentId: event.overpaymentId,
    principal: fenOfMoney(event.principal),
    offsets: event.offsets.map((o) => ({
      key: `${o.taxType}|${o.period}`,
      taxType: o.taxType,
      period: o.period,
      tax: fenOfMoney(o.tax),
      lateFee: fenOfMoney(o.lateFee),
    })),
    event,
  };
  return { registration: account.registration, events: [...account.events, settlement] };
}
