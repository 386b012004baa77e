// Amounts inside rentalInvoiceTaxes are core's decimals (the values Money wraps), rounded with the
// mode of Money.round('half-up'), and shown with the text of Money.toString: the input is checked
// once at the boundary, so each intermediate value need not be re-checked as a Money. Internal.
import { allocate, type Decimal, decimal, Money } from '@gd-ftz/core';

/** decimal.js ROUND_HALF_UP (四舍五入), the rounding of Money.round('half-up') and Money.toString. */
const HALF_UP = 4;

/** Rounded to the fen, half-up: the value of `Money.fromDecimal(d).round('half-up')`. */
export const toFen = (d: Decimal): Decimal => d.toDecimalPlaces(2, HALF_UP);

/**
 * The text of `Money.fromDecimal(d).toString()` (yuan, two decimals, never "-0.00"). Every amount
 * shown here is a whole number of fen, so the plain digits are padded: wrapping each value in a
 * Money (checked again) and rounding it costs 5–7× the padding (measured 2026-12-04), and a traced
 * call formats every step.
 */
export function yuan(d: Decimal): string {
  if (d.decimalPlaces() > 2) return Money.fromDecimal(d).toString();
  const s = d.toFixed(); // plain notation, no sign on zero
  const dot = s.indexOf('.');
  return dot < 0 ? `${s}.00` : dot === s.length - 2 ? `${s}0` : s;
}

/**
 * A checked amount (a plain yuan string to the fen) spread evenly over `n` parts to the fen by core's
 * allocate (the leftover fen to the first parts).
 */
export function spread(amount: string, n: number): Decimal[] {
  if (n === 1) return [decimal(amount)];
  const equal = Array.from({ length: n }, () => 1n);
  return allocate(Money.of(amount), equal).map((m) => m.toDecimal());
}
