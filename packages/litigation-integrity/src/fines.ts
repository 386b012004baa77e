// Whether a fine respects the limits of 民事诉讼法 第一百一十八条 in force on the conduct day.
import { Money, ValidationError, valueAt } from '@gd-ftz/core';
import { amountOf, dateOf, oneOf } from './input';
import { ENTITY_FINE_MAX, ENTITY_FINE_MIN, INDIVIDUAL_FINE_MAX } from './law';
import type { FineCheck, PartyKind } from './model';

const PARTIES: readonly PartyKind[] = ['individual', 'entity'];

/**
 * The limits in force on `conductOn` for a party: no minimum for an individual (`undefined`).
 * @throws ParameterNotInForceError before 2013-01-01 (conduct under the earlier text is not covered).
 * @example
 * fineLimitsAt('entity', '2024-06-30').max.toString() // '1000000.00'
 */
export function fineLimitsAt(party: PartyKind, conductOn: string): { min?: Money; max: Money } {
  if (party === 'individual') return { max: Money.fromDecimal(valueAt(INDIVIDUAL_FINE_MAX, conductOn)) };
  return {
    min: Money.fromDecimal(valueAt(ENTITY_FINE_MIN, conductOn)),
    max: Money.fromDecimal(valueAt(ENTITY_FINE_MAX, conductOn)),
  };
}

/**
 * Checks a fine against 民事诉讼法 第一百一十八条 (2012 text 第一百一十五条) as in force on the day of the
 * conduct (法释〔2012〕23号 第四条): individuals up to 100,000.00 yuan, entities 50,000.00 to
 * 1,000,000.00 yuan, both ends included (民法典 第一千二百五十九条).
 * @param party - who is fined.
 * @param amount - the fine in yuan, a decimal string with at most two decimals, above zero.
 * @param conductOn - the day of the conduct, YYYY-MM-DD.
 * @throws ValidationError naming `party`, `amount` or `conductOn`; ParameterNotInForceError for conduct
 * before 2013-01-01.
 * @example
 * checkFineAmount('entity', '50000.00', '2024-06-30') // 'within-limits'
 * checkFineAmount('entity', '49999.99', '2024-06-30') // 'below-minimum'
 * checkFineAmount('individual', '100000.01', '2024-06-30') // 'above-maximum'
 */
export function checkFineAmount(party: PartyKind, amount: string, conductOn: string): FineCheck {
  const who = oneOf(party, PARTIES, 'party');
  const fine = amountOf(amount, 'amount');
  if (!fine.isPositive()) {
    throw ValidationError.of('amount', 'must be above zero', '必须大于零');
  }
  const day = dateOf(conductOn, 'conductOn');
  const { min, max } = fineLimitsAt(who, day);
  if (min !== undefined && fine.lessThan(min)) return 'below-minimum';
  if (fine.greaterThan(max)) return 'above-maximum';
  return 'within-limits';
}
