// The batch's integer-fen account and ledger (src/fen-ledger.ts) against the general ones: the
// account it writes is the one buildAccount builds from the same taxpayer, and its ledger is
// readLedger's on every day, before and after refunds are computed and booked on it, and when a
// late fee leaves the safe integers (the general ledger then answers).
import { type CivilDate, fromEpochDay, toEpochDay, unitStreams } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAccount } from '../src/account';
import { dateBetweenArb } from '../src/arbitraries';
import { bookFen, type FenAccount, fenAccountOf, generalAccount, readFenLedger } from '../src/fen-ledger';
import { readLedger } from '../src/ledger';
import type { Account } from '../src/model';
import { drawTaxpayerInto, shapeOf, TaxpayerDraw, taxpayerOf } from '../src/population';
import { computeRefund } from '../src/refund';
import { settleRefund } from '../src/settle';

/** Money as its exact plain decimal (toJSON), so that two views compare value by value. */
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));
const shape = shapeOf();
const HORIZON = toEpochDay('2026-06-30');

interface TaxpayerCase {
  readonly seed: number;
  readonly index: number;
  readonly overpaymentRate: number;
  readonly arrearsShare: number;
  readonly bankOnFileShare: number;
}

const taxpayerArb: fc.Arbitrary<TaxpayerCase> = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 }),
  index: fc.integer({ min: 0, max: 9_999_999 }),
  overpaymentRate: fc.constantFrom(0.02, 0.3, 1),
  arrearsShare: fc.constantFrom(0, 0.5, 1),
  bankOnFileShare: fc.constantFrom(0, 0.9),
});

function accountsOf(t: TaxpayerCase) {
  const d = new TaxpayerDraw();
  const options = { size: 0, ...t };
  drawTaxpayerInto(d, unitStreams(t.seed, 'population')(t.index), options, shape);
  const synthetic = taxpayerOf(t.index, d, shape);
  return {
    fen: fenAccountOf(t.index, d, shape),
    general: buildAccount(synthetic.registration, synthetic.events),
  };
}

describe('the integer-fen account and ledger of the batch', () => {
  it('writes the account buildAccount builds from the same taxpayer', () => {
    fc.assert(
      fc.property(taxpayerArb, (t) => {
        const { fen, general } = accountsOf(t);
        expect(plain(generalAccount(fen))).toEqual(plain(general));
      }),
      { numRuns: 100 },
    );
  });

  it('reads the ledger readLedger reads, on any day', () => {
    fc.assert(
      fc.property(taxpayerArb, dateBetweenArb('2021-06-01', '2026-06-30'), (t, asOf) => {
        const { fen, general } = accountsOf(t);
        expect(plain(readFenLedger(fen, asOf))).toEqual(plain(readLedger(general, asOf)));
      }),
      { numRuns: 200 },
    );
  });

  it('computes and books refunds as computeRefund and settleRefund do, and reads the same ledgers after', () => {
    fc.assert(
      fc.property(
        taxpayerArb,
        fc.array(fc.integer({ min: 0, max: 1_500 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('taxpayer', 'authority', 'system-reminder') as fc.Arbitrary<
          'taxpayer' | 'authority' | 'system-reminder'
        >,
        (t, delays, discoveredBy) => {
          let { fen, general } = accountsOf(t) as { fen: FenAccount; general: Account };
          const ops = readLedger(general, '2023-12-31' as CivilDate).overpayments;
          ops.forEach((op, i) => {
            const day = Math.min(HORIZON, toEpochDay(op.settledOn) + (delays[i % delays.length] as number));
            const asOf = fromEpochDay(day);
            const options = { asOf, discoveredBy, appliedOn: asOf };
            const ledger = readFenLedger(fen, asOf);
            expect(plain(ledger)).toEqual(plain(readLedger(general, asOf)));
            const r = computeRefund(op, general, options);
            expect(plain(computeRefund(op, generalAccount(fen), options))).toEqual(plain(r));
            fen = bookFen(fen, r, ledger);
            general = settleRefund(general, r).account;
            expect(plain(generalAccount(fen))).toEqual(plain(general));
            const later = fromEpochDay(Math.min(HORIZON, day + (delays[0] as number)));
            expect(plain(readFenLedger(fen, later))).toEqual(plain(readLedger(general, later)));
          });
        },
      ),
      { numRuns: 120 },
    );
  });

  it('answers with the general ledger when a late fee leaves the safe integers', () => {
    const t = { seed: 1, index: 3, overpaymentRate: 1, arrearsShare: 1, bankOnFileShare: 0 };
    const { fen } = accountsOf(t);
    // A CIT return of 100 billion yuan left unpaid: 10^13 fen × 5/10,000 a day passes 2^53 in a year.
    const huge: FenAccount = {
      registration: fen.registration,
      events: fen.events.map((e) =>
        e.kind === 'filing' && e.taxType === 'cit' ? { ...e, fen: 10 ** 13 } : e,
      ),
    };
    const asOf = '2025-06-30' as CivilDate;
    const view = readFenLedger(huge, asOf);
    expect(plain(view)).toEqual(plain(readLedger(generalAccount(huge), asOf)));
    // The fee in the replay's unit (1/10,000 fen) is beyond 2^53: the fast replay could not hold it.
    const units = view.arrears.map((a) => a.lateFee.toFen() * 10_000n);
    expect(units.some((u) => u > BigInt(Number.MAX_SAFE_INTEGER))).toBe(true);
  });
});
