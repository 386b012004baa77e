import { ValidationError } from '../errors';
import { Dec, type Decimal, decimalFromDecimal, decimalFromString, plainString } from './decimal';
import { type Divisor, divisorOf, factorOf, type Multiplier } from './operands';
import { decimalJsRounding, type RoundingMode } from './rounding';

const FEN_PER_YUAN = new Dec(100);
/** The rounding of toString (四舍五入), looked up once. */
const HALF_UP = decimalJsRounding('half-up', 'mode');

function moneyArg(value: unknown, path: string): Money {
  if (value instanceof Money) return value;
  throw ValidationError.of(path, 'must be a Money', '必须是 Money 金额');
}

function extreme(amounts: readonly unknown[], sign: -1 | 1): Money {
  const checked = amounts.map((m, i) => moneyArg(m, `amounts.${i}`));
  return checked.reduce((best, m) => (m.compare(best) === sign ? m : best));
}

/** Amounts are below 10^16 yuan in magnitude (ten thousand trillion, far above any tax or budget). */
const MAX_MONEY_EXPONENT = 16;

/**
 * An immutable amount of 人民币 (CNY) in yuan, exact (decimal.js, 40 significant digits), below
 * 10^16 yuan in magnitude (a ValidationError otherwise, naming the input or operand).
 *
 * Amounts are built from decimal strings or integer fen, never from JS numbers: `Money.of(0.1)` is
 * a type error and, from plain JavaScript, a ValidationError. Arithmetic keeps full precision
 * (`0.005` stays `0.005`); rounding to the fen happens only where a rule calls {@link Money.round}.
 * @example
 * const tax = Money.of('100000').multiply(Rate.percent('13')).round(); // 13,000.00
 * tax.toString() // '13000.00'
 */
export class Money {
  private readonly amount: Decimal;

  private constructor(amount: Decimal, path: string = 'amount') {
    // The constructor is private in TypeScript but callable from JavaScript (`new Money(x)`): a value
    // that is not a decimal built by this module is refused instead of read as one (issue 32).
    if (typeof path !== 'string') path = 'amount';
    if (!(amount instanceof Dec)) {
      throw ValidationError.of(
        path,
        'must be built with Money.of, Money.fromFen or Money.zero (the constructor is internal)',
        '须用 Money.of、Money.fromFen 或 Money.zero 构造金额',
      );
    }
    // |amount| < 10^16 yuan, i.e. the leading digit's exponent below 16 (NaN for ±Infinity): with
    // 40 working digits every amount then keeps its fen and 22 more places, so sums, allocation
    // and rounding stay exact (issue 32: beyond that a fen was lost, or a product read "Infinity").
    if (!(amount.e < MAX_MONEY_EXPONENT)) {
      throw ValidationError.of(
        path,
        `makes an amount of ${MAX_MONEY_EXPONENT}+ digits of yuan: money must stay below 10^${MAX_MONEY_EXPONENT} yuan in magnitude`,
        `金额绝对值须小于 10^${MAX_MONEY_EXPONENT} 元`,
      );
    }
    this.amount = amount.isZero() ? new Dec(0) : amount;
    Object.freeze(this);
  }

  /**
   * An amount in yuan from a plain decimal string (`'1234.5'`, `'-3'`, `'0.005'`), kept exactly.
   * Exponents (`'1e5'`), separators (`'1,000'`), blanks, `NaN` and `Infinity` are rejected.
   * @example
   * Money.of('1234.5').toString() // '1234.50'
   */
  static of(yuan: string): Money {
    return new Money(decimalFromString(yuan, 'amount'));
  }

  /**
   * An amount from a whole number of fen (分, 0.01 yuan): a bigint or a safe-integer number.
   * @example
   * Money.fromFen(12345n).toString() // '123.45'
   */
  static fromFen(fen: number | bigint): Money {
    if (typeof fen !== 'bigint' && !(typeof fen === 'number' && Number.isSafeInteger(fen))) {
      throw ValidationError.of('fen', 'must be an integer number of fen', '必须是整数（分）');
    }
    // Shifting the decimal point in text is exact and avoids a division.
    const digits = (fen < 0 ? -BigInt(fen) : BigInt(fen)).toString().padStart(3, '0');
    const sign = fen < 0 ? '-' : '';
    return new Money(new Dec(`${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`), 'fen');
  }

