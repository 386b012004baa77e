// Exact integer arithmetic for the hot path: amounts as whole fen (bigint, as core's
// `Money.fromFen`/`toFen` use them) and rates as exact fractions of bigints. A million lines
// through decimal.js cost ~70 µs each; these give the same results to the fen in well under one
// (test/measure.test.ts checks them against core's Money on random lines). Never a JS number for
// an amount.
import { type Decimal, Money } from '@gd-ftz/core';

/** An exact non-negative fraction n/d (d > 0). */
export interface Frac {
  readonly n: bigint;
  readonly d: bigint;
}

/** 1 as a fraction. */
export const ONE: Frac = { n: 1n, d: 1n };

const PLAIN = /^(\d+)(?:\.(\d+))?$/;

/** A validated plain decimal string (no sign) as an exact fraction. */
export function fracOf(s: string): Frac {
  const m = PLAIN.exec(s) as RegExpExecArray;
  const frac = m[2] ?? '';
  return { n: BigInt((m[1] as string) + frac), d: 10n ** BigInt(frac.length) };
}

/** A non-negative decimal.js value (a dated parameter's value) as an exact fraction. */
export function fracOfDecimal(d: Decimal): Frac {
  return fracOf(d.toFixed());
}

/** n/d rounded half-up to an integer (n ≥ 0, d > 0): 四舍五入. */
export function roundHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

/** Fen as a two-decimal yuan string ('-' for negatives). */
export function yuan(fen: bigint): string {
  const neg = fen < 0n;
  const digits = (neg ? -fen : fen).toString().padStart(3, '0');
  return `${neg ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Fen as core Money (for reports and the public API). */
export function moneyOfFen(fen: bigint): Money {
  return Money.fromFen(fen);
}

/**
 * The fen of units [from, from + n) when `totalFen` is split equally over `quantity` units to the
 * fen by core's `allocate` (largest remainder, earlier units first on a tie): every unit gets the
 * floor share and the first `totalFen mod quantity` units one fen more. Closed form of the same split.
 */
export function unitsShareFen(totalFen: bigint, quantity: number, from: number, n: number): bigint {
  const q = BigInt(quantity);
  const floor = totalFen / q;
  const extra = Number(totalFen % q);
  const withExtra = Math.max(0, Math.min(from + n, extra) - from);
  return floor * BigInt(n) + BigInt(withExtra);
}
