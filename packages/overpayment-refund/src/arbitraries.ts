// fast-check arbitraries of valid inputs of @gd-ftz/overpayment-refund, for property tests that use
// this engine as an oracle. fast-check is a peer dependency.
import { type CivilDate, fromEpochDay, toEpochDay } from '@gd-ftz/core';
import { paramsArbOf } from '@gd-ftz/core/arbitraries';
import fc from 'fast-check';
import type { AccountEventInput, RegistrationInput } from './account';
import { TAX_TYPES, type TaxType } from './model';
import { type OverpaymentRefundParams, PARAMS } from './params';

/**
 * Valid scenario parameters, derived from the schema (small populations and overpayment rates, so
 * that properties stay fast).
 * @example
 * fc.sample(paramsArb, 1)[0]?.population // 100..400
 */
export const paramsArb: fc.Arbitrary<OverpaymentRefundParams> = paramsArbOf(PARAMS, {
  population: { max: 400 },
  overpaymentRate: { max: 0.2 },
});

const toYuan = (f: number) => `${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')}`;

/**
 * A whole-fen amount in yuan as a decimal string, from 0.01 up to `maxYuan`.
 * @example
 * fc.sample(amountArb(), 1)[0] // e.g. '1234.56'
 */
export function amountArb(maxYuan = 1_000_000): fc.Arbitrary<string> {
  return fc.integer({ min: 1, max: maxYuan * 100 }).map(toYuan);
}

/**
 * A civil date between two dates (inclusive).
 * @example
 * fc.sample(dateBetweenArb('2022-01-01', '2022-12-31'), 1)
 */
export function dateBetweenArb(from: string, to: string): fc.Arbitrary<CivilDate> {
  return fc.integer({ min: toEpochDay(from), max: toEpochDay(to) }).map((d) => fromEpochDay(d));
}

/** A tax type. */
export const taxTypeArb: fc.Arbitrary<TaxType> = fc.constantFrom(...TAX_TYPES);

/** An account's registration and 2022 events: filings, on-time or late payments, extra payments, corrections. */
export interface AccountScript {
  readonly registration: RegistrationInput;
  readonly events: readonly AccountEventInput[];
}

/**
 * A valid account script of one taxpayer in 2022: VAT/CIT/stamp filings with payments (some
 * partial, some doubled), downward corrections and payments to unfiled tax types — every
 * overpayment cause and arrears with late fees.
 * @example
 * fc.assert(fc.property(accountScriptArb, (s) => buildAccount(s.registration, s.events).events.length === s.events.length));
 */
export const accountScriptArb: fc.Arbitrary<AccountScript> = fc
  .array(
    fc.record({
      taxType: taxTypeArb,
      month: fc.integer({ min: 1, max: 12 }),
      fen: fc.integer({ min: 1, max: 50_000_000 }),
      paid: fc.constantFrom(0, 0.5, 1, 1, 1, 2),
      correctTo: fc.option(fc.double({ min: 0, max: 0.99, noNaN: true }), { nil: undefined }),
      filed: fc.boolean(),
      payDelay: fc.integer({ min: -10, max: 90 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((rows) => {
    const seen = new Set<string>();
    const events: AccountEventInput[] = [];
    rows.forEach((r, i) => {
      const period = `2022-${String(r.month).padStart(2, '0')}`;
      const key = `${r.taxType}|${period}`;
      const dueDate = fromEpochDay(toEpochDay(`${period}-01`) + 45);
      const payDate = fromEpochDay(toEpochDay(dueDate) + r.payDelay);
      const fenAmount = r.fen;
      const filed = r.filed && !seen.has(key);
      if (filed) {
        seen.add(key);
        events.push({
          kind: 'filing',
          date: fromEpochDay(toEpochDay(dueDate) - 10),
          taxType: r.taxType,
          period,
          amount: toYuan(fenAmount),
          dueDate,
        });
      }
      if (r.paid > 0) {
        const paid = Math.max(1, Math.round(fenAmount * r.paid));
        events.push({
          kind: 'payment',
          id: `P${i}`,
          date: payDate,
          taxType: r.taxType,
          period,
          amount: toYuan(paid),
        });
      }
      if (filed && r.correctTo !== undefined) {
        const date = fromEpochDay(toEpochDay(payDate) + 20);
        events.push({
          kind: 'correction',
          date,
          taxType: r.taxType,
          period,
          amount: toYuan(Math.round(fenAmount * r.correctTo)),
        });
      }
    });
    return { registration: { taxpayerId: 'T-ARB', registeredOn: '2020-01-01' }, events };
  });