  /**
   * An amount in yuan from a finite decimal.js value.
   * @example
   * Money.fromDecimal(new Decimal('0.5')).toString() // '0.50'
   */
  static fromDecimal(yuan: Decimal): Money {
    return new Money(decimalFromDecimal(yuan, 'amount'));
  }

  /**
   * Zero yuan.
   * @example
   * Money.zero().isZero() // true
   */
  static zero(): Money {
    return new Money(new Dec(0));
  }

  /**
   * The exact sum of a list (zero for an empty list).
   * @example
   * Money.sum([Money.of('0.1'), Money.of('0.2')]).equals(Money.of('0.3')) // true
   */
  static sum(amounts: readonly Money[]): Money {
    if (!Array.isArray(amounts)) throw ValidationError.of('amounts', 'must be an array', '必须是数组');
    let total = new Dec(0);
    amounts.forEach((m, i) => {
      total = total.plus(moneyArg(m, `amounts.${i}`).amount);
    });
    return new Money(total, 'amounts');
  }

  /**
   * The smallest of one or more amounts.
   * @example
   * Money.min(Money.of('2'), Money.of('1')).toString() // '1.00'
   */
  static min(first: Money, ...rest: Money[]): Money {
    return extreme([first, ...rest], -1);
  }

  /**
   * The largest of one or more amounts.
   * @example
   * Money.max(Money.of('2'), Money.of('1')).toString() // '2.00'
   */
  static max(first: Money, ...rest: Money[]): Money {
    return extreme([first, ...rest], 1);
  }

  /**
   * The exact sum.
   * @example
   * Money.of('0.1').add(Money.of('0.2')).toString() // '0.30'
   */
  add(other: Money): Money {
    return new Money(this.amount.plus(moneyArg(other, 'other').amount), 'other');
  }

  /**
   * The exact difference.
   * @example
   * Money.of('1').subtract(Money.of('0.01')).toString() // '0.99'
   */
  subtract(other: Money): Money {
    return new Money(this.amount.minus(moneyArg(other, 'other').amount), 'other');
  }

  /**
   * The product with a rate, an exact decimal, a decimal string or a bigint; not rounded.
   * @example
   * Money.of('10000').multiply(Rate.of('0.0005')).toString() // '5.00'
   * Money.of('3').multiply(2n).toString() // '6.00'
   */
  multiply(by: Multiplier): Money {
    return new Money(this.amount.times(factorOf(by, 'by')), 'by');
  }

  /**
   * The quotient, to 40 significant digits; not rounded (round, or use {@link allocate} to split).
   * @example
   * Money.of('100').divide(3).round().toString() // '33.33'
   */
  divide(by: Divisor): Money {
    return new Money(this.amount.div(divisorOf(by, 'by')), 'by');
  }

  /**
   * The amount with its sign reversed.
   * @example
   * Money.of('5').negate().toString() // '-5.00'
   */
  negate(): Money {
    return new Money(this.amount.neg());
  }

  /**
   * The absolute amount.
   * @example
   * Money.of('-5').abs().toString() // '5.00'
   */
  abs(): Money {
    return new Money(this.amount.abs());
  }

  /**
   * Rounded to the fen (two decimals) with the named mode; 四舍五入 (`half-up`) by default.
   * @example
   * Money.of('2.345').round().toString() // '2.35'
   * Money.of('2.345').round('half-even').toString() // '2.34'
   */
  round(mode: RoundingMode = 'half-up'): Money {
    return new Money(this.amount.toDecimalPlaces(2, decimalJsRounding(mode, 'mode')));
  }

  /**
   * Whether the amount is a whole number of fen (no digits beyond the second decimal).
   * @example
   * Money.of('0.005').isWholeFen() // false
   */
  isWholeFen(): boolean {
    return this.amount.decimalPlaces() <= 2;
  }

