// The population generator as it was before the batch drew taxpayers as numbers first
// (src/population.ts, TaxpayerDraw): kept as the reference the new generator is checked against,
// event by event (test/population.test.ts). Test-only; not part of the package.
import { addDays, type CivilDate, fromEpochDay, type RandomStream, toEpochDay } from '@gd-ftz/core';
import { filingDeadline } from '@gd-ftz/statutes';
import type { AccountEventInput, RegistrationInput } from '../src/account';
import {
  CAUSE_WEIGHTS,
  POPULATION_YEAR,
  type PopulationOptions,
  type SyntheticTaxpayer,
} from '../src/population';

const pad2 = (n: number) => String(n).padStart(2, '0');

function fen(n: number): string {
  const f = Math.max(1, Math.round(n));
  return `${Math.floor(f / 100)}.${pad2(f % 100)}`;
}

function vatDueDates(year: number): CivilDate[] {
  return Array.from({ length: 12 }, (_, i) =>
    filingDeadline(i === 11 ? `${String(year + 1)}-01` : `${String(year)}-${pad2(i + 2)}`),
  );
}

interface Shape {
  readonly due: readonly CivilDate[];
  readonly regFrom: number;
  readonly regTo: number;
  readonly causeWeights: readonly number[];
  readonly citDue: CivilDate;
}

/** Taxpayers `start` to `end − 1`, drawn the old way (one event list per taxpayer, as drawn). */
export function* referenceTaxpayers(
  options: PopulationOptions,
  unit: (index: number) => RandomStream,
  start: number,
  end: number,
): Generator<SyntheticTaxpayer> {
  const shape: Shape = {
    due: vatDueDates(POPULATION_YEAR),
    regFrom: toEpochDay('2019-01-01'),
    regTo: toEpochDay(`${POPULATION_YEAR - 1}-12-31`),
    causeWeights: [CAUSE_WEIGHTS.duplicate, CAUSE_WEIGHTS.correction, CAUSE_WEIGHTS.wrongType],
    citDue: filingDeadline(`${String(POPULATION_YEAR)}-04`),
  };
  for (let index = start; index < end; index++) yield drawTaxpayer(index, unit(index), options, shape);
}

function drawTaxpayer(
  index: number,
  rng: RandomStream,
  options: PopulationOptions,
  shape: Shape,
): SyntheticTaxpayer {
  const { due, regFrom, regTo, causeWeights } = shape;
  const id = `T${String(index).padStart(7, '0')}`;
  const registration: RegistrationInput = {
    taxpayerId: id,
    registeredOn: fromEpochDay(rng.int(regFrom, regTo)),
    ...(rng.bernoulli(options.bankOnFileShare)
      ? { bank: { bankName: '中国工商银行', accountName: id, accountNo: String(6222020000000000 + index) } }
      : {}),
  };
  const events: AccountEventInput[] = [];
  // Assumption: monthly VAT of a small or medium taxpayer, median ¥20,000 (lognormal σ = 1).
  const base = rng.lognormal(Math.log(2_000_000), 1);
  for (let m = 0; m < 12; m++) {
    const period = `${POPULATION_YEAR}-${pad2(m + 1)}`;
    const dueDate = due[m] as CivilDate;
    const amountFen = base * rng.uniform(0.6, 1.4);
    const amount = fen(amountFen);
    const paidOn = addDays(dueDate, -rng.int(0, 9));
    events.push({ kind: 'filing', date: paidOn, taxType: 'vat', period, amount, dueDate });
    events.push({ kind: 'payment', id: `${id}-${period}`, date: paidOn, taxType: 'vat', period, amount });
    if (!rng.bernoulli(options.overpaymentRate)) continue;
    switch (rng.weightedIndex(causeWeights)) {
      case 0: {
        const date = addDays(paidOn, rng.int(0, 5));
        events.push({ kind: 'payment', id: `${id}-${period}-dup`, date, taxType: 'vat', period, amount });
        break;
      }
      case 1: {
        const date = addDays(paidOn, rng.int(5, 120));
        events.push({
          kind: 'correction',
          date,
          taxType: 'vat',
          period,
          amount: fen(amountFen * rng.uniform(0.5, 0.95)),
        });
        break;
      }
      default: {
        const date = addDays(paidOn, rng.int(0, 3));
        const wrong = fen(amountFen * rng.uniform(0.05, 0.3));
        events.push({
          kind: 'payment',
          id: `${id}-${period}-wt`,
          date,
          taxType: 'stamp',
          period,
          amount: wrong,
        });
      }
    }
  }
  if (rng.bernoulli(options.arrearsShare)) {
    // Assumption: a Q1 CIT prepayment (median ¥50,000) filed but paid only in part, or not at all.
    const { citDue } = shape;
    const citFen = rng.lognormal(Math.log(5_000_000), 1);
    events.push({
      kind: 'filing',
      date: citDue,
      taxType: 'cit',
      period: `${POPULATION_YEAR}-03`,
      amount: fen(citFen),
      dueDate: citDue,
    });
    const paidShare = rng.bernoulli(0.5) ? 0 : rng.uniform(0.2, 0.8);
    if (paidShare > 0) {
      events.push({
        kind: 'payment',
        id: `${id}-cit`,
        date: citDue,
        taxType: 'cit',
        period: `${POPULATION_YEAR}-03`,
        amount: fen(citFen * paidShare),
      });
    }
  }
  return { index, registration, events };
}
