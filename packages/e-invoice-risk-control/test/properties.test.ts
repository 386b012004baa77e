// Invariants of the credit ledger over random months and invoice sequences (fast-check, FC_SEED):
// conservation (used + available = total), the cap, one top-up a month, no carry-over, purity.
import { Money } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  availableCredit,
  creditPool,
  issue,
  type MonthLedger,
  openMonth,
  type RiskClass,
} from '../src/index';

const riskClass = fc.constantFrom<RiskClass>('I', 'II', 'III', 'IV');
// Amounts up to 4,000,000.00 in whole fen, as decimal strings.
const amount = fc.integer({ min: 1, max: 400_000_000 }).map((fen) => Money.fromFen(fen).toString());
const month = fc.array(fc.record({ amount, paper: fc.boolean() }), { maxLength: 25 });

describe('the credit ledger, property-based', () => {
  it('used + available = total and used ≤ total after every issuance; at most one top-up', () => {
    fc.assert(
      fc.property(riskClass, month, (c, invoices) => {
        let l: MonthLedger = openMonth({ riskClass: c }, null, '2024-05');
        let topUps = 0;
        for (const [i, x] of invoices.entries()) {
          const day = `2024-05-${String(1 + Math.floor(i / 2)).padStart(2, '0')}`;
          const r = issue(
            l,
            x.paper
              ? { amountExclVat: x.amount, paperCap: x.amount, at: day }
              : { amountExclVat: x.amount, at: day },
          );
          if (r.ledger.toppedUp && !l.toppedUp) topUps++;
          l = r.ledger;
          expect(l.used.add(availableCredit(l)).equals(l.total)).toBe(true);
          expect(l.used.lessThanOrEqual(l.total)).toBe(true);
        }
        expect(topUps).toBeLessThanOrEqual(1);
        expect(l.total.lessThanOrEqual(l.openingTotal.add(l.topUpBy))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('no carry-over: each month starts at zero used, whatever the last month used', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(riskClass, month), { minLength: 2, maxLength: 6 }), (months) => {
        let l: MonthLedger | null = null;
        for (const [m, [c, invoices]] of months.entries()) {
          const ym = `2024-${String(m + 1).padStart(2, '0')}`;
          l = openMonth({ riskClass: c }, l, ym);
          expect(l.used.isZero()).toBe(true);
          expect(availableCredit(l).equals(l.total)).toBe(true);
          for (const x of invoices) l = issue(l, { amountExclVat: x.amount, at: `${ym}-15` }).ledger;
        }
      }),
      { numRuns: 60 },
    );
  });

  it('used is the sum of the issued amounts (blocked ones add nothing); the input is never mutated', () => {
    fc.assert(
      fc.property(riskClass, month, (c, invoices) => {
        const start = openMonth({ riskClass: c }, null, '2024-05');
        const before = JSON.stringify(start);
        const pool = creditPool(start);
        let issuedFen = 0n;
        let pooledFen = 0n;
        let l = start;
        for (const x of invoices) {
          const fen = Money.of(x.amount).toFen();
          const r = issue(l, { amountExclVat: x.amount, at: '2024-05-20' });
          if (r.outcome !== 'blocked') issuedFen += fen;
          if (pool.chargeFen(fen) !== 'blocked') pooledFen += fen;
          l = r.ledger;
        }
        expect(l.used.toFen()).toBe(issuedFen);
        expect(pool.ledger().used.toFen()).toBe(pooledFen);
        expect(JSON.stringify(start)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});
