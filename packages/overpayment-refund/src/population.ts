// A seeded synthetic population of VAT taxpayers, streamed one at a time (bounded memory): twelve
// monthly VAT returns and payments of 2022, overpayments from duplicate payments, corrections and
// wrongly typed payments, and unpaid CIT arrears. Every share is a documented assumption.
import {
  addDays,
  type CivilDate,
  fromEpochDay,
  RandomStream,
  toEpochDay,
  ValidationError,
} from '@gd-ftz/core';
import { filingDeadline } from '@gd-ftz/statutes';
import type { AccountEventInput, RegistrationInput } from './account';

/**
 * The simulated tax year. 2022 so that every three-year claim window (to early 2026) and every
 * processing deadline stays inside the statutory calendar's covered years (2019–2026).
 */
export const POPULATION_YEAR = 2022;

/** What shapes the population (the scenario's assumption parameters). */
export interface PopulationOptions {
  readonly size: number;
  /** Probability that a taxpayer-month carries an overpayment. */
  readonly overpaymentRate: number;
  /** Share of taxpayers with unpaid CIT arrears. */
  readonly arrearsShare: number;
  /** Share of taxpayers with a refund bank account on file. */
  readonly bankOnFileShare: number;
}

/**
 * Shares of overpayment causes (duplicate payment, downward correction, payment booked to the wrong
 * tax type). Assumption: no published breakdown; duplicate payments are the commonest cause in
 * practitioner Q&As.
 * @example
 * CAUSE_WEIGHTS.duplicate // 0.5
 */
export const CAUSE_WEIGHTS = { duplicate: 0.5, correction: 0.3, wrongType: 0.2 } as const;

/** One synthetic taxpayer: registration and the year's events, ready for `buildAccount`. */
export interface SyntheticTaxpayer {
  readonly index: number;
  readonly registration: RegistrationInput;
  readonly events: readonly AccountEventInput[];
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A drawn amount fixed to whole fen (at least one fen): the only rounding of synthetic amounts. */
export const wholeFen = (n: number): number => Math.max(1, Math.round(n));

function fen(n: number): string {
  // Synthetic amounts are drawn as numbers and fixed to whole fen here, once, as decimal strings.
  const f = wholeFen(n);
  return `${Math.floor(f / 100)}.${pad2(f % 100)}`;
}

/**
 * The due date of each month's VAT return: the filing deadline of the next month (15 days after the
 * period, extended as the yearly 申报纳税期限 notices do: days off counted as working days).
 */
function vatDueDates(year: number): CivilDate[] {
  return Array.from({ length: 12 }, (_, i) =>
    filingDeadline(i === 11 ? `${String(year + 1)}-01` : `${String(year)}-${pad2(i + 2)}`),
  );
}

/**
 * Streams `size` synthetic taxpayers from `rng` (use a dedicated sub-stream, e.g. `population`).
 * Taxpayer `i` draws from its own sub-stream `rng.substream(String(i))` (core's `unitStreams`), so
 * it depends on the seed and `i` alone: any block of the population (a shard) can be drawn without
 * the taxpayers before it. The same stream and options give the same taxpayers, one at a time, so
 * a million can be processed in bounded memory.
 * @throws ValidationError naming `options.<field>` or `rng`, before anything is drawn.
 * @example
 * for (const t of generatePopulation({ size: 10, overpaymentRate: 0.02, arrearsShare: 0.1, bankOnFileShare: 0.9 }, RandomStream.fromSeed(1).substream('population'))) buildAccount(t.registration, t.events);
 */
export function generatePopulation(
  options: PopulationOptions,
  rng: RandomStream,
): Generator<SyntheticTaxpayer> {
  checkOptions(options);
  if (!(rng instanceof RandomStream)) {
    throw ValidationError.of('rng', 'must be a RandomStream', '必须是 RandomStream');
  }
  return taxpayersIn(options, (i) => rng.substream(String(i)), 0, options.size);
}

/**
 * Taxpayers `start` to `end − 1` of a population whose taxpayer `i` draws from `unit(i)` (options
 * already checked: the batch path's parameters passed the schema).
 */
export function* taxpayersIn(
  options: PopulationOptions,
  unit: (index: number) => RandomStream,
  start: number,
  end: number,
): Generator<SyntheticTaxpayer> {
  const shape = shapeOf();
  const d = new TaxpayerDraw();
  for (let index = start; index < end; index++) {
    drawTaxpayerInto(d, unit(index), options, shape);
    yield taxpayerOf(index, d, shape);
  }
}

/** Checked here, before the first taxpayer is drawn (a generator body would only run on `next()`). */
function checkOptions(options: PopulationOptions): void {
  if (typeof options !== 'object' || options === null) {
    throw ValidationError.of('options', 'must be an object', '必须是对象');
  }
  if (!Number.isSafeInteger(options.size) || options.size < 0) {
    throw ValidationError.of('options.size', 'must be a non-negative integer', '必须是非负整数');
  }
  for (const key of ['overpaymentRate', 'arrearsShare', 'bankOnFileShare'] as const) {
    const v = options[key];
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) {
      throw ValidationError.of(`options.${key}`, 'must be a share between 0 and 1', '必须是0至1之间的比例');
    }
  }
}

