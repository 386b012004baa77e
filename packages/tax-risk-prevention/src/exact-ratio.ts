// Exact comparison of a ratio of whole numbers (fen, counts) with a threshold, by cross-multiplying
// integers instead of dividing decimals: a/b against p/q is the sign of a·q − p·b. The safe-integer
// product is used when it is exact (its magnitude stays below 2^53); otherwise BigInt. Internal: the
// scoring hot path calls this eight times a taxpayer-month.
import type { Decimal } from '@gd-ftz/core';

/** A non-negative threshold as a reduced fraction p/q, exact, in both number and BigInt form. */
export interface Fraction {
  readonly p: number;
  readonly q: number;
  readonly bp: bigint;
  readonly bq: bigint;
  /** Whether p and q are safe integers (the number form is exact). */
  readonly safe: boolean;
}

/**
 * The exact fraction of a finite decimal (a threshold, a rate).
 * @example
 * fractionOf(decimal('0.15')) // { p: 3, q: 20, … }
 */
export function fractionOf(d: Decimal): Fraction {
  // toFraction() without a bound is the exact value, reduced (decimal.js).
  const [n, m] = d.toFraction() as [Decimal, Decimal];
  const bp = BigInt(n.toFixed(0));
  const bq = BigInt(m.toFixed(0));
  const safe = bp <= BigInt(Number.MAX_SAFE_INTEGER) && bq <= BigInt(Number.MAX_SAFE_INTEGER);
  return { p: safe ? Number(bp) : 0, q: safe ? Number(bq) : 0, bp, bq, safe };
}

/**
 * The sign of a/b − p/q for safe integers a and b > 0: -1, 0 or 1, exactly.
 * @example
 * compareRatio(70_000_00, 100_000_00, fractionOf(decimal('0.7'))) // 0
 */
export function compareRatio(a: number, b: number, f: Fraction): number {
  if (f.safe) {
    const l = a * f.q;
    const r = f.p * b;
    // A rounded double product is at least 2^53 in magnitude whenever the exact one is, so a safe
    // result is the exact product.
    if (Number.isSafeInteger(l) && Number.isSafeInteger(r)) return l < r ? -1 : l > r ? 1 : 0;
  }
  const l = BigInt(a) * f.bq;
  const r = f.bp * BigInt(b);
  return l < r ? -1 : l > r ? 1 : 0;
}

/**
 * compareRatio with the denominator a product b1·b2 (both safe integers, product > 0).
 * @example
 * compareRatioOfProduct(90_000_00, 10_000_00, 10, fractionOf(decimal('0.9'))) // 0
 */
export function compareRatioOfProduct(a: number, b1: number, b2: number, f: Fraction): number {
  const b = b1 * b2;
  if (Number.isSafeInteger(b)) return compareRatio(a, b, f);
  const l = BigInt(a) * f.bq;
  const r = f.bp * BigInt(b1) * BigInt(b2);
  return l < r ? -1 : l > r ? 1 : 0;
}
