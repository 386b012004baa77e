// A month's credit as a local pool for high-volume issuers: the 乐企 direct-connect model, where
// credit is downloaded to the issuer's own system, cannot cross months and cannot be exceeded
// (乐企 interface documentation, S33). The same check as `issue`, on whole fen, without building a
// ledger per invoice.
import { describeValue, Money, ValidationError } from '@gd-ftz/core';
import { type CreditState, charge, stateOf } from './ledger';
import type { IssueOutcome, MonthLedger } from './model';
import { ledgerOf } from './validate';

/** A month's credit pool: charge invoices in fen, then read the ledger back. */
export interface CreditPool {
  /**
   * Charges one invoice of `fen` whole fen (a digital amount excl. VAT, or a paper copy's cap):
   * the one top-up, then issued or blocked, exactly as `issue`.
   * @throws ValidationError naming `fen` unless a positive bigint.
   */
  chargeFen(fen: bigint): IssueOutcome;
  /** The ledger as it stands (a new immutable value each call). */
  ledger(): MonthLedger;
}

/**
 * Opens a pool on a month ledger (from `openMonth`); the ledger itself is not changed.
 * @throws ValidationError naming `ledger…`.
 * @example
 * const pool = creditPool(openMonth({ riskClass: 'III' }, null, '2024-05'));
 * pool.chargeFen(600_000_000n) // 'topped-up' (6,000,000.00 reaches 80% of 7,500,000.00)
 * pool.ledger().total.toString() // '9000000.00'
 */
export function creditPool(ledger: MonthLedger): CreditPool {
  const start = ledgerOf(ledger, 'ledger');
  const s: CreditState = stateOf(start);
  return {
    chargeFen(fen: bigint): IssueOutcome {
      if (typeof fen !== 'bigint' || fen <= 0n) {
        throw ValidationError.of(
          'fen',
          `must be a positive bigint of fen, got ${describeValue(fen)}`,
          `必须是正的整数分（bigint），收到 ${describeValue(fen)}`,
        );
      }
      return charge(s, fen);
    },
    ledger(): MonthLedger {
      return Object.freeze({
        ...start,
        total: Money.fromFen(s.totalFen),
        used: Money.fromFen(s.usedFen),
        toppedUp: s.toppedUp,
      });
    },
  };
}