/** What every taxpayer of the year shares: due dates, registration range, cause weights. */
export interface Shape {
  readonly due: readonly CivilDate[];
  /** The due dates as epoch days. */
  readonly dueDays: readonly number[];
  readonly regFrom: number;
  readonly regTo: number;
  readonly causeWeights: readonly number[];
  readonly citDue: CivilDate;
  readonly citDueDay: number;
}

export function shapeOf(): Shape {
  const due = vatDueDates(POPULATION_YEAR);
  // Quarterly CIT prepayment within 15 days after the quarter (企业所得税法 第五十四条): the
  // April filing deadline of the yearly notice.
  const citDue = filingDeadline(`${String(POPULATION_YEAR)}-04`);
  return {
    due,
    dueDays: due.map((d) => toEpochDay(d)),
    regFrom: toEpochDay('2019-01-01'),
    regTo: toEpochDay(`${POPULATION_YEAR - 1}-12-31`),
    causeWeights: [CAUSE_WEIGHTS.duplicate, CAUSE_WEIGHTS.correction, CAUSE_WEIGHTS.wrongType],
    citDue,
    citDueDay: toEpochDay(citDue),
  };
}

/**
 * One taxpayer's draws before any event is written: plain numbers (epoch days, fen as drawn, the
 * overpayment cause of each month), in a buffer the batch path reuses. The batch path reads
 * `overpays` first: a taxpayer without an overpayment event has no overpayment in its ledger
 * (every VAT month is filed and paid in full the same day, a CIT prepayment is paid at most in
 * full: test/population.test.ts checks it), so it never needs its events written or its account
 * built. `taxpayerOf` writes the events, exactly as drawn.
 */
export class TaxpayerDraw {
  registeredDay = 0;
  bank = false;
  /** Whether any month drew an overpayment event (duplicate, correction, wrong tax type). */
  overpays = false;
  /** Per month: the VAT amount in fen as drawn (before rounding to whole fen). */
  readonly amountFen = new Float64Array(12);
  /** Per month: days paid before the due date. */
  readonly earlyDays = new Int32Array(12);
  /** Per month: the overpayment cause (index of `CAUSE_WEIGHTS`), or −1 for none. */
  readonly cause = new Int8Array(12);
  /** Per month: days from payment to the overpayment event. */
  readonly causeDays = new Int32Array(12);
  /** Per month: the share of the amount corrected to or paid to the wrong tax type. */
  readonly causeShare = new Float64Array(12);
  /** Whether the taxpayer has a CIT prepayment in arrears, its amount in fen as drawn and the share paid. */
  arrears = false;
  citFen = 0;
  citPaidShare = 0;
}

/**
 * Draws taxpayer `index` into `d`, in the one fixed order of the population's stream (the order
 * every seed's population was drawn in: registration, bank, base amount, then month by month).
 */
