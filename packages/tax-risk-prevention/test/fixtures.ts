// A hand-checkable taxpayer-month and helpers shared by the tests.
import { type CivilDate, Money, Rate, ValidationError } from '@gd-ftz/core';
import type { TaxpayerMonth } from '../src/index';

/**
 * An unremarkable month: cap 100,000.00, 20 invoices for 1,000,000.00 (average 50,000.00 = 0.5 of
 * the cap), 1 voided (1/21 = 0.0476), 9 of 10 codes matched (0.9), CIT revenue equal to VAT sales
 * (gap 0), input 100,000.00 and VAT payable 30,000.00 (burden 0.03 > warning 0.015), no
 * agricultural input.
 */
export function month(
  over: Omit<Partial<TaxpayerMonth>, 'month'> & { readonly month?: string } = {},
): TaxpayerMonth {
  const { month: on = '2024-06-01', ...rest } = over;
  return {
    taxpayerId: 'T1',
    // A string on purpose: the bad-input tests pass dates that are not real.
    month: on as CivilDate,
    agricultural: false,
    singleInvoiceCap: Money.of('100000.00'),
    invoices: 20,
    voidOrRed: 1,
    issued: Money.of('1000000.00'),
    salesCodes: 10,
    matchedCodes: 9,
    inputVat: Money.of('100000.00'),
    agriInputVat: Money.of('0.00'),
    vatPayable: Money.of('30000.00'),
    citRevenue: Money.of('1000000.00'),
    industryWarningRate: Rate.of('0.015'),
    ...rest,
  };
}

/** History: one earlier month with 800,000.00 issued (the peak). */
export const HISTORY = [
  month({ month: '2024-05-01', issued: Money.of('800000.00'), citRevenue: Money.of('800000.00') }),
];

/** The paths of the ValidationError `run` throws (or what it threw / returned otherwise). */
export function paths(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e instanceof ValidationError ? e.paths : e;
  }
  return undefined;
}
