// The public bulk scorer: a taxpayer's months streamed through the integer path of the simulation
// (month-score.ts: whole fen, exact cross-multiplication, rolling history) instead of indicatorsOf +
// assessRisk per month, which re-check and re-scan the whole history on each call and divide decimals.
// Each month is checked once; the results equal those of the per-case functions (a property test).
import type { CivilDate, Money, Rate } from '@gd-ftz/core';
import { type Fraction, fractionOf } from './exact-ratio';
import { indicatorsUnchecked } from './indicators';
import { INDICATOR_KEYS, type IndicatorKey } from './law';
import type { MonthScore, RiskOptions, TaxpayerMonth } from './model';
import { type MonthFigures, rolling, scoreAndAdvance, scoreOfMask, zeroMonthsAt } from './month-score';
import { firedOf, hitsOf, tierOf, validOptions } from './risk';
import { checkDate, checkMonth, Issues } from './validate';

/** The fired keys of each of the 256 masks, built once (the untraced result shares them). */
const KEYS_OF_MASK: readonly (readonly IndicatorKey[])[] = Array.from(
  { length: 1 << INDICATOR_KEYS.length },
  (_, m) => Object.freeze(INDICATOR_KEYS.filter((_, i) => (m & (1 << i)) !== 0)),
);
const NO_HITS: readonly never[] = Object.freeze([]);

const maskOfFired = (fired: readonly boolean[]): number =>
  fired.reduce((acc, x, k) => (x ? acc | (1 << k) : acc), 0);

/** Up to 2^50 fen the float route below is exact. */
const FLOAT_EXACT_FEN = 2 ** 50;

/**
 * Whole fen of a checked amount (k fen exactly), or NaN beyond the safe integers (then the decimal
 * path decides). The float route is exact, not an approximation: toNumber() is the correctly
 * rounded k/100, so x·100 = k(1 + δ), |δ| ≤ 2^-52, an error of at most k·2^-52 ≤ 1/4 fen for
 * |k| ≤ 2^50: rounding gives k. It avoids toFen()'s decimal product and BigInt, the bulk of the cost.
 */
function fenOf(m: Money): number {
  const k = Math.round(m.toDecimal().toNumber() * 100); // allow-float: exact to the fen up to 2^50 fen (proof above), checked below
  if (Math.abs(k) <= FLOAT_EXACT_FEN) return k;
  const n = Number(m.toFen());
  return Number.isSafeInteger(n) ? n : Number.NaN;
}

/** The exact fraction of a warning rate; the last one is kept (firms of one industry share it). */
let lastRate: Rate | undefined;
let lastFraction: Fraction | undefined;
function warningOf(r: Rate): Fraction {
  if (r !== lastRate || lastFraction === undefined) {
    lastFraction = fractionOf(r.toDecimal());
    lastRate = r;
  }
  return lastFraction;
}

function figuresOf(m: TaxpayerMonth): MonthFigures | null {
  const f: MonthFigures = {
    year: Number(m.month.slice(0, 4)),
    agricultural: m.agricultural,
    cap: fenOf(m.singleInvoiceCap),
    invoices: m.invoices,
    voidOrRed: m.voidOrRed,
    salesCodes: m.salesCodes,
    matchedCodes: m.matchedCodes,
    issued: fenOf(m.issued),
    inputVat: fenOf(m.inputVat),
    agriInputVat: fenOf(m.agriInputVat),
    vatPayable: fenOf(m.vatPayable),
    citRevenue: fenOf(m.citRevenue),
    warning: warningOf(m.industryWarningRate),
  };
  // Sums of counts (invoices + voidOrRed) stay safe too; an amount of 10^14 yuan or more does not.
  const safe =
    Number.isSafeInteger(f.cap) &&
    Number.isSafeInteger(f.issued) &&
    Number.isSafeInteger(f.inputVat) &&
    Number.isSafeInteger(f.agriInputVat) &&
    Number.isSafeInteger(f.vatPayable) &&
    Number.isSafeInteger(f.citRevenue) &&
    Number.isSafeInteger(f.invoices + f.voidOrRed);
  return safe ? f : null;
}