export function drawTaxpayerInto(
  d: TaxpayerDraw,
  rng: RandomStream,
  options: PopulationOptions,
  shape: Shape,
): void {
  const { regFrom, regTo, causeWeights } = shape;
  d.registeredDay = rng.int(regFrom, regTo);
  d.bank = rng.bernoulli(options.bankOnFileShare);
  d.overpays = false;
  // Assumption: monthly VAT of a small or medium taxpayer, median ¥20,000 (lognormal σ = 1).
  const base = rng.lognormal(Math.log(2_000_000), 1);
  for (let m = 0; m < 12; m++) {
    d.amountFen[m] = base * rng.uniform(0.6, 1.4);
    d.earlyDays[m] = rng.int(0, 9);
    d.cause[m] = -1;
    if (!rng.bernoulli(options.overpaymentRate)) continue;
    d.overpays = true;
    const cause = rng.weightedIndex(causeWeights);
    d.cause[m] = cause;
    if (cause === 0) {
      d.causeDays[m] = rng.int(0, 5);
    } else if (cause === 1) {
      d.causeDays[m] = rng.int(5, 120);
      d.causeShare[m] = rng.uniform(0.5, 0.95);
    } else {
      d.causeDays[m] = rng.int(0, 3);
      d.causeShare[m] = rng.uniform(0.05, 0.3);
    }
  }
  d.arrears = rng.bernoulli(options.arrearsShare);
  if (d.arrears) {
    // Assumption: a Q1 CIT prepayment (median ¥50,000) filed but paid only in part, or not at all.
    d.citFen = rng.lognormal(Math.log(5_000_000), 1);
    d.citPaidShare = rng.bernoulli(0.5) ? 0 : rng.uniform(0.2, 0.8);
  }
}

/** Writes the registration and the year's events of taxpayer `index` from its draws. */
export function taxpayerOf(index: number, d: TaxpayerDraw, shape: Shape): SyntheticTaxpayer {
  const { due } = shape;
  const id = `T${String(index).padStart(7, '0')}`;
  const registration: RegistrationInput = {
    taxpayerId: id,
    registeredOn: fromEpochDay(d.registeredDay),
    ...(d.bank
      ? { bank: { bankName: '中国工商银行', accountName: id, accountNo: String(6222020000000000 + index) } }
      : {}),
  };
  const events: AccountEventInput[] = [];
  for (let m = 0; m < 12; m++) {
    const period = `${POPULATION_YEAR}-${pad2(m + 1)}`;
    const dueDate = due[m] as CivilDate;
    const amountFen = d.amountFen[m] as number;
    const amount = fen(amountFen);
    const paidOn = addDays(dueDate, -(d.earlyDays[m] as number));
    events.push({ kind: 'filing', date: paidOn, taxType: 'vat', period, amount, dueDate });
    events.push({ kind: 'payment', id: `${id}-${period}`, date: paidOn, taxType: 'vat', period, amount });
    const cause = d.cause[m] as number;
    if (cause < 0) continue;
    const date = addDays(paidOn, d.causeDays[m] as number);
    const share = d.causeShare[m] as number;
    switch (cause) {
      case 0:
        events.push({ kind: 'payment', id: `${id}-${period}-dup`, date, taxType: 'vat', period, amount });
        break;
      case 1:
        events.push({ kind: 'correction', date, taxType: 'vat', period, amount: fen(amountFen * share) });
        break;
      default:
        events.push({
          kind: 'payment',
          id: `${id}-${period}-wt`,
          date,
          taxType: 'stamp',
          period,
          amount: fen(amountFen * share),
        });
    }
  }
  if (d.arrears) {
    const { citDue } = shape;
    events.push({
      kind: 'filing',
      date: citDue,
      taxType: 'cit',
      period: `${POPULATION_YEAR}-03`,
      amount: fen(d.citFen),
      dueDate: citDue,
    });
    if (d.citPaidShare > 0) {
      events.push({
        kind: 'payment',
        id: `${id}-cit`,
        date: citDue,
        taxType: 'cit',
        period: `${POPULATION_YEAR}-03`,
        amount: fen(d.citFen * d.citPaidShare),
      });
    }
  }
  return { index, registration, events };
}
