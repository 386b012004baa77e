// Offsetting a refund and its interest against arrears (先抵后退): whole debts oldest first (国税发
// 〔2002〕150号 第三条), the last one reached split pro rata between tax and late fee (实施细则
// 第七十九条; the SAT's Q&A on 150号).
import { allocate, Money } from '@gd-ftz/core';
import type { readLedger } from './ledger';
import type { OffsetLine } from './model';

/**
 * Offsets `available` against `arrears` oldest first, as the law orders it (国税发〔2002〕150号
 * 第三条: 按欠缴税款的发生时间逐笔抵扣，先发生的先抵扣; the ledger lists arrears by due date); a
 * debt only partly covered is split pro rata between tax and late fee, to the fen.
 * Internal: `computeRefund` validates its inputs first.
 * @example
 * offsetLines(Money.of('3000000.00'), arrears) // [{ tax: 2857142.86, lateFee: 142857.14 }] for 400万 + 20万
 */
export function offsetLines(
  available: Money,
  arrears: ReturnType<typeof readLedger>['arrears'],
): OffsetLine[] {
  const lines: OffsetLine[] = [];
  let left = available;
  for (const a of arrears) {
    if (!left.isPositive()) break;
    const debt = a.tax.add(a.lateFee);
    if (left.greaterThanOrEqual(debt)) {
      lines.push({ taxType: a.taxType, period: a.period, tax: a.tax, lateFee: a.lateFee });
      left = left.subtract(debt);
    } else {
      const [tax, lateFee] = allocate(left, [a.tax, a.lateFee]) as [Money, Money];
      lines.push({ taxType: a.taxType, period: a.period, tax, lateFee });
      left = Money.zero();
    }
  }
  return lines;
}
