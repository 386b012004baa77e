// Random taxpayer-months with small figures, so that the thresholds' boundaries are hit often: the
// differential properties of the integer path (month-score.test.ts) and of the bulk scorer share them.
import { type CivilDate, Money, Rate } from '@gd-ftz/core';
import fc from 'fast-check';
import type { TaxpayerMonth } from '../src/index';

const MONTHS = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}-01` as CivilDate);
const fen = (max: number) => fc.integer({ min: 0, max });

/** A raw month: small figures so that the thresholds' boundaries are hit often. */
export const rawArb = fc
  .record({
    agricultural: fc.boolean(),
    cap: fen(2_000),
    invoices: fc.integer({ min: 0, max: 20 }),
    voidOrRed: fc.integer({ min: 0, max: 6 }),
    salesCodes: fc.integer({ min: 0, max: 20 }),
    matched: fc.integer({ min: 0, max: 20 }),
    issued: fen(4_000),
    inputVat: fen(600),
    agri: fen(600),
    payable: fc.integer({ min: -300, max: 300 }),
    cit: fen(4_000),
    warningPermille: fc.integer({ min: 0, max: 40 }),
  })
  .map((r) => ({ ...r, matched: Math.min(r.matched, r.salesCodes), agri: Math.min(r.agri, r.inputVat) }));
export type Raw = (typeof rawArb extends fc.Arbitrary<infer R> ? R : never) & {};

export const monthOf = (r: Raw, i: number): TaxpayerMonth => ({
  taxpayerId: 'T1',
  month: MONTHS[i] as CivilDate,
  agricultural: r.agricultural,
  singleInvoiceCap: Money.fromFen(r.cap),
  invoices: r.invoices,
  voidOrRed: r.voidOrRed,
  issued: Money.fromFen(r.issued),
  salesCodes: r.salesCodes,
  matchedCodes: r.matched,
  inputVat: Money.fromFen(r.inputVat),
  agriInputVat: Money.fromFen(r.agri),
  vatPayable: Money.fromFen(r.payable),
  citRevenue: Money.fromFen(r.cit),
  industryWarningRate: Rate.of(String(r.warningPermille / 1000)),
});

/** A taxpayer's stream of 1–12 random months, Jan–Dec 2024. */
export const monthsArb = fc.array(rawArb, { minLength: 1, maxLength: 12 }).map((raws) => raws.map(monthOf));
