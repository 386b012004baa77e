// rentalInvoiceTaxes (validated, traced) against the same arithmetic on bare decimal.js (core's
// `decimal` constructor, no validation, no trace), in the same run, on the same 64 inputs (one
// month each, housing and non-housing, exempt and taxed). Issue 21's target: ≥ 20,000 calls/s
// traced and ≤ 3× the bare baseline. Imported by name: run the package's build first.
import { type Decimal, decimal } from '@gd-ftz/core';
import { type RentalTaxInput, rentalInvoiceTaxes } from '@gd-ftz/rental-invoice-delegation';
import { bench, describe } from 'vitest';

const inputs: RentalTaxInput[] = Array.from({ length: 64 }, (_, i) => ({
  propertyKind: i % 2 === 0 ? 'housing' : 'non-housing',
  // 1,500 … 190,500 yuan: about a fifth above the 10万 exemption.
  rent: `${1500 + i * 3000}.${String(i % 100).padStart(2, '0')}`,
  leaseStart: '2024-03-01',
  months: 1,
  location: i % 3 === 0 ? 'city' : i % 3 === 1 ? 'county-town' : 'other',
}));

const D = (s: string) => decimal(s);
const C = {
  divisor: D('1.05'),
  limit: D('100000'),
  vat: { housing: D('0.015'), 'non-housing': D('0.05') },
  umt: { city: D('0.07'), 'county-town': D('0.05'), other: D('0.01') },
  edu: D('0.03'),
  localEdu: D('0.02'),
  pt: { housing: D('0.04'), 'non-housing': D('0.12') },
  iit: { housing: D('0.10'), 'non-housing': D('0.20') },
  half: D('0.5'),
  zero: D('0'),
  cap: D('800'),
  threshold: D('4000'),
  keep: D('0.8'),
};
const r2 = (d: Decimal) => d.toDecimalPlaces(2, 4); // ROUND_HALF_UP
/** The same month's taxes with bare decimal.js: the baseline. */
function bare(x: RentalTaxInput): Decimal {
  const rent = D(x.rent);
  const exVat = rent.div(C.divisor);
  const vat = rent.lte(C.limit) ? C.zero : r2(exVat.times(C.vat[x.propertyKind]));
  const free = exVat.lte(C.limit);
  const umt = r2(vat.times(C.umt[x.location]).times(C.half));
  const edu = free ? C.zero : r2(vat.times(C.edu).times(C.half));
  const localEdu = free ? C.zero : r2(vat.times(C.localEdu).times(C.half));
  const net = rent.minus(vat);
  const pt = r2(net.times(C.pt[x.propertyKind]).times(C.half));
  const after = net.minus(umt).minus(edu).minus(localEdu).minus(pt);
  const taxable = after.lte(C.threshold) ? after.minus(C.cap) : after.times(C.keep);
  const iit = r2((taxable.gte(C.zero) ? taxable : C.zero).times(C.iit[x.propertyKind]));
  return vat.plus(umt).plus(edu).plus(localEdu).plus(pt).plus(iit);
}

// The baseline must compute the same totals, or the ratio compares different work.
for (const x of inputs) {
  const want = rentalInvoiceTaxes(x).total;
  if (bare(x).toFixed(2) !== want)
    throw new Error(`baseline differs for ${x.rent}: ${bare(x).toFixed(2)} vs ${want}`);
}

const sink = { n: 0 };
describe('rentalInvoiceTaxes, 64 one-month inputs per iteration', () => {
  bench('baseline: the same arithmetic on bare decimal.js', () => {
    for (const x of inputs) sink.n += bare(x).isZero() ? 0 : 1;
  });
  bench('rentalInvoiceTaxes (validated, traced)', () => {
    for (const x of inputs) sink.n += rentalInvoiceTaxes(x).months.length;
  });
});