  /**
   * Whether the amount is zero.
   * @example
   * Money.of('0.00').isZero() // true
   */
  isZero(): boolean {
    return this.amount.isZero();
  }

  /**
   * Whether the amount is below zero.
   * @example
   * Money.of('-0.01').isNegative() // true
   */
  isNegative(): boolean {
    return this.amount.isNegative() && !this.amount.isZero();
  }

  /**
   * Whether the amount is above zero.
   * @example
   * Money.of('0.01').isPositive() // true
   */
  isPositive(): boolean {
    return this.amount.isPositive() && !this.amount.isZero();
  }

  /**
   * -1, 0 or 1 as this amount is below, equal to or above `other`.
   * @example
   * Money.of('1').compare(Money.of('2')) // -1
   */
  compare(other: Money): -1 | 0 | 1 {
    return this.amount.comparedTo(moneyArg(other, 'other').amount) as -1 | 0 | 1;
  }

  /**
   * Whether both amounts are the same number (`1.50` equals `1.5`).
   * @example
   * Money.of('1.50').equals(Money.of('1.5')) // true
   */
  equals(other: Money): boolean {
    return this.compare(other) === 0;
  }

  /**
   * Whether this amount is below `other`.
   * @example
   * Money.of('1').lessThan(Money.of('2')) // true
   */
  lessThan(other: Money): boolean {
    return this.compare(other) < 0;
  }

  /**
   * Whether this amount is at most `other`.
   * @example
   * Money.of('2').lessThanOrEqual(Money.of('2')) // true
   */
  lessThanOrEqual(other: Money): boolean {
    return this.compare(other) <= 0;
  }

  /**
   * Whether this amount is above `other`.
   * @example
   * Money.of('3').greaterThan(Money.of('2')) // true
   */
  greaterThan(other: Money): boolean {
    return this.compare(other) > 0;
  }

  /**
   * Whether this amount is at least `other`.
   * @example
   * Money.of('2').greaterThanOrEqual(Money.of('2')) // true
   */
  greaterThanOrEqual(other: Money): boolean {
    return this.compare(other) >= 0;
  }

  /**
   * For display only: yuan with exactly two decimals, rounded half-up (四舍五入). Not lossless:
   * `Money.of('0.005').toString()` is `'0.01'`; use {@link Money.toPlainString} for the exact value.
   * @example
   * Money.of('1234.5').toString() // '1234.50'
   */
  toString(): string {
    // One rounding, one copy: toFixed rounds with the given mode itself. A negative amount that
    // rounds to zero prints as "-0.00" in decimal.js; shown as "0.00".
    const shown = this.amount.toFixed(2, HALF_UP);
    return shown === '-0.00' ? '0.00' : shown;
  }

  /**
   * The exact value in plain notation, with at least two decimals.
   * @example
   * Money.of('0.005').toPlainString() // '0.005'
   * Money.of('7').toPlainString() // '7.00'
   */
  toPlainString(): string {
    return plainString(this.amount, 2);
  }

  /**
   * The amount in whole fen. Only defined for amounts that are whole fen: round first
   * (`m.round().toFen()`); anything else is a ValidationError rather than a silent rounding.
   * @example
   * Money.of('123.45').toFen() // 12345n
   */
  toFen(): bigint {
    if (!this.isWholeFen()) {
      throw ValidationError.of(
        'amount',
        `${this.toPlainString()} is not a whole number of fen; round() it first`,
        `${this.toPlainString()} 不是整分金额，请先 round()`,
      );
    }
    return BigInt(this.amount.times(FEN_PER_YUAN).toFixed(0));
  }

  /**
   * The exact amount in yuan as a decimal.js value.
   * @example
   * Money.of('1.5').toDecimal().toString() // '1.5'
   */
  toDecimal(): Decimal {
    return this.amount;
  }

  /**
   * JSON form: the exact value as a string (see {@link Money.toPlainString}); `Money.of` reads it back.
   * @example
   * JSON.stringify({ tax: Money.of('70') }) // '{"tax":"70.00"}'
   */
  toJSON(): string {
    return this.toPlainString();
  }
}