/**
 * Scores a taxpayer's months in time order, as a stream: for each month the score, tier and fired
 * indicators that `assessRisk(indicatorsOf(month, earlierMonths), asOf, opts)` gives, exactly (same
 * thresholds, weights and tier cuts: INDICATOR_RULES and TIER_CUTS, assumptions; the zero-filing
 * test of 国家税务总局公告2014年第40号 第十九条 / 2025年第12号 第十七条 in force on `asOf`), at a
 * fraction of the cost: each month is checked once, the history is folded into a running peak and
 * zero-filing streak, and the ratios are compared by exact integer cross-multiplication in fen.
 * `opts.trace` defaults to false here (bulk); `true` adds every indicator's value, threshold, basis
 * and why, as assessRisk lists them.
 * @throws ValidationError naming the field (`months[3].issued`, `months[2].month`, `asOf`, `opts.…`),
 * before anything is scored; the months are only read.
 * @example
 * const year = scoreTaxpayerMonths(months, '2025-01-15'); // months: one firm, Jan–Dec 2024
 * year.map((m) => m.tier) // e.g. ['none', 'blue', …]
 * year[3]?.fired // e.g. ['capUse', 'surge']
 */
export function scoreTaxpayerMonths(
  months: readonly TaxpayerMonth[],
  asOf: CivilDate | string,
  opts?: RiskOptions,
): MonthScore[] {
  const issues = new Issues();
  const c = validOptions(opts, issues);
  const dateOk = checkDate(asOf, 'asOf', issues);
  if (!Array.isArray(months)) {
    issues.add('months', 'must be an array of taxpayer-months', '必须是纳税人月度记录数组');
    issues.throwIfAny();
  }
  for (let i = 0; i < months.length; i++) {
    const m = months[i] as TaxpayerMonth;
    if (!checkMonth(m, `months[${i}]`, issues)) continue;
    const first = months[0] as TaxpayerMonth;
    if (i > 0 && m.taxpayerId !== first.taxpayerId)
      issues.add(`months[${i}].taxpayerId`, 'must be the same taxpayer', '必须是同一纳税人');
    const prev = months[i - 1];
    if (prev !== undefined && typeof prev.month === 'string' && prev.month >= m.month)
      issues.add(`months[${i}].month`, 'must be in time order', '必须按时间顺序');
    if (dateOk && asOf < m.month)
      issues.add(`months[${i}].month`, 'must not be after asOf', '不得晚于评估日');
  }
  issues.throwIfAny();
  const day = asOf as CivilDate;
  const zero = zeroMonthsAt(day);
  const trace = opts?.trace === true;
  const r = rolling();
  let exact = true;
  const out: MonthScore[] = new Array(months.length);
  for (let i = 0; i < months.length; i++) {
    const m = months[i] as TaxpayerMonth;
    const f = figuresOf(m);
    // Amounts beyond 2^53 fen: the decimal path decides this month and every later one (the
    // rolling state no longer holds the history).
    if (f === null) exact = false;
    const mask =
      exact && f !== null
        ? scoreAndAdvance(f, r, c.fast, zero)
        : maskOfFired(firedOf(indicatorsUnchecked(m, months.slice(0, i)), day, c));
    const score = scoreOfMask(mask);
    const fired = KEYS_OF_MASK[mask] as readonly IndicatorKey[];
    const hits = trace
      ? hitsOf(
          indicatorsUnchecked(m, months.slice(0, i)),
          INDICATOR_KEYS.map((_, k) => (mask & (1 << k)) !== 0),
          c,
          day,
        )
      : NO_HITS;
    out[i] = { taxpayerId: m.taxpayerId, month: m.month, score, tier: tierOf(score, c.tiers), fired, hits };
  }
  return out;
}
