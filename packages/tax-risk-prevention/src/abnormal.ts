// The one published numeric invoice-risk threshold: 国家税务总局公告2019年第38号.
import { type CivilDate, Money, valueAt } from '@gd-ftz/core';
import { ABNORMAL_INPUT_AMOUNT, ABNORMAL_INPUT_SHARE } from './law';
import { checkDate, Issues, moneyOf } from './validate';

/**
 * Whether the 专票 a general taxpayer issued become 异常凭证 because of the abnormal input VAT it
 * claimed: abnormal ≥ 70% (含) of the period's 专票 input VAT **and** abnormal > 50,000.00
 * (国家税务总局公告2019年第38号, from 2020-02-01; unclaimed or reversed abnormal input is left out
 * by the caller). Compared exactly (abnormal ≥ 0.7 × special), no rounding: the text sets none.
 * @throws ValidationError naming `abnormalInputVat`, `specialInputVat` or `asOf`;
 * ParameterNotInForceError before 2020-02-01.
 * @example
 * issuerListedAbnormal({ abnormalInputVat: '70000.00', specialInputVat: '100000.00' }, '2024-06-30') // true
 * issuerListedAbnormal({ abnormalInputVat: '50000.00', specialInputVat: '50000.00' }, '2024-06-30') // false
 */
export function issuerListedAbnormal(
  claim: { readonly abnormalInputVat: Money | string; readonly specialInputVat: Money | string },
  asOf: CivilDate | string,
): boolean {
  const issues = new Issues();
  const c = (typeof claim === 'object' && claim !== null ? claim : {}) as Record<string, unknown>;
  if (c !== claim) issues.add('claim', 'must be an object', '必须是对象');
  const abnormal = moneyOf(c.abnormalInputVat, 'abnormalInputVat', issues);
  const special = moneyOf(c.specialInputVat, 'specialInputVat', issues);
  checkDate(asOf, 'asOf', issues);
  if (abnormal && special && abnormal.greaterThan(special)) {
    issues.add(
      'abnormalInputVat',
      'must not exceed specialInputVat (abnormal input is part of it)',
      '异常凭证进项税额不得大于同期专票进项税额',
    );
  }
  issues.throwIfAny();
  const a = abnormal as Money;
  const s = special as Money;
  const share = s.multiply(valueAt(ABNORMAL_INPUT_SHARE, asOf));
  const amount = Money.fromDecimal(valueAt(ABNORMAL_INPUT_AMOUNT, asOf));
  return a.greaterThanOrEqual(share) && a.greaterThan(amount);
}
