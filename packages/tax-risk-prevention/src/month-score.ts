// The scoring hot path: a taxpayer-month as whole fen and counts, the firm's history folded into
// rolling state (historical peak, zero-filing streak and count), and the indicators fired decided by
// exact integer cross-multiplication (exact-ratio.ts). It fires exactly what indicatorsUnchecked +
// firedOf fire on the same month and history (a property test checks it), without a decimal
// division or a re-scan of the history. Internal: the simulation's loop; the public functions keep
// their decimal indicators.
import { type CivilDate, integerAt } from '@gd-ftz/core';
import { compareRatio, compareRatioOfProduct, type Fraction } from './exact-ratio';
import {
  INDICATOR_KEYS,
  INDICATOR_RULES,
  type IndicatorKey,
  ZERO_VAT_CONSECUTIVE_MONTHS,
  ZERO_VAT_CUMULATIVE_MONTHS,
} from './law';

/** A taxpayer-month in whole fen (safe integers) and counts: what the fast scorer reads. */
export interface MonthFigures {
  /** The calendar year of the month (the cumulative zero-filing count runs within it). */
  readonly year: number;
  readonly agricultural: boolean;
  readonly cap: number;
  readonly invoices: number;
  readonly voidOrRed: number;
  readonly salesCodes: number;
  readonly matchedCodes: number;
  readonly issued: number;
  readonly inputVat: number;
  readonly agriInputVat: number;
  /** May be negative (a credit carried forward). */
  readonly vatPayable: number;
  readonly citRevenue: number;
  /** The industry warning rate as an exact fraction. */
  readonly warning: Fraction;
}

/** The thresholds as exact fractions, in the order of the indicators they belong to. */
export interface FastThresholds {
  readonly capUse: Fraction;
  readonly surge: Fraction;
  readonly voidRed: Fraction;
  readonly codeMatch: Fraction;
  readonly revenueGap: Fraction;
  readonly agriInput: Fraction;
}

/** A firm's history folded month by month: what the indicators need of it. */
export interface Rolling {
  /** The highest month issued so far; -1 before the first month. */
  peak: number;
  /** Zero/negative VAT months ending with the last month. */
  zeroRun: number;
  /** Zero/negative VAT months within `year`. */
  zeroCum: number;
  year: number;
}

/** A fresh rolling state (no history). */
export function rolling(): Rolling {
  return { peak: -1, zeroRun: 0, zeroCum: 0, year: Number.NaN };
}

/** The weight of each indicator, in INDICATOR_KEYS order (bit i of a fired mask). */
const WEIGHTS = INDICATOR_KEYS.map((k: IndicatorKey) => INDICATOR_RULES[k].weight);

/**
 * The score of a fired mask: the sum of the fired indicators' weights.
 * @example
 * scoreOfMask(0b11) // 25 + 15
 */
export function scoreOfMask(mask: number): number {
  let s = 0;
  for (let i = 0; i < WEIGHTS.length; i++) if (mask & (1 << i)) s += WEIGHTS[i] as number;
  return s;
}

/** The zero-filing months in force on a day, memoised per day. */
const ZERO_MONTHS = new Map<string, readonly [number, number]>();

/**
 * [consecutive, cumulative] zero-filing months of the not-A test in force on `asOf`.
 * @example
 * zeroMonthsAt('2024-07-15') // [3, 6]
 */
export function zeroMonthsAt(asOf: CivilDate): readonly [number, number] {
  let z = ZERO_MONTHS.get(asOf);
  if (z === undefined) {
    z = [integerAt(ZERO_VAT_CONSECUTIVE_MONTHS, asOf), integerAt(ZERO_VAT_CUMULATIVE_MONTHS, asOf)] as const;
    ZERO_MONTHS.set(asOf, z);
  }
  return z;
}

/**
 * The fired mask of month `f` given the history's peak (-1: none) and the zero-filing streak and
 * count ending with `f`. Bit i is INDICATOR_KEYS[i]; an indicator without a denominator does not fire.
 * @example
 * maskOf(f, -1, 0, 0, compile(DEFAULT_THRESHOLDS).fast, zeroMonthsAt('2024-07-15')) // e.g. 0b1
 */
export function maskOf(
  f: MonthFigures,
  peak: number,
  zeroRun: number,
  zeroCum: number,
  t: FastThresholds,
  zero: readonly [number, number],
): number {
  const issued = f.issued;
  let mask = 0;
  // 顶额: average invoice / cap ≥ t.
  if (f.invoices !== 0 && f.cap !== 0 && compareRatioOfProduct(issued, f.cap, f.invoices, t.capUse) >= 0)
    mask |= 1;
  // Surge: issued / historical peak > t.
  if (peak > 0 && compareRatio(issued, peak, t.surge) > 0) mask |= 2;
  const all = f.invoices + f.voidOrRed;
  if (all !== 0 && compareRatio(f.voidOrRed, all, t.voidRed) > 0) mask |= 4;
  if (f.salesCodes !== 0 && compareRatio(f.matchedCodes, f.salesCodes, t.codeMatch) < 0) mask |= 8;
  const larger = Math.max(issued, f.citRevenue);
  if (larger !== 0 && compareRatio(Math.abs(issued - f.citRevenue), larger, t.revenueGap) >= 0) mask |= 16;
  if (issued !== 0 && compareRatio(f.vatPayable, issued, f.warning) < 0) mask |= 32;
  if (!f.agricultural && f.inputVat !== 0 && compareRatio(f.agriInputVat, f.inputVat, t.agriInput) > 0)
    mask |= 64;
  if (zeroRun >= zero[0] || zeroCum >= zero[1]) mask |= 128;
  return mask;
}

/**
 * The fired mask of month `f` given the rolling state of the months before it, then folds `f` into
 * that state (the streak and count ending with it, the peak after it).
 * @example
 * const r = rolling(); for (const f of months) score += scoreOfMask(scoreAndAdvance(f, r, t, z));
 */
export function scoreAndAdvance(
  f: MonthFigures,
  r: Rolling,
  t: FastThresholds,
  zero: readonly [number, number],
): number {
  const isZero = f.vatPayable <= 0;
  if (f.year !== r.year) {
    r.year = f.year;
    r.zeroCum = 0;
  }
  const run = isZero ? r.zeroRun + 1 : 0;
  const cum = isZero ? r.zeroCum + 1 : r.zeroCum;
  const mask = maskOf(f, r.peak, run, cum, t, zero);
  if (f.issued > r.peak) r.peak = f.issued;
  r.zeroRun = run;
  r.zeroCum = cum;
  return mask;
}
