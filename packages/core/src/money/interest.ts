import { ValidationError } from '../errors';
import { Dec } from './decimal';
import { Money } from './money';
import { Rate } from './rate';

/**
 * How many days make a year when an annual rate is applied to a span of days: actual days over
 * 360 or over 365. Always stated by the caller (the contract or rule says which); never defaulted.
 */
export type DayCountBasis = 'actual/360' | 'actual/365';

/**
 * Every day-count basis, for schemas and arbitraries.
 * @example
 * DAY_COUNT_BASES.includes('actual/365') // true
 */
export const DAY_COUNT_BASES: readonly DayCountBasis[] = Object.freeze(['actual/360', 'actual/365']);

const YEAR_DAYS: Readonly<Record<DayCountBasis, number>> = { 'actual/360': 360, 'actual/365': 365 };

function checkInputs(principal: unknown, rate: unknown, ratePath: string, days: unknown): void {
  if (!(principal instanceof Money)) {
    throw ValidationError.of('principal', 'must be a Money', '必须是 Money 金额');
  }
  if (!(rate instanceof Rate)) throw ValidationError.of(ratePath, 'must be a Rate', '必须是 Rate（利率）');
  if (typeof days !== 'number' || !Number.isSafeInteger(days) || days < 0) {
    throw ValidationError.of('days', 'must be a non-negative integer', '必须是非负整数');
  }
}

/**
 * Simple interest on `principal` at `annualRate` for `days` actual days, over a 360- or 365-day
 * year: principal × rate × days ÷ (360 | 365). Full precision; the caller rounds.
 * @example
 * // 100,000.00 × 0.35% × 73 ÷ 365 = 350 × 0.2 = 70.00
 * simpleInterest(Money.of('100000'), Rate.percent('0.35'), 73, 'actual/365').toString() // '70.00'
 */
export function simpleInterest(
  principal: Money,
  annualRate: Rate,
  days: number,
  basis: DayCountBasis,
): Money {
  checkInputs(principal, annualRate, 'annualRate', days);
  if (typeof basis !== 'string' || !Object.hasOwn(YEAR_DAYS, basis)) {
    throw ValidationError.of(
      'basis',
      "must be 'actual/360' or 'actual/365'",
      "必须是 'actual/360' 或 'actual/365'",
    );
  }
  // Multiply before dividing, so that whole results (the common case) are exact.
  return principal.multiply(annualRate).multiply(BigInt(days)).divide(new Dec(YEAR_DAYS[basis]));
}

/**
 * Interest charged per day at `dailyRate` for `days` days: principal × dailyRate × days, full
 * precision. For per-day surcharges such as 滞纳金 at 万分之五 (0.05%) per day (税收征收管理法
 * 第三十二条); the rate itself belongs in a dated parameter.
 * @example
 * // 10,000.00 × 0.05% × 30 = 5 × 30 = 150.00
 * dailyRateInterest(Money.of('10000'), Rate.percent('0.05'), 30).toString() // '150.00'
 */
export function dailyRateInterest(principal: Money, dailyRate: Rate, days: number): Money {
  checkInputs(principal, dailyRate, 'dailyRate', days);
  return principal.multiply(dailyRate).multiply(BigInt(days));
}
