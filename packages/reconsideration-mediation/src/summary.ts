// Whether a case falls within the summary procedure's scope (行政复议法 第五十三条).
import { isCivilDate, Money, ValidationError, valueAt } from '@gd-ftz/core';
import { administrativeReconsideration as arl } from '@gd-ftz/statutes';

/** The kinds of act 第五十三条 names, and the rest. */
export type ActKind = 'warning' | 'criticism' | 'information-disclosure' | 'other';

const KINDS: readonly ActKind[] = ['warning', 'criticism', 'information-disclosure', 'other'];

/** The facts of the act under review that 第五十三条 looks at. */
export interface ActFacts {
  readonly kind: ActKind;
  /** Made on the spot (当场作出). */
  readonly onTheSpot: boolean;
  /** The amount the case concerns, in yuan as a decimal string; absent when none. */
  readonly amount?: string;
  /** The day the case is heard, for the limit in force (default: 2024-01-01). */
  readonly on?: string;
}

/**
 * Whether the summary procedure may apply (行政复议法 第五十三条): an act made on the spot, a
 * warning or 通报批评, an amount of 3,000 yuan or less, an information-disclosure case — or any case
 * when all parties agree. The article also asks that the facts be clear and the dispute small:
 * that is the body's judgment, not modelled here.
 * @throws ValidationError naming `act`, `act.kind`, `act.onTheSpot`, `act.amount` or `partiesAgree`.
 * @example
 * summaryEligible({ kind: 'other', onTheSpot: false, amount: '3000.00' }, false) // true
 * summaryEligible({ kind: 'other', onTheSpot: false, amount: '3000.01' }, false) // false
 */
export function summaryEligible(act: ActFacts, partiesAgree: boolean): boolean {
  if (act === null || typeof act !== 'object') {
    throw ValidationError.of('act', 'must be an object of act facts', '必须是行政行为事实对象');
  }
  if (!KINDS.includes(act.kind)) {
    throw ValidationError.of(
      'act.kind',
      `must be one of ${KINDS.join(', ')}`,
      `必须是 ${KINDS.join('、')} 之一`,
    );
  }
  if (typeof act.onTheSpot !== 'boolean') {
    throw ValidationError.of('act.onTheSpot', 'must be a boolean', '必须是布尔值');
  }
  if (typeof partiesAgree !== 'boolean') {
    throw ValidationError.of('partiesAgree', 'must be a boolean', '必须是布尔值');
  }
  let amount: Money | undefined;
  if (act.amount !== undefined) {
    try {
      amount = Money.of(act.amount);
    } catch {
      throw ValidationError.of('act.amount', 'must be a decimal amount in yuan', '必须是以元为单位的金额');
    }
    if (amount.isNegative()) throw ValidationError.of('act.amount', 'must not be negative', '不得为负数');
  }
  if (act.on !== undefined && !isCivilDate(act.on)) {
    throw ValidationError.of('act.on', 'must be a real date YYYY-MM-DD', '必须是有效日期 YYYY-MM-DD');
  }
  const limit = Money.fromDecimal(valueAt(arl.params.summaryAmountLimit, act.on ?? '2024-01-01'));
  return (
    partiesAgree ||
    act.onTheSpot ||
    act.kind !== 'other' ||
    (amount !== undefined && !amount.greaterThan(limit))
  );
}
