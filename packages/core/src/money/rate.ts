import { ValidationError } from '../errors';
import { Dec, type Decimal, decimalFromDecimal, decimalFromString, isFiniteDecimal } from './decimal';

const HUNDRED = new Dec(100);
const THOUSAND = new Dec(1000);

function rateArg(other: unknown, path: string): Rate {
  if (other instanceof Rate) return other;
  throw ValidationError.of(path, 'must be a Rate', '必须是 Rate（费率/利率）');
}

/**
 * A rate (tax rate, interest rate, surcharge per day) as an exact decimal fraction: 3.5% is
 * `0.035`. Immutable. Built from strings only, never from JS numbers, so `0.35%` is exactly
 * `0.0035`. Rates may be negative or above one; the rules that use them say what is allowed.
 * @example
 * Rate.percent('0.35').toString() // '0.0035'
 * Rate.perMille('0.5').equals(Rate.of('0.0005')) // true
 */
export class Rate {
  private readonly fraction: Decimal;

  private constructor(fraction: Decimal) {
    // The constructor is private to TypeScript only: at run time `new Rate(NaN)` is callable, and
    // a NaN/Infinity fraction would print "NaN" from every later result.
    if (!isFiniteDecimal(fraction)) {
      throw ValidationError.of(
        'fraction',
        'must be a finite Decimal (build a Rate with Rate.of, Rate.percent or Rate.perMille)',
        '必须是有限的 Decimal（请用 Rate.of、Rate.percent 或 Rate.perMille 创建）',
      );
    }
    this.fraction = fraction;
    Object.freeze(this);
  }

  /**
   * A rate from its decimal fraction as a string.
   * @example
   * Rate.of('0.0005') // 万分之五, 0.05%
   */
  static of(fraction: string): Rate {
    return new Rate(decimalFromString(fraction, 'rate'));
  }

  /**
   * A rate from a percentage string: `Rate.percent('0.35')` is 0.35% = 0.0035.
   * @example
   * Rate.percent('13').toString() // '0.13'
   */
  static percent(percent: string): Rate {
    return new Rate(decimalFromString(percent, 'percent').div(HUNDRED));
  }

  /**
   * A rate from a per-mille string: `Rate.perMille('0.5')` is 0.5‰ = 0.0005.
   * @example
   * Rate.perMille('0.5').toString() // '0.0005'
   */
  static perMille(perMille: string): Rate {
    return new Rate(decimalFromString(perMille, 'perMille').div(THOUSAND));
  }

  /**
   * A rate from a decimal.js value (e.g. a dated parameter's value).
   * @example
   * Rate.fromDecimal(valueAt(lateFeeRate, '2024-01-01'))
   */
  static fromDecimal(fraction: Decimal): Rate {
    return new Rate(decimalFromDecimal(fraction, 'rate'));
  }

  /**
   * The zero rate.
   * @example
   * Rate.zero().isZero() // true
   */
  static zero(): Rate {
    return new Rate(new Dec(0));
  }

  /**
   * The exact fraction as a decimal.
   * @example
   * Rate.percent('3').toDecimal().toString() // '0.03'
   */
  toDecimal(): Decimal {
    return this.fraction;
  }

  /**
   * The product of two rates (e.g. a reduced rate: 50% of 6%).
   * @example
   * Rate.percent('6').multiply(Rate.percent('50')).toString() // '0.03'
   */
  multiply(other: Rate): Rate {
    return new Rate(this.fraction.times(rateArg(other, 'other').fraction));
  }

  /**
   * The sum of two rates.
   * @example
   * Rate.percent('1').add(Rate.percent('2')).toString() // '0.03'
   */
  add(other: Rate): Rate {
    return new Rate(this.fraction.plus(rateArg(other, 'other').fraction));
  }

  /**
   * -1, 0 or 1 as this rate is below, equal to or above `other`.
   * @example
   * Rate.of('0.01').compare(Rate.of('0.02')) // -1
   */
  compare(other: Rate): -1 | 0 | 1 {
    return this.fraction.comparedTo(rateArg(other, 'other').fraction) as -1 | 0 | 1;
  }

  /**
   * Whether both rates are the same number (`0.10` equals `0.1`).
   * @example
   * Rate.of('0.10').equals(Rate.percent('10')) // true
   */
  equals(other: Rate): boolean {
    return this.compare(other) === 0;
  }

  /**
   * Whether the rate is zero.
   * @example
   * Rate.of('0').isZero() // true
   */
  isZero(): boolean {
    return this.fraction.isZero();
  }

  /**
   * Whether the rate is below zero.
   * @example
   * Rate.of('-0.01').isNegative() // true
   */
  isNegative(): boolean {
    return this.fraction.isNegative() && !this.fraction.isZero();
  }

  /**
   * The exact fraction in plain notation.
   * @example
   * Rate.percent('0.35').toString() // '0.0035'
   */
  toString(): string {
    return this.fraction.toFixed();
  }

  /**
   * The rate as an exact percentage string, for display.
   * @example
   * Rate.of('0.0005').toPercentString() // '0.05%'
   */
  toPercentString(): string {
    return `${this.fraction.times(HUNDRED).toFixed()}%`;
  }

  /**
   * JSON form: the exact fraction as a string (read back with `Rate.of`).
   * @example
   * JSON.stringify({ r: Rate.percent('13') }) // '{"r":"0.13"}'
   */
  toJSON(): string {
    return this.toString();
  }
}
